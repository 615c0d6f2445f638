const s = new Set([NaN, NaN, 0, -0, +0, "0", undefined, undefined, null]);
console.log(s, s.size);
console.log(s.has(NaN), s.has(-0), [...s].map((v) => Object.is(v, -0)).includes(true));
s.delete(0);
console.log(s.has(-0), s.size);
console.log(new Set([{}, {}]).size, new Set([[], []]).size);
