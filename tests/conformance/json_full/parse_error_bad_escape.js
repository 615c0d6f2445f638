console.log(JSON.parse('"\\x41"'));
