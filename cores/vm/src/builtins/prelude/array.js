// Array methods that call back into user code, and the JavaScript twins of
// the natives that may need user code (sort/toSorted with a comparator,
// join/toString over objects with their own toString, Array.from with a
// mapFn). Dialect rules apply: no while/throw/try; errors via $typeError.

function toObject(v, name) {
  if (v === undefined || v === null) {
    return $typeError("Array.prototype." + name + " called on null or undefined")
  }
  return Object(v)
}

function needCallable(fn) {
  if (!$isCallable(fn)) {
    return $typeError($describe(fn) + " is not a function")
  }
  return true
}

Array.prototype.forEach = function forEach(callbackfn, thisArg) {
  const O = toObject(this, "forEach")
  const len = $toLength(+O.length)
  needCallable(callbackfn)
  for (let k = 0; k < len; k++) {
    if (k in O) $call(callbackfn, thisArg, O[k], k, O)
  }
  return undefined
}

Array.prototype.map = function map(callbackfn, thisArg) {
  const O = toObject(this, "map")
  const len = $toLength(+O.length)
  needCallable(callbackfn)
  const A = new Array(len)
  for (let k = 0; k < len; k++) {
    if (k in O) A[k] = $call(callbackfn, thisArg, O[k], k, O)
  }
  return A
}

Array.prototype.filter = function filter(callbackfn, thisArg) {
  const O = toObject(this, "filter")
  const len = $toLength(+O.length)
  needCallable(callbackfn)
  const A = []
  for (let k = 0; k < len; k++) {
    if (k in O) {
      const v = O[k]
      if ($call(callbackfn, thisArg, v, k, O)) A.push(v)
    }
  }
  return A
}

Array.prototype.reduce = function reduce(callbackfn) {
  const O = toObject(this, "reduce")
  const len = $toLength(+O.length)
  needCallable(callbackfn)
  let k = 0
  let acc
  if (arguments.length > 1) {
    acc = arguments[1]
  } else {
    for (; k < len && !(k in O); k++) {}
    if (k >= len) return $typeError("Reduce of empty array with no initial value")
    acc = O[k]
    k++
  }
  for (; k < len; k++) {
    if (k in O) acc = callbackfn(acc, O[k], k, O)
  }
  return acc
}

Array.prototype.reduceRight = function reduceRight(callbackfn) {
  const O = toObject(this, "reduceRight")
  const len = $toLength(+O.length)
  needCallable(callbackfn)
  let k = len - 1
  let acc
  if (arguments.length > 1) {
    acc = arguments[1]
  } else {
    for (; k >= 0 && !(k in O); k--) {}
    if (k < 0) return $typeError("Reduce of empty array with no initial value")
    acc = O[k]
    k--
  }
  for (; k >= 0; k--) {
    if (k in O) acc = callbackfn(acc, O[k], k, O)
  }
  return acc
}

// find* visit holes as undefined (no `in` check), as the spec says.
Array.prototype.find = function find(predicate, thisArg) {
  const O = toObject(this, "find")
  const len = $toLength(+O.length)
  needCallable(predicate)
  for (let k = 0; k < len; k++) {
    const v = O[k]
    if ($call(predicate, thisArg, v, k, O)) return v
  }
  return undefined
}

Array.prototype.findIndex = function findIndex(predicate, thisArg) {
  const O = toObject(this, "findIndex")
  const len = $toLength(+O.length)
  needCallable(predicate)
  for (let k = 0; k < len; k++) {
    if ($call(predicate, thisArg, O[k], k, O)) return k
  }
  return -1
}

Array.prototype.findLast = function findLast(predicate, thisArg) {
  const O = toObject(this, "findLast")
  const len = $toLength(+O.length)
  needCallable(predicate)
  for (let k = len - 1; k >= 0; k--) {
    const v = O[k]
    if ($call(predicate, thisArg, v, k, O)) return v
  }
  return undefined
}

Array.prototype.findLastIndex = function findLastIndex(predicate, thisArg) {
  const O = toObject(this, "findLastIndex")
  const len = $toLength(+O.length)
  needCallable(predicate)
  for (let k = len - 1; k >= 0; k--) {
    if ($call(predicate, thisArg, O[k], k, O)) return k
  }
  return -1
}

Array.prototype.some = function some(callbackfn, thisArg) {
  const O = toObject(this, "some")
  const len = $toLength(+O.length)
  needCallable(callbackfn)
  for (let k = 0; k < len; k++) {
    if (k in O && $call(callbackfn, thisArg, O[k], k, O)) return true
  }
  return false
}

Array.prototype.every = function every(callbackfn, thisArg) {
  const O = toObject(this, "every")
  const len = $toLength(+O.length)
  needCallable(callbackfn)
  for (let k = 0; k < len; k++) {
    if (k in O && !$call(callbackfn, thisArg, O[k], k, O)) return false
  }
  return true
}

Array.prototype.flatMap = function flatMap(mapperFunction, thisArg) {
  if (this === undefined || this === null) {
    return $typeError("Cannot convert undefined or null to object")
  }
  const O = Object(this)
  const len = $toLength(+O.length)
  if (!$isCallable(mapperFunction)) return $typeError("flatMap mapper function is not callable")
  const A = []
  for (let k = 0; k < len; k++) {
    if (!(k in O)) continue
    const r = $call(mapperFunction, thisArg, O[k], k, O)
    if ($isArray(r)) {
      const n = r.length
      for (let j = 0; j < n; j++) {
        if (j in r) A.push(r[j])
      }
    } else {
      A.push(r)
    }
  }
  return A
}

