//! JSON against outputs recorded from node 20.

use super::node_cases::{PARSE_ERRORS, PARSE_OK};
use super::{date_iso_string, parse_text, stringify_value};
use crate::builtins::inspect::node_cases::STRINGIFY;
use crate::conv::Key;
use crate::error::Interrupt;
use crate::object::{ObjKind, Object};
use crate::ops;
use crate::value::Value;
use crate::{Ctx, JsStr};

use crate::builtins::test_support::ctx;

fn json_global() -> Value {
    crate::builtins::test_support::global("JSON")
}

fn s(ctx: &mut Ctx, text: &str) -> Value {
    Value::Str(ctx.heap.alloc_str(JsStr::from_str(text)).unwrap())
}

fn parse(ctx: &mut Ctx, text: &str) -> Value {
    parse_text(ctx, &JsStr::from_str(text)).unwrap()
}

/// `JSON.stringify(args...)` as a Rust string ("undefined" for undefined).
fn stringify(ctx: &mut Ctx, args: &[Value]) -> Result<String, String> {
    match ctx.call_builtin(json_global(), "stringify", Value::Undefined, args) {
        Ok(Value::Str(s)) => Ok(ctx.heap.str(s).to_rust_string()),
        Ok(Value::Undefined) => Ok("undefined".into()),
        Ok(v) => Err(format!("unexpected {v:?}")),
        Err(e) => Err(format!("{e:?}")),
    }
}

fn set(ctx: &mut Ctx, o: Value, k: &str, v: Value) {
    let id = ctx.heap.intern(JsStr::from_str(k)).unwrap();
    let k = crate::conv::str_key(ctx, id).unwrap();
    ops::set_obj(ctx, o.as_obj().unwrap(), k, v).unwrap();
}

