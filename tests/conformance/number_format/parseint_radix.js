console.log(parseInt("ff", 16), parseInt("FF", 16), parseInt("0xff", 16), parseInt("0xff", 10));
console.log(parseInt("101", 2), parseInt("102", 2), parseInt("2", 2), parseInt("z", 36), parseInt("Z1", 36));
console.log(parseInt("10", 0), parseInt("10", 1), parseInt("10", 37), parseInt("10", 36), parseInt("10", undefined));
console.log(parseInt("10", 2.9), parseInt("10", "8"), parseInt("10", -1), parseInt("10", 4294967312));
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat);
console.log(["10", "10", "10"].map(parseInt));
