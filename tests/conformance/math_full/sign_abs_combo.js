const vals = [-3.5, 0, -0, 2, NaN];
console.log(vals.map((v) => Math.sign(v) * Math.abs(v)));
console.log(vals.map((v) => Object.is(Math.sign(v) * Math.abs(v), v)));
