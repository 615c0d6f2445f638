const s = "text";
console.log(s.length);
const n = null;
console.log("about to write");
n.field = 1;
