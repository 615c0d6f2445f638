const a = [1, 2];
const b = [1, 2];
console.log(a == b, a === b, a == "1,2", String(a) === String(b));
console.log([] == "", [0] == 0, [1] == 1, [1, 2] == "1,2", [null] == "", [[]] == 0);
console.log(JSON.stringify(a) === JSON.stringify(b));
