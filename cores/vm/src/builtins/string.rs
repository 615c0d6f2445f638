//! Built-ins: `String` (constructor, `fromCharCode`, `fromCodePoint`,
//! `raw`) and every `String.prototype` method that needs no RegExp.
//! Submodules: `search` (indexOf family, split, replace), `case` (case
//! mapping, normalization, well-formedness, localeCompare).
//!
//! All methods work on UTF-16 code units like JavaScript; ASCII strings
//! stay on byte fast paths. Results longer than the string cap fail with
//! the StringSize limit before any big buffer is built.

mod case;
mod search;

use super::{arg, Builder};
use crate::atoms;
use crate::conv::{self, to_number};
use crate::error::{limit_error, range_error, type_error, JsResult, LimitKind};
use crate::object::{ObjKind, Object};
use crate::ops;
use crate::string::{JsStr, StrBuilder};
use crate::value::{StrId, Value};
use crate::Ctx;

pub fn install(b: &mut Builder) {
    let proto = b.realm().string_proto;
    let ctor = b.constructor("String", string_call, string_new, 1, proto);
    b.global("String", Value::Obj(ctor));
    b.method(ctor, "fromCharCode", from_char_code, 1);
    b.method(ctor, "fromCodePoint", from_code_point, 1);
    b.method(ctor, "raw", raw, 1);

    let methods: &[(&str, crate::object::NativeFn, u8)] = &[
        ("at", at, 1),
        ("charAt", char_at, 1),
        ("charCodeAt", char_code_at, 1),
        ("codePointAt", code_point_at, 1),
        ("concat", concat, 1),
        ("endsWith", search::ends_with, 1),
        ("includes", search::includes, 1),
        ("indexOf", search::index_of, 1),
        ("lastIndexOf", search::last_index_of, 1),
        ("localeCompare", case::locale_compare, 1),
        ("normalize", case::normalize, 0),
        ("padEnd", pad_end, 1),
        ("padStart", pad_start, 1),
        ("repeat", repeat, 1),
        ("replace", search::replace, 2),
        ("replaceAll", search::replace_all, 2),
        ("slice", slice, 2),
        ("split", search::split, 2),
        ("startsWith", search::starts_with, 1),
        ("substr", substr, 2),
        ("substring", substring, 2),
        ("toLocaleLowerCase", case::to_locale_lower_case, 0),
        ("toLocaleUpperCase", case::to_locale_upper_case, 0),
        ("toLowerCase", case::to_lower_case, 0),
        ("toString", to_string, 0),
        ("toUpperCase", case::to_upper_case, 0),
        ("toWellFormed", case::to_well_formed, 0),
        ("isWellFormed", case::is_well_formed, 0),
        ("trim", trim, 0),
        ("valueOf", value_of, 0),
    ];
    for &(name, f, len) in methods {
        b.method(proto, name, f, len);
    }
    // trimLeft/trimRight are the same function objects as trimStart/trimEnd.
    let trim_start = b.method(proto, "trimStart", trim_start, 0);
    let trim_end = b.method(proto, "trimEnd", trim_end, 0);
    b.value(proto, "trimLeft", Value::Obj(trim_start));
    b.value(proto, "trimRight", Value::Obj(trim_end));
}

// ---------------------------------------------------------------- helpers

/// RequireObjectCoercible(this) then ToString, as every generic method does.
pub(crate) fn this_str(ctx: &mut Ctx, this: Value, method: &str) -> JsResult<StrId> {
    if this.is_nullish() {
        return type_error(format!(
            "String.prototype.{method} called on null or undefined"
        ));
    }
    conv::to_string(ctx, this)
}

/// ToString of argument `i`.
pub(crate) fn arg_str(ctx: &mut Ctx, args: &[Value], i: usize) -> JsResult<StrId> {
    conv::to_string(ctx, arg(args, i))
}

/// ToIntegerOrInfinity of a value.
pub(crate) fn int_of(ctx: &mut Ctx, v: Value) -> JsResult<f64> {
    Ok(conv::to_integer(to_number(ctx, v)?))
}

