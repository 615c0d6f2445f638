//! Array methods that change `this` in place: push, pop, shift, unshift,
//! reverse, fill, copyWithin, splice.

use super::read::{int_arg, rel_arg};
use super::{check_change, length_of, require_object, this_array, to_list, write_back, Change};
use crate::builtins::{arg, Builder};
use crate::error::JsResult;
use crate::object::ObjKind;
use crate::ops;
use crate::value::Value;
use crate::Ctx;

pub fn install(b: &mut Builder) {
    let p = b.realm().array_proto;
    b.method(p, "push", push, 1);
    b.method(p, "pop", pop, 0);
    b.method(p, "shift", shift, 0);
    b.method(p, "unshift", unshift, 1);
    b.method(p, "reverse", reverse, 0);
    b.method(p, "fill", fill, 1);
    b.method(p, "copyWithin", copy_within, 2);
    b.method(p, "splice", splice, 2);
}

/// Applies `f` to the elements of `this`: in place for arrays (after the
/// frozen/sealed checks of `change`), through a list and write-back for
/// array-likes. Checks the array cap and charges memory for growth.
fn mutate<R>(
    ctx: &mut Ctx,
    this: Value,
    change: Change,
    f: impl FnOnce(&mut Ctx, &mut Vec<Value>) -> JsResult<R>,
) -> JsResult<R> {
    require_object(this)?;
    ctx.heap.check_array_len(change.new_len)?;
    if let Some(o) = this_array(ctx, this) {
        check_change(ctx, o, &change)?;
        let mut v = std::mem::take(super::elems_mut(ctx, o)?);
        let r = f(ctx, &mut v);
        let grown = v.len().saturating_sub(change.old_len);
        *super::elems_mut(ctx, o)? = v;
        super::charge_growth(ctx, grown)?;
        return r;
    }
    let mut list = to_list(ctx, this)?;
    let old = list.len();
    let r = f(ctx, &mut list)?;
    if matches!(this, Value::Obj(_)) {
        write_back(ctx, this, &list, old)?;
    }
    Ok(r)
}

fn push(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    // An extensible array of this run: appended in place, with the checks
    // and charges of the general path below, in its order.
    if let Value::Obj(o) = this {
        let obj = ctx.heap.obj(o);
        if let (ObjKind::Array(a), 0, false) = (&obj.kind, obj.flags, ctx.heap.is_frozen_layer(o)) {
            let new_len = a.len() + args.len();
            let fresh = a.capacity() == 0;
            ctx.heap.check_array_len(new_len)?;
            ctx.charge(args.len() as u64 / 4)?;
            // `[]` about to grow: start from a list a reset kept, if any.
            let reused = if fresh && !args.is_empty() {
                ctx.heap.take_array_vec()
            } else {
                None
            };
            if let ObjKind::Array(a) = &mut ctx.heap.obj_mut(o)?.kind {
                if let Some(v) = reused {
                    *a = v;
                }
                match args {
                    // One value (most calls): no slice copy.
                    [v] => a.push(*v),
                    _ => a.extend_from_slice(args),
                }
            }
            super::charge_growth(ctx, args.len())?;
            return Ok(Value::Num(new_len as f64));
        }
    }
    require_object(this)?;
    let old = length_of(ctx, this)?;
    let c = Change {
        old_len: old,
        new_len: old + args.len(),
        first_write: (!args.is_empty()).then_some(old),
        sets_length: true,
    };
    mutate(ctx, this, c, |ctx, v| {
        ctx.charge(args.len() as u64 / 4)?;
        v.extend_from_slice(args);
        Ok(Value::Num(v.len() as f64))
    })
}

fn pop(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    require_object(this)?;
    let old = length_of(ctx, this)?;
    let c = Change {
        old_len: old,
        new_len: old.saturating_sub(1),
        first_write: None,
        sets_length: true,
    };
    mutate(ctx, this, c, |_, v| {
        Ok(v.pop().map_or(Value::Undefined, Value::or_undefined))
    })
}

