console.log(Math.floor("7.8"), Math.ceil(" 2.1 "), Math.round("-1.5"), Math.trunc("1e3"));
console.log(Math.max("a", 1), Math.floor([]), Math.floor([3.5]), Math.floor({}), Math.floor(true));
console.log(Math.abs({ valueOf: () => -9 }), Math.sqrt({ valueOf() { return 49; } }));
