const people = [
  { name: "An", age: 30 },
  { name: "Bảo", age: 25 },
];
for (const { name, age } of people) console.log(`${name} is ${age}`);
for (const [k, v] of Object.entries({ x: 1, y: 2 })) console.log(k + "=" + v);