fn shift(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    require_object(this)?;
    let old = length_of(ctx, this)?;
    let c = Change {
        old_len: old,
        new_len: old.saturating_sub(1),
        first_write: (old >= 2).then_some(0),
        sets_length: true,
    };
    mutate(ctx, this, c, |ctx, v| {
        if v.is_empty() {
            return Ok(Value::Undefined);
        }
        ctx.charge(v.len() as u64 / 16)?;
        Ok(v.remove(0).or_undefined())
    })
}

fn unshift(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    require_object(this)?;
    let old = length_of(ctx, this)?;
    let c = Change {
        old_len: old,
        new_len: old + args.len(),
        first_write: (!args.is_empty()).then(|| old + args.len() - 1),
        sets_length: true,
    };
    mutate(ctx, this, c, |ctx, v| {
        ctx.charge((v.len() + args.len()) as u64 / 16)?;
        v.splice(0..0, args.iter().copied());
        Ok(Value::Num(v.len() as f64))
    })
}

fn reverse(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    require_object(this)?;
    let old = length_of(ctx, this)?;
    let c = Change {
        old_len: old,
        new_len: old,
        first_write: (old >= 2).then_some(0),
        sets_length: false,
    };
    mutate(ctx, this, c, |ctx, v| {
        ctx.charge(v.len() as u64 / 8)?;
        v.reverse();
        Ok(())
    })?;
    Ok(this)
}

fn fill(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    require_object(this)?;
    let len = length_of(ctx, this)?;
    let x = arg(args, 0);
    let start = rel_arg(ctx, args, 1, len, 0)?;
    let end = rel_arg(ctx, args, 2, len, len)?;
    let c = Change {
        old_len: len,
        new_len: len,
        first_write: (start < end).then_some(start),
        sets_length: false,
    };
    mutate(ctx, this, c, |ctx, v| {
        let end = end.min(v.len());
        if start < end {
            ctx.charge((end - start) as u64 / 4)?;
            v[start..end].fill(x);
        }
        Ok(())
    })?;
    Ok(this)
}

fn copy_within(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    require_object(this)?;
    let len = length_of(ctx, this)?;
    let to = rel_arg(ctx, args, 0, len, 0)?;
    let from = rel_arg(ctx, args, 1, len, 0)?;
    let end = rel_arg(ctx, args, 2, len, len)?;
    let count = end.saturating_sub(from).min(len - to);
    let backwards = from < to && to < from + count;
    let c = Change {
        old_len: len,
        new_len: len,
        first_write: (count > 0).then_some(if backwards { to + count - 1 } else { to }),
        sets_length: false,
    };
    mutate(ctx, this, c, |ctx, v| {
        if count > 0 && from + count <= v.len() && to + count <= v.len() {
            ctx.charge(count as u64 / 4)?;
            v.copy_within(from..from + count, to);
        }
        Ok(())
    })?;
    Ok(this)
}

fn splice(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    require_object(this)?;
    let len = length_of(ctx, this)?;
    let start = rel_arg(ctx, args, 0, len, 0)?;
    let del = match args.len() {
        0 => 0,
        1 => len - start,
        _ => int_arg(ctx, args, 1)?.clamp(0.0, (len - start) as f64) as usize,
    };
    let items = args.get(2..).unwrap_or(&[]);
    let new_len = len - del + items.len();
    let first_write = if items.len() < del {
        (start + del < len).then_some(start + items.len())
    } else if items.len() > del && start + del < len {
        Some(new_len - 1)
    } else {
        (!items.is_empty()).then_some(start)
    };
    let c = Change {
        old_len: len,
        new_len,
        first_write,
        sets_length: true,
    };
    let removed = mutate(ctx, this, c, |ctx, v| {
        let start = start.min(v.len());
        let end = (start + del).min(v.len());
        ctx.charge((v.len() - start + items.len()) as u64 / 8)?;
        Ok(v.splice(start..end, items.iter().copied())
            .collect::<Vec<_>>())
    })?;
    Ok(Value::Obj(ops::new_array(ctx, removed)?))
}
