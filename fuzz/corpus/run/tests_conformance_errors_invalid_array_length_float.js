console.log([].length);
const b = new Array(1.5);
