//! Unit tests of the Array natives; expected values recorded from node 20.

use crate::conv::Key;
use crate::error::Interrupt;
use crate::object::{ObjKind, FROZEN, NON_EXTENSIBLE};
use crate::string::JsStr;
use crate::value::Value;
use crate::Ctx;

pub(crate) use crate::builtins::test_support::ctx;

pub(crate) use crate::builtins::test_support::global;

pub(crate) fn s(ctx: &mut Ctx, t: &str) -> Value {
    ctx.heap.str_value(t).unwrap()
}

pub(crate) fn n(x: f64) -> Value {
    Value::Num(x)
}

pub(crate) fn arr(ctx: &mut Ctx, v: &[Value]) -> Value {
    Value::Obj(crate::ops::new_array(ctx, v.to_vec()).unwrap())
}

/// Numbers 1..=k (as in `[1,2,3]`).
pub(crate) fn nums(ctx: &mut Ctx, v: &[f64]) -> Value {
    let v: Vec<Value> = v.iter().map(|&x| Value::Num(x)).collect();
    arr(ctx, &v)
}

/// A compact rendering: `[1,"a",<hole>,undefined]`, `{a:1}`, errors as
/// `TypeError: message`.
pub(crate) fn show(ctx: &Ctx, v: Value) -> String {
    fn go(ctx: &Ctx, v: Value, depth: usize) -> String {
        if depth > 8 {
            return "...".into();
        }
        match v {
            Value::Undefined => "undefined".into(),
            Value::Null => "null".into(),
            Value::Empty => "<hole>".into(),
            Value::Cell(_) => "<cell>".into(),
            Value::Bool(b) => b.to_string(),
            Value::Num(x) => crate::number::to_js_string(x),
            Value::Str(id) => format!("{:?}", ctx.heap.str(id).to_rust_string()),
            Value::Obj(o) => match &ctx.heap.obj(o).kind {
                ObjKind::Array(a) => {
                    let parts: Vec<String> = a.iter().map(|&e| go(ctx, e, depth + 1)).collect();
                    format!("[{}]", parts.join(","))
                }
                ObjKind::Closure { .. } | ObjKind::Native { .. } | ObjKind::Bound { .. } => {
                    "[Function]".into()
                }
                ObjKind::Map(m) | ObjKind::Set(m) => {
                    let parts: Vec<String> = m
                        .entries
                        .iter()
                        .flatten()
                        .map(|(k, v)| {
                            format!("{}=>{}", go(ctx, *k, depth + 1), go(ctx, *v, depth + 1))
                        })
                        .collect();
                    format!("Map{{{}}}", parts.join(","))
                }
                _ => {
                    let parts: Vec<String> = ctx
                        .heap
                        .obj(o)
                        .props
                        .iter()
                        .map(|(k, v)| {
                            format!(
                                "{}:{}",
                                ctx.heap.str(k).to_rust_string(),
                                go(ctx, v, depth + 1)
                            )
                        })
                        .collect();
                    format!("{{{}}}", parts.join(","))
                }
            },
        }
    }
    go(ctx, v, 0)
}

pub(crate) fn res(ctx: &Ctx, r: crate::JsResult<Value>) -> String {
    match r {
        Ok(v) => show(ctx, v),
        Err(Interrupt::Error(k, m)) => format!("{}: {m}", k.name()),
        Err(Interrupt::NeedsJs) => "NeedsJs".into(),
        Err(Interrupt::Call(_)) => "Call".into(),
        Err(Interrupt::Suspend(_)) => "Suspend".into(),
    }
}

fn proto_call(ctx: &mut Ctx, name: &str, this: Value, args: &[Value]) -> String {
    let p = Value::Obj(ctx.realm.array_proto);
    let r = ctx.call_builtin(p, name, this, args);
    res(ctx, r)
}

