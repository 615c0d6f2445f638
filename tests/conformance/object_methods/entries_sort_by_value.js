const scores = { An: 7, Bình: 9, Chi: 7, Dũng: 10 };
const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
console.log(ranked);
console.log(Object.fromEntries(ranked));
