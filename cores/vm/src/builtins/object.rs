//! Built-ins: `Object`, its static functions and `Object.prototype`.
//!
//! Properties here are data properties only. Enumerability is implicit:
//! own properties enumerate, except the ones JavaScript makes
//! non-enumerable (`length` of arrays and functions, `name` of functions,
//! `message`/`stack`/`cause` of errors), listed in [`is_hidden`].
//! `Object.groupBy` (it takes a callback) is in `prelude/map_set.js`.

use super::array::SEALED;
use super::intrinsics::{class_tag, describe};
use super::{arg, Builder};
use crate::atoms;
use crate::conv::{self, Key};
use crate::error::{type_error, Interrupt, JsResult, TailCall};
use crate::object::{ObjKind, Object, FROZEN, NON_EXTENSIBLE};
use crate::ops;
use crate::string::JsStr;
use crate::value::{ObjId, Value};
use crate::Ctx;

pub fn install(b: &mut Builder) {
    let proto = b.realm().object_proto;
    let c = b.constructor("Object", construct, construct, 1, proto);
    b.ctx.realm.object_ctor = c;
    let statics: &[(&str, crate::object::NativeFn, u8)] = &[
        ("keys", keys, 1),
        ("values", values, 1),
        ("entries", entries, 1),
        ("assign", assign, 2),
        ("fromEntries", from_entries, 1),
        ("freeze", freeze, 1),
        ("isFrozen", is_frozen, 1),
        ("seal", seal, 1),
        ("isSealed", is_sealed, 1),
        ("preventExtensions", prevent_extensions, 1),
        ("isExtensible", is_extensible, 1),
        ("create", create, 2),
        ("getPrototypeOf", get_prototype_of, 1),
        ("setPrototypeOf", set_prototype_of, 2),
        ("getOwnPropertyNames", get_own_property_names, 1),
        ("getOwnPropertyDescriptor", get_own_property_descriptor, 2),
        ("getOwnPropertyDescriptors", get_own_property_descriptors, 1),
        ("defineProperty", define_property, 3),
        ("defineProperties", define_properties, 2),
        ("hasOwn", has_own, 2),
        ("is", is, 2),
    ];
    for &(name, f, len) in statics {
        b.method(c, name, f, len);
    }
    let methods: &[(&str, crate::object::NativeFn, u8)] = &[
        ("hasOwnProperty", has_own_property, 1),
        ("isPrototypeOf", is_prototype_of, 1),
        ("propertyIsEnumerable", property_is_enumerable, 1),
        ("toString", to_string, 0),
        ("toLocaleString", to_locale_string, 0),
        ("valueOf", value_of, 0),
    ];
    for &(name, f, len) in methods {
        b.method(proto, name, f, len);
    }
    b.global("Object", Value::Obj(c));
}

fn null_to_object<T>() -> JsResult<T> {
    type_error("Cannot convert undefined or null to object")
}

/// ToObject: primitives become wrapper objects.
pub fn to_object(ctx: &mut Ctx, v: Value) -> JsResult<ObjId> {
    let proto = match v {
        Value::Obj(o) => return Ok(o),
        Value::Str(_) => ctx.realm.string_proto,
        Value::Num(_) => ctx.realm.number_proto,
        Value::Bool(_) => ctx.realm.boolean_proto,
        _ => return null_to_object(),
    };
    ctx.heap
        .alloc(Object::new(Some(proto), ObjKind::Primitive(v)))
}

/// `Object(v)` / `new Object(v)`.
fn construct(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    match arg(args, 0) {
        Value::Undefined | Value::Null => Ok(Value::Obj(ops::new_object(ctx)?)),
        v => Ok(Value::Obj(to_object(ctx, v)?)),
    }
}

/// Own properties JavaScript defines as non-enumerable, by object kind.
use crate::ops::is_hidden;

/// Own enumerable string keys in JavaScript order (as atoms' values).
pub fn enum_keys(ctx: &mut Ctx, v: Value) -> JsResult<Vec<Value>> {
    match v {
        Value::Undefined | Value::Null => null_to_object(),
        Value::Str(s) => {
            let n = ctx.heap.str(s).len();
            ctx.charge(n as u64)?;
            (0..n)
                .map(|i| Ok(Value::Str(conv::number_to_str(ctx, i as f64)?)))
                .collect()
        }
        Value::Obj(o) => {
            let keys = ops::own_keys(ctx, o)?;
            ctx.charge(keys.len() as u64)?;
            let kind = &ctx.heap.obj(o).kind;
            Ok(keys
                .into_iter()
                .filter(|k| !matches!(k, Value::Str(a) if is_hidden(kind, *a)))
                .collect())
        }
        _ => Ok(Vec::new()),
    }
}

