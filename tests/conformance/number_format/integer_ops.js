console.log(7 / 2, Math.floor(7 / 2), Math.trunc(-7 / 2), -7 / 2 | 0, ~~(-3.7));
console.log(2 ** 31 | 0, 2 ** 32 | 0, (2 ** 32 + 5) | 0, -1 >>> 0, -1 >>> 28);
console.log(1 << 31, 1 << 32, 1 << 33, 5 >> 1, -5 >> 1, -5 >>> 1);
console.log(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0x0f, ~0, ~-1, ~NaN, ~Infinity);
console.log(1.9 | 0, -1.9 | 0, "12" | 0, "abc" | 0, null | 0, [7] | 0);
