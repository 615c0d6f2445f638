console.log([{ a: 1, b: 2 }, { a: 3, b: 4 }]);
console.log([{ name: "Nguyễn Văn An", email: "an@example.com" }, { name: "Trần Thị Bình", email: "binh@example.com" }]);