fn keys(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let k = enum_keys(ctx, arg(args, 0))?;
    Ok(Value::Obj(ops::new_array(ctx, k)?))
}

/// `base[key]` for a key given as a string value.
fn get_by_name(ctx: &mut Ctx, base: Value, key: Value) -> JsResult<Value> {
    let k = conv::to_key(ctx, key)?;
    ops::get(ctx, base, k)
}

fn values(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let o = arg(args, 0);
    let ks = enum_keys(ctx, o)?;
    let mut out = Vec::with_capacity(ks.len());
    for k in ks {
        out.push(get_by_name(ctx, o, k)?);
    }
    Ok(Value::Obj(ops::new_array(ctx, out)?))
}

fn entries(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let o = arg(args, 0);
    let ks = enum_keys(ctx, o)?;
    let mut out = Vec::with_capacity(ks.len());
    for k in ks {
        let v = get_by_name(ctx, o, k)?;
        out.push(Value::Obj(ops::new_array(ctx, vec![k, v])?));
    }
    Ok(Value::Obj(ops::new_array(ctx, out)?))
}

fn assign(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let target = Value::Obj(to_object(ctx, arg(args, 0))?);
    for &src in args.iter().skip(1) {
        if src.is_nullish() {
            continue;
        }
        for k in enum_keys(ctx, src)? {
            let v = get_by_name(ctx, src, k)?;
            let key = conv::to_key(ctx, k)?;
            ops::set(ctx, target, key, v)?;
        }
    }
    Ok(target)
}

fn from_entries(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let it = arg(args, 0);
    if it.is_nullish() {
        return super::array::iter::not_iterable(ctx, it);
    }
    let Some(list) = super::array::iter::iterate(ctx, it)? else {
        return super::array::iter::not_iterable(ctx, it);
    };
    let out = ops::new_object(ctx)?;
    for e in list {
        if !matches!(e, Value::Obj(_)) {
            let d = describe(ctx, e);
            return type_error(format!("Iterator value {d} is not an entry object"));
        }
        let k = ops::get(ctx, e, Key::Index(0))?;
        let v = ops::get(ctx, e, Key::Index(1))?;
        let key = conv::to_key(ctx, k)?;
        ops::set_obj(ctx, out, key, v)?;
    }
    Ok(Value::Obj(out))
}

/// Sets flags on a run-layer object; objects of frozen layers already
/// cannot change, so integrity changes on them are no-ops.
fn add_flags(ctx: &mut Ctx, v: Value, flags: u8) -> JsResult<Value> {
    if let Value::Obj(o) = v {
        if !ctx.heap.is_frozen_layer(o) {
            ctx.heap.obj_mut(o)?.flags |= flags;
        }
    }
    Ok(v)
}

fn freeze(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    add_flags(ctx, arg(args, 0), FROZEN | NON_EXTENSIBLE | SEALED)
}
fn seal(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    add_flags(ctx, arg(args, 0), NON_EXTENSIBLE | SEALED)
}
fn prevent_extensions(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    add_flags(ctx, arg(args, 0), NON_EXTENSIBLE)
}

/// Whether an object has no own properties at all (then a non-extensible
/// object is also sealed and frozen).
fn has_no_own(ctx: &Ctx, o: ObjId) -> bool {
    let obj = ctx.heap.obj(o);
    let elems_empty = match &obj.kind {
        ObjKind::Array(a) | ObjKind::Arguments(a) => a.iter().all(|v| matches!(v, Value::Empty)),
        ObjKind::Primitive(Value::Str(s)) => ctx.heap.str(*s).is_empty(),
        _ => true,
    };
    elems_empty && obj.props.is_empty()
}

fn integrity(ctx: &mut Ctx, args: &[Value], flag: u8) -> JsResult<Value> {
    let Value::Obj(o) = arg(args, 0) else {
        return Ok(Value::Bool(true));
    };
    let f = ctx.heap.obj(o).flags;
    Ok(Value::Bool(
        f & flag != 0 || (f & NON_EXTENSIBLE != 0 && has_no_own(ctx, o)),
    ))
}

