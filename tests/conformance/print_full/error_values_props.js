const e = new Error("with props");
e.code = 42;
console.log(e.code, Object.keys(e), e.message);
console.log(JSON.stringify(e), JSON.stringify({ err: e.message }));
console.log("message" in e, Object.hasOwn(e, "message"), Object.hasOwn(e, "name"));
