//! Built-ins: global functions. `parseInt`, `parseFloat` (also bound as
//! `Number.parseInt`/`parseFloat` by `number.rs`), `isNaN`, `isFinite`,
//! the four URI functions, and `fail(message)`.

use super::{arg, Builder};
use crate::conv::{self, to_number};
use crate::error::{js_error, ErrorKind, Interrupt, JsErrorKind, JsResult};
use crate::number::is_js_space;
use crate::string::JsStr;
use crate::value::Value;
use crate::Ctx;

pub fn install(b: &mut Builder) {
    let obj = b.object();
    let bind = |b: &mut Builder, name: &'static str, f: crate::object::NativeFn| {
        let m = b.method(obj, name, f, 1);
        b.global(name, Value::Obj(m));
    };
    bind(b, "isNaN", is_nan);
    bind(b, "isFinite", is_finite);
    bind(b, "encodeURIComponent", encode_uri_component);
    bind(b, "decodeURIComponent", decode_uri_component);
    bind(b, "encodeURI", encode_uri);
    bind(b, "decodeURI", decode_uri);
    bind(b, "fail", fail);
}

/// ToString of an argument, as code units.
fn arg_units(ctx: &mut Ctx, v: Value) -> JsResult<Vec<u16>> {
    let s = conv::to_string(ctx, v)?;
    let units = ctx.heap.str(s).units();
    ctx.charge(units.len() as u64 / 16)?;
    Ok(units)
}

fn skip_space(units: &[u16]) -> &[u16] {
    let start = units
        .iter()
        .position(|&c| !is_js_space(c))
        .unwrap_or(units.len());
    &units[start..]
}

fn digit_value(c: u16, radix: u32) -> Option<u32> {
    char::from_u32(c as u32).and_then(|c| c.to_digit(radix))
}

/// `parseInt(string, radix)`.
pub fn parse_int(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    let units = arg_units(ctx, arg(args, 0))?;
    let radix = conv::to_int32(to_number(ctx, arg(args, 1))?);
    let mut s = skip_space(&units);
    let negative = s.first() == Some(&(b'-' as u16));
    if matches!(s.first(), Some(&c) if c == b'-' as u16 || c == b'+' as u16) {
        s = &s[1..];
    }
    let mut radix = radix as u32;
    let mut strip_prefix = true;
    if radix != 0 {
        if !(2..=36).contains(&radix) {
            return Ok(Value::Num(f64::NAN));
        }
        strip_prefix = radix == 16;
    } else {
        radix = 10;
    }
    if strip_prefix && s.len() >= 2 && s[0] == b'0' as u16 && (s[1] | 0x20) == b'x' as u16 {
        s = &s[2..];
        radix = 16;
    }
    let end = s
        .iter()
        .position(|&c| digit_value(c, radix).is_none())
        .unwrap_or(s.len());
    let digits = &s[..end];
    if digits.is_empty() {
        return Ok(Value::Num(f64::NAN));
    }
    let v = int_digits_value(digits, radix);
    Ok(Value::Num(if negative { -v } else { v }))
}

/// Value of digits in `radix` as V8 computes it: correctly rounded for
/// radix 10 and powers of two, V8's 32-bit chunked multiply-add otherwise.
fn int_digits_value(digits: &[u16], radix: u32) -> f64 {
    if radix == 10 {
        let text: String = digits.iter().map(|&c| c as u8 as char).collect();
        return text.parse::<f64>().unwrap_or(f64::NAN);
    }
    if radix.is_power_of_two() {
        return pow2_digits_value(digits, radix);
    }
    let mut result = 0f64;
    let mut i = 0;
    const MAX_MULTIPLIER: u32 = 0xFFFF_FFFF / 36;
    while i < digits.len() {
        let (mut part, mut multiplier) = (0u32, 1u32);
        while i < digits.len() {
            let m = multiplier * radix;
            if m > MAX_MULTIPLIER {
                break;
            }
            part = part * radix + digit_value(digits[i], radix).unwrap_or(0);
            multiplier = m;
            i += 1;
        }
        result = result * multiplier as f64 + part as f64;
    }
    result
}

