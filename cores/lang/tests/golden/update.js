function f(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s += i;
  }
  let j = n;
  j--;
  ++j;
  const k = j++;
  return s + j + k;
}
f(3);
