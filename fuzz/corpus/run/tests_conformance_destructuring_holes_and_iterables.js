const [a, , b, , c] = [1, 2, 3, 4, 5];
console.log(a, b, c);
const [x, y] = new Set(["s1", "s2", "s3"]);
console.log(x, y);
const [[k, v]] = new Map([["mk", "mv"]]);
console.log(k, v);
const [c1, c2] = "😀z";
console.log(c1, c2);
