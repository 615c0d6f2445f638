console.log([1, 2].flatMap((x) => [[x, [x]]]));
console.log([[1], [2]].flatMap((x) => x));
console.log(["a"].flatMap(() => [[]]), [].flatMap((x) => [x, x]));
