const person = {
  name: "Hoa",
  hello() {
    return "Xin chào, " + this.name;
  },
  nested: {
    name: "inner",
    hello() {
      return this.name;
    },
  },
};
console.log(person.hello());
console.log(person.nested.hello());
console.log(person["hello"]());
const other = { name: "Tuấn", hello: person.hello };
console.log(other.hello());
