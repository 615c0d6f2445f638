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
    let f = fields(t)?;
    // Digits written directly: `format!` cost more than the rest of a
    // request's date handling (`new Date().toISOString()` per response).
    let mut s = String::with_capacity(27);
    if (0..=9999).contains(&f.year) {
        push_padded(&mut s, f.year, 4);
    } else {
        s.push(if f.year < 0 { '-' } else { '+' });
        push_padded(&mut s, f.year.abs(), 6);
    }
    for (sep, v, width) in [
        ('-', f.month + 1, 2),
        ('-', f.day, 2),
        ('T', f.hour, 2),
        (':', f.minute, 2),
        (':', f.second, 2),
        ('.', f.ms, 3),
    ] {
        s.push(sep);
        push_padded(&mut s, v as i64, width);
    }
    s.push('Z');
    Some(s)
}

/// `n` (not negative) in decimal, zero-padded to at least `width` digits.
fn push_padded(s: &mut String, n: i64, width: usize) {
    let mut buf = [b'0'; 20];
    let mut at = buf.len();
    let mut m = n.unsigned_abs();
    while m > 0 || buf.len() - at < width {
        at -= 1;
        buf[at] = b'0' + (m % 10) as u8;
        m /= 10;
    }
    s.extend(buf[at..].iter().map(|&b| b as char));
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
