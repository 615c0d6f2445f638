//! Date against node 20 (TZ=UTC): table files recorded with `node` (the
//! scripts that made them print one case per line; see each table's
//! header comment in the test), plus hand-picked cases.

use super::calendar::{self, LocalZone};
use super::{format, parse};
use crate::error::Interrupt;
use crate::object::ObjKind;
use crate::value::Value;
use crate::{Ctx, JsStr};
use std::sync::Mutex;

/// The local zone is process-wide: tests that read it (all of them, since
/// UTC is assumed) hold this lock, and the one that changes it too.
static ZONE_LOCK: Mutex<()> = Mutex::new(());

fn lock() -> std::sync::MutexGuard<'static, ()> {
    ZONE_LOCK.lock().unwrap_or_else(|p| p.into_inner())
}

use crate::builtins::test_support::ctx;

fn date_global() -> Value {
    crate::builtins::test_support::global("Date")
}

fn proto(ctx: &Ctx) -> Value {
    Value::Obj(ctx.realm.date_proto)
}

/// A result as node prints it in the tables: numbers in JS form, strings
/// raw, errors as `Name: message`.
fn show(ctx: &Ctx, r: Result<Value, Interrupt>) -> String {
    match r {
        Ok(Value::Num(n)) => crate::number::to_js_string(n),
        Ok(Value::Str(s)) => ctx.heap.str(s).to_rust_string(),
        Ok(Value::Null) => "null".into(),
        Ok(Value::Undefined) => "undefined".into(),
        Ok(Value::Bool(b)) => b.to_string(),
        Ok(Value::Obj(o)) => match ctx.heap.obj(o).kind {
            ObjKind::Date(t) => format!("Date({})", crate::number::to_js_string(t)),
            _ => "[object]".into(),
        },
        Ok(v) => format!("{v:?}"),
        Err(Interrupt::Error(k, m)) => format!("{}: {m}", k.name()),
        Err(e) => format!("{e:?}"),
    }
}

/// `new Date(...args)` through the native constructor.
fn construct(ctx: &mut Ctx, args: &[Value]) -> Result<Value, Interrupt> {
    let Value::Obj(c) = date_global() else {
        panic!("no Date")
    };
    let ObjKind::Native { ctor: Some(f), .. } = ctx.heap.obj(c).kind else {
        panic!("Date is not a constructor")
    };
    f(ctx, Value::Undefined, args)
}

fn new_date(ctx: &mut Ctx, t: f64) -> Value {
    Value::Obj(super::new_date(ctx, t).unwrap())
}

fn call(ctx: &mut Ctx, this: Value, name: &str, args: &[Value]) -> String {
    let p = proto(ctx);
    let r = ctx.call_builtin(p, name, this, args);
    show(ctx, r)
}

fn num(s: &str) -> f64 {
    match s {
        "NaN" => f64::NAN,
        "Infinity" => f64::INFINITY,
        "-Infinity" => f64::NEG_INFINITY,
        "-0" => -0.0,
        _ => s.parse().unwrap_or_else(|_| panic!("bad number {s:?}")),
    }
}

fn arg_value(s: &str) -> Value {
    if s == "u" {
        Value::Undefined
    } else {
        Value::Num(num(s))
    }
}

fn same(a: f64, b: f64) -> bool {
    (a.is_nan() && b.is_nan()) || (a == b && a.is_sign_negative() == b.is_sign_negative())
}

/// Decodes a JSON string literal (the parse table quotes its inputs).
fn json_string(s: &str) -> Vec<u16> {
    let inner = &s[1..s.len() - 1];
    let mut out = Vec::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0u16; 2];
            out.extend_from_slice(c.encode_utf16(&mut buf));
            continue;
        }
        match chars.next().unwrap() {
            'n' => out.push(10),
            't' => out.push(9),
            'r' => out.push(13),
            'b' => out.push(8),
            'f' => out.push(12),
            'u' => {
                let hex: String = chars.by_ref().take(4).collect();
                out.push(u16::from_str_radix(&hex, 16).unwrap());
            }
            c => out.push(c as u16),
        }
    }
    out
}

