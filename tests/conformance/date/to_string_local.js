const ds = [0, Date.UTC(2024, 0, 15, 10, 30), Date.UTC(2000, 5, 15, 1, 2, 3)];
for (const t of ds) {
  const d = new Date(t);
  console.log(d.toString());
  console.log(String(d));
  console.log(`${d}`);
}
