console.log({ firstName: "Nguyen", lastName: "Van A", email: "nguyenvana@example.com", age: 34 });
console.log({ a: 1, b: 2, c: 3 });
console.log({ id: 1, title: "A fairly long title that pushes the width", tags: ["x", "y"], published: true });
