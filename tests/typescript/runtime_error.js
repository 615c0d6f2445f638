// A runtime error after erased types is reported where node reports it.
                
              
                            
 

const users         = [{ name: "An", address: { city: "Huế" } }, { name: "Bình" }]

function city(u      )         {
  return u.address .city;         
}

console.log(city(users[0]))
console.log(city(users[1]))
console.log("never")
