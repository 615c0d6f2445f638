console.log(1 / 0, -1 / 0, 0 / 0, 1 / -0, -0 / 1);
console.log(5 % 3, -5 % 3, 5 % -3, 5.5 % 2, -0 % 5, 5 % 0, Infinity % 2, 2 % Infinity);
console.log(2 ** 10, 2 ** -1, (-2) ** 3, (-8) ** (1 / 3), 0 ** 0, NaN ** 0, 1 ** Infinity);
console.log(0.1 * 0.2, 0.7 + 0.1, 3 * 1.1, 1 - 0.9);
console.log(Infinity - Infinity, Infinity * 0, -Infinity * -1);
