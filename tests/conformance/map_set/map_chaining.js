const m = new Map().set("a", 1).set("b", 2).set("c", 3);
const doubled = new Map([...m].map(([k, v]) => [k, v * 2]));
const filtered = new Map([...m].filter(([, v]) => v % 2 === 1));
console.log(doubled, filtered);
console.log(new Map([...m].reverse()));
