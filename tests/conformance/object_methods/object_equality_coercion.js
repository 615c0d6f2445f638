const o = {};
console.log(o == "[object Object]", o === o, {} == {}, [] == [], null == {}, o != null);
console.log(typeof null, typeof {}, typeof [], typeof Object.create(null));
