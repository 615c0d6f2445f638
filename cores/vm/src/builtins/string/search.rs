//! Searching methods: `indexOf`, `lastIndexOf`, `includes`, `startsWith`,
//! `endsWith`, `split`, `replace`, `replaceAll` (string patterns only).
//!
//! Why linear-time search: tenants control both strings, and a naive
//! search is O(n·m). ASCII uses std's two-way `str::find`; UTF-16 uses
//! KMP for long needles.

use super::{arg_str, charge_units, check_len, clamp, int_of, ret, this_str};
use crate::builtins::arg;
use crate::conv::{self, to_number};
use crate::error::{Interrupt, JsResult};
use crate::ops;
use crate::string::{JsStr, StrBuilder};
use crate::value::Value;
use crate::Ctx;

/// Both strings' units, unless both are ASCII (then `None`).
fn wide_pair(h: &JsStr, n: &JsStr) -> Option<(Vec<u16>, Vec<u16>)> {
    match (h, n) {
        (JsStr::Ascii(_), JsStr::Ascii(_)) => None,
        _ => Some((h.units(), n.units())),
    }
}

/// First match of `n` in `h` starting at or after `from`.
pub fn find(h: &JsStr, n: &JsStr, from: usize) -> Option<usize> {
    if from > h.len() {
        return None;
    }
    if n.is_empty() {
        return Some(from);
    }
    match wide_pair(h, n) {
        None => {
            let (JsStr::Ascii(hb), JsStr::Ascii(nb)) = (h, n) else {
                return None;
            };
            let hs = std::str::from_utf8(&hb[from..]).ok()?;
            let ns = std::str::from_utf8(nb).ok()?;
            hs.find(ns).map(|i| i + from)
        }
        Some((hu, nu)) => find_units(&hu, &nu, from),
    }
}

/// Last match of `n` in `h` starting at or before `max_start`.
pub fn rfind(h: &JsStr, n: &JsStr, max_start: usize) -> Option<usize> {
    let (hl, nl) = (h.len(), n.len());
    if nl > hl {
        return None;
    }
    let max_start = max_start.min(hl - nl);
    if nl == 0 {
        return Some(max_start);
    }
    match wide_pair(h, n) {
        None => {
            let (JsStr::Ascii(hb), JsStr::Ascii(nb)) = (h, n) else {
                return None;
            };
            let hs = std::str::from_utf8(&hb[..max_start + nl]).ok()?;
            hs.rfind(std::str::from_utf8(nb).ok()?)
        }
        Some((hu, nu)) => {
            let hay = &hu[..max_start + nl];
            if nl <= 8 {
                (0..=max_start).rev().find(|&i| hay[i..i + nl] == nu[..])
            } else {
                // KMP forward, keeping the last match: still linear.
                let mut last = None;
                let mut from = 0;
                while let Some(i) = find_units(hay, &nu, from) {
                    last = Some(i);
                    from = i + 1;
                }
                last
            }
        }
    }
}

fn find_units(h: &[u16], n: &[u16], from: usize) -> Option<usize> {
    let (hl, nl) = (h.len(), n.len());
    if nl == 0 {
        return (from <= hl).then_some(from);
    }
    if nl > hl || from > hl - nl {
        return None;
    }
    if nl <= 8 {
        // Short needle: bounded work per position.
        return (from..=hl - nl).find(|&i| h[i] == n[0] && h[i..i + nl] == *n);
    }
    let mut fail = vec![0usize; nl];
    let mut k = 0;
    for i in 1..nl {
        while k > 0 && n[i] != n[k] {
            k = fail[k - 1];
        }
        if n[i] == n[k] {
            k += 1;
        }
        fail[i] = k;
    }
    let mut k = 0;
    for (i, &c) in h.iter().enumerate().skip(from) {
        while k > 0 && c != n[k] {
            k = fail[k - 1];
        }
        if c == n[k] {
            k += 1;
        }
        if k == nl {
            return Some(i + 1 - nl);
        }
    }
    None
}

