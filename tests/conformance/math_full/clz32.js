const vals = [0, 1, 2, 255, 256, 2 ** 31, 2 ** 32, 2 ** 32 + 1, -1, -0, 0.5, 1.9, NaN, Infinity, "8", null, 0x7fffffff];
for (const v of vals) console.log(String(v), Math.clz32(v));
