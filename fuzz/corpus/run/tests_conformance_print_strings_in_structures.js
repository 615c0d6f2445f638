console.log(["a", "b c", "it's", 'q"uote', "new\nline", "tab\t"]);
console.log({ msg: "hello", empty: "" });
console.log("top level string is not quoted");
console.log(["Phường Bến Nghé", "😀"]);
console.log([`back\`tick`, "both'\""]);
