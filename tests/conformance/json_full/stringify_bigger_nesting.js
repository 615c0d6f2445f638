const deep = { l1: { l2: { l3: { l4: { l5: [1, [2, [3, { l6: "bottom" }]]] } } } } };
console.log(JSON.stringify(deep));
console.log(JSON.stringify(deep, null, 2));
