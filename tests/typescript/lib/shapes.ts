export type Kind = "square" | "circle"

export interface Shape {
  kind: Kind
  size: number
}

// An enum, written as TypeScript without enums recommends.
export const Kinds = Object.freeze({ Square: "square", Circle: "circle" } as const)
export type Kinds = (typeof Kinds)[keyof typeof Kinds]

export const Unit: string = "cm²"

export function area(s: Shape): number {
  return s.kind === Kinds.Square ? s.size * s.size : Math.PI * s.size * s.size
}

export function describe(s: Readonly<Shape>): string {
  return `${s.kind}(${s.size}${Unit})`
}
