console.log(JSON.stringify([0.1 + 0.2, 1e21, 1e-7, -0, 2 ** 53 + 1, 123456789012345680000]));
console.log(JSON.stringify({ pi: Math.PI, e: Math.E }));
console.log(JSON.stringify([5e-324, 1.7976931348623157e308]));
