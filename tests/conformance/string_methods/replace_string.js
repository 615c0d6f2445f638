const s = "a-b-c-b";
console.log(s.replace("b", "X"), s.replace("z", "X"), s.replace("", "^"));
console.log(s.replace("-", ""), "aaa".replace("a", "aa"));
console.log("x".replace("x", 1), "x".replace("x", null), "x".replace("x", undefined));
console.log("null!".replace(null, "N"), "1.5".replace(1.5, "one"));
console.log("Bến Thành".replace("Bến", "Chợ Bến"));