fn static_call(ctx: &mut Ctx, name: &str, args: &[Value]) -> String {
    let r = ctx.call_builtin(global("Array"), name, Value::Undefined, args);
    res(ctx, r)
}

fn call_ctor(ctx: &mut Ctx, args: &[Value]) -> String {
    let Value::Obj(c) = global("Array") else {
        panic!()
    };
    let ObjKind::Native { f, .. } = ctx.heap.obj(c).kind else {
        panic!()
    };
    let r = f(ctx, Value::Undefined, args);
    res(ctx, r)
}

#[test]
fn constructor() {
    let mut c = ctx();
    assert_eq!(call_ctor(&mut c, &[n(3.0)]), "[<hole>,<hole>,<hole>]");
    assert_eq!(
        call_ctor(&mut c, &[n(-1.0)]),
        "RangeError: Invalid array length"
    );
    assert_eq!(
        call_ctor(&mut c, &[n(1.5)]),
        "RangeError: Invalid array length"
    );
    assert_eq!(
        call_ctor(&mut c, &[n(4294967296.0)]),
        "RangeError: Invalid array length"
    );
    let three = s(&mut c, "3");
    assert_eq!(call_ctor(&mut c, &[three]), "[\"3\"]");
    assert_eq!(call_ctor(&mut c, &[n(1.0), n(2.0)]), "[1,2]");
    assert!(call_ctor(&mut c, &[n(1e9)]).starts_with("ArrayLimit"));
    assert_eq!(static_call(&mut c, "of", &[n(7.0)]), "[7]");
    let a = nums(&mut c, &[1.0]);
    assert_eq!(static_call(&mut c, "isArray", &[a]), "true");
    let ap = Value::Obj(c.realm.array_proto);
    assert_eq!(static_call(&mut c, "isArray", &[ap]), "true");
    let o = Value::Obj(crate::ops::new_object(&mut c).unwrap());
    assert_eq!(static_call(&mut c, "isArray", &[o]), "false");
}

#[test]
fn from() {
    let mut c = ctx();
    let t = s(&mut c, "a😀b");
    assert_eq!(static_call(&mut c, "from", &[t]), "[\"a\",\"😀\",\"b\"]");
    let hole = arr(&mut c, &[n(1.0), Value::Empty]);
    assert_eq!(static_call(&mut c, "from", &[hole]), "[1,undefined]");
    let o = crate::ops::new_object(&mut c).unwrap();
    let a = s(&mut c, "a");
    crate::ops::set_obj(&mut c, o, Key::Atom(crate::atoms::LENGTH), n(3.0)).unwrap();
    crate::ops::set_obj(&mut c, o, Key::Index(0), a).unwrap();
    assert_eq!(
        static_call(&mut c, "from", &[Value::Obj(o)]),
        "[\"a\",undefined,undefined]"
    );
    assert_eq!(static_call(&mut c, "from", &[n(5.0)]), "[]");
    assert_eq!(
        static_call(&mut c, "from", &[Value::Null]),
        "TypeError: object null is not iterable (cannot read property Symbol(Symbol.iterator))"
    );
    assert_eq!(
        static_call(&mut c, "from", &[Value::Undefined]),
        "TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))"
    );
    let a = nums(&mut c, &[1.0]);
    assert_eq!(
        static_call(&mut c, "from", &[a, n(5.0)]),
        "TypeError: 5 is not a function"
    );
    let f = global("Array");
    assert_eq!(static_call(&mut c, "from", &[a, f]), "NeedsJs");
    // Iterators drain natively: Array.from([5,6].entries()).
    let a = nums(&mut c, &[5.0, 6.0]);
    let it = c
        .call_builtin(Value::Obj(c.realm.array_proto), "entries", a, &[])
        .unwrap();
    assert_eq!(static_call(&mut c, "from", &[it]), "[[0,5],[1,6]]");
}

