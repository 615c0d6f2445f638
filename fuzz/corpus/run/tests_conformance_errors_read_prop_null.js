const result = null;
console.log("result is", result);
console.log(result.value);
