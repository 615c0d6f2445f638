// TypeScript: the types are gone from the bytecode; positions are the source's.
interface Item { name: string; price: number }
type Total = (items: readonly Item[]) => number
const total: Total = (items: readonly Item[]): number =>
  items.reduce((s: number, i: Item) => s + i.price, 0)
function first<T>(xs: T[]): T | undefined { return xs[0] }
let n!: number
const items = [{ name: "a", price: 2 }] as Item[]
n = total(items) satisfies number
console.log(first<Item>(items)!.name, n as number)