#[test]
fn reading() {
    let mut c = ctx();
    let a = nums(&mut c, &[1.0, 2.0, 3.0]);
    assert_eq!(proto_call(&mut c, "at", a, &[n(-1.0)]), "3");
    assert_eq!(proto_call(&mut c, "at", a, &[n(5.0)]), "undefined");
    assert_eq!(proto_call(&mut c, "indexOf", a, &[n(3.0), n(-1.0)]), "2");
    assert_eq!(
        proto_call(&mut c, "lastIndexOf", a, &[n(1.0), n(-3.0)]),
        "0"
    );
    assert_eq!(
        proto_call(&mut c, "lastIndexOf", a, &[n(1.0), n(-4.0)]),
        "-1"
    );
    assert_eq!(
        proto_call(&mut c, "includes", a, &[n(3.0), n(-1.0)]),
        "true"
    );
    assert_eq!(
        proto_call(&mut c, "includes", a, &[n(1.0), n(1.0)]),
        "false"
    );
    let b = nums(&mut c, &[1.0, 2.0, 1.0]);
    assert_eq!(proto_call(&mut c, "lastIndexOf", b, &[n(1.0)]), "2");
    assert_eq!(
        proto_call(&mut c, "lastIndexOf", b, &[n(1.0), Value::Undefined]),
        "0"
    );
    let nan = nums(&mut c, &[f64::NAN]);
    assert_eq!(proto_call(&mut c, "includes", nan, &[n(f64::NAN)]), "true");
    assert_eq!(proto_call(&mut c, "indexOf", nan, &[n(f64::NAN)]), "-1");
    let h = arr(&mut c, &[n(1.0), Value::Empty, n(3.0)]);
    assert_eq!(
        proto_call(&mut c, "includes", h, &[Value::Undefined]),
        "true"
    );
    assert_eq!(proto_call(&mut c, "indexOf", h, &[Value::Undefined]), "-1");
    let z = nums(&mut c, &[-0.0]);
    assert_eq!(proto_call(&mut c, "includes", z, &[n(0.0)]), "true");
    assert_eq!(proto_call(&mut c, "indexOf", z, &[n(0.0)]), "0");
    assert_eq!(proto_call(&mut c, "slice", a, &[n(-2.0), n(-1.0)]), "[2]");
    assert_eq!(proto_call(&mut c, "slice", h, &[]), "[1,<hole>,3]");
    assert_eq!(proto_call(&mut c, "toReversed", h, &[]), "[3,undefined,1]");
    assert_eq!(
        proto_call(&mut c, "toSpliced", h, &[n(0.0), n(0.0)]),
        "[1,undefined,3]"
    );
    assert_eq!(proto_call(&mut c, "toSpliced", a, &[n(1.0)]), "[1]");
    assert_eq!(
        proto_call(&mut c, "with", h, &[n(0.0), n(5.0)]),
        "[5,undefined,3]"
    );
    let two = nums(&mut c, &[1.0, 2.0]);
    assert_eq!(
        proto_call(&mut c, "with", two, &[n(5.0), n(1.0)]),
        "RangeError: Invalid index : 5"
    );
    assert_eq!(
        proto_call(&mut c, "with", two, &[n(-3.0), n(1.0)]),
        "RangeError: Invalid index : -3"
    );
    assert_eq!(
        proto_call(&mut c, "with", two, &[n(10.5), n(1.0)]),
        "RangeError: Invalid index : 10.5"
    );
    assert_eq!(
        proto_call(&mut c, "with", two, &[n(1e21), n(1.0)]),
        "RangeError: Invalid index : 1e+21"
    );
    assert_eq!(proto_call(&mut c, "with", two, &[n(1.5), n(9.0)]), "[1,9]");
    assert_eq!(
        proto_call(&mut c, "at", Value::Undefined, &[]),
        "TypeError: Cannot convert undefined or null to object"
    );
    // Strings are array-likes for the generic methods.
    let t = s(&mut c, "abc");
    let cc = s(&mut c, "c");
    assert_eq!(proto_call(&mut c, "indexOf", t, &[cc]), "2");
}

