//! Numbers as JavaScript prints and parses them.

/// `Number::toString(10)`: shortest round-trip digits, JS layout (ryu-js).
pub fn to_js_string(n: f64) -> String {
    with_js_str(n, str::to_owned)
}

/// Room for any number's text: the longest is 26 bytes
/// (`-0.0000012345678901234567`-like fixed notation).
pub const ASCII_MAX: usize = 40;

/// `00` to `99`: the two digits of `n` at `2 * n`.
pub static DIGITS2: [u8; 200] = {
    let mut t = [0u8; 200];
    let mut n = 0;
    while n < 100 {
        t[2 * n] = b'0' + (n / 10) as u8;
        t[2 * n + 1] = b'0' + (n % 10) as u8;
        n += 1;
    }
    t
};

/// The text `to_js_string(n)` returns, written into `buf`. Integers below
/// 10^15 (the common case) take a short path: no float rounding call and
/// no UTF-8 check. Inlined (a template literal's numbers and JSON's go
/// through it); everything else is [`js_ascii_rest`]'s.
#[inline]
pub fn js_ascii(n: f64, buf: &mut [u8; ASCII_MAX]) -> &[u8] {
    // `as` saturates and sends NaN to 0: those fail the round trip.
    let i = n as i64;
    if i as f64 == n && i.unsigned_abs() < 1_000_000_000_000_000 {
        // Two digits at a time from a table.
        let mut at = buf.len();
        let mut m = i.unsigned_abs();
        while m >= 100 {
            let r = 2 * (m % 100) as usize;
            m /= 100;
            at -= 2;
            buf[at] = DIGITS2[r];
            buf[at + 1] = DIGITS2[r + 1];
        }
        let m = m as usize;
        if m >= 10 {
            at -= 2;
            buf[at] = DIGITS2[2 * m];
            buf[at + 1] = DIGITS2[2 * m + 1];
        } else {
            at -= 1;
            buf[at] = b'0' + m as u8;
        }
        // -0 printed as "0": `i` is 0 for it.
        if i < 0 {
            at -= 1;
            buf[at] = b'-';
        }
        return &buf[at..];
    }
    js_ascii_rest(n, buf)
}

/// [`js_ascii`] of a number that is not an integer below 10^15.
#[cold]
#[inline(never)]
fn js_ascii_rest(n: f64, buf: &mut [u8; ASCII_MAX]) -> &[u8] {
    let k = with_js_str(n, |t| {
        let k = t.len().min(ASCII_MAX);
        buf[..k].copy_from_slice(&t.as_bytes()[..k]);
        k
    });
    &buf[..k]
}

/// `f` of the text `to_js_string(n)` returns, without allocating.
pub fn with_js_str<R>(n: f64, f: impl FnOnce(&str) -> R) -> R {
    if n.is_nan() {
        return f("NaN");
    }
    if n == 0.0 {
        return f("0");
    }
    if n.is_infinite() {
        return f(if n > 0.0 { "Infinity" } else { "-Infinity" });
    }
    if n.fract() == 0.0 && n.abs() < 1e15 {
        // Integers (the common case) without fmt: js_ascii's short path.
        let mut buf = [0u8; ASCII_MAX];
        return f(std::str::from_utf8(js_ascii(n, &mut buf)).unwrap_or("0"));
    }
    let mut buf = ryu_js::Buffer::new();
    f(buf.format_finite(n))
}

/// JavaScript white space and line terminators (for trimming and ToNumber).
pub fn is_js_space(c: u16) -> bool {
    matches!(
        c,
        0x09 | 0x0A | 0x0B | 0x0C | 0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000
            ..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF
    )
}

/// StringToNumber: `Number("  12 ")` is 12, `Number("")` is 0,
/// `Number("0x1F")` is 31, `Number("1e3")` is 1000, junk is NaN.
pub fn parse_js_number(units: &[u16]) -> f64 {
    let mut s = units;
    while let Some((&c, rest)) = s.split_first() {
        if !is_js_space(c) {
            break;
        }
        s = rest;
    }
    while let Some((&c, rest)) = s.split_last() {
        if !is_js_space(c) {
            break;
        }
        s = rest;
    }
    if s.is_empty() {
        return 0.0;
    }
    if s.iter().any(|&c| c >= 0x80) {
        return f64::NAN;
    }
    let text: String = s.iter().map(|&c| c as u8 as char).collect();
    let t = text.as_str();
    if t.len() > 2 && t.as_bytes()[0] == b'0' {
        let radix = match t.as_bytes()[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            b'b' | b'B' => 2,
            _ => 0,
        };
        if radix != 0 {
            return parse_radix_digits(&t[2..], radix).unwrap_or(f64::NAN);
        }
    }
    let (sign, body) = match t.as_bytes()[0] {
        b'+' => (1.0, &t[1..]),
        b'-' => (-1.0, &t[1..]),
        _ => (1.0, t),
    };
    if body == "Infinity" {
        return sign * f64::INFINITY;
    }
    if !is_decimal_literal(body) {
        return f64::NAN;
    }
    body.parse::<f64>().map(|v| sign * v).unwrap_or(f64::NAN)
}

