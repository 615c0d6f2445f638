const d = new Date(8.64e15);
console.log(d.toISOString());
d.setUTCMilliseconds(1);
console.log(d.getTime());
console.log(d.toISOString());
