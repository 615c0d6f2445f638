//! Unit tests of `Object` against node 20's outputs.

use crate::builtins::array::tests::{arr, ctx, global, n, nums, res, s, show};
use crate::conv::Key;
use crate::object::ObjKind;
use crate::ops;
use crate::value::Value;
use crate::Ctx;

fn call(ctx: &mut Ctx, name: &str, args: &[Value]) -> String {
    let r = ctx.call_builtin(global("Object"), name, Value::Undefined, args);
    res(ctx, r)
}

fn proto_call(ctx: &mut Ctx, name: &str, this: Value, args: &[Value]) -> String {
    let p = Value::Obj(ctx.realm.object_proto);
    let r = ctx.call_builtin(p, name, this, args);
    res(ctx, r)
}

/// `{a: 1, b: "x", 2: true}` built in JS order.
fn sample(ctx: &mut Ctx) -> Value {
    let o = ops::new_object(ctx).unwrap();
    let a = ctx.heap.intern(crate::JsStr::from_str("a")).unwrap();
    let b = ctx.heap.intern(crate::JsStr::from_str("b")).unwrap();
    let x = s(ctx, "x");
    ops::set_obj(ctx, o, Key::Atom(b), x).unwrap();
    ops::set_obj(ctx, o, Key::Atom(a), n(1.0)).unwrap();
    ops::set_obj(ctx, o, Key::Index(2), Value::Bool(true)).unwrap();
    Value::Obj(o)
}

#[test]
fn keys_values_entries() {
    let mut c = ctx();
    let o = sample(&mut c);
    assert_eq!(call(&mut c, "keys", &[o]), "[\"2\",\"b\",\"a\"]");
    assert_eq!(call(&mut c, "values", &[o]), "[true,\"x\",1]");
    assert_eq!(
        call(&mut c, "entries", &[o]),
        "[[\"2\",true],[\"b\",\"x\"],[\"a\",1]]"
    );
    let h = arr(&mut c, &[n(1.0), Value::Empty, n(3.0)]);
    assert_eq!(call(&mut c, "keys", &[h]), "[\"0\",\"2\"]");
    let t = s(&mut c, "ab");
    assert_eq!(
        call(&mut c, "entries", &[t]),
        "[[\"0\",\"a\"],[\"1\",\"b\"]]"
    );
    assert_eq!(call(&mut c, "keys", &[n(5.0)]), "[]");
    assert_eq!(
        call(&mut c, "keys", &[Value::Null]),
        "TypeError: Cannot convert undefined or null to object"
    );
    let ap = Value::Obj(c.realm.array_proto);
    assert_eq!(call(&mut c, "keys", &[ap]), "[]");
    let e = ops::new_error(&mut c, crate::JsErrorKind::Error, "x").unwrap();
    assert_eq!(call(&mut c, "keys", &[Value::Obj(e)]), "[]");
}

#[test]
fn assign_and_from_entries() {
    let mut c = ctx();
    let o = sample(&mut c);
    let t = Value::Obj(ops::new_object(&mut c).unwrap());
    let str_ab = s(&mut c, "ab");
    assert_eq!(
        call(&mut c, "assign", &[t, Value::Null, o, str_ab]),
        "{0:\"a\",1:\"b\",2:true,b:\"x\",a:1}"
    );
    assert_eq!(
        call(&mut c, "assign", &[Value::Null]),
        "TypeError: Cannot convert undefined or null to object"
    );
    let one = nums(&mut c, &[1.0, 2.0]);
    let three = nums(&mut c, &[3.0]);
    let list = arr(&mut c, &[one, three]);
    assert_eq!(call(&mut c, "fromEntries", &[list]), "{1:2,3:undefined}");
    let bad = nums(&mut c, &[1.0]);
    assert_eq!(
        call(&mut c, "fromEntries", &[bad]),
        "TypeError: Iterator value 1 is not an entry object"
    );
    assert_eq!(
        call(&mut c, "fromEntries", &[n(5.0)]),
        "TypeError: number 5 is not iterable (cannot read property Symbol(Symbol.iterator))"
    );
    let e = Value::Obj(ops::new_object(&mut c).unwrap());
    assert_eq!(
        call(&mut c, "fromEntries", &[e]),
        "TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator))"
    );
}

