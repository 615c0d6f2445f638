const raw = "   Nguyễn Văn A ,  Trần Thị B,Lê C   ";
const names = raw.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
console.log(names);
console.log(names.map((n) => n.split(" ").map((w) => w[0]).join("")).join("|"));
console.log(names.map((n) => n.toUpperCase().padEnd(16, ".")).join("\n"));
console.log(raw.trim().replaceAll(" ", "_").slice(0, 10));
