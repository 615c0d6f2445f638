const hex = (n) => "0x" + n.toString(16).toUpperCase().padStart(4, "0");
console.log([0, 15, 255, 4095, 65535].map(hex).join(" "));
console.log(["0x00FF", "0x1A", "7f"].map((s) => parseInt(s, 16)));
console.log((255).toString(2).padStart(16, "0"), parseInt("0000000011111111", 2));
