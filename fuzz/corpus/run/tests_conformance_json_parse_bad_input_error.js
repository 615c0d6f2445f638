console.log(JSON.parse('{"ok":true}').ok);
console.log("parsing bad");
JSON.parse("{bad json}");