fn matches_at(h: &JsStr, n: &JsStr, at: usize) -> bool {
    if at + n.len() > h.len() {
        return false;
    }
    match (h, n) {
        (JsStr::Ascii(hb), JsStr::Ascii(nb)) => hb[at..at + nb.len()] == nb[..],
        _ => (0..n.len()).all(|i| h.at(at + i) == n.at(i)),
    }
}

pub fn index_of(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_str(ctx, this, "indexOf")?;
    let n = arg_str(ctx, args, 0)?;
    let len = ctx.heap.str(s).len();
    let pos = clamp(int_of(ctx, arg(args, 1))?, len);
    charge_units(ctx, len - pos)?;
    let r = find(ctx.heap.str(s), ctx.heap.str(n), pos);
    Ok(Value::Num(r.map_or(-1.0, |i| i as f64)))
}

pub fn last_index_of(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_str(ctx, this, "lastIndexOf")?;
    let n = arg_str(ctx, args, 0)?;
    let num = to_number(ctx, arg(args, 1))?;
    let pos = if num.is_nan() {
        f64::INFINITY
    } else {
        conv::to_integer(num)
    };
    let len = ctx.heap.str(s).len();
    let start = clamp(pos, len);
    charge_units(ctx, start)?;
    let r = rfind(ctx.heap.str(s), ctx.heap.str(n), start);
    Ok(Value::Num(r.map_or(-1.0, |i| i as f64)))
}

pub fn includes(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_str(ctx, this, "includes")?;
    let n = arg_str(ctx, args, 0)?;
    let len = ctx.heap.str(s).len();
    let pos = clamp(int_of(ctx, arg(args, 1))?, len);
    charge_units(ctx, len - pos)?;
    Ok(Value::Bool(
        find(ctx.heap.str(s), ctx.heap.str(n), pos).is_some(),
    ))
}

pub fn starts_with(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_str(ctx, this, "startsWith")?;
    let n = arg_str(ctx, args, 0)?;
    let len = ctx.heap.str(s).len();
    let pos = clamp(int_of(ctx, arg(args, 1))?, len);
    charge_units(ctx, ctx.heap.str(n).len())?;
    Ok(Value::Bool(matches_at(
        ctx.heap.str(s),
        ctx.heap.str(n),
        pos,
    )))
}

pub fn ends_with(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_str(ctx, this, "endsWith")?;
    let n = arg_str(ctx, args, 0)?;
    let len = ctx.heap.str(s).len();
    let end = match arg(args, 1) {
        Value::Undefined => len,
        v => clamp(int_of(ctx, v)?, len),
    };
    let nl = ctx.heap.str(n).len();
    charge_units(ctx, nl)?;
    if nl > end {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(matches_at(
        ctx.heap.str(s),
        ctx.heap.str(n),
        end - nl,
    )))
}

pub fn split(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let s = this_str(ctx, this, "split")?;
    let lim = match arg(args, 1) {
        Value::Undefined => u32::MAX,
        v => conv::to_uint32(to_number(ctx, v)?),
    } as usize;
    let sep_v = arg(args, 0);
    let sep = conv::to_string(ctx, sep_v)?;
    if lim == 0 {
        return Ok(Value::Obj(ops::new_array(ctx, Vec::new())?));
    }
    if matches!(sep_v, Value::Undefined) {
        return Ok(Value::Obj(ops::new_array(ctx, vec![Value::Str(s)])?));
    }
    let len = ctx.heap.str(s).len();
    charge_units(ctx, len)?;
    let sep_len = ctx.heap.str(sep).len();
    if sep_len == 0 {
        let n = len.min(lim);
        ctx.heap.check_array_len(n)?;
        ctx.charge(n as u64)?;
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            let u = ctx.heap.str(s).at(i);
            out.push(Value::Str(ops::unit_string(ctx, u)?));
        }
        return Ok(Value::Obj(ops::new_array(ctx, out)?));
    }
    if len == 0 {
        return Ok(Value::Obj(ops::new_array(ctx, vec![Value::Str(s)])?));
    }
    let mut cuts = Vec::new();
    let mut from = 0;
    while let Some(i) = find(ctx.heap.str(s), ctx.heap.str(sep), from) {
        cuts.push(i);
        from = i + sep_len;
        if cuts.len() >= lim {
            break;
        }
        ctx.heap.check_array_len(cuts.len() + 1)?;
    }
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for &i in &cuts {
        if out.len() == lim {
            break;
        }
        out.push(super::substring_value(ctx, s, start, i)?);
        start = i + sep_len;
    }
    if out.len() < lim {
        out.push(super::substring_value(ctx, s, start, len)?);
    }
    ctx.charge(out.len() as u64)?;
    Ok(Value::Obj(ops::new_array(ctx, out)?))
}

