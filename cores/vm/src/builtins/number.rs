//! Built-ins: `Number` (constructor, constants, `is*`, prototype formatting)
//! and `Boolean`. `Number.parseInt`/`parseFloat` are the very function
//! objects bound to the globals of the same names (their code is in
//! `global.rs`), so they are made and bound here.

mod format;

use super::{arg, global, Builder};
use crate::conv::{self, to_number};
use crate::error::{range_error, type_error, JsResult};
use crate::object::{ObjKind, Object};
use crate::value::Value;
use crate::Ctx;

pub use format::{exact_digits, shortest_digits};

pub fn install(b: &mut Builder) {
    let realm = b.realm();
    let proto = realm.number_proto;
    let ctor = b.constructor("Number", number_call, number_new, 1, proto);
    b.global("Number", Value::Obj(ctor));
    let consts: [(&str, f64); 8] = [
        ("MAX_SAFE_INTEGER", 9007199254740991.0),
        ("MIN_SAFE_INTEGER", -9007199254740991.0),
        ("EPSILON", f64::EPSILON),
        ("MAX_VALUE", f64::MAX),
        ("MIN_VALUE", 5e-324),
        ("NaN", f64::NAN),
        ("POSITIVE_INFINITY", f64::INFINITY),
        ("NEGATIVE_INFINITY", f64::NEG_INFINITY),
    ];
    for (name, v) in consts {
        b.value(ctor, name, Value::Num(v));
    }
    b.method(ctor, "isFinite", is_finite, 1);
    b.method(ctor, "isInteger", is_integer, 1);
    b.method(ctor, "isNaN", is_nan, 1);
    b.method(ctor, "isSafeInteger", is_safe_integer, 1);
    let parse_float = b.method(ctor, "parseFloat", global::parse_float, 1);
    let parse_int = b.method(ctor, "parseInt", global::parse_int, 2);
    b.global("parseFloat", Value::Obj(parse_float));
    b.global("parseInt", Value::Obj(parse_int));

    b.method(proto, "toExponential", to_exponential, 1);
    b.method(proto, "toFixed", to_fixed, 1);
    b.method(proto, "toPrecision", to_precision, 1);
    b.method(proto, "toString", to_string, 1);
    b.method(proto, "toLocaleString", to_locale_string, 0);
    b.method(proto, "valueOf", value_of, 0);

    let bproto = realm.boolean_proto;
    let bctor = b.constructor("Boolean", boolean_call, boolean_new, 1, bproto);
    b.global("Boolean", Value::Obj(bctor));
    b.method(bproto, "toString", boolean_to_string, 0);
    b.method(bproto, "valueOf", boolean_value_of, 0);
}

// ---------------------------------------------------------------- Number

fn number_call(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    if args.is_empty() {
        return Ok(Value::Num(0.0));
    }
    Ok(Value::Num(to_number(ctx, args[0])?))
}

fn number_new(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let n = number_call(ctx, this, args)?;
    let proto = ctx.realm.number_proto;
    Ok(Value::Obj(
        ctx.heap
            .alloc(Object::new(Some(proto), ObjKind::Primitive(n)))?,
    ))
}

fn is_finite(_: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(
        matches!(arg(args, 0), Value::Num(n) if n.is_finite()),
    ))
}

fn is_integer(_: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(
        matches!(arg(args, 0), Value::Num(n) if n.is_finite() && n.trunc() == n),
    ))
}

fn is_nan(_: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(
        matches!(arg(args, 0), Value::Num(n) if n.is_nan()),
    ))
}

fn is_safe_integer(_: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(
        matches!(arg(args, 0), Value::Num(n) if n.trunc() == n && n.abs() <= 9007199254740991.0),
    ))
}

/// thisNumberValue: a number or a `Number` wrapper.
fn this_number(ctx: &Ctx, this: Value, method: &str) -> JsResult<f64> {
    match this {
        Value::Num(n) => Ok(n),
        Value::Obj(o) => match ctx.heap.obj(o).kind {
            ObjKind::Primitive(Value::Num(n)) => Ok(n),
            _ => type_error(format!(
                "Number.prototype.{method} requires that 'this' be a Number"
            )),
        },
        _ => type_error(format!(
            "Number.prototype.{method} requires that 'this' be a Number"
        )),
    }
}

fn string_result(ctx: &mut Ctx, s: &str) -> JsResult<Value> {
    ctx.heap.str_value(s)
}

