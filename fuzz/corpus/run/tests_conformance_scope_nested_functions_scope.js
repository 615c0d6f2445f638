function outer() {
  const a = 1;
  function middle() {
    const b = 2;
    function inner() {
      const c = 3;
      return a + b + c;
    }
    return inner();
  }
  return middle();
}
console.log(outer());
console.log(typeof a, typeof middle);
