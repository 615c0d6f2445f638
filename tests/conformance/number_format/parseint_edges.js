const inputs = ["42", "  42px", "-42", "+7", "0x1F", "0X1f", "-0x10", "0b101", "0o17", "017", "1e3", "3.99", "", "abc", "12abc34", "\u00A09", "9007199254740993", "1_000"];
for (const s of inputs) console.log(JSON.stringify(s), parseInt(s));
console.log(parseInt(0.0000005), parseInt(1e21), parseInt(null), parseInt(-0), Object.is(parseInt("-0"), -0));
