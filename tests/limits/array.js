// flags: --max-memory 1000000000 --max-energy 2000000000
// error: tests/limits/array.js:5: ArrayLimit: array length 8388609 exceeds the cap of 8388608
const a = []
for (let i = 0; ; i++) {
  a.push(i)
}
