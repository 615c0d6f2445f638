console.log(JSON.stringify([1], null, new Number(3)));
console.log(JSON.stringify([1], null, new String("ab")));
console.log(JSON.stringify([1], null, true));
