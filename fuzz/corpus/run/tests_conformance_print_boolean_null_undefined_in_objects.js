console.log({ t: true, f: false, n: null, u: undefined });
console.log([true, false, null, undefined]);
console.log({ list: [null, [undefined]] });
