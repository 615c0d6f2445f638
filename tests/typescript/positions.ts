// Run-time errors point at the .ts source, also after types on the same line.
const prices: Map<string, number> = new Map<string, number>([["tea", 1.5]])
const fmt = (v: number | undefined): string => (v as number).toFixed(2)
console.log(fmt(prices.get("tea")))
const order: { item: string; qty?: number } = { item: "cake" } satisfies { item: string }
console.log(order.item.toUpperCase(), fmt(prices.get(order.item)))
