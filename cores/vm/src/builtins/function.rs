//! Built-ins: `Function.prototype` (call, apply, bind, toString) and the
//! `Function` constructor, which exists only to refuse `new Function`.
//!
//! `call` and `apply` hand the call back to the interpreter as a
//! [`TailCall`], so they never grow the Rust stack. `toString` of a
//! function compiled from JavaScript is its source text, as in JS.

use super::intrinsics::describe;
use super::{arg, Builder};
use crate::atoms;
use crate::conv::{self, Key};
use crate::error::{range_error, type_error, Interrupt, JsResult, TailCall};
use crate::object::{ObjKind, Object};
use crate::ops;
use crate::string::JsStr;
use crate::value::Value;
use crate::Ctx;

pub fn install(b: &mut Builder) {
    let p = b.realm().function_proto;
    let c = b.constructor("Function", function_ctor, function_ctor, 1, p);
    b.global("Function", Value::Obj(c));
    b.ctx.realm.function_ctor = c;
    b.method(p, "call", call, 1);
    b.method(p, "apply", apply, 2);
    b.method(p, "bind", bind, 1);
    b.method(p, "toString", to_string, 0);
}

fn function_ctor(_: &mut Ctx, _: Value, _: &[Value]) -> JsResult<Value> {
    type_error(
        "Function constructor is not supported: code must be known at compile time; \
         write a function expression instead",
    )
}

fn require_callable(ctx: &mut Ctx, this: Value) -> JsResult<()> {
    if !ctx.heap.is_callable(this) {
        let d = describe(ctx, this);
        return type_error(format!("{d} is not a function"));
    }
    Ok(())
}

fn tail(callee: Value, this: Value, args: Vec<Value>) -> JsResult<Value> {
    Err(Interrupt::Call(Box::new(TailCall { callee, this, args })))
}

/// `f.call(thisArg, ...args)`.
fn call(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    require_callable(ctx, this)?;
    tail(this, arg(args, 0), args.get(1..).unwrap_or(&[]).to_vec())
}

/// `f.apply(thisArg, argArray)`.
fn apply(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    require_callable(ctx, this)?;
    let list = list_from_array_like(ctx, arg(args, 1))?;
    tail(this, arg(args, 0), list)
}

/// CreateListFromArrayLike (`undefined`/`null` give no arguments).
fn list_from_array_like(ctx: &mut Ctx, v: Value) -> JsResult<Vec<Value>> {
    let o = match v {
        Value::Undefined | Value::Null => return Ok(Vec::new()),
        Value::Obj(o) => o,
        _ => return type_error("CreateListFromArrayLike called on non-object"),
    };
    if let ObjKind::Array(a) | ObjKind::Arguments(a) = &ctx.heap.obj(o).kind {
        let list: Vec<Value> = a.iter().map(|v| v.or_undefined()).collect();
        ctx.charge(list.len() as u64 / 8)?;
        return Ok(list);
    }
    let l = ops::get_obj(ctx, o, Key::Atom(atoms::LENGTH), v)?;
    let n = super::array::to_length(conv::to_number(ctx, l)?);
    if n > ctx.limits.max_stack {
        return range_error("Maximum call stack size exceeded");
    }
    ctx.charge(n as u64)?;
    (0..n)
        .map(|i| ops::get_obj(ctx, o, Key::Index(i as u32), v))
        .collect()
}

