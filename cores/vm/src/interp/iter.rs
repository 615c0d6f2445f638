//! Iteration for the interpreter (for-of, for-in, destructuring): iterator
//! objects over the built-in iterables, stepped by the same code as their
//! `next()` ([`crate::builtins::array::iter`]).

use crate::builtins::array::iter::new_iterator;
use crate::error::JsResult;
use crate::object::{IterSource, IterYield, ObjKind};
use crate::ops;
use crate::value::{ObjId, Value};
use crate::Ctx;
use ahash::AHashSet;

pub use crate::builtins::array::iter::step as iter_step;

/// An iterator object for `v`, or `None` when `v` is not iterable.
pub fn make_iter(ctx: &mut Ctx, v: Value) -> JsResult<Option<ObjId>> {
    let (source, yields) = match v {
        Value::Str(s) => (IterSource::Str(s), IterYield::Values),
        Value::Obj(o) => match &ctx.heap.obj(o).kind {
            ObjKind::Array(_) | ObjKind::Arguments(_) => (IterSource::Array(o), IterYield::Values),
            ObjKind::Map(_) => (IterSource::Map(o), IterYield::Entries),
            ObjKind::Set(_) => (IterSource::Map(o), IterYield::Values),
            ObjKind::Iterator(_) => return Ok(Some(o)),
            ObjKind::Primitive(Value::Str(s)) => (IterSource::Str(*s), IterYield::Values),
            _ => return Ok(None),
        },
        _ => return Ok(None),
    };
    Ok(new_iterator(ctx, source, yields)?.as_obj())
}

/// The iterator over `v`'s enumerable string keys, own then inherited
/// (for-in). Nullish gives an empty iteration.
pub fn for_in_iter(ctx: &mut Ctx, v: Value) -> JsResult<ObjId> {
    let mut keys = Vec::new();
    let mut of = None;
    match v {
        Value::Str(s) => {
            for i in 0..ctx.heap.str(s).len() {
                keys.push(Value::Str(crate::conv::number_to_str(ctx, i as f64)?));
            }
        }
        Value::Obj(o) => {
            of = Some(o);
            // Keys are canonical (interned) strings: a set of ids dedupes
            // names shadowed along the prototype chain.
            let mut seen = AHashSet::new();
            let mut cur = Some(o);
            let mut depth = 0;
            while let Some(c) = cur {
                for k in ops::own_keys(ctx, c)? {
                    if let Value::Str(id) = k {
                        if seen.insert(id) {
                            keys.push(k);
                        }
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
    let it = new_iterator(ctx, IterSource::Keys(of, keys), IterYield::Values)?;
    Ok(it.as_obj().expect("an iterator is an object"))
}
