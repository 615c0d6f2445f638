//! Case mapping, normalization, well-formedness and `localeCompare`.
//!
//! Lone surrogates pass through untouched (as in V8): text is processed in
//! runs of well-formed UTF-16 between them.

use super::{charge_units, ret, this_str};
use crate::builtins::arg;
use crate::conv;
use crate::error::{range_error, JsResult};
use crate::string::JsStr;
use crate::value::Value;
use crate::Ctx;
use std::cmp::Ordering;
use unicode_normalization::UnicodeNormalization;

/// Applies `f` to each well-formed run of `units`; lone surrogates are kept.
fn map_runs(units: &[u16], f: impl Fn(&str) -> String) -> Vec<u16> {
    let mut out = Vec::with_capacity(units.len());
    let mut run = String::new();
    let mut i = 0;
    while i < units.len() {
        let u = units[i];
        let pair = (0xD800..0xDC00).contains(&u)
            && units
                .get(i + 1)
                .is_some_and(|l| (0xDC00..0xE000).contains(l));
        if pair {
            let cp = 0x10000 + (((u as u32) - 0xD800) << 10) + (units[i + 1] as u32 - 0xDC00);
            run.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
            i += 2;
        } else if (0xD800..0xE000).contains(&u) {
            out.extend(f(&run).encode_utf16());
            run.clear();
            out.push(u);
            i += 1;
        } else {
            run.push(char::from_u32(u as u32).unwrap_or('\u{FFFD}'));
            i += 1;
        }
    }
    out.extend(f(&run).encode_utf16());
    out
}

fn map_case(ctx: &mut Ctx, this: Value, method: &str, upper: bool) -> JsResult<Value> {
    let s = this_str(ctx, this, method)?;
    let js = ctx.heap.str(s);
    let len = js.len();
    let out = match js {
        JsStr::Ascii(b) => {
            let already = if upper {
                !b.iter().any(u8::is_ascii_lowercase)
            } else {
                !b.iter().any(u8::is_ascii_uppercase)
            };
            if already {
                return Ok(Value::Str(s));
            }
            let v: Vec<u8> = if upper {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            };
            JsStr::Ascii(v.into_boxed_slice())
        }
        JsStr::Utf16(u) => {
            // Full mappings (ß -> SS, final sigma) from std's tables.
            let v = if upper {
                map_runs(u, str::to_uppercase)
            } else {
                map_runs(u, str::to_lowercase)
            };
            super::check_len(ctx, v.len())?;
            JsStr::from_units_vec(v)
        }
    };
    charge_units(ctx, len)?;
    ret(ctx, out)
}

pub fn to_lower_case(ctx: &mut Ctx, this: Value, _args: &[Value]) -> JsResult<Value> {
    map_case(ctx, this, "toLowerCase", false)
}
pub fn to_upper_case(ctx: &mut Ctx, this: Value, _args: &[Value]) -> JsResult<Value> {
    map_case(ctx, this, "toUpperCase", true)
}
pub fn to_locale_lower_case(ctx: &mut Ctx, this: Value, _args: &[Value]) -> JsResult<Value> {
    map_case(ctx, this, "toLocaleLowerCase", false)
}
pub fn to_locale_upper_case(ctx: &mut Ctx, this: Value, _args: &[Value]) -> JsResult<Value> {
    map_case(ctx, this, "toLocaleUpperCase", true)
}

pub fn normalize(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_str(ctx, this, "normalize")?;
    let form = match arg(args, 0) {
        Value::Undefined => "NFC".to_string(),
        v => {
            let f = conv::to_string(ctx, v)?;
            ctx.heap.str(f).to_rust_string()
        }
    };
    if !matches!(form.as_str(), "NFC" | "NFD" | "NFKC" | "NFKD") {
        return range_error("The normalization form should be one of NFC, NFD, NFKC, NFKD.");
    }
    let js = ctx.heap.str(s);
    let JsStr::Utf16(u) = js else {
        // ASCII is the same in every form.
        return Ok(Value::Str(s));
    };
    let len = u.len();
    let v = map_runs(u, |t| match form.as_str() {
        "NFC" => t.nfc().collect(),
        "NFD" => t.nfd().collect(),
        "NFKC" => t.nfkc().collect(),
        _ => t.nfkd().collect(),
    });
    charge_units(ctx, len)?;
    super::check_len(ctx, v.len())?;
    ret(ctx, JsStr::from_units_vec(v))
}

/// Index of the first lone surrogate, if any.
fn first_lone_surrogate(js: &JsStr) -> Option<usize> {
    let JsStr::Utf16(u) = js else { return None };
    let mut i = 0;
    while i < u.len() {
        let c = u[i];
        if (0xD800..0xDC00).contains(&c)
            && u.get(i + 1).is_some_and(|l| (0xDC00..0xE000).contains(l))
        {
            i += 2;
        } else if (0xD800..0xE000).contains(&c) {
            return Some(i);
        } else {
            i += 1;
        }
    }
    None
}

pub fn is_well_formed(ctx: &mut Ctx, this: Value, _args: &[Value]) -> JsResult<Value> {
    let s = this_str(ctx, this, "isWellFormed")?;
    charge_units(ctx, ctx.heap.str(s).len())?;
    Ok(Value::Bool(first_lone_surrogate(ctx.heap.str(s)).is_none()))
}

