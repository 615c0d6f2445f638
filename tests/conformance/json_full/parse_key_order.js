const o = JSON.parse('{"b":1,"2":2,"a":3,"1":4,"-1":5}');
console.log(Object.keys(o), o);