#[test]
fn integrity_levels() {
    let mut c = ctx();
    let o = sample(&mut c);
    assert_eq!(call(&mut c, "isFrozen", &[o]), "false");
    call(&mut c, "freeze", &[o]);
    assert_eq!(call(&mut c, "isFrozen", &[o]), "true");
    assert_eq!(call(&mut c, "isSealed", &[o]), "true");
    assert_eq!(call(&mut c, "isExtensible", &[o]), "false");
    let a = c.heap.intern(crate::JsStr::from_str("a")).unwrap();
    let z = c.heap.intern(crate::JsStr::from_str("z")).unwrap();
    let r = ops::set(&mut c, o, Key::Atom(a), n(2.0)).map(|_| Value::Undefined);
    assert_eq!(
        res(&c, r),
        "TypeError: Cannot assign to read only property 'a' of object '#<Object>'"
    );
    let r = ops::set(&mut c, o, Key::Atom(z), n(2.0)).map(|_| Value::Undefined);
    assert_eq!(
        res(&c, r),
        "TypeError: Cannot add property z, object is not extensible"
    );
    let e = Value::Obj(ops::new_object(&mut c).unwrap());
    call(&mut c, "preventExtensions", &[e]);
    assert_eq!(call(&mut c, "isFrozen", &[e]), "true");
    let p = sample(&mut c);
    call(&mut c, "preventExtensions", &[p]);
    assert_eq!(call(&mut c, "isFrozen", &[p]), "false");
    call(&mut c, "seal", &[p]);
    assert_eq!(call(&mut c, "isSealed", &[p]), "true");
    assert_eq!(call(&mut c, "isFrozen", &[p]), "false");
    assert_eq!(call(&mut c, "isFrozen", &[n(1.0)]), "true");
    assert_eq!(call(&mut c, "isExtensible", &[n(1.0)]), "false");
    assert_eq!(call(&mut c, "freeze", &[n(1.0)]), "1");
    // Built-ins cannot change: freezing them is a no-op, not an error.
    let ap = Value::Obj(c.realm.array_proto);
    assert_eq!(call(&mut c, "freeze", &[ap]), "[]");
}

#[test]
fn prototypes() {
    let mut c = ctx();
    let base = Value::Obj(ops::new_object(&mut c).unwrap());
    let child = call(&mut c, "create", &[base]);
    assert_eq!(child, "{}");
    assert_eq!(
        call(&mut c, "create", &[n(5.0)]),
        "TypeError: Object prototype may only be an Object or null: 5"
    );
    let r = c
        .call_builtin(global("Object"), "create", Value::Undefined, &[Value::Null])
        .unwrap();
    assert_eq!(call(&mut c, "getPrototypeOf", &[r]), "null");
    let b2 = c
        .call_builtin(global("Object"), "create", Value::Undefined, &[base])
        .unwrap();
    assert_eq!(
        call(&mut c, "setPrototypeOf", &[base, b2]),
        "TypeError: Cyclic __proto__ value"
    );
    let op = Value::Obj(c.realm.object_proto);
    assert_eq!(
        call(&mut c, "setPrototypeOf", &[op, base]),
        "TypeError: Immutable prototype object 'Object.prototype' cannot have their prototype set"
    );
    assert_eq!(
        call(&mut c, "setPrototypeOf", &[base, n(5.0)]),
        "TypeError: Object prototype may only be an Object or null: 5"
    );
    assert!(call(&mut c, "create", &[base, base])
        .starts_with("TypeError: Object.create with property descriptors"));
    assert_eq!(proto_call(&mut c, "isPrototypeOf", base, &[b2]), "true");
    assert_eq!(proto_call(&mut c, "isPrototypeOf", b2, &[base]), "false");
    let t = s(&mut c, "x");
    let sp = call(&mut c, "getPrototypeOf", &[t]);
    assert_eq!(sp, show(&c, Value::Obj(c.realm.string_proto)));
}

#[test]
fn names_and_descriptors() {
    let mut c = ctx();
    let a = nums(&mut c, &[1.0, 2.0]);
    assert_eq!(
        call(&mut c, "getOwnPropertyNames", &[a]),
        "[\"0\",\"1\",\"length\"]"
    );
    let t = s(&mut c, "ab");
    assert_eq!(
        call(&mut c, "getOwnPropertyNames", &[t]),
        "[\"0\",\"1\",\"length\"]"
    );
    let len = s(&mut c, "length");
    assert_eq!(
        call(&mut c, "getOwnPropertyDescriptor", &[a, len]),
        "{value:2,writable:true,enumerable:false,configurable:false}"
    );
    let o = sample(&mut c);
    let ka = s(&mut c, "a");
    assert_eq!(
        call(&mut c, "getOwnPropertyDescriptor", &[o, ka]),
        "{value:1,writable:true,enumerable:true,configurable:true}"
    );
    assert_eq!(
        call(&mut c, "getOwnPropertyDescriptor", &[t, n(0.0)]),
        "{value:\"a\",writable:false,enumerable:true,configurable:false}"
    );
    call(&mut c, "freeze", &[o]);
    assert_eq!(
        call(&mut c, "getOwnPropertyDescriptor", &[o, ka]),
        "{value:1,writable:false,enumerable:true,configurable:false}"
    );
    let kz = s(&mut c, "zz");
    assert_eq!(
        call(&mut c, "getOwnPropertyDescriptor", &[o, kz]),
        "undefined"
    );
    assert_eq!(call(&mut c, "hasOwn", &[a, len]), "true");
    assert_eq!(call(&mut c, "hasOwn", &[t, n(1.0)]), "true");
    assert_eq!(
        proto_call(&mut c, "propertyIsEnumerable", a, &[len]),
        "false"
    );
    assert_eq!(proto_call(&mut c, "hasOwnProperty", a, &[n(0.0)]), "true");
}

