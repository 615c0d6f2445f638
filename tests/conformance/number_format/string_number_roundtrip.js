const vals = [0.1, 1 / 3, 2 / 3, 1e21, 1e-7, 123.456, -0.000001, 2 ** 53 - 1, 5e-324, 1.7976931348623157e308];
console.log(vals.every((v) => Number(String(v)) === v));
console.log(vals.map((v) => parseFloat(v.toString()) === v).join(" "));
console.log(vals.map((v) => v.toPrecision(17)).join(" "));
