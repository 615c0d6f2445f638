const n = 5;
if (n > 3) {
  const msg = "big";
  console.log(msg);
} else {
  const msg = "small";
  console.log(msg);
}
if (n) console.log("one-liner");
if (!n) console.log("no");
else if (n === 5) console.log("five");
