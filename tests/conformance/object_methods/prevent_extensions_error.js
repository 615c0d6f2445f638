const o = Object.preventExtensions({});
o.x = 1;
