//! Exact number formatting for `toFixed`, `toExponential`, `toPrecision`,
//! `toString(radix)` and `toLocaleString`, digit for digit as V8.
//!
//! Why exact: the spec rounds the mathematical value of the double, so
//! `(1.005).toFixed(2)` is "1.00" (the double is 1.00499999...). We expand
//! the double into all its decimal digits with a small big integer (at most
//! about 770 digits) and round that, instead of trusting float arithmetic.

/// A non-negative big integer, base 2^32, least significant limb first.
struct Big(Vec<u32>);

impl Big {
    fn mul_small(&mut self, m: u32) {
        let mut carry = 0u64;
        for limb in self.0.iter_mut() {
            let v = *limb as u64 * m as u64 + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }

    fn shl(&mut self, bits: u32) {
        let (limbs, rest) = ((bits / 32) as usize, bits % 32);
        if rest != 0 {
            let mut carry = 0u32;
            for limb in self.0.iter_mut() {
                let v = *limb;
                *limb = (v << rest) | carry;
                carry = v >> (32 - rest);
            }
            if carry != 0 {
                self.0.push(carry);
            }
        }
        if limbs != 0 {
            self.0.splice(0..0, std::iter::repeat_n(0, limbs));
        }
    }

    /// Divides in place by `d`, returning the remainder.
    fn div_small(&mut self, d: u32) -> u32 {
        let mut rem = 0u64;
        for limb in self.0.iter_mut().rev() {
            let cur = (rem << 32) | *limb as u64;
            *limb = (cur / d as u64) as u32;
            rem = cur % d as u64;
        }
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
        rem as u32
    }

    /// Decimal digits (values 0..=9), most significant first.
    fn into_decimal(mut self) -> Vec<u8> {
        let mut chunks = Vec::new();
        while !self.0.is_empty() {
            chunks.push(self.div_small(1_000_000_000));
        }
        let mut out = Vec::with_capacity(chunks.len() * 9);
        for (i, c) in chunks.iter().rev().enumerate() {
            let s = if i == 0 {
                c.to_string()
            } else {
                format!("{c:09}")
            };
            out.extend(s.bytes().map(|b| b - b'0'));
        }
        out
    }
}

/// All decimal digits of a finite `v > 0`: `(digits, point)` with
/// `v = 0.d1d2d3... × 10^point`, no leading or trailing zero digit.
pub fn exact_digits(v: f64) -> (Vec<u8>, i32) {
    let bits = v.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut e2) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    if mant == 0 {
        return (vec![0], 1);
    }
    let tz = mant.trailing_zeros();
    mant >>= tz;
    e2 += tz as i32;
    let mut big = Big(vec![mant as u32, (mant >> 32) as u32]);
    while big.0.last() == Some(&0) {
        big.0.pop();
    }
    // v = mant × 2^e2; for e2 < 0 that is mant × 5^-e2 / 10^-e2.
    let k = if e2 >= 0 {
        big.shl(e2 as u32);
        0
    } else {
        let mut n = -e2;
        while n >= 13 {
            big.mul_small(1_220_703_125); // 5^13
            n -= 13;
        }
        big.mul_small(5u32.pow(n as u32));
        -e2
    };
    let mut digits = big.into_decimal();
    let point = digits.len() as i32 - k;
    while digits.last() == Some(&0) {
        digits.pop();
    }
    (digits, point)
}

/// Shortest round-trip digits of a finite `v > 0`, exactly those of
/// `Number::toString` (ryu-js; ties between two shortest candidates go
/// the way V8 goes, which `format!("{:e}")` does not always do).
pub fn shortest_digits(v: f64) -> (Vec<u8>, i32) {
    let mut buf = ryu_js::Buffer::new();
    let s = buf.format_finite(v);
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i32 = exp.trim_start_matches('+').parse().unwrap_or(0);
    let int_len = mant.split('.').next().unwrap_or("").len() as i32;
    let mut digits: Vec<u8> = mant
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect();
    let mut point = int_len + exp;
    let lead = digits.iter().take_while(|&&d| d == 0).count();
    digits.drain(..lead);
    point -= lead as i32;
    while digits.last() == Some(&0) {
        digits.pop();
    }
    (digits, point)
}

