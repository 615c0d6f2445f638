const obj = { a: 1 };
console.log("destructuring");
const [first] = obj;
console.log(first);
