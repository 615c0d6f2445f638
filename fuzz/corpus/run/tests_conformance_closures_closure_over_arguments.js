function collect() {
  const args = arguments;
  return () => args.length + ":" + Array.from(args).join(",");
}
console.log(collect(1, 2, 3)());
console.log(collect()());
function outer() {
  const inner = () => arguments[0];
  return inner("ignored");
}
console.log(outer("outer-arg"));
