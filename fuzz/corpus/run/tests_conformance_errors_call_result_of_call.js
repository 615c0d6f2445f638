function make() {
  return null;
}
console.log("making");
make()();
