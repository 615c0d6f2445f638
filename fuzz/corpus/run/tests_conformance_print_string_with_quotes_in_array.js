console.log(["'"]);
console.log(['"']);
console.log(["'\""]);
console.log(["`'\""]);
console.log({ k: "a'b" });
