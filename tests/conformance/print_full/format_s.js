console.log("%s", "str");
console.log("%s|%s", 1, -0);
console.log("%s", [1, [2, 3]]);
console.log("%s", { a: 1 });
console.log("%s", null, undefined);
console.log("%s", true, "extra", 5);
console.log("%s");
console.log("a%sb%sc", "X");
console.log("%s", () => 1);
