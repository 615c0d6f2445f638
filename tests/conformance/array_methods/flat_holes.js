console.log([1, , 3, [4, , 6]].flat());
console.log([, , [, ,]].flat());
console.log([[], [[]], [[[]]]].flat(Infinity));
console.log([[undefined], [null]].flat());
