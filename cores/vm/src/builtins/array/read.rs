//! Array methods that read `this` and build new values: at, concat, flat,
//! includes, indexOf, lastIndexOf, join, toString, slice, toReversed,
//! toSpliced, with.

use super::{elems, require_object, this_array, to_list};
use crate::atoms;
use crate::builtins::{arg, Builder};
use crate::conv::{self, Key};
use crate::error::{range_error, type_error, Interrupt, JsResult, LimitKind};
use crate::object::ObjKind;
use crate::ops;
use crate::string::{JsStr, StrBuilder};
use crate::value::{ObjId, Value};
use crate::Ctx;

pub fn install(b: &mut Builder) {
    let p = b.realm().array_proto;
    b.method(p, "at", at, 1);
    b.method(p, "concat", concat, 1);
    b.method(p, "flat", flat, 0);
    b.method(p, "includes", includes, 1);
    b.method(p, "indexOf", index_of, 1);
    b.method(p, "lastIndexOf", last_index_of, 1);
    b.method(p, "join", join, 1);
    b.method(p, "toString", to_string, 0);
    b.method(p, "slice", slice, 2);
    b.method(p, "toReversed", to_reversed, 0);
    b.method(p, "toSpliced", to_spliced, 2);
    b.method(p, "with", with, 2);
}

/// ToIntegerOrInfinity of an argument.
pub(crate) fn int_arg(ctx: &mut Ctx, args: &[Value], i: usize) -> JsResult<f64> {
    let n = conv::to_number(ctx, arg(args, i))?;
    Ok(conv::to_integer(n))
}

/// A relative index argument clamped to `[0, len]`; `undefined` gives `dflt`.
pub(crate) fn rel_arg(
    ctx: &mut Ctx,
    args: &[Value],
    i: usize,
    len: usize,
    dflt: usize,
) -> JsResult<usize> {
    match arg(args, i) {
        Value::Undefined => Ok(dflt),
        v => {
            let n = conv::to_number(ctx, v)?;
            Ok(conv::relative_index(n, len))
        }
    }
}

fn at(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    require_object(this)?;
    let k = int_arg(ctx, args, 0)?;
    with_list(ctx, this, |_, a| {
        let len = a.len() as f64;
        let i = if k < 0.0 { len + k } else { k };
        if i < 0.0 || i >= len {
            return Ok(Value::Undefined);
        }
        Ok(a[i as usize].or_undefined())
    })
}

/// Runs `f` over the elements of `this`. Run-layer arrays lend their
/// vector (taken out and put back: no user code runs in between), anything
/// else is copied first.
fn with_list<R>(
    ctx: &mut Ctx,
    this: Value,
    f: impl FnOnce(&mut Ctx, &[Value]) -> JsResult<R>,
) -> JsResult<R> {
    if let Some(o) = this_array(ctx, this).filter(|&o| !ctx.heap.is_frozen_layer(o)) {
        let v = std::mem::take(super::elems_mut(ctx, o)?);
        let r = f(ctx, &v);
        if let Ok(slot) = super::elems_mut(ctx, o) {
            *slot = v;
        }
        return r;
    }
    let list = to_list(ctx, this)?;
    f(ctx, &list)
}

fn concat(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    if this.is_nullish() {
        return type_error("Array.prototype.concat called on null or undefined");
    }
    let mut out = Vec::new();
    for v in std::iter::once(this).chain(args.iter().copied()) {
        match v {
            Value::Obj(o) if matches!(ctx.heap.obj(o).kind, ObjKind::Array(_)) => {
                let a = elems(ctx, o);
                ctx.heap.check_array_len(out.len() + a.len())?;
                out.extend_from_slice(a);
                ctx.charge(a.len() as u64 / 8)?;
            }
            _ => {
                ctx.heap.check_array_len(out.len() + 1)?;
                out.push(v);
            }
        }
    }
    Ok(Value::Obj(ops::new_array(ctx, out)?))
}

/// Deepest nesting `flat` follows before reporting a stack overflow, as
/// node does for absurdly deep (or cyclic) arrays with `flat(Infinity)`.
const MAX_FLAT_DEPTH: usize = 10_000;

