const fns = [];
for (let i = 0; i < 5; i++) {
  fns.push(function () {
    return i * i;
  });
}
console.log(fns.map((f) => f()));
const viaVar = [];
for (var k = 0; k < 3; k++) {
  viaVar.push(((n) => () => n)(k));
}
console.log(viaVar.map((f) => f()));
