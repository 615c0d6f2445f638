const gcd = (a, b) => (b === 0 ? a : gcd(b, a % b));
console.log(gcd(48, 18), gcd(17, 5), gcd(0, 9));
const isPrime = (n) => {
  if (n < 2) return false;
  for (let i = 2; i * i <= n; i++) if (n % i === 0) return false;
  return true;
};
console.log([...Array(30).keys()].filter(isPrime));
console.log(Math.floor(10 / 3), 10 % 3);
console.log((-7 % 3 + 3) % 3);
