function createCounter(start = 0, step = 1) {
  let value = start;
  return {
    inc: () => (value += step),
    dec: () => (value -= step),
    get: () => value,
    reset() {
      value = start;
      return value;
    },
  };
}
const c = createCounter(10, 5);
console.log(c.inc(), c.inc(), c.dec());
console.log(c.get());
console.log(c.reset());
console.log(c.get());
