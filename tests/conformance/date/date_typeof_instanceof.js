const d = new Date(0);
console.log(typeof d, d instanceof Date, d instanceof Object, Object.prototype.toString.call(d));
console.log(typeof Date, typeof Date.UTC, typeof Date.parse, typeof Date.now, typeof Date(), Date.length);
console.log(Object.keys(d), JSON.stringify(Object.keys(d)));
