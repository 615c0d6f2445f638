const counts = {};
const words = "the cat and the hat and the bat".split(" ");
for (const w of words) counts[w] = (counts[w] || 0) + 1;
console.log(counts);
const sorted = Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
console.log(sorted);
