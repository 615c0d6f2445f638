//! Built-ins: `Date`, `Date.prototype`. The arithmetic lives in
//! `calendar.rs`, `Date.parse` in `parse.rs`, the string forms in
//! `format.rs`; this file holds the natives and their argument handling,
//! which follows V8's (`builtins-date.cc`) where it differs from the spec
//! only in corner cases.

use super::{arg, intrinsics::describe, Builder};
use crate::conv::{self, Hint, Key};
use crate::error::{range_error, type_error, Interrupt, JsResult};
use crate::object::{ObjKind, Object};
use crate::ops;
use crate::value::{ObjId, Value};
use crate::Ctx;

pub mod calendar;
pub mod format;
pub mod parse;

#[cfg(test)]
mod tests;

pub use calendar::{local_zone, set_local_zone, LocalZone};
pub use format::{date_to_string, to_iso_string};

pub fn install(b: &mut Builder) {
    let proto = b.realm().date_proto;
    let c = b.constructor("Date", call, construct, 7, proto);
    b.method(c, "now", now, 0);
    b.method(c, "parse", parse_fn, 1);
    b.method(c, "UTC", utc, 7);
    b.global("Date", Value::Obj(c));

    let methods: &[(&str, crate::object::NativeFn, u8)] = &[
        ("toString", to_string, 0),
        ("toDateString", to_date_string, 0),
        ("toTimeString", to_time_string, 0),
        ("toISOString", to_iso_string_fn, 0),
    ];
    for (name, f, len) in methods {
        b.method(proto, name, *f, *len);
    }
    let utc_string = b.method(proto, "toUTCString", to_utc_string, 0);
    // The same function object, as in JavaScript.
    b.value(proto, "toGMTString", Value::Obj(utc_string));
    let methods: &[(&str, crate::object::NativeFn, u8)] = &[
        ("getDate", get_date, 0),
        ("setDate", set_date, 1),
        ("getDay", get_day, 0),
        ("getFullYear", get_full_year, 0),
        ("setFullYear", set_full_year, 3),
        ("getHours", get_hours, 0),
        ("setHours", set_hours, 4),
        ("getMilliseconds", get_milliseconds, 0),
        ("setMilliseconds", set_milliseconds, 1),
        ("getMinutes", get_minutes, 0),
        ("setMinutes", set_minutes, 3),
        ("getMonth", get_month, 0),
        ("setMonth", set_month, 2),
        ("getSeconds", get_seconds, 0),
        ("setSeconds", set_seconds, 2),
        ("getTime", get_time, 0),
        ("setTime", set_time, 1),
        ("getTimezoneOffset", get_timezone_offset, 0),
        ("getUTCDate", get_utc_date, 0),
        ("setUTCDate", set_utc_date, 1),
        ("getUTCDay", get_utc_day, 0),
        ("getUTCFullYear", get_utc_full_year, 0),
        ("setUTCFullYear", set_utc_full_year, 3),
        ("getUTCHours", get_utc_hours, 0),
        ("setUTCHours", set_utc_hours, 4),
        ("getUTCMilliseconds", get_utc_milliseconds, 0),
        ("setUTCMilliseconds", set_utc_milliseconds, 1),
        ("getUTCMinutes", get_utc_minutes, 0),
        ("setUTCMinutes", set_utc_minutes, 3),
        ("getUTCMonth", get_utc_month, 0),
        ("setUTCMonth", set_utc_month, 2),
        ("getUTCSeconds", get_utc_seconds, 0),
        ("setUTCSeconds", set_utc_seconds, 2),
        ("valueOf", get_time, 0),
        ("getYear", get_year, 0),
        ("setYear", set_year, 1),
        ("toJSON", to_json, 1),
        ("toLocaleString", to_locale_string, 0),
        ("toLocaleDateString", to_locale_date_string, 0),
        ("toLocaleTimeString", to_locale_time_string, 0),
    ];
    for (name, f, len) in methods {
        b.method(proto, name, *f, *len);
    }
}

