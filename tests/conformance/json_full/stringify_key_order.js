const o = { z: 1, 10: "ten", a: 2, 2: "two", "-3": "neg" };
console.log(JSON.stringify(o));
delete o.z;
o.z = 3;
console.log(JSON.stringify(o));
