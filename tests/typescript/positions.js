// Run-time errors point at the .ts source, also after types on the same line.
const prices                      = new Map                ([["tea", 1.5]])
const fmt = (v                    )         => (v          ).toFixed(2)
console.log(fmt(prices.get("tea")))
const order                                 = { item: "cake" };                          
console.log(order.item.toUpperCase(), fmt(prices.get(order.item)))
