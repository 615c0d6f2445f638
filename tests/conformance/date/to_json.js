const d = new Date(Date.UTC(2023, 11, 31, 23, 59, 59));
console.log(d.toJSON(), JSON.stringify(d), JSON.stringify({ d }));
console.log(new Date(NaN).toJSON(), JSON.stringify([new Date(NaN)]));
