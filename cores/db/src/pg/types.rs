//! PostgreSQL values <-> [`SqlValue`], in the binary wire format.
//!
//! Results (column type -> value):
//! - int2, int4, int8, oid -> `Int`; float4, float8 -> `Float`
//! - numeric -> `Text` with its exact digits (`"12.50"`, `"NaN"`): a float
//!   would silently round money; the engine may parse it when it wants
//! - text, varchar, bpchar, name, "char", citext, enums, unknown -> `Text`
//! - bool -> `Bool`; bytea -> `Bytes`; json, jsonb -> `Json` (text)
//! - timestamptz, timestamp -> `Timestamp` `YYYY-MM-DDTHH:MM:SS.sssZ`
//!   (UTC; a timestamp without time zone is read as UTC; microseconds are
//!   cut to milliseconds; `infinity` / `-infinity` kept as words)
//! - date -> `Text` `YYYY-MM-DD`; uuid -> `Text` (lowercase, hyphenated)
//! - arrays of the above -> `Json` (nested arrays; numeric, dates and
//!   the like as strings; bytea as a `\x..` hex string)
//! - a domain reads as its base type; NULL -> `Null`
//! - anything else (intervals, ranges, geometry ...) is a `Query` error that
//!   names the type and suggests a cast (`::text`, `to_json(...)`)
//!
//! Parameters are encoded for the type the server inferred for each `$n`:
//! - `Null` -> NULL for any type
//! - `Int` -> int2/int4 (range checked), int8, oid, float4/8, numeric, text
//! - `Float` -> float4/8, numeric, text; int2/4/8 when it holds an integer
//! - `Text` -> text-like, json/jsonb (sent as is), and parsed into int,
//!   float, numeric, bool (`true`/`false`/`t`/`f`), uuid, date, timestamp(tz)
//!   (so an int8 that came back to JavaScript as a string goes back in)
//! - `Bool` -> bool, text; `Bytes` -> bytea
//! - `Json` -> json, jsonb, text; `Timestamp` -> timestamptz, timestamp,
//!   date (its UTC day), text
//!
//! Any other pairing is a `Query` error naming the parameter and the type;
//! nothing here panics.

use std::error::Error;

use bytes::{BufMut, BytesMut};
use tokio_postgres::types::{to_sql_checked, FromSql, IsNull, Kind, ToSql, Type};

use crate::SqlValue;

type BoxError = Box<dyn Error + Sync + Send>;

/// A parameter as tokio-postgres binds it.
#[derive(Debug)]
pub(crate) struct Param<'a>(pub &'a SqlValue);

/// A result cell as tokio-postgres reads it.
pub(crate) struct Cell(pub SqlValue);

fn mismatch(v: &SqlValue, ty: &Type) -> BoxError {
    let what = match v {
        SqlValue::Null => "null",
        SqlValue::Bool(_) => "a boolean",
        SqlValue::Int(_) => "an integer",
        SqlValue::Float(_) => "a float",
        SqlValue::Text(_) => "a string",
        SqlValue::Bytes(_) => "bytes",
        SqlValue::Json(_) => "json",
        SqlValue::Timestamp(_) => "a timestamp",
    };
    format!("cannot bind {what} to a parameter of type {}", ty.name()).into()
}

/// The type whose encoding a value of `ty` uses: a domain is its base type,
/// an enum (and citext) is text.
fn base(ty: &Type) -> Type {
    match ty.kind() {
        Kind::Domain(inner) => base(inner),
        Kind::Enum(_) => Type::TEXT,
        _ if ty.name() == "citext" => Type::TEXT,
        _ => ty.clone(),
    }
}

fn is_text(ty: &Type) -> bool {
    matches!(
        *ty,
        Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN
    )
}

