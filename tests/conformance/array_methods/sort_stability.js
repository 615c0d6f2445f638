const people = [
  { n: "An", age: 30 }, { n: "Bình", age: 25 }, { n: "Chi", age: 30 },
  { n: "Dũng", age: 25 }, { n: "Em", age: 30 }, { n: "Giang", age: 20 },
  { n: "Hà", age: 25 }, { n: "Khoa", age: 20 }, { n: "Lan", age: 30 },
  { n: "Minh", age: 25 }, { n: "Nam", age: 20 }, { n: "Oanh", age: 30 },
];
console.log(people.slice().sort((a, b) => a.age - b.age).map((p) => p.n).join(" "));
console.log(people.slice().sort((a, b) => b.age - a.age).map((p) => p.n).join(" "));
console.log(people.slice().sort(() => 0).map((p) => p.n).join(" "));
