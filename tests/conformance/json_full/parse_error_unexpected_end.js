console.log(JSON.parse("{}"));
console.log(JSON.parse('{"a":'));