pub fn to_well_formed(ctx: &mut Ctx, this: Value, _args: &[Value]) -> JsResult<Value> {
    let s = this_str(ctx, this, "toWellFormed")?;
    charge_units(ctx, ctx.heap.str(s).len())?;
    let js = ctx.heap.str(s);
    if first_lone_surrogate(js).is_none() {
        return Ok(Value::Str(s));
    }
    let units = js.units();
    let v = map_runs(&units, |t| t.to_string());
    // map_runs keeps lone surrogates; replace them now.
    let v: Vec<u16> = {
        let mut out = Vec::with_capacity(v.len());
        for c in char::decode_utf16(v.iter().copied()) {
            let mut buf = [0u16; 2];
            out.extend_from_slice(c.unwrap_or('\u{FFFD}').encode_utf16(&mut buf));
        }
        out
    };
    ret(ctx, JsStr::from_units_vec(v))
}

// ---------------------------------------------------------------- collation

/// ASCII punctuation and symbols in the order of ICU's root collation
/// (recorded from node); they sort before digits, digits before letters.
const PUNCT_ORDER: &str = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";

/// Secondary weights of combining marks in ICU's order (acute, grave,
/// breve, circumflex, caron, ring, diaeresis, double acute, tilde, dot
/// above, cedilla, ogonek, macron, hook above, horn, dot below).
const MARK_ORDER: [char; 16] = [
    '\u{301}', '\u{300}', '\u{306}', '\u{302}', '\u{30C}', '\u{30A}', '\u{308}', '\u{30B}',
    '\u{303}', '\u{307}', '\u{327}', '\u{328}', '\u{304}', '\u{309}', '\u{31B}', '\u{323}',
];

/// Collation elements: (primary, secondary, tertiary).
fn collation_elements(text: &str, out: &mut Vec<(u32, u32, u32)>) {
    for c in text.nfd() {
        if unicode_normalization::char::is_combining_mark(c) {
            let w = MARK_ORDER
                .iter()
                .position(|&m| m == c)
                .map_or(0x1000 + c as u32, |i| 1 + i as u32);
            out.push((0, 0x20 + w, 0));
            continue;
        }
        let lower = c.to_lowercase().next().unwrap_or(c);
        let tertiary = u32::from(lower != c);
        let primary = match lower {
            // Expansions and letters with their own primary after a base.
            'æ' => {
                out.push((letter('a', 0), 0x20, tertiary + 2));
                letter('e', 0)
            }
            'ß' => {
                out.push((letter('s', 0), 0x20, 2));
                letter('s', 0)
            }
            // Stroked letters: the base letter plus a secondary difference.
            // (eth sorts as a d with a secondary difference after đ's.)
            'đ' | 'ð' | 'ø' | 'ł' => {
                let base = match lower {
                    'đ' | 'ð' => 'd',
                    'ø' => 'o',
                    _ => 'l',
                };
                let second = if lower == 'ð' { 0x801 } else { 0x800 };
                out.push((letter(base, 0), 0x20, tertiary));
                out.push((0, 0x20 + second, 0));
                continue;
            }
            'a'..='z' => letter(lower, 0),
            '0'..='9' => 0x20_0000 + (lower as u32 - '0' as u32),
            _ if (lower as u32) < 0x80 => PUNCT_ORDER
                .find(lower)
                .map_or(0x100 + lower as u32, |i| 1 + i as u32),
            _ if lower.is_alphanumeric() => 0x40_0000 + lower as u32,
            _ => 0x1000 + lower as u32,
        };
        out.push((primary, 0x20, tertiary));
    }
}

fn letter(c: char, variant: u32) -> u32 {
    0x30_0000 + (c as u32 - 'a' as u32) * 4 + variant
}

#[cfg(test)]
#[test]
fn stroked_letters_and_expansions() {
    let cases = [
        ("øa", "ob", Ordering::Less),
        ("ła", "lb", Ordering::Less),
        ("đa", "da", Ordering::Greater),
        ("đa", "dá", Ordering::Greater),
        ("Đa", "đa", Ordering::Greater),
        ("æb", "aez", Ordering::Less),
        ("ßa", "ssb", Ordering::Less),
    ];
    for (a, b, want) in cases {
        assert_eq!(collate(a, b), want, "{a} vs {b}");
    }
}

/// A three-level comparison modelled on ICU's root collation: base
/// letters first, then accents, then case (lower before upper).
pub fn collate(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (Vec::new(), Vec::new());
    collation_elements(a, &mut x);
    collation_elements(b, &mut y);
    let level = |v: &[(u32, u32, u32)], k: usize| -> Vec<u32> {
        v.iter()
            .map(|e| [e.0, e.1, e.2][k])
            .filter(|&w| !(k == 0 && w == 0))
            .collect()
    };
    for k in 0..3 {
        let o = level(&x, k).cmp(&level(&y, k));
        if o != Ordering::Equal {
            return o;
        }
    }
    Ordering::Equal
}

pub fn locale_compare(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_str(ctx, this, "localeCompare")?;
    let t = super::arg_str(ctx, args, 0)?;
    let (a, b) = (ctx.heap.str(s), ctx.heap.str(t));
    charge_units(ctx, a.len() + b.len())?;
    let (a, b) = (ctx.heap.str(s), ctx.heap.str(t));
    let o = if a.eq_units(b) {
        Ordering::Equal
    } else {
        collate(&a.to_rust_string(), &b.to_rust_string())
    };
    Ok(Value::Num(match o {
        Ordering::Less => -1.0,
        Ordering::Equal => 0.0,
        Ordering::Greater => 1.0,
    }))
}