/// Digits in a power-of-two radix, rounded to nearest even (V8's
/// `InternalStringToIntDouble`).
fn pow2_digits_value(digits: &[u16], radix: u32) -> f64 {
    let log2 = radix.trailing_zeros() as i32;
    let start = digits
        .iter()
        .position(|&c| c != b'0' as u16)
        .unwrap_or(digits.len());
    let digits = &digits[start..];
    let mut number: i64 = 0;
    let mut exponent = 0i32;
    for (i, &c) in digits.iter().enumerate() {
        number = number * radix as i64 + digit_value(c, radix).unwrap_or(0) as i64;
        let mut overflow = (number >> 53) as i32;
        if overflow != 0 {
            let mut overflow_bits = 1;
            while overflow > 1 {
                overflow_bits += 1;
                overflow >>= 1;
            }
            let dropped_mask = (1i64 << overflow_bits) - 1;
            let dropped = number & dropped_mask;
            number >>= overflow_bits;
            exponent = overflow_bits;
            let rest = &digits[i + 1..];
            let zero_tail = rest.iter().all(|&c| c == b'0' as u16);
            exponent += log2 * rest.len() as i32;
            let middle = 1i64 << (overflow_bits - 1);
            if dropped > middle || (dropped == middle && (number & 1 != 0 || !zero_tail)) {
                number += 1;
            }
            if number & (1i64 << 53) != 0 {
                exponent += 1;
                number >>= 1;
            }
            break;
        }
    }
    let v = number as f64;
    // ldexp: exponent can exceed f64's range (huge inputs are Infinity).
    if exponent == 0 {
        v
    } else {
        v * 2f64.powi(exponent.min(2000))
    }
}

/// `parseFloat(string)`: the longest prefix that is a decimal literal.
pub fn parse_float(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    let units = arg_units(ctx, arg(args, 0))?;
    let s = skip_space(&units);
    Ok(Value::Num(parse_float_prefix(s)))
}

fn parse_float_prefix(s: &[u16]) -> f64 {
    let is = |i: usize, c: u8| s.get(i) == Some(&(c as u16));
    let digit = |i: usize| {
        s.get(i)
            .is_some_and(|&c| (b'0' as u16..=b'9' as u16).contains(&c))
    };
    let mut i = 0;
    if is(0, b'+') || is(0, b'-') {
        i = 1;
    }
    let inf: Vec<u16> = "Infinity".encode_utf16().collect();
    if s[i..].starts_with(&inf) {
        return if is(0, b'-') {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    let mut n_digits = 0;
    while digit(i) {
        i += 1;
        n_digits += 1;
    }
    if is(i, b'.') {
        let mut j = i + 1;
        let mut frac = 0;
        while digit(j) {
            j += 1;
            frac += 1;
        }
        if n_digits + frac > 0 {
            i = j;
            n_digits += frac;
        }
    }
    if n_digits == 0 {
        return f64::NAN;
    }
    if is(i, b'e') || is(i, b'E') {
        let mut j = i + 1;
        if is(j, b'+') || is(j, b'-') {
            j += 1;
        }
        if digit(j) {
            while digit(j) {
                j += 1;
            }
            i = j;
        }
    }
    let text: String = s[..i].iter().map(|&c| c as u8 as char).collect();
    text.parse::<f64>().unwrap_or(f64::NAN)
}

fn is_nan(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(to_number(ctx, arg(args, 0))?.is_nan()))
}

fn is_finite(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(to_number(ctx, arg(args, 0))?.is_finite()))
}

/// `fail(message)`: ends the run with the tenant's message.
fn fail(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    let s = conv::to_string(ctx, arg(args, 0))?;
    let msg = ctx.heap.str(s).to_rust_string();
    Err(Interrupt::Error(ErrorKind::Fail, msg))
}

// ---------------------------------------------------------------- URI

fn uri_error<T>() -> JsResult<T> {
    js_error(JsErrorKind::UriError, "URI malformed")
}

const URI_MARK: &[u8] = b"-_.!~*'()";
const URI_RESERVED: &[u8] = b";/?:@&=+$,#";

