const v = { users: [{ name: "An", roles: [{ id: 1, perms: ["r", "w"] }] }] };
console.log(v);
console.log(v.users);
console.log(v.users[0]);
console.log(v.users[0].roles);
