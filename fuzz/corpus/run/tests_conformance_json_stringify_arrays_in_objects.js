const report = {
  title: "Báo cáo",
  rows: [
    ["An", 10],
    ["Bình", 7.5],
  ],
  totals: { count: 2, sum: 17.5 },
};
console.log(JSON.stringify(report));
console.log(JSON.stringify(report, null, 1));