/// A result string (short ones interned).
pub(crate) fn ret(ctx: &mut Ctx, s: JsStr) -> JsResult<Value> {
    Ok(Value::Str(ctx.heap.intern_or_alloc(s)?))
}

/// Energy for touching `n` code units.
pub(crate) fn charge_units(ctx: &mut Ctx, n: usize) -> JsResult<()> {
    ctx.charge(n as u64 / 16)
}

/// The StringSize limit error, raised before building a too-long result.
pub(crate) fn check_len(ctx: &Ctx, n: usize) -> JsResult<()> {
    if n > ctx.heap.max_string {
        return limit_error(
            LimitKind::StringSize,
            format!(
                "string length {n} exceeds the cap of {} code units",
                ctx.heap.max_string
            ),
        );
    }
    Ok(())
}

/// `f` clamped into `[0, len]` (for already-integral positions).
pub(crate) fn clamp(f: f64, len: usize) -> usize {
    f.max(0.0).min(len as f64) as usize
}

fn substring_value(ctx: &mut Ctx, s: StrId, start: usize, end: usize) -> JsResult<Value> {
    let js = ctx.heap.str(s);
    if start == 0 && end == js.len() {
        return Ok(Value::Str(s));
    }
    if start >= end {
        return Ok(Value::Str(atoms::EMPTY));
    }
    let sub = js.slice(start, end);
    charge_units(ctx, end - start)?;
    ret(ctx, sub)
}

// ---------------------------------------------------------------- constructor

fn string_call(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    if args.is_empty() {
        return Ok(Value::Str(atoms::EMPTY));
    }
    Ok(Value::Str(conv::to_string(ctx, args[0])?))
}

fn string_new(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = string_call(ctx, this, args)?;
    let proto = ctx.realm.string_proto;
    Ok(Value::Obj(
        ctx.heap
            .alloc(Object::new(Some(proto), ObjKind::Primitive(s)))?,
    ))
}

fn from_char_code(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    check_len(ctx, args.len())?;
    charge_units(ctx, args.len())?;
    let mut units = Vec::with_capacity(args.len());
    for &a in args {
        units.push(conv::to_uint32(to_number(ctx, a)?) as u16);
    }
    ret(ctx, JsStr::from_units_vec(units))
}

fn from_code_point(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    check_len(ctx, args.len().saturating_mul(2))?;
    charge_units(ctx, args.len())?;
    let mut b = StrBuilder::new();
    for &a in args {
        let n = to_number(ctx, a)?;
        if !(0.0..=1114111.0).contains(&n) || n.trunc() != n {
            return range_error(format!(
                "Invalid code point {}",
                crate::number::to_js_string(n)
            ));
        }
        let cp = n as u32;
        if cp < 0x10000 {
            b.push_unit(cp as u16);
        } else {
            let v = cp - 0x10000;
            b.push_unit(0xD800 + (v >> 10) as u16);
            b.push_unit(0xDC00 + (v & 0x3FF) as u16);
        }
    }
    ret(ctx, b.finish())
}

/// `String.raw({ raw }, ...substitutions)`.
fn raw(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    let cooked = arg(args, 0);
    let raw = ops::get(ctx, cooked, conv::Key::Atom(atoms::RAW))?;
    let len_v = ops::get(ctx, raw, conv::Key::Atom(atoms::LENGTH))?;
    let len = int_of(ctx, len_v)?;
    if len <= 0.0 {
        return Ok(Value::Str(atoms::EMPTY));
    }
    let len = len.min(u32::MAX as f64) as u32;
    let mut b = StrBuilder::new();
    for i in 0..len {
        ctx.charge(1)?;
        let seg = ops::get(ctx, raw, conv::Key::Index(i))?;
        let seg = conv::to_string(ctx, seg)?;
        b.push_js(ctx.heap.str(seg));
        if i + 1 == len {
            break;
        }
        if let Some(&sub) = args.get(i as usize + 1) {
            let sub = conv::to_string(ctx, sub)?;
            b.push_js(ctx.heap.str(sub));
        }
        check_len(ctx, b.len())?;
    }
    check_len(ctx, b.len())?;
    ret(ctx, b.finish())
}

// ---------------------------------------------------------------- by position

