console.log(String.raw`a\nb\tc`);
console.log(String.raw`\u00e9 ${1 + 1} \\`);
console.log(String.raw`x`.length, String.raw`\n`.length);
console.log(String.raw({ raw: ["a", "b", "c"] }, 1, 2, 3));
console.log(String.raw({ raw: "xyz" }, "-", "+"));
console.log(JSON.stringify(String.raw({ raw: [] }, 1)));
const name = "bạn";
console.log(String.raw`Xin chào ${name}\!`);
