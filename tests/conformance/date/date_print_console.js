console.log(new Date(0));
console.log(new Date(Date.UTC(2024, 0, 15, 10, 30)));
console.log([new Date(0)], { at: new Date(86400000) });
