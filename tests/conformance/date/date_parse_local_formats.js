const inputs = ["2024/01/15", "01/15/2024", "Jan 15 2024", "15 January 2024", "2024-01-15 10:30", "2024-01-15T10:30:00", "Mon Jan 15 2024", "2024-01-15T10:30:00.000+0000"];
for (const s of inputs) console.log(JSON.stringify(s), Date.parse(s));
