const o = { a: 1 };
console.log(`${o}`, o + "", "" + [1, 2], `${[]}`, `${null}`);
console.log("obj:", o, "arr:", [1]);
