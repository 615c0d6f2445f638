const a = { name: "a" };
a.self = a;
console.log(JSON.stringify({ ok: 1 }));
JSON.stringify(a);
