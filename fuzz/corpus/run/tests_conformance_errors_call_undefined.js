const handlers = {};
console.log("before");
handlers.onLoad();
console.log("after");
