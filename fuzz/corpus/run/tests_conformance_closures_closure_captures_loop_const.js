const handlers = {};
for (const name of ["save", "load", "quit"]) {
  const upper = name.toUpperCase();
  handlers[name] = () => `${upper} (${name.length})`;
}
console.log(handlers.save(), handlers.load(), handlers.quit());
console.log(Object.keys(handlers));
