console.log(["it's", 'say "hi"', `both ' and "`, "back`tick", "all ' \" `"]);
console.log({ s: "line\nbreak", t: "tab\tx" });
console.log(["\u0000", "\u001b", "\u007f", "\\"]);
console.log("top level 'no quotes'");
