const d = new Date("nope");
console.log(String(d));
console.log(d.toISOString());
