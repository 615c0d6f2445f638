const a = [1, NaN, -0, undefined, , null];
console.log(a.includes(NaN), a.indexOf(NaN));
console.log(a.includes(0), a.indexOf(0), a.includes(+0), a.indexOf(-0));
console.log(a.includes(undefined), a.indexOf(undefined));
console.log([, ,].includes(undefined), [, ,].indexOf(undefined));
console.log(a.includes(null), a.includes("1"), a.includes(1, 1), a.includes(1, -6));
console.log(a.includes(NaN, -4), a.includes(NaN, 2));
