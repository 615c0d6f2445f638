console.log(["line1\nline2", "single"]);
console.log({ text: "a\nb\nc" });
console.log("top\nlevel");
