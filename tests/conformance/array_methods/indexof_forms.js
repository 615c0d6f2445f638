const a = [1, 2, 3, 2, 1];
console.log(a.indexOf(2), a.indexOf(2, 2), a.indexOf(2, -2), a.indexOf(2, -100), a.indexOf(2, 100));
console.log(a.indexOf("2"), a.indexOf(1, 1.5), a.indexOf(1, NaN));
const o = { k: 1 };
console.log([{ k: 1 }, o].indexOf(o), [{ k: 1 }].indexOf({ k: 1 }));
console.log([-0].indexOf(0), [0].indexOf(-0), [+0].lastIndexOf(-0));
