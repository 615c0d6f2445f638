//! `sort` and `toSorted`. Without a comparator they sort natively in the
//! default order (ToString, then UTF-16 code units; stable; `undefined`
//! last, holes after it). With a comparator the JavaScript twin in
//! `prelude/array.js` runs (the native answers NeedsJs).

use super::{check_change, length_of, require_object, this_array, to_list, write_back, Change};
use crate::builtins::{arg, Builder};
use crate::conv;
use crate::error::{type_error, Interrupt, JsResult};
use crate::number;
use crate::ops;
use crate::string::JsStr;
use crate::value::{StrId, Value};
use crate::Ctx;

pub fn install(b: &mut Builder) {
    let p = b.realm().array_proto;
    b.method(p, "sort", sort, 1);
    b.method(p, "toSorted", to_sorted, 1);
}

/// Refuses a non-function comparator; a function one needs JavaScript.
fn check_comparator(ctx: &Ctx, cmp: Value) -> JsResult<()> {
    match cmp {
        Value::Undefined => Ok(()),
        v if ctx.heap.is_callable(v) => Err(Interrupt::NeedsJs),
        _ => type_error("The comparison function must be either a function or undefined"),
    }
}

/// A sort key: an existing string, or the text of a number.
enum SortKey {
    Id(StrId),
    Own(JsStr),
}

fn key_str<'a>(heap: &'a crate::Heap, k: &'a SortKey) -> &'a JsStr {
    match k {
        SortKey::Id(s) => heap.str(*s),
        SortKey::Own(j) => j,
    }
}

/// Default-order sort of `list`: values by their string form (stable),
/// then the `undefined`s, then `holes` holes (or undefineds for toSorted).
fn sort_default(ctx: &mut Ctx, list: Vec<Value>, holes_as: Value) -> JsResult<Vec<Value>> {
    let n = list.len();
    let mut keyed: Vec<(SortKey, Value)> = Vec::with_capacity(n);
    let (mut undefs, mut holes) = (0usize, 0usize);
    for v in list {
        ctx.charge(1)?;
        let key = match v {
            Value::Empty => {
                holes += 1;
                continue;
            }
            Value::Undefined => {
                undefs += 1;
                continue;
            }
            Value::Str(s) => SortKey::Id(s),
            Value::Num(x) => SortKey::Own(JsStr::from_str(&number::to_js_string(x))),
            other => SortKey::Id(conv::to_string(ctx, other)?),
        };
        keyed.push((key, v));
    }
    // n log n comparisons, a unit per four.
    let log = (usize::BITS - keyed.len().leading_zeros()) as u64;
    ctx.charge(keyed.len() as u64 * log / 4)?;
    let heap = &ctx.heap;
    // Stable (merge sort), comparing by UTF-16 code units.
    keyed.sort_by(|a, b| key_str(heap, &a.0).cmp_units(key_str(heap, &b.0)));
    let mut out: Vec<Value> = keyed.into_iter().map(|(_, v)| v).collect();
    out.extend(std::iter::repeat_n(Value::Undefined, undefs));
    out.extend(std::iter::repeat_n(holes_as, holes));
    Ok(out)
}

fn sort(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    check_comparator(ctx, arg(args, 0))?;
    require_object(this)?;
    let list = to_list(ctx, this)?;
    let old = list.len();
    if let Some(o) = this_array(ctx, this) {
        let c = Change {
            old_len: old,
            new_len: old,
            first_write: (old >= 2).then_some(0),
            sets_length: false,
        };
        check_change(ctx, o, &c)?;
        let sorted = sort_default(ctx, list, Value::Empty)?;
        *super::elems_mut(ctx, o)? = sorted;
    } else if matches!(this, Value::Obj(_)) {
        let sorted = sort_default(ctx, list, Value::Empty)?;
        write_back(ctx, this, &sorted, old)?;
    }
    Ok(this)
}

fn to_sorted(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    check_comparator(ctx, arg(args, 0))?;
    require_object(this)?;
    let _ = length_of(ctx, this)?;
    let list = to_list(ctx, this)?;
    let sorted = sort_default(ctx, list, Value::Undefined)?;
    Ok(Value::Obj(ops::new_array(ctx, sorted)?))
}