fn is_frozen(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    integrity(ctx, args, FROZEN)
}
fn is_sealed(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    integrity(ctx, args, SEALED | FROZEN)
}
fn is_extensible(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(
        matches!(arg(args, 0), Value::Obj(o) if ctx.heap.obj(o).flags & NON_EXTENSIBLE == 0),
    ))
}

fn proto_arg(ctx: &mut Ctx, p: Value) -> JsResult<Option<ObjId>> {
    match p {
        Value::Obj(o) => Ok(Some(o)),
        Value::Null => Ok(None),
        v => {
            let d = describe(ctx, v);
            type_error(format!(
                "Object prototype may only be an Object or null: {d}"
            ))
        }
    }
}

fn create(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let proto = proto_arg(ctx, arg(args, 0))?;
    if !matches!(arg(args, 1), Value::Undefined) {
        return type_error(
            "Object.create with property descriptors (second argument) is not supported: \
             create the object, then assign its properties",
        );
    }
    Ok(Value::Obj(
        ctx.heap.alloc(Object::new(proto, ObjKind::Ordinary))?,
    ))
}

fn proto_of(ctx: &Ctx, v: Value) -> JsResult<Value> {
    let r = &ctx.realm;
    Ok(match v {
        Value::Obj(o) => ctx.heap.obj(o).proto.map_or(Value::Null, Value::Obj),
        Value::Str(_) => Value::Obj(r.string_proto),
        Value::Num(_) => Value::Obj(r.number_proto),
        Value::Bool(_) => Value::Obj(r.boolean_proto),
        _ => return null_to_object(),
    })
}

fn get_prototype_of(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    proto_of(ctx, arg(args, 0))
}

fn set_prototype_of(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let target = arg(args, 0);
    if target.is_nullish() {
        return type_error("Object.setPrototypeOf called on null or undefined");
    }
    let proto = proto_arg(ctx, arg(args, 1))?;
    let Value::Obj(o) = target else {
        return Ok(target);
    };
    if ctx.heap.obj(o).proto == proto {
        return Ok(target);
    }
    if o == ctx.realm.object_proto {
        return type_error(
            "Immutable prototype object 'Object.prototype' cannot have their prototype set",
        );
    }
    if ctx.heap.obj(o).flags & NON_EXTENSIBLE != 0 {
        let d = describe(ctx, target);
        return type_error(format!("{d} is not extensible"));
    }
    let mut cur = proto;
    while let Some(p) = cur {
        if p == o {
            return type_error("Cyclic __proto__ value");
        }
        ctx.charge(1)?;
        cur = ctx.heap.obj(p).proto;
    }
    ctx.heap.obj_mut(o)?.proto = proto;
    Ok(target)
}

/// Attributes of an own property: (writable, enumerable, configurable).
fn attributes(ctx: &Ctx, o: ObjId, key: Key) -> (bool, bool, bool) {
    let obj = ctx.heap.obj(o);
    let frozen = obj.flags & FROZEN != 0;
    let sealed = obj.flags & (SEALED | FROZEN) != 0;
    match (&obj.kind, key) {
        (ObjKind::Array(_) | ObjKind::Arguments(_), Key::Atom(atoms::LENGTH)) => {
            (!frozen, false, false)
        }
        (ObjKind::Primitive(Value::Str(_)), Key::Index(_)) => (false, true, false),
        (ObjKind::Primitive(Value::Str(_)), Key::Atom(atoms::LENGTH)) => (false, false, false),
        (
            ObjKind::Closure { .. } | ObjKind::Native { .. } | ObjKind::Bound { .. },
            Key::Atom(atoms::NAME | atoms::LENGTH),
        ) => (false, false, !sealed),
        (kind, Key::Atom(k)) if is_hidden(kind, k) => (!frozen, false, !sealed),
        _ => (!frozen, true, !sealed),
    }
}

/// The own property `key` of `o`, if any (a Map's `size` is inherited in JS).
fn own_value(ctx: &Ctx, o: ObjId, key: Key) -> Option<Value> {
    if key == Key::Atom(atoms::SIZE)
        && matches!(ctx.heap.obj(o).kind, ObjKind::Map(_) | ObjKind::Set(_))
    {
        return ctx.heap.obj(o).props.get(atoms::SIZE);
    }
    ops::get_own(ctx, o, key)
}

