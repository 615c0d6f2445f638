const a = [1, 2, 3, 4, 5];
console.log(a.toSpliced(1, 2), a);
console.log(a.toSpliced(1, 0, "x", "y"));
console.log(a.toSpliced(-2), a.toSpliced(-2, 1, 9));
console.log(a.toSpliced(), a.toSpliced(0), a.toSpliced(undefined, 1));
console.log(a.toSpliced(10, 5, "end"), a.toSpliced(2, -1, "z"));
console.log([1, , 3].toSpliced(0, 0));
