//! Date arithmetic over time values (ms since the epoch, f64, NaN for an
//! invalid date) as ECMAScript and V8 define it, and the local time zone.
//!
//! The local zone is a process-wide fixed offset (UTC by default). IANA
//! names are accepted for zones without daylight saving time today, with
//! today's offset applied to every date (historical offsets, such as
//! Saigon's +08:00 before 1975, are not modelled); zones with DST are not
//! supported.

use std::borrow::Cow;
use std::sync::RwLock;

pub const MS_PER_DAY: f64 = 86_400_000.0;
/// TimeClip bound: ±100,000,000 days around the epoch.
pub const MAX_TIME: f64 = 8.64e15;
/// Local times may stray ten days past [`MAX_TIME`] before conversion to
/// UTC (V8's `kMaxTimeBeforeUTCInMs`).
pub const MAX_TIME_BEFORE_UTC: f64 = 8.64e15 + 864_000_000.0;

/// A fixed-offset local time zone and its long name (as in `toString`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalZone {
    /// Minutes east of UTC (`+07:00` is 420).
    pub offset_minutes: i32,
    /// Shown in parentheses by `toString`: `Coordinated Universal Time`.
    pub name: Cow<'static, str>,
}

/// Zones without DST today: IANA name, offset in minutes, ICU's long name.
const KNOWN_ZONES: &[(&str, i32, &str)] = &[
    ("Asia/Ho_Chi_Minh", 420, "Indochina Time"),
    ("Asia/Saigon", 420, "Indochina Time"),
    ("Asia/Bangkok", 420, "Indochina Time"),
    ("Asia/Jakarta", 420, "Western Indonesia Time"),
    ("Asia/Singapore", 480, "Singapore Standard Time"),
    ("Asia/Shanghai", 480, "China Standard Time"),
    ("Asia/Hong_Kong", 480, "Hong Kong Standard Time"),
    ("Asia/Taipei", 480, "Taiwan Standard Time"),
    ("Asia/Manila", 480, "Philippine Standard Time"),
    ("Asia/Kuala_Lumpur", 480, "Malaysia Time"),
    ("Asia/Tokyo", 540, "Japan Standard Time"),
    ("Asia/Seoul", 540, "Korean Standard Time"),
    ("Asia/Kolkata", 330, "India Standard Time"),
    ("Asia/Dubai", 240, "Gulf Standard Time"),
    ("Asia/Karachi", 300, "Pakistan Standard Time"),
    ("Asia/Dhaka", 360, "Bangladesh Standard Time"),
    ("Asia/Riyadh", 180, "Arabian Standard Time"),
    ("Africa/Lagos", 60, "West Africa Time"),
    ("Africa/Nairobi", 180, "East Africa Time"),
    ("Africa/Johannesburg", 120, "South Africa Standard Time"),
    ("America/Bogota", -300, "Colombia Standard Time"),
    ("America/Lima", -300, "Peru Standard Time"),
    ("America/Sao_Paulo", -180, "Brasilia Standard Time"),
    ("Europe/Moscow", 180, "Moscow Standard Time"),
    ("Europe/Istanbul", 180, "Türkiye Standard Time"),
    ("UTC", 0, "Coordinated Universal Time"),
    ("Etc/UTC", 0, "Coordinated Universal Time"),
    ("GMT", 0, "Greenwich Mean Time"),
    ("Etc/GMT", 0, "Greenwich Mean Time"),
];

impl LocalZone {
    pub const UTC: LocalZone = LocalZone {
        offset_minutes: 0,
        name: Cow::Borrowed("Coordinated Universal Time"),
    };

    /// A zone from configuration: one of the IANA names without DST listed
    /// in this file, or a fixed offset `+07:00` / `-0530` / `+7` (named
    /// `GMT+07:00` as ICU names `Etc/GMT-7`). `None` for anything else.
    pub fn parse(spec: &str) -> Option<LocalZone> {
        let spec = spec.trim();
        if let Some(&(_, off, name)) = KNOWN_ZONES.iter().find(|(n, _, _)| *n == spec) {
            return Some(LocalZone {
                offset_minutes: off,
                name: Cow::Borrowed(name),
            });
        }
        let (sign, rest) = match spec.as_bytes().first()? {
            b'+' => (1, &spec[1..]),
            b'-' => (-1, &spec[1..]),
            _ => return None,
        };
        let digits: String = rest.chars().filter(|c| *c != ':').collect();
        if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let (h, m) = if digits.len() <= 2 {
            (digits.parse::<i32>().ok()?, 0)
        } else {
            let (h, m) = digits.split_at(digits.len() - 2);
            (h.parse::<i32>().ok()?, m.parse::<i32>().ok()?)
        };
        if h > 14 || m > 59 {
            return None;
        }
        let offset_minutes = sign * (h * 60 + m);
        if offset_minutes == 0 {
            return Some(LocalZone::UTC);
        }
        let s = if offset_minutes < 0 { '-' } else { '+' };
        Some(LocalZone {
            offset_minutes,
            name: Cow::Owned(format!("GMT{s}{h:02}:{m:02}")),
        })
    }
}

