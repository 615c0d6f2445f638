console.log(new Map([["ok", 1]]).size);
console.log(new Map([1, 2]));
