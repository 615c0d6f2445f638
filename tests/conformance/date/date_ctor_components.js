console.log(new Date(2024, 0, 15).toISOString());
console.log(new Date(2024, 0, 15, 10, 30, 5, 250).toISOString());
console.log(new Date(2024, 0).toISOString(), new Date(99, 0).toISOString(), new Date(100, 0).toISOString());
console.log(new Date(2024, 14, 1).toISOString(), new Date(2024, 0, 0).toISOString(), new Date(2024, 1, 30).toISOString());
console.log(new Date(2024, 0, 1, -1).toISOString());
