const o = { 0: "zero", 1: "one", "1.0": "one-point-oh" };
console.log(o[0], o["0"], o[1], o[1.0], o["1.0"]);
console.log(Object.keys(o));
o[-0] = "minus zero";
console.log(o[0]);
