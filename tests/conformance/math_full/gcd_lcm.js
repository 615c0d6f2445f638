const gcd = (a, b) => { for (; b !== 0;) { const t = b; b = a % b; a = t; } return Math.abs(a); };
const lcm = (a, b) => (a === 0 || b === 0 ? 0 : Math.abs(a * b) / gcd(a, b));
console.log(gcd(12, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8), lcm(4, 6), lcm(21, 6), lcm(0, 3));
