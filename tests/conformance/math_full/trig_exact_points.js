console.log(Math.sin(0), Math.cos(0), Math.tan(0), Math.asin(0), Math.acos(1), Math.atan(0));
console.log(Math.cos(Math.PI), Math.sin(Math.PI / 2), Math.cos(2 * Math.PI));
console.log(Math.abs(Math.sin(Math.PI)) < 1e-15, Math.abs(Math.cos(Math.PI / 2)) < 1e-15);
