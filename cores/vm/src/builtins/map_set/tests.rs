//! Unit tests of Map and Set against node 20's outputs.

use crate::builtins::array::tests::{arr, ctx, global, n, nums, res, s, show};
use crate::conv::Key;
use crate::object::ObjKind;
use crate::value::Value;
use crate::Ctx;

fn new_of(c: &mut Ctx, ctor: &str, args: &[Value]) -> crate::JsResult<Value> {
    let Value::Obj(f) = global(ctor) else {
        panic!()
    };
    let ObjKind::Native { ctor: Some(f), .. } = c.heap.obj(f).kind else {
        panic!()
    };
    f(c, Value::Undefined, args)
}

fn m(c: &mut Ctx, this: Value, name: &str, args: &[Value]) -> String {
    let p = Value::Obj(
        if matches!(c.heap.obj(this.as_obj().unwrap()).kind, ObjKind::Set(_)) {
            c.realm.set_proto
        } else {
            c.realm.map_proto
        },
    );
    let r = c.call_builtin(p, name, this, args);
    res(c, r)
}

fn size(c: &mut Ctx, v: Value) -> String {
    let r = crate::ops::get(c, v, Key::Atom(crate::atoms::SIZE));
    res(c, r)
}

#[test]
fn map_basics() {
    let mut c = ctx();
    let Value::Obj(f) = global("Map") else {
        panic!()
    };
    let ObjKind::Native { f, .. } = c.heap.obj(f).kind else {
        panic!()
    };
    let r = f(&mut c, Value::Undefined, &[]);
    assert_eq!(res(&c, r), "TypeError: Constructor Map requires 'new'");
    let one = nums(&mut c, &[1.0, 2.0]);
    let entries = arr(&mut c, &[one]);
    let map = new_of(&mut c, "Map", &[entries]).unwrap();
    assert_eq!(size(&mut c, map), "1");
    assert_eq!(m(&mut c, map, "get", &[n(1.0)]), "2");
    let a = s(&mut c, "a");
    assert_eq!(m(&mut c, map, "set", &[a, n(3.0)]), "Map{1=>2,\"a\"=>3}");
    // A string made at run time finds the interned key.
    let a2 = Value::Str(c.heap.alloc_str(crate::JsStr::from_str("a")).unwrap());
    assert_eq!(m(&mut c, map, "get", &[a2]), "3");
    m(&mut c, map, "set", &[n(-0.0), n(9.0)]);
    assert_eq!(m(&mut c, map, "get", &[n(0.0)]), "9");
    assert_eq!(show(&c, map), "Map{1=>2,\"a\"=>3,0=>9}");
    m(&mut c, map, "set", &[n(f64::NAN), n(7.0)]);
    assert_eq!(m(&mut c, map, "get", &[n(-f64::NAN)]), "7");
    assert_eq!(m(&mut c, map, "has", &[n(2.0)]), "false");
    assert_eq!(m(&mut c, map, "delete", &[n(1.0)]), "true");
    assert_eq!(m(&mut c, map, "delete", &[n(1.0)]), "false");
    assert_eq!(size(&mut c, map), "3");
    m(&mut c, map, "set", &[n(1.0), n(1.0)]);
    assert_eq!(show(&c, map), "Map{\"a\"=>3,0=>9,NaN=>7,1=>1}");
    let it = c
        .call_builtin(Value::Obj(c.realm.map_proto), "entries", map, &[])
        .unwrap();
    let all = c.call_builtin(global("Array"), "from", Value::Undefined, &[it]);
    assert_eq!(res(&c, all), "[[\"a\",3],[0,9],[NaN,7],[1,1]]");
    assert_eq!(m(&mut c, map, "clear", &[]), "undefined");
    assert_eq!(size(&mut c, map), "0");
    let bad = nums(&mut c, &[1.0]);
    assert_eq!(
        {
            let r = new_of(&mut c, "Map", &[bad]);
            res(&c, r)
        },
        "TypeError: Iterator value 1 is not an entry object"
    );
    assert_eq!(
        {
            let r = new_of(&mut c, "Map", &[n(5.0)]);
            res(&c, r)
        },
        "TypeError: number 5 is not iterable (cannot read property Symbol(Symbol.iterator))"
    );
    let r = new_of(&mut c, "Map", &[Value::Null]);
    assert_eq!(res(&c, r), "Map{}");
    let o = Value::Obj(crate::ops::new_object(&mut c).unwrap());
    let r = c.call_builtin(Value::Obj(c.realm.map_proto), "get", o, &[]);
    assert_eq!(
        res(&c, r),
        "TypeError: Method Map.prototype.get called on incompatible receiver #<Object>"
    );
    let set = new_of(&mut c, "Set", &[]).unwrap();
    let r = c.call_builtin(Value::Obj(c.realm.map_proto), "get", set, &[]);
    assert_eq!(
        res(&c, r),
        "TypeError: Method Map.prototype.get called on incompatible receiver #<Set>"
    );
}

#[test]
fn set_basics() {
    let mut c = ctx();
    let t = s(&mut c, "abca");
    let set = new_of(&mut c, "Set", &[t]).unwrap();
    assert_eq!(
        show(&c, set),
        "Map{\"a\"=>undefined,\"b\"=>undefined,\"c\"=>undefined}"
    );
    assert_eq!(size(&mut c, set), "3");
    let d = s(&mut c, "d");
    let r = m(&mut c, set, "add", &[d]);
    assert!(r.starts_with("Map{"));
    let b = s(&mut c, "b");
    assert_eq!(m(&mut c, set, "delete", &[b]), "true");
    let it = c
        .call_builtin(Value::Obj(c.realm.set_proto), "entries", set, &[])
        .unwrap();
    let all = c.call_builtin(global("Array"), "from", Value::Undefined, &[it]);
    assert_eq!(res(&c, all), "[[\"a\",\"a\"],[\"c\",\"c\"],[\"d\",\"d\"]]");
    // Live iteration: entries added while iterating are seen.
    let it = c
        .call_builtin(Value::Obj(c.realm.set_proto), "keys", set, &[])
        .unwrap();
    let ip = Value::Obj(c.realm.iterator_proto);
    let first = c.call_builtin(ip, "next", it, &[]);
    assert_eq!(res(&c, first), "{value:\"a\",done:false}");
    m(&mut c, set, "add", &[n(5.0)]);
    let a = s(&mut c, "a");
    m(&mut c, set, "delete", &[a]);
    let rest = c.call_builtin(global("Array"), "from", Value::Undefined, &[it]);
    assert_eq!(res(&c, rest), "[\"c\",\"d\",5]");
    let Value::Obj(f) = global("Set") else {
        panic!()
    };
    let ObjKind::Native { f, .. } = c.heap.obj(f).kind else {
        panic!()
    };
    let r = f(&mut c, Value::Undefined, &[]);
    assert_eq!(res(&c, r), "TypeError: Constructor Set requires 'new'");
    let sp = Value::Obj(c.realm.set_proto);
    let keys = crate::ops::get(&mut c, sp, Key::Atom(crate::atoms::KEYS)).unwrap();
    let values = crate::ops::get(&mut c, sp, Key::Atom(crate::atoms::VALUES)).unwrap();
    assert_eq!(keys.as_obj(), values.as_obj());
    assert_eq!(super::map_size(&c, set.as_obj().unwrap()), Some(3));
}
