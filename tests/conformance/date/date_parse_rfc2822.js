const inputs = ["Mon, 15 Jan 2024 10:30:00 GMT", "15 Jan 2024 10:30:00 GMT", "Mon, 15 Jan 2024 10:30:00 +0700", "Thu, 01 Jan 1970 00:00:00 GMT", "Jan 15, 2024", "January 15, 2024 10:30:00 UTC", "Mon Jan 15 2024 10:30:00 GMT+0000 (Coordinated Universal Time)"];
for (const s of inputs) console.log(JSON.stringify(s), Date.parse(s));
