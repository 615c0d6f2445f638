function level1() {
  let x = 0;
  function level2() {
    function level3() {
      function level4() {
        x += 1;
        return x;
      }
      return level4;
    }
    return level3();
  }
  const f = level2();
  f();
  f();
  return [x, f()];
}
console.log(level1());
console.log(level1());
