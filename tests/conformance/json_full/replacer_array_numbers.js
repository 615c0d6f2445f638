console.log(JSON.stringify({ 1: "x", 2: "y", "1.5": "z" }, [1, 1.5]));
console.log(JSON.stringify({ a: 1, b: 2 }, ["a", {}, null, true, "b"]));
console.log(JSON.stringify({ a: 1 }, null), JSON.stringify({ a: 1 }, "notarray"), JSON.stringify({ a: 1 }, 42));
