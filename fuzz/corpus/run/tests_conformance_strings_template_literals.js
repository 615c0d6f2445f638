const name = "Lan";
const n = 3;
console.log(`Hello, ${name}!`);
console.log(`${n} + ${n} = ${n + n}`);
console.log(`nested ${`inner ${n * 2}`}`);
console.log(`multi
line`);
console.log(`${[1, 2, 3]}`);
console.log(`${{}}`);
console.log(`${null} ${undefined} ${true}`);
console.log(`${-0} ${1e21} ${0.1 + 0.2}`);
console.log(`$notinterp \${escaped}`);
console.log(`${n > 2 ? "big" : "small"}`);
console.log(``.length);
