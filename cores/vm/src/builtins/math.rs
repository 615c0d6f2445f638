//! Built-ins: the `Math` namespace (every ES2023 function and constant).
//!
//! Rule 1 holds for Math too: node prints V8's results, and V8 computes the
//! transcendental functions with its own fdlibm port (src/base/ieee754.cc).
//! The `libm` crate ports fdlibm as well (through FreeBSD and musl), so it
//! agrees with node bit for bit far more often than the system's libm, but
//! where its code has drifted from V8's it is a unit in the last place off
//! for some inputs. Those functions are ported under `math/` with V8's
//! algorithm (each file says what differs):
//! - `pow` (`math/pow.rs`);
//! - `log`, `log10`, `log1p`, `log2` (`math/log.rs`);
//! - `sin`, `cos`, `tan` (`math/trig.rs`);
//! - `sinh`, `cosh`, `tanh`, `asinh`, `acosh`, `atanh` (`math/hyperbolic.rs`);
//! - `cbrt` (`math/cbrt.rs`);
//! - `atan2` (`math/atan2.rs`).
//!
//! `exp` is the crate's with V8's special case `exp(1) == E`; `hypot` and
//! `round` follow V8's own algorithms. `expm1`, `asin`, `acos` and `atan`
//! are the crate's, and agreed with node on every input tried (over 150,000
//! each); `sqrt` is exact either way. std (glibc) is used for none of them:
//! it differed from node more often than the crate for all but `log10`,
//! `tanh` and `cbrt`.

mod atan2;
mod cbrt;
mod hyperbolic;
mod log;
mod pow;
mod trig;

use super::{arg, Builder};
use crate::conv::{to_int32, to_number, to_uint32};
use crate::error::JsResult;
use crate::value::Value;
use crate::Ctx;
use std::sync::atomic::{AtomicU64, Ordering};

/// The high 32 bits of a double (sign, exponent, top of the mantissa): the
/// word fdlibm's algorithms test and set.
fn high(x: f64) -> u32 {
    (x.to_bits() >> 32) as u32
}

/// `x` with its high word replaced.
fn with_high(x: f64, hi: u32) -> f64 {
    f64::from_bits((x.to_bits() & 0xffff_ffff) | ((hi as u64) << 32))
}

/// `x` with its low word replaced.
fn with_low(x: f64, lo: u32) -> f64 {
    f64::from_bits((x.to_bits() & 0xffff_ffff_0000_0000) | lo as u64)
}

pub fn install(b: &mut Builder) {
    let m = b.object();
    b.global("Math", Value::Obj(m));
    let consts: [(&str, f64); 8] = [
        ("E", std::f64::consts::E),
        ("LN10", std::f64::consts::LN_10),
        ("LN2", std::f64::consts::LN_2),
        ("LOG10E", std::f64::consts::LOG10_E),
        ("LOG2E", std::f64::consts::LOG2_E),
        ("PI", std::f64::consts::PI),
        ("SQRT1_2", std::f64::consts::FRAC_1_SQRT_2),
        ("SQRT2", std::f64::consts::SQRT_2),
    ];
    for (name, v) in consts {
        b.value(m, name, Value::Num(v));
    }
    macro_rules! unary {
        ($($name:literal => $f:expr,)*) => {$({
            fn native(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
                let x = to_number(ctx, arg(args, 0))?;
                let f: fn(f64) -> f64 = $f;
                Ok(Value::Num(f(x)))
            }
            b.method(m, $name, native, 1);
        })*};
    }
    unary! {
        "abs" => f64::abs,
        "acos" => libm::acos,
        "acosh" => hyperbolic::acosh,
        "asin" => libm::asin,
        "asinh" => hyperbolic::asinh,
        "atan" => libm::atan,
        "atanh" => hyperbolic::atanh,
        "cbrt" => cbrt::cbrt,
        "ceil" => f64::ceil,
        "cos" => trig::cos,
        "cosh" => hyperbolic::cosh,
        "exp" => exp,
        "expm1" => libm::expm1,
        "floor" => f64::floor,
        "fround" => |x| x as f32 as f64,
        "log" => log::log,
        "log10" => log::log10,
        "log1p" => log::log1p,
        "log2" => log::log2,
        "round" => round,
        "sign" => sign,
        "sin" => trig::sin,
        "sinh" => hyperbolic::sinh,
        "sqrt" => f64::sqrt,
        "tan" => trig::tan,
        "tanh" => hyperbolic::tanh,
        "trunc" => f64::trunc,
    }
    b.method(m, "atan2", atan2, 2);
    b.method(m, "clz32", clz32, 1);
    b.method(m, "hypot", hypot, 2);
    b.method(m, "imul", imul, 2);
    b.method(m, "max", max, 2);
    b.method(m, "min", min, 2);
    b.method(m, "pow", pow, 2);
    b.method(m, "random", random, 0);
}

