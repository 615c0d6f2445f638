console.log(["ab", ["cd"]].flat());
console.log([["a", ["b"]], "c"].flat(1));
console.log([[1, 2], [3, 4]].flat().map((x) => x * x));
console.log([[["deep"]]].flat(Infinity)[0].length);
