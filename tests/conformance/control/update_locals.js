// `x++` / `x--` as statements on plain locals: numbers, and values that
// are not numbers yet (strings, booleans, null, undefined, objects with
// valueOf), in loops and alone.
function run() {
  let n = 0;
  for (let i = 0; i < 5; i++) n++;
  console.log(n);
  let s = "41";
  s++;
  console.log(s, typeof s);
  let b = true;
  b--;
  console.log(b, typeof b);
  let z = null;
  z++;
  console.log(z);
  let u;
  u++;
  console.log(u);
  let calls = 0;
  let o = { valueOf() { calls++; return 10; } };
  o--;
  console.log(o, calls);
  let x = -0.5;
  x++;
  x++;
  console.log(x);
  let big = 9007199254740992;
  big++;
  console.log(big);
  let d = 3;
  for (let k = 0; k < 3; k++) d--;
  console.log(d);
  let str = "abc";
  str++;
  console.log(str);
}
run();
