const M = Number.MAX_SAFE_INTEGER;
console.log(M, M + 1, M + 2, M + 3, M + 4);
console.log(M + 1 === M + 2, Number.MIN_SAFE_INTEGER, -M - 2);
console.log(2 ** 53 + 1, 2 ** 53 + 2, 2 ** 64, 2 ** 63 - 1);
console.log(9007199254740993, 9007199254740995, 18014398509481985);
console.log(Number.isSafeInteger(M + 1), M * 2, M / 2);
console.log(123456789 * 987654321, 99999999999999999);
