// Loop and `if` tests comparing a local with a small integer, a constant
// or another local: numbers, NaN, -0, strings, and objects with valueOf.
function run() {
  const out = [];
  for (let i = 0; i < 3; i++) out.push(i);
  for (let i = 3; i > 0; i--) out.push(i);
  for (let i = 0; i <= 2.5; i++) out.push(i);
  for (let i = 2; i >= -1; i--) out.push(i);
  let n = 4;
  for (let i = 0; i < n; i++) out.push("n" + i);
  for (let i = 0; i < 1e10; i++) { if (i > 2) break; out.push("big" + i); }
  const x = NaN;
  if (x < 1) out.push("nan<1"); else out.push("!nan<1");
  if (x >= 1) out.push("nan>=1"); else out.push("!nan>=1");
  let z = -0;
  if (z >= 0) out.push("-0>=0");
  if (z < 0) out.push("-0<0"); else out.push("!-0<0");
  let s = "10";
  if (s > 9) out.push("'10'>9");
  let a = "b";
  let b = "ab";
  if (a > b) out.push("'b'>'ab'");
  if (a < 5) out.push("'b'<5"); else out.push("!'b'<5");
  let calls = 0;
  let o = { valueOf() { calls++; return 2; } };
  for (let i = 0; i < o; i++) out.push("o" + i);
  out.push("calls " + calls);
  let u;
  if (u < 1) out.push("u<1"); else out.push("!u<1");
  let nul = null;
  if (nul <= 0) out.push("null<=0");
  let f = 1.5;
  if (f > 1) out.push("1.5>1");
  let big = 2147483647;
  if (big >= 2147483647) out.push("max");
  let neg = -2147483648;
  if (neg <= -2147483648) out.push("min");
  console.log(out.join(","));
}
run();
