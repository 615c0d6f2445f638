const o = JSON.parse('{"b":1,"a":2,"10":3,"2":4,"a":5}');
console.log(o);
console.log(Object.keys(o));
