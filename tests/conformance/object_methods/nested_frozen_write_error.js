const cfg = Object.freeze({ db: Object.freeze({ host: "h" }) });
console.log(cfg.db.host);
cfg.db.host = "x";
