// Annotations everywhere, erased: the program prints what its JavaScript prints.
                 
                    
           
                
 

                     
                                                   

let count         = 0
let later         
const origin        = { x: 0, y: 0 }
const pair               = [3, 4]

function norm({ x, y }       )         {
  return Math.sqrt(x * x + y * y)
}

function describe(p       , scale         = 1, ...tags          )         {
  count++
  const where         = `(${p.x * scale}, ${p.y * scale})`
  return tags.length > 0 ? `${where} ${tags.join(",")}` : where
}

const show          = (p       , scale         )         => describe(p, scale ?? 1)
const twice = (n        )         => n * 2
const firstOf =     (xs     )                => xs[0]

console.log(norm({ x: pair[0], y: pair[1] }))
console.log(describe(origin), describe({ x: 1, y: 2 }, 10, "a", "b"))
console.log(show({ x: 5, y: 6, label: "p" }), twice(21), firstOf        (["z"]))
console.log(count)

// Overloads: only the last signature has code.
                                          
                                          
function pad(s                 , n        )         {
  return String(s).padStart(n, ".")
}
console.log(pad("ab", 5), pad(7, 3))

// Assertions: as, as const, satisfies, non-null, definite assignment.
const config = { mode: "fast", retries: 3 };        
const limits = { max: 10 };                                
const maybe                = Math.max(1, 2) > 1 ? "yes" : null
later = maybe 
console.log(config.mode, limits.max, later.length, (maybe          ).toUpperCase())
const m = new Map                       ()
m.set("k", [1, 2, 3])
console.log(m.get("k") .length, m.get("k") [2])

// `<` is a comparison unless `<...>(` parses as type arguments.
const a = 1, b = 2, c = 3
console.log(a < b, b > c, a < b == c > b, a << 2 >> 1, (a < b) > (c < a))
function id   (x   )    { return x }
const nested                      = [[1], [2, 3]]
console.log(id               (nested[1]).length, id        (4) >>> 1)

// Type predicates and `this` parameters.
function isText(v         )              {
  return typeof v === "string"
}
function greet(                        greeting        )         {
  return greeting + ", " + this.name
}
const person = { name: "Lan", greet }
console.log([1, "two", 3, "four"].filter(isText), person.greet("Chào"))

// Declarations with no code.
;                             
;                                         
;                                                  
;                                                                         
;                                       
console.log(typeof origin, Object.keys(origin).length)
