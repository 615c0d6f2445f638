function counter() {
  let n = 0
  return { inc: () => ++n, get: () => n }
}
function run() {
  let total = 0
  for (let i = 0; i < 2000; i++) {
    const c = counter()
    for (let j = 0; j < 20; j++) c.inc()
    total += c.get()
  }
  return total
}
run()
