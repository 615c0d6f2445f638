//! Iterator objects (`[].keys()`, `map.entries()` ...), their shared `next`,
//! and the native iteration that constructors (`new Map(iterable)`,
//! `Array.from`, `Object.fromEntries`) use for built-in iterables.

use super::{elems, this_array};
use crate::atoms;
use crate::builtins::Builder;
use crate::conv::Key;
use crate::error::{type_error, JsResult};
use crate::object::{IterSource, IterState, IterYield, ObjKind, Object};
use crate::ops;
use crate::string::JsStr;
use crate::value::{ObjId, Value};
use crate::Ctx;

pub fn install(b: &mut Builder) {
    let r = b.realm();
    b.method(r.array_proto, "keys", keys, 0);
    b.method(r.array_proto, "values", values, 0);
    b.method(r.array_proto, "entries", entries, 0);
    b.method(r.iterator_proto, "next", next, 0);
}

/// A new iterator object over `source`.
pub fn new_iterator(ctx: &mut Ctx, source: IterSource, yields: IterYield) -> JsResult<Value> {
    let st = IterState {
        source,
        yields,
        pos: 0,
        done: false,
    };
    let proto = ctx.realm.iterator_proto;
    let o = ctx
        .heap
        .alloc(Object::new(Some(proto), ObjKind::Iterator(Box::new(st))))?;
    Ok(Value::Obj(o))
}

fn array_iter(ctx: &mut Ctx, this: Value, yields: IterYield) -> JsResult<Value> {
    super::require_object(this)?;
    match this {
        Value::Obj(o) => new_iterator(ctx, IterSource::Array(o), yields),
        // Primitives iterate their wrapper's indices: a string by code unit
        // here (Array.prototype.values.call("ab")), through an array copy.
        _ => {
            let list = super::to_list(ctx, this)?;
            let a = ops::new_array(ctx, list)?;
            new_iterator(ctx, IterSource::Array(a), yields)
        }
    }
}

fn keys(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    array_iter(ctx, this, IterYield::Keys)
}
fn values(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    array_iter(ctx, this, IterYield::Values)
}
fn entries(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    array_iter(ctx, this, IterYield::Entries)
}

/// `%IteratorPrototype%.next`: `{ value, done }`.
fn next(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    let it = match this {
        Value::Obj(o) if matches!(ctx.heap.obj(o).kind, ObjKind::Iterator(_)) => o,
        _ => {
            let d = crate::builtins::intrinsics::describe(ctx, this);
            return type_error(format!(
                "Method Iterator.prototype.next called on incompatible receiver {d}"
            ));
        }
    };
    let step = step(ctx, it)?;
    let res = ops::new_object(ctx)?;
    let (value, done) = match step {
        Some(v) => (v, false),
        None => (Value::Undefined, true),
    };
    ops::set_obj(ctx, res, Key::Atom(atoms::VALUE), value)?;
    ops::set_obj(ctx, res, Key::Atom(atoms::DONE), Value::Bool(done))?;
    Ok(Value::Obj(res))
}

fn state(ctx: &Ctx, it: ObjId) -> Option<&IterState> {
    match &ctx.heap.obj(it).kind {
        ObjKind::Iterator(st) => Some(st),
        _ => None,
    }
}

fn state_mut(ctx: &mut Ctx, it: ObjId) -> JsResult<&mut IterState> {
    match &mut ctx.heap.obj_mut(it)?.kind {
        ObjKind::Iterator(st) => Ok(st),
        _ => type_error("not an iterator"),
    }
}

/// Advances an iterator object: the next value, or None when exhausted.
/// Live: arrays are read at their current length, maps skip tombstones.
pub fn step(ctx: &mut Ctx, it: ObjId) -> JsResult<Option<Value>> {
    let Some(st) = state(ctx, it) else {
        return Ok(None);
    };
    if st.done {
        return Ok(None);
    }
    let (pos, yields) = (st.pos, st.yields);
    if let IterSource::Keys(of, keys) = &st.source {
        let (item, new_pos) = next_key(ctx, *of, keys, pos);
        return finish(ctx, it, item, new_pos);
    }
    let source = st.source.clone();
    ctx.charge(1)?;
    let (item, new_pos) = match &source {
        IterSource::Array(a) => {
            let a = *a;
            let len = super::length_of(ctx, Value::Obj(a))?;
            if pos >= len {
                (None, pos)
            } else {
                let v = if this_array(ctx, Value::Obj(a)).is_some() {
                    elems(ctx, a)
                        .get(pos)
                        .copied()
                        .unwrap_or(Value::Undefined)
                        .or_undefined()
                } else {
                    ops::get_obj(ctx, a, Key::Index(pos as u32), Value::Obj(a))?
                };
                let item = match yields {
                    IterYield::Keys => Value::Num(pos as f64),
                    IterYield::Values => v,
                    IterYield::Entries => pair(ctx, Value::Num(pos as f64), v)?,
                };
                (Some(item), pos + 1)
            }
        }
        IterSource::Str(s) => {
            let s = *s;
            match code_point_at(ctx.heap.str(s), pos) {
                None => (None, pos),
                Some(n) => {
                    let piece = ctx.heap.str(s).slice(pos, pos + n);
                    let v = Value::Str(ctx.heap.intern_or_alloc(piece)?);
                    (Some(v), pos + n)
                }
            }
        }
        IterSource::Map(m) => {
            let m = *m;
            let is_set = matches!(ctx.heap.obj(m).kind, ObjKind::Set(_));
            let data = match &ctx.heap.obj(m).kind {
                ObjKind::Map(d) | ObjKind::Set(d) => d,
                _ => return Ok(None),
            };
            let mut p = pos;
            let mut found = None;
            while p < data.entries.len() {
                let e = data.entries[p];
                p += 1;
                if let Some(kv) = e {
                    found = Some(kv);
                    break;
                }
            }
            ctx.charge((p - pos) as u64 / 8)?;
            match found {
                None => (None, p),
                Some((k, v)) => {
                    let v = if is_set { k } else { v };
                    let item = match yields {
                        IterYield::Keys => k,
                        IterYield::Values => v,
                        IterYield::Entries => pair(ctx, k, v)?,
                    };
                    (Some(item), p)
                }
            }
        }
        IterSource::Keys(..) => (None, pos),
    };
    finish(ctx, it, item, new_pos)
}

