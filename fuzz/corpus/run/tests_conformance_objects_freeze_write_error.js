const cfg = Object.freeze({ mode: "prod" });
console.log(cfg.mode);
cfg.mode = "dev";
console.log(cfg.mode);
