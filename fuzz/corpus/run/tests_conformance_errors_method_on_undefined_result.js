const words = ["a", "b"];
const found = words.find((w) => w === "z");
console.log(found);
console.log(found.toUpperCase());
