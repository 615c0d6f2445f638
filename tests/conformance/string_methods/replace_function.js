const s = "price: 10, tax: 2";
console.log(s.replace("10", (m) => String(Number(m) * 2)));
console.log(s.replace(",", (m, off, whole) => `[${m}|${off}|${whole.length}]`));
console.log("abc".replace("b", (...args) => args.length + ":" + JSON.stringify(args)));
console.log("abc".replace("b", () => "$&"));
console.log("abc".replace("b", () => undefined), "abc".replace("b", () => 42));
console.log("abc".replace("", (m, i) => `<${i}>`));
