const users = [
  { id: 1, name: "A" },
  { id: 2, name: "B" },
  { id: 3, name: "C" },
];
console.log(users.find((u) => u.id === 2));
console.log(users.find((u) => u.id === 9));
console.log(users.findIndex((u) => u.name === "C"));
console.log(users.findIndex((u) => u.name === "Z"));
console.log(users.findLast((u) => u.id < 3));
console.log(users.findLastIndex((u) => u.id < 3));
console.log([1, , 3].find((x) => x === undefined));
