                                      

                        
            
              
 

// An enum, written as TypeScript without enums recommends.
export const Kinds = Object.freeze({ Square: "square", Circle: "circle" }         )
;                                                     

export const Unit         = "cm²"

export function area(s       )         {
  return s.kind === Kinds.Square ? s.size * s.size : Math.PI * s.size * s.size
}

export function describe(s                 )         {
  return `${s.kind}(${s.size}${Unit})`
}
