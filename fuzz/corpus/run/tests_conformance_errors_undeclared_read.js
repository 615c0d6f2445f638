const greeting = "hi";
console.log(greeting);
console.log(greting);
