function greet(greeting) {
  return function (name) {
    greeting = greeting + "!";
    return `${greeting} ${name}`;
  };
}
const hi = greet("Hi");
console.log(hi("A"));
console.log(hi("B"));
console.log(greet("Yo")("C"));
