console.log(true, false, null, undefined);
console.log([true, null, undefined], { t: true, n: null, u: undefined });
console.log(typeof null, typeof undefined, String(null), String(undefined));
console.log([null], [undefined], [null] + "", [undefined] + "");
