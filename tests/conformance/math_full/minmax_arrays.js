const a = [3, -1, 7, NaN, 2];
console.log(Math.max(...a), Math.min(...a.filter((x) => !Number.isNaN(x))));
console.log(Math.max(...[]), Math.min(...["3", "10"]), Math.max(..."159"));
console.log(a.reduce((m, x) => (x > m ? x : m), -Infinity));