fn flat(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let list = to_list(ctx, this)?;
    let depth = match arg(args, 0) {
        Value::Undefined => 1.0,
        _ => int_arg(ctx, args, 0)?.max(0.0),
    };
    let depth = depth.min(MAX_FLAT_DEPTH as f64 + 1.0) as usize;
    let mut out = Vec::new();
    // Explicit stack of (array being read, next index, depth left).
    let mut stack: Vec<(Option<ObjId>, usize, usize)> = vec![(None, 0, depth)];
    while let Some(top) = stack.last_mut() {
        let (src, pos, left) = *top;
        let v = match src {
            None => list.get(pos).copied(),
            Some(o) => elems(ctx, o).get(pos).copied(),
        };
        let Some(v) = v else {
            stack.pop();
            continue;
        };
        top.1 += 1;
        ctx.charge(1)?;
        match v {
            Value::Empty => {}
            Value::Obj(o) if left > 0 && matches!(ctx.heap.obj(o).kind, ObjKind::Array(_)) => {
                if stack.len() > MAX_FLAT_DEPTH {
                    return range_error("Maximum call stack size exceeded");
                }
                stack.push((Some(o), 0, left - 1));
            }
            _ => {
                ctx.heap.check_array_len(out.len() + 1)?;
                out.push(v);
            }
        }
    }
    Ok(Value::Obj(ops::new_array(ctx, out)?))
}

fn includes(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    require_object(this)?;
    let x = arg(args, 0);
    let from = arg(args, 1);
    let n = if matches!(from, Value::Undefined) {
        0.0
    } else {
        conv::to_number(ctx, from)?
    };
    with_list(ctx, this, |ctx, a| {
        let start = conv::relative_index(n, a.len());
        ctx.charge((a.len() - start) as u64 / 4)?;
        Ok(Value::Bool(
            a[start..]
                .iter()
                .any(|&e| ops::same_value_zero(ctx, e.or_undefined(), x)),
        ))
    })
}

fn index_of(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    require_object(this)?;
    let x = arg(args, 0);
    let n = conv::to_number(ctx, arg(args, 1))?;
    with_list(ctx, this, |ctx, a| {
        let start = conv::relative_index(n, a.len());
        ctx.charge((a.len() - start) as u64 / 4)?;
        let found = a[start..]
            .iter()
            .position(|&e| !matches!(e, Value::Empty) && ops::strict_eq(ctx, e, x));
        Ok(Value::Num(found.map_or(-1.0, |i| (i + start) as f64)))
    })
}

fn last_index_of(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    require_object(this)?;
    let x = arg(args, 0);
    let n = if args.len() > 1 {
        Some(int_arg(ctx, args, 1)?)
    } else {
        None
    };
    with_list(ctx, this, |ctx, a| {
        let len = a.len() as f64;
        let k = match n {
            None => len - 1.0,
            Some(n) if n >= 0.0 => n.min(len - 1.0),
            Some(n) => len + n,
        };
        if k < 0.0 {
            return Ok(Value::Num(-1.0));
        }
        let k = k as usize;
        ctx.charge(k as u64 / 4 + 1)?;
        let found = a[..=k]
            .iter()
            .rposition(|&e| !matches!(e, Value::Empty) && ops::strict_eq(ctx, e, x));
        Ok(Value::Num(found.map_or(-1.0, |i| i as f64)))
    })
}

/// Whether an object's `toString` or `valueOf` is user code (then ToString
/// must run in JavaScript).
fn has_user_conversion(ctx: &Ctx, o: ObjId) -> bool {
    [atoms::TO_STRING, atoms::VALUE_OF].iter().any(|&k| {
        matches!(
            ops::get_obj(ctx, o, Key::Atom(k), Value::Obj(o)),
            Ok(Value::Obj(f)) if matches!(ctx.heap.obj(f).kind, ObjKind::Closure { .. } | ObjKind::Bound { .. })
        )
    })
}

fn join(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let list = to_list(ctx, this)?;
    let sep = match arg(args, 0) {
        Value::Undefined => JsStr::from_str(","),
        v => {
            let s = conv::to_string(ctx, v)?;
            ctx.heap.str(s).clone()
        }
    };
    let outer = match this {
        Value::Obj(o) => Some(o),
        _ => None,
    };
    join_list(ctx, outer, list, &sep)
}

/// `this.join()` when `join` is the built-in one (arrays), user code when
/// it is not, `Object.prototype.toString` when there is no `join`.
fn to_string(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    require_object(this)?;
    if this_array(ctx, this).is_none() {
        let join_atom = ctx.heap.intern(JsStr::from_str("join"))?;
        let f = ops::get(ctx, this, Key::Atom(join_atom))?;
        let builtin = ops::get_own(ctx, ctx.realm.array_proto, Key::Atom(join_atom));
        match f {
            Value::Obj(fo) if builtin.and_then(Value::as_obj) == Some(fo) => {}
            Value::Obj(fo) if ctx.heap.obj(fo).is_callable() => return Err(Interrupt::NeedsJs),
            _ => {
                let tag = match this {
                    Value::Obj(o) => crate::builtins::intrinsics::class_tag(ctx, o),
                    Value::Str(_) => "String",
                    Value::Num(_) => "Number",
                    _ => "Boolean",
                };
                return ctx.heap.str_value(&format!("[object {tag}]"));
            }
        }
    }
    let list = to_list(ctx, this)?;
    let outer = match this {
        Value::Obj(o) => Some(o),
        _ => None,
    };
    join_list(ctx, outer, list, &JsStr::from_str(","))
}

