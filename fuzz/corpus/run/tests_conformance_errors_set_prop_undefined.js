let state;
console.log("setting");
state.count = 1;
