const log = [];
const src = {
  get_a: 1,
};
const { a = (log.push("default a"), "A"), b = (log.push("default b"), "B") } = { b: "given" };
console.log(a, b, log);
const [x = log.push("x"), y = log.push("y")] = [undefined, 0];
console.log(x, y, log, src.get_a);
