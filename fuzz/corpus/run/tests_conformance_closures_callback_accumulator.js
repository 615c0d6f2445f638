function makeLogger(prefix) {
  const lines = [];
  return {
    log: (...parts) => lines.push(prefix + parts.join(" ")),
    dump: () => lines.join("\n"),
    count: () => lines.length,
  };
}
const l = makeLogger("> ");
l.log("one");
l.log("two", 2);
l.log();
console.log(l.dump());
console.log(l.count());
