//! Values crossing between the host and a VM.

use crate::error::{HostValue, JsResult};
use crate::ops;
use crate::value::Value;
use crate::Ctx;

/// Builds a VM value from a host value (I/O results on resume).
pub fn to_value(ctx: &mut Ctx, h: &HostValue) -> JsResult<Value> {
    Ok(match h {
        HostValue::Undefined => Value::Undefined,
        HostValue::Null => Value::Null,
        HostValue::Bool(b) => Value::Bool(*b),
        HostValue::Num(n) => Value::Num(*n),
        HostValue::Str(s) => ctx.heap.str_value(s)?,
        HostValue::Array(items) => {
            let mut out = Vec::with_capacity(items.len());
            for i in items {
                out.push(to_value(ctx, i)?);
            }
            Value::Obj(ops::new_array(ctx, out)?)
        }
        HostValue::Object(fields) => {
            let o = ops::new_object(ctx)?;
            for (k, v) in fields {
                let v = to_value(ctx, v)?;
                let k = ctx.heap.str_value(k)?;
                let key = crate::conv::to_key(ctx, k)?;
                ops::define(ctx, o, key, v)?;
            }
            Value::Obj(o)
        }
    })
}
