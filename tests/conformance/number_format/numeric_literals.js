console.log(0x1f, 0o17, 0b1011, 1_000_000, 1e3, 1E-3, .5, 5., 0.1e1);
console.log(0xFFFFFFFFFFFFF, 0b11111111111111111111111111111111, 0o777777);
console.log(1_0.0_1, 0xA_B, 1e1_0);
