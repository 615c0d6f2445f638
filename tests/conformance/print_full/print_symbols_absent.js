console.log(typeof console, typeof console.log, typeof console.error);
console.log(Object.keys({ a: 1, b: undefined }));
