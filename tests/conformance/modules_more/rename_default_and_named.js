import { default as fmt, CURRENCY as cur } from "./lib/money.js";
import * as money from "./lib/money.js";
console.log(fmt(5), cur, money.default === fmt, money.CURRENCY);
