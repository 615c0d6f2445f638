console.log(this);
console.log(typeof this);
function who() {
  return this;
}
console.log(who());
console.log(typeof who());
const arrow = () => this;
console.log(arrow());
