const a = [1, 2, 3];
console.log(a.with(0, 9), a.with(-1, 9), a);
console.log(a.with(1.7, "x"), a.with("2", "y"));
console.log([1, , 3].with(0, 0));
console.log(a.with(-3, "first"));
