const cases = ["", "a", "ệ", "😀", "e\u0323\u0302", "👨‍👩‍👧", "𝒳𝒴"];
for (const c of cases) console.log(JSON.stringify(c), c.length, [...c].length);
