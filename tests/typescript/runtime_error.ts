// A runtime error after erased types is reported where node reports it.
interface User {
  name: string
  address?: { city: string }
}

const users: User[] = [{ name: "An", address: { city: "Huế" } }, { name: "Bình" }]

function city(u: User): string {
  return u.address!.city as string
}

console.log(city(users[0]))
console.log(city(users[1]))
console.log("never")
