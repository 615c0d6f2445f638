console.log(Math.fround(5.5), Math.fround(5.05));
console.log(Math.fround(0.1));
console.log(Math.clz32(1), Math.clz32(0), Math.clz32(-1));
console.log(Math.imul(3, 4), Math.imul(0xffffffff, 5));
console.log(Math.imul(2 ** 31, 2));
