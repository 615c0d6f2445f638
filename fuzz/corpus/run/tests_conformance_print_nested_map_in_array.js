const m = new Map([["k", [1, 2, 3]]]);
console.log([m]);
console.log({ data: { m } });
console.log(new Set([new Set([1])]));