impl ToSql for Param<'_> {
    fn to_sql(&self, ty: &Type, out: &mut BytesMut) -> Result<IsNull, BoxError> {
        let v = self.0;
        let ty = &base(ty);
        match v {
            SqlValue::Null => return Ok(IsNull::Yes),
            SqlValue::Bool(b) => match *ty {
                Type::BOOL => out.put_u8(*b as u8),
                _ if is_text(ty) => out.put_slice(if *b { b"true" } else { b"false" }),
                _ => return Err(mismatch(v, ty)),
            },
            SqlValue::Int(i) => {
                if !put_int(*i, ty, out)? {
                    return Err(mismatch(v, ty));
                }
            }
            SqlValue::Float(f) => match *ty {
                Type::FLOAT8 => out.put_f64(*f),
                Type::FLOAT4 => out.put_f32(*f as f32),
                Type::NUMERIC => put_numeric(&format!("{f}"), out)?,
                _ if is_text(ty) => out.put_slice(f.to_string().as_bytes()),
                Type::INT2 | Type::INT4 | Type::INT8 | Type::OID => {
                    if f.fract() != 0.0 || f.abs() > 9.2e18 {
                        return Err(format!("{f} is not an integer for type {}", ty.name()).into());
                    }
                    if !put_int(*f as i64, ty, out)? {
                        return Err(mismatch(v, ty));
                    }
                }
                _ => return Err(mismatch(v, ty)),
            },
            SqlValue::Text(s) => {
                if !put_text(s, ty, out)? {
                    return Err(mismatch(v, ty));
                }
            }
            SqlValue::Bytes(b) => match *ty {
                Type::BYTEA => out.put_slice(b),
                _ => return Err(mismatch(v, ty)),
            },
            SqlValue::Json(s) => match *ty {
                Type::JSON => out.put_slice(s.as_bytes()),
                Type::JSONB => {
                    out.put_u8(1);
                    out.put_slice(s.as_bytes())
                }
                _ if is_text(ty) => out.put_slice(s.as_bytes()),
                _ => return Err(mismatch(v, ty)),
            },
            SqlValue::Timestamp(s) => match *ty {
                Type::TIMESTAMPTZ | Type::TIMESTAMP => {
                    if !put_text(s, ty, out)? {
                        return Err(mismatch(v, ty));
                    }
                }
                Type::DATE => {
                    let t = parse_timestamp(s.trim())
                        .ok_or_else(|| format!("{s:?} is not an ISO 8601 timestamp"))?;
                    out.put_i32(match t {
                        i64::MAX => i32::MAX,
                        i64::MIN => i32::MIN,
                        t => t.div_euclid(MICROS_PER_DAY) as i32,
                    })
                }
                _ if is_text(ty) => out.put_slice(s.as_bytes()),
                _ => return Err(mismatch(v, ty)),
            },
        }
        Ok(IsNull::No)
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

/// Writes an integer for `ty`; `Ok(false)`: the type takes no integer.
fn put_int(i: i64, ty: &Type, out: &mut BytesMut) -> Result<bool, BoxError> {
    let range = |lo: i64, hi: i64| {
        if (lo..=hi).contains(&i) {
            Ok(())
        } else {
            Err(BoxError::from(format!(
                "{i} is out of range for type {}",
                ty.name()
            )))
        }
    };
    match *ty {
        Type::INT8 => out.put_i64(i),
        Type::INT4 => {
            range(i32::MIN.into(), i32::MAX.into())?;
            out.put_i32(i as i32)
        }
        Type::INT2 => {
            range(i16::MIN.into(), i16::MAX.into())?;
            out.put_i16(i as i16)
        }
        Type::OID => {
            range(0, u32::MAX.into())?;
            out.put_u32(i as u32)
        }
        Type::FLOAT8 => out.put_f64(i as f64),
        Type::FLOAT4 => out.put_f32(i as f32),
        Type::NUMERIC => put_numeric(&i.to_string(), out)?,
        _ if is_text(ty) => out.put_slice(i.to_string().as_bytes()),
        _ => return Ok(false),
    }
    Ok(true)
}

/// Writes a string parsed into `ty`; `Ok(false)`: the type takes no string.
fn put_text(s: &str, ty: &Type, out: &mut BytesMut) -> Result<bool, BoxError> {
    let bad = |what: &str| BoxError::from(format!("{s:?} is not {what} (type {})", ty.name()));
    match *ty {
        _ if is_text(ty) => out.put_slice(s.as_bytes()),
        Type::JSON => out.put_slice(s.as_bytes()),
        Type::JSONB => {
            out.put_u8(1);
            out.put_slice(s.as_bytes())
        }
        Type::INT2 | Type::INT4 | Type::INT8 | Type::OID => {
            let i = s.trim().parse::<i64>().map_err(|_| bad("an integer"))?;
            return put_int(i, ty, out);
        }
        Type::FLOAT4 | Type::FLOAT8 => {
            let f = s.trim().parse::<f64>().map_err(|_| bad("a number"))?;
            if *ty == Type::FLOAT4 {
                out.put_f32(f as f32)
            } else {
                out.put_f64(f)
            }
        }
        Type::NUMERIC => put_numeric(s.trim(), out)?,
        Type::BOOL => match s.trim() {
            "true" | "t" => out.put_u8(1),
            "false" | "f" => out.put_u8(0),
            _ => return Err(bad("a boolean")),
        },
        Type::UUID => out.put_slice(&parse_uuid(s).ok_or_else(|| bad("a uuid"))?),
        Type::DATE => out.put_i32(parse_date(s.trim()).ok_or_else(|| bad("a date (YYYY-MM-DD)"))?),
        Type::TIMESTAMP | Type::TIMESTAMPTZ => {
            out.put_i64(parse_timestamp(s.trim()).ok_or_else(|| bad("an ISO 8601 timestamp"))?)
        }
        _ => return Ok(false),
    }
    Ok(true)
}

impl<'a> FromSql<'a> for Cell {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> Result<Cell, BoxError> {
        let ty = &base(ty);
        let short = || BoxError::from(format!("short value for type {}", ty.name()));
        let text = || {
            std::str::from_utf8(raw)
                .map(|s| SqlValue::Text(s.to_owned()))
                .map_err(|_| BoxError::from(format!("{} value is not UTF-8", ty.name())))
        };
        let v = match *ty {
            Type::BOOL => SqlValue::Bool(*raw.first().ok_or_else(short)? != 0),
            Type::INT2 => SqlValue::Int(i16::from_be_bytes(fixed(raw).ok_or_else(short)?).into()),
            Type::INT4 => SqlValue::Int(i32::from_be_bytes(fixed(raw).ok_or_else(short)?).into()),
            Type::INT8 => SqlValue::Int(i64::from_be_bytes(fixed(raw).ok_or_else(short)?)),
            Type::OID => SqlValue::Int(u32::from_be_bytes(fixed(raw).ok_or_else(short)?).into()),
            Type::FLOAT4 => {
                SqlValue::Float(f32::from_be_bytes(fixed(raw).ok_or_else(short)?).into())
            }
            Type::FLOAT8 => SqlValue::Float(f64::from_be_bytes(fixed(raw).ok_or_else(short)?)),
            Type::NUMERIC => SqlValue::Text(numeric_to_string(raw).ok_or_else(short)?),
            Type::CHAR => SqlValue::Text(String::from_utf8_lossy(raw).into_owned()),
            _ if is_text(ty) => text()?,
            Type::BYTEA => SqlValue::Bytes(raw.to_vec()),
            Type::JSON => match text()? {
                SqlValue::Text(s) => SqlValue::Json(s),
                other => other,
            },
            Type::JSONB => match raw.split_first() {
                Some((1, rest)) => SqlValue::Json(
                    std::str::from_utf8(rest)
                        .map_err(|_| BoxError::from("jsonb value is not UTF-8"))?
                        .to_owned(),
                ),
                _ => return Err("unknown jsonb version".into()),
            },
            Type::TIMESTAMP | Type::TIMESTAMPTZ => SqlValue::Timestamp(format_timestamp(
                i64::from_be_bytes(fixed(raw).ok_or_else(short)?),
            )),
            Type::DATE => SqlValue::Text(format_date(i32::from_be_bytes(
                fixed(raw).ok_or_else(short)?,
            ))),
            Type::UUID => SqlValue::Text(format_uuid(&fixed(raw).ok_or_else(short)?)),
            _ if matches!(ty.kind(), Kind::Array(_)) => SqlValue::Json(array_to_json(ty, raw)?),
            _ => {
                return Err(format!(
                "kitwork does not read columns of type {}; cast it in SQL (::text, to_json(...))",
                ty.name()
            )
                .into())
            }
        };
        Ok(Cell(v))
    }

    fn from_sql_null(_: &Type) -> Result<Cell, BoxError> {
        Ok(Cell(SqlValue::Null))
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

/// An array (of any dimensions, of a type read above) as JSON: nested
/// arrays, numbers, strings (text, numeric, dates, timestamps, uuids),
/// booleans, null, json inline, bytea as a `\x...` hex string (as
/// PostgreSQL prints it). Lower bounds are dropped.
fn array_to_json(ty: &Type, raw: &[u8]) -> Result<String, BoxError> {
    let Kind::Array(member) = ty.kind() else {
        return Err(format!("{} is not an array", ty.name()).into());
    };
    let short = || BoxError::from(format!("short value for type {}", ty.name()));
    let word = |at: usize| -> Result<i32, BoxError> {
        Ok(i32::from_be_bytes(
            fixed(raw.get(at..at + 4).ok_or_else(short)?).ok_or_else(short)?,
        ))
    };
    let ndim = usize::try_from(word(0)?).map_err(|_| short())?;
    let mut dims = Vec::with_capacity(ndim);
    for d in 0..ndim {
        dims.push(usize::try_from(word(12 + 8 * d)?).map_err(|_| short())?);
    }
    let mut at = 12 + 8 * ndim;
    let mut elems = Vec::new();
    let total = if ndim == 0 {
        0
    } else {
        dims.iter()
            .try_fold(1usize, |a, d| a.checked_mul(*d))
            .ok_or_else(short)?
    };
    for _ in 0..total {
        let len = word(at)?;
        at += 4;
        let v = if len < 0 {
            SqlValue::Null
        } else {
            let len = len as usize;
            let bytes = raw.get(at..at + len).ok_or_else(short)?;
            at += len;
            Cell::from_sql(member, bytes)?.0
        };
        elems.push(v);
    }
    let mut out = String::new();
    let mut next = elems.iter();
    write_dims(&dims, &mut next, &mut out);
    if ndim == 0 {
        out.push_str("[]");
    }
    Ok(out)
}

fn write_dims<'a>(
    dims: &[usize],
    elems: &mut impl Iterator<Item = &'a SqlValue>,
    out: &mut String,
) {
    let Some((&n, inner)) = dims.split_first() else {
        return;
    };
    out.push('[');
    for i in 0..n {
        if i > 0 {
            out.push(',');
        }
        if inner.is_empty() {
            match elems.next() {
                Some(v) => write_json(v, out),
                None => out.push_str("null"),
            }
        } else {
            write_dims(inner, elems, out);
        }
    }
    out.push(']');
}

fn write_json(v: &SqlValue, out: &mut String) {
    match v {
        SqlValue::Null => out.push_str("null"),
        SqlValue::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        SqlValue::Int(i) => out.push_str(&i.to_string()),
        SqlValue::Float(f) if f.is_finite() => out.push_str(&f.to_string()),
        SqlValue::Float(_) => out.push_str("null"),
        SqlValue::Json(j) => out.push_str(j),
        SqlValue::Text(s) | SqlValue::Timestamp(s) => write_json_string(s, out),
        SqlValue::Bytes(b) => {
            let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
            write_json_string(&format!("\\x{hex}"), out)
        }
    }
}

fn write_json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn fixed<const N: usize>(raw: &[u8]) -> Option<[u8; N]> {
    raw.try_into().ok()
}

// numeric: i16 ndigits, i16 weight, u16 sign, u16 dscale, then ndigits
// base-10000 digits, the first worth 10000^weight.

const NUMERIC_NEG: u16 = 0x4000;
const NUMERIC_NAN: u16 = 0xC000;
const NUMERIC_PINF: u16 = 0xD000;
const NUMERIC_NINF: u16 = 0xF000;

fn numeric_to_string(raw: &[u8]) -> Option<String> {
    let word = |i: usize| raw.get(i..i + 2).map(|b| u16::from_be_bytes([b[0], b[1]]));
    let ndigits = word(0)? as usize;
    let weight = word(2)? as i16 as i64;
    let sign = word(4)?;
    let dscale = word(6)? as usize;
    match sign {
        NUMERIC_NAN => return Some("NaN".into()),
        NUMERIC_PINF => return Some("Infinity".into()),
        NUMERIC_NINF => return Some("-Infinity".into()),
        _ => {}
    }
    let digits = (0..ndigits)
        .map(|i| word(8 + 2 * i))
        .collect::<Option<Vec<u16>>>()?;
    let digit = |j: i64| {
        if j >= 0 {
            digits.get(j as usize).copied().unwrap_or(0)
        } else {
            0
        }
    };
    let mut s = String::new();
    if sign == NUMERIC_NEG {
        s.push('-');
    }
    if weight < 0 {
        s.push('0');
    } else {
        for j in 0..=weight {
            if j == 0 {
                s.push_str(&digit(j).to_string());
            } else {
                s.push_str(&format!("{:04}", digit(j)));
            }
        }
    }
    if dscale > 0 {
        s.push('.');
        let mut frac = String::new();
        let mut j = weight + 1;
        while frac.len() < dscale {
            frac.push_str(&format!("{:04}", digit(j)));
            j += 1;
        }
        frac.truncate(dscale);
        s.push_str(&frac);
    }
    Some(s)
}

fn put_numeric(s: &str, out: &mut BytesMut) -> Result<(), BoxError> {
    let header = |out: &mut BytesMut, sign: u16| {
        out.put_i16(0);
        out.put_i16(0);
        out.put_u16(sign);
        out.put_u16(0);
    };
    let special = match s {
        "NaN" => Some(NUMERIC_NAN),
        "Infinity" | "inf" => Some(NUMERIC_PINF),
        "-Infinity" | "-inf" => Some(NUMERIC_NINF),
        _ => None,
    };
    if let Some(sign) = special {
        header(out, sign);
        return Ok(());
    }
    let bad = || BoxError::from(format!("{s:?} is not a decimal number"));
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    if int.is_empty() && frac.is_empty()
        || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
    {
        return Err(bad());
    }
    let dscale = u16::try_from(frac.len()).map_err(|_| bad())?;
    let int = int.trim_start_matches('0');
    // Pad both sides to whole base-10000 groups.
    let lead = (4 - int.len() % 4) % 4;
    let trail = (4 - frac.len() % 4) % 4;
    let all: Vec<u8> = std::iter::repeat_n(b'0', lead)
        .chain(int.bytes())
        .chain(frac.bytes())
        .chain(std::iter::repeat_n(b'0', trail))
        .collect();
    let mut groups: Vec<i16> = all
        .chunks(4)
        .map(|c| c.iter().fold(0i16, |a, d| a * 10 + (d - b'0') as i16))
        .collect();
    let mut weight = ((lead + int.len()) / 4) as i64 - 1;
    let leading_zeros = groups.iter().take_while(|g| **g == 0).count();
    groups.drain(..leading_zeros);
    weight -= leading_zeros as i64;
    while groups.last() == Some(&0) {
        groups.pop();
    }
    if groups.is_empty() {
        weight = 0;
    }
    let ndigits = i16::try_from(groups.len()).map_err(|_| bad())?;
    let weight = i16::try_from(weight).map_err(|_| bad())?;
    out.put_i16(ndigits);
    out.put_i16(weight);
    out.put_u16(if neg && !groups.is_empty() {
        NUMERIC_NEG
    } else {
        0
    });
    out.put_u16(dscale);
    for g in groups {
        out.put_i16(g);
    }
    Ok(())
}

// Dates and times: PostgreSQL counts from 2000-01-01 (days for date,
// microseconds for timestamps), which is day 10957 of the Unix epoch.

const PG_EPOCH_DAYS: i64 = 10_957;
const MICROS_PER_DAY: i64 = 86_400_000_000;

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
/// `days_from_civil`).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + (m <= 2) as i64, m, d)
}

fn format_date(days: i32) -> String {
    match days {
        i32::MAX => "infinity".into(),
        i32::MIN => "-infinity".into(),
        _ => {
            let (y, m, d) = civil_from_days(days as i64 + PG_EPOCH_DAYS);
            format!("{y:04}-{m:02}-{d:02}")
        }
    }
}

fn format_timestamp(micros: i64) -> String {
    match micros {
        i64::MAX => return "infinity".into(),
        i64::MIN => return "-infinity".into(),
        _ => {}
    }
    // Milliseconds since 1970 (floored, as the text keeps three digits),
    // written without `format!`: a result carries one per row and column.
    crate::sqlite::iso_from_millis(micros.div_euclid(1000) + PG_EPOCH_DAYS * 86_400_000)
}

/// [`format_timestamp`] through `format!`, the tests' reference.
#[cfg(test)]
fn format_timestamp_reference(micros: i64) -> String {
    let days = micros.div_euclid(MICROS_PER_DAY);
    let in_day = micros.rem_euclid(MICROS_PER_DAY);
    let (y, m, d) = civil_from_days(days + PG_EPOCH_DAYS);
    let secs = in_day / 1_000_000;
    let ms = in_day % 1_000_000 / 1000;
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{ms:03}Z",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// `YYYY-MM-DD` -> days since 2000-01-01.
fn parse_date(s: &str) -> Option<i32> {
    match s {
        "infinity" => return Some(i32::MAX),
        "-infinity" => return Some(i32::MIN),
        _ => {}
    }
    let days = parse_ymd(s.get(..10)?)?;
    if s.len() != 10 {
        return None;
    }
    i32::try_from(days - PG_EPOCH_DAYS).ok()
}

/// Days since 1970-01-01 of `YYYY-MM-DD`, checked.
fn parse_ymd(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i64 = num(&s[0..4])?;
    let m: i64 = num(&s[5..7])?;
    let d: i64 = num(&s[8..10])?;
    let days = days_from_civil(y, m, d);
    (civil_from_days(days) == (y, m, d)).then_some(days)
}

fn num(s: &str) -> Option<i64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// ISO 8601 (`2026-01-02T03:04:05.678Z`, a space for the `T`, seconds and
/// fraction optional, `Z` or `±HH[:MM]` or nothing for UTC, or a date alone)
/// -> microseconds since 2000-01-01 UTC.
fn parse_timestamp(s: &str) -> Option<i64> {
    match s {
        "infinity" => return Some(i64::MAX),
        "-infinity" => return Some(i64::MIN),
        _ => {}
    }
    let days = parse_ymd(s.get(..10)?)?;
    let mut micros = (days - PG_EPOCH_DAYS) * MICROS_PER_DAY;
    let rest = &s[10..];
    if rest.is_empty() {
        return Some(micros);
    }
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    // The clock runs to the zone (or the end).
    let zone_at = rest.find(['Z', 'z', '+', '-']).unwrap_or(rest.len());
    let (clock, zone) = rest.split_at(zone_at);
    let mut parts = clock.splitn(3, ':');
    let h = num(parts.next()?)?;
    let mi = num(parts.next()?)?;
    let (sec, frac) = match parts.next() {
        Some(sf) => match sf.split_once('.') {
            Some((s, f)) => (num(s)?, f),
            None => (num(sf)?, ""),
        },
        None => (0, ""),
    };
    if h > 24 || mi > 59 || sec > 60 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let frac_micros = format!("{frac:0<6}").get(..6)?.parse::<i64>().ok()?;
    micros += ((h * 60 + mi) * 60 + sec) * 1_000_000 + frac_micros;
    let offset_min = match zone {
        "" | "Z" | "z" => 0,
        _ => {
            let sign = if zone.starts_with('-') { -1 } else { 1 };
            let z = &zone[1..];
            let (zh, zm) = match z.split_once(':') {
                Some((a, b)) => (num(a)?, num(b)?),
                None if z.len() == 4 => (num(z.get(..2)?)?, num(z.get(2..)?)?),
                None => (num(z)?, 0),
            };
            sign * (zh * 60 + zm)
        }
    };
    Some(micros - offset_min * 60_000_000)
}

fn parse_uuid(s: &str) -> Option<[u8; 16]> {
    let s = s.trim().trim_start_matches('{').trim_end_matches('}');
    let hex: Vec<u8> = s.bytes().filter(|b| *b != b'-').collect();
    if hex.len() != 32 {
        return None;
    }
    let mut out = [0u8; 16];
    for (i, pair) in hex.chunks(2).enumerate() {
        out[i] = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
    }
    Some(out)
}

fn format_uuid(b: &[u8; 16]) -> String {
    let mut s = String::with_capacity(36);
    for (i, byte) in b.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            s.push('-');
        }
        s.push_str(&format!("{byte:02x}"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numeric_round_trip(s: &str) -> String {
        let mut b = BytesMut::new();
        put_numeric(s, &mut b).unwrap();
        numeric_to_string(&b).unwrap()
    }

    #[test]
    fn numeric() {
        for s in [
            "0",
            "1",
            "12.50",
            "-12.50",
            "10000",
            "123456789.000123",
            "0.0001",
            "0.00001",
            "-0.5",
            "99999999999999999999.99",
            "NaN",
        ] {
            assert_eq!(numeric_round_trip(s), s);
        }
        assert_eq!(numeric_round_trip("007.10"), "7.10");
        assert!(put_numeric("1e5", &mut BytesMut::new()).is_err());
        assert!(put_numeric("", &mut BytesMut::new()).is_err());
        assert!(put_numeric(".", &mut BytesMut::new()).is_err());
    }

    #[test]
    fn timestamps() {
        let t = parse_timestamp("2026-01-02T03:04:05.678Z").unwrap();
        assert_eq!(format_timestamp(t), "2026-01-02T03:04:05.678Z");
        assert_eq!(format_timestamp(0), "2000-01-01T00:00:00.000Z");
        assert_eq!(format_timestamp(-1), "1999-12-31T23:59:59.999Z");
        // The fast path against format!, across the range PostgreSQL
        // stores (4713 BC to 294276 AD) and the extremes.
        let mut t: i64 = -211_813_488_000_000_000;
        while t < 9_200_000_000_000_000_000 {
            assert_eq!(format_timestamp(t), format_timestamp_reference(t), "{t}");
            t = t.saturating_add(987_654_321_123_457);
        }
        for t in [i64::MIN + 1, i64::MAX - 1, -1, 0, 1, 999, 1000, -999, -1001] {
            assert_eq!(format_timestamp(t), format_timestamp_reference(t), "{t}");
        }
        assert_eq!(
            parse_timestamp("2026-01-02 05:04:05+02:00"),
            parse_timestamp("2026-01-02T03:04:05Z")
        );
        assert_eq!(
            parse_timestamp("2026-01-02T03:04:05-0130"),
            parse_timestamp("2026-01-02T04:34:05Z")
        );
        assert_eq!(
            parse_timestamp("2026-01-02"),
            parse_timestamp("2026-01-02T00:00")
        );
        assert_eq!(parse_timestamp("2026-02-30T00:00:00Z"), None);
        assert_eq!(parse_timestamp("garbage"), None);
        assert_eq!(
            parse_date("2024-02-29").map(format_date).as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(parse_date("1999-12-31"), Some(-1));
    }

    #[test]
    fn uuid() {
        let u = parse_uuid("A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11").unwrap();
        assert_eq!(format_uuid(&u), "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
        assert!(parse_uuid("xyz").is_none());
    }
}
