//! The `Date` header value, formatted once per second.
//!
//! Hand-written rather than the `httpdate` crate: the engine asks for the
//! date on every response, and this keeps the formatted bytes in place and
//! reformats only when the second changes, with no allocation.

use std::time::{SystemTime, UNIX_EPOCH};

/// Length of an IMF-fixdate: `Sun, 06 Nov 1994 08:49:37 GMT`.
pub const DATE_LEN: usize = 29;

/// The current IMF-fixdate, reformatted when the second changes. The engine
/// keeps one per shard (it is not `Sync` state to share across cores).
#[derive(Clone, Debug)]
pub struct DateCache {
    secs: u64,
    bytes: [u8; DATE_LEN],
    /// Set by [`DateCache::fixed`]: `now` keeps this date.
    fixed: bool,
}

impl Default for DateCache {
    fn default() -> Self {
        Self::new()
    }
}

impl DateCache {
    /// A cache holding the current time.
    pub fn new() -> Self {
        let mut cache = Self::fixed(0);
        cache.fixed = false;
        cache.now();
        cache
    }

    /// A cache whose `now` is always `unix_secs` (for reproducible output in
    /// tests and golden files).
    pub fn fixed(unix_secs: u64) -> Self {
        let mut bytes = [0; DATE_LEN];
        format_imf(unix_secs, &mut bytes);
        DateCache {
            secs: unix_secs,
            bytes,
            fixed: true,
        }
    }

    /// The date for the current second (reads the system clock, a vDSO call,
    /// and formats only when the second changed).
    pub fn now(&mut self) -> &[u8; DATE_LEN] {
        if self.fixed {
            return &self.bytes;
        }
        let secs = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        self.at(secs)
    }

    /// Sets the cache to `unix_secs` (seconds since 1970-01-01 UTC) and
    /// returns its date.
    pub fn at(&mut self, unix_secs: u64) -> &[u8; DATE_LEN] {
        if unix_secs != self.secs {
            self.secs = unix_secs;
            format_imf(unix_secs, &mut self.bytes);
        }
        &self.bytes
    }
}

const DAYS: [&[u8; 3]; 7] = [b"Thu", b"Fri", b"Sat", b"Sun", b"Mon", b"Tue", b"Wed"];
const MONTHS: [&[u8; 3]; 12] = [
    b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec",
];

/// Formats `secs` as IMF-fixdate into `out`. Years past 9999 are clamped to
/// 9999 (the format has four digits).
fn format_imf(secs: u64, out: &mut [u8; DATE_LEN]) {
    let days = secs / 86_400;
    let rem = secs % 86_400;
    let (hour, min, sec) = (rem / 3600, (rem % 3600) / 60, rem % 60);
    let weekday = DAYS[(days % 7) as usize];
    let (year, month, day) = civil_from_days(days);
    let year = year.min(9999);
    out[0..3].copy_from_slice(weekday);
    out[3..5].copy_from_slice(b", ");
    two(&mut out[5..7], day);
    out[7] = b' ';
    out[8..11].copy_from_slice(MONTHS[(month - 1) as usize]);
    out[11] = b' ';
    two(&mut out[12..14], year / 100);
    two(&mut out[14..16], year % 100);
    out[16] = b' ';
    two(&mut out[17..19], hour);
    out[19] = b':';
    two(&mut out[20..22], min);
    out[22] = b':';
    two(&mut out[23..25], sec);
    out[25..29].copy_from_slice(b" GMT");
}

fn two(out: &mut [u8], v: u64) {
    out[0] = b'0' + (v / 10 % 10) as u8;
    out[1] = b'0' + (v % 10) as u8;
}

/// Days since 1970-01-01 to (year, month 1..=12, day 1..=31), after Howard
/// Hinnant's `civil_from_days`, for non-negative day counts.
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates() {
        let mut c = DateCache::new();
        assert_eq!(DateCache::fixed(0).now(), b"Thu, 01 Jan 1970 00:00:00 GMT");
        assert_eq!(c.at(0), b"Thu, 01 Jan 1970 00:00:00 GMT");
        assert_eq!(c.at(784_111_777), b"Sun, 06 Nov 1994 08:49:37 GMT");
        assert_eq!(c.at(951_782_400), b"Tue, 29 Feb 2000 00:00:00 GMT");
        assert_eq!(c.at(1_700_000_000), b"Tue, 14 Nov 2023 22:13:20 GMT");
        assert_eq!(c.at(4_102_444_799), b"Thu, 31 Dec 2099 23:59:59 GMT");
        // Far future: clamped year, no panic.
        let _ = c.at(u64::MAX);
    }
}
