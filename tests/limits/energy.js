// flags: --max-energy 1000000
// stdout: start
// error: tests/limits/energy.js:6: EnergyLimit: energy budget of 1000000 units exhausted
console.log("start")
let n = 0
for (;;) { n++ }
