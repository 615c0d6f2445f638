const isLeap = (y) => new Date(Date.UTC(y, 1, 29)).getUTCMonth() === 1;
console.log([1900, 1996, 2000, 2023, 2024, 2100, 2400].map((y) => y + ":" + isLeap(y)).join(" "));
