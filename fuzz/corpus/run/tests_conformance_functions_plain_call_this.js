function whoami() {
  return this;
}
console.log(whoami());
console.log(typeof whoami());
const o = { whoami };
console.log(o.whoami() === o);
const loose = o.whoami;
console.log(loose());
console.log((0, o.whoami)());
