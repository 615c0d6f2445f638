// A typical small handler module: data shaping, a few helpers, JSON out.
const TAX = 0.1
const products = [
  { id: 1, name: "Cà phê sữa đá", price: 29000, tags: ["drink", "cold"] },
  { id: 2, name: "Bánh mì thịt", price: 25000, tags: ["food"] },
  { id: 3, name: "Phở bò", price: 55000, tags: ["food", "hot"] },
  { id: 4, name: "Trà đá", price: 5000, tags: ["drink", "cold"] },
]

function withTax(p) {
  return { ...p, total: Math.round(p.price * (1 + TAX)) }
}

function byTag(items, tag) {
  return items.filter(p => p.tags.includes(tag))
}

function summary(items) {
  const total = items.reduce((s, p) => s + p.total, 0)
  const names = items.map(p => p.name).join(", ")
  return { count: items.length, total, names }
}

function formatVnd(n) {
  const s = String(n)
  let out = ""
  for (let i = 0; i < s.length; i++) {
    const fromEnd = s.length - i
    out += s[i]
    if (fromEnd > 1 && fromEnd % 3 === 1) out += "."
  }
  return out + " ₫"
}

function handler(query) {
  const priced = products.map(withTax)
  const picked = query.tag ? byTag(priced, query.tag) : priced
  const s = summary(picked)
  const lines = picked.map(p => `${p.id}. ${p.name}: ${formatVnd(p.total)}`)
  const { count, total } = s
  return JSON.stringify({
    ok: count > 0,
    count,
    total: formatVnd(total),
    lines,
    cheapest: picked.length ? picked.reduce((a, b) => (a.total <= b.total ? a : b)).name : null,
  })
}

const out = [handler({}), handler({ tag: "cold" }), handler({ tag: "none" })]
const check = out.map(s => s.length).reduce((a, b) => a + b, 0)
