//! Built-ins: `Map` and `Set` (insertion order, SameValueZero keys).
//! `forEach` and `Map.groupBy` take callbacks: see `prelude/map_set.js`.
//!
//! `size` is answered by `ops::get_own` for Map and Set objects ([`map_size`]
//! is the same number for Rust callers). Deleting leaves a tombstone so live
//! iterators keep their place; `clear` empties the storage (an iterator that
//! outlives a `clear` and then sees new entries may skip some of them).

use super::array::iter::{iterate, new_iterator, not_iterable};
use super::intrinsics::describe;
use super::{arg, Builder};
use crate::conv::Key;
use crate::error::{type_error, JsResult};
use crate::object::{IterSource, IterYield, MapData, MapKey, ObjKind, Object};
use crate::ops;
use crate::value::{ObjId, Value};
use crate::Ctx;

pub fn install(b: &mut Builder) {
    let r = b.realm();
    let m = b.constructor("Map", map_call, map_new, 0, r.map_proto);
    b.method(r.map_proto, "get", map_get, 1);
    b.method(r.map_proto, "set", map_set, 2);
    b.method(r.map_proto, "has", map_has, 1);
    b.method(r.map_proto, "delete", map_delete, 1);
    b.method(r.map_proto, "clear", map_clear, 0);
    b.method(r.map_proto, "entries", map_entries, 0);
    b.method(r.map_proto, "keys", map_keys, 0);
    b.method(r.map_proto, "values", map_values, 0);
    b.global("Map", Value::Obj(m));

    let s = b.constructor("Set", set_call, set_new, 0, r.set_proto);
    b.method(r.set_proto, "has", set_has, 1);
    b.method(r.set_proto, "add", set_add, 1);
    b.method(r.set_proto, "delete", set_delete, 1);
    b.method(r.set_proto, "clear", set_clear, 0);
    b.method(r.set_proto, "entries", set_entries, 0);
    // `Set.prototype.keys === Set.prototype.values`.
    let values = b.method(r.set_proto, "values", set_values, 0);
    b.value(r.set_proto, "keys", Value::Obj(values));
    b.global("Set", Value::Obj(s));
}

/// Entries of a Map or Set object (what `size` reports), else None.
pub fn map_size(ctx: &Ctx, o: ObjId) -> Option<usize> {
    match &ctx.heap.obj(o).kind {
        ObjKind::Map(d) | ObjKind::Set(d) => Some(d.live),
        _ => None,
    }
}

fn map_call(_: &mut Ctx, _: Value, _: &[Value]) -> JsResult<Value> {
    type_error("Constructor Map requires 'new'")
}
fn set_call(_: &mut Ctx, _: Value, _: &[Value]) -> JsResult<Value> {
    type_error("Constructor Set requires 'new'")
}

/// The key of `v` under SameValueZero. Strings key by their canonical id:
/// with `intern` false a string nobody interned cannot be a key yet (None).
fn map_key(ctx: &mut Ctx, v: Value, intern: bool) -> JsResult<Option<MapKey>> {
    Ok(Some(match v {
        Value::Undefined | Value::Empty | Value::Cell(_) => MapKey::Undefined,
        Value::Null => MapKey::Null,
        Value::Bool(b) => MapKey::Bool(b),
        Value::Num(0.0) => MapKey::Num(0f64.to_bits()),
        Value::Num(n) if n.is_nan() => MapKey::Num(f64::NAN.to_bits()),
        Value::Num(n) => MapKey::Num(n.to_bits()),
        Value::Obj(o) => MapKey::Obj(o),
        Value::Str(s) => {
            if intern {
                MapKey::Str(ctx.heap.atom_of(s)?)
            } else {
                match ctx.heap.find_atom(s) {
                    Some(a) => MapKey::Str(a),
                    None => return Ok(None),
                }
            }
        }
    }))
}

/// The data of `this` if it is a Map (`set` false) or Set (`set` true).
fn data<'a>(ctx: &'a mut Ctx, this: Value, set: bool, method: &str) -> JsResult<&'a mut MapData> {
    let ok = matches!(this, Value::Obj(o) if match ctx.heap.obj(o).kind {
        ObjKind::Map(_) => !set,
        ObjKind::Set(_) => set,
        _ => false,
    });
    if !ok {
        let d = describe(ctx, this);
        let class = if set { "Set" } else { "Map" };
        return type_error(format!(
            "Method {class}.prototype.{method} called on incompatible receiver {d}"
        ));
    }
    let Value::Obj(o) = this else {
        unreachable!("checked above")
    };
    match &mut ctx.heap.obj_mut(o)?.kind {
        ObjKind::Map(d) | ObjKind::Set(d) => Ok(d),
        _ => type_error("not a Map or Set"),
    }
}

/// Read-only variant of [`data`] (works on frozen-layer maps too).
fn data_ref<'a>(ctx: &'a mut Ctx, this: Value, set: bool, method: &str) -> JsResult<&'a MapData> {
    if let Value::Obj(o) = this {
        match &ctx.heap.obj(o).kind {
            ObjKind::Map(_) if !set => {}
            ObjKind::Set(_) if set => {}
            _ => return data(ctx, this, set, method).map(|d| &*d),
        }
        return match &ctx.heap.obj(o).kind {
            ObjKind::Map(d) | ObjKind::Set(d) => Ok(d),
            _ => type_error("not a Map or Set"),
        };
    }
    data(ctx, this, set, method).map(|d| &*d)
}

