const s = new Set("hello world");
console.log(s, s.size, s.has(" "), s.has("z"));
const words = new Set("the quick the lazy the end".split(" "));
console.log(words, [...words].join("|"));
const viet = new Set("Việt Nam đẹp");
console.log(viet.size, [...viet].join(""));
console.log(new Set("😀😀a"), new Set("").size);
