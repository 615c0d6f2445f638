const s = "a😀b";
console.log(s.length);
console.log(JSON.stringify(s.at(1)), JSON.stringify(s.at(2)));
console.log(s.at(1) + s.at(2));
console.log(s.at(-1), s.at(-2).charCodeAt(0));
console.log(s.at(-3).charCodeAt(0).toString(16));
