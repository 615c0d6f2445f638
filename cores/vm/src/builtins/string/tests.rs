//! Tests of the String built-ins against outputs recorded from node 20.

use crate::error::Interrupt;
use crate::string::JsStr;
use crate::value::Value;
use crate::Ctx;

use crate::builtins::test_support::ctx;

use crate::builtins::test_support::global;

/// Same escaping as the generator: every unit but `[A-Za-z0-9 ]` as `\uXXXX`.
fn esc(units: &[u16]) -> String {
    units
        .iter()
        .map(|&u| {
            let c = u as u8 as char;
            if u < 0x80 && (c.is_ascii_alphanumeric() || c == ' ') {
                c.to_string()
            } else {
                format!("\\u{u:04x}")
            }
        })
        .collect()
}

fn unesc(s: &str) -> Vec<u16> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            out.push(u16::from_str_radix(&s[i + 2..i + 6], 16).unwrap());
            i += 6;
        } else {
            out.push(b[i] as u16);
            i += 1;
        }
    }
    out
}

fn decode(ctx: &mut Ctx, field: &str) -> Value {
    match field.split_once(':') {
        None if field == "u" => Value::Undefined,
        None => Value::Null,
        Some(("n", n)) => Value::Num(match n {
            "NaN" => f64::NAN,
            "Infinity" => f64::INFINITY,
            "-Infinity" => f64::NEG_INFINITY,
            n => n.parse().unwrap(),
        }),
        Some(("b", b)) => Value::Bool(b == "true"),
        Some((_, s)) => Value::Str(ctx.heap.alloc_str(JsStr::from_units_vec(unesc(s))).unwrap()),
    }
}

fn encode(ctx: &mut Ctx, r: crate::JsResult<Value>) -> String {
    match r {
        Ok(Value::Undefined) => "u".into(),
        Ok(Value::Null) => "N".into(),
        Ok(Value::Num(n)) if n == 0.0 && n.is_sign_negative() => "n:-0".into(),
        Ok(Value::Num(n)) => format!("n:{}", crate::number::to_js_string(n)),
        Ok(Value::Bool(b)) => format!("b:{b}"),
        Ok(Value::Str(s)) => format!("s:{}", esc(&ctx.heap.str(s).units())),
        Ok(Value::Obj(o)) => {
            let elems = ctx.heap.obj(o).as_array().expect("array").clone();
            let parts: Vec<String> = elems
                .iter()
                .map(|v| esc(&ctx.heap.str(v.as_str().expect("string element")).units()))
                .collect();
            format!("a:{}", parts.join(","))
        }
        Ok(v) => format!("{v:?}"),
        Err(Interrupt::Error(k, m)) => {
            let text = format!("{}: {m}", k.name());
            format!("e:{}", esc(&text.encode_utf16().collect::<Vec<_>>()))
        }
        Err(e) => format!("{e:?}"),
    }
}

