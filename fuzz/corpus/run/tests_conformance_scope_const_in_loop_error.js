const xs = [1, 2, 3];
for (const i = 0; i < xs.length; i++) {
  console.log(xs[i]);
}
