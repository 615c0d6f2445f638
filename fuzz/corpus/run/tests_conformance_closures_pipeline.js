const pipe = (...fns) => (input) => fns.reduce((v, f) => f(v), input);
const slugify = pipe(
  (s) => s.trim(),
  (s) => s.toLowerCase(),
  (s) => s.split(" ").filter(Boolean).join("-"),
);
console.log(slugify("  Hello Big   World "));
console.log(pipe()(5));
const inc = (n) => n + 1;
console.log(pipe(inc, inc, inc)(0));
