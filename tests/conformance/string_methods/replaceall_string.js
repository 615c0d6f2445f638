const s = "a.b.c.d";
console.log(s.replaceAll(".", "/"), s.replaceAll("x", "/"));
console.log("aaaa".replaceAll("aa", "b"), "aaa".replaceAll("aa", "b"));
console.log("abc".replaceAll("", "-"));
console.log("".replaceAll("", "x"), "".replaceAll("a", "x") === "");
console.log("a-b-c".replaceAll("-", "$&$&"), "a-b".replaceAll("-", "$$"));
console.log("x-y-z".replaceAll("-", "[$`|$']"));
console.log("ba na na".replaceAll("na", (m, i) => i));
console.log("nhà nhà người người".replaceAll("nhà", "NHÀ"));
