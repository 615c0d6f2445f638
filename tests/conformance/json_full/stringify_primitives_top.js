console.log(JSON.stringify("x"), JSON.stringify(1), JSON.stringify(true), JSON.stringify(null));
console.log(JSON.stringify(""), JSON.stringify([]), JSON.stringify({}), JSON.stringify([[]]));
console.log(JSON.stringify("with \"quotes\""), JSON.stringify('single \' quote'));
