const items = ["apple", "avocado", "banana", "blueberry", "cherry"];
const byFirst = new Map();
for (const it of items) {
  const k = it[0];
  if (!byFirst.has(k)) byFirst.set(k, []);
  byFirst.get(k).push(it);
}
console.log(byFirst);