#[test]
fn concat_and_flat() {
    let mut c = ctx();
    let a = nums(&mut c, &[1.0, 2.0]);
    let five = nums(&mut c, &[5.0]);
    let inner = arr(&mut c, &[n(4.0), five]);
    let ab = s(&mut c, "ab");
    assert_eq!(
        proto_call(&mut c, "concat", a, &[n(3.0), inner, ab]),
        "[1,2,3,4,[5],\"ab\"]"
    );
    assert_eq!(
        proto_call(&mut c, "concat", Value::Null, &[]),
        "TypeError: Array.prototype.concat called on null or undefined"
    );
    let four = nums(&mut c, &[4.0]);
    let three = arr(&mut c, &[n(3.0), four]);
    let two = arr(&mut c, &[n(2.0), three]);
    let deep = arr(&mut c, &[n(1.0), two]);
    assert_eq!(
        proto_call(&mut c, "flat", deep, &[n(f64::INFINITY)]),
        "[1,2,3,4]"
    );
    assert_eq!(proto_call(&mut c, "flat", deep, &[]), "[1,2,[3,[4]]]");
    assert_eq!(
        proto_call(&mut c, "flat", deep, &[n(-1.0)]),
        "[1,[2,[3,[4]]]]"
    );
    let h = arr(&mut c, &[n(1.0), Value::Empty, n(3.0)]);
    assert_eq!(proto_call(&mut c, "flat", h, &[]), "[1,3]");
    // A cycle flattened forever is a stack overflow in node too.
    let cyc = nums(&mut c, &[1.0]);
    crate::ops::set(&mut c, cyc, Key::Index(1), cyc).unwrap();
    assert_eq!(
        proto_call(&mut c, "flat", cyc, &[n(f64::INFINITY)]),
        "RangeError: Maximum call stack size exceeded"
    );
}

#[test]
fn join() {
    let mut c = ctx();
    let sa = s(&mut c, "a");
    let a = arr(&mut c, &[Value::Empty, sa]);
    assert_eq!(proto_call(&mut c, "join", a, &[]), "\",a\"");
    let b = arr(&mut c, &[Value::Null, Value::Undefined, n(1.0)]);
    let dash = s(&mut c, "-");
    assert_eq!(proto_call(&mut c, "join", b, &[dash]), "\"--1\"");
    let two = nums(&mut c, &[2.0]);
    let one_two = arr(&mut c, &[n(1.0), two]);
    let nested = arr(&mut c, &[one_two, n(3.0)]);
    let semi = s(&mut c, ";");
    assert_eq!(proto_call(&mut c, "join", nested, &[semi]), "\"1,2;3\"");
    let x = nums(&mut c, &[1.0, 2.0]);
    assert_eq!(proto_call(&mut c, "join", x, &[Value::Null]), "\"1null2\"");
    assert_eq!(
        proto_call(&mut c, "join", x, &[Value::Undefined]),
        "\"1,2\""
    );
    assert_eq!(proto_call(&mut c, "toString", x, &[]), "\"1,2\"");
    let cyc = nums(&mut c, &[1.0]);
    crate::ops::set(&mut c, cyc, Key::Index(1), cyc).unwrap();
    assert_eq!(proto_call(&mut c, "join", cyc, &[]), "\"1,\"");
    let inner = arr(&mut c, &[cyc]);
    let outer = arr(&mut c, &[cyc, inner]);
    let dash = s(&mut c, "-");
    assert_eq!(proto_call(&mut c, "join", outer, &[dash]), "\"1,-1,\"");
    let holes = arr(&mut c, &[Value::Empty, Value::Empty]);
    let x = s(&mut c, "x");
    assert_eq!(proto_call(&mut c, "join", holes, &[x]), "\"x\"");
    assert_eq!(
        proto_call(&mut c, "join", Value::Null, &[]),
        "TypeError: Cannot convert undefined or null to object"
    );
}

