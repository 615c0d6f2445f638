const fn = () => config.port;
console.log("defined fn");
console.log(fn());
const config = { port: 80 };
