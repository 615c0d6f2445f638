//! Built-ins: `Array`, `Array.prototype` and the iterators of arrays, maps,
//! sets and strings. Methods that take callbacks live in `prelude/array.js`.
//!
//! Natives work on real arrays in place; any other `this` (array-likes,
//! `arguments`, strings) is read into a list first and, for mutators,
//! written back property by property, as the generic spec algorithms do.

use super::Builder;
use crate::atoms;
use crate::conv::{self, Key};
use crate::error::{type_error, JsResult};
use crate::object::{ObjKind, FROZEN, NON_EXTENSIBLE};
use crate::ops;
use crate::value::{ObjId, Value};
use crate::Ctx;

mod ctor;
pub mod iter;
mod mutate;
mod read;
mod sort;

#[cfg(test)]
pub(crate) mod tests;

pub use crate::object::SEALED;

pub fn install(b: &mut Builder) {
    ctor::install(b);
    read::install(b);
    mutate::install(b);
    sort::install(b);
    iter::install(b);
}

/// `this` as a real array (or `arguments`), if it is one.
pub(crate) fn this_array(ctx: &Ctx, this: Value) -> Option<ObjId> {
    match this {
        Value::Obj(o)
            if matches!(
                ctx.heap.obj(o).kind,
                ObjKind::Array(_) | ObjKind::Arguments(_)
            ) =>
        {
            Some(o)
        }
        _ => None,
    }
}

/// The elements of an array or `arguments` object (empty for others).
pub(crate) fn elems(ctx: &Ctx, o: ObjId) -> &[Value] {
    match &ctx.heap.obj(o).kind {
        ObjKind::Array(a) | ObjKind::Arguments(a) => a,
        _ => &[],
    }
}

/// Mutable elements; fails on built-in and frozen-layer objects.
pub(crate) fn elems_mut(ctx: &mut Ctx, o: ObjId) -> JsResult<&mut Vec<Value>> {
    match &mut ctx.heap.obj_mut(o)?.kind {
        ObjKind::Array(a) | ObjKind::Arguments(a) => Ok(a),
        _ => type_error("not an array"),
    }
}

/// ToLength of a number, as a usize (the array cap bounds what we build).
pub(crate) fn to_length(n: f64) -> usize {
    let n = conv::to_integer(n);
    if n <= 0.0 {
        0
    } else {
        n.min(9007199254740991.0) as usize
    }
}

/// `O.length` of any object, as ToLength.
pub(crate) fn length_of(ctx: &mut Ctx, v: Value) -> JsResult<usize> {
    if let Some(o) = this_array(ctx, v) {
        return Ok(elems(ctx, o).len());
    }
    let l = ops::get(ctx, v, Key::Atom(atoms::LENGTH))?;
    Ok(to_length(conv::to_number(ctx, l)?))
}

/// ToObject's failure for `this` of Array methods.
pub(crate) fn require_object(this: Value) -> JsResult<()> {
    if this.is_nullish() {
        return type_error("Cannot convert undefined or null to object");
    }
    Ok(())
}

/// The elements of any `this`: arrays by copy, strings by code unit,
/// array-likes by `length` and indices (absent ones as holes).
pub(crate) fn to_list(ctx: &mut Ctx, this: Value) -> JsResult<Vec<Value>> {
    require_object(this)?;
    if let Some(o) = this_array(ctx, this) {
        let v = elems(ctx, o).to_vec();
        ctx.charge(v.len() as u64 / 8)?;
        return Ok(v);
    }
    match this {
        Value::Str(s) => {
            let n = ctx.heap.str(s).len();
            ctx.charge(n as u64)?;
            let mut out = Vec::with_capacity(n);
            for i in 0..n {
                let u = ctx.heap.str(s).at(i);
                out.push(Value::Str(ops::unit_string(ctx, u)?));
            }
            Ok(out)
        }
        Value::Obj(o) => {
            let n = length_of(ctx, this)?;
            ctx.heap.check_array_len(n)?;
            ctx.charge(n as u64)?;
            let mut out = Vec::with_capacity(n);
            for i in 0..n {
                let key = Key::Index(i as u32);
                out.push(if ops::has_property(ctx, o, key) {
                    ops::get_obj(ctx, o, key, this)?
                } else {
                    Value::Empty
                });
            }
            Ok(out)
        }
        _ => Ok(Vec::new()),
    }
}

/// Writes a list back into a non-array object: indices (holes deleted),
/// stale indices up to `old_len` deleted, then `length`.
pub(crate) fn write_back(
    ctx: &mut Ctx,
    this: Value,
    list: &[Value],
    old_len: usize,
) -> JsResult<()> {
    ctx.charge(list.len().max(old_len) as u64)?;
    for (i, &v) in list.iter().enumerate() {
        let key = Key::Index(i as u32);
        if matches!(v, Value::Empty) {
            ops::delete(ctx, this, key)?;
        } else {
            ops::set(ctx, this, key, v)?;
        }
    }
    for i in list.len()..old_len {
        ops::delete(ctx, this, Key::Index(i as u32))?;
    }
    ops::set(
        ctx,
        this,
        Key::Atom(atoms::LENGTH),
        Value::Num(list.len() as f64),
    )
}

/// What a mutator is about to do to an array, to raise the same TypeError
/// as V8 when the array is frozen, sealed or not extensible.
pub(crate) struct Change {
    pub old_len: usize,
    pub new_len: usize,
    /// The first element written (in spec order), if any.
    pub first_write: Option<usize>,
    /// Whether the method ends by setting `length`.
    pub sets_length: bool,
}

pub(crate) fn check_change(ctx: &Ctx, o: ObjId, c: &Change) -> JsResult<()> {
    let flags = ctx.heap.obj(o).flags;
    if flags == 0 {
        return Ok(());
    }
    let what = "[object Array]";
    let add = |i: usize| type_error(format!("Cannot add property {i}, object is not extensible"));
    let del = |i: usize| type_error(format!("Cannot delete property '{i}' of {what}"));
    if flags & FROZEN != 0 {
        if let Some(i) = c.first_write {
            if i < c.old_len {
                return type_error(format!(
                    "Cannot assign to read only property '{i}' of object '{what}'"
                ));
            }
            return add(i);
        }
        if c.new_len < c.old_len {
            return del(c.old_len - 1);
        }
        if c.sets_length {
            return type_error(format!(
                "Cannot assign to read only property 'length' of object '{what}'"
            ));
        }
        return Ok(());
    }
    if flags & NON_EXTENSIBLE != 0 {
        if let Some(i) = c.first_write {
            if i >= c.old_len {
                return add(i);
            }
        }
        if c.new_len > c.old_len {
            return add(c.old_len);
        }
    }
    if flags & SEALED != 0 && c.new_len < c.old_len {
        return del(c.old_len - 1);
    }
    Ok(())
}

/// Grows a run-layer array by `extra` elements' worth of memory.
pub(crate) fn charge_growth(ctx: &mut Ctx, extra: usize) -> JsResult<()> {
    ctx.heap.charge(extra.saturating_mul(16))
}
