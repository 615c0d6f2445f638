console.log("x".repeat(200));
console.log(["y".repeat(120)]);
console.log({ k: "z".repeat(100) });
