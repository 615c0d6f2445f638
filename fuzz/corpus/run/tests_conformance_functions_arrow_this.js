const obj = {
  value: 7,
  getArrow() {
    const a = () => this.value;
    return a();
  },
  arrowProp: () => typeof this,
};
console.log(obj.getArrow());
console.log(obj.arrowProp());
const detached = obj.getArrow;
const bound = detached.bind({ value: "bound" });
console.log(bound());
const outerArrow = () => this;
console.log(outerArrow());
