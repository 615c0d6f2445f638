const s = "xin chào";
console.log(s.toString(), s.valueOf(), typeof s.valueOf());
const b = new String("boxed");
console.log(typeof b, b.length, b.toString(), b.valueOf() === "boxed");
console.log(b + "!", b == "boxed", b === "boxed");
console.log(String(123), String(null), String(undefined), String(true), String([1, [2, 3]]), String({}));
console.log(String(-0), String(1e21), String(0.1 + 0.2));
