// The prelude's core: JavaScript twins of operators whose slow path calls
// user code (an object's own valueOf / toString). The interpreter runs the
// operator natively and only calls these when the native answer is
// "needs JavaScript", so the common case never comes here.

function isObject(v) {
  return (typeof v === "object" && v !== null) || typeof v === "function"
}

// ToPrimitive (ECMAScript 7.1.1) with OrdinaryToPrimitive's method order.
function toPrimitive(v, hint) {
  if (!isObject(v)) return v
  const order = hint === "string" ? ["toString", "valueOf"] : ["valueOf", "toString"]
  for (const name of order) {
    const f = v[name]
    if (typeof f === "function") {
      const r = f.call(v)
      if (!isObject(r)) return r
    }
  }
  return $typeError("Cannot convert object to primitive value")
}

// Indexed by the interpreter's binary-operator code (see interp/run.rs).
const BINARY = [
  (a, b) => toPrimitive(a, "default") + toPrimitive(b, "default"),
  (a, b) => toPrimitive(a, "number") - toPrimitive(b, "number"),
  (a, b) => toPrimitive(a, "number") * toPrimitive(b, "number"),
  (a, b) => toPrimitive(a, "number") / toPrimitive(b, "number"),
  (a, b) => toPrimitive(a, "number") % toPrimitive(b, "number"),
  (a, b) => toPrimitive(a, "number") ** toPrimitive(b, "number"),
  (a, b) => toPrimitive(a, "number") << toPrimitive(b, "number"),
  (a, b) => toPrimitive(a, "number") >> toPrimitive(b, "number"),
  (a, b) => toPrimitive(a, "number") >>> toPrimitive(b, "number"),
  (a, b) => toPrimitive(a, "number") & toPrimitive(b, "number"),
  (a, b) => toPrimitive(a, "number") | toPrimitive(b, "number"),
  (a, b) => toPrimitive(a, "number") ^ toPrimitive(b, "number"),
  (a, b) => looseEq(a, b),
  (a, b) => !looseEq(a, b),
  (a, b) => toPrimitive(a, "number") < toPrimitive(b, "number"),
  (a, b) => toPrimitive(a, "number") <= toPrimitive(b, "number"),
  (a, b) => toPrimitive(a, "number") > toPrimitive(b, "number"),
  (a, b) => toPrimitive(a, "number") >= toPrimitive(b, "number"),
]

function looseEq(a, b) {
  if (isObject(a) && isObject(b)) return a === b
  if (isObject(a) && b != null) return toPrimitive(a, "default") == b
  if (isObject(b) && a != null) return a == toPrimitive(b, "default")
  return a == b
}

$twin("binary", function binary(code, a, b) {
  return BINARY[code](a, b)
})
$twin("unary", function unary(code, a) {
  const p = toPrimitive(a, code === 0 ? "string" : "number")
  if (code === 0) return `${p}`
  if (code === 1) return +p
  if (code === 2) return -p
  return ~p
})

// String(x) and Number(x) on an object with its own toString / valueOf.
$twin(String, function String(value) {
  if (arguments.length === 0) return ""
  return `${toPrimitive(value, "string")}`
})
$twin(Number, function Number(value) {
  if (arguments.length === 0) return 0
  return +toPrimitive(value, "number")
})

// Any other native that met an operand with its own valueOf / toString:
// convert such operands here (hint "default", as most natives' ToNumber /
// ToString would for plain objects) and call the native again.
function hasOwnConversion(v) {
  return isObject(v) && ($isUserFunction(v.valueOf) || $isUserFunction(v.toString))
}
$twin("generic", function generic(f, self, ...args) {
  let changed = false
  const converted = []
  for (const a of args) {
    if (hasOwnConversion(a)) {
      converted.push(toPrimitive(a, "default"))
      changed = true
    } else {
      converted.push(a)
    }
  }
  if (hasOwnConversion(self)) {
    self = toPrimitive(self, "default")
    changed = true
  }
  if (!changed) return $typeError("Cannot convert object to primitive value")
  return f.apply(self, converted)
})
