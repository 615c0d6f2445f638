// Plain objects and arrays take a fast path in the serializer (and integers
// a digit table, dates a fixed layout); these are the edges around it.
const users = [];
for (let i = 1; i <= 3; i++) {
  users.push({ id: i, name: `User ${i}`, email: `user${i}@example.com` });
}
console.log(JSON.stringify({ success: true, users: users, n: users.length }));

// Numbers: -0, negatives, around 2^53, exponent forms, fractions.
console.log(JSON.stringify([0, -0, 7, -7, 99, 100, -100, 12345, 2 ** 53, -(2 ** 53), 2 ** 53 + 2, 1e15, -1e15, 1e21, 123.456, -1e-7, 0.1 + 0.2, NaN, Infinity, -Infinity]));
console.log(JSON.stringify({ big: 4294967296, neg: -4294967295, half: -0.5 }));

// Keys and values needing escapes, non-ASCII, lone surrogates.
console.log(JSON.stringify({ 'a"b': 1, "c\\d": 2, "line\nbreak": 3, "é": "ü", "😀": "\ud83d\ude00", tab: "a\tb", ctl: "\u0001\u001f\u007f", lone: "\ud800x", "": "" }));

// Long ASCII strings with one character to escape at various positions.
for (const k of [0, 7, 8, 9, 15, 16, 31]) {
  const s = "x".repeat(32).split("");
  s[k] = k % 2 ? "\\" : '"';
  console.log(JSON.stringify(s.join("")), JSON.stringify("y".repeat(k) + "\n"));
}

// undefined and functions skipped in objects, null in arrays.
console.log(JSON.stringify({ a: undefined, b: () => 1, d: 1 }), JSON.stringify([undefined, () => 1, 2]));

// An own toJSON on one object among like ones.
const like = [{ v: 1 }, { v: 2 }, { v: 3 }];
like[1].toJSON = function () { return "two"; };
console.log(JSON.stringify(like));

// toJSON on a shared prototype, added after a first serialization.
const proto = { kind: "inherited, not written" };
const ps = [Object.create(proto), Object.create(proto)];
ps[0].x = 1;
ps[1].x = 2;
console.log(JSON.stringify(ps));
proto.toJSON = function () { return { px: this.x }; };
console.log(JSON.stringify(ps));

// No prototype, and a custom one (inherited properties are not written).
const bare = Object.create(null);
bare.k = "v";
console.log(JSON.stringify({ bare: bare, proto: Object.create({ inherited: 1 }) }));

// Holes and extra properties on arrays.
const holes = [1, , 3];
holes.extra = "no";
console.log(JSON.stringify(holes), JSON.stringify({ h: holes }));

// Dates inside plain objects, and toISOString at the edges.
console.log(JSON.stringify({ d: new Date(0), bad: new Date(NaN), far: new Date(8.64e15), neg: new Date(-62198755200000) }));
console.log(new Date(8.64e15).toISOString(), new Date(-8.64e15).toISOString(), new Date(-1).toISOString());
console.log(new Date(253402300800000).toISOString(), new Date(253402300799999).toISOString(), new Date(1733443200123).toISOString());

// Indentation with plain objects.
console.log(JSON.stringify({ a: [1, { b: 2 }], c: {}, e: [] }, null, 2));

// Deleting and re-adding keys; integer-like keys first.
const o = { x: 1, y: 2, z: 3 };
delete o.y;
o.y = 4;
o[2] = "two";
o[1] = "one";
console.log(JSON.stringify(o));

// A cycle through plain objects (the program stops with its TypeError).
const a = { name: "a" };
const b = { a: a };
a.b = b;
console.log(JSON.stringify({ root: a }));
