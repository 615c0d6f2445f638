const config = { db: { host: "localhost" } };
console.log(config.db.host);
console.log(config.cache);
console.log(config.cache.ttl);
