const v = { a: [1, 2], b: { c: null } };
console.log(JSON.stringify(v, null, "\t"));
console.log(JSON.stringify(v, null, "--"));
console.log(JSON.stringify(v, null, "0123456789ABC"));
console.log(JSON.stringify(v, null, ""));
console.log(JSON.stringify(v, null, "ố"));
