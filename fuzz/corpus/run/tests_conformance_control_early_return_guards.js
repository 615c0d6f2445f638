function process(input) {
  if (input == null) return "no input";
  if (typeof input !== "string") return "not a string: " + typeof input;
  if (!input.trim()) return "blank";
  return "ok: " + input.trim();
}
console.log(process());
console.log(process(null));
console.log(process(5));
console.log(process("   "));
console.log(process(" data "));