/// `cases.txt` was generated with node: `method this args... => result`.
#[test]
fn prototype_methods_match_node() {
    let mut c = ctx();
    let proto = Value::Obj(c.realm.string_proto);
    let mut failures = Vec::new();
    for line in include_str!("cases.txt").lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let arrow = fields.iter().position(|f| *f == "=>").unwrap();
        let this = decode(&mut c, fields[1]);
        let args: Vec<Value> = fields[2..arrow].iter().map(|f| decode(&mut c, f)).collect();
        let r = c.call_builtin(proto, fields[0], this, &args);
        let got = encode(&mut c, r);
        if got != fields[arrow + 1] {
            failures.push(format!("{line}\n   got {got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn call_static(ctx: &mut Ctx, name: &str, args: &[Value]) -> String {
    let r = ctx.call_builtin(global("String"), name, Value::Undefined, args);
    encode(ctx, r)
}

#[test]
fn constructor_and_statics() {
    let mut c = ctx();
    let n = Value::Num;
    let cases: Vec<(&str, Vec<Value>, &str)> = vec![
        (
            "fromCharCode",
            vec![n(72.0), n(105.0), n(65536.0 + 97.0), n(-1.0)],
            "s:Hia\\uffff",
        ),
        ("fromCharCode", vec![], "s:"),
        (
            "fromCharCode",
            vec![n(0xD83D as f64), n(0xDE00 as f64)],
            "s:\\ud83d\\ude00",
        ),
        (
            "fromCodePoint",
            vec![n(0x1F600 as f64), n(7879.0)],
            "s:\\ud83d\\ude00\\u1ec7",
        ),
        (
            "fromCodePoint",
            vec![n(-1.0)],
            "e:RangeError\\u003a Invalid code point \\u002d1",
        ),
        (
            "fromCodePoint",
            vec![n(1.5)],
            "e:RangeError\\u003a Invalid code point 1\\u002e5",
        ),
        (
            "fromCodePoint",
            vec![n(f64::NAN)],
            "e:RangeError\\u003a Invalid code point NaN",
        ),
        (
            "fromCodePoint",
            vec![n(0x110000 as f64)],
            "e:RangeError\\u003a Invalid code point 1114112",
        ),
    ];
    for (name, args, want) in cases {
        assert_eq!(
            call_static(&mut c, name, &args),
            want,
            "String.{name}({args:?})"
        );
    }
    // String.raw({ raw: ["a", "b", "c"] }, 1, 2, 3) === "a1b2c"
    let parts: Vec<Value> = ["a", "b", "c"]
        .iter()
        .map(|s| c.heap.str_value(s).unwrap())
        .collect();
    let arr = crate::ops::new_array(&mut c, parts).unwrap();
    let obj = crate::ops::new_object(&mut c).unwrap();
    crate::ops::set_obj(
        &mut c,
        obj,
        crate::conv::Key::Atom(crate::atoms::RAW),
        Value::Obj(arr),
    )
    .unwrap();
    let r = call_static(&mut c, "raw", &[Value::Obj(obj), n(1.0), n(2.0), n(3.0)]);
    assert_eq!(r, "s:a1b2c");

    let Value::Obj(sobj) = global("String") else {
        panic!()
    };
    let crate::object::ObjKind::Native {
        f, ctor: Some(new), ..
    } = c.heap.obj(sobj).kind
    else {
        panic!()
    };
    let r = f(&mut c, Value::Undefined, &[]);
    assert_eq!(encode(&mut c, r), "s:");
    let r = f(&mut c, Value::Undefined, &[n(-0.0)]);
    assert_eq!(encode(&mut c, r), "s:0");
    let r = f(&mut c, Value::Undefined, &[Value::Null]);
    assert_eq!(encode(&mut c, r), "s:null");
    let w = new(&mut c, Value::Undefined, &[n(12.5)]).unwrap();
    let proto = Value::Obj(c.realm.string_proto);
    let r = c.call_builtin(proto, "valueOf", w, &[]);
    assert_eq!(encode(&mut c, r), "s:12\\u002e5");
    let r = c.call_builtin(proto, "padStart", w, &[n(6.0), Value::Undefined]);
    assert_eq!(encode(&mut c, r), "s:  12\\u002e5");
    let len = crate::ops::get(&mut c, w, crate::conv::Key::Atom(crate::atoms::LENGTH)).unwrap();
    assert_eq!(len.as_num(), Some(4.0));
}

#[test]
fn caps_fail_before_allocating() {
    let mut c = ctx();
    let proto = Value::Obj(c.realm.string_proto);
    let ab = c.heap.str_value("ab").unwrap();
    for (m, args) in [
        ("repeat", vec![Value::Num(2f64.powi(40))]),
        ("padStart", vec![Value::Num(2f64.powi(40))]),
        ("padEnd", vec![Value::Num(1e300)]),
    ] {
        match c.call_builtin(proto, m, ab, &args) {
            Err(Interrupt::Error(crate::ErrorKind::Limit(crate::LimitKind::StringSize), _)) => {}
            other => panic!("{m}: {other:?}"),
        }
    }
    // Near the cap: the energy charge is proportional to the result.
    let before = c.energy;
    let r = c
        .call_builtin(proto, "repeat", ab, &[Value::Num(1_000_000.0)])
        .unwrap();
    assert_eq!(c.heap.str(r.as_str().unwrap()).len(), 2_000_000);
    assert!(before - c.energy >= 2_000_000 / 16);
}

#[test]
fn function_replacement_needs_js() {
    let mut c = ctx();
    let proto = Value::Obj(c.realm.string_proto);
    let s = c.heap.str_value("abc").unwrap();
    let b = c.heap.str_value("b").unwrap();
    let f = global("parseInt");
    for m in ["replace", "replaceAll"] {
        assert!(
            matches!(
                c.call_builtin(proto, m, s, &[b, f]),
                Err(Interrupt::NeedsJs)
            ),
            "{m}"
        );
    }
}

#[test]
fn long_needles_search_linearly() {
    let mut c = ctx();
    let proto = Value::Obj(c.realm.string_proto);
    // UTF-16 haystack with a long almost-matching needle (KMP path).
    let hay: String = "ă".repeat(200_000) + "b";
    let needle: String = "ă".repeat(1000) + "b";
    let h = c.heap.str_value(&hay).unwrap();
    let n = c.heap.str_value(&needle).unwrap();
    let r = c.call_builtin(proto, "indexOf", h, &[n]).unwrap();
    assert_eq!(r.as_num(), Some(199_000.0));
    let r = c.call_builtin(proto, "lastIndexOf", h, &[n]).unwrap();
    assert_eq!(r.as_num(), Some(199_000.0));
    let r = c
        .call_builtin(proto, "includes", h, &[n, Value::Num(199_001.0)])
        .unwrap();
    assert!(matches!(r, Value::Bool(false)));
}
