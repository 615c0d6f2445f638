const s = new Set([3, 1, 3, 2, 1]);
console.log([...s], s.size);
const [a, b, ...rest] = s;
console.log(a, b, rest);
console.log(Array.from(s).sort(), [...new Set("mississippi")].join(""));
console.log(Math.min(...s));
