//! Intrinsics: natives only prelude files can call (registered as `$name`),
//! plus `describe`, V8's short rendering of a value in error messages.

use super::arg;
use crate::atoms;
use crate::conv::{self, Key};
use crate::error::{range_error, type_error, JsResult};
use crate::object::{NativeFn, ObjKind};
use crate::ops;
use crate::value::{ObjId, Value};
use crate::Ctx;

/// `(name with its '$', native, length)`, registered for prelude files only.
/// (`$twin` is registered by the interpreter's owner.)
pub const INTRINSICS: &[(&str, NativeFn, u8)] = &[
    ("$typeError", type_error_fn, 1),
    ("$rangeError", range_error_fn, 1),
    ("$isCallable", is_callable, 1),
    ("$describe", describe_fn, 1),
    ("$toIntegerOrInfinity", to_integer_or_infinity, 1),
    ("$sameValueZero", same_value_zero, 2),
    ("$toLength", to_length_fn, 1),
    ("$isArray", is_array_fn, 1),
    ("$call", call_fn, 2),
];

fn message(ctx: &mut Ctx, args: &[Value]) -> String {
    match arg(args, 0) {
        Value::Str(s) => ctx.heap.str(s).to_rust_string(),
        v => describe(ctx, v),
    }
}

/// `$typeError(msg)`: ends the run with a TypeError.
fn type_error_fn(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let m = message(ctx, args);
    type_error(m)
}

/// `$rangeError(msg)`: ends the run with a RangeError.
fn range_error_fn(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let m = message(ctx, args);
    range_error(m)
}

fn is_callable(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(ctx.heap.is_callable(arg(args, 0))))
}

fn describe_fn(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let s = describe(ctx, arg(args, 0));
    ctx.heap.str_value(&s)
}

fn to_integer_or_infinity(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let n = conv::to_number(ctx, arg(args, 0))?;
    Ok(Value::Num(conv::to_integer(n)))
}

fn same_value_zero(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(ops::same_value_zero(
        ctx,
        arg(args, 0),
        arg(args, 1),
    )))
}

/// `$toLength(v)`: ToLength (integer clamped to `[0, 2^53 - 1]`).
fn to_length_fn(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let n = conv::to_number(ctx, arg(args, 0))?;
    Ok(Value::Num(
        conv::to_integer(n).clamp(0.0, 9007199254740991.0),
    ))
}

/// `$isArray(v)`: same as `Array.isArray` (no global lookup needed).
fn is_array_fn(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(
        matches!(arg(args, 0), Value::Obj(o) if matches!(ctx.heap.obj(o).kind, ObjKind::Array(_))),
    ))
}

/// `$call(f, thisArg, ...args)`: calls `f` through the interpreter (immune
/// to a user overwriting `f.call`).
fn call_fn(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let callee = arg(args, 0);
    if !ctx.heap.is_callable(callee) {
        let d = describe(ctx, callee);
        return type_error(format!("{d} is not a function"));
    }
    Err(crate::error::Interrupt::Call(Box::new(
        crate::error::TailCall {
            callee,
            this: arg(args, 1),
            args: args.get(2..).unwrap_or(&[]).to_vec(),
        },
    )))
}

/// V8's side-effect-free rendering of a value, as in `X is not a function`:
/// primitives by ToString (strings unquoted), errors as `Name: message`,
/// objects whose `toString` is `Object.prototype.toString` as
/// `#<Constructor>`, anything else as `[object Tag]`. Never calls user code.
pub fn describe(ctx: &mut Ctx, v: Value) -> String {
    let Value::Obj(o) = v else {
        return ops::display_primitive(ctx, v);
    };
    let obj = ctx.heap.obj(o);
    match &obj.kind {
        ObjKind::Error => return error_string(ctx, o),
        ObjKind::Closure { name, .. } | ObjKind::Native { name, .. } => {
            let native = matches!(obj.kind, ObjKind::Native { .. });
            let n = ctx.heap.str(*name).to_rust_string();
            return match ctx.function_source(o) {
                Some(text) if !native => text.to_string(),
                _ => format!("function {n}() {{ [native code] }}"),
            };
        }
        ObjKind::Bound { .. } => return "function () { [native code] }".into(),
        _ => {}
    }
    let to_string =
        ops::get_obj(ctx, o, Key::Atom(atoms::TO_STRING), v).unwrap_or(Value::Undefined);
    let object_to_string = ops::get_own(ctx, ctx.realm.object_proto, Key::Atom(atoms::TO_STRING));
    if matches!((to_string, object_to_string), (Value::Obj(a), Some(Value::Obj(b))) if a == b) {
        let ctor =
            ops::get_obj(ctx, o, Key::Atom(atoms::CONSTRUCTOR), v).unwrap_or(Value::Undefined);
        if let Some(name) = function_name(ctx, ctor) {
            if !name.is_empty() {
                return format!("#<{name}>");
            }
        }
    }
    format!("[object {}]", class_tag(ctx, o))
}

