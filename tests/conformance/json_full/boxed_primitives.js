console.log(JSON.stringify(new Number(3)), JSON.stringify(new String("s")), JSON.stringify(new Boolean(false)));
console.log(JSON.stringify([new Number(NaN), new String(""), new Boolean(true)]));
console.log(JSON.stringify({ n: Object(1), s: Object("x") }));
console.log(JSON.stringify(Object(5)), typeof Object(5));
