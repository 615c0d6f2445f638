console.log("a", 1, true, null, undefined, [1], { k: "v" });
console.log();
console.log("");
console.log("", "");
console.log([], {}, "", 0);
