console.log("assigning to undeclared in strict mode");
undeclaredName = 5;
console.log(undeclaredName);
