const inputs = ["", " ", "12", " 12 ", "1e3", "0x10", "0b11", "0o7", "-0x10", "1_0", "Infinity", "-Infinity", "infinity", ".5", "5.", ".", "+.5e-1", "00012", "1 2"];
for (const s of inputs) console.log(JSON.stringify(s), Number(s));
console.log(Number(null), Number(undefined), Number(true), Number([]), Number([5]), Number([1, 2]), Number({}), Number("\t\n"));
