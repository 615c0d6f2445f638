const d = new Date("2024-01-15T10:30:00.000Z");
console.log(d.getTime(), d.toISOString());
console.log(new Date("2024-01-15").toISOString());
console.log(new Date("2024-01-15T10:30").toISOString());
console.log(new Date("2024-01-15T10:30:00+07:00").toISOString());
console.log(new Date("2024-01").toISOString(), new Date("2024").toISOString());
console.log(new Date("2024-01-15T10:30:00.5Z").toISOString(), new Date("2024-01-15T10:30:00.123456Z").toISOString());
