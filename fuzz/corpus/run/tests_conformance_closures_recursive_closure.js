function makeTree(depth) {
  if (depth === 0) return () => "leaf";
  const left = makeTree(depth - 1);
  const right = makeTree(depth - 1);
  return () => `(${left()} ${right()})`;
}
console.log(makeTree(0)());
console.log(makeTree(2)());
