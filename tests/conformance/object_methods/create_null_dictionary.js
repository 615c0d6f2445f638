const counts = Object.create(null);
for (const w of "the cat and the hat and the constructor".split(" ")) {
  counts[w] = (counts[w] || 0) + 1;
}
console.log(counts);
console.log(counts.constructor, counts.the, counts.__proto__);
const plain = {};
console.log(typeof plain.constructor, "constructor" in counts);