/// The first `n` digits of `digits` (zero-padded), rounded half up on the
/// rest. The flag is a carry out of the top: the kept digits are then all
/// zero and the value is `1` followed by them.
fn round_digits(digits: &[u8], n: usize) -> (Vec<u8>, bool) {
    let mut out: Vec<u8> = digits.iter().copied().take(n).collect();
    out.resize(n, 0);
    if digits.get(n).is_some_and(|&d| d >= 5) {
        for d in out.iter_mut().rev() {
            if *d == 9 {
                *d = 0;
            } else {
                *d += 1;
                return (out, false);
            }
        }
        return (out, true);
    }
    (out, false)
}

fn push_digits(out: &mut String, digits: &[u8]) {
    out.extend(digits.iter().map(|&d| (b'0' + d) as char));
}

/// `round(v × 10^f)` as decimal digits (no leading zeros, "0" for zero),
/// for `v >= 0` and given digits of `v`.
fn scaled_integer(digits: &[u8], point: i32, f: i32) -> Vec<u8> {
    let n = point + f;
    if n < 0 || digits.is_empty() || (digits.len() == 1 && digits[0] == 0) {
        return vec![0];
    }
    let (mut v, carry) = round_digits(digits, n as usize);
    if carry {
        v.insert(0, 1);
    }
    if v.is_empty() {
        v.push(0);
    }
    v
}

/// `Number.prototype.toFixed(f)` for finite `x`, `0 <= f <= 100`.
pub fn to_fixed(x: f64, f: usize) -> String {
    if x.abs() >= 1e21 {
        return crate::number::to_js_string(x);
    }
    let mut out = String::new();
    if x < 0.0 {
        out.push('-');
    }
    let x = x.abs();
    let n = if x == 0.0 {
        vec![0]
    } else {
        let (d, p) = exact_digits(x);
        scaled_integer(&d, p, f as i32)
    };
    if f == 0 {
        push_digits(&mut out, &n);
        return out;
    }
    let mut m = n;
    if m.len() <= f {
        let mut padded = vec![0; f + 1 - m.len()];
        padded.extend_from_slice(&m);
        m = padded;
    }
    let split = m.len() - f;
    push_digits(&mut out, &m[..split]);
    out.push('.');
    push_digits(&mut out, &m[split..]);
    out
}

fn push_exponent(out: &mut String, e: i32) {
    out.push('e');
    out.push(if e < 0 { '-' } else { '+' });
    out.push_str(&e.unsigned_abs().to_string());
}

/// `p` significant digits of `x > 0` rounded half up, and the exponent
/// of the first digit.
fn significant(x: f64, p: usize) -> (Vec<u8>, i32) {
    let (d, point) = exact_digits(x);
    let (mut v, carry) = round_digits(&d, p);
    if carry {
        v.insert(0, 1);
        v.pop();
        (v, point)
    } else {
        (v, point - 1)
    }
}

/// `Number.prototype.toExponential(f)` for finite `x`; `None` means the
/// argument was undefined (as many digits as needed).
pub fn to_exponential(x: f64, f: Option<usize>) -> String {
    let mut out = String::new();
    if x < 0.0 {
        out.push('-');
    }
    let x = x.abs();
    let (digits, e) = if x == 0.0 {
        (vec![0; f.unwrap_or(0) + 1], 0)
    } else {
        match f {
            Some(f) => significant(x, f + 1),
            None => {
                let (d, p) = shortest_digits(x);
                (d, p - 1)
            }
        }
    };
    push_digits(&mut out, &digits[..1]);
    if digits.len() > 1 {
        out.push('.');
        push_digits(&mut out, &digits[1..]);
    }
    push_exponent(&mut out, e);
    out
}

