const points = [[1, 2], [3, 4]];
for (const [x, y] of points) console.log(x + y);
const users = [{ id: 1, info: { email: "a@x" } }, { id: 2, info: { email: "b@x" } }];
for (const { id, info: { email } } of users) console.log(id, email);
const m = new Map([["k1", { v: 1 }], ["k2", { v: 2 }]]);
for (const [k, { v }] of m) console.log(k, v);
for (const [i, ch] of [..."ab"].entries()) console.log(i, ch);
