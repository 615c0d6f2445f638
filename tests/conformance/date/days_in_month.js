const dim = (y, m) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
console.log([...Array(12).keys()].map((m) => dim(2024, m)).join(" "));
console.log([...Array(12).keys()].map((m) => dim(2023, m)).join(" "));
console.log(dim(1900, 1), dim(2000, 1), dim(2100, 1));
