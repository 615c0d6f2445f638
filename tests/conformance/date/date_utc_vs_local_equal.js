const d = new Date(Date.UTC(2024, 7, 20, 18, 45, 12, 345));
console.log(d.getHours() === d.getUTCHours(), d.getDate() === d.getUTCDate(), d.getDay() === d.getUTCDay());
console.log(new Date(2024, 7, 20, 18, 45, 12, 345).getTime() === d.getTime());
console.log(d.toString().includes("GMT+0000"), d.getTimezoneOffset());
