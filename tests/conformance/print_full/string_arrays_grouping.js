console.log(Array.from({ length: 20 }, (_, i) => "w" + i));
console.log(Array.from({ length: 8 }, (_, i) => "item-" + "x".repeat(i)));
console.log(["Hà Nội", "Hải Phòng", "Đà Nẵng", "Huế", "Cần Thơ", "Nha Trang", "Vũng Tàu"]);
