console.log([] instanceof Array);
console.log({} instanceof {});
