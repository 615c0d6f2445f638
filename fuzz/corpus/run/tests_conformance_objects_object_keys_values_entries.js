const o = { x: 1, y: [2], z: { w: 3 } };
console.log(Object.keys(o));
console.log(Object.values(o));
console.log(Object.entries(o));
console.log(Object.keys([4, 5]));
console.log(Object.values("ab"));
console.log(Object.entries({}));
console.log(Object.keys({ 3: 0, 1: 0, b: 0, a: 0 }));
