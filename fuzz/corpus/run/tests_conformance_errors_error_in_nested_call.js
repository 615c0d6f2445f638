function level3(o) {
  return o.missing.field;
}
function level2(o) {
  return level3(o);
}
function level1() {
  console.log("level1");
  return level2({});
}
level1();
