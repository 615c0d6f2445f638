const o = { a: { b: { c: 1 } }, f() { return "called"; }, arr: [{ x: 1 }] };
console.log(o?.a?.b?.c, o.z?.b, o.z?.b.c.d, o.f?.(), o.g?.());
console.log(o.arr?.[0]?.x, o.arr?.[5]?.x, o?.["a"]?.b);
const n = null;
console.log(n?.x, n?.[0], n?.());
