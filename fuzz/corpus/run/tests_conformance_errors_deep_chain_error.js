const cfg = { a: { b: {} } };
console.log(cfg.a.b);
console.log(cfg.a.b.c);
console.log(cfg.a.b.c.d);
