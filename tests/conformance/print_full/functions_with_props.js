function api() {}
api.version = 2;
api.list = [1, 2];
console.log(api);
const fn = () => 1;
fn.meta = { a: 1 };
console.log(fn, [fn], { fn });