fn encode(ctx: &mut Ctx, args: &[Value], keep_reserved: bool) -> JsResult<Value> {
    let units = arg_units(ctx, arg(args, 0))?;
    let mut out = String::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        let c = units[i];
        if c < 0x80 {
            let b = c as u8;
            if b.is_ascii_alphanumeric()
                || URI_MARK.contains(&b)
                || (keep_reserved && URI_RESERVED.contains(&b))
            {
                out.push(b as char);
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
            i += 1;
            continue;
        }
        let cp = match c {
            0xDC00..=0xDFFF => return uri_error(),
            0xD800..=0xDBFF => match units.get(i + 1) {
                Some(&lo) if (0xDC00..=0xDFFF).contains(&lo) => {
                    i += 1;
                    0x10000 + (((c as u32) - 0xD800) << 10) + (lo as u32 - 0xDC00)
                }
                _ => return uri_error(),
            },
            _ => c as u32,
        };
        i += 1;
        let ch = char::from_u32(cp).unwrap_or('\u{FFFD}');
        let mut buf = [0u8; 4];
        for b in ch.encode_utf8(&mut buf).bytes() {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    let js = JsStr::from_str(&out);
    Ok(Value::Str(ctx.heap.intern_or_alloc(js)?))
}

fn hex_byte(units: &[u16], i: usize) -> Option<u8> {
    if units.get(i) != Some(&(b'%' as u16)) {
        return None;
    }
    let h = digit_value(*units.get(i + 1)?, 16)?;
    let l = digit_value(*units.get(i + 2)?, 16)?;
    Some((h * 16 + l) as u8)
}

fn decode(ctx: &mut Ctx, args: &[Value], keep_reserved: bool) -> JsResult<Value> {
    let units = arg_units(ctx, arg(args, 0))?;
    let mut out: Vec<u16> = Vec::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        if units[i] != b'%' as u16 {
            out.push(units[i]);
            i += 1;
            continue;
        }
        let Some(b) = hex_byte(&units, i) else {
            return uri_error();
        };
        if b < 0x80 {
            if keep_reserved && URI_RESERVED.contains(&b) {
                out.extend_from_slice(&units[i..i + 3]);
            } else {
                out.push(b as u16);
            }
            i += 3;
            continue;
        }
        let n = match b {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => return uri_error(),
        };
        let mut bytes = vec![b];
        for k in 1..n {
            match hex_byte(&units, i + 3 * k) {
                Some(c) if c & 0xC0 == 0x80 => bytes.push(c),
                _ => return uri_error(),
            }
        }
        // std's UTF-8 check rejects overlong forms, surrogates and > U+10FFFF.
        let Ok(text) = std::str::from_utf8(&bytes) else {
            return uri_error();
        };
        out.extend(text.encode_utf16());
        i += 3 * n;
    }
    let js = JsStr::from_units_vec(out);
    Ok(Value::Str(ctx.heap.intern_or_alloc(js)?))
}

fn encode_uri_component(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    encode(ctx, args, false)
}
fn encode_uri(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    encode(ctx, args, true)
}
fn decode_uri_component(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    decode(ctx, args, false)
}
fn decode_uri(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    decode(ctx, args, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::builtins::test_support::ctx;
    use crate::builtins::test_support::global;
    fn call(ctx: &mut Ctx, name: &str, args: &[Value]) -> Result<String, String> {
        let Value::Obj(f) = global(name) else {
            panic!("{name}")
        };
        let crate::object::ObjKind::Native { f, .. } = ctx.heap.obj(f).kind else {
            panic!()
        };
        match f(ctx, Value::Undefined, args) {
            Ok(Value::Num(n)) if n == 0.0 && n.is_sign_negative() => Ok("-0".into()),
            Ok(v) => {
                let s = conv::to_string(ctx, v).unwrap();
                Ok(ctx.heap.str(s).to_rust_string())
            }
            Err(Interrupt::Error(k, m)) => Err(format!("{}: {m}", k.name())),
            Err(e) => Err(format!("{e:?}")),
        }
    }
    fn s(ctx: &mut Ctx, t: &str) -> Value {
        ctx.heap.str_value(t).unwrap()
    }

    #[test]
    fn parse_int_like_node() {
        let mut c = ctx();
        let cases: &[(&str, Option<f64>, &str)] = &[
            ("0x", None, "NaN"),
            ("-0", None, "-0"),
            ("  -12px", None, "-12"),
            ("12", Some(1.0), "NaN"),
            ("12", Some(37.0), "NaN"),
            ("0x1f", Some(16.0), "31"),
            ("0x1f", Some(10.0), "0"),
            ("ff", Some(0.0), "NaN"),
            (
                "123456789012345678901234567890",
                None,
                "1.2345678901234568e+29",
            ),
            ("zzzzzzzzzzzzzzzzzzzz", Some(36.0), "1.3367494538843734e+31"),
            ("1fffffffffffff1", Some(16.0), "144115188075855860"),
            ("1fffffffffffff8", Some(16.0), "144115188075855870"),
            (
                "11111111111111111111111111111111111111111111111111111111111",
                Some(2.0),
                "576460752303423500",
            ),
            ("\u{a0}\u{feff} 42", None, "42"),
            ("-0x10", None, "-16"),
            ("10", Some(4294967312.0), "16"),
            ("z", Some(36.0), "35"),
            ("", None, "NaN"),
            ("7", Some(-1.0), "NaN"),
            ("1e3", None, "1"),
        ];
        for (text, radix, want) in cases {
            let mut args = vec![s(&mut c, text)];
            if let Some(r) = radix {
                args.push(Value::Num(*r));
            }
            assert_eq!(
                call(&mut c, "parseInt", &args).unwrap(),
                *want,
                "parseInt({text:?}, {radix:?})"
            );
        }
    }

    #[test]
    fn parse_float_like_node() {
        let mut c = ctx();
        let cases = [
            ("-.5e", "-0.5"),
            (" -Infinityx", "-Infinity"),
            ("1e1000", "Infinity"),
            ("-0", "-0"),
            (".e1", "NaN"),
            ("+.1e-2x", "0.001"),
            ("3.14abc", "3.14"),
            ("1.", "1"),
            ("0x10", "0"),
            ("", "NaN"),
            ("\n 5e-324", "5e-324"),
            ("Infinit", "NaN"),
        ];
        for (text, want) in cases {
            let a = s(&mut c, text);
            assert_eq!(
                call(&mut c, "parseFloat", &[a]).unwrap(),
                want,
                "parseFloat({text:?})"
            );
        }
    }

    #[test]
    fn is_nan_finite_fail() {
        let mut c = ctx();
        let a = s(&mut c, "12");
        assert_eq!(call(&mut c, "isNaN", &[a]).unwrap(), "false");
        assert_eq!(call(&mut c, "isNaN", &[]).unwrap(), "true");
        assert_eq!(call(&mut c, "isFinite", &[a]).unwrap(), "true");
        assert_eq!(call(&mut c, "isFinite", &[Value::Null]).unwrap(), "true");
        assert_eq!(
            call(&mut c, "isFinite", &[Value::Num(f64::INFINITY)]).unwrap(),
            "false"
        );
        let m = s(&mut c, "no user");
        let Value::Obj(f) = global("fail") else {
            panic!()
        };
        let crate::object::ObjKind::Native { f, .. } = c.heap.obj(f).kind else {
            panic!()
        };
        match f(&mut c, Value::Undefined, &[m]) {
            Err(Interrupt::Error(ErrorKind::Fail, msg)) => assert_eq!(msg, "no user"),
            other => panic!("{other:?}"),
        }
        match f(&mut c, Value::Undefined, &[Value::Num(42.0)]) {
            Err(Interrupt::Error(ErrorKind::Fail, msg)) => assert_eq!(msg, "42"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn uri_like_node() {
        let mut c = ctx();
        let enc = [
            ("encodeURIComponent", "Phường Bến Nghé ;/?:@&=+$,# -_.!~*'()", "Ph%C6%B0%E1%BB%9Dng%20B%E1%BA%BFn%20Ngh%C3%A9%20%3B%2F%3F%3A%40%26%3D%2B%24%2C%23%20-_.!~*'()"),
            ("encodeURI", "http://a.b/c d?x=1&y=ü#f", "http://a.b/c%20d?x=1&y=%C3%BC#f"),
            ("encodeURIComponent", "😀", "%F0%9F%98%80"),
            ("decodeURIComponent", "%F0%9F%98%80%3B%41", "😀;A"),
            ("decodeURI", "%3B%2f%41%20%C3%BC", "%3B%2fA ü"),
            ("decodeURIComponent", "abc", "abc"),
        ];
        for (f, input, want) in enc {
            let a = s(&mut c, input);
            assert_eq!(call(&mut c, f, &[a]).unwrap(), want, "{f}({input:?})");
        }
        for (f, input) in [
            ("decodeURIComponent", "%"),
            ("decodeURI", "%E0%A4%A"),
            ("decodeURIComponent", "%C0%80"),
            ("decodeURIComponent", "%ED%A0%80"),
            ("decodeURIComponent", "%FF"),
            ("decodeURIComponent", "%80"),
            ("decodeURIComponent", "%zz"),
        ] {
            let a = s(&mut c, input);
            assert_eq!(
                call(&mut c, f, &[a]).unwrap_err(),
                "URIError: URI malformed",
                "{f}({input:?})"
            );
        }
        let lone = Value::Str(c.heap.alloc_str(JsStr::Utf16(Box::new([0xD800]))).unwrap());
        assert_eq!(
            call(&mut c, "encodeURIComponent", &[lone]).unwrap_err(),
            "URIError: URI malformed"
        );
    }
}
