const rows = [["Tên", "Tuổi"], ["An", "30"], ["Bình", "7"]];
const lines = rows.map((r) => r[0].padEnd(6) + "|" + r[1].padStart(5));
console.log(lines.join("\n"));
console.log(lines.map((l) => l.length));
console.log("-".repeat(12));
