console.log([], {}, [[]], [{}], { a: [] }, { a: {} }, new Map(), new Set(), [[], []]);
console.log(Object.create(null), [Object.create(null)], "");