/// GetSubstitution without captures: `$$`, `$&`, `` $` ``, `$'`; any
/// other `$` sequence stays literal.
fn substitute(out: &mut StrBuilder, s: &JsStr, pos: usize, matched: usize, repl: &JsStr) {
    let (n, end) = (repl.len(), (pos + matched).min(s.len()));
    let mut i = 0;
    while i < n {
        let c = repl.at(i);
        if c == b'$' as u16 && i + 1 < n {
            match repl.at(i + 1) {
                0x24 => out.push_unit(b'$' as u16),
                0x26 => push_range(out, s, pos, end),
                0x60 => push_range(out, s, 0, pos),
                0x27 => push_range(out, s, end, s.len()),
                _ => {
                    out.push_unit(c);
                    i += 1;
                    continue;
                }
            }
            i += 2;
        } else {
            out.push_unit(c);
            i += 1;
        }
    }
}

fn push_range(out: &mut StrBuilder, s: &JsStr, a: usize, b: usize) {
    match s {
        JsStr::Ascii(bytes) => out.push_js(&JsStr::Ascii(bytes[a..b].into())),
        JsStr::Utf16(u) => out.push_units(&u[a..b]),
    }
}

fn replace_impl(ctx: &mut Ctx, this: Value, args: &[Value], all: bool) -> JsResult<Value> {
    let s = this_str(ctx, this, if all { "replaceAll" } else { "replace" })?;
    let pat = arg_str(ctx, args, 0)?;
    let repl_v = arg(args, 1);
    if ctx.heap.is_callable(repl_v) {
        // The callback runs in the JavaScript twin (prelude/string.js).
        return Err(Interrupt::NeedsJs);
    }
    let repl = conv::to_string(ctx, repl_v)?;
    let len = ctx.heap.str(s).len();
    charge_units(ctx, len)?;
    let pat_len = ctx.heap.str(pat).len();
    let mut positions: Vec<usize> = Vec::new();
    let mut from = 0;
    while let Some(i) = find(ctx.heap.str(s), ctx.heap.str(pat), from) {
        positions.push(i);
        if !all {
            break;
        }
        from = i + pat_len.max(1);
        ctx.charge(1)?;
    }
    if positions.is_empty() {
        return Ok(Value::Str(s));
    }
    let mut out = StrBuilder::new();
    let mut end = 0;
    for &p in &positions {
        let (js, r) = (ctx.heap.str(s), ctx.heap.str(repl));
        push_range(&mut out, js, end, p);
        substitute(&mut out, js, p, pat_len, r);
        end = p + pat_len;
        check_len(ctx, out.len())?;
        charge_units(ctx, ctx.heap.str(repl).len())?;
    }
    push_range(&mut out, ctx.heap.str(s), end, len);
    check_len(ctx, out.len())?;
    ret(ctx, out.finish())
}

pub fn replace(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    replace_impl(ctx, this, args, false)
}

pub fn replace_all(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    replace_impl(ctx, this, args, true)
}
