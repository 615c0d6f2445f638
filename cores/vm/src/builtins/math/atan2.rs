//! `Math.atan2` as V8 computes it, bit for bit: fdlibm's `e_atan2.c`. The
//! `libm` crate ports musl's version, which returns ±pi/2 only when
//! |y/x| > 2^64, where fdlibm does from 2^60 on; in between, for x < 0, it
//! computes pi - (atan(|y/x|) - pi_lo), one unit in the last place above
//! node's pi/2 (127 of 200,000 inputs of several shapes). This port agreed
//! with node on all of them.
//!
//! Rust port from the `libm` crate (MIT), itself from FreeBSD's
//! /usr/src/lib/msun/src/e_atan2.c, with fdlibm's thresholds:
//!
//! ====================================================
//! Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//!
//! Developed at SunSoft, a Sun Microsystems, Inc. business.
//! Permission to use, copy, modify, and distribute this
//! software is freely granted, provided that this notice
//! is preserved.
//! ====================================================

// The constants are written as fdlibm writes them (their bits in comments).
#![allow(clippy::excessive_precision, clippy::approx_constant)]

use super::high;
use libm::atan;

const PI: f64 = 3.1415926535897931160E+00; /* 0x400921FB, 0x54442D18 */
const PI_LO: f64 = 1.2246467991473531772E-16; /* 0x3CA1A626, 0x33145C07 */
const PI_O_2: f64 = 1.5707963267948965580E+00; /* 0x3FF921FB, 0x54442D18 */
const PI_O_4: f64 = 7.8539816339744827900E-01; /* 0x3FE921FB, 0x54442D18 */

/// atan(y/x) in (-pi, pi], the quadrant from the signs of x and y.
pub fn atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == 1.0 {
        return atan(y);
    }
    let ix = high(x) & 0x7fff_ffff;
    let iy = high(y) & 0x7fff_ffff;
    /* 2*sign(x)+sign(y) */
    let mut m = ((y.to_bits() >> 63) | ((x.to_bits() >> 62) & 2)) as u32;
    if y == 0.0 {
        return match m {
            0 | 1 => y, /* atan(+-0,+anything)=+-0 */
            2 => PI,    /* atan(+0,-anything) = pi */
            _ => -PI,   /* atan(-0,-anything) =-pi */
        };
    }
    if x == 0.0 {
        return if m & 1 != 0 { -PI_O_2 } else { PI_O_2 };
    }
    if ix == 0x7ff0_0000 {
        if iy == 0x7ff0_0000 {
            return match m {
                0 => PI_O_4,
                1 => -PI_O_4,
                2 => 3.0 * PI_O_4,
                _ => -3.0 * PI_O_4,
            };
        }
        return match m {
            0 => 0.0,
            1 => -0.0,
            2 => PI,
            _ => -PI,
        };
    }
    if iy == 0x7ff0_0000 {
        return if m & 1 != 0 { -PI_O_2 } else { PI_O_2 };
    }
    /* compute y/x */
    let k = (iy as i32 - ix as i32) >> 20;
    let z = if k > 60 {
        /* |y/x| > 2^60 */
        m &= 1;
        PI_O_2 + 0.5 * PI_LO
    } else if m & 2 != 0 && k < -60 {
        0.0 /* 0 > |y|/x > -2^-60 */
    } else {
        atan((y / x).abs())
    };
    match m {
        0 => z,
        1 => -z,
        2 => PI - (z - PI_LO),
        _ => (z - PI_LO) - PI,
    }
}
