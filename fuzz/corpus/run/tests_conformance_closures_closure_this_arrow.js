const obj = {
  name: "obj",
  regular() {
    return [1, 2].map(() => this.name);
  },
  nested() {
    const self = this;
    return [1].map(function () {
      return self.name;
    });
  },
};
console.log(obj.regular());
console.log(obj.nested());