/// Joins a list; nested arrays join with "," through an explicit stack
/// (arrays already being joined print as empty, as in V8).
fn join_list(
    ctx: &mut Ctx,
    outer: Option<ObjId>,
    list: Vec<Value>,
    sep: &JsStr,
) -> JsResult<Value> {
    let comma = JsStr::from_str(",");
    let max = ctx.heap.max_string;
    let mut b = StrBuilder::new();
    // (elements, next index, the array itself for cycle detection)
    let mut stack: Vec<(Vec<Value>, usize, Option<ObjId>)> = vec![(list, 0, outer)];
    while let Some(top) = stack.last_mut() {
        let pos = top.1;
        let Some(&v) = top.0.get(pos) else {
            stack.pop();
            continue;
        };
        top.1 += 1;
        if pos > 0 {
            b.push_js(if stack.len() == 1 { sep } else { &comma });
        }
        ctx.charge(1)?;
        match v {
            Value::Undefined | Value::Null | Value::Empty => {}
            Value::Str(s) => b.push_js(ctx.heap.str(s)),
            Value::Obj(o) => {
                if has_user_conversion(ctx, o) {
                    return Err(Interrupt::NeedsJs);
                }
                if let ObjKind::Array(a) = &ctx.heap.obj(o).kind {
                    if !stack.iter().any(|f| f.2 == Some(o)) {
                        let a = a.clone();
                        ctx.charge(a.len() as u64 / 8)?;
                        stack.push((a, 0, Some(o)));
                    }
                } else {
                    let s = conv::to_string(ctx, v)?;
                    b.push_js(ctx.heap.str(s));
                }
            }
            v => {
                let s = conv::to_string(ctx, v)?;
                b.push_js(ctx.heap.str(s));
            }
        }
        if b.len() > max {
            return crate::error::limit_error(
                LimitKind::StringSize,
                format!(
                    "string length {} exceeds the cap of {max} code units",
                    b.len()
                ),
            );
        }
    }
    ctx.charge(b.len() as u64 / 16)?;
    Ok(Value::Str(ctx.heap.intern_or_alloc(b.finish())?))
}

fn slice(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    require_object(this)?;
    let len = super::length_of(ctx, this)?;
    let start = rel_arg(ctx, args, 0, len, 0)?;
    let end = rel_arg(ctx, args, 1, len, len)?;
    let out = with_list(ctx, this, |ctx, a| {
        let (s, e) = (start.min(a.len()), end.min(a.len()));
        let part = if s < e { a[s..e].to_vec() } else { Vec::new() };
        ctx.charge(part.len() as u64 / 8)?;
        Ok(part)
    })?;
    Ok(Value::Obj(ops::new_array(ctx, out)?))
}

fn to_reversed(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    let mut list = to_list(ctx, this)?;
    list.reverse();
    for v in list.iter_mut() {
        *v = v.or_undefined();
    }
    Ok(Value::Obj(ops::new_array(ctx, list)?))
}

fn to_spliced(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let list = to_list(ctx, this)?;
    let len = list.len();
    let start = rel_arg(ctx, args, 0, len, 0)?;
    let skip = match args.len() {
        0 => 0,
        1 => len - start,
        _ => int_arg(ctx, args, 1)?.clamp(0.0, (len - start) as f64) as usize,
    };
    let items = args.get(2..).unwrap_or(&[]);
    let new_len = len - skip + items.len();
    ctx.heap.check_array_len(new_len)?;
    let mut out = Vec::with_capacity(new_len);
    out.extend(list[..start].iter().map(|v| v.or_undefined()));
    out.extend_from_slice(items);
    out.extend(list[start + skip..].iter().map(|v| v.or_undefined()));
    ctx.charge(new_len as u64 / 8)?;
    Ok(Value::Obj(ops::new_array(ctx, out)?))
}

fn with(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let mut list = to_list(ctx, this)?;
    let raw = conv::to_number(ctx, arg(args, 0))?;
    let rel = conv::to_integer(raw);
    let len = list.len() as f64;
    let i = if rel >= 0.0 { rel } else { len + rel };
    if i < 0.0 || i >= len {
        let shown = crate::number::to_js_string(raw);
        return range_error(format!("Invalid index : {shown}"));
    }
    for v in list.iter_mut() {
        *v = v.or_undefined();
    }
    list[i as usize] = arg(args, 1);
    Ok(Value::Obj(ops::new_array(ctx, list)?))
}
