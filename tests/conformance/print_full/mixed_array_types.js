console.log([1, "two", { three: 3 }, [4], null, undefined, true, () => 5]);
console.log([1, 2, 3, "a", "b", "c", 4, 5, 6, "d"]);
console.log([1.25, 100, -3, 42, 7.5, 1000, 0, 2, 3]);