#[test]
fn define_property() {
    let mut c = ctx();
    let o = Value::Obj(ops::new_object(&mut c).unwrap());
    let k = s(&mut c, "x");
    let d = ops::new_object(&mut c).unwrap();
    ops::set_obj(&mut c, d, Key::Atom(crate::atoms::VALUE), n(1.0)).unwrap();
    assert_eq!(
        call(&mut c, "defineProperty", &[o, k, Value::Obj(d)]),
        "{x:1}"
    );
    assert_eq!(
        call(&mut c, "defineProperty", &[n(1.0), k, Value::Obj(d)]),
        "TypeError: Object.defineProperty called on non-object"
    );
    assert_eq!(
        call(&mut c, "defineProperty", &[o, k, n(3.0)]),
        "TypeError: Property description must be an object: 3"
    );
    let get = c.heap.intern(crate::JsStr::from_str("get")).unwrap();
    let g = ops::new_object(&mut c).unwrap();
    ops::set_obj(&mut c, g, Key::Atom(get), global("Object")).unwrap();
    assert!(call(&mut c, "defineProperty", &[o, k, Value::Obj(g)])
        .starts_with("TypeError: Object.defineProperty with 'get'"));
    let en = c.heap.intern(crate::JsStr::from_str("enumerable")).unwrap();
    ops::set_obj(&mut c, d, Key::Atom(en), Value::Bool(false)).unwrap();
    assert!(call(&mut c, "defineProperty", &[o, k, Value::Obj(d)])
        .starts_with("TypeError: Object.defineProperty with 'enumerable: false'"));
}

#[test]
fn prototype_methods() {
    let mut c = ctx();
    let cases: Vec<(Value, &str)> = vec![
        (Value::Undefined, "[object Undefined]"),
        (Value::Null, "[object Null]"),
        (n(1.0), "[object Number]"),
        (global("Object"), "[object Function]"),
    ];
    for (v, want) in cases {
        assert_eq!(proto_call(&mut c, "toString", v, &[]), format!("{want:?}"));
    }
    let a = nums(&mut c, &[1.0]);
    assert_eq!(proto_call(&mut c, "toString", a, &[]), "\"[object Array]\"");
    let it = c
        .call_builtin(Value::Obj(c.realm.array_proto), "keys", a, &[])
        .unwrap();
    assert_eq!(
        proto_call(&mut c, "toString", it, &[]),
        "\"[object Array Iterator]\""
    );
    let o = sample(&mut c);
    assert_eq!(
        proto_call(&mut c, "toString", o, &[]),
        "\"[object Object]\""
    );
    let v = c
        .call_builtin(Value::Obj(c.realm.object_proto), "valueOf", n(1.0), &[])
        .unwrap();
    assert!(matches!(
        c.heap.obj(v.as_obj().unwrap()).kind,
        ObjKind::Primitive(Value::Num(_))
    ));
    assert_eq!(
        proto_call(&mut c, "valueOf", Value::Null, &[]),
        "TypeError: Cannot convert undefined or null to object"
    );
    assert_eq!(proto_call(&mut c, "toLocaleString", n(1.0), &[]), "Call");
    assert_eq!(call(&mut c, "is", &[n(f64::NAN), n(f64::NAN)]), "true");
    assert_eq!(call(&mut c, "is", &[n(0.0), n(-0.0)]), "false");
}

#[test]
fn constructor() {
    let mut c = ctx();
    let Value::Obj(ctor) = global("Object") else {
        panic!()
    };
    let ObjKind::Native { f, .. } = c.heap.obj(ctor).kind else {
        panic!()
    };
    let r = f(&mut c, Value::Undefined, &[]).unwrap();
    assert_eq!(show(&c, r), "{}");
    let t = s(&mut c, "ab");
    let w = f(&mut c, Value::Undefined, &[t]).unwrap();
    assert!(matches!(
        c.heap.obj(w.as_obj().unwrap()).kind,
        ObjKind::Primitive(Value::Str(_))
    ));
    let o = sample(&mut c);
    let same = f(&mut c, Value::Undefined, &[o]).unwrap();
    assert_eq!(same.as_obj(), o.as_obj());
}
