const vals = ["", " ", "12", "1.5e3", "0x10", "0b11", "-0", "abc", "1,2", "Infinity", null, undefined, true, false, [], [7], [1, 2], {}, "\n42\n"];
for (const v of vals) console.log(JSON.stringify(v), Number(v));
