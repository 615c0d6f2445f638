const { a = "A", b = "B", c = "C", d = "D" } = { a: null, b: 0, c: "", d: undefined };
console.log(a, b, c, d);
const [e = 1, f = 2] = [false, NaN];
console.log(e, f);
