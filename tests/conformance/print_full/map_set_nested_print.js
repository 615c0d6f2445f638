console.log({ m: new Map([["a", { x: [1, 2] }]]), s: new Set([[1, [2, [3]]]]) });
console.log(new Map([["k", new Map([["k2", new Map([["k3", new Map([["k4", 1]])]])]])]]));
console.log([new Set(), new Map(), new Set([undefined])]);
