// Generic helpers in the style of a typed utility module.
type Key = string | number
type Grouped<T, K extends Key> = Record<K, T[]>

function groupBy<T, K extends Key>(xs: readonly T[], key: (x: T) => K): Grouped<T, K> {
  const out = {} as Grouped<T, K>
  for (const x of xs) {
    const k: K = key(x)
    ;(out[k] ??= []).push(x)
  }
  return out
}

function pick<T extends object, K extends keyof T>(o: T, ...keys: K[]): Pick<T, K> {
  const r: Partial<T> = {}
  for (const k of keys) r[k] = o[k]
  return r as Pick<T, K>
}

const mapValues = <T, U>(o: Record<string, T>, f: (v: T, k: string) => U): Record<string, U> =>
  Object.fromEntries(Object.entries(o).map(([k, v]): [string, U] => [k, f(v, k)]))

interface Order { id: number; city: string; total: number }
const orders: Order[] = [
  { id: 1, city: "Hà Nội", total: 120 },
  { id: 2, city: "Đà Nẵng", total: 80 },
  { id: 3, city: "Hà Nội", total: 45.5 },
]
const byCity = groupBy<Order, string>(orders, (o) => o.city)
console.log(Object.keys(byCity), byCity["Hà Nội"].length)
console.log(mapValues(byCity, (v: Order[]): number => v.reduce((s, o) => s + o.total, 0)))
console.log(pick(orders[1], "id", "city"))

type Tuple = [id: number, name?: string, ...rest: boolean[]]
const t: Tuple = [1, "x", true, false]
const fns: Array<(n: number) => number> = [(n) => n + 1, (n: number): number => n * n]
console.log(t.length, fns.map((f) => f(3)))
const deep: Map<string, Map<string, Set<number>>> = new Map([["a", new Map([["b", new Set([1, 2])]])]])
console.log(deep.get("a")!.get("b")!.size)
