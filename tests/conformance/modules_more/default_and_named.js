import format, { CURRENCY, parse } from "./lib/money.js";
console.log(format(1234.5), CURRENCY, parse("12.50 ₫"));
console.log(typeof format, format.name);
