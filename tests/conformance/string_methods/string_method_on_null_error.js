console.log(String.prototype.trim.call(" ok "));
console.log(String.prototype.trim.call(null));
