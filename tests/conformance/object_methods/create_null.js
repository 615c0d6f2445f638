const d = Object.create(null);
d.b = 1;
d.a = 2;
d["hasOwnProperty"] = 3;
console.log(d);
console.log(Object.keys(d), "a" in d, "toString" in d, d.toString);
console.log(Object.getPrototypeOf(d));
console.log(JSON.stringify(d));
console.log(Object.entries(d).length);
