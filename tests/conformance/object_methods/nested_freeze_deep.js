const deepFreeze = (o) => {
  for (const v of Object.values(o)) if (typeof v === "object" && v !== null) deepFreeze(v);
  return Object.freeze(o);
};
const cfg = deepFreeze({ db: { host: "h", ports: [1, 2] }, name: "x" });
console.log(Object.isFrozen(cfg), Object.isFrozen(cfg.db), Object.isFrozen(cfg.db.ports));
console.log(cfg);
