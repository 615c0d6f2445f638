//! `Date.parse`: V8's date parser, so exactly the strings node accepts
//! parse, to the same time values. First the ES5 ISO 8601 format
//! (`2024-01-15T10:30:45.123Z`, `+002024-01-15`, date-only forms are UTC,
//! date-times without an offset local); whatever it leaves over goes to
//! the legacy parser (`Mon, 15 Jan 2024 10:30:00 GMT`, `Jan 15 2024`,
//! `2024/01/15 10:30 PM` ...): numbers followed by `:` are times, other
//! numbers date parts, month names and zone names (UT, UTC, GMT, Z, the US
//! zones) are keywords, parenthesized text is skipped, and a word after
//! the first number makes the string invalid.

use super::calendar::{local_to_clipped_utc, make_date, make_day, make_time, time_clip, MAX_TIME};
use crate::number::is_js_space;

/// A missing component (V8's `kNone`).
const NONE: i32 = i32::MAX;
/// Digits of a numeral that count; the rest are skipped.
const MAX_SIGNIFICANT_DIGITS: usize = 9;

fn between(x: i32, lo: i32, hi: i32) -> bool {
    (x as i64) >= lo as i64 && (x as i64) <= hi as i64
}
fn is_month(x: i32) -> bool {
    between(x, 1, 12)
}
fn is_day(x: i32) -> bool {
    between(x, 1, 31)
}
fn is_hour(x: i32) -> bool {
    between(x, 0, 23)
}
fn is_minute(x: i32) -> bool {
    between(x, 0, 59)
}
fn is_second(x: i32) -> bool {
    between(x, 0, 59)
}
fn is_hour12(x: i32) -> bool {
    between(x, 0, 12)
}
fn is_millisecond(x: i32) -> bool {
    between(x, 0, 999)
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum KeywordType {
    Invalid,
    MonthName,
    TimeZoneName,
    TimeSeparator,
    AmPm,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Tok {
    Invalid,
    Unknown,
    WhiteSpace,
    Number(i32),
    Symbol(u8),
    EndOfInput,
    Keyword(KeywordType, i32),
}

#[derive(Copy, Clone, Debug)]
struct Token {
    tok: Tok,
    /// Characters in the token (digits of a number, letters of a word).
    len: usize,
}

impl Token {
    fn is_number(&self) -> bool {
        matches!(self.tok, Tok::Number(_))
    }
    fn number(&self) -> i32 {
        match self.tok {
            Tok::Number(n) => n,
            _ => 0,
        }
    }
    fn is_fixed_number(&self, len: usize) -> bool {
        self.is_number() && self.len == len
    }
    fn is_symbol(&self, c: u8) -> bool {
        self.tok == Tok::Symbol(c)
    }
    fn is_sign(&self) -> bool {
        self.is_symbol(b'+') || self.is_symbol(b'-')
    }
    fn sign(&self) -> i32 {
        if self.is_symbol(b'-') {
            -1
        } else {
            1
        }
    }
    fn is_keyword_type(&self, t: KeywordType) -> bool {
        matches!(self.tok, Tok::Keyword(k, _) if k == t)
    }
    fn is_keyword_z(&self) -> bool {
        self.tok == Tok::Keyword(KeywordType::TimeZoneName, 0) && self.len == 1
    }
    fn simple(tok: Tok) -> Token {
        Token { tok, len: 0 }
    }
}

/// Words that mean something: three-letter prefix, type, value.
const KEYWORDS: &[(&[u8; 3], KeywordType, i32)] = &[
    (b"jan", KeywordType::MonthName, 1),
    (b"feb", KeywordType::MonthName, 2),
    (b"mar", KeywordType::MonthName, 3),
    (b"apr", KeywordType::MonthName, 4),
    (b"may", KeywordType::MonthName, 5),
    (b"jun", KeywordType::MonthName, 6),
    (b"jul", KeywordType::MonthName, 7),
    (b"aug", KeywordType::MonthName, 8),
    (b"sep", KeywordType::MonthName, 9),
    (b"oct", KeywordType::MonthName, 10),
    (b"nov", KeywordType::MonthName, 11),
    (b"dec", KeywordType::MonthName, 12),
    (b"am\0", KeywordType::AmPm, 0),
    (b"pm\0", KeywordType::AmPm, 12),
    (b"ut\0", KeywordType::TimeZoneName, 0),
    (b"utc", KeywordType::TimeZoneName, 0),
    (b"z\0\0", KeywordType::TimeZoneName, 0),
    (b"gmt", KeywordType::TimeZoneName, 0),
    (b"cdt", KeywordType::TimeZoneName, -5),
    (b"cst", KeywordType::TimeZoneName, -6),
    (b"edt", KeywordType::TimeZoneName, -4),
    (b"est", KeywordType::TimeZoneName, -5),
    (b"mdt", KeywordType::TimeZoneName, -6),
    (b"mst", KeywordType::TimeZoneName, -7),
    (b"pdt", KeywordType::TimeZoneName, -7),
    (b"pst", KeywordType::TimeZoneName, -8),
    (b"t\0\0", KeywordType::TimeSeparator, 0),
];

/// Keyword of a word's lower-cased prefix; longer words only for months.
fn lookup_keyword(prefix: [u32; 3], len: usize) -> (KeywordType, i32) {
    for (p, ty, v) in KEYWORDS {
        if p.iter().zip(prefix.iter()).all(|(&a, &b)| a as u32 == b)
            && (len <= 3 || *ty == KeywordType::MonthName)
        {
            return (*ty, *v);
        }
    }
    (KeywordType::Invalid, 0)
}

/// Characters one at a time; NUL (like the end) stops the input, as in V8.
struct Reader<'a> {
    s: &'a [u16],
    /// Index of the character after `ch`.
    index: usize,
    ch: u32,
}

impl<'a> Reader<'a> {
    fn new(s: &'a [u16]) -> Reader<'a> {
        let mut r = Reader { s, index: 0, ch: 0 };
        r.next();
        r
    }
    fn next(&mut self) {
        self.ch = self.s.get(self.index).map_or(0, |&c| c as u32);
        self.index += 1;
    }
    fn position(&self) -> usize {
        self.index
    }
    fn is_end(&self) -> bool {
        self.ch == 0
    }
    fn is_digit(&self) -> bool {
        (b'0' as u32..=b'9' as u32).contains(&self.ch)
    }
    /// Word characters: `A` and above, except white space (line
    /// terminators such as U+2028 do count as word characters).
    fn is_alpha_or_above(&self) -> bool {
        self.ch >= b'A' as u32
            && !(self.ch <= 0xFFFF
                && is_js_space(self.ch as u16)
                && !matches!(self.ch, 0x2028 | 0x2029))
    }
    fn skip(&mut self, c: u8) -> bool {
        if self.ch == c as u32 {
            self.next();
            true
        } else {
            false
        }
    }
    fn read_unsigned_numeral(&mut self) -> i32 {
        let mut n = 0i32;
        let mut i = 0;
        // Leading zeros are not significant digits.
        while self.ch == b'0' as u32 {
            self.next();
        }
        while self.is_digit() {
            if i < MAX_SIGNIFICANT_DIGITS {
                n = n * 10 + (self.ch - b'0' as u32) as i32;
            }
            i += 1;
            self.next();
        }
        n
    }
    fn read_word(&mut self) -> ([u32; 3], usize) {
        let mut prefix = [0u32; 3];
        let mut len = 0;
        while self.is_alpha_or_above() {
            if len < 3 {
                prefix[len] = self.ch | 0x20;
            }
            len += 1;
            self.next();
        }
        (prefix, len)
    }
    fn skip_white_space(&mut self) -> bool {
        if self.ch <= 0xFFFF && is_js_space(self.ch as u16) {
            self.next();
            true
        } else {
            false
        }
    }
    fn skip_parentheses(&mut self) -> bool {
        if self.ch != b'(' as u32 {
            return false;
        }
        let mut balance = 0i64;
        loop {
            if self.ch == b')' as u32 {
                balance -= 1;
            } else if self.ch == b'(' as u32 {
                balance += 1;
            }
            self.next();
            if !(balance > 0 && self.ch != 0) {
                break;
            }
        }
        true
    }
}

/// The tokenizer with one token of lookahead.
struct Scanner<'a> {
    input: Reader<'a>,
    next: Token,
}

impl<'a> Scanner<'a> {
    fn new(s: &'a [u16]) -> Scanner<'a> {
        let mut input = Reader::new(s);
        let next = Self::scan(&mut input);
        Scanner { input, next }
    }
    fn next(&mut self) -> Token {
        let t = self.next;
        self.next = Self::scan(&mut self.input);
        t
    }
    fn peek(&self) -> Token {
        self.next
    }
    fn skip_symbol(&mut self, c: u8) -> bool {
        if self.next.is_symbol(c) {
            self.next = Self::scan(&mut self.input);
            true
        } else {
            false
        }
    }
    fn scan(r: &mut Reader) -> Token {
        let pre = r.position();
        if r.is_end() {
            return Token::simple(Tok::EndOfInput);
        }
        if r.is_digit() {
            let n = r.read_unsigned_numeral();
            return Token {
                tok: Tok::Number(n),
                len: r.position() - pre,
            };
        }
        for c in [b':', b'-', b'+', b'.', b')'] {
            if r.skip(c) {
                return Token {
                    tok: Tok::Symbol(c),
                    len: 1,
                };
            }
        }
        if r.is_alpha_or_above() {
            let (prefix, len) = r.read_word();
            let (ty, v) = lookup_keyword(prefix, len);
            return Token {
                tok: Tok::Keyword(ty, v),
                len,
            };
        }
        if r.skip_white_space() {
            return Token {
                tok: Tok::WhiteSpace,
                len: r.position() - pre,
            };
        }
        if r.skip_parentheses() {
            return Token {
                tok: Tok::Unknown,
                len: 1,
            };
        }
        r.next();
        Token {
            tok: Tok::Unknown,
            len: 1,
        }
    }
}

struct TimeZone {
    sign: i32,
    hour: i32,
    minute: i32,
}

impl TimeZone {
    fn set(&mut self, offset_hours: i32) {
        self.sign = if offset_hours < 0 { -1 } else { 1 };
        self.hour = offset_hours * self.sign;
        self.minute = 0;
    }
    fn set_sign(&mut self, sign: i32) {
        self.sign = if sign < 0 { -1 } else { 1 };
    }
    fn is_expecting(&self, n: i32) -> bool {
        self.hour != NONE && self.minute == NONE && is_minute(n)
    }
    fn is_utc(&self) -> bool {
        self.hour == 0 && self.minute == 0
    }
    fn is_empty(&self) -> bool {
        self.hour == NONE
    }
    /// The offset in seconds, `Some(None)` for none given (local time),
    /// `None` when too large.
    fn write(&self) -> Option<Option<i32>> {
        if self.sign == NONE {
            return Some(None);
        }
        let h = if self.hour == NONE { 0 } else { self.hour };
        let m = if self.minute == NONE { 0 } else { self.minute };
        // Unsigned arithmetic as in V8 (wraps rather than overflows).
        let total = (h as u32)
            .wrapping_mul(3600)
            .wrapping_add((m as u32).wrapping_mul(60));
        if total > i32::MAX as u32 {
            return None;
        }
        let total = total as i32;
        Some(Some(if self.sign < 0 { -total } else { total }))
    }
}

struct Time {
    comp: [i32; 4],
    index: usize,
    hour_offset: i32,
}

impl Time {
    fn is_empty(&self) -> bool {
        self.index == 0
    }
    fn is_expecting(&self, n: i32) -> bool {
        (self.index == 1 && is_minute(n))
            || (self.index == 2 && is_second(n))
            || (self.index == 3 && is_millisecond(n))
    }
    fn add(&mut self, n: i32) -> bool {
        if self.index < 4 {
            self.comp[self.index] = n;
            self.index += 1;
            true
        } else {
            false
        }
    }
    fn add_final(&mut self, n: i32) -> bool {
        if !self.add(n) {
            return false;
        }
        while self.index < 4 {
            self.comp[self.index] = 0;
            self.index += 1;
        }
        true
    }
    /// Hour, minute, second, ms.
    fn write(&mut self) -> Option<[i32; 4]> {
        while self.index < 4 {
            self.comp[self.index] = 0;
            self.index += 1;
        }
        let [mut hour, minute, second, ms] = self.comp;
        if self.hour_offset != NONE {
            if !is_hour12(hour) {
                return None;
            }
            hour %= 12;
            hour += self.hour_offset;
        }
        if !(is_hour(hour) && is_minute(minute) && is_second(second) && is_millisecond(ms))
            && (hour != 24 || minute != 0 || second != 0 || ms != 0)
        {
            return None;
        }
        Some([hour, minute, second, ms])
    }
}

struct Day {
    comp: [i32; 3],
    index: usize,
    named_month: i32,
    iso: bool,
}

impl Day {
    fn is_empty(&self) -> bool {
        self.index == 0
    }
    fn add(&mut self, n: i32) -> bool {
        if self.index < 3 {
            self.comp[self.index] = n;
            self.index += 1;
            true
        } else {
            false
        }
    }
    /// Year, month (0-11), day.
    fn write(&mut self) -> Option<[i32; 3]> {
        if self.index < 1 {
            return None;
        }
        while self.index < 3 {
            self.comp[self.index] = 1;
            self.index += 1;
        }
        // V8 tests its index after this fill, so it always sees three
        // components: a lone number is a month and `Jan 15` is 2001.
        let n = self.index;
        let c = self.comp;
        let (mut year, month, day);
        if self.named_month == NONE {
            if self.iso || (n == 3 && !is_day(c[0])) {
                (year, month, day) = (c[0], c[1], c[2]);
            } else {
                (month, day) = (c[0], c[1]);
                year = if n == 3 { c[2] } else { 0 };
            }
        } else {
            month = self.named_month;
            if n == 1 {
                (year, day) = (0, c[0]);
            } else if !is_day(c[0]) {
                (year, day) = (c[0], c[1]);
            } else {
                (day, year) = (c[0], c[1]);
            }
        }
        if !self.iso {
            if between(year, 0, 49) {
                year += 2000;
            } else if between(year, 50, 99) {
                year += 1900;
            }
        }
        if !is_month(month) || !is_day(day) {
            return None;
        }
        Some([year, month - 1, day])
    }
}

/// V8's `ReadMilliseconds`: the first three significant digits.
fn read_milliseconds(t: Token) -> i32 {
    let mut n = t.number();
    let mut len = t.len;
    if len == 1 {
        n *= 100;
    } else if len == 2 {
        n *= 10;
    } else if len > 3 {
        len = len.min(MAX_SIGNIFICANT_DIGITS);
        let mut factor = 1;
        while len > 3 {
            factor *= 10;
            len -= 1;
        }
        n /= factor;
    }
    n
}

/// The ES5 date-time format, as far as it goes: the token the legacy
/// parser continues with, `EndOfInput` when done, `Invalid` to fail.
fn parse_es5(s: &mut Scanner, day: &mut Day, time: &mut Time, tz: &mut TimeZone) -> Token {
    if s.peek().is_sign() {
        let sign_token = s.next();
        if !s.peek().is_fixed_number(6) {
            return sign_token;
        }
        let sign = sign_token.sign();
        let year = s.next().number();
        if sign < 0 && year == 0 {
            return sign_token;
        }
        day.add(sign * year);
    } else if s.peek().is_fixed_number(4) {
        day.add(s.next().number());
    } else {
        return s.next();
    }
    if s.skip_symbol(b'-') {
        if !s.peek().is_fixed_number(2) || !is_month(s.peek().number()) {
            return s.next();
        }
        day.add(s.next().number());
        if s.skip_symbol(b'-') {
            if !s.peek().is_fixed_number(2) || !is_day(s.peek().number()) {
                return s.next();
            }
            day.add(s.next().number());
        }
    }
    let invalid = Token::simple(Tok::Invalid);
    if !s.peek().is_keyword_type(KeywordType::TimeSeparator) {
        if s.peek().tok != Tok::EndOfInput {
            return s.next();
        }
    } else {
        s.next();
        if !s.peek().is_fixed_number(2) || !between(s.peek().number(), 0, 24) {
            return invalid;
        }
        // 24:00[:00[.000]] only.
        let hour_is_24 = s.peek().number() == 24;
        time.add(s.next().number());
        if !s.skip_symbol(b':') {
            return invalid;
        }
        if !s.peek().is_fixed_number(2)
            || !is_minute(s.peek().number())
            || (hour_is_24 && s.peek().number() > 0)
        {
            return invalid;
        }
        time.add(s.next().number());
        if s.skip_symbol(b':') {
            if !s.peek().is_fixed_number(2)
                || !is_second(s.peek().number())
                || (hour_is_24 && s.peek().number() > 0)
            {
                return invalid;
            }
            time.add(s.next().number());
            if s.skip_symbol(b'.') {
                if !s.peek().is_number() || (hour_is_24 && s.peek().number() > 0) {
                    return invalid;
                }
                time.add(read_milliseconds(s.next()));
            }
        }
        if s.peek().is_keyword_z() {
            s.next();
            tz.set(0);
        } else if s.peek().is_sign() {
            tz.set_sign(s.next().sign());
            if s.peek().is_fixed_number(4) {
                let hm = s.next().number();
                let (h, m) = (hm / 100, hm % 100);
                if !is_hour(h) || !is_minute(m) {
                    return invalid;
                }
                tz.hour = h;
                tz.minute = m;
            } else {
                if !s.peek().is_fixed_number(2) || !is_hour(s.peek().number()) {
                    return invalid;
                }
                tz.hour = s.next().number();
                if !s.skip_symbol(b':') {
                    return invalid;
                }
                if !s.peek().is_fixed_number(2) || !is_minute(s.peek().number()) {
                    return invalid;
                }
                tz.minute = s.next().number();
            }
        }
        if s.peek().tok != Tok::EndOfInput {
            return invalid;
        }
    }
    // Date-only forms are UTC, date-time forms local.
    if tz.is_empty() && time.is_empty() {
        tz.set(0);
    }
    day.iso = true;
    Token::simple(Tok::EndOfInput)
}

/// The components of a date string: year, month (0-11), day, hour,
/// minute, second, ms, and the UTC offset in seconds (`None`: local).
pub type Parsed = ([i32; 7], Option<i32>);

/// V8's `DateParser::Parse`.
pub fn parse_components(text: &[u16]) -> Option<Parsed> {
    let mut s = Scanner::new(text);
    let mut tz = TimeZone {
        sign: NONE,
        hour: NONE,
        minute: NONE,
    };
    let mut time = Time {
        comp: [0; 4],
        index: 0,
        hour_offset: NONE,
    };
    let mut day = Day {
        comp: [0; 3],
        index: 0,
        named_month: NONE,
        iso: false,
    };
    let mut token = parse_es5(&mut s, &mut day, &mut time, &mut tz);
    if token.tok == Tok::Invalid {
        return None;
    }
    let mut has_read_number = !day.is_empty();
    while token.tok != Tok::EndOfInput {
        match token.tok {
            Tok::Number(n) => {
                has_read_number = true;
                if s.skip_symbol(b':') {
                    if s.skip_symbol(b':') {
                        // n + "::"
                        if !time.is_empty() {
                            return None;
                        }
                        time.add(n);
                        time.add(0);
                    } else {
                        if !time.add(n) {
                            return None;
                        }
                        if s.peek().is_symbol(b'.') {
                            s.next();
                        }
                    }
                } else if s.skip_symbol(b'.') && time.is_expecting(n) {
                    time.add(n);
                    if !s.peek().is_number() {
                        return None;
                    }
                    let ms = read_milliseconds(s.next());
                    if ms < 0 {
                        return None;
                    }
                    time.add_final(ms);
                } else if tz.is_expecting(n) {
                    tz.minute = n;
                } else if time.is_expecting(n) {
                    time.add_final(n);
                    // The time must end here: end, space, Z or a sign.
                    let p = s.peek();
                    if !(p.tok == Tok::EndOfInput
                        || p.tok == Tok::WhiteSpace
                        || p.is_keyword_z()
                        || p.is_sign())
                    {
                        return None;
                    }
                } else {
                    if !day.add(n) {
                        return None;
                    }
                    s.skip_symbol(b'-');
                }
            }
            Tok::Keyword(ty, value) => {
                if ty == KeywordType::AmPm && !time.is_empty() {
                    time.hour_offset = value;
                } else if ty == KeywordType::MonthName {
                    day.named_month = value;
                    s.skip_symbol(b'-');
                } else if ty == KeywordType::TimeZoneName && has_read_number {
                    tz.set(value);
                } else {
                    // Words are only allowed before the first number, and
                    // must be separated from it.
                    if has_read_number || s.peek().is_number() {
                        return None;
                    }
                }
            }
            _ if token.is_sign() && (tz.is_utc() || !time.is_empty()) => {
                // A UTC offset, only after UTC or a time.
                tz.set_sign(token.sign());
                let (mut n, mut len) = (0, 0);
                if s.peek().is_number() {
                    let t = s.next();
                    len = t.len;
                    n = t.number();
                }
                has_read_number = true;
                if s.peek().is_symbol(b':') {
                    tz.hour = n;
                    tz.minute = NONE;
                } else if len == 1 || len == 2 {
                    tz.hour = n;
                    tz.minute = 0;
                } else if len == 3 || len == 4 {
                    tz.hour = n / 100;
                    tz.minute = n % 100;
                } else {
                    return None;
                }
            }
            _ if (token.is_sign() || token.is_symbol(b')')) && has_read_number => return None,
            _ => {}
        }
        token = s.next();
    }
    let [year, month, d] = day.write()?;
    let [h, mi, sec, ms] = time.write()?;
    let offset = tz.write()?;
    Some(([year, month, d, h, mi, sec, ms], offset))
}

/// `Date.parse(text)`: a time value, NaN when node rejects the string.
pub fn parse(text: &[u16]) -> f64 {
    let Some((c, offset)) = parse_components(text) else {
        return f64::NAN;
    };
    let f = |i: usize| c[i] as f64;
    let date = make_date(
        make_day(f(0), f(1), f(2)),
        make_time(f(3), f(4), f(5), f(6)),
    );
    match offset {
        None => local_to_clipped_utc(date),
        Some(secs) => {
            let date = date - secs as f64 * 1000.0;
            if date.abs() <= MAX_TIME {
                time_clip(date)
            } else {
                f64::NAN
            }
        }
    }
}
