console.log(JSON.parse('"a\tb"'));
