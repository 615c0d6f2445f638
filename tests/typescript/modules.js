// Types cross module boundaries and are elided; values keep working.
                                            
import { area,            Kinds, Unit, describe as describeShape } from "./lib/shapes.js"
import * as shapes from "./lib/shapes.js"
import {              total } from "./lib/reexport.js"

const s        = { kind: Kinds.Square, size: 3 }
const k       = "circle"
const c         = { kind: k, size: 2 }
const list          = [s, c]
console.log(area(s).toFixed(2), area(c).toFixed(2), Unit)
console.log(describeShape(c), total(list).toFixed(3))
console.log(Object.keys(shapes).join(","))
console.log(Kinds.Square, Object.isFrozen(Kinds))