/// Digits in `radix` (no sign, no prefix); exact for large values.
pub fn parse_radix_digits(s: &str, radix: u32) -> Option<f64> {
    if s.is_empty() {
        return None;
    }
    let mut v = 0f64;
    for c in s.chars() {
        let d = c.to_digit(radix)? as f64;
        v = v * radix as f64 + d;
    }
    Some(v)
}

/// `StrDecimalLiteral` without sign: digits, optional fraction, optional
/// exponent; at least one digit in the mantissa.
fn is_decimal_literal(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let mut digits = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
        digits += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    i == b.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    fn p(s: &str) -> f64 {
        parse_js_number(&s.encode_utf16().collect::<Vec<_>>())
    }
    #[test]
    fn prints_like_js() {
        assert_eq!(to_js_string(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(to_js_string(1e21), "1e+21");
        assert_eq!(
            to_js_string(123456789012345680000.0),
            "123456789012345680000"
        );
        assert_eq!(to_js_string(1e-7), "1e-7");
        assert_eq!(to_js_string(-0.0), "0");
        assert_eq!(to_js_string(5e-324), "5e-324");
        assert_eq!(to_js_string(-42.0), "-42");
        assert_eq!(to_js_string(999999999999999.0), "999999999999999");
        assert_eq!(to_js_string(-999999999999999.0), "-999999999999999");
        assert_eq!(to_js_string(1e15), "1000000000000000");
        assert_eq!(to_js_string(10.0), "10");
        assert_eq!(to_js_string(-7.0), "-7");
    }
    #[test]
    fn js_ascii_matches_node() {
        // Expected text from node 20: `String(n)` for each `n`.
        let cases: &[(f64, &str)] = &[
            (0.0, "0"),
            (-0.0, "0"),
            (5.0, "5"),
            (9.0, "9"),
            (10.0, "10"),
            (99.0, "99"),
            (100.0, "100"),
            (101.0, "101"),
            (999.0, "999"),
            (1000.0, "1000"),
            (12345.0, "12345"),
            (-1.0, "-1"),
            (-99.0, "-99"),
            (-100.0, "-100"),
            (-12345.0, "-12345"),
            (9007199254740992.0, "9007199254740992"),
            (-9007199254740992.0, "-9007199254740992"),
            (9007199254740994.0, "9007199254740994"),
            (999999999999999.0, "999999999999999"),
            (1e15, "1000000000000000"),
            (-1e15, "-1000000000000000"),
            (123.456, "123.456"),
            (1e21, "1e+21"),
            (-1e-7, "-1e-7"),
            (0.5, "0.5"),
            (-0.5, "-0.5"),
            (4294967295.0, "4294967295"),
            (4294967296.0, "4294967296"),
        ];
        for &(n, want) in cases {
            let mut buf = [0; ASCII_MAX];
            assert_eq!(js_ascii(n, &mut buf), want.as_bytes(), "{n}");
            assert_eq!(to_js_string(n), want, "{n}");
        }
        // Every integer below 10^5 against the plain digit loop.
        for i in -100_000i64..100_000 {
            let mut buf = [0; ASCII_MAX];
            assert_eq!(js_ascii(i as f64, &mut buf), i.to_string().as_bytes());
        }
    }
    #[test]
    fn parses_like_js() {
        assert_eq!(p(" 12 "), 12.0);
        assert_eq!(p(""), 0.0);
        assert_eq!(p("0x1F"), 31.0);
        assert_eq!(p("1e3"), 1000.0);
        assert!(p("12px").is_nan());
        assert!(p(".").is_nan());
        assert_eq!(p(".5"), 0.5);
        assert_eq!(p("5."), 5.0);
        assert_eq!(p("-Infinity"), f64::NEG_INFINITY);
        assert!(p("-0x10").is_nan());
    }
}
