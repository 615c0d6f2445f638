// Where TypeScript's grammar and JavaScript's meet: `<`, `>`, `:`, `!`, `as`.
type N = number
const f = (x: number): number => x * 10
const a = 1, b = 2, c = 3

// `<...>(` that parses as type arguments is a call (TypeScript's rule) ...
console.log(f<N>(4), f < N > (5))
// ... anything else is a comparison.
console.log(a < b, a < b > c, a < b && c > a, a < (b) + c, (a < b) === (c > b))
console.log(a << b >> c, a < b >= false, [a < b, c > a])

// `:` after `)` is an arrow's return type only when an arrow follows.
const pick = (flag: boolean) => (flag ? (a) : (b))
const choose = (flag: boolean) => flag ? (x: number): string => `yes ${x}` : (x: number) => `no ${x}`
console.log(pick(true), pick(false), choose(true)(1), choose(false)(2))
const nested = a ? b ? (c) : (a) : (b)
console.log(nested)

// `!` right after an expression asserts non-null; elsewhere it is `not`.
const maybe: number[] | undefined = [7, 8]
const x = maybe!
const y = !maybe
console.log(x[1], y, maybe![0]! + 1, !maybe!.length)

// `as` / `satisfies` bind like relational operators.
const sum = a + b as number
const flags = [a < b as boolean, (c as number) > b]
console.log(sum, flags, a + b satisfies number)

// Contextual words stay names.
const type = "t", declare = "d", namespace = "n", as = "as", satisfies = "s", is = "i"
console.log(type, declare, namespace, as, satisfies, is)
function keyof(infer: number, readonly: number, unique: number): number {
  return infer + readonly + unique
}
console.log(keyof(1, 2, 3))