/// The current time in ms since the epoch.
pub fn now_ms() -> f64 {
    use std::time::{SystemTime, UNIX_EPOCH};
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_millis() as f64,
        Err(e) => -(e.duration().as_millis() as f64),
    }
}

/// A new Date object holding time value `t`.
pub fn new_date(ctx: &mut Ctx, t: f64) -> JsResult<ObjId> {
    let proto = ctx.realm.date_proto;
    ctx.heap.alloc(Object::new(Some(proto), ObjKind::Date(t)))
}

/// The time value of a Date `this`. The getters fail with V8's short
/// message; every other method (`method` non-empty) names itself.
fn this_time(ctx: &mut Ctx, this: Value, method: &str) -> JsResult<f64> {
    if let Value::Obj(o) = this {
        if let ObjKind::Date(t) = ctx.heap.obj(o).kind {
            return Ok(t);
        }
    }
    if method.is_empty() {
        return type_error("this is not a Date object.");
    }
    let d = describe(ctx, this);
    type_error(format!(
        "Method Date.prototype.{method} called on incompatible receiver {d}"
    ))
}

/// Stores a new time value into a Date `this` and returns it.
fn store(ctx: &mut Ctx, this: Value, t: f64) -> JsResult<Value> {
    if let Value::Obj(o) = this {
        if let ObjKind::Date(slot) = &mut ctx.heap.obj_mut(o)?.kind {
            *slot = t;
        }
    }
    Ok(Value::Num(t))
}

fn str_result(ctx: &mut Ctx, s: &str) -> JsResult<Value> {
    ctx.heap.str_value(s)
}

// ---------------------------------------------------------------- Date

/// `Date(...)` without `new`: the current time as `toString` prints it.
fn call(ctx: &mut Ctx, _: Value, _: &[Value]) -> JsResult<Value> {
    str_result(ctx, &date_to_string(now_ms()))
}

/// Time value of a string, charging for its length.
fn parse_value(ctx: &mut Ctx, s: crate::StrId) -> JsResult<f64> {
    let units = ctx.heap.str(s).units();
    ctx.charge(units.len() as u64 / 16)?;
    Ok(parse::parse(&units))
}

/// `new Date()`, `new Date(value)`, `new Date(y, m, d, h, min, s, ms)`.
fn construct(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let t = match args {
        [] => now_ms(),
        [v] => {
            let from_date = match *v {
                Value::Obj(o) => match ctx.heap.obj(o).kind {
                    ObjKind::Date(t) => Some(t),
                    _ => None,
                },
                _ => None,
            };
            match from_date {
                Some(t) => t,
                None => match conv::to_primitive(ctx, *v, Hint::Default)? {
                    Value::Str(s) => parse_value(ctx, s)?,
                    p => calendar::time_clip(conv::to_number(ctx, p)?),
                },
            }
        }
        _ => calendar::local_to_clipped_utc(date_from_parts(ctx, args)?),
    };
    Ok(Value::Obj(new_date(ctx, t)?))
}

/// MakeDate of constructor / `Date.UTC` arguments (years 0-99 are 19xx).
fn date_from_parts(ctx: &mut Ctx, args: &[Value]) -> JsResult<f64> {
    let mut c = [f64::NAN, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0];
    for (slot, v) in c.iter_mut().zip(args.iter()) {
        *slot = conv::to_number(ctx, *v)?;
    }
    c[0] = calendar::full_year(c[0]);
    Ok(calendar::make_date(
        calendar::make_day(c[0], c[1], c[2]),
        calendar::make_time(c[3], c[4], c[5], c[6]),
    ))
}

fn now(_: &mut Ctx, _: Value, _: &[Value]) -> JsResult<Value> {
    Ok(Value::Num(now_ms()))
}

fn parse_fn(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let s = conv::to_string(ctx, arg(args, 0))?;
    Ok(Value::Num(parse_value(ctx, s)?))
}

fn utc(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Num(calendar::time_clip(date_from_parts(ctx, args)?)))
}

