const s = "x".repeat(100);
console.log(s);
console.log([s.slice(0, 90)]);
console.log({ s: "y".repeat(80) });
