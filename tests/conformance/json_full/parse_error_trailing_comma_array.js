console.log(JSON.parse("[1,2,3,]"));
