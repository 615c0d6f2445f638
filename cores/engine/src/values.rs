//! VM values out to the host: the bootstrap's config, query parameters,
//! rows to insert. (Host values into a VM: `kitwork_vm::host::to_value`.)

use kitwork_vm::conv;
use kitwork_vm::object::ObjKind;
use kitwork_vm::{error, ops, Ctx, HostValue, JsResult, Value};

/// Nesting deeper than this is refused (configs and rows are shallow).
const MAX_DEPTH: usize = 32;

/// A plain copy of `v`: functions, Maps and such are refused by name.
pub fn to_host(ctx: &mut Ctx, v: Value, depth: usize) -> JsResult<HostValue> {
    if depth > MAX_DEPTH {
        return error::type_error("value nested too deeply");
    }
    Ok(match v {
        Value::Undefined => HostValue::Undefined,
        Value::Null => HostValue::Null,
        Value::Bool(b) => HostValue::Bool(b),
        Value::Num(n) => HostValue::Num(n),
        Value::Str(s) => HostValue::Str(ctx.heap.str(s).to_rust_string()),
        Value::Obj(o) => {
            if let ObjKind::Date(t) = ctx.heap.obj(o).kind {
                return Ok(
                    match kitwork_vm::builtins::json::stringify::date_iso_string(t) {
                        Some(s) => HostValue::Str(s),
                        None => HostValue::Null,
                    },
                );
            }
            if let Some(items) = ctx.heap.obj(o).as_array().cloned() {
                let mut out = Vec::with_capacity(items.len());
                for i in items {
                    out.push(to_host(ctx, i, depth + 1)?);
                }
                return Ok(HostValue::Array(out));
            }
            if ctx.heap.is_callable(v) {
                return error::type_error("a function cannot be used as data here");
            }
            let mut fields = Vec::new();
            for k in ops::own_keys(ctx, o)? {
                let key = conv::to_key(ctx, k)?;
                let name = match k {
                    Value::Str(s) => ctx.heap.str(s).to_rust_string(),
                    _ => continue,
                };
                let fv = ops::get(ctx, v, key)?;
                fields.push((name, to_host(ctx, fv, depth + 1)?));
            }
            HostValue::Object(fields)
        }
        _ => HostValue::Undefined,
    })
}

/// `obj[name]` for a host object value.
pub fn field<'a>(fields: &'a [(String, HostValue)], name: &str) -> Option<&'a HostValue> {
    fields.iter().find(|(k, _)| k == name).map(|(_, v)| v)
}
