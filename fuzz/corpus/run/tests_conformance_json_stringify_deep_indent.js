const tree = { id: 1, children: [{ id: 2, children: [{ id: 3, children: [] }] }, { id: 4 }] };
console.log(JSON.stringify(tree, null, 2));
