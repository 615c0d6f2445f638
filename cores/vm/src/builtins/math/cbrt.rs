//! `Math.cbrt` as V8 computes it, bit for bit: FreeBSD's `s_cbrt.c` (a
//! 5-bit estimate from the exponent bits, a polynomial to 23 bits, one
//! Newton step to 53). The `libm` crate now ports CORE-MATH's correctly
//! rounded cbrt, and std calls glibc's; both differed from node in the last
//! place for 16,705 of 216,090 inputs of several shapes; this port agreed
//! with node on all of them.
//!
//! Rust port of FreeBSD's /usr/src/lib/msun/src/s_cbrt.c (which the `libm`
//! crate ported before it switched to CORE-MATH):
//!
//! ====================================================
//! Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//!
//! Developed at SunPro, a Sun Microsystems, Inc. business.
//! Permission to use, copy, modify, and distribute this
//! software is freely granted, provided that this notice
//! is preserved.
//!
//! Optimized by Bruce D. Evans.
//! ====================================================

// The constants are written as FreeBSD writes them (their bits in comments).
#![allow(clippy::excessive_precision)]

const B1: u32 = 715094163; /* (1023-1023/3-0.03306235651)*2**20 */
const B2: u32 = 696219795; /* (1023-1023/3-54/3-0.03306235651)*2**20 */

/* |1/cbrt(x) - p(x)| < 2**-23.5 (~[-7.93e-8, 7.929e-8]). */
const P0: f64 = 1.87595182427177009643; /* 0x3ffe03e6, 0x0f61e692 */
const P1: f64 = -1.88497979543377169875; /* 0xbffe28e0, 0x92f02420 */
const P2: f64 = 1.621429720105354466140; /* 0x3ff9f160, 0x4a49d6c2 */
const P3: f64 = -0.758397934778766047437; /* 0xbfe844cb, 0xbee751d9 */
const P4: f64 = 0.145996192886612446982; /* 0x3fc2b000, 0xd4e4edd7 */

pub fn cbrt(x: f64) -> f64 {
    let bits = x.to_bits();
    let sign = (bits >> 32) as u32 & 0x8000_0000;
    let hx = (bits >> 32) as u32 & 0x7fff_ffff;
    if hx >= 0x7ff0_0000 {
        return x + x; /* NaN or ±Infinity */
    }
    /* rough cbrt to 5 bits: divide the exponent (and leading mantissa) by 3 */
    let mut t = if hx < 0x0010_0000 {
        if bits << 1 == 0 {
            return x; /* ±0 */
        }
        let high = ((x * f64::from_bits(0x4350_0000_0000_0000)).to_bits() >> 32) as u32; /* x*2**54 */
        f64::from_bits(((sign | ((high & 0x7fff_ffff) / 3 + B2)) as u64) << 32)
    } else {
        f64::from_bits(((sign | (hx / 3 + B1)) as u64) << 32)
    };
    /* new cbrt to 23 bits: cbrt(x) = t*cbrt(x/t**3) ~= t*P(t**3/x) */
    let r = (t * t) * (t / x);
    t *= (P0 + r * (P1 + r * P2)) + ((r * r) * r) * (P3 + r * P4);
    /* round t away from zero to 23 bits */
    t = f64::from_bits((t.to_bits() + 0x8000_0000) & 0xffff_ffff_c000_0000);
    /* one Newton step to 53 bits with error < 0.667 ulps */
    let s = t * t; /* exact */
    let r = x / s;
    let w = t + t; /* exact */
    let r = (r - t) / (w + r); /* r-t is exact; w+r ~= 3*t */
    t + t * r
}
