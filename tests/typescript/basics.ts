// Annotations everywhere, erased: the program prints what its JavaScript prints.
interface Point {
  readonly x: number
  y: number
  label?: string
}

type Pair<T> = [T, T]
type Handler = (p: Point, scale?: number) => string

let count: number = 0
let later!: string
const origin: Point = { x: 0, y: 0 }
const pair: Pair<number> = [3, 4]

function norm({ x, y }: Point): number {
  return Math.sqrt(x * x + y * y)
}

function describe(p: Point, scale: number = 1, ...tags: string[]): string {
  count++
  const where: string = `(${p.x * scale}, ${p.y * scale})`
  return tags.length > 0 ? `${where} ${tags.join(",")}` : where
}

const show: Handler = (p: Point, scale?: number): string => describe(p, scale ?? 1)
const twice = (n: number): number => n * 2
const firstOf = <T,>(xs: T[]): T | undefined => xs[0]

console.log(norm({ x: pair[0], y: pair[1] }))
console.log(describe(origin), describe({ x: 1, y: 2 }, 10, "a", "b"))
console.log(show({ x: 5, y: 6, label: "p" }), twice(21), firstOf<string>(["z"]))
console.log(count)

// Overloads: only the last signature has code.
function pad(s: string, n: number): string
function pad(s: number, n: number): string
function pad(s: string | number, n: number): string {
  return String(s).padStart(n, ".")
}
console.log(pad("ab", 5), pad(7, 3))

// Assertions: as, as const, satisfies, non-null, definite assignment.
const config = { mode: "fast", retries: 3 } as const
const limits = { max: 10 } satisfies Record<string, number>
const maybe: string | null = Math.max(1, 2) > 1 ? "yes" : null
later = maybe!
console.log(config.mode, limits.max, later.length, (maybe as string).toUpperCase())
const m = new Map<string, Array<number>>()
m.set("k", [1, 2, 3])
console.log(m.get("k")!.length, m.get("k")![2])

// `<` is a comparison unless `<...>(` parses as type arguments.
const a = 1, b = 2, c = 3
console.log(a < b, b > c, a < b == c > b, a << 2 >> 1, (a < b) > (c < a))
function id<T>(x: T): T { return x }
const nested: Array<Array<number>>= [[1], [2, 3]]
console.log(id<Array<number>>(nested[1]).length, id<number>(4) >>> 1)

// Type predicates and `this` parameters.
function isText(v: unknown): v is string {
  return typeof v === "string"
}
function greet(this: { name: string }, greeting: string): string {
  return greeting + ", " + this.name
}
const person = { name: "Lan", greet }
console.log([1, "two", 3, "four"].filter(isText), person.greet("Chào"))

// Declarations with no code.
declare const injected: number
declare function external(x: number): void
type Mapped<T> = { readonly [K in keyof T]?: T[K] }
type Cond<T> = T extends string ? "s" : T extends number ? `n${T}` : never
type Fn = new (...args: any[]) => object
console.log(typeof origin, Object.keys(origin).length)
