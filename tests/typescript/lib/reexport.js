import { area } from "./shapes.js"
;                                       
;                                      
export {                      }

export function total(list                  )         {
  return list.reduce((sum        , s       )         => sum + area(s), 0)
}
