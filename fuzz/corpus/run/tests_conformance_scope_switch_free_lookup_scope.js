const handlers = {
  add: (a, b) => a + b,
  mul: (a, b) => a * b,
};
const ops = ["add", "mul", "sub"];
for (const op of ops) {
  const h = handlers[op];
  console.log(op, h ? h(3, 4) : "unknown");
}