#[test]
fn mutators() {
    let mut c = ctx();
    let a = nums(&mut c, &[1.0, 2.0]);
    assert_eq!(proto_call(&mut c, "push", a, &[n(3.0), n(4.0)]), "4");
    assert_eq!(proto_call(&mut c, "pop", a, &[]), "4");
    assert_eq!(proto_call(&mut c, "shift", a, &[]), "1");
    assert_eq!(proto_call(&mut c, "unshift", a, &[n(0.0)]), "3");
    assert_eq!(show(&c, a), "[0,2,3]");
    assert_eq!(proto_call(&mut c, "reverse", a, &[]), "[3,2,0]");
    let e = arr(&mut c, &[]);
    assert_eq!(proto_call(&mut c, "pop", e, &[]), "undefined");
    assert_eq!(proto_call(&mut c, "shift", e, &[]), "undefined");
    let h = arr(&mut c, &[n(1.0), Value::Empty, n(3.0)]);
    assert_eq!(proto_call(&mut c, "reverse", h, &[]), "[3,<hole>,1]");
    let f = nums(&mut c, &[1.0, 2.0, 3.0]);
    assert_eq!(proto_call(&mut c, "fill", f, &[n(0.0), n(-2.0)]), "[1,0,0]");
    let f = nums(&mut c, &[1.0, 2.0, 3.0]);
    assert_eq!(
        proto_call(&mut c, "fill", f, &[n(9.0), n(1.0), n(2.0)]),
        "[1,9,3]"
    );
    let cw = nums(&mut c, &[1.0, 2.0, 3.0, 4.0, 5.0]);
    assert_eq!(
        proto_call(&mut c, "copyWithin", cw, &[n(-2.0), n(0.0)]),
        "[1,2,3,1,2]"
    );
    let sp = nums(&mut c, &[1.0, 2.0, 3.0, 4.0]);
    assert_eq!(proto_call(&mut c, "splice", sp, &[n(-2.0)]), "[3,4]");
    assert_eq!(show(&c, sp), "[1,2]");
    let sp = nums(&mut c, &[1.0, 2.0, 3.0]);
    assert_eq!(proto_call(&mut c, "splice", sp, &[]), "[]");
    assert_eq!(
        proto_call(&mut c, "splice", sp, &[Value::Undefined]),
        "[1,2,3]"
    );
    let sp = nums(&mut c, &[1.0, 2.0, 3.0]);
    assert_eq!(
        proto_call(&mut c, "splice", sp, &[n(1.0), n(1.0), n(7.0), n(8.0)]),
        "[2]"
    );
    assert_eq!(show(&c, sp), "[1,7,8,3]");
    // Built-in arrays cannot change.
    let p = Value::Obj(c.realm.array_proto);
    assert_eq!(
        proto_call(&mut c, "push", p, &[n(1.0)]),
        "TypeError: Cannot modify a built-in object"
    );
}

fn flagged(c: &mut Ctx, v: &[f64], flags: u8) -> Value {
    let a = nums(c, v);
    c.heap.obj_mut(a.as_obj().unwrap()).unwrap().flags = flags;
    a
}

/// (initial elements, flags, method, arguments, expected result)
type Case<'a> = (&'a [f64], u8, &'a str, Vec<Value>, String);

