console.log("%s and %s", "one", "two", "three", { four: 4 }, [5]);
console.log("%s=%d", "x", 1, "%s", 2);
