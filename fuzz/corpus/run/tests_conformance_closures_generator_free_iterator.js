function range(start, end) {
  let cur = start;
  return {
    next() {
      if (cur >= end) return { done: true };
      return { done: false, value: cur++ };
    },
  };
}
const it = range(2, 5);
const seen = [];
for (let r = it.next(); !r.done; r = it.next()) seen.push(r.value);
console.log(seen);
console.log(it.next());
