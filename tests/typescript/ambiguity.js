// Where TypeScript's grammar and JavaScript's meet: `<`, `>`, `:`, `!`, `as`.
               
const f = (x        )         => x * 10
const a = 1, b = 2, c = 3

// `<...>(` that parses as type arguments is a call (TypeScript's rule) ...
console.log(f   (4), f       (5))
// ... anything else is a comparison.
console.log(a < b, a < b > c, a < b && c > a, a < (b) + c, (a < b) === (c > b))
console.log(a << b >> c, a < b >= false, [a < b, c > a])

// `:` after `)` is an arrow's return type only when an arrow follows.
const pick = (flag         ) => (flag ? (a) : (b))
const choose = (flag         ) => flag ? (x        )         => `yes ${x}` : (x        ) => `no ${x}`
console.log(pick(true), pick(false), choose(true)(1), choose(false)(2))
const nested = a ? b ? (c) : (a) : (b)
console.log(nested)

// `!` right after an expression asserts non-null; elsewhere it is `not`.
const maybe                       = [7, 8]
const x = maybe 
const y = !maybe
console.log(x[1], y, maybe [0]  + 1, !maybe .length)

// `as` / `satisfies` bind like relational operators.
const sum = a + b;         
const flags = [a < b           , (c          ) > b]
console.log(sum, flags, a + b                 )

// Contextual words stay names.
const type = "t", declare = "d", namespace = "n", as = "as", satisfies = "s", is = "i"
console.log(type, declare, namespace, as, satisfies, is)
function keyof(infer        , readonly        , unique        )         {
  return infer + readonly + unique
}
console.log(keyof(1, 2, 3))
