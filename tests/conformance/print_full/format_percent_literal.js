console.log("100%");
console.log("%%");
console.log("%%", 1);
console.log("%% %s", "x");
console.log("%x %s", "y");
console.log("%");
console.log("50% off", "%s");
console.log("%c styled", "color: red");