static ZONE: RwLock<LocalZone> = RwLock::new(LocalZone::UTC);

/// Sets the process-wide local time zone (server configuration).
pub fn set_local_zone(zone: LocalZone) {
    match ZONE.write() {
        Ok(mut z) => *z = zone,
        Err(poisoned) => *poisoned.into_inner() = zone,
    }
}

/// The current local time zone.
pub fn local_zone() -> LocalZone {
    match ZONE.read() {
        Ok(z) => z.clone(),
        Err(poisoned) => poisoned.into_inner().clone(),
    }
}

/// Offset of local time from UTC in ms.
pub fn local_offset_ms() -> f64 {
    let m = match ZONE.read() {
        Ok(z) => z.offset_minutes,
        Err(poisoned) => poisoned.into_inner().offset_minutes,
    };
    m as f64 * 60_000.0
}

/// LocalTime(t).
pub fn local_time(t: f64) -> f64 {
    t + local_offset_ms()
}

/// UTC(t) of a local time value.
pub fn utc_time(t: f64) -> f64 {
    t - local_offset_ms()
}

/// ToIntegerOrInfinity of a number (NaN is 0), without -0.
pub fn to_integer(n: f64) -> f64 {
    if n.is_nan() {
        0.0
    } else {
        n.trunc() + 0.0
    }
}

/// TimeClip.
pub fn time_clip(t: f64) -> f64 {
    if t.abs() <= MAX_TIME {
        to_integer(t)
    } else {
        f64::NAN
    }
}

/// Days from 1970-01-01 to the civil date (proleptic Gregorian; `m` 1-12).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date (year, month 0-11, day 1-31) of a day number.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m - 1, d)
}

/// The broken-down fields of a finite time value.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Fields {
    pub year: i64,
    /// 0-11.
    pub month: u32,
    /// 1-31.
    pub day: u32,
    /// 0 (Sunday) - 6.
    pub weekday: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    pub ms: u32,
}

/// Fields of a time value; `None` for NaN or infinities.
pub fn fields(t: f64) -> Option<Fields> {
    if !t.is_finite() || t.abs() > 1e17 {
        return None;
    }
    let t = t as i64;
    let days = t.div_euclid(86_400_000);
    let in_day = t.rem_euclid(86_400_000);
    let (year, month, day) = civil_from_days(days);
    Some(Fields {
        year,
        month,
        day,
        weekday: (days + 4).rem_euclid(7) as u32,
        hour: (in_day / 3_600_000) as u32,
        minute: (in_day / 60_000 % 60) as u32,
        second: (in_day / 1000 % 60) as u32,
        ms: (in_day % 1000) as u32,
    })
}

/// Day(t).
pub fn day(t: f64) -> f64 {
    (t / MS_PER_DAY).floor()
}

/// TimeWithinDay(t).
pub fn time_within_day(t: f64) -> f64 {
    t.rem_euclid(MS_PER_DAY)
}

/// MakeTime (NaN unless every part is finite).
pub fn make_time(h: f64, m: f64, s: f64, ms: f64) -> f64 {
    if !(h.is_finite() && m.is_finite() && s.is_finite() && ms.is_finite()) {
        return f64::NAN;
    }
    to_integer(h) * 3_600_000.0 + to_integer(m) * 60_000.0 + to_integer(s) * 1000.0 + to_integer(ms)
}

/// MakeDay with V8's bounds (years within ±1,000,000, months within
/// ±10,000,000; anything beyond is NaN, as TimeClip would make it).
pub fn make_day(year: f64, month: f64, date: f64) -> f64 {
    if !((-1_000_000.0..=1_000_000.0).contains(&year)
        && (-10_000_000.0..=10_000_000.0).contains(&month)
        && date.is_finite())
    {
        return f64::NAN;
    }
    let (y, m) = (year as i64, month as i64);
    let y = y + m.div_euclid(12);
    let m = m.rem_euclid(12);
    days_from_civil(y, m + 1, 1) as f64 + to_integer(date) - 1.0
}

/// MakeDate.
pub fn make_date(day: f64, time: f64) -> f64 {
    if !(day.is_finite() && time.is_finite()) {
        return f64::NAN;
    }
    day * MS_PER_DAY + time
}

/// A local time value to a UTC time value, NaN when out of range (V8's
/// check before the zone conversion), then TimeClip.
pub fn local_to_clipped_utc(t: f64) -> f64 {
    if t.abs() <= MAX_TIME_BEFORE_UTC {
        time_clip(utc_time(t))
    } else {
        f64::NAN
    }
}

/// Years 0-99 given to the constructor or `Date.UTC` mean 1900-1999.
pub fn full_year(y: f64) -> f64 {
    if y.is_nan() {
        return y;
    }
    let i = to_integer(y);
    if (0.0..=99.0).contains(&i) {
        1900.0 + i
    } else {
        y
    }
}
