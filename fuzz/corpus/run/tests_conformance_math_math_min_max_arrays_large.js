const arr = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
console.log(Math.max(...arr), Math.min(...arr));
console.log(arr.slice(0, 8));
console.log(arr.indexOf(999));
