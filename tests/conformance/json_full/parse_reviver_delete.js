const r = JSON.parse('{"keep":1,"drop":2,"arr":[1,2,3],"nested":{"drop":9,"ok":0}}', (k, v) => (k === "drop" || v === 2 ? undefined : v));
console.log(r, "drop" in r, r.arr.length, 1 in r.arr);
console.log(JSON.parse("1", () => undefined));