fn at(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_str(ctx, this, "at")?;
    let rel = int_of(ctx, arg(args, 0))?;
    let len = ctx.heap.str(s).len() as f64;
    let k = if rel >= 0.0 { rel } else { len + rel };
    if k < 0.0 || k >= len {
        return Ok(Value::Undefined);
    }
    let u = ctx.heap.str(s).at(k as usize);
    Ok(Value::Str(ops::unit_string(ctx, u)?))
}

/// The code unit at integer position `pos`, if in range.
fn unit_at(
    ctx: &mut Ctx,
    this: Value,
    args: &[Value],
    method: &str,
) -> JsResult<(StrId, Option<usize>)> {
    let s = this_str(ctx, this, method)?;
    let pos = int_of(ctx, arg(args, 0))?;
    let len = ctx.heap.str(s).len();
    Ok((s, (pos >= 0.0 && pos < len as f64).then_some(pos as usize)))
}

fn char_at(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    match unit_at(ctx, this, args, "charAt")? {
        (s, Some(i)) => {
            let u = ctx.heap.str(s).at(i);
            Ok(Value::Str(ops::unit_string(ctx, u)?))
        }
        _ => Ok(Value::Str(atoms::EMPTY)),
    }
}

fn char_code_at(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Num(match unit_at(ctx, this, args, "charCodeAt")? {
        (s, Some(i)) => ctx.heap.str(s).at(i) as f64,
        _ => f64::NAN,
    }))
}

fn code_point_at(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let (s, Some(i)) = unit_at(ctx, this, args, "codePointAt")? else {
        return Ok(Value::Undefined);
    };
    let js = ctx.heap.str(s);
    let hi = js.at(i);
    if (0xD800..0xDC00).contains(&hi) {
        if let Some(lo) = js.get(i + 1).filter(|lo| (0xDC00..0xE000).contains(lo)) {
            let cp = 0x10000 + (((hi as u32) - 0xD800) << 10) + (lo as u32 - 0xDC00);
            return Ok(Value::Num(cp as f64));
        }
    }
    Ok(Value::Num(hi as f64))
}

fn concat(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_str(ctx, this, "concat")?;
    let mut parts = vec![s];
    let mut total = ctx.heap.str(s).len();
    for &a in args {
        let p = conv::to_string(ctx, a)?;
        total += ctx.heap.str(p).len();
        parts.push(p);
    }
    check_len(ctx, total)?;
    charge_units(ctx, total)?;
    let mut b = StrBuilder::new();
    for p in parts {
        b.push_js(ctx.heap.str(p));
    }
    ret(ctx, b.finish())
}

fn slice(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_str(ctx, this, "slice")?;
    let len = ctx.heap.str(s).len();
    let start = conv::relative_index(to_number(ctx, arg(args, 0))?, len);
    let end = match arg(args, 1) {
        Value::Undefined => len,
        v => conv::relative_index(to_number(ctx, v)?, len),
    };
    substring_value(ctx, s, start, end)
}

fn substring(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_str(ctx, this, "substring")?;
    let len = ctx.heap.str(s).len();
    let start = clamp(int_of(ctx, arg(args, 0))?, len);
    let end = match arg(args, 1) {
        Value::Undefined => len,
        v => clamp(int_of(ctx, v)?, len),
    };
    substring_value(ctx, s, start.min(end), start.max(end))
}

fn substr(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_str(ctx, this, "substr")?;
    let len = ctx.heap.str(s).len();
    let start = conv::relative_index(to_number(ctx, arg(args, 0))?, len);
    let count = match arg(args, 1) {
        Value::Undefined => len as f64,
        v => int_of(ctx, v)?,
    };
    let end = clamp(start as f64 + count, len);
    substring_value(ctx, s, start, end.max(start))
}

// ---------------------------------------------------------------- building

