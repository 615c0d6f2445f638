//! Iteration without user code: arrays, strings (by code point), Map, Set,
//! iterator objects, and the key lists of for-in.

use crate::atoms;
use crate::conv;
use crate::error::JsResult;
use crate::object::{IterSource, IterState, IterYield, ObjKind, Object};
use crate::ops;
use crate::string::JsStr;
use crate::value::{ObjId, Value};
use crate::Ctx;

/// An iterator object for `v`, or `None` when `v` is not iterable.
pub fn make_iter(ctx: &mut Ctx, v: Value) -> JsResult<Option<ObjId>> {
    let (source, yields) = match v {
        Value::Str(s) => (IterSource::Str(s), IterYield::Values),
        Value::Obj(o) => match &ctx.heap.obj(o).kind {
            ObjKind::Array(_) | ObjKind::Arguments(_) => (IterSource::Array(o), IterYield::Values),
            ObjKind::Map(_) => (IterSource::Map(o), IterYield::Entries),
            ObjKind::Set(_) => (IterSource::Map(o), IterYield::Keys),
            ObjKind::Iterator(_) => return Ok(Some(o)),
            ObjKind::Primitive(Value::Str(s)) => (IterSource::Str(*s), IterYield::Values),
            _ => return Ok(None),
        },
        _ => return Ok(None),
    };
    Ok(Some(new_iter(ctx, source, yields)?))
}

/// Whether `v` can be iterated without user code (the kinds of [`make_iter`]).
pub fn is_iterable(ctx: &Ctx, v: Value) -> bool {
    match v {
        Value::Str(_) => true,
        Value::Obj(o) => matches!(
            ctx.heap.obj(o).kind,
            ObjKind::Array(_)
                | ObjKind::Arguments(_)
                | ObjKind::Map(_)
                | ObjKind::Set(_)
                | ObjKind::Iterator(_)
                | ObjKind::Primitive(Value::Str(_))
        ),
        _ => false,
    }
}

pub fn new_iter(ctx: &mut Ctx, source: IterSource, yields: IterYield) -> JsResult<ObjId> {
    let proto = ctx.realm.iterator_proto;
    let state = IterState {
        source,
        yields,
        pos: 0,
        done: false,
    };
    ctx.heap
        .alloc(Object::new(Some(proto), ObjKind::Iterator(Box::new(state))))
}

/// The iterator over `obj`'s enumerable string keys, own then inherited
/// (for-in). Nullish gives an empty iteration.
pub fn for_in_iter(ctx: &mut Ctx, v: Value) -> JsResult<ObjId> {
    let mut keys = Vec::new();
    match v {
        Value::Str(s) => {
            for i in 0..ctx.heap.str(s).len() {
                keys.push(Value::Str(crate::conv::number_to_str(ctx, i as f64)?));
            }
        }
        Value::Obj(o) => {
            let mut cur = Some(o);
            let mut depth = 0;
            while let Some(c) = cur {
                let own = ops::own_keys(ctx, c)?;
                for k in own {
                    if !keys.iter().any(|x| ops::strict_eq(ctx, *x, k)) {
                        keys.push(k);
                    }
                }
                cur = ctx.heap.obj(c).proto;
                depth += 1;
                if depth > 10_000 {
                    break;
                }
            }
        }
        _ => {}
    }
    ctx.charge(keys.len() as u64)?;
    let it = new_iter(ctx, IterSource::List(keys), IterYield::Values)?;
    // A key deleted during the loop is not visited: the (internal, never
    // exposed) iterator remembers its object under `input`.
    if let Value::Obj(o) = v {
        let obj = ctx.heap.obj_mut(it)?;
        obj.props.insert(atoms::INPUT, Value::Obj(o), None);
    }
    Ok(it)
}

/// Next value of an iterator object, `None` when done.
pub fn iter_step(ctx: &mut Ctx, it: ObjId) -> JsResult<Option<Value>> {
    let ObjKind::Iterator(st) = &ctx.heap.obj(it).kind else {
        return Ok(None);
    };
    if st.done {
        return Ok(None);
    }
    let (pos, yields) = (st.pos, st.yields);
    let step: Option<(Value, usize)> = match &st.source {
        IterSource::Array(a) => {
            let a = *a;
            match &ctx.heap.obj(a).kind {
                ObjKind::Array(v) | ObjKind::Arguments(v) if pos < v.len() => {
                    let x = v[pos].or_undefined();
                    let out = match yields {
                        IterYield::Values => x,
                        IterYield::Keys => Value::Num(pos as f64),
                        IterYield::Entries => {
                            Value::Obj(ops::new_array(ctx, vec![Value::Num(pos as f64), x])?)
                        }
                    };
                    Some((out, pos + 1))
                }
                _ => None,
            }
        }
        IterSource::Str(s) => {
            let js = ctx.heap.str(*s);
            match js.get(pos) {
                None => None,
                Some(u) => {
                    let pair = (0xD800..0xDC00).contains(&u)
                        && js
                            .get(pos + 1)
                            .is_some_and(|l| (0xDC00..0xE000).contains(&l));
                    let n = if pair { 2 } else { 1 };
                    let piece = if n == 1 {
                        Value::Str(ops::unit_string(ctx, u)?)
                    } else {
                        let s2 = JsStr::from_units(&[u, ctx.heap.str(*s).at(pos + 1)]);
                        Value::Str(ctx.heap.intern(s2)?)
                    };
                    Some((piece, pos + n))
                }
            }
        }
        IterSource::Map(m) => {
            let m = *m;
            let (entries_kind_set, found) = match &ctx.heap.obj(m).kind {
                ObjKind::Map(d) | ObjKind::Set(d) => {
                    let is_set = matches!(ctx.heap.obj(m).kind, ObjKind::Set(_));
                    let mut p = pos;
                    let mut found = None;
                    while p < d.entries.len() {
                        if let Some((k, v)) = d.entries[p] {
                            found = Some((k, v, p + 1));
                            break;
                        }
                        p += 1;
                    }
                    (is_set, found)
                }
                _ => (false, None),
            };
            match found {
                None => None,
                Some((k, v, next)) => {
                    let out = match yields {
                        IterYield::Keys => k,
                        IterYield::Values => {
                            if entries_kind_set {
                                k
                            } else {
                                v
                            }
                        }
                        IterYield::Entries => {
                            let second = if entries_kind_set { k } else { v };
                            Value::Obj(ops::new_array(ctx, vec![k, second])?)
                        }
                    };
                    Some((out, next))
                }
            }
        }
        IterSource::List(l) => {
            let target = ctx.heap.obj(it).props.get(atoms::INPUT);
            let mut p = pos;
            let mut found = None;
            while let Some(&k) = l.get(p) {
                p += 1;
                let live = match (target, k) {
                    (Some(Value::Obj(o)), Value::Str(s)) => {
                        let key = conv::str_key_lookup(ctx, s);
                        key.is_some_and(|key| ops::has_property(ctx, o, key))
                    }
                    _ => true,
                };
                if live {
                    found = Some((k, p));
                    break;
                }
            }
            found
        }
    };
    let obj = ctx.heap.obj_mut(it)?;
    let ObjKind::Iterator(st) = &mut obj.kind else {
        return Ok(None);
    };
    match step {
        Some((v, next)) => {
            st.pos = next;
            Ok(Some(v))
        }
        None => {
            st.done = true;
            Ok(None)
        }
    }
}
