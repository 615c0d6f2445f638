const scores = [88, 92, 75, 92, 60];
console.log(Math.max(...scores), Math.min(...scores));
console.log(Math.max(...scores.map((s) => -s)));
console.log(Math.min(Infinity, -Infinity));
console.log(Math.max(true, false));
console.log(Math.max("a", 1));
console.log(Math.min("", 1));