#[test]
fn frozen_sealed_non_extensible() {
    let mut c = ctx();
    let fz = FROZEN | NON_EXTENSIBLE;
    let sealed = NON_EXTENSIBLE | super::SEALED;
    let ro = |i: &str| {
        format!("TypeError: Cannot assign to read only property '{i}' of object '[object Array]'")
    };
    let cases: Vec<Case> = vec![
        (
            &[1.0],
            fz,
            "push",
            vec![n(2.0)],
            "TypeError: Cannot add property 1, object is not extensible".into(),
        ),
        (
            &[1.0],
            fz,
            "pop",
            vec![],
            "TypeError: Cannot delete property '0' of [object Array]".into(),
        ),
        (&[1.0, 2.0], fz, "shift", vec![], ro("0")),
        (
            &[1.0],
            fz,
            "shift",
            vec![],
            "TypeError: Cannot delete property '0' of [object Array]".into(),
        ),
        (
            &[1.0],
            fz,
            "unshift",
            vec![n(0.0)],
            "TypeError: Cannot add property 1, object is not extensible".into(),
        ),
        (&[1.0, 2.0], fz, "reverse", vec![], ro("0")),
        (&[1.0], fz, "reverse", vec![], "[1]".into()),
        (&[2.0, 1.0], fz, "sort", vec![], ro("0")),
        (&[1.0], fz, "sort", vec![], "[1]".into()),
        (&[1.0], fz, "fill", vec![n(0.0)], ro("0")),
        (&[1.0], fz, "fill", vec![n(0.0), n(5.0)], "[1]".into()),
        (&[1.0, 2.0], fz, "splice", vec![n(0.0), n(1.0)], ro("0")),
        (
            &[1.0, 2.0, 3.0],
            fz,
            "splice",
            vec![n(1.0), n(0.0), n(5.0)],
            "TypeError: Cannot add property 3, object is not extensible".into(),
        ),
        (
            &[1.0, 2.0, 3.0],
            fz,
            "splice",
            vec![n(1.0), n(1.0), n(5.0)],
            ro("1"),
        ),
        (&[1.0], fz, "splice", vec![n(0.0), n(0.0)], ro("length")),
        (
            &[1.0, 2.0, 3.0],
            fz,
            "copyWithin",
            vec![n(2.0), n(0.0)],
            ro("2"),
        ),
        (&[], fz, "pop", vec![], ro("length")),
        (&[], fz, "push", vec![], ro("length")),
        (
            &[1.0],
            NON_EXTENSIBLE,
            "push",
            vec![n(2.0)],
            "TypeError: Cannot add property 1, object is not extensible".into(),
        ),
        (
            &[1.0, 2.0],
            NON_EXTENSIBLE,
            "push",
            vec![n(3.0), n(4.0)],
            "TypeError: Cannot add property 2, object is not extensible".into(),
        ),
        (
            &[1.0, 2.0],
            NON_EXTENSIBLE,
            "splice",
            vec![n(0.0), n(0.0), n(9.0)],
            "TypeError: Cannot add property 2, object is not extensible".into(),
        ),
        (
            &[1.0, 2.0],
            NON_EXTENSIBLE,
            "unshift",
            vec![n(9.0), n(8.0)],
            "TypeError: Cannot add property 3, object is not extensible".into(),
        ),
        (&[1.0, 2.0], NON_EXTENSIBLE, "pop", vec![], "2".into()),
        (
            &[1.0],
            sealed,
            "pop",
            vec![],
            "TypeError: Cannot delete property '0' of [object Array]".into(),
        ),
        (
            &[1.0, 2.0, 3.0],
            sealed,
            "splice",
            vec![n(0.0), n(1.0)],
            "TypeError: Cannot delete property '2' of [object Array]".into(),
        ),
        (
            &[1.0, 2.0],
            sealed,
            "shift",
            vec![],
            "TypeError: Cannot delete property '1' of [object Array]".into(),
        ),
    ];
    for (init, flags, m, args, want) in cases {
        let a = flagged(&mut c, init, flags);
        assert_eq!(
            proto_call(&mut c, m, a, &args),
            want,
            "{m} on {init:?} flags {flags}"
        );
    }
}

