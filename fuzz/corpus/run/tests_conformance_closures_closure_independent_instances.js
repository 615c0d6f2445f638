const makers = [1, 2, 3].map((n) => {
  let state = n;
  return () => (state *= 2);
});
console.log(makers[0](), makers[0](), makers[1](), makers[2]());
console.log(makers[0](), makers[1]());