/// The name of a callable (`bound f` for bound functions), or None.
pub fn function_name(ctx: &mut Ctx, f: Value) -> Option<String> {
    let Value::Obj(fo) = f else { return None };
    if !ctx.heap.obj(fo).is_callable() {
        return None;
    }
    match ops::get_obj(ctx, fo, Key::Atom(atoms::NAME), f) {
        Ok(Value::Str(s)) => Some(ctx.heap.str(s).to_rust_string()),
        _ => Some(String::new()),
    }
}

/// The tag `Object.prototype.toString` shows: `Array`, `Function`, `Map` ...
pub fn class_tag(ctx: &Ctx, o: ObjId) -> &'static str {
    let obj = ctx.heap.obj(o);
    if obj.flags & crate::object::NAMESPACE != 0 {
        return "Module";
    }
    match &obj.kind {
        ObjKind::Array(_) => "Array",
        ObjKind::Closure { .. } | ObjKind::Native { .. } | ObjKind::Bound { .. } => "Function",
        ObjKind::Error => "Error",
        ObjKind::Map(_) => "Map",
        ObjKind::Set(_) => "Set",
        ObjKind::Date(_) => "Date",
        ObjKind::Arguments(_) => "Arguments",
        ObjKind::Primitive(Value::Num(_)) => "Number",
        ObjKind::Primitive(Value::Str(_)) => "String",
        ObjKind::Primitive(Value::Bool(_)) => "Boolean",
        ObjKind::Primitive(_) => "Object",
        ObjKind::Iterator(st) => match &st.source {
            crate::object::IterSource::Array(_) => "Array Iterator",
            crate::object::IterSource::Str(_) => "String Iterator",
            crate::object::IterSource::Map(m) => match ctx.heap.obj(*m).kind {
                ObjKind::Set(_) => "Set Iterator",
                _ => "Map Iterator",
            },
            crate::object::IterSource::Keys(..) => "Object",
        },
        ObjKind::Host { .. } => "Object",
        ObjKind::Ordinary => {
            // Math and JSON carry @@toStringTag in JS; we have no symbols, so
            // recognise the two built-in namespaces by a member only they have.
            if ctx.heap.is_builtin(o) {
                let has = |name: &str| {
                    ctx.heap
                        .lookup_atom(&crate::string::JsStr::from_str(name))
                        .is_some_and(|a| obj.props.get(a).is_some())
                };
                if has("PI") && has("max") {
                    return "Math";
                }
                if has("stringify") && has("parse") {
                    return "JSON";
                }
            }
            "Object"
        }
    }
}

/// `Name: message` of an error object without calling user code
/// (V8's NoSideEffectsErrorToString).
fn error_string(ctx: &mut Ctx, o: ObjId) -> String {
    let v = Value::Obj(o);
    let name = match ops::get_obj(ctx, o, Key::Atom(atoms::NAME), v) {
        Ok(Value::Undefined) | Err(_) => "Error".to_string(),
        Ok(Value::Str(s)) => ctx.heap.str(s).to_rust_string(),
        Ok(x) => describe_shallow(ctx, x),
    };
    let msg = match ops::get_obj(ctx, o, Key::Atom(atoms::MESSAGE), v) {
        Ok(Value::Undefined) | Err(_) => String::new(),
        Ok(Value::Str(s)) => ctx.heap.str(s).to_rust_string(),
        Ok(x) => describe_shallow(ctx, x),
    };
    match (name.is_empty(), msg.is_empty()) {
        (true, _) => msg,
        (_, true) => name,
        _ => format!("{name}: {msg}"),
    }
}

/// Primitives by ToString; objects by tag only (no recursion into errors).
fn describe_shallow(ctx: &mut Ctx, v: Value) -> String {
    match v {
        Value::Obj(o) => format!("[object {}]", class_tag(ctx, o)),
        _ => ops::display_primitive(ctx, v),
    }
}
