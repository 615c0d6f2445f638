{
  function inner() {
    return "block fn";
  }
  console.log(inner());
}
console.log(typeof inner);
