const arr = [1, "a", null, undefined, [2, 3]];
console.log(`${arr}`);
console.log(`${{ a: 1 }}`);
console.log(`${NaN}|${-Infinity}|${true}`);
console.log(`${[]}|${[[]]}|${[null]}`);
const o = { toString() { return "custom"; } };
console.log(`${o}`);
console.log(`${function () {}}`.startsWith("function"));
