function a(x) {
  return function b(y) {
    return function c(z) {
      return function d(w) {
        return [x, y, z, w].join("-");
      };
    };
  };
}
console.log(a(1)(2)(3)(4));
const partial = a("p")("q");
console.log(partial("r")("s"));
console.log(partial("t")("u"));
