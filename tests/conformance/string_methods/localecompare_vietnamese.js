const sign = (n) => (n < 0 ? -1 : n > 0 ? 1 : 0);
console.log(sign("à".localeCompare("b")), sign("ă".localeCompare("b")), sign("đ".localeCompare("e")));
console.log(sign("Nguyễn".localeCompare("Nguyen")), sign("Lê".localeCompare("Lý")));
console.log(sign("ế".localeCompare("ế")), sign("e\u0302\u0301".localeCompare("ế")));
const names = ["Trần", "Đỗ", "Lê", "Bùi", "Âu", "Anh", "Ðinh", "Hồ"];
console.log(names.slice().sort((a, b) => a.localeCompare(b)).join(", "));
