const s = "abcdef";
const pairs = [[1, 4], [4, 1], [-2, 5], [2, -1], [NaN, 3], [3, undefined], [-10, 10]];
for (const [a, b] of pairs) console.log(String(a), String(b), s.slice(a, b) || "''", s.substring(a, b) || "''", s.substr(a, b) || "''");