/// Records a step's new position (and the end when there is no item).
fn finish(
    ctx: &mut Ctx,
    it: ObjId,
    item: Option<Value>,
    new_pos: usize,
) -> JsResult<Option<Value>> {
    let st = state_mut(ctx, it)?;
    st.pos = new_pos;
    if item.is_none() {
        st.done = true;
    }
    Ok(item)
}

/// The next for-in key from `pos` that `of` still has.
fn next_key(ctx: &Ctx, of: Option<ObjId>, keys: &[Value], pos: usize) -> (Option<Value>, usize) {
    let mut p = pos;
    while let Some(&k) = keys.get(p) {
        p += 1;
        let live = match (of, k) {
            (Some(o), Value::Str(s)) => crate::conv::str_key_lookup(ctx, s)
                .is_some_and(|key| ops::has_property(ctx, o, key)),
            _ => true,
        };
        if live {
            return (Some(k), p);
        }
    }
    (None, p)
}

fn pair(ctx: &mut Ctx, a: Value, b: Value) -> JsResult<Value> {
    Ok(Value::Obj(ops::new_array(ctx, vec![a, b])?))
}

/// Length in code units of the code point starting at `pos`, if any.
fn code_point_at(s: &JsStr, pos: usize) -> Option<usize> {
    let u = s.get(pos)?;
    if (0xD800..0xDC00).contains(&u) {
        if let Some(v) = s.get(pos + 1) {
            if (0xDC00..0xE000).contains(&v) {
                return Some(2);
            }
        }
    }
    Some(1)
}

/// The values a built-in iterable yields (`for...of` order): arrays,
/// `arguments`, strings by code point, Map entries as `[k, v]` arrays, Set
/// values, and iterator objects (drained). None when `v` is not iterable.
pub fn iterate(ctx: &mut Ctx, v: Value) -> JsResult<Option<Vec<Value>>> {
    match v {
        Value::Str(s) => {
            let n = ctx.heap.str(s).len();
            ctx.charge(n as u64 / 4)?;
            let mut out = Vec::new();
            let mut pos = 0;
            while let Some(k) = code_point_at(ctx.heap.str(s), pos) {
                let piece = ctx.heap.str(s).slice(pos, pos + k);
                out.push(Value::Str(ctx.heap.intern_or_alloc(piece)?));
                pos += k;
            }
            Ok(Some(out))
        }
        Value::Obj(o) => match &ctx.heap.obj(o).kind {
            ObjKind::Array(a) | ObjKind::Arguments(a) => {
                let out: Vec<Value> = a.iter().map(|v| v.or_undefined()).collect();
                ctx.charge(out.len() as u64 / 8)?;
                Ok(Some(out))
            }
            ObjKind::Map(_) | ObjKind::Set(_) => {
                let yields = if matches!(ctx.heap.obj(o).kind, ObjKind::Set(_)) {
                    IterYield::Values
                } else {
                    IterYield::Entries
                };
                let it = new_iterator(ctx, IterSource::Map(o), yields)?;
                drain(ctx, it).map(Some)
            }
            ObjKind::Iterator(_) => drain(ctx, v).map(Some),
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

/// Runs an iterator object to its end.
fn drain(ctx: &mut Ctx, it: Value) -> JsResult<Vec<Value>> {
    let Value::Obj(it) = it else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    while let Some(v) = step(ctx, it)? {
        ctx.heap.check_array_len(out.len() + 1)?;
        out.push(v);
    }
    Ok(out)
}

/// V8's `X is not iterable` message for a value `iterate` refused.
pub fn not_iterable<T>(ctx: &mut Ctx, v: Value) -> JsResult<T> {
    let shown = match v {
        Value::Undefined | Value::Empty => "undefined".to_string(),
        Value::Null => "object null".to_string(),
        Value::Obj(o) if ctx.heap.obj(o).is_callable() => "function".to_string(),
        Value::Obj(_) => "object".to_string(),
        _ => {
            let kind = ctx
                .heap
                .str(crate::conv::typeof_atom(ctx, v))
                .to_rust_string();
            format!("{kind} {}", ops::display_primitive(ctx, v))
        }
    };
    type_error(format!(
        "{shown} is not iterable (cannot read property Symbol(Symbol.iterator))"
    ))
}
