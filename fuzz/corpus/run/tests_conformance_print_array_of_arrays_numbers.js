const rows = [];
for (let r = 0; r < 5; r++) rows.push([r, r * r, r * r * r]);
console.log(rows);
console.log(rows.flat());
