console.log(JSON.stringify("7".padStart(3)));
console.log("7".padStart(3, "0"), "42".padStart(6, "ab"), "12345".padStart(3, "0"));
console.log("5".padStart(4, 0), "5".padStart(4, true), "x".padStart(5, [1, 2]));
console.log(JSON.stringify("a".padStart(3, "")), "a".padStart(2.5, "*"));
console.log("".padStart(0), "".padStart(2, "ố"), "a".padStart(-3));
const rows = [["Hà Nội", 8], ["Huế", 12], ["Cần Thơ", 105]];
for (const [n, v] of rows) console.log(n.padEnd(10) + String(v).padStart(5));
