//! Inspect and console output against strings recorded from node 20.

use super::node_cases::{CASES, RANDOM};
use super::{format_args, inspect};
use crate::atoms;
use crate::builtins::json::parse_text;
use crate::conv::Key;
use crate::object::{IterSource, IterState, IterYield, MapData, MapKey, ObjKind, Object};
use crate::ops;
use crate::value::{ObjId, Value};
use crate::{Ctx, JsStr, Limits};

pub(crate) use crate::builtins::test_support::ctx;

pub(crate) fn json(ctx: &mut Ctx, s: &str) -> Value {
    parse_text(ctx, &JsStr::from_str(s)).unwrap()
}

fn s(ctx: &mut Ctx, text: &str) -> Value {
    Value::Str(ctx.heap.alloc_str(JsStr::from_str(text)).unwrap())
}

fn key(ctx: &mut Ctx, k: &str) -> Key {
    let id = ctx.heap.intern(JsStr::from_str(k)).unwrap();
    crate::conv::str_key(ctx, id).unwrap()
}

fn set(ctx: &mut Ctx, o: Value, k: &str, v: Value) {
    let k = key(ctx, k);
    ops::set_obj(ctx, o.as_obj().unwrap(), k, v).unwrap();
}

fn obj(ctx: &mut Ctx, pairs: &[(&str, Value)]) -> Value {
    let o = Value::Obj(ops::new_object(ctx).unwrap());
    for (k, v) in pairs {
        set(ctx, o, k, *v);
    }
    o
}

fn arr(ctx: &mut Ctx, vals: &[Value]) -> Value {
    Value::Obj(ops::new_array(ctx, vals.to_vec()).unwrap())
}

fn alloc(ctx: &mut Ctx, proto: Option<ObjId>, kind: ObjKind) -> Value {
    Value::Obj(ctx.heap.alloc(Object::new(proto, kind)).unwrap())
}

fn collection(ctx: &mut Ctx, entries: &[(Value, Value)], is_set: bool) -> Value {
    let mut d = MapData::default();
    for (i, &(k, v)) in entries.iter().enumerate() {
        d.entries.push(Some((k, v)));
        d.index.insert(MapKey::Num(i as u64), i as u32);
        d.live += 1;
    }
    if is_set {
        let p = ctx.realm.set_proto;
        alloc(ctx, Some(p), ObjKind::Set(d))
    } else {
        let p = ctx.realm.map_proto;
        alloc(ctx, Some(p), ObjKind::Map(d))
    }
}

fn closure(ctx: &mut Ctx, name: &str, is_arrow: bool) -> Value {
    let name = ctx.heap.intern(JsStr::from_str(name)).unwrap();
    let p = ctx.realm.function_proto;
    alloc(
        ctx,
        Some(p),
        ObjKind::Closure {
            prog: 0,
            func: 0,
            captures: Box::new([]),
            name,
            length: 0,
            is_arrow,
        },
    )
}

fn error(ctx: &mut Ctx, message: &str, stack: &str) -> Value {
    let e = Value::Obj(ops::new_error(ctx, crate::JsErrorKind::Error, message).unwrap());
    // Layer 0 has no `Error.prototype.name` in this branch; node reads "Error".
    set(ctx, e, "name", Value::Str(atoms::ERROR));
    let st = s(ctx, stack);
    set(ctx, e, "stack", st);
    e
}

fn date(ctx: &mut Ctx, t: f64) -> Value {
    let p = ctx.realm.date_proto;
    alloc(ctx, Some(p), ObjKind::Date(t))
}

fn boxed(ctx: &mut Ctx, v: Value) -> Value {
    let r = ctx.realm;
    let p = match v {
        Value::Num(_) => r.number_proto,
        Value::Str(_) => r.string_proto,
        _ => r.boolean_proto,
    };
    alloc(ctx, Some(p), ObjKind::Primitive(v))
}