/// `Math.round`: half up, -0 for [-0.5, -0], exact for every double
/// (`floor(x + 0.5)` is not: 0.49999999999999994 + 0.5 rounds to 1).
fn round(x: f64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    let r = x.ceil();
    if r - 0.5 > x {
        r - 1.0
    } else {
        r
    }
}

/// V8 special-cases `exp(1)`: fdlibm's reduction gets E's last bit wrong.
fn exp(x: f64) -> f64 {
    if x == 1.0 {
        std::f64::consts::E
    } else {
        libm::exp(x)
    }
}

fn sign(x: f64) -> f64 {
    if x.is_nan() || x == 0.0 {
        x
    } else {
        x.signum()
    }
}

/// `x ** y` and `Math.pow`: IEEE pow except that `(±1) ** ±Infinity` and
/// `1 ** NaN` are NaN in JavaScript.
pub fn pow_js(x: f64, y: f64) -> f64 {
    if y.is_nan() || (x.abs() == 1.0 && y.is_infinite()) {
        return f64::NAN;
    }
    pow::pow(x, y)
}

fn two_numbers(ctx: &mut Ctx, args: &[Value]) -> JsResult<(f64, f64)> {
    let x = to_number(ctx, arg(args, 0))?;
    Ok((x, to_number(ctx, arg(args, 1))?))
}

fn pow(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    let (x, y) = two_numbers(ctx, args)?;
    Ok(Value::Num(pow_js(x, y)))
}

fn atan2(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    let (y, x) = two_numbers(ctx, args)?;
    Ok(Value::Num(atan2::atan2(y, x)))
}

fn imul(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    let (x, y) = two_numbers(ctx, args)?;
    Ok(Value::Num(to_int32(x).wrapping_mul(to_int32(y)) as f64))
}

fn clz32(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    let x = to_number(ctx, arg(args, 0))?;
    Ok(Value::Num(to_uint32(x).leading_zeros() as f64))
}

/// Every argument converted first (as the spec orders it), then folded.
fn numbers(ctx: &mut Ctx, args: &[Value]) -> JsResult<Vec<f64>> {
    ctx.charge(args.len() as u64 / 8)?;
    args.iter().map(|&v| to_number(ctx, v)).collect()
}

fn max(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    let mut r = f64::NEG_INFINITY;
    for x in numbers(ctx, args)? {
        if x.is_nan() {
            return Ok(Value::Num(f64::NAN));
        }
        // +0 is larger than -0.
        if x > r || (x == 0.0 && r == 0.0 && r.is_sign_negative()) {
            r = x;
        }
    }
    Ok(Value::Num(r))
}

fn min(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    let mut r = f64::INFINITY;
    for x in numbers(ctx, args)? {
        if x.is_nan() {
            return Ok(Value::Num(f64::NAN));
        }
        if x < r || (x == 0.0 && r == 0.0 && x.is_sign_negative()) {
            r = x;
        }
    }
    Ok(Value::Num(r))
}

/// V8's `MathHypot`: scale by the largest magnitude, Kahan-sum the squares.
fn hypot(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    let xs = numbers(ctx, args)?;
    let mut any_nan = false;
    let mut max = 0f64;
    for &x in &xs {
        if x.is_nan() {
            any_nan = true;
        } else if x.abs() > max {
            max = x.abs();
        }
    }
    if max == f64::INFINITY {
        return Ok(Value::Num(f64::INFINITY));
    }
    if any_nan {
        return Ok(Value::Num(f64::NAN));
    }
    if max == 0.0 {
        return Ok(Value::Num(0.0));
    }
    let (mut sum, mut compensation) = (0f64, 0f64);
    for &x in &xs {
        let n = x.abs() / max;
        let summand = n * n - compensation;
        let preliminary = sum + summand;
        compensation = (preliminary - sum) - summand;
        sum = preliminary;
    }
    Ok(Value::Num(sum.sqrt() * max))
}

/// State of `Math.random`, process-wide (one lock-free word, no ordering
/// between VMs needed): splitmix64 over a time-seeded counter.
static RANDOM_STATE: AtomicU64 = AtomicU64::new(0);

