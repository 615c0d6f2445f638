console.log(JSON.parse("'hi'"));
