function stats(nums) {
  const sum = nums.reduce((a, b) => a + b, 0);
  return { count: nums.length, sum, mean: nums.length ? sum / nums.length : NaN };
}
const { count, sum, mean } = stats([1, 2, 3, 4]);
console.log(count, sum, mean);
const { mean: emptyMean, missing = "none" } = stats([]);
console.log(emptyMean, missing);