fn repeat(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_str(ctx, this, "repeat")?;
    let raw = to_number(ctx, arg(args, 0))?;
    let n = conv::to_integer(raw);
    if n < 0.0 || n == f64::INFINITY {
        return range_error(format!(
            "Invalid count value: {}",
            crate::number::to_js_string(raw)
        ));
    }
    let len = ctx.heap.str(s).len();
    if n == 0.0 || len == 0 {
        return Ok(Value::Str(atoms::EMPTY));
    }
    let total = len as f64 * n;
    if total > ctx.heap.max_string as f64 {
        return check_len(ctx, total.min(usize::MAX as f64) as usize).map(|_| Value::Undefined);
    }
    let total = total as usize;
    charge_units(ctx, total)?;
    let js = ctx.heap.str(s);
    let out = match js {
        JsStr::Ascii(b) => JsStr::Ascii(b.repeat(n as usize).into_boxed_slice()),
        JsStr::Utf16(u) => JsStr::Utf16(u.repeat(n as usize).into_boxed_slice()),
    };
    ret(ctx, out)
}

fn pad(ctx: &mut Ctx, this: Value, args: &[Value], at_start: bool) -> JsResult<Value> {
    let s = this_str(ctx, this, if at_start { "padStart" } else { "padEnd" })?;
    let max_len = int_of(ctx, arg(args, 0))?;
    let len = ctx.heap.str(s).len();
    if max_len <= len as f64 {
        return Ok(Value::Str(s));
    }
    let fill = match arg(args, 1) {
        Value::Undefined => atoms::ascii_char(b' '),
        v => conv::to_string(ctx, v)?,
    };
    let fill_units = ctx.heap.str(fill).units();
    if fill_units.is_empty() {
        return Ok(Value::Str(s));
    }
    if max_len > ctx.heap.max_string as f64 {
        return check_len(ctx, max_len.min(usize::MAX as f64) as usize).map(|_| Value::Undefined);
    }
    let total = max_len as usize;
    charge_units(ctx, total)?;
    let mut filler = StrBuilder::new();
    for &u in fill_units.iter().cycle().take(total - len) {
        filler.push_unit(u);
    }
    let filler = filler.finish();
    let js = ctx.heap.str(s);
    let out = if at_start {
        filler.concat(js)
    } else {
        js.concat(&filler)
    };
    ret(ctx, out)
}

fn pad_start(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    pad(ctx, this, args, true)
}

fn pad_end(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    pad(ctx, this, args, false)
}

fn trim_with(ctx: &mut Ctx, this: Value, method: &str, start: bool, end: bool) -> JsResult<Value> {
    let s = this_str(ctx, this, method)?;
    let js = ctx.heap.str(s);
    let len = js.len();
    let mut a = 0;
    let mut b = len;
    if start {
        while a < len && crate::number::is_js_space(js.at(a)) {
            a += 1;
        }
    }
    if end {
        while b > a && crate::number::is_js_space(js.at(b - 1)) {
            b -= 1;
        }
    }
    charge_units(ctx, (a + len - b).max(1))?;
    substring_value(ctx, s, a, b)
}

fn trim(ctx: &mut Ctx, this: Value, _args: &[Value]) -> JsResult<Value> {
    trim_with(ctx, this, "trim", true, true)
}

fn trim_start(ctx: &mut Ctx, this: Value, _args: &[Value]) -> JsResult<Value> {
    trim_with(ctx, this, "trimStart", true, false)
}

fn trim_end(ctx: &mut Ctx, this: Value, _args: &[Value]) -> JsResult<Value> {
    trim_with(ctx, this, "trimEnd", false, true)
}

// ---------------------------------------------------------------- this value

fn this_string_value(ctx: &Ctx, this: Value, method: &str) -> JsResult<Value> {
    match this {
        Value::Str(_) => Ok(this),
        Value::Obj(o) => match ctx.heap.obj(o).kind {
            ObjKind::Primitive(v @ Value::Str(_)) => Ok(v),
            _ => type_error(format!(
                "String.prototype.{method} requires that 'this' be a String"
            )),
        },
        _ => type_error(format!(
            "String.prototype.{method} requires that 'this' be a String"
        )),
    }
}

fn to_string(ctx: &mut Ctx, this: Value, _args: &[Value]) -> JsResult<Value> {
    this_string_value(ctx, this, "toString")
}

fn value_of(ctx: &mut Ctx, this: Value, _args: &[Value]) -> JsResult<Value> {
    this_string_value(ctx, this, "valueOf")
}

#[cfg(test)]
mod tests;
