const a = [5, 25, 100, 1, -3, 0.5, -0.5, 1e21, 1e-7];
console.log(a.toSorted());
console.log(a.toSorted((x, y) => x - y));
console.log(["10", "9", "1"].toSorted(), ["b", "B", "a", "A", "_", "1"].toSorted());
