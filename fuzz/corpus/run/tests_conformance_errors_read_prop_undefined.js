const user = { name: "An" };
console.log(user.name);
console.log(user.profile);
console.log(user.profile.avatar);
