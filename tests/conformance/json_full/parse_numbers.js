const nums = ["0", "-0", "1.0", "1e1", "1E+1", "1e-1", "-123.456e2", "9007199254740993", "1.7976931348623157e308", "5e-324", "2e-324", "0.30000000000000004"];
for (const n of nums) console.log(n, JSON.parse(n), Object.is(JSON.parse(n), -0));
