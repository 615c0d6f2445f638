const grade = (s) => (s >= 90 ? "A" : s >= 80 ? "B" : s >= 70 ? "C" : "F");
console.log([95, 85, 75, 10].map(grade));
const x = null;
console.log(x ? "yes" : "no");
console.log(true ? false ? 1 : 2 : 3);
let y = 0;
const z = y++ ? "was truthy" : "was falsy";
console.log(z, y);
