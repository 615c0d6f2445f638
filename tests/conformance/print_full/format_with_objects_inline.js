console.log("user %s has %d items: %j", "An", 3, ["a", "b", "c"]);
console.log("obj %o and %O", { a: [1, 2] }, { b: { c: 1 } });
console.log("%s", new Map([[1, 2]]), "%s", new Set([1]));
console.log("%s", Object.create(null));