// ---------------------------------------------------------------- getters

/// A field of the local (or UTC) time of `this`; NaN for invalid dates.
fn field(
    ctx: &mut Ctx,
    this: Value,
    method: &str,
    local: bool,
    f: fn(&calendar::Fields) -> f64,
) -> JsResult<Value> {
    let t = this_time(ctx, this, method)?;
    let t = if local { calendar::local_time(t) } else { t };
    Ok(Value::Num(calendar::fields(t).map_or(f64::NAN, |x| f(&x))))
}

macro_rules! getters {
    ($($name:ident $method:literal $local:literal |$f:ident| $e:expr;)*) => {$(
        fn $name(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
            field(ctx, this, $method, $local, |$f| $e)
        }
    )*};
}

getters! {
    get_full_year "" true |f| f.year as f64;
    get_month "" true |f| f.month as f64;
    get_date "" true |f| f.day as f64;
    get_day "" true |f| f.weekday as f64;
    get_hours "" true |f| f.hour as f64;
    get_minutes "" true |f| f.minute as f64;
    get_seconds "" true |f| f.second as f64;
    get_milliseconds "" true |f| f.ms as f64;
    get_year "getYear" true |f| f.year as f64 - 1900.0;
    get_utc_full_year "" false |f| f.year as f64;
    get_utc_month "" false |f| f.month as f64;
    get_utc_date "" false |f| f.day as f64;
    get_utc_day "" false |f| f.weekday as f64;
    get_utc_hours "" false |f| f.hour as f64;
    get_utc_minutes "" false |f| f.minute as f64;
    get_utc_seconds "" false |f| f.second as f64;
    get_utc_milliseconds "" false |f| f.ms as f64;
}

fn get_time(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    Ok(Value::Num(this_time(ctx, this, "")?))
}

fn get_timezone_offset(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    Ok(Value::Num(format::timezone_offset(this_time(
        ctx, this, "",
    )?)))
}

// ---------------------------------------------------------------- setters

/// Component indices: year, month, date, hours, minutes, seconds, ms.
const YEAR: usize = 0;

/// The shared setter: replaces components `first..` of the local (or UTC)
/// time of `this` by the arguments (the first always, as `undefined` when
/// missing; the others when given, at most `max`), normalises through
/// MakeDay/MakeTime and stores the clipped result. An invalid date stays
/// invalid, except that `setFullYear` starts over from +0.
struct Setter {
    method: &'static str,
    /// First component replaced.
    first: usize,
    /// Arguments read at most.
    max: usize,
    local: bool,
}

fn set_parts(ctx: &mut Ctx, this: Value, args: &[Value], s: Setter) -> JsResult<Value> {
    let Setter {
        method,
        first,
        max,
        local,
    } = s;
    let t = this_time(ctx, this, method)?;
    let n = args.len().clamp(1, max);
    let mut nums = [0.0; 7];
    for (i, slot) in nums.iter_mut().take(n).enumerate() {
        *slot = conv::to_number(ctx, arg(args, i))?;
    }
    let base = if t.is_nan() {
        if first != YEAR {
            return store(ctx, this, f64::NAN);
        }
        0.0
    } else if local {
        calendar::local_time(t)
    } else {
        t
    };
    let Some(f) = calendar::fields(base) else {
        return store(ctx, this, f64::NAN);
    };
    let mut c = [
        f.year as f64,
        f.month as f64,
        f.day as f64,
        f.hour as f64,
        f.minute as f64,
        f.second as f64,
        f.ms as f64,
    ];
    for (i, v) in nums.iter().take(n).enumerate() {
        if let Some(slot) = c.get_mut(first + i) {
            *slot = *v;
        }
    }
    let d = calendar::make_date(
        calendar::make_day(c[0], c[1], c[2]),
        calendar::make_time(c[3], c[4], c[5], c[6]),
    );
    let t = if local {
        calendar::local_to_clipped_utc(d)
    } else {
        calendar::time_clip(d)
    };
    store(ctx, this, t)
}

