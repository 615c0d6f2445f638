console.log(JSON.parse('{"a":1,}'));
