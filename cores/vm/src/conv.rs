//! Type conversions of the ECMAScript spec: ToBoolean, ToPrimitive,
//! ToNumber, ToString, ToPropertyKey and the integer conversions.

use crate::atoms;
use crate::error::{Interrupt, JsResult};
use crate::number;
use crate::object::ObjKind;
use crate::string::{JsStr, StrBuilder};
use crate::value::{ObjId, StrId, Value};
use crate::Ctx;

/// A property key: an array index, or an interned string.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Key {
    Index(u32),
    Atom(StrId),
}

#[inline]
pub fn to_boolean(ctx: &Ctx, v: Value) -> bool {
    match v {
        Value::Undefined | Value::Null | Value::Empty => false,
        Value::Bool(b) => b,
        Value::Num(n) => !(n == 0.0 || n.is_nan()),
        Value::Str(s) => !ctx.heap.str(s).is_empty(),
        Value::Obj(_) | Value::Cell(_) => true,
    }
}

#[derive(Copy, Clone, PartialEq, Eq)]
pub enum Hint {
    Default,
    Number,
    String,
}

/// Where a method found on an object's chain comes from.
fn user_method(ctx: &Ctx, o: ObjId, key: StrId) -> Option<Value> {
    let v = crate::ops::get_obj(ctx, o, Key::Atom(key), Value::Obj(o)).ok()?;
    match v {
        Value::Obj(f)
            if matches!(
                ctx.heap.obj(f).kind,
                ObjKind::Closure { .. } | ObjKind::Bound { .. }
            ) =>
        {
            Some(v)
        }
        _ => None,
    }
}

/// Whether OrdinaryToPrimitive finds a callable `toString` or `valueOf`
/// (an `Object.create(null)` object, or `{ toString: 1, valueOf: 2 }`, does not).
fn has_conversion(ctx: &Ctx, o: ObjId) -> bool {
    [atoms::TO_STRING, atoms::VALUE_OF].into_iter().any(|name| {
        matches!(
            crate::ops::get_obj(ctx, o, Key::Atom(name), Value::Obj(o)),
            Ok(Value::Obj(f)) if ctx.heap.obj(f).is_callable()
        )
    })
}

/// ToPrimitive. Objects whose `valueOf`/`toString` is user code answer
/// [`Interrupt::NeedsJs`]: the caller redoes the operation in JavaScript.
pub fn to_primitive(ctx: &mut Ctx, v: Value, hint: Hint) -> JsResult<Value> {
    let Value::Obj(o) = v else {
        return Ok(v);
    };
    if user_method(ctx, o, atoms::VALUE_OF).is_some()
        || user_method(ctx, o, atoms::TO_STRING).is_some()
    {
        return Err(Interrupt::NeedsJs);
    }
    if !has_conversion(ctx, o) {
        return crate::error::type_error("Cannot convert object to primitive value");
    }
    match &ctx.heap.obj(o).kind {
        ObjKind::Primitive(p) => Ok(*p),
        ObjKind::Date(t) if hint == Hint::Number => Ok(Value::Num(*t)),
        _ => Ok(Value::Str(object_to_string(ctx, o)?)),
    }
}

/// The built-in `toString` of an object (no user code involved).
fn object_to_string(ctx: &mut Ctx, o: ObjId) -> JsResult<StrId> {
    let mut b = StrBuilder::new();
    if matches!(ctx.heap.obj(o).kind, ObjKind::Array(_)) {
        write_array(ctx, o, &mut b)?;
    } else {
        write_object(ctx, o, &mut b)?;
    }
    ctx.heap.intern_or_alloc(b.finish())
}

/// Nesting of arrays inside arrays that `join` follows, like V8's stack limit.
const MAX_JOIN_DEPTH: usize = 10_000;

