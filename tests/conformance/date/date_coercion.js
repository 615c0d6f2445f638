const d = new Date(Date.UTC(2024, 0, 15));
console.log(d + "", `${d}`, d * 1, d / 1000, d.valueOf() === d.getTime());
console.log(d == d.toString(), d == d.getTime(), d === d);
console.log([d].join(), String([d]));
