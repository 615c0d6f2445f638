// Generic helpers in the style of a typed utility module.
                          
                                               

function groupBy                  (xs              , key             )                {
  const out = {};                
  for (const x of xs) {
    const k    = key(x)
    ;(out[k] ??= []).push(x)
  }
  return out
}

function pick                                     (o   , ...keys     )             {
  const r             = {}
  for (const k of keys) r[k] = o[k]
  return r;             
}

const mapValues =       (o                   , f                        )                    =>
  Object.fromEntries(Object.entries(o).map(([k, v])              => [k, f(v, k)]))

;                                                          
const orders          = [
  { id: 1, city: "Hà Nội", total: 120 },
  { id: 2, city: "Đà Nẵng", total: 80 },
  { id: 3, city: "Hà Nội", total: 45.5 },
]
const byCity = groupBy               (orders, (o) => o.city)
console.log(Object.keys(byCity), byCity["Hà Nội"].length)
console.log(mapValues(byCity, (v         )         => v.reduce((s, o) => s + o.total, 0)))
console.log(pick(orders[1], "id", "city"))

;                                                           
const t        = [1, "x", true, false]
const fns                               = [(n) => n + 1, (n        )         => n * n]
console.log(t.length, fns.map((f) => f(3)))
const deep                                        = new Map([["a", new Map([["b", new Set([1, 2])]])]])
console.log(deep.get("a") .get("b") .size)
