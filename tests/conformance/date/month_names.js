const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
for (let m = 0; m < 12; m++) {
  const d = new Date(Date.UTC(2024, m, 1));
  console.log(months[d.getUTCMonth()], d.toUTCString().slice(8, 11), d.toDateString().slice(4, 7));
}