/// `Array.prototype.join(",")` over nested arrays with an explicit stack
/// (never Rust recursion); an array met again inside itself prints empty.
fn write_array(ctx: &mut Ctx, root: ObjId, b: &mut StrBuilder) -> JsResult<()> {
    let mut stack: Vec<(ObjId, usize)> = vec![(root, 0)];
    let mut open: ahash::AHashSet<ObjId> = ahash::AHashSet::new();
    open.insert(root);
    while let Some(&mut (arr, ref mut i)) = stack.last_mut() {
        let elem = match &ctx.heap.obj(arr).kind {
            ObjKind::Array(elems) => elems.get(*i).copied(),
            _ => None,
        };
        let Some(e) = elem else {
            stack.pop();
            open.remove(&arr);
            continue;
        };
        if *i > 0 {
            b.push_unit(b',' as u16);
        }
        *i += 1;
        ctx.charge(1)?;
        match e {
            Value::Undefined | Value::Null | Value::Empty => {}
            Value::Obj(inner) => {
                if user_method(ctx, inner, atoms::TO_STRING).is_some()
                    || user_method(ctx, inner, atoms::VALUE_OF).is_some()
                {
                    return Err(Interrupt::NeedsJs);
                }
                if matches!(ctx.heap.obj(inner).kind, ObjKind::Array(_)) {
                    if open.contains(&inner) {
                        continue;
                    }
                    if stack.len() >= MAX_JOIN_DEPTH {
                        return crate::error::range_error("Maximum call stack size exceeded");
                    }
                    open.insert(inner);
                    stack.push((inner, 0));
                } else {
                    write_object(ctx, inner, b)?;
                }
            }
            v => {
                let s = to_string(ctx, v)?;
                b.push_js(ctx.heap.str(s));
            }
        }
        if b.len() > ctx.heap.max_string {
            return crate::error::limit_error(
                crate::error::LimitKind::StringSize,
                format!(
                    "string length exceeds the cap of {} code units",
                    ctx.heap.max_string
                ),
            );
        }
    }
    Ok(())
}

/// ToString of a non-array object.
fn write_object(ctx: &mut Ctx, o: ObjId, b: &mut StrBuilder) -> JsResult<()> {
    let obj = ctx.heap.obj(o);
    match &obj.kind {
        ObjKind::Array(_) => write_array(ctx, o, b)?,
        ObjKind::Primitive(p) => {
            let p = *p;
            let s = to_string(ctx, p)?;
            b.push_js(ctx.heap.str(s));
        }
        ObjKind::Closure { name, .. } => match ctx.function_source(o) {
            Some(text) => {
                let text = text.to_string();
                b.push_str(&text);
            }
            None => {
                let n = ctx.heap.str(*name).to_rust_string();
                b.push_str(&format!("function {n}() {{ [native code] }}"));
            }
        },
        ObjKind::Native { name, .. } => {
            b.push_str("function ");
            b.push_js(ctx.heap.str(*name));
            b.push_str("() { [native code] }");
        }
        ObjKind::Bound { .. } => b.push_str("function () { [native code] }"),
        ObjKind::Error => {
            let name = crate::ops::get_obj(ctx, o, Key::Atom(atoms::NAME), Value::Obj(o))?;
            let msg = crate::ops::get_obj(ctx, o, Key::Atom(atoms::MESSAGE), Value::Obj(o))?;
            let name = if matches!(name, Value::Undefined) {
                Value::Str(atoms::ERROR)
            } else {
                name
            };
            let name = to_string(ctx, name)?;
            let msg = if matches!(msg, Value::Undefined) {
                Value::Str(atoms::EMPTY)
            } else {
                msg
            };
            let msg = to_string(ctx, msg)?;
            b.push_js(ctx.heap.str(name));
            if !ctx.heap.str(msg).is_empty() {
                if !ctx.heap.str(name).is_empty() {
                    b.push_str(": ");
                }
                b.push_js(ctx.heap.str(msg));
            }
        }
        ObjKind::Date(t) => {
            let t = *t;
            b.push_str(&crate::builtins::date::date_to_string(t));
        }
        ObjKind::Map(_)
        | ObjKind::Set(_)
        | ObjKind::Arguments(_)
        | ObjKind::Iterator(_)
        | ObjKind::Ordinary
        | ObjKind::Host { .. } => {
            let tag = crate::builtins::intrinsics::class_tag(ctx, o);
            b.push_str("[object ");
            b.push_str(tag);
            b.push_str("]");
        }
    }
    Ok(())
}

pub fn to_number(ctx: &mut Ctx, v: Value) -> JsResult<f64> {
    Ok(match v {
        Value::Num(n) => n,
        Value::Undefined | Value::Empty | Value::Cell(_) => f64::NAN,
        Value::Null => 0.0,
        Value::Bool(b) => b as u8 as f64,
        Value::Str(s) => str_to_number(ctx.heap.str(s)),
        Value::Obj(_) => {
            let p = to_primitive(ctx, v, Hint::Number)?;
            to_number(ctx, p)?
        }
    })
}

pub fn str_to_number(s: &JsStr) -> f64 {
    if let Some(b) = s.as_ascii() {
        // Fast path for plain decimal integers.
        if !b.is_empty() && b.len() < 16 && b.iter().all(|c| c.is_ascii_digit()) {
            return b
                .iter()
                .fold(0f64, |acc, &c| acc * 10.0 + (c - b'0') as f64);
        }
    }
    number::parse_js_number(&s.units())
}

