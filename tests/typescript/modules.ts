// Types cross module boundaries and are elided; values keep working.
import type { Shape } from "./lib/shapes.ts"
import { area, type Kind, Kinds, Unit, describe as describeShape } from "./lib/shapes.ts"
import * as shapes from "./lib/shapes.ts"
import { type Circle, total } from "./lib/reexport.ts"

const s: Shape = { kind: Kinds.Square, size: 3 }
const k: Kind = "circle"
const c: Circle = { kind: k, size: 2 }
const list: Shape[] = [s, c]
console.log(area(s).toFixed(2), area(c).toFixed(2), Unit)
console.log(describeShape(c), total(list).toFixed(3))
console.log(Object.keys(shapes).join(","))
console.log(Kinds.Square, Object.isFrozen(Kinds))