#[test]
fn json_shapes_match_node() {
    let mut failures = Vec::new();
    for (text, expected) in CASES.iter().chain(RANDOM) {
        let mut c = ctx();
        let v = json(&mut c, text);
        let got = inspect(&mut c, v);
        if got != *expected {
            failures.push(format!(
                "{text}\n  expected: {expected:?}\n  got:      {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Builds one value per case; the expected strings come from node (see
/// the JavaScript in each comment).
#[test]
fn other_shapes_match_node() {
    type Build = fn(&mut Ctx) -> Value;
    let cases: Vec<(&str, Build, &str)> = vec![
        ("-0", |_| Value::Num(-0.0), "-0"),
        (
            "[NaN, Infinity, -Infinity, -0, undefined, null]",
            |c| {
                arr(
                    c,
                    &[
                        Value::Num(f64::NAN),
                        Value::Num(f64::INFINITY),
                        Value::Num(f64::NEG_INFINITY),
                        Value::Num(-0.0),
                        Value::Undefined,
                        Value::Null,
                    ],
                )
            },
            "[ NaN, Infinity, -Infinity, -0, undefined, null ]",
        ),
        (
            "[1, , 3]",
            |c| arr(c, &[Value::Num(1.0), Value::Empty, Value::Num(3.0)]),
            "[ 1, <1 empty item>, 3 ]",
        ),
        (
            "[, , , 1, , ]",
            |c| arr(c, &[Value::Empty, Value::Empty, Value::Empty, Value::Num(1.0), Value::Empty]),
            "[ <3 empty items>, 1, <1 empty item> ]",
        ),
        ("new Array(5)", |c| arr(c, &[Value::Empty; 5]), "[ <5 empty items> ]"),
        (
            "a = [1]; a[200] = 2",
            |c| {
                let mut v = vec![Value::Num(1.0)];
                v.resize(200, Value::Empty);
                v.push(Value::Num(2.0));
                arr(c, &v)
            },
            "[ 1, <199 empty items>, 2 ]",
        ),
        (
            "Object.assign([1, 2], {x: 3})",
            |c| {
                let a = arr(c, &[Value::Num(1.0), Value::Num(2.0)]);
                set(c, a, "x", Value::Num(3.0));
                a
            },
            "[ 1, 2, x: 3 ]",
        ),
        (
            "Object.assign([], {x: 3})",
            |c| {
                let a = arr(c, &[]);
                set(c, a, "x", Value::Num(3.0));
                a
            },
            "[ x: 3 ]",
        ),
        (
            "Object.assign([1, , 3], {k: 'v'})",
            |c| {
                let a = arr(c, &[Value::Num(1.0), Value::Empty, Value::Num(3.0)]);
                let v = s(c, "v");
                set(c, a, "k", v);
                a
            },
            "[ 1, <1 empty item>, 3, k: 'v' ]",
        ),
        (
            "new Map([['a', 1], ['b', {c: [1, 2]}]])",
            |c| {
                let (a, b) = (s(c, "a"), s(c, "b"));
                let inner = json(c, r#"{"c":[1,2]}"#);
                collection(c, &[(a, Value::Num(1.0)), (b, inner)], false)
            },
            "Map(2) { 'a' => 1, 'b' => { c: [ 1, 2 ] } }",
        ),
        ("new Map()", |c| collection(c, &[], false), "Map(0) {}"),
        (
            "new Set([1, 'two', [3]])",
            |c| {
                let two = s(c, "two");
                let three = json(c, "[3]");
                let u = Value::Undefined;
                collection(c, &[(Value::Num(1.0), u), (two, u), (three, u)], true)
            },
            "Set(3) { 1, 'two', [ 3 ] }",
        ),
        ("new Set()", |c| collection(c, &[], true), "Set(0) {}"),
        (
            "{m: new Map([[{a: 1}, new Set([1])]])}",
            |c| {
                let k = json(c, r#"{"a":1}"#);
                let st = collection(c, &[(Value::Num(1.0), Value::Undefined)], true);
                let m = collection(c, &[(k, st)], false);
                obj(c, &[("m", m)])
            },
            "{ m: Map(1) { { a: 1 } => Set(1) { 1 } } }",
        ),
        (
            "{a: {b: {m: new Map([[1, 2]]), s: new Set([1]), e: new Map()}}}",
            |c| {
                let m = collection(c, &[(Value::Num(1.0), Value::Num(2.0))], false);
                let st = collection(c, &[(Value::Num(1.0), Value::Undefined)], true);
                let e = collection(c, &[], false);
                let b = obj(c, &[("m", m), ("s", st), ("e", e)]);
                let a = obj(c, &[("b", b)]);
                obj(c, &[("a", a)])
            },
            "{ a: { b: { m: [Map], s: [Set], e: Map(0) {} } } }",
        ),
        (
            "new Map(8 entries)",
            |c| {
                let mut entries = Vec::new();
                for i in 0..8 {
                    let v = s(c, &format!("v{i}"));
                    entries.push((Value::Num(i as f64), v));
                }
                collection(c, &entries, false)
            },
            "Map(8) {\n  0 => 'v0',\n  1 => 'v1',\n  2 => 'v2',\n  3 => 'v3',\n  4 => 'v4',\n  5 => 'v5',\n  6 => 'v6',\n  7 => 'v7'\n}",
        ),
        (
            "new Set([{a: 1}, {b: {c: {d: 1}}}])",
            |c| {
                let a = json(c, r#"{"a":1}"#);
                let b = json(c, r#"{"b":{"c":{"d":1}}}"#);
                collection(c, &[(a, Value::Undefined), (b, Value::Undefined)], true)
            },
            "Set(2) { { a: 1 }, { b: { c: [Object] } } }",
        ),
        ("new Date(0)", |c| date(c, 0.0), "1970-01-01T00:00:00.000Z"),
        (
            "[new Date(1e12), new Date(NaN)]",
            |c| {
                let a = date(c, 1e12);
                let b = date(c, f64::NAN);
                arr(c, &[a, b])
            },
            "[ 2001-09-09T01:46:40.000Z, Invalid Date ]",
        ),
        (
            "Object.assign(new Date(0), {a: 1})",
            |c| {
                let d = date(c, 0.0);
                set(c, d, "a", Value::Num(1.0));
                d
            },
            "1970-01-01T00:00:00.000Z { a: 1 }",
        ),
        ("function foo() {}", |c| closure(c, "foo", false), "[Function: foo]"),
        ("() => {}", |c| closure(c, "", true), "[Function (anonymous)]"),
        (
            "Object.assign(function f() {}, {a: 1, b: 'x'})",
            |c| {
                let f = closure(c, "f", false);
                set(c, f, "a", Value::Num(1.0));
                let x = s(c, "x");
                set(c, f, "b", x);
                f
            },
            "[Function: f] { a: 1, b: 'x' }",
        ),
        (
            "Object.assign(() => {}, {x: 1})",
            |c| {
                let f = closure(c, "", true);
                set(c, f, "x", Value::Num(1.0));
                f
            },
            "[Function (anonymous)] { x: 1 }",
        ),
        (
            "{f: function bar() {}, g: () => 1}",
            |c| {
                let f = closure(c, "bar", false);
                let g = closure(c, "g", true);
                obj(c, &[("f", f), ("g", g)])
            },
            "{ f: [Function: bar], g: [Function: g] }",
        ),
        (
            "[new Number(3), new String('ab'), new Boolean(false), new Number(-0)]",
            |c| {
                let n = boxed(c, Value::Num(3.0));
                let ab = s(c, "ab");
                let st = boxed(c, ab);
                let b = boxed(c, Value::Bool(false));
                let z = boxed(c, Value::Num(-0.0));
                arr(c, &[n, st, b, z])
            },
            "[ [Number: 3], [String: 'ab'], [Boolean: false], [Number: -0] ]",
        ),
        (
            "Object.assign(new String('xy'), {k: 1})",
            |c| {
                let xy = s(c, "xy");
                let st = boxed(c, xy);
                set(c, st, "k", Value::Num(1.0));
                st
            },
            "[String: 'xy'] { k: 1 }",
        ),
        (
            "a = {x: 1}; a.self = a",
            |c| {
                let a = obj(c, &[("x", Value::Num(1.0))]);
                set(c, a, "self", a);
                a
            },
            "<ref *1> { x: 1, self: [Circular *1] }",
        ),
        (
            "a = {}; b = {a}; a.b = b; a.arr = [a, b]",
            |c| {
                let a = obj(c, &[]);
                let b = obj(c, &[("a", a)]);
                set(c, a, "b", b);
                let l = arr(c, &[a, b]);
                set(c, a, "arr", l);
                a
            },
            "<ref *1> {\n  b: { a: [Circular *1] },\n  arr: [ [Circular *1], { a: [Circular *1] } ]\n}",
        ),
        (
            "a = [1]; a.push(a)",
            |c| {
                let a = arr(c, &[Value::Num(1.0)]);
                set(c, a, "1", a);
                a
            },
            "<ref *1> [ 1, [Circular *1] ]",
        ),
        (
            "a = {}; b = {}; a.b = b; b.b = b",
            |c| {
                let b = obj(c, &[]);
                set(c, b, "b", b);
                obj(c, &[("b", b)])
            },
            "{ b: <ref *1> { b: [Circular *1] } }",
        ),
        (
            "Object.assign(Object.create(null), {a: 1})",
            |c| {
                let o = alloc(c, None, ObjKind::Ordinary);
                set(c, o, "a", Value::Num(1.0));
                o
            },
            "[Object: null prototype] { a: 1 }",
        ),
        (
            "Object.create(null)",
            |c| alloc(c, None, ObjKind::Ordinary),
            "[Object: null prototype] {}",
        ),
        (
            "{a: {b: {c: Object.assign(Object.create(null), {x: 1})}}}",
            |c| {
                let o = alloc(c, None, ObjKind::Ordinary);
                set(c, o, "x", Value::Num(1.0));
                let b = obj(c, &[("c", o)]);
                let a = obj(c, &[("b", b)]);
                obj(c, &[("a", a)])
            },
            "{ a: { b: { c: [Object: null prototype] } } }",
        ),
        (
            "{a: {b: {c: Object.create(null)}}}",
            |c| {
                let o = alloc(c, None, ObjKind::Ordinary);
                let b = obj(c, &[("c", o)]);
                let a = obj(c, &[("b", b)]);
                obj(c, &[("a", a)])
            },
            "{ a: { b: { c: [Object: null prototype] {} } } }",
        ),
        (
            "{a: undefined, b: null}",
            |c| obj(c, &[("a", Value::Undefined), ("b", Value::Null)]),
            "{ a: undefined, b: null }",
        ),
        (
            "error with stack",
            |c| error(c, "boom", "Error: boom\n    at foo (x.js:1:1)"),
            "Error: boom\n    at foo (x.js:1:1)",
        ),
        (
            "{e: error with stack}",
            |c| {
                let e = error(c, "x", "Error: x\n    at f (a.js:1:2)");
                obj(c, &[("e", e)])
            },
            "{\n  e: Error: x\n      at f (a.js:1:2)\n}",
        ),
        (
            "[error with stack]",
            |c| {
                let e = error(c, "boom", "Error: boom\n    at foo (x.js:1:1)");
                arr(c, &[e])
            },
            "[\n  Error: boom\n      at foo (x.js:1:1)\n]",
        ),
        ("error without frames", |c| error(c, "x", "Error: x"), "[Error: x]"),
        (
            "error without frames, extra key",
            |c| {
                let e = error(c, "x", "Error: x");
                set(c, e, "extra", Value::Num(1.0));
                e
            },
            "[Error: x] { extra: 1 }",
        ),
        (
            "error without a stack property",
            |c| {
                let e = Value::Obj(ops::new_error(c, crate::JsErrorKind::TypeError, "bad").unwrap());
                set(c, e, "name", Value::Str(atoms::TYPE_ERROR));
                e
            },
            "[TypeError: bad]",
        ),
        (
            "{e: error with cause}",
            |c| {
                let e = error(c, "x", "Error: x\n    at q");
                let cause = s(c, "c");
                set(c, e, "cause", cause);
                obj(c, &[("e", e)])
            },
            "{\n  e: Error: x\n      at q {\n    [cause]: 'c'\n  }\n}",
        ),
        (
            "[1][Symbol.iterator]()",
            |c| {
                let a = json(c, "[1]").as_obj().unwrap();
                let p = c.realm.iterator_proto;
                let st = IterState {
                    source: IterSource::Array(a),
                    yields: IterYield::Values,
                    pos: 0,
                    done: false,
                };
                alloc(c, Some(p), ObjKind::Iterator(Box::new(st)))
            },
            "Object [Array Iterator] {}",
        ),
        (
            "new Map([[1, 2], [3, 4]]).keys() after one next()",
            |c| {
                let m = collection(c, &[(Value::Num(1.0), Value::Num(2.0)), (Value::Num(3.0), Value::Num(4.0))], false);
                let p = c.realm.iterator_proto;
                let st = IterState {
                    source: IterSource::Map(m.as_obj().unwrap()),
                    yields: IterYield::Keys,
                    pos: 1,
                    done: false,
                };
                alloc(c, Some(p), ObjKind::Iterator(Box::new(st)))
            },
            "[Map Iterator] { 3 }",
        ),
        (
            "new Set([5]).entries()",
            |c| {
                let m = collection(c, &[(Value::Num(5.0), Value::Undefined)], true);
                let p = c.realm.iterator_proto;
                let st = IterState {
                    source: IterSource::Map(m.as_obj().unwrap()),
                    yields: IterYield::Entries,
                    pos: 0,
                    done: false,
                };
                alloc(c, Some(p), ObjKind::Iterator(Box::new(st)))
            },
            "[Set Entries] { [ 5, 5 ] }",
        ),
        (
            "(function(){ return arguments })(1, 2)",
            |c| {
                let p = c.realm.object_proto;
                alloc(c, Some(p), ObjKind::Arguments(vec![Value::Num(1.0), Value::Num(2.0)]))
            },
            "[Arguments] { '0': 1, '1': 2 }",
        ),
        (
            "[1..26, undefined]",
            |c| {
                let mut v: Vec<Value> = (1..=26).map(|i| Value::Num(i as f64)).collect();
                v.push(Value::Undefined);
                arr(c, &v)
            },
            "[\n  1,  2,  3,         4,\n  5,  6,  7,         8,\n  9,  10, 11,        12,\n  13, 14, 15,        16,\n  17, 18, 19,        20,\n  21, 22, 23,        24,\n  25, 26, undefined\n]",
        ),
        (
            "'\\ud800x\\udc00'",
            |c| Value::Str(c.heap.alloc_str(JsStr::Utf16(Box::new([0xd800, b'x' as u16, 0xdc00]))).unwrap()),
            "'\\ud800x\\udc00'",
        ),
        (
            "new Set(0..103)",
            |c| {
                let e: Vec<(Value, Value)> = (0..103).map(|i| (Value::Num(i as f64), Value::Undefined)).collect();
                collection(c, &e, true)
            },
            "SET103",
        ),
        (
            "a = []; a[5] = 1; a[300] = 2",
            |c| {
                let mut v = vec![Value::Empty; 301];
                v[5] = Value::Num(1.0);
                v[300] = Value::Num(2.0);
                arr(c, &v)
            },
            "[ <5 empty items>, 1, <294 empty items>, 2 ]",
        ),
        (
            "b = []; for (i = 0; i < 120; i++) if (i % 2) b[i] = i",
            |c| {
                let v: Vec<Value> = (0..120).map(|i| if i % 2 == 1 { Value::Num(i as f64) } else { Value::Empty }).collect();
                arr(c, &v)
            },
            "[\n  <1 empty item>, 1,              <1 empty item>, 3,              <1 empty item>,\n  5,              <1 empty item>, 7,              <1 empty item>, 9,\n  <1 empty item>, 11,             <1 empty item>, 13,             <1 empty item>,\n  15,             <1 empty item>, 17,             <1 empty item>, 19,\n  <1 empty item>, 21,             <1 empty item>, 23,             <1 empty item>,\n  25,             <1 empty item>, 27,             <1 empty item>, 29,\n  <1 empty item>, 31,             <1 empty item>, 33,             <1 empty item>,\n  35,             <1 empty item>, 37,             <1 empty item>, 39,\n  <1 empty item>, 41,             <1 empty item>, 43,             <1 empty item>,\n  45,             <1 empty item>, 47,             <1 empty item>, 49,\n  <1 empty item>, 51,             <1 empty item>, 53,             <1 empty item>,\n  55,             <1 empty item>, 57,             <1 empty item>, 59,\n  <1 empty item>, 61,             <1 empty item>, 63,             <1 empty item>,\n  65,             <1 empty item>, 67,             <1 empty item>, 69,\n  <1 empty item>, 71,             <1 empty item>, 73,             <1 empty item>,\n  75,             <1 empty item>, 77,             <1 empty item>, 79,\n  <1 empty item>, 81,             <1 empty item>, 83,             <1 empty item>,\n  85,             <1 empty item>, 87,             <1 empty item>, 89,\n  <1 empty item>, 91,             <1 empty item>, 93,             <1 empty item>,\n  95,             <1 empty item>, 97,             <1 empty item>, 99,\n  ... 20 more items\n]",
        ),
        (
            "new Map([[1, 2], [3, 4]]).entries()",
            |c| {
                let m = collection(c, &[(Value::Num(1.0), Value::Num(2.0)), (Value::Num(3.0), Value::Num(4.0))], false);
                let p = c.realm.iterator_proto;
                let st = IterState {
                    source: IterSource::Map(m.as_obj().unwrap()),
                    yields: IterYield::Entries,
                    pos: 0,
                    done: false,
                };
                alloc(c, Some(p), ObjKind::Iterator(Box::new(st)))
            },
            "[Map Entries] { [ 1, 2 ], [ 3, 4 ] }",
        ),
        (
            "Object.assign([1..10], {extra: 'x'})",
            |c| {
                let v: Vec<Value> = (1..=10).map(|i| Value::Num(i as f64)).collect();
                let a = arr(c, &v);
                let x = s(c, "x");
                set(c, a, "extra", x);
                a
            },
            "[ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, extra: 'x' ]",
        ),
        (
            "'x'.repeat(12000)",
            |c| s(c, &"x".repeat(12000)),
            "LONG",
        ),
    ];
    let mut failures = Vec::new();
    for (js, build, expected) in cases {
        let mut c = ctx();
        let v = build(&mut c);
        let got = inspect(&mut c, v);
        let expected = if expected == "LONG" {
            format!("'{}'... 2000 more characters", "x".repeat(10_000))
        } else if expected == "SET103" {
            let items: Vec<String> = (0..100).map(|i| format!("  {i},")).collect();
            format!("Set(103) {{\n{}\n  ... 3 more items\n}}", items.join("\n"))
        } else {
            expected.to_string()
        };
        if got != expected {
            failures.push(format!(
                "{js}\n  expected: {expected:?}\n  got:      {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn format_specifiers_match_node() {
    let mut c = ctx();
    let log = |c: &mut Ctx, args: &[Value]| format_args(c, args).unwrap();
    let f = s(&mut c, "%s|%d|%i|%f|%j|%O|%c|%%|%x");
    let (a1, a2, a3, a4) = (
        s(&mut c, "str"),
        s(&mut c, "42.5"),
        s(&mut c, "42.9px"),
        s(&mut c, "3.5e2abc"),
    );
    let j = json(&mut c, r#"{"a":[1]}"#);
    let o = json(&mut c, r#"{"b":2}"#);
    let color = s(&mut c, "color");
    assert_eq!(
        log(&mut c, &[f, a1, a2, a3, a4, j, o, color]),
        "str|42.5|42|350|{\"a\":[1]}|{ b: 2 }||%|%x"
    );

    let f = s(&mut c, "%s");
    let nested = json(&mut c, "[1,[2,[3]]]");
    let o = json(&mut c, r#"{"a":{"b":1}}"#);
    let x = s(&mut c, "x");
    assert_eq!(
        log(&mut c, &[f, nested, o, x]),
        "[ 1, [Array] ] { a: { b: 1 } } x"
    );

    let f = s(&mut c, "%s %s");
    let extra = s(&mut c, "extra");
    let z = json(&mut c, r#"{"z":1}"#);
    assert_eq!(
        log(&mut c, &[f, Value::Num(-0.0), Value::Num(5.0), extra, z]),
        "-0 5 extra { z: 1 }"
    );

    let f = s(&mut c, "100%");
    assert_eq!(log(&mut c, &[f, Value::Num(5.0)]), "100% 5");
    let f = s(&mut c, "%d");
    let i = s(&mut c, "%i");
    assert_eq!(
        log(&mut c, &[f, Value::Num(-0.0), i, Value::Num(31.0)]),
        "-0 %i 31"
    );
    let f = s(&mut c, "%i");
    let hex = s(&mut c, "0x1f");
    let pf = s(&mut c, "%f");
    let inf = s(&mut c, "Infinityx");
    assert_eq!(log(&mut c, &[f, hex, pf, inf]), "31 %f Infinityx");
    let f = s(&mut c, "a%");
    let b = s(&mut c, "b");
    assert_eq!(log(&mut c, &[f, b]), "a% b");

    let f = s(&mut c, "%j");
    let circ = obj(&mut c, &[]);
    set(&mut c, circ, "a", circ);
    assert_eq!(log(&mut c, &[f, circ]), "[Circular]");

    let f = s(&mut c, "%o");
    let a = json(&mut c, "[1,2]");
    let tail = s(&mut c, "%o");
    assert_eq!(log(&mut c, &[f, a, tail]), "[ 1, 2, [length]: 2 ] %o");
    let deep = json(&mut c, r#"{"a":{"b":{"c":{"d":{"e":1}}}}}"#);
    assert_eq!(
        log(&mut c, &[f, deep]),
        "{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}"
    );

    // Plain arguments: strings raw, the rest inspected, joined by spaces.
    let hello = s(&mut c, "hello");
    let arr = json(&mut c, "[1,\"a\"]");
    assert_eq!(
        log(
            &mut c,
            &[
                hello,
                arr,
                Value::Num(1.5),
                Value::Undefined,
                Value::Null,
                Value::Bool(true)
            ]
        ),
        "hello [ 1, 'a' ] 1.5 undefined null true"
    );
    let only = s(&mut c, "%s %d");
    assert_eq!(log(&mut c, &[only]), "%s %d");
    assert_eq!(log(&mut c, &[]), "");
}

#[test]
fn console_writes_lines() {
    use std::cell::RefCell;
    use std::rc::Rc;
    #[derive(Default, Clone)]
    struct Shared(Rc<RefCell<(String, String)>>);
    impl crate::Console for Shared {
        fn log(&mut self, line: &str) {
            self.0.borrow_mut().0.push_str(&format!("{line}\n"));
        }
        fn error(&mut self, line: &str) {
            self.0.borrow_mut().1.push_str(&format!("{line}\n"));
        }
    }
    let shared = Shared::default();
    let b = crate::builtins();
    let mut c = Ctx::new(b, None, Limits::default(), Box::new(shared.clone()));
    let console = b.globals[crate::builtins::GLOBAL_NAMES
        .iter()
        .position(|n| *n == "console")
        .unwrap()];
    let a = json(&mut c, "[1,2,3]");
    let msg = s(&mut c, "value:");
    for m in ["log", "info", "debug"] {
        c.call_builtin(console, m, Value::Undefined, &[msg, a])
            .unwrap();
    }
    for m in ["error", "warn"] {
        c.call_builtin(console, m, Value::Undefined, &[msg])
            .unwrap();
    }
    let out = shared.0.borrow();
    assert_eq!(out.0, "value: [ 1, 2, 3 ]\n".repeat(3));
    assert_eq!(out.1, "value:\n".repeat(2));
}

#[test]
fn huge_objects_hit_a_limit_not_a_hang() {
    let mut c = ctx();
    c.limits.max_string = 1000;
    c.heap.max_string = 1000;
    let mut elems = Vec::new();
    for i in 0..500 {
        elems.push((format!("key{i}"), Value::Num(i as f64)));
    }
    let o = obj(&mut c, &[]);
    for (k, v) in &elems {
        set(&mut c, o, k, *v);
    }
    assert!(super::try_inspect(&mut c, o).is_err());
}

#[test]
fn builtins_print_like_node() {
    let mut c = ctx();
    let b = crate::builtins();
    let json = b.globals[crate::builtins::GLOBAL_NAMES
        .iter()
        .position(|n| *n == "JSON")
        .unwrap()];
    assert_eq!(inspect(&mut c, json), "Object [JSON] {}");
    let id = c.heap.intern(JsStr::from_str("parse")).unwrap();
    let parse = ops::get(&mut c, json, Key::Atom(id)).unwrap();
    assert_eq!(inspect(&mut c, parse), "[Function: parse]");
    let o = obj(&mut c, &[("f", parse)]);
    assert_eq!(inspect(&mut c, o), "{ f: [Function: parse] }");
}
