const o = { a: undefined };
if ("a" in o) console.log("a present");
if (!("b" in o)) console.log("b absent");
console.log(0 in [5], 1 in [5]);
console.log("length" in []);
console.log("toString" in {});
