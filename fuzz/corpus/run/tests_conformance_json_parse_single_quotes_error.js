console.log(JSON.parse('"double"'));
JSON.parse("'single'");
