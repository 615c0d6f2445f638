console.log(new Number(3), new String("str"), new Boolean(false));
console.log([new Number(-0), new String("")], { b: new Boolean(true) });
console.log(Object(2), Object("s"));
