const fmt = (n) => {
  const [i, f] = Math.abs(n).toFixed(2).split(".");
  const grouped = i.split("").reverse().reduce((acc, d, k) => (k > 0 && k % 3 === 0 ? d + "." + acc : d + acc), "");
  return (n < 0 ? "-" : "") + grouped + "," + f + " ₫";
};
for (const v of [0, 5, 999.995, 1000, 1234567.891, -42.5, 1e9]) console.log(fmt(v));
