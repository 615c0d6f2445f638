console.log(new Date(8.64e15).getTime(), new Date(8.64e15 + 1).getTime(), new Date(-8.64e15).getUTCFullYear());
console.log(new Date(Date.UTC(275760, 8, 13)).getTime(), new Date(Date.UTC(275760, 8, 13, 0, 0, 0, 1)).getTime());
console.log(new Date(1.9).getTime(), new Date(-1.9).getTime(), new Date("1.9").getTime() === new Date(2001, 0, 9).getTime());
