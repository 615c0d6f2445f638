const users = [
  { id: 1, name: "An", active: true },
  { id: 2, name: "Bình", active: false },
  { id: 3, name: "Chi", active: true },
];
console.log(users);
console.log(users.map((u) => u.name));
console.log([{ a: 1 }, { b: 2 }]);
