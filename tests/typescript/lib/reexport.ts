import { area } from "./shapes.ts"
import type { Shape } from "./shapes.ts"
export type { Kind } from "./shapes.ts"
export { type Shape as Circle }

export function total(list: readonly Shape[]): number {
  return list.reduce((sum: number, s: Shape): number => sum + area(s), 0)
}
