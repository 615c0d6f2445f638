console.log({ a: 1, b: "two", c: [1, 2, 3], d: { e: { f: "deep" } } });
console.log({});
console.log({ "key with space": 1, valid_id: 2, "kebab-case": 3, 123: 4, $dollar: 5 });
console.log({ s: "it's", t: 'say "hi"', u: "both ' and \"" });