macro_rules! setters {
    ($($name:ident $method:literal $first:literal $max:literal $local:literal;)*) => {$(
        fn $name(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
            let s = Setter { method: $method, first: $first, max: $max, local: $local };
            set_parts(ctx, this, args, s)
        }
    )*};
}

setters! {
    set_full_year "setFullYear" 0 3 true;
    set_month "setMonth" 1 2 true;
    set_date "setDate" 2 1 true;
    set_hours "setHours" 3 4 true;
    set_minutes "setMinutes" 4 3 true;
    set_seconds "setSeconds" 5 2 true;
    set_milliseconds "setMilliseconds" 6 1 true;
    set_utc_full_year "setUTCFullYear" 0 3 false;
    set_utc_month "setUTCMonth" 1 2 false;
    set_utc_date "setUTCDate" 2 1 false;
    set_utc_hours "setUTCHours" 3 4 false;
    set_utc_minutes "setUTCMinutes" 4 3 false;
    set_utc_seconds "setUTCSeconds" 5 2 false;
    set_utc_milliseconds "setUTCMilliseconds" 6 1 false;
}

fn set_time(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    this_time(ctx, this, "setTime")?;
    let t = conv::to_number(ctx, arg(args, 0))?;
    store(ctx, this, calendar::time_clip(t))
}

/// `setYear(y)`: like `setFullYear(y)` with 0-99 meaning 1900-1999.
fn set_year(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    this_time(ctx, this, "setYear")?;
    let y = conv::to_number(ctx, arg(args, 0))?;
    if y.is_nan() {
        return store(ctx, this, f64::NAN);
    }
    let s = Setter {
        method: "setYear",
        first: YEAR,
        max: 1,
        local: true,
    };
    set_parts(ctx, this, &[Value::Num(calendar::full_year(y))], s)
}

// ---------------------------------------------------------------- strings

macro_rules! formatters {
    ($($name:ident $method:literal => $f:path;)*) => {$(
        fn $name(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
            let t = this_time(ctx, this, $method)?;
            str_result(ctx, &$f(t))
        }
    )*};
}

formatters! {
    to_string "toString" => format::date_to_string;
    to_date_string "toDateString" => format::to_date_string;
    to_time_string "toTimeString" => format::to_time_string;
    to_utc_string "toUTCString" => format::to_utc_string;
    to_locale_string "toLocaleString" => format::to_locale_string;
    to_locale_date_string "toLocaleDateString" => format::to_locale_date_string;
    to_locale_time_string "toLocaleTimeString" => format::to_locale_time_string;
}

fn to_iso_string_fn(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    let t = this_time(ctx, this, "toISOString")?;
    // Written on the stack, copied once into the heap string.
    let mut buf = [0u8; format::ISO_MAX];
    match format::iso_ascii(t, &mut buf) {
        Some(b) => Ok(Value::Str(
            ctx.heap.intern_or_alloc(crate::JsStr::Ascii(b.into()))?,
        )),
        None => range_error("Invalid time value"),
    }
}

/// `toJSON`: `null` when the number form is not finite, otherwise
/// `this.toISOString()` (generic: works on any object with that method).
fn to_json(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    if this.is_nullish() {
        return type_error("Cannot convert undefined or null to object");
    }
    let tv = conv::to_primitive(ctx, this, Hint::Number)?;
    if let Value::Num(n) = tv {
        if !n.is_finite() {
            return Ok(Value::Null);
        }
    }
    let key = Key::Atom(ctx.heap.intern(crate::JsStr::from_str("toISOString"))?);
    let f = ops::get(ctx, this, key)?;
    match f {
        Value::Obj(o) => match ctx.heap.obj(o).kind {
            ObjKind::Native { f, .. } => f(ctx, this, &[]),
            _ if ctx.heap.obj(o).is_callable() => Err(Interrupt::NeedsJs),
            _ => type_error("toISOString is not a function"),
        },
        _ => type_error("toISOString is not a function"),
    }
}
