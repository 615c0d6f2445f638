console.log([1, 2, 3].toString(), [].toString() === "", [null].toString() === "");
console.log([1, [2, [3]]].toString(), [{}].toString());
console.log(`${[1, 2]}`, [1, 2] + [3]);
console.log([1.5, -0, 1e21].toString());
