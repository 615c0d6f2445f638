console.log(NaN < 1, NaN > 1, NaN == NaN, NaN != NaN, -0 < 0, -0 == 0);
console.log(Infinity > Number.MAX_VALUE, -Infinity < -Number.MAX_VALUE);
console.log("10" > "9", "10" > 9, null >= 0, null > 0, null == 0, undefined == 0);
console.log(1 < 2 < 3, 3 > 2 > 1, 0.1 + 0.2 === 0.3, Math.abs(0.1 + 0.2 - 0.3) < 1e-10);
