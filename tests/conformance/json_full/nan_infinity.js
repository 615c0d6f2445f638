console.log(JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(-Infinity), JSON.stringify(-0));
console.log(JSON.stringify([NaN, Infinity, -0, 0, 1e21, 1e-7, 5e-324]));
console.log(JSON.stringify({ a: NaN, b: -Infinity }));
console.log(JSON.stringify(0.1 + 0.2), JSON.stringify(2 ** 53 + 1), JSON.stringify(-1.5e-10));
