const inputs = ["3.14", "  3.14abc", ".5", "-.5e2", "1e", "1e+", "1e-7", "Infinity", "-Infinityx", "infinity", "0x10", "1_000", "", " ", "+-1", "1.2.3", "٣", "\n42\t", "1e1000", "-0"];
for (const s of inputs) console.log(JSON.stringify(s), Number.parseFloat(s), parseFloat(s) === Number.parseFloat(s) || Number.isNaN(parseFloat(s)));
console.log(parseFloat(null), parseFloat([]), parseFloat(["7.5", 8]), parseFloat({ toString: () => "2.5" }));
console.log(Object.is(parseFloat("-0"), -0));
