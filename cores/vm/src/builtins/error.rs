//! Built-ins: `Error` and its subclasses (TypeError, RangeError,
//! ReferenceError, SyntaxError, URIError), callable with or without `new`,
//! and `Error.prototype.toString`.
//!
//! An error gets own `stack` (`Name: message\n    at <anonymous>`: the VM
//! reports real positions through `RunError`, not through `stack`), then
//! `message` when one was given, then `cause` when the options have one,
//! the order V8 creates them in.

use super::intrinsics::describe;
use super::{arg, Builder};
use crate::atoms;
use crate::conv::{self, Key};
use crate::error::{type_error, JsErrorKind, JsResult};
use crate::object::{NativeFn, ObjKind, Object};
use crate::ops;
use crate::string::StrBuilder;
use crate::value::{ObjId, Value};
use crate::Ctx;

macro_rules! ctors {
    ($($f:ident => $kind:ident,)*) => {
        $(fn $f(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
            construct(ctx, JsErrorKind::$kind, args)
        })*
    };
}

ctors! {
    error_fn => Error,
    type_error_fn => TypeError,
    range_error_fn => RangeError,
    reference_error_fn => ReferenceError,
    syntax_error_fn => SyntaxError,
    uri_error_fn => UriError,
}

pub fn install(b: &mut Builder) {
    let r = b.realm();
    let kinds: [(&'static str, NativeFn, ObjId); 6] = [
        ("Error", error_fn, r.error_proto),
        ("TypeError", type_error_fn, r.type_error_proto),
        ("RangeError", range_error_fn, r.range_error_proto),
        (
            "ReferenceError",
            reference_error_fn,
            r.reference_error_proto,
        ),
        ("SyntaxError", syntax_error_fn, r.syntax_error_proto),
        ("URIError", uri_error_fn, r.uri_error_proto),
    ];
    let mut error_ctor = None;
    for (name, f, proto) in kinds {
        let c = b.constructor(name, f, f, 1, proto);
        let name_v = b.str_value(name);
        b.value(proto, "name", name_v);
        b.value(proto, "message", Value::Str(atoms::EMPTY));
        match error_ctor {
            None => {
                error_ctor = Some(c);
                b.ctx.realm.error_ctor = c;
                b.method(proto, "toString", to_string, 0);
            }
            // `Object.getPrototypeOf(TypeError) === Error`.
            Some(e) => b.ctx.heap.obj_mut(c).expect("layer 0 is being built").proto = Some(e),
        }
        b.global(name, Value::Obj(c));
    }
}

fn proto_of(ctx: &Ctx, kind: JsErrorKind) -> ObjId {
    let r = &ctx.realm;
    match kind {
        JsErrorKind::Error => r.error_proto,
        JsErrorKind::TypeError => r.type_error_proto,
        JsErrorKind::RangeError => r.range_error_proto,
        JsErrorKind::ReferenceError => r.reference_error_proto,
        JsErrorKind::SyntaxError => r.syntax_error_proto,
        JsErrorKind::UriError => r.uri_error_proto,
    }
}

/// `new XError(message, { cause })`.
pub fn construct(ctx: &mut Ctx, kind: JsErrorKind, args: &[Value]) -> JsResult<Value> {
    let message = match arg(args, 0) {
        Value::Undefined => None,
        v => Some(conv::to_string(ctx, v)?),
    };
    let options = arg(args, 1);
    let cause = match options {
        Value::Obj(o) if ops::has_property(ctx, o, Key::Atom(atoms::CAUSE)) => {
            Some(ops::get_obj(ctx, o, Key::Atom(atoms::CAUSE), options)?)
        }
        _ => None,
    };
    let proto = proto_of(ctx, kind);
    let o = ctx.heap.alloc(Object::new(Some(proto), ObjKind::Error))?;
    let mut stack = StrBuilder::new();
    stack.push_str(kind.name());
    if let Some(m) = message {
        if !ctx.heap.str(m).is_empty() {
            stack.push_str(": ");
            stack.push_js(ctx.heap.str(m));
        }
    }
    stack.push_str("\n    at <anonymous>");
    let stack = ctx.heap.alloc_str(stack.finish())?;
    ops::set_obj(ctx, o, Key::Atom(atoms::STACK), Value::Str(stack))?;
    if let Some(m) = message {
        ops::set_obj(ctx, o, Key::Atom(atoms::MESSAGE), Value::Str(m))?;
    }
    if let Some(c) = cause {
        ops::set_obj(ctx, o, Key::Atom(atoms::CAUSE), c)?;
    }
    Ok(Value::Obj(o))
}

/// `Error.prototype.toString`: `name: message`, either part alone when
/// the other is empty.
fn to_string(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    let Value::Obj(o) = this else {
        let d = describe(ctx, this);
        return type_error(format!(
            "Method Error.prototype.toString called on incompatible receiver {d}"
        ));
    };
    let name = match ops::get_obj(ctx, o, Key::Atom(atoms::NAME), this)? {
        Value::Undefined => atoms::ERROR,
        v => conv::to_string(ctx, v)?,
    };
    let msg = match ops::get_obj(ctx, o, Key::Atom(atoms::MESSAGE), this)? {
        Value::Undefined => atoms::EMPTY,
        v => conv::to_string(ctx, v)?,
    };
    if ctx.heap.str(name).is_empty() {
        return Ok(Value::Str(msg));
    }
    if ctx.heap.str(msg).is_empty() {
        return Ok(Value::Str(name));
    }
    let mut b = StrBuilder::new();
    b.push_js(ctx.heap.str(name));
    b.push_str(": ");
    b.push_js(ctx.heap.str(msg));
    Ok(Value::Str(ctx.heap.intern_or_alloc(b.finish())?))
}

#[cfg(test)]
mod tests {
    use crate::builtins::array::tests::{ctx, global, n, res, s, show};
    use crate::conv::Key;
    use crate::value::Value;
    use crate::Ctx;

    fn make(c: &mut Ctx, ctor: &str, args: &[Value]) -> Value {
        let Value::Obj(f) = global(ctor) else {
            panic!("{ctor}")
        };
        let crate::object::ObjKind::Native { f, .. } = c.heap.obj(f).kind else {
            panic!()
        };
        f(c, Value::Undefined, args).unwrap()
    }

    fn to_str(c: &mut Ctx, e: Value) -> String {
        let p = Value::Obj(c.realm.error_proto);
        let r = c.call_builtin(p, "toString", e, &[]);
        res(c, r)
    }

    #[test]
    fn constructors() {
        let mut c = ctx();
        let m = s(&mut c, "bad");
        let o = crate::ops::new_object(&mut c).unwrap();
        crate::ops::set_obj(&mut c, o, Key::Atom(crate::atoms::CAUSE), n(5.0)).unwrap();
        let e = make(&mut c, "RangeError", &[m, Value::Obj(o)]);
        assert_eq!(
            show(&c, e),
            "{stack:\"RangeError: bad\\n    at <anonymous>\",message:\"bad\",cause:5}"
        );
        assert_eq!(to_str(&mut c, e), "\"RangeError: bad\"");
        let e = make(&mut c, "TypeError", &[]);
        assert_eq!(show(&c, e), "{stack:\"TypeError\\n    at <anonymous>\"}");
        assert_eq!(to_str(&mut c, e), "\"TypeError\"");
        let e = make(&mut c, "Error", &[Value::Null]);
        assert_eq!(to_str(&mut c, e), "\"Error: null\"");
        // Error('a', {}) has no cause; {cause: undefined} has one.
        let empty = crate::ops::new_object(&mut c).unwrap();
        let a = s(&mut c, "a");
        let e = make(&mut c, "Error", &[a, Value::Obj(empty)]);
        assert_eq!(
            show(&c, e),
            "{stack:\"Error: a\\n    at <anonymous>\",message:\"a\"}"
        );
        let r = c.call_builtin(Value::Obj(c.realm.error_proto), "toString", n(5.0), &[]);
        assert_eq!(
            res(&c, r),
            "TypeError: Method Error.prototype.toString called on incompatible receiver 5"
        );
        // A plain object with name and message, and one without.
        let o = crate::ops::new_object(&mut c).unwrap();
        assert_eq!(to_str(&mut c, Value::Obj(o)), "\"Error\"");
        let nn = s(&mut c, "N");
        let mm = s(&mut c, "M");
        crate::ops::set_obj(&mut c, o, Key::Atom(crate::atoms::NAME), nn).unwrap();
        crate::ops::set_obj(&mut c, o, Key::Atom(crate::atoms::MESSAGE), mm).unwrap();
        assert_eq!(to_str(&mut c, Value::Obj(o)), "\"N: M\"");
        let Value::Obj(te) = global("TypeError") else {
            panic!()
        };
        assert_eq!(c.heap.obj(te).proto, global("Error").as_obj());
        assert_eq!(c.realm.error_ctor, global("Error").as_obj().unwrap());
        let d = crate::builtins::intrinsics::describe(&mut c, e);
        assert_eq!(d, "Error: a");
    }
}
