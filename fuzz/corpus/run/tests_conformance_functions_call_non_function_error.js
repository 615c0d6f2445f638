const value = 42;
console.log("value is", value);
value();
