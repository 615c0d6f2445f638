const api = { get: () => "ok" };
console.log(api.get());
console.log(api.post());
