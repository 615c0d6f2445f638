const rows = [{ name: "a" }, null];
for (const r of rows) {
  console.log(r.name);
}
