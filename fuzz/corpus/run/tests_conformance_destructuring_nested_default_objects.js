function config({ server: { port = 80, host = "localhost" } = {}, debug = false } = {}) {
  return `${host}:${port} debug=${debug}`;
}
console.log(config());
console.log(config({ server: { port: 8080 } }));
console.log(config({ debug: true, server: { host: "0.0.0.0" } }));
