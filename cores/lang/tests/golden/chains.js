const a = {}, f = null;
a?.b.c();
f?.();
a.b?.[0]?.(1);
const s = String.raw`x${a}y`;
delete a?.b;
