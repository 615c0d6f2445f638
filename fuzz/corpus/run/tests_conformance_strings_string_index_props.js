const s = "hello";
console.log(0 in Object(s));
console.log(s.length);
console.log(Object.keys("abc"));
console.log(Object.entries("hi"));
console.log(Array.from("hi", (c) => c + c));
console.log("hello"[1]);
console.log("hello"["length"]);
