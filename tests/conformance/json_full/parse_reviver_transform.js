const r = JSON.parse('{"a":1,"b":2,"c":{"d":3}}', (k, v) => (typeof v === "number" ? v * 10 : v));
console.log(r);
const dates = JSON.parse('{"when":"2024-01-15T10:30:00.000Z","n":1}', (k, v) => (k === "when" ? new Date(v).getUTCFullYear() : v));
console.log(dates);
console.log(JSON.parse("[1,2,3]", (k, v) => (Array.isArray(v) ? v.join("-") : v)));
console.log(JSON.parse("5", (k, v) => [k, v]));
