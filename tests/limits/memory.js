// flags: --max-memory 10000000
// error: tests/limits/memory.js:5: MemoryLimit: memory cap of 10000000 bytes exceeded
const rows = []
for (let i = 0; ; i++) {
  rows.push({ id: i, name: "row " + i })
}
