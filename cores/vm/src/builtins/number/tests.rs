//! Tests of `Number`/`Boolean` against outputs recorded from node 20.

use crate::error::Interrupt;
use crate::value::Value;
use crate::Ctx;

use crate::builtins::test_support::ctx;

use crate::builtins::test_support::global;

/// Result as node prints it inside a string: `-0` kept, errors as `Name: msg`.
fn show(ctx: &mut Ctx, r: crate::JsResult<Value>) -> String {
    match r {
        Ok(Value::Num(n)) if n == 0.0 && n.is_sign_negative() => "-0".into(),
        Ok(v) => {
            let s = crate::conv::to_string(ctx, v).unwrap();
            ctx.heap.str(s).to_rust_string()
        }
        Err(Interrupt::Error(k, m)) => format!("{}: {m}", k.name()),
        Err(e) => format!("{e:?}"),
    }
}

fn proto_call(ctx: &mut Ctx, name: &str, this: Value, args: &[Value]) -> String {
    let proto = Value::Obj(ctx.realm.number_proto);
    let r = ctx.call_builtin(proto, name, this, args);
    show(ctx, r)
}

/// `format_cases.txt` was generated with node: one line per call,
/// `KIND BITS ARG EXPECTED` (F toFixed, P toPrecision, E toExponential,
/// R toString(radix), L toLocaleString).
#[test]
fn formatting_table_matches_node() {
    let mut c = ctx();
    let mut failures = Vec::new();
    for line in include_str!("format_cases.txt").lines() {
        let mut parts = line.splitn(4, ' ');
        let (kind, bits, a, want) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap_or(""),
        );
        let x = Value::Num(f64::from_bits(u64::from_str_radix(bits, 16).unwrap()));
        let args: Vec<Value> = if a == "u" {
            vec![]
        } else {
            vec![Value::Num(a.parse().unwrap())]
        };
        let name = match kind {
            "F" => "toFixed",
            "P" => "toPrecision",
            "E" => "toExponential",
            "R" => "toString",
            _ => "toLocaleString",
        };
        let got = proto_call(&mut c, name, x, &args);
        if got != want {
            failures.push(format!(
                "{name}({a}) of {:?}: got {got}, node {want}",
                x.as_num().unwrap()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn errors_and_edge_cases_like_node() {
    let mut c = ctx();
    let n = |x: f64| Value::Num(x);
    let s1 = c.heap.str_value("1").unwrap();
    let cases: Vec<(&str, Value, Vec<Value>, &str)> = vec![
        (
            "toFixed",
            s1,
            vec![],
            "TypeError: Number.prototype.toFixed requires that 'this' be a Number",
        ),
        (
            "toString",
            s1,
            vec![],
            "TypeError: Number.prototype.toString requires that 'this' be a Number",
        ),
        (
            "valueOf",
            Value::Bool(true),
            vec![],
            "TypeError: Number.prototype.valueOf requires that 'this' be a Number",
        ),
        (
            "toFixed",
            n(1.0),
            vec![n(101.0)],
            "RangeError: toFixed() digits argument must be between 0 and 100",
        ),
        (
            "toFixed",
            n(1.0),
            vec![n(-1.0)],
            "RangeError: toFixed() digits argument must be between 0 and 100",
        ),
        (
            "toFixed",
            n(1.0),
            vec![n(f64::INFINITY)],
            "RangeError: toFixed() digits argument must be between 0 and 100",
        ),
        (
            "toFixed",
            n(f64::NAN),
            vec![n(200.0)],
            "RangeError: toFixed() digits argument must be between 0 and 100",
        ),
        ("toFixed", n(f64::NAN), vec![n(2.0)], "NaN"),
        ("toFixed", n(1.5), vec![n(f64::NAN)], "2"),
        ("toFixed", n(1.25), vec![n(1.9)], "1.3"),
        ("toFixed", n(1.0), vec![], "1"),
        (
            "toExponential",
            n(1.0),
            vec![n(101.0)],
            "RangeError: toExponential() argument must be between 0 and 100",
        ),
        ("toExponential", n(f64::NAN), vec![n(200.0)], "NaN"),
        ("toExponential", n(f64::INFINITY), vec![n(-1.0)], "Infinity"),
        ("toExponential", n(-0.0), vec![], "0e+0"),
        (
            "toPrecision",
            n(1.0),
            vec![n(0.0)],
            "RangeError: toPrecision() argument must be between 1 and 100",
        ),
        ("toPrecision", n(f64::NAN), vec![n(0.0)], "NaN"),
        ("toPrecision", n(123.456), vec![], "123.456"),
        (
            "toPrecision",
            n(f64::NEG_INFINITY),
            vec![n(3.0)],
            "-Infinity",
        ),
        (
            "toString",
            n(1.0),
            vec![n(1.0)],
            "RangeError: toString() radix argument must be between 2 and 36",
        ),
        (
            "toString",
            n(1.0),
            vec![n(37.0)],
            "RangeError: toString() radix argument must be between 2 and 36",
        ),
        ("toString", n(255.0), vec![Value::Undefined], "255"),
        ("toString", n(-0.0), vec![n(2.0)], "0"),
        ("toString", n(f64::NAN), vec![n(16.0)], "NaN"),
        ("toString", n(f64::NEG_INFINITY), vec![n(2.0)], "-Infinity"),
        ("toString", n(0.5), vec![n(2.0)], "0.1"),
        ("toString", n(255.5), vec![n(16.0)], "ff.8"),
        ("toString", n(-255.0), vec![n(36.0)], "-73"),
        ("toString", n(1e21), vec![n(36.0)], "5v1j4f4ds7c000"),
        ("toLocaleString", n(f64::NEG_INFINITY), vec![], "-∞"),
        ("toLocaleString", n(f64::NAN), vec![], "NaN"),
        ("toLocaleString", n(-0.0), vec![], "-0"),
    ];
    for (name, this, args, want) in cases {
        assert_eq!(
            proto_call(&mut c, name, this, &args),
            want,
            "{name} {this:?} {args:?}"
        );
    }
}

#[test]
fn wrappers_constructors_and_statics() {
    let mut c = ctx();
    let number = global("Number");
    let Value::Obj(nobj) = number else { panic!() };
    let crate::object::ObjKind::Native {
        f, ctor: Some(new), ..
    } = c.heap.obj(nobj).kind
    else {
        panic!()
    };
    let s = c.heap.str_value(" 0x1F ").unwrap();
    let r = f(&mut c, Value::Undefined, &[s]);
    assert_eq!(show(&mut c, r), "31");
    let r = f(&mut c, Value::Undefined, &[]);
    assert_eq!(show(&mut c, r), "0");
    let r = f(&mut c, Value::Undefined, &[Value::Undefined]);
    assert_eq!(show(&mut c, r), "NaN");
    let w = new(&mut c, Value::Undefined, &[Value::Num(2.5)]).unwrap();
    assert_eq!(proto_call(&mut c, "toFixed", w, &[]), "3");
    assert_eq!(proto_call(&mut c, "valueOf", w, &[]), "2.5");
    let statics: &[(&str, Value, &str)] = &[
        ("isInteger", Value::Num(5.0), "true"),
        ("isInteger", Value::Num(5.5), "false"),
        ("isInteger", Value::Num(f64::INFINITY), "false"),
        ("isInteger", s, "false"),
        ("isSafeInteger", Value::Num(9007199254740991.0), "true"),
        ("isSafeInteger", Value::Num(9007199254740992.0), "false"),
        ("isSafeInteger", Value::Num(-0.0), "true"),
        ("isFinite", s, "false"),
        ("isFinite", Value::Num(1.0), "true"),
        ("isNaN", Value::Num(f64::NAN), "true"),
        ("isNaN", Value::Undefined, "false"),
        ("MAX_SAFE_INTEGER", Value::Undefined, "9007199254740991"),
        ("EPSILON", Value::Undefined, "2.220446049250313e-16"),
        ("MIN_VALUE", Value::Undefined, "5e-324"),
        ("MAX_VALUE", Value::Undefined, "1.7976931348623157e+308"),
        ("NEGATIVE_INFINITY", Value::Undefined, "-Infinity"),
    ];
    for (name, a, want) in statics {
        let key = crate::conv::Key::Atom(c.heap.intern(crate::JsStr::from_str(name)).unwrap());
        let v = crate::ops::get(&mut c, number, key).unwrap();
        let got = if matches!(v, Value::Obj(_)) {
            let r = c.call_builtin(number, name, Value::Undefined, &[*a]);
            show(&mut c, r)
        } else {
            show(&mut c, Ok(v))
        };
        assert_eq!(got, *want, "Number.{name}");
    }
    // Number.parseInt is the global parseInt.
    let key = crate::conv::Key::Atom(c.heap.intern(crate::JsStr::from_str("parseInt")).unwrap());
    let pi = crate::ops::get(&mut c, number, key).unwrap();
    assert!(crate::ops::strict_eq(&c, pi, global("parseInt")));
}

#[test]
fn booleans() {
    let mut c = ctx();
    let boolean = global("Boolean");
    let Value::Obj(bobj) = boolean else { panic!() };
    let crate::object::ObjKind::Native {
        f, ctor: Some(new), ..
    } = c.heap.obj(bobj).kind
    else {
        panic!()
    };
    let empty = c.heap.str_value("").unwrap();
    let r = f(&mut c, Value::Undefined, &[empty]);
    assert_eq!(show(&mut c, r), "false");
    let r = f(&mut c, Value::Undefined, &[Value::Num(f64::NAN)]);
    assert_eq!(show(&mut c, r), "false");
    let r = f(&mut c, Value::Undefined, &[Value::Obj(bobj)]);
    assert_eq!(show(&mut c, r), "true");
    let w = new(&mut c, Value::Undefined, &[Value::Num(0.0)]).unwrap();
    let proto = Value::Obj(c.realm.boolean_proto);
    let r = c.call_builtin(proto, "toString", w, &[]);
    assert_eq!(show(&mut c, r), "false");
    let r = c.call_builtin(proto, "valueOf", Value::Bool(true), &[]);
    assert_eq!(show(&mut c, r), "true");
    let r = c.call_builtin(proto, "toString", Value::Num(1.0), &[]);
    assert_eq!(
        show(&mut c, r),
        "TypeError: Boolean.prototype.toString requires that 'this' be a Boolean"
    );
}
