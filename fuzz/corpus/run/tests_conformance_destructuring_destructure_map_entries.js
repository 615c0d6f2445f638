const prices = new Map([["tea", 2], ["coffee", 3]]);
const [[firstKey, firstVal], ...others] = prices;
console.log(firstKey, firstVal, others);
const obj = Object.fromEntries(prices);
const { tea, coffee, juice = 0 } = obj;
console.log(tea, coffee, juice);
