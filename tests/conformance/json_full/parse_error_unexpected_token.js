console.log(JSON.parse("[1]"));
console.log(JSON.parse("{a:1}"));
