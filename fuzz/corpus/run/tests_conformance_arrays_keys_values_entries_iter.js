const a = ["a", "b"];
console.log([...a.keys()]);
console.log([...a.values()]);
console.log([...a.entries()]);
console.log([...[, "x"].keys()]);
