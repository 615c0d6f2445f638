const v = 123.456;
for (let p = 1; p <= 21; p++) console.log(p, v.toPrecision(p));