/// `parse_cases.txt`: `JSON.stringify(s) \t Date.parse(s)` for hand-picked
/// strings and 1,500 random token soups (recorded with TZ=UTC node 20).
#[test]
fn parse_table() {
    let _g = lock();
    let mut failures = Vec::new();
    let mut n = 0;
    for line in include_str!("parse_cases.txt").lines() {
        let (s, want) = line.rsplit_once('\t').unwrap();
        let units = json_string(s);
        let got = parse::parse(&units);
        n += 1;
        if !same(got, num(want)) {
            failures.push(format!("{s}: got {got}, node {want}"));
        }
    }
    assert!(n > 3500);
    assert!(
        failures.is_empty(),
        "{} of {n} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// `time_cases.txt`: per time value, node's `getTime` of `new Date(t)`,
/// `toString`, `toUTCString`, `toISOString`, `toLocaleString`,
/// `toLocaleDateString`, `toLocaleTimeString`, `toDateString`,
/// `toTimeString`, the local getters, `getTimezoneOffset`, `getYear` and
/// `JSON.stringify(d.toJSON())`.
#[test]
fn time_table() {
    let _g = lock();
    let mut ctx = ctx();
    let methods = [
        "getTime",
        "toString",
        "toUTCString",
        "toISOString",
        "toLocaleString",
        "toLocaleDateString",
        "toLocaleTimeString",
        "toDateString",
        "toTimeString",
        "getFullYear",
        "getMonth",
        "getDate",
        "getDay",
        "getHours",
        "getMinutes",
        "getSeconds",
        "getMilliseconds",
        "getTimezoneOffset",
        "getYear",
        "toJSON",
    ];
    let utc_twins = [
        ("getFullYear", "getUTCFullYear"),
        ("getMonth", "getUTCMonth"),
        ("getDate", "getUTCDate"),
        ("getDay", "getUTCDay"),
        ("getHours", "getUTCHours"),
        ("getMinutes", "getUTCMinutes"),
        ("getSeconds", "getUTCSeconds"),
        ("getMilliseconds", "getUTCMilliseconds"),
    ];
    let mut failures = Vec::new();
    let mut n = 0;
    for line in include_str!("time_cases.txt").lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), methods.len() + 1, "{line}");
        let d = construct(&mut ctx, &[Value::Num(num(cols[0]))]).unwrap();
        for (m, want) in methods.iter().zip(&cols[1..]) {
            let mut got = call(&mut ctx, d, m, &[]);
            if *m == "toJSON" && got != "null" {
                got = format!("\"{got}\"");
            }
            n += 1;
            if got != *want {
                failures.push(format!("{}.{m}: got {got:?}, node {want:?}", cols[0]));
            }
        }
        for (local, utc) in utc_twins {
            assert_eq!(call(&mut ctx, d, local, &[]), call(&mut ctx, d, utc, &[]));
        }
        assert_eq!(call(&mut ctx, d, "valueOf", &[]), cols[1]);
        assert_eq!(call(&mut ctx, d, "toGMTString", &[]), cols[3]);
    }
    assert!(n > 10_000);
    assert!(
        failures.is_empty(),
        "{} of {n} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// `ops_cases.txt`: `Date.UTC(...)`, `new Date(...).getTime()` (two or
/// more arguments) and setters on a date with a given time value; `u` is
/// an explicit `undefined` argument.
#[test]
fn ops_table() {
    let _g = lock();
    let mut ctx = ctx();
    let mut failures = Vec::new();
    let mut n = 0;
    for line in include_str!("ops_cases.txt").lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        let [op, base, args, want] = cols[..] else {
            panic!("bad line {line:?}")
        };
        let args: Vec<Value> = if args.is_empty() {
            Vec::new()
        } else {
            args.split(',').map(arg_value).collect()
        };
        let got = match op {
            "UTC" => {
                let r = ctx.call_builtin(date_global(), "UTC", Value::Undefined, &args);
                show(&ctx, r)
            }
            "new" => {
                let d = construct(&mut ctx, &args).unwrap();
                call(&mut ctx, d, "getTime", &[])
            }
            _ => {
                let d = new_date(&mut ctx, num(base));
                let r = call(&mut ctx, d, op, &args);
                assert_eq!(call(&mut ctx, d, "getTime", &[]), r, "{line}");
                r
            }
        };
        n += 1;
        if got != want {
            failures.push(format!("{line}: got {got}"));
        }
    }
    assert!(n > 2000);
    assert!(
        failures.is_empty(),
        "{} of {n} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn constructor_forms() {
    let _g = lock();
    let mut ctx = ctx();
    let s = ctx.heap.str_value("2024-01-15T10:30:00Z").unwrap();
    let d = construct(&mut ctx, &[s]).unwrap();
    assert_eq!(call(&mut ctx, d, "getTime", &[]), "1705314600000");
    // A Date argument copies its time value.
    let d2 = construct(&mut ctx, &[d]).unwrap();
    assert_eq!(call(&mut ctx, d2, "getTime", &[]), "1705314600000");
    // Strings that do not parse make an invalid date.
    let bad = ctx.heap.str_value("not a date").unwrap();
    let d3 = construct(&mut ctx, &[bad]).unwrap();
    assert_eq!(call(&mut ctx, d3, "toString", &[]), "Invalid Date");
    assert_eq!(
        call(&mut ctx, d3, "toISOString", &[]),
        "RangeError: Invalid time value"
    );
    assert_eq!(call(&mut ctx, d3, "toJSON", &[]), "null");
    assert_eq!(call(&mut ctx, d3, "getDay", &[]), "NaN");
    assert_eq!(call(&mut ctx, d3, "getTimezoneOffset", &[]), "NaN");
    // Other values by ToNumber, then TimeClip.
    for (v, want) in [
        (Value::Bool(true), "1"),
        (Value::Null, "0"),
        (Value::Undefined, "NaN"),
        (Value::Num(8.64e15 + 1.0), "NaN"),
        (Value::Num(-1.7), "-1"),
    ] {
        let d = construct(&mut ctx, &[v]).unwrap();
        assert_eq!(call(&mut ctx, d, "getTime", &[]), want, "{v:?}");
    }
    // `new Date()` and `Date.now()` are now; `Date()` is now as a string.
    let before = super::now_ms();
    let d = construct(&mut ctx, &[]).unwrap();
    let t = num(&call(&mut ctx, d, "getTime", &[]));
    assert!(t >= before && t - before < 60_000.0);
    let r = ctx.call_builtin(date_global(), "now", Value::Undefined, &[]);
    assert!(num(&show(&ctx, r)) >= before);
    let Value::Obj(c) = date_global() else {
        unreachable!()
    };
    let ObjKind::Native { f, .. } = ctx.heap.obj(c).kind else {
        unreachable!()
    };
    let r = f(&mut ctx, Value::Undefined, &[Value::Num(0.0)]);
    let s = show(&ctx, r);
    assert!(
        s.ends_with("GMT+0000 (Coordinated Universal Time)") && !s.starts_with("Thu Jan 01 1970"),
        "{s}"
    );
    // Date.parse converts its argument to a string first.
    let r = ctx.call_builtin(
        date_global(),
        "parse",
        Value::Undefined,
        &[Value::Num(2024.0)],
    );
    assert_eq!(show(&ctx, r), "1704067200000");
}

#[test]
fn receivers_and_messages() {
    let _g = lock();
    let mut ctx = ctx();
    let obj = crate::ops::new_array(&mut ctx, vec![]).unwrap();
    let s = ctx.heap.str_value("x").unwrap();
    assert_eq!(
        call(&mut ctx, Value::Num(1.0), "getTime", &[]),
        "TypeError: this is not a Date object."
    );
    assert_eq!(
        call(&mut ctx, Value::Null, "getUTCDay", &[]),
        "TypeError: this is not a Date object."
    );
    assert_eq!(
        call(&mut ctx, Value::Obj(obj), "toString", &[]),
        "TypeError: Method Date.prototype.toString called on incompatible receiver [object Array]"
    );
    assert_eq!(
        call(&mut ctx, s, "setHours", &[]),
        "TypeError: Method Date.prototype.setHours called on incompatible receiver x"
    );
    assert_eq!(
        call(&mut ctx, Value::Undefined, "toGMTString", &[]),
        "TypeError: Method Date.prototype.toUTCString called on incompatible receiver undefined"
    );
    assert_eq!(
        call(&mut ctx, Value::Num(1.5), "getYear", &[]),
        "TypeError: Method Date.prototype.getYear called on incompatible receiver 1.5"
    );
    assert_eq!(
        call(&mut ctx, Value::Null, "toJSON", &[]),
        "TypeError: Cannot convert undefined or null to object"
    );
    assert_eq!(
        call(&mut ctx, Value::Obj(obj), "toJSON", &[]),
        "TypeError: toISOString is not a function"
    );
}

#[test]
fn lengths_and_identity() {
    let _g = lock();
    let mut ctx = ctx();
    let p = proto(&ctx);
    let len = |ctx: &mut Ctx, holder: Value, name: &str| {
        let k = crate::conv::Key::Atom(ctx.heap.intern(JsStr::from_str(name)).unwrap());
        let f = crate::ops::get(ctx, holder, k).unwrap();
        let l = crate::ops::get(ctx, f, crate::conv::Key::Atom(crate::atoms::LENGTH)).unwrap();
        (f.as_obj(), l.as_num().unwrap())
    };
    assert_eq!(len(&mut ctx, date_global(), "UTC").1, 7.0);
    assert_eq!(len(&mut ctx, date_global(), "parse").1, 1.0);
    assert_eq!(len(&mut ctx, p, "setHours").1, 4.0);
    assert_eq!(len(&mut ctx, p, "setUTCFullYear").1, 3.0);
    assert_eq!(len(&mut ctx, p, "toJSON").1, 1.0);
    assert_eq!(
        len(&mut ctx, p, "toGMTString").0,
        len(&mut ctx, p, "toUTCString").0
    );
}

#[test]
fn fractional_and_huge_arguments() {
    let _g = lock();
    let mut ctx = ctx();
    let d = new_date(&mut ctx, 0.0);
    // setTime clips and truncates.
    assert_eq!(call(&mut ctx, d, "setTime", &[Value::Num(1.9)]), "1");
    assert_eq!(call(&mut ctx, d, "setTime", &[Value::Num(-1.9)]), "-1");
    assert_eq!(call(&mut ctx, d, "setTime", &[]), "NaN");
    assert_eq!(call(&mut ctx, d, "setMonth", &[Value::Num(1.0)]), "NaN");
    // setFullYear revives an invalid date from +0.
    assert_eq!(
        call(&mut ctx, d, "setFullYear", &[Value::Num(2024.0)]),
        "1704067200000"
    );
    assert_eq!(
        call(&mut ctx, d, "setYear", &[Value::Num(99.0)]),
        "915148800000"
    );
    assert_eq!(call(&mut ctx, d, "setYear", &[Value::Num(f64::NAN)]), "NaN");
    assert_eq!(
        call(&mut ctx, d, "setYear", &[Value::Num(5.0)]),
        "-2051222400000"
    );
    assert_eq!(call(&mut ctx, d, "setDate", &[Value::Num(f64::MAX)]), "NaN");
    for t in [f64::MAX, f64::MIN, 1e300, -1e300, f64::MIN_POSITIVE] {
        assert!(calendar::fields(t).is_none() || t.abs() < 1.0);
        assert_eq!(parse::parse(&[]).to_bits(), f64::NAN.to_bits());
        let _ = format::date_to_string(t);
        let _ = format::to_iso_string(t);
        let _ = calendar::make_day(t, t, t);
        let _ = calendar::make_time(t, t, t, t);
    }
}

#[test]
fn calendar_roundtrip() {
    // Every day over ±1,000,000 days around the epoch, and the extremes.
    let mut days: Vec<i64> = (-1_000_000..1_000_000).step_by(7).collect();
    days.extend([
        -100_000_000,
        100_000_000,
        -719_468,
        -719_469,
        0,
        -1,
        10_957,
        11_016,
        11_017,
    ]);
    for d in days {
        let (y, m, day) = calendar::civil_from_days(d);
        assert_eq!(calendar::days_from_civil(y, m as i64 + 1, day as i64), d);
        let f = calendar::fields(d as f64 * calendar::MS_PER_DAY).unwrap();
        assert_eq!((f.year, f.month, f.day), (y, m, day));
        assert_eq!(calendar::make_day(y as f64, m as f64, day as f64), d as f64);
    }
    // Leap years: 2000 and 2400 are, 1900 and 2100 are not; 0 is.
    for (y, leap) in [
        (2000, true),
        (2400, true),
        (1900, false),
        (2100, false),
        (0, true),
        (-4, true),
        (-100, false),
    ] {
        let feb29 = calendar::days_from_civil(y, 2, 29);
        let (_, m, _) = calendar::civil_from_days(feb29);
        assert_eq!(m == 1, leap, "{y}");
    }
}

/// A configured zone: node with TZ=Asia/Ho_Chi_Minh (for dates after
/// 1975, when its offset has been +07:00).
#[test]
fn fixed_offset_zone() {
    let _g = lock();
    let mut ctx = ctx();
    let zone = LocalZone::parse("Asia/Ho_Chi_Minh").unwrap();
    assert_eq!(LocalZone::parse("+07:00").unwrap().name, "GMT+07:00");
    assert_eq!(LocalZone::parse("-0530").unwrap().offset_minutes, -330);
    assert_eq!(LocalZone::parse("+00:00"), Some(LocalZone::UTC));
    assert_eq!(LocalZone::parse("Europe/Paris"), None);
    assert_eq!(LocalZone::parse("+25:00"), None);
    calendar::set_local_zone(zone);
    let d = new_date(&mut ctx, 1705314645123.0);
    let checks: Vec<(String, &str)> = vec![
        (
            call(&mut ctx, d, "toString", &[]),
            "Mon Jan 15 2024 17:30:45 GMT+0700 (Indochina Time)",
        ),
        (
            call(&mut ctx, d, "toTimeString", &[]),
            "17:30:45 GMT+0700 (Indochina Time)",
        ),
        (
            call(&mut ctx, d, "toLocaleString", &[]),
            "1/15/2024, 5:30:45 PM",
        ),
        (call(&mut ctx, d, "getHours", &[]), "17"),
        (call(&mut ctx, d, "getTimezoneOffset", &[]), "-420"),
        (
            parse::parse(&JsStr::from_str("2024-01-15T10:30").units()).to_string(),
            "1705289400000",
        ),
        (
            parse::parse(&JsStr::from_str("2024-01-15").units()).to_string(),
            "1705276800000",
        ),
        (
            parse::parse(&JsStr::from_str("Jan 15 2024 10:30").units()).to_string(),
            "1705289400000",
        ),
    ];
    let d2 = construct(&mut ctx, &[2024.0, 0.0, 15.0, 3.0].map(Value::Num)).unwrap();
    let t2 = call(&mut ctx, d2, "getTime", &[]);
    let d3 = new_date(&mut ctx, 1705314645123.0);
    let h = call(&mut ctx, d3, "setHours", &[Value::Num(30.0)]);
    let d4 = new_date(&mut ctx, f64::NAN);
    let y = call(&mut ctx, d4, "setFullYear", &[Value::Num(2024.0)]);
    calendar::set_local_zone(LocalZone::UTC);
    for (got, want) in checks {
        assert_eq!(got, want);
    }
    assert_eq!(t2, "1705262400000");
    assert_eq!(h, "1705361445123");
    assert_eq!(y, "1704042000000");
}

#[test]
fn iso_string_digits_match_format() {
    // The hand-written digits against the `format!` spelling they replaced,
    // over both year forms (4 digits, and signed 6 outside 0..=9999).
    let reference = |t: f64| {
        let f = calendar::fields(t)?;
        let year = if (0..=9999).contains(&f.year) {
            format!("{:04}", f.year)
        } else if f.year < 0 {
            format!("-{:06}", -f.year)
        } else {
            format!("+{:06}", f.year)
        };
        Some(format!(
            "{year}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
            f.month + 1,
            f.day,
            f.hour,
            f.minute,
            f.second,
            f.ms
        ))
    };
    let mut ts = vec![
        0.0,
        -1.0,
        1.0,
        8.64e15,
        -8.64e15,
        -62198755200000.0,
        -62167219200001.0,
    ];
    ts.extend([
        -62167219200000.0,
        253402300799999.0,
        253402300800000.0,
        1733443200123.0,
    ]);
    let mut t = -8.64e15;
    while t < 8.64e15 {
        ts.push(t);
        t += 9.87654321e12;
    }
    for t in ts {
        assert_eq!(format::to_iso_string(t), reference(t), "t = {t}");
    }
    assert_eq!(
        format::to_iso_string(-62198755200000.0).as_deref(),
        Some("-000001-01-01T00:00:00.000Z")
    );
    assert_eq!(
        format::to_iso_string(8.64e15).as_deref(),
        Some("+275760-09-13T00:00:00.000Z")
    );
}
