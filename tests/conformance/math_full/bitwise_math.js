console.log(Math.floor(-0.5) | 0, Math.round(-0.5) | 0, Object.is(Math.round(-0.5) | 0, 0));
console.log((2 ** 40 + 7) | 0, Math.trunc(2 ** 40 + 7) % 2 ** 32, (2 ** 31 + 1) >>> 0, (2 ** 31 + 1) >> 0);
