const s = "Nguyễn Thị Minh Khai, Đống Đa, Hà Nội";
console.log(s.toUpperCase());
console.log(s.toLowerCase());
console.log("ĐƯỜNG PHỐ".toLowerCase(), "đường phố".toUpperCase());
console.log("Ư Ơ Ă Â Ê Ô Đ".toLowerCase(), "ư ơ ă â ê ô đ".toUpperCase());
console.log("ỹ ỵ ỷ ỳ ý".toUpperCase());
