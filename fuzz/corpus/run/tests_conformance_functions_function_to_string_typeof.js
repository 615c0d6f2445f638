function f(a) {
  return a;
}
console.log(typeof f);
console.log(typeof f.call);
console.log(f instanceof Function);
console.log(typeof Function.prototype);
console.log(f.hasOwnProperty("name"));
console.log(Object.keys(f).length);
