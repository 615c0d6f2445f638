// error: tests/limits/energy_default.js:3: EnergyLimit: energy budget of 100000000 units exhausted
const xs = [1, 2, 3]
for (let i = 0; ; i++) { xs[i % 3] += i }
