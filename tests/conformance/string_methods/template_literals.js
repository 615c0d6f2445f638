const a = 3, b = 4;
console.log(`${a} + ${b} = ${a + b}`);
console.log(`${[1, 2]} ${{}} ${null} ${undefined}`);
console.log(`line1
line2`);
console.log(`nested ${`inner ${a * b}`}`);
console.log(`\u1EC7 \x41 \` \${}`);
console.log(`${-0} ${1 / 3}`);
