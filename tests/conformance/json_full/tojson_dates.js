const d = new Date(Date.UTC(2024, 0, 15, 10, 30, 5, 123));
console.log(JSON.stringify(d));
console.log(JSON.stringify({ when: d, list: [d] }));
console.log(d.toJSON(), typeof d.toJSON());
console.log(JSON.stringify(new Date(NaN)), new Date(NaN).toJSON());
console.log(JSON.stringify({ d: new Date(0) }, null, 1));
