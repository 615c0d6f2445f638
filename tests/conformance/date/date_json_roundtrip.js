const obj = { created: new Date(Date.UTC(2022, 2, 3, 4, 5, 6)), n: 1 };
const s = JSON.stringify(obj);
console.log(s);
const back = JSON.parse(s, (k, v) => (k === "created" ? new Date(v) : v));
console.log(back.created.getTime() === obj.created.getTime(), back.created instanceof Date, back.created.toUTCString());
