const v = { a: [1, { b: [2, { c: "deep" }] }], d: { e: { f: { g: null } } } };
console.log(JSON.stringify(v));
console.log(JSON.stringify([[[]]]));
console.log(JSON.stringify({ "": "", " ": " " }));
console.log(JSON.stringify([{}, [], ""]));
