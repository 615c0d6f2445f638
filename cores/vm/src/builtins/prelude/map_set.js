// Map and Set methods that call back into user code, and the groupBy
// functions (Object.groupBy, Map.groupBy). Dialect rules apply: no
// while/throw/try; errors via $typeError.

// V8's rendering of a non-callable in Map/Set forEach messages:
// `number 3`, `string "abc"`, `object`, `object null`, `undefined`.
function describeTyped(v) {
  if (v === undefined) return "undefined"
  if (v === null) return "object null"
  const t = typeof v
  if (t === "string") return 'string "' + v + '"'
  if (t === "object") return "object"
  return t + " " + String(v)
}

function checkReceiver(self, tag, method) {
  if (Object.prototype.toString.call(self) !== "[object " + tag + "]") {
    return $typeError("Method " + tag + ".prototype." + method + " called on incompatible receiver " + $describe(self))
  }
  return true
}

// Live over the entries: ones added during the walk are visited, deleted
// ones that were not reached yet are not.
Map.prototype.forEach = function forEach(callbackfn, thisArg) {
  checkReceiver(this, "Map", "forEach")
  if (!$isCallable(callbackfn)) return $typeError(describeTyped(callbackfn) + " is not a function")
  for (const entry of this.entries()) $call(callbackfn, thisArg, entry[1], entry[0], this)
  return undefined
}

Set.prototype.forEach = function forEach(callbackfn, thisArg) {
  checkReceiver(this, "Set", "forEach")
  if (!$isCallable(callbackfn)) return $typeError(describeTyped(callbackfn) + " is not a function")
  for (const value of this.values()) $call(callbackfn, thisArg, value, value, this)
  return undefined
}

function checkGroupArgs(items, callbackfn) {
  if (items === undefined || items === null) {
    return $typeError(describeTyped(items) + " is not iterable (cannot read property Symbol(Symbol.iterator))")
  }
  if (!$isCallable(callbackfn)) return $typeError($describe(callbackfn) + " is not a function")
  return true
}

// Groups by property key, into a null-prototype object.
Object.groupBy = function groupBy(items, callbackfn) {
  checkGroupArgs(items, callbackfn)
  const groups = Object.create(null)
  let k = 0
  for (const value of items) {
    const key = callbackfn(value, k)
    const prop = typeof key === "string" ? key : String(key)
    const g = groups[prop]
    if (g === undefined) groups[prop] = [value]
    else g.push(value)
    k++
  }
  return groups
}

// Groups by SameValueZero key (-0 becomes +0), into a Map.
Map.groupBy = function groupBy(items, callbackfn) {
  checkGroupArgs(items, callbackfn)
  const groups = new Map()
  let k = 0
  for (const value of items) {
    let key = callbackfn(value, k)
    if (key === 0) key = 0
    const g = groups.get(key)
    if (g === undefined) groups.set(key, [value])
    else g.push(value)
    k++
  }
  return groups
}
