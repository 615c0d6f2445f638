// A first program: `kitwork run examples/hello.kitwork.js`
import { shout, greet } from "./lib/greet.js"

const cities = ["Hà Nội", "Huế", "Thành phố Hồ Chí Minh"]
for (const [i, city] of cities.entries()) {
  console.log(`${i + 1}. ${greet(city)} (${city.length} UTF-16 units)`)
}
const totals = cities.map(c => c.length).reduce((a, b) => a + b, 0)
console.log({ cities: cities.length, totals, loud: shout("xin chào") })
