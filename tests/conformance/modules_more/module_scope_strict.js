function whoAmI() {
  return this;
}
console.log(whoAmI(), typeof this, this);
const o = { whoAmI };
console.log(o.whoAmI() === o);
