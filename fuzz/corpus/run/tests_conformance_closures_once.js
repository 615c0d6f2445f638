function once(fn) {
  let done = false;
  let result;
  return function (...args) {
    if (!done) {
      done = true;
      result = fn(...args);
    }
    return result;
  };
}
const init = once((x) => {
  console.log("init called with", x);
  return x * 2;
});
console.log(init(3));
console.log(init(10));
console.log(init());
