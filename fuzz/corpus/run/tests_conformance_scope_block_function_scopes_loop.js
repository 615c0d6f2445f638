const result = [];
for (let i = 0; i < 3; i++) {
  const sq = i * i;
  function describe() {
    return `${i}^2=${sq}`;
  }
  result.push(describe);
}
console.log(result.map((f) => f()));