/// Own property names, enumerable or not, in JavaScript order.
fn own_names(ctx: &mut Ctx, o: ObjId) -> JsResult<Vec<Value>> {
    let obj = ctx.heap.obj(o);
    let mut out: Vec<Value> = Vec::new();
    let push_idx = |ctx: &mut Ctx, n: usize, out: &mut Vec<Value>| -> JsResult<()> {
        for i in 0..n {
            out.push(Value::Str(conv::number_to_str(ctx, i as f64)?));
        }
        Ok(())
    };
    match &obj.kind {
        ObjKind::Array(a) | ObjKind::Arguments(a) => {
            let present: Vec<usize> = (0..a.len())
                .filter(|&i| !matches!(a[i], Value::Empty))
                .collect();
            for i in present {
                out.push(Value::Str(conv::number_to_str(ctx, i as f64)?));
            }
            out.push(Value::Str(atoms::LENGTH));
        }
        ObjKind::Primitive(Value::Str(s)) => {
            let n = ctx.heap.str(*s).len();
            push_idx(ctx, n, &mut out)?;
            out.push(Value::Str(atoms::LENGTH));
        }
        ObjKind::Closure { .. } | ObjKind::Native { .. } | ObjKind::Bound { .. } => {
            out.push(Value::Str(atoms::LENGTH));
            out.push(Value::Str(atoms::NAME));
        }
        _ => {}
    }
    for k in ctx.heap.obj(o).props.keys() {
        if !out.iter().any(|v| matches!(v, Value::Str(x) if *x == k)) {
            out.push(Value::Str(k));
        }
    }
    ctx.charge(out.len() as u64)?;
    Ok(out)
}

fn get_own_property_names(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(ctx, arg(args, 0))?;
    let names = own_names(ctx, o)?;
    Ok(Value::Obj(ops::new_array(ctx, names)?))
}

/// `{ value, writable, enumerable, configurable }` or undefined.
fn descriptor(ctx: &mut Ctx, o: ObjId, key: Key) -> JsResult<Value> {
    let Some(v) = own_value(ctx, o, key) else {
        return Ok(Value::Undefined);
    };
    let (w, e, c) = attributes(ctx, o, key);
    let d = ops::new_object(ctx)?;
    let names = ["value", "writable", "enumerable", "configurable"];
    let vals = [v, Value::Bool(w), Value::Bool(e), Value::Bool(c)];
    for (n, val) in names.iter().zip(vals) {
        let k = ctx.heap.intern(JsStr::from_str(n))?;
        ops::set_obj(ctx, d, Key::Atom(k), val)?;
    }
    Ok(Value::Obj(d))
}

fn get_own_property_descriptor(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(ctx, arg(args, 0))?;
    let key = conv::to_key(ctx, arg(args, 1))?;
    descriptor(ctx, o, key)
}

fn get_own_property_descriptors(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(ctx, arg(args, 0))?;
    let out = ops::new_object(ctx)?;
    for name in own_names(ctx, o)? {
        let key = conv::to_key(ctx, name)?;
        let d = descriptor(ctx, o, key)?;
        ops::set_obj(ctx, out, key, d)?;
    }
    Ok(Value::Obj(out))
}

/// `Object.defineProperty` for data properties. Our properties are always
/// writable, enumerable and configurable, so only `value` (and those
/// attributes set to `true`) can be honoured; anything else is refused
/// with a TypeError rather than silently behaving differently.
fn define_property(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let target = arg(args, 0);
    let Value::Obj(o) = target else {
        return type_error("Object.defineProperty called on non-object");
    };
    let key = conv::to_key(ctx, arg(args, 1))?;
    define_one(ctx, o, key, arg(args, 2))?;
    Ok(target)
}

