const a = new Date(Date.UTC(2020, 1, 2));
const b = new Date(a);
b.setUTCDate(10);
console.log(a.toISOString(), b.toISOString(), a === b);
console.log(new Date(a.getTime()).getTime() === a.getTime(), new Date(+a + 1000).toISOString());
console.log(new Date("0").getTime(), new Date(true).getTime(), new Date(null).getTime(), new Date(undefined).getTime());
