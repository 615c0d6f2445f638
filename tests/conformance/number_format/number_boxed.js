const n = new Number(5);
console.log(typeof n, n + 1, n == 5, n === 5, n.valueOf() === 5);
console.log(n.toFixed(2), JSON.stringify(n), JSON.stringify({ n }));
console.log(typeof Number("5"), Number.prototype.toFixed.call(3, 1));
