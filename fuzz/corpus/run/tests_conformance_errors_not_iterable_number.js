const count = 3;
console.log("spreading");
const arr = [...count];
console.log(arr);
