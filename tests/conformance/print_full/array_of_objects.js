console.log([{ id: 1, name: "An" }, { id: 2, name: "Bình" }, { id: 3, name: "Chi" }]);
console.log([{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }, { id: 5 }, { id: 6 }, { id: 7 }]);
console.log(Array.from({ length: 4 }, (_, i) => ({ id: i, label: "label number " + i, active: i % 2 === 0 })));
