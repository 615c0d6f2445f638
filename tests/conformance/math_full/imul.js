console.log(Math.imul(2, 3), Math.imul(-2, 3), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 2));
console.log(Math.imul(65536, 65536), Math.imul(65535, 65537), Math.imul(1.9, 2.9), Math.imul("3", "4"));
console.log(Math.imul(NaN, 1), Math.imul(Infinity, 1), Math.imul(), Math.imul(-1, -1), Math.imul(2 ** 31, 1));
