const k = "dyn";
const o = { [k]: 1, [k + "2"]: 2, [1 + 1]: "two", [`t${3}`]: 3, [null]: "n", [undefined]: "u", [true]: "t" };
console.log(o);
console.log(Object.keys(o));
const arrKey = { [[1, 2]]: "arr" };
console.log(arrKey);
