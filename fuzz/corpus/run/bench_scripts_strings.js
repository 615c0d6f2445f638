function run() {
  const words = []
  for (let i = 0; i < 2000; i++) words.push("item-" + i)
  const joined = words.join(",")
  const parts = joined.split(",")
  let n = 0
  for (const p of parts) {
    if (p.startsWith("item-1")) n += p.length
    n += p.toUpperCase().indexOf("-")
  }
  return `${n}:${joined.slice(0, 10).padStart(12, "*")}`
}
run()
