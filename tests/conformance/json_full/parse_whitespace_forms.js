console.log(JSON.parse(" [ 1 ,\n 2 ,\r\n\t3 ] "));
console.log(JSON.parse('{\n  "a": {\n    "b": [\n      1\n    ]\n  }\n}'));
console.log(JSON.parse('"\\u00e9\\u1ec7"'), JSON.parse('"\\ud83d\\ude00"'), JSON.parse('"\\uD800"').length);
