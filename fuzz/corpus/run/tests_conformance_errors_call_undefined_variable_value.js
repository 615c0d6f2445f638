let callback;
console.log(typeof callback);
callback();