/// ToString, producing an interned string for short results.
pub fn to_string(ctx: &mut Ctx, v: Value) -> JsResult<StrId> {
    Ok(match v {
        Value::Str(s) => s,
        Value::Undefined | Value::Empty | Value::Cell(_) => atoms::UNDEFINED,
        Value::Null => atoms::NULL,
        Value::Bool(true) => atoms::TRUE,
        Value::Bool(false) => atoms::FALSE,
        Value::Num(n) => number_to_str(ctx, n)?,
        Value::Obj(_) => {
            let p = to_primitive(ctx, v, Hint::String)?;
            to_string(ctx, p)?
        }
    })
}

pub fn number_to_str(ctx: &mut Ctx, n: f64) -> JsResult<StrId> {
    // 0-9 (and -0, which prints "0"); `as` saturates, so NaN and the
    // rest fail the round trip.
    let i = n as u32;
    if i < 10 && i as f64 == n {
        return Ok(atoms::ascii_char(b'0' + i as u8));
    }
    if n.is_nan() {
        return Ok(atoms::NAN);
    }
    // A number's text is ASCII: bytes straight into the string.
    ctx.heap.intern(number::with_js_str(n, |t| {
        JsStr::Ascii(t.as_bytes().into())
    }))
}

/// Converts to a property key; numbers that are array indices stay numeric.
pub fn to_key(ctx: &mut Ctx, v: Value) -> JsResult<Key> {
    match v {
        Value::Num(n) => {
            let i = n as u32;
            if i as f64 == n && i != u32::MAX {
                Ok(Key::Index(i))
            } else {
                let s = number_to_str(ctx, n)?;
                Ok(Key::Atom(s))
            }
        }
        Value::Str(s) => str_key(ctx, s),
        _ => {
            let s = to_string(ctx, v)?;
            str_key(ctx, s)
        }
    }
}

pub fn str_key(ctx: &mut Ctx, s: StrId) -> JsResult<Key> {
    let js = ctx.heap.str(s);
    if let Some(i) = js.as_index() {
        return Ok(Key::Index(i));
    }
    Ok(Key::Atom(ctx.heap.atom_of(s)?))
}

/// The key for string `s` without interning: `None` when no layer interned
/// it (then no object can have it as a property).
pub fn str_key_lookup(ctx: &Ctx, s: StrId) -> Option<Key> {
    let js = ctx.heap.str(s);
    if let Some(i) = js.as_index() {
        return Some(Key::Index(i));
    }
    ctx.heap.find_atom(s).map(Key::Atom)
}

/// The string atom of a key (interning index keys).
pub fn key_atom(ctx: &mut Ctx, key: Key) -> JsResult<StrId> {
    match key {
        Key::Atom(a) => Ok(a),
        Key::Index(i) => number_to_str(ctx, i as f64),
    }
}

pub fn to_int32(n: f64) -> i32 {
    if n.is_finite() && n.abs() < 2147483648.0 {
        return n as i32;
    }
    to_uint32(n) as i32
}

pub fn to_uint32(n: f64) -> u32 {
    if !n.is_finite() {
        return 0;
    }
    let t = n.trunc();
    let m = t.rem_euclid(4294967296.0);
    m as u32
}

/// ToIntegerOrInfinity.
pub fn to_integer(n: f64) -> f64 {
    if n.is_nan() {
        0.0
    } else {
        n.trunc() + 0.0
    }
}

/// Relative index argument (`slice(-2)`), clamped to `[0, len]`.
pub fn relative_index(n: f64, len: usize) -> usize {
    let n = to_integer(n);
    let len_f = len as f64;
    if n < 0.0 {
        (len_f + n).max(0.0) as usize
    } else {
        n.min(len_f) as usize
    }
}

pub fn typeof_atom(ctx: &Ctx, v: Value) -> StrId {
    match v {
        Value::Undefined | Value::Empty | Value::Cell(_) => atoms::UNDEFINED,
        Value::Null => atoms::OBJECT,
        Value::Bool(_) => atoms::BOOLEAN,
        Value::Num(_) => atoms::NUMBER,
        Value::Str(_) => atoms::STRING,
        Value::Obj(o) => {
            if ctx.heap.obj(o).is_callable() {
                atoms::FUNCTION
            } else {
                atoms::OBJECT
            }
        }
    }
}
