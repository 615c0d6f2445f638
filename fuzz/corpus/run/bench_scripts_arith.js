function run() {
  let acc = 0
  for (let i = 0; i < 100000; i++) {
    acc = (acc + i * 3 - (i % 7)) % 1000003
    acc = acc ^ (i << 2)
  }
  return acc
}
run()
