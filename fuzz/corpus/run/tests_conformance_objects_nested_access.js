const data = {
  user: { profile: { address: { city: "Huế", zip: "530000" } }, roles: ["admin", "dev"] },
};
console.log(data.user.profile.address.city);
console.log(data["user"]["roles"][1]);
console.log(data.user.roles.length);
const path = ["user", "profile", "address", "zip"];
console.log(path.reduce((o, k) => o[k], data));
console.log(data.user.missing);
data.user.profile.address.city = "Đà Nẵng";
console.log(data.user.profile.address);
