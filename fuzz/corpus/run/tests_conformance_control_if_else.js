function classify(n) {
  if (n < 0) {
    return "negative";
  } else if (n === 0) {
    return "zero";
  } else if (n < 10) {
    return "small";
  } else {
    return "large";
  }
}
for (const n of [-5, 0, -0, 3, 10, NaN]) console.log(n, classify(n));
if ("") console.log("never");
else console.log("empty string is falsy");