/// `Number.prototype.toPrecision(p)` for finite `x`, `1 <= p <= 100`.
pub fn to_precision(x: f64, p: usize) -> String {
    let mut out = String::new();
    if x < 0.0 {
        out.push('-');
    }
    let x = x.abs();
    let (m, e) = if x == 0.0 {
        (vec![0; p], 0)
    } else {
        significant(x, p)
    };
    if e < -6 || e >= p as i32 {
        push_digits(&mut out, &m[..1]);
        if p > 1 {
            out.push('.');
            push_digits(&mut out, &m[1..]);
        }
        push_exponent(&mut out, e);
    } else if e == p as i32 - 1 {
        push_digits(&mut out, &m);
    } else if e >= 0 {
        let split = e as usize + 1;
        push_digits(&mut out, &m[..split]);
        out.push('.');
        push_digits(&mut out, &m[split..]);
    } else {
        out.push_str("0.");
        for _ in 0..(-(e + 1)) {
            out.push('0');
        }
        push_digits(&mut out, &m);
    }
    out
}

const RADIX_CHARS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

fn next_double(v: f64) -> f64 {
    // Only called with finite v >= 0.
    f64::from_bits(v.to_bits() + 1)
}

/// `Number.prototype.toString(radix)` for finite non-zero `value` and a
/// radix other than 10: V8's `DoubleToRadixCString`, step for step
/// (shortest digits that read back to the same double, rounded to even).
pub fn to_radix_string(value: f64, radix: u32) -> String {
    let r = radix as f64;
    let negative = value < 0.0;
    let value = value.abs();
    let mut integer = value.floor();
    let mut fraction = value - integer;
    // Only as many fraction digits as the double's precision supports.
    let mut delta = (0.5 * (next_double(value) - value)).max(next_double(0.0));
    let mut frac_digits: Vec<u8> = Vec::new();
    if fraction >= delta {
        loop {
            fraction *= r;
            delta *= r;
            let digit = fraction as u32;
            frac_digits.push(digit as u8);
            fraction -= digit as f64;
            let round_up = fraction > 0.5 || (fraction == 0.5 && digit & 1 == 1);
            if round_up && fraction + delta > 1.0 {
                // Round up, propagating the carry through written digits.
                loop {
                    match frac_digits.pop() {
                        None => {
                            integer += 1.0;
                            break;
                        }
                        Some(d) if (d as u32) + 1 < radix => {
                            frac_digits.push(d + 1);
                            break;
                        }
                        Some(_) => {}
                    }
                }
                break;
            }
            if fraction < delta {
                break;
            }
        }
    }
    // Integer digits; digits below the double's precision print as zeros.
    let mut int_digits: Vec<u8> = Vec::new();
    while (integer / r) >= 9007199254740992.0 {
        integer /= r;
        int_digits.push(b'0');
    }
    loop {
        let rem = integer % r;
        int_digits.push(RADIX_CHARS[rem as usize]);
        integer = (integer - rem) / r;
        if integer <= 0.0 {
            break;
        }
    }
    let mut out = String::with_capacity(int_digits.len() + frac_digits.len() + 2);
    if negative {
        out.push('-');
    }
    out.extend(int_digits.iter().rev().map(|&c| c as char));
    if !frac_digits.is_empty() {
        out.push('.');
        out.extend(frac_digits.iter().map(|&d| RADIX_CHARS[d as usize] as char));
    }
    out
}

/// `Number.prototype.toLocaleString()` as node's default (en-US) locale:
/// grouping commas, at most 3 fraction digits rounded half up from the
/// shortest representation (what ICU rounds).
pub fn to_locale(x: f64) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    if x.is_infinite() {
        out.push('∞');
        return out;
    }
    let x = x.abs();
    let n = if x == 0.0 {
        vec![0]
    } else {
        let (d, p) = shortest_digits(x);
        scaled_integer(&d, p, 3)
    };
    let mut m = n;
    if m.len() < 4 {
        let mut padded = vec![0; 4 - m.len()];
        padded.extend_from_slice(&m);
        m = padded;
    }
    let split = m.len() - 3;
    let (int, frac) = m.split_at(split);
    for (i, &d) in int.iter().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push((b'0' + d) as char);
    }
    let frac_len = frac.iter().rposition(|&d| d != 0).map_or(0, |i| i + 1);
    if frac_len > 0 {
        out.push('.');
        push_digits(&mut out, &frac[..frac_len]);
    }
    out
}
