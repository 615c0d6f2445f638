console.log(JSON.parse('{"a": undefined}'));
