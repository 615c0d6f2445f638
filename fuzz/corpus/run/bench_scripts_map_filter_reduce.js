function run() {
  const xs = []
  for (let i = 0; i < 5000; i++) xs.push(i)
  let sum = 0
  for (let k = 0; k < 10; k++) {
    sum += xs.map(x => x * 2).filter(x => x % 3 === 0).reduce((a, b) => a + b, 0)
  }
  return sum
}
run()