#[test]
fn stringify_matches_node() {
    let mut failures = Vec::new();
    for (text, space, expected) in STRINGIFY {
        let mut c = ctx();
        let v = parse(&mut c, text);
        let args = if space.is_empty() {
            vec![v]
        } else if let Ok(n) = space.parse::<f64>() {
            vec![v, Value::Null, Value::Num(n)]
        } else {
            let sp = s(&mut c, space);
            vec![v, Value::Null, sp]
        };
        let got = stringify(&mut c, &args).unwrap();
        if got != *expected {
            failures.push(format!(
                "{text} / {space:?}\n  expected: {expected:?}\n  got:      {got:?}"
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
fn parse_errors_match_node() {
    let mut failures = Vec::new();
    for (text, expected) in PARSE_ERRORS {
        let mut c = ctx();
        let t = s(&mut c, text);
        let got = match c.call_builtin(json_global(), "parse", Value::Undefined, &[t]) {
            Err(Interrupt::Error(k, m)) => format!("{}: {m}", k.name()),
            other => format!("no error: {other:?}"),
        };
        if got != format!("SyntaxError: {expected}") {
            failures.push(format!(
                "{text:?}\n  expected: {expected:?}\n  got:      {got:?}"
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
fn parse_values_match_node() {
    for (text, expected) in PARSE_OK {
        let mut c = ctx();
        let v = parse(&mut c, text);
        let neg_zero = matches!(v, Value::Num(n) if n == 0.0 && n.is_sign_negative());
        let got = format!(
            "{} {}",
            stringify(&mut c, &[v]).unwrap(),
            if neg_zero { "-0" } else { "" }
        );
        assert_eq!(got, *expected, "{text}");
    }
    // JSON.parse() parses "undefined".
    let mut c = ctx();
    match c.call_builtin(json_global(), "parse", Value::Undefined, &[]) {
        Err(Interrupt::Error(_, m)) => assert_eq!(m, "\"undefined\" is not valid JSON"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn parse_deep_nesting_is_iterative() {
    let mut c = ctx();
    let n = 100_000;
    let text = "[".repeat(n) + &"]".repeat(n);
    let v = parse(&mut c, &text);
    assert!(matches!(v, Value::Obj(_)));
}

#[test]
fn special_values() {
    let mut c = ctx();
    let r = c.realm;
    let o = Value::Obj(ops::new_object(&mut c).unwrap());
    let f = Value::Obj(
        c.heap
            .alloc(Object::new(
                Some(r.function_proto),
                ObjKind::Closure {
                    prog: 0,
                    func: 0,
                    captures: Box::new([]),
                    name: crate::atoms::EMPTY,
                    length: 0,
                    is_arrow: true,
                },
            ))
            .unwrap(),
    );
    let mk = |c: &mut Ctx, proto, kind| {
        Value::Obj(c.heap.alloc(Object::new(Some(proto), kind)).unwrap())
    };
    let num = mk(&mut c, r.number_proto, ObjKind::Primitive(Value::Num(3.0)));
    let sv = s(&mut c, "s");
    let st = mk(&mut c, r.string_proto, ObjKind::Primitive(sv));
    let b = mk(
        &mut c,
        r.boolean_proto,
        ObjKind::Primitive(Value::Bool(false)),
    );
    let map = mk(&mut c, r.map_proto, ObjKind::Map(Default::default()));
    let arr = Value::Obj(
        ops::new_array(
            &mut c,
            vec![Value::Undefined, f, Value::Empty, Value::Num(f64::NAN)],
        )
        .unwrap(),
    );
    set(&mut c, o, "a", arr);
    set(&mut c, o, "d", Value::Undefined);
    set(&mut c, o, "e", f);
    set(&mut c, o, "f", Value::Num(f64::INFINITY));
    set(&mut c, o, "g", Value::Num(-0.0));
    set(&mut c, o, "h", num);
    set(&mut c, o, "i", st);
    set(&mut c, o, "j", b);
    set(&mut c, o, "k", map);
    assert_eq!(
        stringify(&mut c, &[o]).unwrap(),
        r#"{"a":[null,null,null,null],"f":null,"g":0,"h":3,"i":"s","j":false,"k":{}}"#
    );
    assert_eq!(stringify(&mut c, &[Value::Undefined]).unwrap(), "undefined");
    assert_eq!(stringify(&mut c, &[f]).unwrap(), "undefined");
    assert_eq!(stringify(&mut c, &[]).unwrap(), "undefined");
    // Well-formed stringify: lone surrogates escaped, pairs kept.
    let units = [
        0x2028,
        0xd800,
        0xdc00,
        0xd800,
        b'x' as u16,
        0xdc00,
        0x7f,
        0x1f,
        b'"' as u16,
        b'\\' as u16,
        b'/' as u16,
    ];
    let t = Value::Str(c.heap.alloc_str(JsStr::Utf16(Box::new(units))).unwrap());
    assert_eq!(
        stringify(&mut c, &[t]).unwrap(),
        "\"\u{2028}𐀀\\ud800x\\udc00\u{7f}\\u001f\\\"\\\\/\""
    );
    // Errors: message and stack are not enumerable.
    let e = Value::Obj(ops::new_error(&mut c, crate::JsErrorKind::Error, "x").unwrap());
    assert_eq!(stringify(&mut c, &[e]).unwrap(), "{}");
}

#[test]
fn dates() {
    let cases = [
        (0.0, "1970-01-01T00:00:00.000Z"),
        (-1.0, "1969-12-31T23:59:59.999Z"),
        (8.64e15, "+275760-09-13T00:00:00.000Z"),
        (-8.64e15, "-271821-04-20T00:00:00.000Z"),
        (-62198755200000.0, "-000001-01-01T00:00:00.000Z"),
        (253402300800000.0, "+010000-01-01T00:00:00.000Z"),
        (1.5, "1970-01-01T00:00:00.001Z"),
        (951782400000.0, "2000-02-29T00:00:00.000Z"),
    ];
    for (t, iso) in cases {
        assert_eq!(date_iso_string(t).as_deref(), Some(iso), "{t}");
    }
    assert_eq!(date_iso_string(f64::NAN), None);
    assert_eq!(date_iso_string(8.64e15 + 1.0), None);
    let mut c = ctx();
    let p = c.realm.date_proto;
    let d = Value::Obj(
        c.heap
            .alloc(Object::new(Some(p), ObjKind::Date(0.0)))
            .unwrap(),
    );
    let bad = Value::Obj(
        c.heap
            .alloc(Object::new(Some(p), ObjKind::Date(f64::NAN)))
            .unwrap(),
    );
    let a = Value::Obj(ops::new_array(&mut c, vec![d, bad]).unwrap());
    assert_eq!(
        stringify(&mut c, &[a]).unwrap(),
        r#"["1970-01-01T00:00:00.000Z",null]"#
    );
}

#[test]
fn replacer_array_and_space() {
    let mut c = ctx();
    let v = parse(&mut c, r#"{"b":1,"a":2,"c":{"a":1,"b":2}}"#);
    let (ka, kc) = (s(&mut c, "a"), s(&mut c, "c"));
    let list = Value::Obj(ops::new_array(&mut c, vec![ka, kc]).unwrap());
    assert_eq!(
        stringify(&mut c, &[v, list, Value::Num(20.0)]).unwrap(),
        "{\n          \"a\": 2,\n          \"c\": {\n                    \"a\": 1\n          }\n}"
    );
    let v = parse(&mut c, r#"{"1":1,"a":2}"#);
    let p = c.realm.string_proto;
    let boxed_a = Value::Obj(
        c.heap
            .alloc(Object::new(Some(p), ObjKind::Primitive(ka)))
            .unwrap(),
    );
    let list = Value::Obj(
        ops::new_array(&mut c, vec![Value::Num(1.0), ka, Value::Num(1.0), boxed_a]).unwrap(),
    );
    let gap = s(&mut c, "abcdefghijklmn");
    assert_eq!(
        stringify(&mut c, &[v, list, gap]).unwrap(),
        "{\nabcdefghij\"1\": 1,\nabcdefghij\"a\": 2\n}"
    );
    let v = parse(&mut c, "[1,[2,[]],{}]");
    let gap = s(&mut c, "--");
    assert_eq!(
        stringify(&mut c, &[v, Value::Null, gap]).unwrap(),
        "[\n--1,\n--[\n----2,\n----[]\n--],\n--{}\n]"
    );
    let pn = c.realm.number_proto;
    let boxed_2 = Value::Obj(
        c.heap
            .alloc(Object::new(Some(pn), ObjKind::Primitive(Value::Num(2.0))))
            .unwrap(),
    );
    let v = parse(&mut c, "[1]");
    assert_eq!(
        stringify(&mut c, &[v, Value::Null, boxed_2]).unwrap(),
        "[\n  1\n]"
    );
}

#[test]
fn cycles_report_like_v8() {
    let mut c = ctx();
    let a = parse(&mut c, r#"{"x":1,"b":{"c":[1,{"d":{"e":{"f":{}}}}]}}"#);
    // a.b.c[1].d.e.f.g = a
    let mut cur = a;
    for k in ["b", "c"] {
        let id = c.heap.intern(JsStr::from_str(k)).unwrap();
        cur = ops::get(&mut c, cur, Key::Atom(id)).unwrap();
    }
    cur = ops::get(&mut c, cur, Key::Index(1)).unwrap();
    for k in ["d", "e", "f"] {
        let id = c.heap.intern(JsStr::from_str(k)).unwrap();
        cur = ops::get(&mut c, cur, Key::Atom(id)).unwrap();
    }
    set(&mut c, cur, "g", a);
    assert_eq!(
        stringify(&mut c, &[a]).unwrap_err(),
        "TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     property 'b' -> object with constructor 'Object'\n    |     property 'c' -> object with constructor 'Array'\n    |     ...\n    |     property 'f' -> object with constructor 'Object'\n    --- property 'g' closes the circle"
    );
    let l = parse(&mut c, "[]");
    set(&mut c, l, "0", l);
    assert_eq!(
        stringify(&mut c, &[l]).unwrap_err(),
        "TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Array'\n    --- index 0 closes the circle"
    );
    let o = parse(&mut c, r#"{"b":{"c":{"d":{}}}}"#);
    let id = |c: &mut Ctx, k: &str| Key::Atom(c.heap.intern(JsStr::from_str(k)).unwrap());
    let kb = id(&mut c, "b");
    let b = ops::get(&mut c, o, kb).unwrap();
    let kc = id(&mut c, "c");
    let cc = ops::get(&mut c, b, kc).unwrap();
    let kd = id(&mut c, "d");
    let d = ops::get(&mut c, cc, kd).unwrap();
    set(&mut c, d, "e", o);
    let wrapped = Value::Obj(ops::new_array(&mut c, vec![o]).unwrap());
    assert_eq!(
        stringify(&mut c, &[wrapped]).unwrap_err(),
        "TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     property 'b' -> object with constructor 'Object'\n    |     property 'c' -> object with constructor 'Object'\n    |     property 'd' -> object with constructor 'Object'\n    --- property 'e' closes the circle"
    );
    // The same object twice (not a cycle) is fine.
    let shared = parse(&mut c, "{}");
    let two = Value::Obj(ops::new_array(&mut c, vec![shared, shared]).unwrap());
    assert_eq!(stringify(&mut c, &[two]).unwrap(), "[{},{}]");
}

#[test]
fn cycles_are_found_at_any_depth() {
    // Containers open below and past the depth where the serializer stops
    // scanning its stack and keeps a set: a cycle back to either is found,
    // and the same object twice at depth is not a cycle.
    let mut c = ctx();
    let root = parse(&mut c, "{}");
    let mut chain = vec![root];
    for _ in 0..80 {
        let o = parse(&mut c, "{}");
        set(&mut c, *chain.last().unwrap(), "n", o);
        chain.push(o);
    }
    let leaf = *chain.last().unwrap();
    let shared = parse(&mut c, "[1]");
    set(&mut c, leaf, "a", shared);
    set(&mut c, leaf, "b", shared);
    let text = stringify(&mut c, &[root]).unwrap();
    assert!(text.contains(r#"{"a":[1],"b":[1]}"#), "{text}");
    for target in [chain[3], chain[50]] {
        set(&mut c, leaf, "back", target);
        let err = stringify(&mut c, &[root]).unwrap_err();
        assert!(
            err.contains("--- property 'back' closes the circle"),
            "{err}"
        );
    }
}

#[test]
fn to_json_not_on_builtin_prototypes() {
    // The serializer skips the prototype walk for plain objects and arrays
    // on this fact; built-in objects cannot be changed by programs.
    let c = ctx();
    for p in [c.realm.object_proto, c.realm.array_proto] {
        assert!(c.heap.is_builtin(p));
        assert!(c.heap.obj(p).props.get(crate::atoms::TO_JSON).is_none());
    }
    assert_eq!(
        c.heap.obj(c.realm.array_proto).proto,
        Some(c.realm.object_proto)
    );
    assert_eq!(c.heap.obj(c.realm.object_proto).proto, None);
}

#[test]
fn nesting_limit_matches_node() {
    let mut c = ctx();
    let mut v = Value::Obj(ops::new_array(&mut c, Vec::new()).unwrap());
    for _ in 0..4174 {
        v = Value::Obj(ops::new_array(&mut c, vec![v]).unwrap());
    }
    assert_eq!(stringify(&mut c, &[v]).unwrap().len(), 2 * 4175);
    let v = Value::Obj(ops::new_array(&mut c, vec![v]).unwrap());
    assert_eq!(
        stringify(&mut c, &[v]).unwrap_err(),
        "RangeError: Maximum call stack size exceeded"
    );
}

#[test]
fn callbacks_need_js() {
    let mut c = ctx();
    let r = c.realm;
    let f = Value::Obj(
        c.heap
            .alloc(Object::new(
                Some(r.function_proto),
                ObjKind::Closure {
                    prog: 0,
                    func: 0,
                    captures: Box::new([]),
                    name: crate::atoms::EMPTY,
                    length: 0,
                    is_arrow: true,
                },
            ))
            .unwrap(),
    );
    let v = parse(&mut c, "[1]");
    let g = json_global();
    assert!(matches!(
        c.call_builtin(g, "stringify", Value::Undefined, &[v, f]),
        Err(Interrupt::NeedsJs)
    ));
    let t = s(&mut c, "[1]");
    assert!(matches!(
        c.call_builtin(g, "parse", Value::Undefined, &[t, f]),
        Err(Interrupt::NeedsJs)
    ));
    let o = parse(&mut c, r#"{"a":{}}"#);
    let id = c.heap.intern(JsStr::from_str("a")).unwrap();
    let inner = ops::get(&mut c, o, Key::Atom(id)).unwrap();
    set(&mut c, inner, "toJSON", f);
    assert!(matches!(
        stringify_value(&mut c, o, None, Vec::new()),
        Err(Interrupt::NeedsJs)
    ));
}

#[test]
fn output_size_is_capped() {
    let mut c = ctx();
    c.heap.max_string = 100;
    let v = parse(&mut c, &format!("[{}]", vec!["123456789"; 50].join(",")));
    assert!(matches!(
        stringify(&mut c, &[v]),
        Err(e) if e.starts_with("StringLimit")
    ));
}

/// JSON text -> node 20's `JSON.stringify(JSON.parse(text))` (recorded):
/// lone and paired surrogates, every control character, non-ASCII keys.
const TRICKY: &[(&str, &str)] = &[
    (
        "\"\\ud800\"",
        "\"\\ud800\"",
    ),
    (
        "\"\\udc00\"",
        "\"\\udc00\"",
    ),
    (
        "\"a\\ud800b\"",
        "\"a\\ud800b\"",
    ),
    (
        "\"\\udbff\\udfff\"",
        "\"\u{10ffff}\"",
    ),
    (
        "\"\\ud83d\\ude00\"",
        "\"\u{1f600}\"",
    ),
    (
        "\"\\ude00\\ud83d\"",
        "\"\\ude00\\ud83d\"",
    ),
    (
        "\"x\\ud83d\"",
        "\"x\\ud83d\"",
    ),
    (
        "\"\\ud83d\\ud83d\\ude00\"",
        "\"\\ud83d\u{1f600}\"",
    ),
    (
        "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f\"",
        "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f\"",
    ),
    (
        "\"\\u007f\\u0080\\u00ff\\u0100\\u07ff\\u0800\\uffff\\u2028\\u2029\\ufeff\"",
        "\"\u{7f}\u{80}\u{ff}\u{100}\u{7ff}\u{800}\u{ffff}\u{2028}\u{2029}\u{feff}\"",
    ),
    (
        "\"quote \\\" backslash \\\\ slash / tab \\t\"",
        "\"quote \\\" backslash \\\\ slash / tab \\t\"",
    ),
    (
        "{\"k\\u00e9y\":\"v\\u00e0l\",\"\\ud800\":1,\"emoji \\ud83d\\ude00\":[true,false,null,-0,1e21,1.5e-7,0.1,-123456789012345]}",
        "{\"k\u{e9}y\":\"v\u{e0}l\",\"\\ud800\":1,\"emoji \u{1f600}\":[true,false,null,0,1e+21,1.5e-7,0.1,-123456789012345]}",
    ),
    (
        "[\"Vi\u{1ec7}t Nam\",\"\u{65e5}\u{672c}\u{8a9e}\",\"\u{395}\u{3bb}\u{3bb}\u{3b7}\u{3bd}\u{3b9}\u{3ba}\u{3ac}\",\"\u{1f600}\u{1f389}\",\"\"]",
        "[\"Vi\u{1ec7}t Nam\",\"\u{65e5}\u{672c}\u{8a9e}\",\"\u{395}\u{3bb}\u{3bb}\u{3b7}\u{3bd}\u{3b9}\u{3ba}\u{3ac}\",\"\u{1f600}\u{1f389}\",\"\"]",
    ),
    // Numbers around the integer short path (below 10^15) and the longest texts.
    (
        "[999999999999999,1000000000000000,-999999999999999,-1000000000000001,123456789012345680000,4294967296,-1,-0.0,5e-324,1.7976931348623157e308,-0.0000012345678901234567,9007199254740993]",
        "[999999999999999,1000000000000000,-999999999999999,-1000000000000001,123456789012345680000,4294967296,-1,0,5e-324,1.7976931348623157e+308,-0.0000012345678901234567,9007199254740992]",
    ),
    // ASCII-only strings (the one-copy path when nothing needs escaping):
    // DEL stays raw; escapes first, last and alone.
    (
        "{\"a\\\"b\":\"\\u007f~ \",\"\\\\\":[\"\",\"\\\"x\",\"y\\\\\",\"\\n\",\"plain ascii\"]}",
        "{\"a\\\"b\":\"\u{7f}~ \",\"\\\\\":[\"\",\"\\\"x\",\"y\\\\\",\"\\n\",\"plain ascii\"]}",
    ),
    (
        "{\"nested\":{\"a\":[{\"b\":{\"c\":\"\\u0000\\u001f\"}}]},\"e\":{},\"f\":[]}",
        "{\"nested\":{\"a\":[{\"b\":{\"c\":\"\\u0000\\u001f\"}}]},\"e\":{},\"f\":[]}",
    ),
];

/// The UTF-8 serializer the server uses gives node's bytes, and the same
/// text as the UTF-16 result converted for output.
#[test]
fn stringify_utf8_matches_node() {
    let mut failures = Vec::new();
    let plain = STRINGIFY.iter().filter(|(_, space, _)| space.is_empty());
    let cases = plain
        .map(|(t, _, e)| (*t, *e))
        .chain(TRICKY.iter().copied());
    for (text, expected) in cases {
        let mut c = ctx();
        let v = parse(&mut c, text);
        let bytes = super::stringify_utf8(&mut c, v).unwrap();
        let got = bytes.map(|b| String::from_utf8(b).expect("valid UTF-8"));
        let wide = stringify_value(&mut c, v, None, Vec::new())
            .unwrap()
            .map(|s| s.to_rust_string());
        if got.as_deref() != Some(expected) || got != wide {
            failures.push(format!(
                "{text}\n  expected: {expected:?}\n  utf8:     {got:?}\n  utf16:    {wide:?}"
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
fn stringify_utf8_is_capped_and_defers_to_js() {
    let mut c = ctx();
    c.heap.max_string = 100;
    let v = parse(&mut c, &format!("[{}]", vec!["123456789"; 50].join(",")));
    assert!(matches!(
        super::stringify_utf8(&mut c, v),
        Err(Interrupt::Error(..))
    ));
    let u = super::stringify_utf8(&mut c, Value::Undefined).unwrap();
    assert!(u.is_none());
}

/// Repeated keys are written from a small cache of quoted keys: more keys
/// than it holds (17), one longer than its text (260 bytes), keys with an
/// escape, a non-ASCII key and the empty key, with and without a gap.
/// Node's output, with `@L` standing for the 260-byte key.
#[test]
fn repeated_keys_match_node() {
    let long = "L".repeat(260);
    let compact = "[{\"k0\":0,\"k1\":1,\"k2\":2,\"k3\":3,\"k4\":4,\"k5\":5,\"k6\":6,\"k7\":7,\"k8\":8,\"k9\":9,\"k10\":10,\"k11\":11,\"k12\":12,\"k13\":13,\"k14\":14,\"k15\":15,\"k16\":16,\"@L\":1,\"q\\\"uote\":2,\"é\":3,\"\":4},{\"k0\":0,\"k1\":1,\"k2\":2,\"k3\":3,\"k4\":4,\"k5\":5,\"k6\":6,\"k7\":7,\"k8\":8,\"k9\":9,\"k10\":10,\"k11\":11,\"k12\":12,\"k13\":13,\"k14\":14,\"k15\":15,\"k16\":16,\"@L\":1,\"q\\\"uote\":2,\"é\":3,\"\":4},{\"k16\":1,\"q\\\"uote\":2,\"é\":3,\"k0\":4}]".replace("@L", &long);
    let spaced = "[\n {\n  \"k0\": 0,\n  \"k1\": 1,\n  \"k2\": 2,\n  \"k3\": 3,\n  \"k4\": 4,\n  \"k5\": 5,\n  \"k6\": 6,\n  \"k7\": 7,\n  \"k8\": 8,\n  \"k9\": 9,\n  \"k10\": 10,\n  \"k11\": 11,\n  \"k12\": 12,\n  \"k13\": 13,\n  \"k14\": 14,\n  \"k15\": 15,\n  \"k16\": 16,\n  \"@L\": 1,\n  \"q\\\"uote\": 2,\n  \"é\": 3,\n  \"\": 4\n },\n {\n  \"k0\": 0,\n  \"k1\": 1,\n  \"k2\": 2,\n  \"k3\": 3,\n  \"k4\": 4,\n  \"k5\": 5,\n  \"k6\": 6,\n  \"k7\": 7,\n  \"k8\": 8,\n  \"k9\": 9,\n  \"k10\": 10,\n  \"k11\": 11,\n  \"k12\": 12,\n  \"k13\": 13,\n  \"k14\": 14,\n  \"k15\": 15,\n  \"k16\": 16,\n  \"@L\": 1,\n  \"q\\\"uote\": 2,\n  \"é\": 3,\n  \"\": 4\n },\n {\n  \"k16\": 1,\n  \"q\\\"uote\": 2,\n  \"é\": 3,\n  \"k0\": 4\n }\n]".replace("@L", &long);
    let mut c = ctx();
    let v = parse(&mut c, &compact);
    assert_eq!(stringify(&mut c, &[v]).unwrap(), compact);
    let bytes = super::stringify_utf8(&mut c, v).unwrap().unwrap();
    assert_eq!(String::from_utf8(bytes).unwrap(), compact);
    let got = stringify(&mut c, &[v, Value::Null, Value::Num(1.0)]).unwrap();
    assert_eq!(got, spaced);
}

/// Plain objects are read straight from their property list, primitives
/// in runs: the energy charged is still one unit per key at the opening
/// and one per step, as for the same objects through a key list.
#[test]
fn plain_objects_charge_like_listed_keys() {
    let text = r#"{"a":1,"b":"x","c":[{"a":null,"b":true,"c":{"a":2,"b":"é","c":[1,2,{"a":0,"b":-0.5,"c":"\"q\""}]}}]}"#;
    let mut c = ctx();
    let v = parse(&mut c, text);
    let keys = ["a", "b", "c"].map(|k| c.heap.intern(JsStr::from_str(k)).unwrap());
    let mut spend = |list: Option<Vec<crate::value::StrId>>| {
        let before = c.energy;
        let out = stringify_value(&mut c, v, list, Vec::new())
            .unwrap()
            .unwrap();
        (out.to_rust_string(), before - c.energy)
    };
    let (plain, plain_cost) = spend(None);
    let (listed, listed_cost) = spend(Some(keys.to_vec()));
    assert_eq!(plain, text);
    assert_eq!(listed, text);
    assert_eq!(plain_cost, listed_cost);
}

/// The key cache is direct-mapped: more keys than its slots (40, so some
/// share one and replace each other) and keys around the slot size (19 to
/// 22 letters, with and without the gap), each written twice. Node's output.
#[test]
fn key_cache_collisions_match_node() {
    let compact = "[{\"k0\":0,\"k1\":1,\"k2\":2,\"k3\":3,\"k4\":4,\"k5\":5,\"k6\":6,\"k7\":7,\"k8\":8,\"k9\":9,\"k10\":10,\"k11\":11,\"k12\":12,\"k13\":13,\"k14\":14,\"k15\":15,\"k16\":16,\"k17\":17,\"k18\":18,\"k19\":19,\"k20\":20,\"k21\":21,\"k22\":22,\"k23\":23,\"k24\":24,\"k25\":25,\"k26\":26,\"k27\":27,\"k28\":28,\"k29\":29,\"k30\":30,\"k31\":31,\"k32\":32,\"k33\":33,\"k34\":34,\"k35\":35,\"k36\":36,\"k37\":37,\"k38\":38,\"k39\":39,\"aaaaaaaaaaaaaaaaaaa\":19,\"bbbbbbbbbbbbbbbbbbbb\":20,\"ccccccccccccccccccccc\":21,\"dddddddddddddddddddddd\":22},{\"k0\":0,\"k1\":1,\"k2\":2,\"k3\":3,\"k4\":4,\"k5\":5,\"k6\":6,\"k7\":7,\"k8\":8,\"k9\":9,\"k10\":10,\"k11\":11,\"k12\":12,\"k13\":13,\"k14\":14,\"k15\":15,\"k16\":16,\"k17\":17,\"k18\":18,\"k19\":19,\"k20\":20,\"k21\":21,\"k22\":22,\"k23\":23,\"k24\":24,\"k25\":25,\"k26\":26,\"k27\":27,\"k28\":28,\"k29\":29,\"k30\":30,\"k31\":31,\"k32\":32,\"k33\":33,\"k34\":34,\"k35\":35,\"k36\":36,\"k37\":37,\"k38\":38,\"k39\":39,\"aaaaaaaaaaaaaaaaaaa\":19,\"bbbbbbbbbbbbbbbbbbbb\":20,\"ccccccccccccccccccccc\":21,\"dddddddddddddddddddddd\":22},{\"k39\":1,\"k0\":2,\"dddddddddddddddddddddd\":3}]";
    let spaced = "[\n {\n  \"k0\": 0,\n  \"k1\": 1,\n  \"k2\": 2,\n  \"k3\": 3,\n  \"k4\": 4,\n  \"k5\": 5,\n  \"k6\": 6,\n  \"k7\": 7,\n  \"k8\": 8,\n  \"k9\": 9,\n  \"k10\": 10,\n  \"k11\": 11,\n  \"k12\": 12,\n  \"k13\": 13,\n  \"k14\": 14,\n  \"k15\": 15,\n  \"k16\": 16,\n  \"k17\": 17,\n  \"k18\": 18,\n  \"k19\": 19,\n  \"k20\": 20,\n  \"k21\": 21,\n  \"k22\": 22,\n  \"k23\": 23,\n  \"k24\": 24,\n  \"k25\": 25,\n  \"k26\": 26,\n  \"k27\": 27,\n  \"k28\": 28,\n  \"k29\": 29,\n  \"k30\": 30,\n  \"k31\": 31,\n  \"k32\": 32,\n  \"k33\": 33,\n  \"k34\": 34,\n  \"k35\": 35,\n  \"k36\": 36,\n  \"k37\": 37,\n  \"k38\": 38,\n  \"k39\": 39,\n  \"aaaaaaaaaaaaaaaaaaa\": 19,\n  \"bbbbbbbbbbbbbbbbbbbb\": 20,\n  \"ccccccccccccccccccccc\": 21,\n  \"dddddddddddddddddddddd\": 22\n },\n {\n  \"k0\": 0,\n  \"k1\": 1,\n  \"k2\": 2,\n  \"k3\": 3,\n  \"k4\": 4,\n  \"k5\": 5,\n  \"k6\": 6,\n  \"k7\": 7,\n  \"k8\": 8,\n  \"k9\": 9,\n  \"k10\": 10,\n  \"k11\": 11,\n  \"k12\": 12,\n  \"k13\": 13,\n  \"k14\": 14,\n  \"k15\": 15,\n  \"k16\": 16,\n  \"k17\": 17,\n  \"k18\": 18,\n  \"k19\": 19,\n  \"k20\": 20,\n  \"k21\": 21,\n  \"k22\": 22,\n  \"k23\": 23,\n  \"k24\": 24,\n  \"k25\": 25,\n  \"k26\": 26,\n  \"k27\": 27,\n  \"k28\": 28,\n  \"k29\": 29,\n  \"k30\": 30,\n  \"k31\": 31,\n  \"k32\": 32,\n  \"k33\": 33,\n  \"k34\": 34,\n  \"k35\": 35,\n  \"k36\": 36,\n  \"k37\": 37,\n  \"k38\": 38,\n  \"k39\": 39,\n  \"aaaaaaaaaaaaaaaaaaa\": 19,\n  \"bbbbbbbbbbbbbbbbbbbb\": 20,\n  \"ccccccccccccccccccccc\": 21,\n  \"dddddddddddddddddddddd\": 22\n },\n {\n  \"k39\": 1,\n  \"k0\": 2,\n  \"dddddddddddddddddddddd\": 3\n }\n]";
    let mut c = ctx();
    let v = parse(&mut c, compact);
    assert_eq!(stringify(&mut c, &[v]).unwrap(), compact);
    let bytes = super::stringify_utf8(&mut c, v).unwrap().unwrap();
    assert_eq!(String::from_utf8(bytes).unwrap(), compact);
    let got = stringify(&mut c, &[v, Value::Null, Value::Num(1.0)]).unwrap();
    assert_eq!(got, spaced);
}
