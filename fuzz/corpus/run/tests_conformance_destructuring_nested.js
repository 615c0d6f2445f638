const data = { user: { name: "Vy", tags: ["x", "y"], meta: { score: 9 } } };
const {
  user: {
    name,
    tags: [t1, t2],
    meta: { score },
  },
} = data;
console.log(name, t1, t2, score);
const [[a, [b]], { c: [d] }] = [[1, [2]], { c: [3] }];
console.log(a, b, d);