fn find(ctx: &mut Ctx, this: Value, set: bool, method: &str, key: Value) -> JsResult<Option<u32>> {
    let k = map_key(ctx, key, false)?;
    let d = data_ref(ctx, this, set, method)?;
    Ok(k.and_then(|k| d.index.get(&k).copied()))
}

/// Inserts or updates `key` (normalising -0 to +0, as JavaScript does).
fn insert(
    ctx: &mut Ctx,
    this: Value,
    set: bool,
    method: &str,
    key: Value,
    val: Value,
) -> JsResult<()> {
    data(ctx, this, set, method)?;
    let key = match key {
        Value::Num(0.0) => Value::Num(0.0),
        Value::Empty => Value::Undefined,
        k => k,
    };
    let Some(k) = map_key(ctx, key, true)? else {
        return Ok(());
    };
    let len = data_ref(ctx, this, set, method)?.entries.len();
    let d = data(ctx, this, set, method)?;
    if let Some(&i) = d.index.get(&k) {
        if let Some(Some(e)) = d.entries.get_mut(i as usize) {
            e.1 = val;
        }
        return Ok(());
    }
    ctx.heap.check_array_len(len + 1)?;
    ctx.heap.charge(48)?;
    let d = data(ctx, this, set, method)?;
    d.entries.push(Some((key, val)));
    d.index.insert(k, len as u32);
    d.live += 1;
    Ok(())
}

fn remove(ctx: &mut Ctx, this: Value, set: bool, method: &str, key: Value) -> JsResult<Value> {
    let Some(i) = find(ctx, this, set, method, key)? else {
        return Ok(Value::Bool(false));
    };
    let k = map_key(ctx, key, false)?;
    let d = data(ctx, this, set, method)?;
    if let Some(k) = k {
        d.index.remove(&k);
    }
    if let Some(slot) = d.entries.get_mut(i as usize) {
        *slot = None;
    }
    d.live -= 1;
    Ok(Value::Bool(true))
}

fn clear(ctx: &mut Ctx, this: Value, set: bool) -> JsResult<Value> {
    let d = data(ctx, this, set, "clear")?;
    d.entries.clear();
    d.index.clear();
    d.live = 0;
    Ok(Value::Undefined)
}

/// Fills a new Map or Set from an iterable argument.
fn fill(ctx: &mut Ctx, this: Value, set: bool, iterable: Value) -> JsResult<()> {
    if iterable.is_nullish() {
        return Ok(());
    }
    let Some(items) = iterate(ctx, iterable)? else {
        return not_iterable(ctx, iterable);
    };
    ctx.charge(items.len() as u64)?;
    for item in items {
        if set {
            insert(ctx, this, true, "add", item, Value::Undefined)?;
            continue;
        }
        if !matches!(item, Value::Obj(_)) {
            let d = describe(ctx, item);
            return type_error(format!("Iterator value {d} is not an entry object"));
        }
        let k = ops::get(ctx, item, Key::Index(0))?;
        let v = ops::get(ctx, item, Key::Index(1))?;
        insert(ctx, this, false, "set", k, v)?;
    }
    Ok(())
}

fn map_new(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let proto = ctx.realm.map_proto;
    let m = Value::Obj(
        ctx.heap
            .alloc(Object::new(Some(proto), ObjKind::Map(MapData::default())))?,
    );
    fill(ctx, m, false, arg(args, 0))?;
    Ok(m)
}

fn set_new(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let proto = ctx.realm.set_proto;
    let s = Value::Obj(
        ctx.heap
            .alloc(Object::new(Some(proto), ObjKind::Set(MapData::default())))?,
    );
    fill(ctx, s, true, arg(args, 0))?;
    Ok(s)
}

fn map_get(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let Some(i) = find(ctx, this, false, "get", arg(args, 0))? else {
        return Ok(Value::Undefined);
    };
    let d = data_ref(ctx, this, false, "get")?;
    Ok(d.entries
        .get(i as usize)
        .copied()
        .flatten()
        .map_or(Value::Undefined, |e| e.1))
}

fn map_set(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    insert(ctx, this, false, "set", arg(args, 0), arg(args, 1))?;
    Ok(this)
}

fn map_has(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(
        find(ctx, this, false, "has", arg(args, 0))?.is_some(),
    ))
}

fn map_delete(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    remove(ctx, this, false, "delete", arg(args, 0))
}

fn map_clear(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    clear(ctx, this, false)
}

fn iter_of(ctx: &mut Ctx, this: Value, set: bool, method: &str, y: IterYield) -> JsResult<Value> {
    data_ref(ctx, this, set, method)?;
    let Value::Obj(o) = this else {
        unreachable!("data_ref checked the receiver")
    };
    new_iterator(ctx, IterSource::Map(o), y)
}

fn map_entries(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    iter_of(ctx, this, false, "entries", IterYield::Entries)
}
fn map_keys(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    iter_of(ctx, this, false, "keys", IterYield::Keys)
}
fn map_values(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    iter_of(ctx, this, false, "values", IterYield::Values)
}

fn set_has(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(
        find(ctx, this, true, "has", arg(args, 0))?.is_some(),
    ))
}

fn set_add(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    insert(ctx, this, true, "add", arg(args, 0), Value::Undefined)?;
    Ok(this)
}

fn set_delete(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    remove(ctx, this, true, "delete", arg(args, 0))
}

fn set_clear(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    clear(ctx, this, true)
}

fn set_entries(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    iter_of(ctx, this, true, "entries", IterYield::Entries)
}
fn set_values(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    iter_of(ctx, this, true, "values", IterYield::Values)
}

#[cfg(test)]
mod tests;