/// `f.bind(thisArg, ...args)`: a bound function named `bound f` whose
/// length is what is left of `f.length`.
fn bind(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let Value::Obj(target) = this else {
        return type_error("Bind must be called on a function");
    };
    if !ctx.heap.obj(target).is_callable() {
        return type_error("Bind must be called on a function");
    }
    let bound_args: Box<[Value]> = args.get(1..).unwrap_or(&[]).into();
    let len = match ops::get_obj(ctx, target, Key::Atom(atoms::LENGTH), this)? {
        Value::Num(n) => (conv::to_integer(n) - bound_args.len() as f64).max(0.0),
        _ => 0.0,
    };
    let name = match ops::get_obj(ctx, target, Key::Atom(atoms::NAME), this)? {
        Value::Str(s) => ctx.heap.str(s).clone(),
        _ => JsStr::empty(),
    };
    let name = JsStr::from_str("bound ").concat(&name);
    let name = ctx.heap.intern_or_alloc(name)?;
    let proto = ctx.heap.obj(target).proto;
    let kind = ObjKind::Bound {
        target,
        this: arg(args, 0),
        args: bound_args,
    };
    let f = ctx.heap.alloc(Object::new(proto, kind))?;
    ops::set_obj(ctx, f, Key::Atom(atoms::LENGTH), Value::Num(len))?;
    ops::set_obj(ctx, f, Key::Atom(atoms::NAME), Value::Str(name))?;
    Ok(Value::Obj(f))
}

fn to_string(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    if let Value::Obj(o) = this {
        if ctx.heap.obj(o).is_callable() {
            let s = describe(ctx, this);
            return ctx.heap.str_value(&s);
        }
    }
    type_error("Function.prototype.toString requires that 'this' be a Function")
}

#[cfg(test)]
mod tests {
    use crate::builtins::array::tests::{ctx, global, n, nums, res, s};
    use crate::value::Value;

    #[test]
    fn call_apply_bind_to_string() {
        let mut c = ctx();
        let fp = Value::Obj(c.realm.function_proto);
        let arr = global("Array");
        let a = nums(&mut c, &[1.0, 2.0]);
        let r = c.call_builtin(fp, "call", arr, &[Value::Null, n(1.0)]);
        assert!(
            matches!(r, Err(crate::Interrupt::Call(ref t)) if t.args.len() == 1 && matches!(t.this, Value::Null))
        );
        let r = c.call_builtin(fp, "apply", arr, &[Value::Null, a]);
        assert!(matches!(r, Err(crate::Interrupt::Call(ref t)) if t.args.len() == 2));
        let r = c.call_builtin(fp, "apply", arr, &[Value::Null, n(5.0)]);
        assert_eq!(
            res(&c, r),
            "TypeError: CreateListFromArrayLike called on non-object"
        );
        let r = c.call_builtin(fp, "call", n(5.0), &[]);
        assert_eq!(res(&c, r), "TypeError: 5 is not a function");
        let r = c.call_builtin(fp, "bind", n(3.0), &[]);
        assert_eq!(res(&c, r), "TypeError: Bind must be called on a function");
        let of = c.call_builtin(arr, "of", Value::Undefined, &[]).unwrap();
        let _ = of;
        let array_of = {
            let k = crate::conv::Key::Atom(c.heap.intern(crate::JsStr::from_str("of")).unwrap());
            crate::ops::get(&mut c, arr, k).unwrap()
        };
        let b = c
            .call_builtin(fp, "bind", array_of, &[Value::Null, n(1.0)])
            .unwrap();
        let name = crate::ops::get(&mut c, b, crate::conv::Key::Atom(crate::atoms::NAME)).unwrap();
        assert_eq!(res(&c, Ok(name)), "\"bound of\"");
        let len = crate::ops::get(&mut c, b, crate::conv::Key::Atom(crate::atoms::LENGTH)).unwrap();
        assert_eq!(res(&c, Ok(len)), "0");
        let r = c.call_builtin(fp, "toString", array_of, &[]);
        assert_eq!(res(&c, r), "\"function of() { [native code] }\"");
        let r = c.call_builtin(fp, "toString", b, &[]);
        assert_eq!(res(&c, r), "\"function () { [native code] }\"");
        let o = s(&mut c, "x");
        let r = c.call_builtin(fp, "toString", o, &[]);
        assert_eq!(
            res(&c, r),
            "TypeError: Function.prototype.toString requires that 'this' be a Function"
        );
        let keys = c.call_builtin(global("Object"), "keys", Value::Undefined, &[b]);
        assert_eq!(res(&c, keys), "[]");
    }
}
