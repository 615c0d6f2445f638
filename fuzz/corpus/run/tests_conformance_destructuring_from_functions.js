function minmax(arr) {
  return [Math.min(...arr), Math.max(...arr)];
}
const [lo, hi] = minmax([3, 9, 1]);
console.log(lo, hi);
function parse(s) {
  const [key, value = ""] = s.split("=");
  return { key, value };
}
console.log(parse("a=1"), parse("flag"));
const { key, value } = parse("x=y=z");
console.log(key, value);
