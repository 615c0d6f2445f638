function f() {}
f.count = 3;
f.label = "fn";
console.log(f.count, f.label);
console.log(Object.keys(f));
f.count++;
console.log(f.count);
console.log("count" in f, "missing" in f);
