const a = { x: 1, y: 2 };
const b = { y: 3, z: 4 };
console.log({ ...a, ...b }, { ...b, ...a });
console.log({ x: 0, ...a, x2: 9 }, { ...a, x: 0 });
console.log({ ...[1, 2] }, { ..."hi" }, { ...null, ...undefined, ...5 });
console.log({ b: 1, ...{ 2: "n", a: 2 }, 1: "m" });
