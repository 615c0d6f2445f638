const api = {
  handlers: { ok: (x) => "ok:" + x },
};
console.log(api.handlers.ok?.(1));
console.log(api.handlers.missing?.(1));
console.log(api.other?.handlers.ok(1));
let count = 0;
const n = null;
n?.method(count++);
console.log(count);
const arr = [() => "first"];
console.log(arr[0]?.());
console.log(arr[1]?.());
