console.log(JSON.parse("[1,2]"));
JSON.parse("[1,2,]");