/// ToIntegerOrInfinity of an argument.
fn int_arg(ctx: &mut Ctx, v: Value) -> JsResult<f64> {
    Ok(conv::to_integer(to_number(ctx, v)?))
}

fn to_fixed(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let x = this_number(ctx, this, "toFixed")?;
    let f = int_arg(ctx, arg(args, 0))?;
    if !(0.0..=100.0).contains(&f) {
        return range_error("toFixed() digits argument must be between 0 and 100");
    }
    if !x.is_finite() {
        return string_result(ctx, &crate::number::to_js_string(x));
    }
    ctx.charge(8)?;
    string_result(ctx, &format::to_fixed(x, f as usize))
}

fn to_exponential(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let x = this_number(ctx, this, "toExponential")?;
    let fd = arg(args, 0);
    let f = int_arg(ctx, fd)?;
    if !x.is_finite() {
        return string_result(ctx, &crate::number::to_js_string(x));
    }
    if !(0.0..=100.0).contains(&f) {
        return range_error("toExponential() argument must be between 0 and 100");
    }
    ctx.charge(8)?;
    let f = (!matches!(fd, Value::Undefined)).then_some(f as usize);
    string_result(ctx, &format::to_exponential(x, f))
}

fn to_precision(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let x = this_number(ctx, this, "toPrecision")?;
    let pv = arg(args, 0);
    if matches!(pv, Value::Undefined) {
        return string_result(ctx, &crate::number::to_js_string(x));
    }
    let p = int_arg(ctx, pv)?;
    if !x.is_finite() {
        return string_result(ctx, &crate::number::to_js_string(x));
    }
    if !(1.0..=100.0).contains(&p) {
        return range_error("toPrecision() argument must be between 1 and 100");
    }
    ctx.charge(8)?;
    string_result(ctx, &format::to_precision(x, p as usize))
}

fn to_string(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let x = this_number(ctx, this, "toString")?;
    let rv = arg(args, 0);
    let radix = if matches!(rv, Value::Undefined) {
        10.0
    } else {
        int_arg(ctx, rv)?
    };
    if !(2.0..=36.0).contains(&radix) {
        return range_error("toString() radix argument must be between 2 and 36");
    }
    if radix == 10.0 || !x.is_finite() || x == 0.0 {
        let s = conv::number_to_str(ctx, x)?;
        return Ok(Value::Str(s));
    }
    ctx.charge(8)?;
    string_result(ctx, &format::to_radix_string(x, radix as u32))
}

fn to_locale_string(ctx: &mut Ctx, this: Value, _args: &[Value]) -> JsResult<Value> {
    let x = this_number(ctx, this, "toLocaleString")?;
    ctx.charge(8)?;
    string_result(ctx, &format::to_locale(x))
}

fn value_of(ctx: &mut Ctx, this: Value, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::Num(this_number(ctx, this, "valueOf")?))
}

// ---------------------------------------------------------------- Boolean

fn boolean_call(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(conv::to_boolean(ctx, arg(args, 0))))
}

fn boolean_new(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let v = boolean_call(ctx, this, args)?;
    let proto = ctx.realm.boolean_proto;
    Ok(Value::Obj(
        ctx.heap
            .alloc(Object::new(Some(proto), ObjKind::Primitive(v)))?,
    ))
}

fn this_boolean(ctx: &Ctx, this: Value, method: &str) -> JsResult<bool> {
    match this {
        Value::Bool(b) => Ok(b),
        Value::Obj(o) => match ctx.heap.obj(o).kind {
            ObjKind::Primitive(Value::Bool(b)) => Ok(b),
            _ => type_error(format!(
                "Boolean.prototype.{method} requires that 'this' be a Boolean"
            )),
        },
        _ => type_error(format!(
            "Boolean.prototype.{method} requires that 'this' be a Boolean"
        )),
    }
}

fn boolean_to_string(ctx: &mut Ctx, this: Value, _args: &[Value]) -> JsResult<Value> {
    let b = this_boolean(ctx, this, "toString")?;
    Ok(Value::Str(if b {
        crate::atoms::TRUE
    } else {
        crate::atoms::FALSE
    }))
}

fn boolean_value_of(ctx: &mut Ctx, this: Value, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(this_boolean(ctx, this, "valueOf")?))
}

#[cfg(test)]
mod tests;
