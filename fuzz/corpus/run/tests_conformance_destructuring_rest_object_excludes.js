const full = { id: 7, password: "secret", name: "N", email: "e" };
const { password, ...safe } = full;
console.log(safe);
console.log(Object.keys(safe));
const { id, ...restAfterId } = safe;
console.log(id, restAfterId);
