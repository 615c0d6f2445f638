console.log("Tiếng Việt có dấu", ["Tiếng Việt", "có dấu"]);
console.log({ "tên": "Phở", "giá": 45000 });
console.log(["😀", "a😀b", "\u200b"]);
