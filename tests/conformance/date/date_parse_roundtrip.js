const d = new Date(Date.UTC(2021, 3, 5, 6, 7, 8, 9));
console.log(Date.parse(d.toISOString()) === d.getTime());
console.log(Date.parse(d.toUTCString()), Date.parse(d.toString()), d.getTime());
console.log(new Date(d.toUTCString()).getTime() === d.getTime() - 9);
