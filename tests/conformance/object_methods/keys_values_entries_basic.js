const o = { x: 1, y: [2], z: { w: 3 } };
console.log(Object.keys(o), Object.values(o), Object.entries(o));
console.log(Object.keys([]), Object.keys([9, 8]), Object.values("ab"), Object.entries("hi"));
console.log(Object.keys({}), Object.entries({}));
console.log(Object.keys(42), Object.values(true));