// Array.from with a mapFn (or over an array-like whose length is user code).
$twin(Array.from, function from(items, mapfn, thisArg) {
  if (mapfn !== undefined) {
    needCallable(mapfn)
    const list = Array.from(items)
    const n = list.length
    const A = new Array(n)
    for (let k = 0; k < n; k++) A[k] = $call(mapfn, thisArg, list[k], k)
    return A
  }
  const O = Object(items)
  const len = $toLength(+O.length)
  const A = new Array(len)
  for (let k = 0; k < len; k++) A[k] = O[k]
  return A
})

// Sorts `items` in place the way V8 does for fewer than 64 elements
// (TimSort's single run: count the leading run, reverse it if strictly
// descending, binary-insert the rest), so even inconsistent comparators
// such as `(a, b) => a > b`, and comparators that log, behave exactly as in
// node. Longer arrays use a stable merge sort: same result for consistent
// comparators, but not V8's exact sequence of comparator calls.
function binaryInsertionSort(items, cmp) {
  const n = items.length
  if (n < 2) return items
  let run = 2
  const descending = cmp(items[1], items[0]) < 0
  for (let i = 2; i < n; i++) {
    const order = cmp(items[i], items[i - 1])
    if (descending ? order >= 0 : order < 0) break
    run++
  }
  if (descending) {
    for (let lo = 0, hi = run - 1; lo < hi; lo++, hi--) {
      const t = items[lo]
      items[lo] = items[hi]
      items[hi] = t
    }
  }
  for (let start = run; start < n; start++) {
    const pivot = items[start]
    let left = 0
    let right = start
    for (; left < right; ) {
      const mid = left + ((right - left) >> 1)
      if (cmp(pivot, items[mid]) < 0) right = mid
      else left = mid + 1
    }
    for (let p = start; p > left; p--) items[p] = items[p - 1]
    items[left] = pivot
  }
  return items
}

function sortItems(items, cmp) {
  return items.length < 64 ? binaryInsertionSort(items, cmp) : mergeSort(items, cmp)
}

// Stable bottom-up merge sort of `items` by `cmp` (negative: a first).
function mergeSort(items, cmp) {
  let src = items
  let dst = new Array(items.length)
  const n = items.length
  for (let width = 1; width < n; width = width * 2) {
    for (let lo = 0; lo < n; lo = lo + 2 * width) {
      const mid = Math.min(lo + width, n)
      const hi = Math.min(lo + 2 * width, n)
      let i = lo
      let j = mid
      for (let k = lo; k < hi; k++) {
        if (i < mid && (j >= hi || cmp(src[i], src[j]) <= 0)) {
          dst[k] = src[i]
          i++
        } else {
          dst[k] = src[j]
          j++
        }
      }
    }
    const t = src
    src = dst
    dst = t
  }
  return src
}

function sortCompare(comparefn) {
  if (comparefn === undefined) {
    return (x, y) => {
      const a = String(x)
      const b = String(y)
      return a < b ? -1 : b < a ? 1 : 0
    }
  }
  return (x, y) => {
    const v = +comparefn(x, y)
    return v !== v ? 0 : v
  }
}

// The values of O[0..len) other than undefined, how many undefined, how many holes.
function collect(O, len, holesAreUndefined) {
  const items = []
  let undefs = 0
  let holes = 0
  for (let k = 0; k < len; k++) {
    if (!holesAreUndefined && !(k in O)) {
      holes++
    } else {
      const v = O[k]
      if (v === undefined) undefs++
      else items.push(v)
    }
  }
  return { items, undefs, holes }
}

function checkComparator(comparefn) {
  if (comparefn !== undefined && !$isCallable(comparefn)) {
    return $typeError("The comparison function must be either a function or undefined")
  }
  return true
}

$twin(Array.prototype.sort, function sort(comparefn) {
  checkComparator(comparefn)
  if (this === undefined || this === null) {
    return $typeError("Cannot convert undefined or null to object")
  }
  const O = Object(this)
  const len = $toLength(+O.length)
  const c = collect(O, len, false)
  const sorted = sortItems(c.items, sortCompare(comparefn))
  let k = 0
  for (; k < sorted.length; k++) O[k] = sorted[k]
  for (let u = 0; u < c.undefs; u++, k++) O[k] = undefined
  for (; k < len; k++) delete O[k]
  return O
})

$twin(Array.prototype.toSorted, function toSorted(comparefn) {
  checkComparator(comparefn)
  if (this === undefined || this === null) {
    return $typeError("Cannot convert undefined or null to object")
  }
  const O = Object(this)
  const len = $toLength(+O.length)
  const c = collect(O, len, true)
  const sorted = sortItems(c.items, sortCompare(comparefn))
  for (let u = 0; u < c.undefs; u++) sorted.push(undefined)
  return sorted
})

// Runs when an element's toString/valueOf is user code. Nested arrays go
// through their own join (native again, or this twin).
$twin(Array.prototype.join, function join(separator) {
  if (this === undefined || this === null) {
    return $typeError("Cannot convert undefined or null to object")
  }
  const O = Object(this)
  const len = $toLength(+O.length)
  const sep = separator === undefined ? "," : String(separator)
  let r = ""
  for (let k = 0; k < len; k++) {
    if (k > 0) r += sep
    const el = O[k]
    if (el !== undefined && el !== null) r += String(el)
  }
  return r
})

$twin(Array.prototype.toString, function toString() {
  if (this === undefined || this === null) {
    return $typeError("Cannot convert undefined or null to object")
  }
  const O = Object(this)
  const join = O.join
  if ($isCallable(join)) return $call(join, O)
  return Object.prototype.toString.call(O)
})
