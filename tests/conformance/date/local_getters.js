const d = new Date(Date.UTC(2024, 6, 4, 15, 45, 30, 250));
console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay());
console.log(d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
console.log(d.getYear(), d.getTimezoneOffset());
