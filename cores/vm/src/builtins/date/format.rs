//! The string forms of a time value, exactly as node 20 prints them:
//! `toString` and its date/time halves, `toUTCString`, `toISOString`, and
//! the en-US `toLocale*String` forms (other locales and options are not
//! supported and print as en-US).

use super::calendar::{fields, local_offset_ms, local_time, local_zone, Fields};

const WEEKDAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

pub const INVALID: &str = "Invalid Date";

/// A year as V8's `%04d` (`-0001`, `0999`, `12345`).
fn year4(y: i64) -> String {
    if y < 0 {
        format!("-{:04}", -y)
    } else {
        format!("{y:04}")
    }
}

/// `Mon Jan 15 2024`.
fn date_part(f: &Fields) -> String {
    format!(
        "{} {} {:02} {}",
        WEEKDAYS[f.weekday as usize % 7],
        MONTHS[f.month as usize % 12],
        f.day,
        year4(f.year)
    )
}

/// `10:30:00 GMT+0700 (Indochina Time)`.
fn time_part(f: &Fields) -> String {
    let zone = local_zone();
    let off = zone.offset_minutes;
    let sign = if off < 0 { '-' } else { '+' };
    let a = off.unsigned_abs();
    format!(
        "{:02}:{:02}:{:02} GMT{sign}{:02}{:02} ({})",
        f.hour,
        f.minute,
        f.second,
        a / 60,
        a % 60,
        zone.name
    )
}

/// Fields of the local time of `t`, `None` for an invalid date.
fn local_fields(t: f64) -> Option<Fields> {
    if t.is_nan() {
        return None;
    }
    fields(local_time(t))
}

/// `Date.prototype.toString`: `Mon Jan 15 2024 10:30:00 GMT+0000
/// (Coordinated Universal Time)`, or `Invalid Date`.
pub fn date_to_string(t: f64) -> String {
    match local_fields(t) {
        Some(f) => format!("{} {}", date_part(&f), time_part(&f)),
        None => INVALID.into(),
    }
}

/// `toDateString`: `Mon Jan 15 2024`.
pub fn to_date_string(t: f64) -> String {
    local_fields(t).map_or_else(|| INVALID.into(), |f| date_part(&f))
}

/// `toTimeString`: `10:30:00 GMT+0000 (Coordinated Universal Time)`.
pub fn to_time_string(t: f64) -> String {
    local_fields(t).map_or_else(|| INVALID.into(), |f| time_part(&f))
}

/// `toUTCString`: `Mon, 15 Jan 2024 10:30:00 GMT`.
pub fn to_utc_string(t: f64) -> String {
    match fields(t) {
        Some(f) => format!(
            "{}, {:02} {} {} {:02}:{:02}:{:02} GMT",
            WEEKDAYS[f.weekday as usize % 7],
            f.day,
            MONTHS[f.month as usize % 12],
            year4(f.year),
            f.hour,
            f.minute,
            f.second
        ),
        None => INVALID.into(),
    }
}

/// `toISOString`: `2024-01-15T10:30:00.000Z`, six-digit signed years
/// outside 0-9999; `None` for an invalid date (a RangeError).
pub fn to_iso_string(t: f64) -> Option<String> {
    let mut buf = [0u8; ISO_MAX];
    let b = iso_ascii(t, &mut buf)?;
    // ASCII digits and separators only.
    Some(b.iter().map(|&c| c as char).collect())
}

/// Room for any `toISOString` text: the longest of a valid date is
/// `+275760-09-13T00:00:00.000Z` (27); `fields` takes years up to seven digits.
pub const ISO_MAX: usize = 32;

/// The text `to_iso_string` returns, written into `buf`: no allocation
/// (`new Date().toISOString()` runs once per response on the hot path).
pub fn iso_ascii(t: f64, buf: &mut [u8; ISO_MAX]) -> Option<&[u8]> {
    let f = fields(t)?;
    let at = if (0..=9999).contains(&f.year) {
        let y = f.year as usize;
        two(buf, 0, y / 100);
        two(buf, 2, y % 100);
        4
    } else {
        // Signed, at least six digits (more only past a valid time value).
        buf[0] = if f.year < 0 { b'-' } else { b'+' };
        let mut y = f.year.unsigned_abs();
        let mut width = 6;
        while width < 10 && y >= 10u64.pow(width as u32) {
            width += 1;
        }
        for i in (1..=width).rev() {
            buf[i] = b'0' + (y % 10) as u8;
            y /= 10;
        }
        width + 1
    };
    let tail = &mut buf[at..at + 20];
    tail.copy_from_slice(b"-00-00T00:00:00.000Z");
    two(tail, 1, f.month as usize + 1);
    two(tail, 4, f.day as usize);
    two(tail, 7, f.hour as usize);
    two(tail, 10, f.minute as usize);
    two(tail, 13, f.second as usize);
    let ms = f.ms as usize;
    tail[16] = b'0' + (ms / 100 % 10) as u8;
    two(tail, 17, ms % 100);
    Some(&buf[..at + 20])
}

/// `n` (below 100) as two digits at `b[at..at + 2]`.
#[inline]
fn two(b: &mut [u8], at: usize, n: usize) {
    let d = crate::number::DIGITS2;
    let n = n % 100;
    b[at] = d[2 * n];
    b[at + 1] = d[2 * n + 1];
}

/// The en-US year: ICU shows the era year (1 BC is year 0) without the era.
fn locale_year(y: i64) -> i64 {
    if y <= 0 {
        1 - y
    } else {
        y
    }
}

fn locale_date(f: &Fields) -> String {
    format!("{}/{}/{}", f.month + 1, f.day, locale_year(f.year))
}

fn locale_time(f: &Fields) -> String {
    let h12 = match f.hour % 12 {
        0 => 12,
        h => h,
    };
    let ampm = if f.hour < 12 { "AM" } else { "PM" };
    format!("{h12}:{:02}:{:02} {ampm}", f.minute, f.second)
}

/// `toLocaleString()` in en-US: `1/15/2024, 10:30:00 AM`.
pub fn to_locale_string(t: f64) -> String {
    match local_fields(t) {
        Some(f) => format!("{}, {}", locale_date(&f), locale_time(&f)),
        None => INVALID.into(),
    }
}

/// `toLocaleDateString()` in en-US: `1/15/2024`.
pub fn to_locale_date_string(t: f64) -> String {
    local_fields(t).map_or_else(|| INVALID.into(), |f| locale_date(&f))
}

/// `toLocaleTimeString()` in en-US: `10:30:00 AM`.
pub fn to_locale_time_string(t: f64) -> String {
    local_fields(t).map_or_else(|| INVALID.into(), |f| locale_time(&f))
}

/// `getTimezoneOffset()`: minutes west of UTC.
pub fn timezone_offset(t: f64) -> f64 {
    if t.is_nan() {
        return f64::NAN;
    }
    -local_offset_ms() / 60_000.0 + 0.0
}