fn define_one(ctx: &mut Ctx, o: ObjId, key: Key, desc: Value) -> JsResult<()> {
    let Value::Obj(d) = desc else {
        let shown = describe(ctx, desc);
        return type_error(format!("Property description must be an object: {shown}"));
    };
    for accessor in ["get", "set"] {
        let k = ctx.heap.intern(JsStr::from_str(accessor))?;
        if ops::has_property(ctx, d, Key::Atom(k)) {
            return type_error(format!(
                "Object.defineProperty with '{accessor}' is not supported: getters and setters are \
                 removed (invisible code on property access); define a plain value instead"
            ));
        }
    }
    for attr in ["writable", "enumerable", "configurable"] {
        let k = ctx.heap.intern(JsStr::from_str(attr))?;
        if ops::has_property(ctx, d, Key::Atom(k)) {
            let v = ops::get_obj(ctx, d, Key::Atom(k), desc)?;
            if !conv::to_boolean(ctx, v) {
                return type_error(format!(
                    "Object.defineProperty with '{attr}: false' is not supported: properties are \
                     always writable, enumerable and configurable here; use Object.freeze for \
                     read-only objects"
                ));
            }
        }
    }
    if ops::has_property(ctx, d, Key::Atom(atoms::VALUE)) {
        let v = ops::get_obj(ctx, d, Key::Atom(atoms::VALUE), desc)?;
        ops::set_obj(ctx, o, key, v)
    } else if own_value(ctx, o, key).is_none() {
        ops::set_obj(ctx, o, key, Value::Undefined)
    } else {
        Ok(())
    }
}

fn define_properties(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    let target = arg(args, 0);
    let Value::Obj(o) = target else {
        return type_error("Object.defineProperties called on non-object");
    };
    let props = arg(args, 1);
    for k in enum_keys(ctx, props)? {
        let desc = get_by_name(ctx, props, k)?;
        let key = conv::to_key(ctx, k)?;
        define_one(ctx, o, key, desc)?;
    }
    Ok(target)
}

/// HasOwnProperty of any value (primitives through their wrapper).
fn has_own_of(ctx: &mut Ctx, v: Value, k: Value) -> JsResult<bool> {
    if v.is_nullish() {
        return null_to_object();
    }
    let key = conv::to_key(ctx, k)?;
    Ok(match v {
        Value::Obj(o) => own_value(ctx, o, key).is_some(),
        Value::Str(s) => match key {
            Key::Index(i) => (i as usize) < ctx.heap.str(s).len(),
            Key::Atom(a) => a == atoms::LENGTH,
        },
        _ => false,
    })
}

fn has_own(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(has_own_of(ctx, arg(args, 0), arg(args, 1))?))
}

fn is(ctx: &mut Ctx, _: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(ops::same_value(
        ctx,
        arg(args, 0),
        arg(args, 1),
    )))
}

fn has_own_property(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(has_own_of(ctx, this, arg(args, 0))?))
}

fn is_prototype_of(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let Value::Obj(v) = arg(args, 0) else {
        return Ok(Value::Bool(false));
    };
    let me = to_object(ctx, this)?;
    let mut cur = ctx.heap.obj(v).proto;
    while let Some(p) = cur {
        if p == me {
            return Ok(Value::Bool(true));
        }
        cur = ctx.heap.obj(p).proto;
    }
    Ok(Value::Bool(false))
}

fn property_is_enumerable(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let key = conv::to_key(ctx, arg(args, 0))?;
    let o = to_object(ctx, this)?;
    if own_value(ctx, o, key).is_none() {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(attributes(ctx, o, key).1))
}

/// `Object.prototype.toString`: `[object Tag]`.
fn to_string(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    let tag = match this {
        Value::Undefined | Value::Empty | Value::Cell(_) => "Undefined",
        Value::Null => "Null",
        Value::Bool(_) => "Boolean",
        Value::Num(_) => "Number",
        Value::Str(_) => "String",
        Value::Obj(o) => class_tag(ctx, o),
    };
    if tag == "Object" {
        return Ok(Value::Str(atoms::OBJECT_OBJECT));
    }
    ctx.heap.str_value(&format!("[object {tag}]"))
}

/// `this.toString()`, performed by the interpreter.
fn to_locale_string(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    if this.is_nullish() {
        return null_to_object();
    }
    let f = ops::get(ctx, this, Key::Atom(atoms::TO_STRING))?;
    if !ctx.heap.is_callable(f) {
        let d = describe(ctx, f);
        return type_error(format!("{d} is not a function"));
    }
    Err(Interrupt::Call(Box::new(TailCall {
        callee: f,
        this,
        args: Vec::new(),
    })))
}

fn value_of(ctx: &mut Ctx, this: Value, _: &[Value]) -> JsResult<Value> {
    Ok(Value::Obj(to_object(ctx, this)?))
}

#[cfg(test)]
mod tests;
