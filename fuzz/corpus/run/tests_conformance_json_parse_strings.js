console.log(JSON.parse('"\\u00e9\\n\\t\\"q\\""'));
console.log(JSON.parse('"\\ud83d\\ude00"'));
console.log(JSON.parse('"Phường"').length);
console.log(JSON.parse('"a\\/b"'));
console.log(JSON.parse('{"k":"v"}').k);
