const names = ["CN", "T2", "T3", "T4", "T5", "T6", "T7"];
for (let day = 1; day <= 10; day++) {
  const d = new Date(Date.UTC(2024, 8, day));
  console.log(d.toISOString().slice(0, 10), d.getUTCDay(), names[d.getUTCDay()]);
}
