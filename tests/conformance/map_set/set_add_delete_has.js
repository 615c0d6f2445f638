const s = new Set();
console.log(s.add(1) === s, s.add(1).size, s.add("1").size);
console.log(s.delete(1), s.delete(1), s.has("1"), s.has(1));
s.add(undefined);
console.log(s.has(undefined), s.has(), s.size);
s.clear();
console.log(s, s.size);