fn random(_ctx: &mut Ctx, _this: Value, _args: &[Value]) -> JsResult<Value> {
    const GAMMA: u64 = 0x9E37_79B9_7F4A_7C15;
    if RANDOM_STATE.load(Ordering::Relaxed) == 0 {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(GAMMA)
            | 1;
        let _ = RANDOM_STATE.compare_exchange(0, seed, Ordering::Relaxed, Ordering::Relaxed);
    }
    let mut z = RANDOM_STATE
        .fetch_add(GAMMA, Ordering::Relaxed)
        .wrapping_add(GAMMA);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    // 53 random bits in [0, 1).
    Ok(Value::Num((z >> 11) as f64 / (1u64 << 53) as f64))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::GLOBAL_NAMES;

    use crate::builtins::test_support::ctx;
    fn math() -> Value {
        crate::builtins().globals[GLOBAL_NAMES.iter().position(|n| *n == "Math").unwrap()]
    }
    fn call(ctx: &mut Ctx, name: &str, args: &[f64]) -> f64 {
        let args: Vec<Value> = args.iter().map(|&x| Value::Num(x)).collect();
        match ctx.call_builtin(math(), name, Value::Undefined, &args) {
            Ok(Value::Num(n)) => n,
            other => panic!("Math.{name}: {other:?}"),
        }
    }
    /// Same double, NaN equal to NaN, -0 distinct from +0.
    fn same(a: f64, b: f64) -> bool {
        a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
    }

    #[test]
    fn special_values_like_node() {
        let mut c = ctx();
        let nan = f64::NAN;
        let inf = f64::INFINITY;
        let cases: &[(&str, &[f64], f64)] = &[
            ("round", &[-0.5], -0.0),
            ("round", &[-0.4], -0.0),
            ("round", &[0.49999999999999994], 0.0),
            ("round", &[2.5], 3.0),
            ("round", &[-2.5], -2.0),
            ("round", &[-2.6], -3.0),
            ("round", &[4503599627370495.5], 4503599627370496.0),
            ("round", &[-0.0], -0.0),
            ("max", &[], -inf),
            ("min", &[], inf),
            ("max", &[1.0, nan, 3.0], nan),
            ("max", &[-0.0, 0.0], 0.0),
            ("max", &[0.0, -0.0], 0.0),
            ("min", &[0.0, -0.0], -0.0),
            ("min", &[-0.0, 0.0], -0.0),
            ("max", &[1.0, 3.0, 2.0], 3.0),
            ("pow", &[1.0, inf], nan),
            ("pow", &[-1.0, -inf], nan),
            ("pow", &[1.0, nan], nan),
            ("pow", &[nan, 0.0], 1.0),
            ("pow", &[2.0, 10.0], 1024.0),
            ("pow", &[-8.0, 1.0 / 3.0], nan),
            ("pow", &[-0.0, -1.0], -inf),
            ("sign", &[-0.0], -0.0),
            ("sign", &[-3.0], -1.0),
            ("sign", &[nan], nan),
            ("trunc", &[-0.7], -0.0),
            ("ceil", &[-0.7], -0.0),
            ("floor", &[-0.0], -0.0),
            ("abs", &[-inf], inf),
            ("clz32", &[1.0], 31.0),
            ("clz32", &[0.0], 32.0),
            ("clz32", &[-1.0], 0.0),
            ("clz32", &[4294967296.0], 32.0),
            ("imul", &[0xffffffffu32 as f64, 5.0], -5.0),
            ("imul", &[3.0, 4.0], 12.0),
            ("fround", &[5.5], 5.5),
            ("fround", &[5.05], 5.050000190734863),
            ("hypot", &[], 0.0),
            ("hypot", &[3.0, 4.0], 5.0),
            ("hypot", &[nan, inf], inf),
            ("hypot", &[nan, 1.0], nan),
            ("hypot", &[-0.0], 0.0),
            ("hypot", &[1.0, 2.0, 3.0], 3.741657386773941),
            ("sqrt", &[-1.0], nan),
            ("sqrt", &[-0.0], -0.0),
            ("cbrt", &[-27.0], -3.0),
            ("atan2", &[0.0, -0.0], std::f64::consts::PI),
            ("atan2", &[-0.0, 0.0], -0.0),
            ("log", &[0.0], -inf),
            ("log", &[-1.0], nan),
            ("exp", &[-inf], 0.0),
            ("expm1", &[-0.0], -0.0),
            ("atanh", &[1.0], inf),
            ("acosh", &[0.5], nan),
            ("sin", &[1.0], 0.8414709848078965),
            ("cos", &[1.0], 0.5403023058681398),
            ("tan", &[1.0], 1.5574077246549023),
            ("exp", &[1.0], std::f64::consts::E),
            ("log10", &[1000.0], 3.0),
            ("log2", &[8.0], 3.0),
            ("sinh", &[1.0], 1.1752011936438014),
            ("tanh", &[0.5], 0.46211715726000974),
            ("asinh", &[1.0], 0.881373587019543),
            ("pow", &[1.1, 2.5], 1.2690587062858836),
        ];
        for (name, args, want) in cases {
            let got = call(&mut c, name, args);
            assert!(
                same(got, *want),
                "Math.{name}({args:?}) = {got:?}, node says {want:?}"
            );
        }
    }

    #[test]
    fn random_in_range() {
        let mut c = ctx();
        let xs: Vec<f64> = (0..100).map(|_| call(&mut c, "random", &[])).collect();
        assert!(xs.iter().all(|&x| (0.0..1.0).contains(&x)));
        assert!(xs.windows(2).any(|w| w[0] != w[1]));
    }
}
