function none() {}
function empty() {
  return;
}
function early(x) {
  if (x) return "early";
  return "late";
}
console.log(none(), empty(), early(1), early(0));
const arrowObj = () => ({ a: 1 });
console.log(arrowObj());
const arrowBlock = () => {
  1;
};
console.log(arrowBlock());
function multi() {
  return [1, "two", { three: 3 }];
}
const [one, two, { three }] = multi();
console.log(one, two, three);
