console.log(JSON.parse("1"), JSON.parse("-0"), Object.is(JSON.parse("-0"), -0), JSON.parse("1e3"), JSON.parse("-1.5E-2"));
console.log(JSON.parse('"str"'), JSON.parse("true"), JSON.parse("null"), JSON.parse("[]"), JSON.parse("{}"));
console.log(JSON.parse(' { "a" : [ 1 , 2 ] , "b" : { } } '));
console.log(JSON.parse('"\\u0041\\n\\t\\"\\\\\\/"'));
console.log(JSON.parse('{"__proto__": 1, "a": 2}'));
console.log(JSON.parse('{"a":1,"a":2}'), JSON.parse("[1,[2,[3,[4]]]]"));
console.log(JSON.parse("123456789012345678901234567890"), JSON.parse("1e400"), JSON.parse("0.1"));