#[test]
fn sorting() {
    let mut c = ctx();
    let a = arr(
        &mut c,
        &[n(3.0), n(1.0), Value::Undefined, Value::Empty, n(2.0)],
    );
    assert_eq!(
        proto_call(&mut c, "sort", a, &[]),
        "[1,2,3,undefined,<hole>]"
    );
    let a = nums(&mut c, &[10.0, 9.0, 1.0]);
    assert_eq!(proto_call(&mut c, "sort", a, &[]), "[1,10,9]");
    let h = arr(&mut c, &[n(1.0), Value::Empty, n(2.0)]);
    assert_eq!(proto_call(&mut c, "toSorted", h, &[]), "[1,2,undefined]");
    assert_eq!(show(&c, h), "[1,<hole>,2]");
    let words: Vec<Value> = ["a", "B", "b", "A", "é", "z", "😀", "\u{ffff}"]
        .iter()
        .map(|w| s(&mut c, w))
        .collect();
    let w = arr(&mut c, &words);
    assert_eq!(
        proto_call(&mut c, "sort", w, &[]),
        "[\"A\",\"B\",\"a\",\"b\",\"z\",\"é\",\"😀\",\"\\u{ffff}\"]"
    );
    let o = Value::Obj(crate::ops::new_object(&mut c).unwrap());
    let inner = nums(&mut c, &[2.0, 1.0]);
    let null = s(&mut c, "null");
    let mixed = arr(
        &mut c,
        &[
            Value::Bool(true),
            Value::Bool(false),
            Value::Null,
            null,
            o,
            inner,
        ],
    );
    assert_eq!(
        proto_call(&mut c, "sort", mixed, &[]),
        "[[2,1],{},false,null,\"null\",true]"
    );
    // Stable: equal keys keep their order (1 and "1").
    let one = s(&mut c, "1");
    let st = arr(&mut c, &[n(1.0), one, n(0.0)]);
    assert_eq!(proto_call(&mut c, "sort", st, &[]), "[0,1,\"1\"]");
    let st = arr(&mut c, &[one, n(1.0), n(0.0)]);
    assert_eq!(proto_call(&mut c, "sort", st, &[]), "[0,\"1\",1]");
    assert_eq!(
        proto_call(&mut c, "sort", a, &[n(3.0)]),
        "TypeError: The comparison function must be either a function or undefined"
    );
    assert_eq!(
        proto_call(&mut c, "toSorted", a, &[Value::Null]),
        "TypeError: The comparison function must be either a function or undefined"
    );
    let f = global("Array");
    assert_eq!(proto_call(&mut c, "sort", a, &[f]), "NeedsJs");
    assert_eq!(
        proto_call(&mut c, "sort", Value::Null, &[]),
        "TypeError: Cannot convert undefined or null to object"
    );
}

#[test]
fn iterators() {
    let mut c = ctx();
    let a = nums(&mut c, &[5.0, 6.0]);
    let it = c
        .call_builtin(Value::Obj(c.realm.array_proto), "keys", a, &[])
        .unwrap();
    let ip = Value::Obj(c.realm.iterator_proto);
    let r = c.call_builtin(ip, "next", it, &[]);
    assert_eq!(res(&c, r), "{value:0,done:false}");
    // Live: a push during iteration is seen.
    c.call_builtin(Value::Obj(c.realm.array_proto), "push", a, &[n(7.0)])
        .unwrap();
    let mut seen = Vec::new();
    for _ in 0..4 {
        let r = c.call_builtin(ip, "next", it, &[]);
        seen.push(res(&c, r));
    }
    assert_eq!(
        seen,
        [
            "{value:1,done:false}",
            "{value:2,done:false}",
            "{value:undefined,done:true}",
            "{value:undefined,done:true}"
        ]
    );
    let r = c.call_builtin(ip, "next", Value::Undefined, &[]);
    assert_eq!(
        res(&c, r),
        "TypeError: Method Iterator.prototype.next called on incompatible receiver undefined"
    );
    let _ = JsStr::empty();
}
