//! `Array` itself: the constructor, `Array.isArray`, `Array.of`, `Array.from`.

use crate::builtins::{arg, intrinsics::describe, Builder};
use crate::conv::{self, Key};
use crate::error::{range_error, type_error, Interrupt, JsResult};
use crate::object::ObjKind;
use crate::ops;
use crate::value::Value;
use crate::Ctx;

pub fn install(b: &mut Builder) {
    let proto = b.realm().array_proto;
    let c = b.constructor("Array", construct, construct, 1, proto);
    b.ctx.realm.array_ctor = c;
    b.method(c, "isArray", is_array, 1);
    b.method(c, "of", of, 0);
    b.method(c, "from", from, 1);
    b.global("Array", Value::Obj(c));
}

/// `Array(n)` / `new Array(n)`: n holes; `Array(a, b)`: those elements.
fn construct(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    if let [Value::Num(n)] = args {
        let len = *n as u32;
        if len as f64 != *n {
            return range_error("Invalid array length");
        }
        let len = len as usize;
        ctx.heap.check_array_len(len)?;
        ctx.charge(len as u64 / 16)?;
        return Ok(Value::Obj(ops::new_array(ctx, vec![Value::Empty; len])?));
    }
    Ok(Value::Obj(ops::new_array(ctx, args.to_vec())?))
}

fn is_array(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    Ok(Value::Bool(
        matches!(v, Value::Obj(o) if matches!(ctx.heap.obj(o).kind, ObjKind::Array(_))),
    ))
}

fn of(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Obj(ops::new_array(ctx, args.to_vec())?))
}

/// `Array.from(items)`: built-in iterables natively, array-likes by
/// `length`; with a `mapFn` the JavaScript twin in `prelude/array.js` runs.
fn from(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let items = arg(args, 0);
    let map_fn = arg(args, 1);
    if !matches!(map_fn, Value::Undefined) {
        if !ctx.heap.is_callable(map_fn) {
            let d = describe(ctx, map_fn);
            return type_error(format!("{d} is not a function"));
        }
        return Err(Interrupt::NeedsJs);
    }
    if items.is_nullish() {
        return super::iter::not_iterable(ctx, items);
    }
    let list = match super::iter::iterate(ctx, items)? {
        Some(l) => l,
        None => array_like(ctx, items)?,
    };
    Ok(Value::Obj(ops::new_array(ctx, list)?))
}

/// The elements of an array-like (`{ length: 2, 0: "a" }`), holes as undefined.
fn array_like(ctx: &mut Ctx, v: Value) -> JsResult<Vec<Value>> {
    let Value::Obj(o) = v else {
        return Ok(Vec::new());
    };
    let l = ops::get_obj(ctx, o, Key::Atom(crate::atoms::LENGTH), v)?;
    let n = conv::to_number(ctx, l)?;
    let n = super::to_length(n);
    if n > u32::MAX as usize {
        return range_error("Invalid array length");
    }
    ctx.heap.check_array_len(n)?;
    ctx.charge(n as u64)?;
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        out.push(ops::get_obj(ctx, o, Key::Index(i as u32), v)?);
    }
    Ok(out)
}
