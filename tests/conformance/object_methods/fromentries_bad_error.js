console.log(Object.fromEntries([["ok", 1]]));
console.log(Object.fromEntries([1]));
