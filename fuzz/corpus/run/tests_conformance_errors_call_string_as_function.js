const name = "kitwork";
console.log(name.toUpperCase());
name.toUpperCase()();
