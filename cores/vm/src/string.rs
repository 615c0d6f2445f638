//! JavaScript strings: sequences of UTF-16 code units, stored as bytes when
//! every unit is ASCII (the common case: indexing and printing stay cheap).

use crate::number;
use crate::value::{StrId, Value};
use std::fmt::Write;

/// The content of one string value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum JsStr {
    /// Every code unit is below 0x80; one byte per unit.
    Ascii(Box<[u8]>),
    /// Anything else, as UTF-16 code units (lone surrogates allowed).
    Utf16(Box<[u16]>),
}

impl JsStr {
    pub fn empty() -> JsStr {
        JsStr::Ascii(Box::new([]))
    }

    /// From Rust text (always valid UTF-16 afterwards).
    #[allow(clippy::should_implement_trait)] // infallible, unlike FromStr
    pub fn from_str(s: &str) -> JsStr {
        if s.is_ascii() {
            JsStr::Ascii(s.as_bytes().into())
        } else {
            JsStr::Utf16(s.encode_utf16().collect())
        }
    }

    /// From code units; picks the ASCII form when possible.
    pub fn from_units(units: &[u16]) -> JsStr {
        if units.iter().all(|&u| u < 0x80) {
            JsStr::Ascii(units.iter().map(|&u| u as u8).collect())
        } else {
            JsStr::Utf16(units.into())
        }
    }

    pub fn from_units_vec(units: Vec<u16>) -> JsStr {
        if units.iter().all(|&u| u < 0x80) {
            JsStr::Ascii(units.iter().map(|&u| u as u8).collect())
        } else {
            JsStr::Utf16(units.into_boxed_slice())
        }
    }

    /// Length in UTF-16 code units, as `s.length`.
    #[inline]
    pub fn len(&self) -> usize {
        match self {
            JsStr::Ascii(b) => b.len(),
            JsStr::Utf16(u) => u.len(),
        }
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Code unit at `i` (caller checks bounds).
    #[inline]
    pub fn at(&self, i: usize) -> u16 {
        match self {
            JsStr::Ascii(b) => b[i] as u16,
            JsStr::Utf16(u) => u[i],
        }
    }

    pub fn get(&self, i: usize) -> Option<u16> {
        (i < self.len()).then(|| self.at(i))
    }

    /// All code units (allocates for the ASCII form).
    pub fn units(&self) -> Vec<u16> {
        match self {
            JsStr::Ascii(b) => b.iter().map(|&c| c as u16).collect(),
            JsStr::Utf16(u) => u.to_vec(),
        }
    }

    /// Append code units of `self` to `out`.
    pub fn push_units(&self, out: &mut Vec<u16>) {
        match self {
            JsStr::Ascii(b) => out.extend(b.iter().map(|&c| c as u16)),
            JsStr::Utf16(u) => out.extend_from_slice(u),
        }
    }

    pub fn as_ascii(&self) -> Option<&[u8]> {
        match self {
            JsStr::Ascii(b) => Some(b),
            JsStr::Utf16(_) => None,
        }
    }

    /// Substring by code-unit range (caller clamps).
    pub fn slice(&self, start: usize, end: usize) -> JsStr {
        match self {
            JsStr::Ascii(b) => JsStr::Ascii(b[start..end].into()),
            JsStr::Utf16(u) => JsStr::from_units(&u[start..end]),
        }
    }

    /// Text for output: lone surrogates become U+FFFD (as node prints them).
    pub fn to_rust_string(&self) -> String {
        match self {
            JsStr::Ascii(b) => String::from_utf8_lossy(b).into_owned(),
            JsStr::Utf16(u) => String::from_utf16_lossy(u),
        }
    }

    /// `to_rust_string` as bytes; the ASCII form is copied as it is.
    pub fn to_utf8_bytes(&self) -> Vec<u8> {
        match self {
            JsStr::Ascii(b) => b.to_vec(),
            JsStr::Utf16(u) => String::from_utf16_lossy(u).into_bytes(),
        }
    }

    pub fn write_to(&self, out: &mut String) {
        match self {
            JsStr::Ascii(b) => out.push_str(std::str::from_utf8(b).unwrap_or_default()),
            JsStr::Utf16(u) => {
                for c in char::decode_utf16(u.iter().copied()) {
                    let _ = out.write_char(c.unwrap_or('\u{FFFD}'));
                }
            }
        }
    }

    /// Compare by code units, as JS `<` on strings.
    pub fn cmp_units(&self, other: &JsStr) -> std::cmp::Ordering {
        match (self, other) {
            (JsStr::Ascii(a), JsStr::Ascii(b)) => a.cmp(b),
            _ => {
                let n = self.len().min(other.len());
                for i in 0..n {
                    let (x, y) = (self.at(i), other.at(i));
                    if x != y {
                        return x.cmp(&y);
                    }
                }
                self.len().cmp(&other.len())
            }
        }
    }

    /// Content equality across representations.
    pub fn eq_units(&self, other: &JsStr) -> bool {
        match (self, other) {
            (JsStr::Ascii(a), JsStr::Ascii(b)) => a == b,
            // from_units always picks ASCII when it can, so mixed forms differ.
            (JsStr::Ascii(_), JsStr::Utf16(_)) | (JsStr::Utf16(_), JsStr::Ascii(_)) => false,
            (JsStr::Utf16(a), JsStr::Utf16(b)) => a == b,
        }
    }

    pub fn eq_str(&self, s: &str) -> bool {
        match self {
            JsStr::Ascii(b) => b.as_ref() == s.as_bytes(),
            JsStr::Utf16(u) => u.iter().copied().eq(s.encode_utf16()),
        }
    }

    /// Heap bytes this string accounts for (memory cap).
    pub fn heap_bytes(&self) -> usize {
        match self {
            JsStr::Ascii(b) => b.len() + 16,
            JsStr::Utf16(u) => u.len() * 2 + 16,
        }
    }

    /// The array index this string spells ("0", "42"; not "01", "-1"), if any.
    pub fn as_index(&self) -> Option<u32> {
        let b = self.as_ascii()?;
        if b.is_empty() || b.len() > 10 || (b.len() > 1 && b[0] == b'0') {
            return None;
        }
        let mut n: u64 = 0;
        for &c in b {
            if !c.is_ascii_digit() {
                return None;
            }
            n = n * 10 + (c - b'0') as u64;
        }
        // 2^32 - 1 is not an array index.
        (n < u32::MAX as u64).then_some(n as u32)
    }

    /// Concatenation of many strings (a template literal), allocated once
    /// at its final size.
    pub fn concat_all<'a, I>(parts: I) -> JsStr
    where
        I: Iterator<Item = &'a JsStr> + Clone,
    {
        let (mut len, mut ascii) = (0, true);
        for p in parts.clone() {
            len += p.len();
            ascii &= matches!(p, JsStr::Ascii(_));
        }
        if ascii {
            let mut v = Vec::with_capacity(len);
            for p in parts {
                if let JsStr::Ascii(b) = p {
                    v.extend_from_slice(b);
                }
            }
            return JsStr::Ascii(v.into_boxed_slice());
        }
        // A UTF-16 part holds a unit above 0x7f, so the result does too.
        let mut v = Vec::with_capacity(len);
        for p in parts {
            p.push_units(&mut v);
        }
        JsStr::Utf16(v.into_boxed_slice())
    }

    /// [`JsStr::concat_all`] of a template's strings and numbers (`ToStr`
    /// leaves numbers for `Concat`): a number's text is written straight
    /// into the result, never made a string of its own. Other values are
    /// skipped (the compiler gives none).
    pub fn concat_values<'a>(parts: &[Value], str_of: impl Fn(StrId) -> &'a JsStr) -> JsStr {
        let mut buf = [0u8; number::ASCII_MAX];
        let (mut len, mut ascii) = (0, true);
        for p in parts {
            match *p {
                Value::Str(s) => {
                    let s = str_of(s);
                    len += s.len();
                    ascii &= matches!(s, JsStr::Ascii(_));
                }
                Value::Num(n) => len += number::js_ascii(n, &mut buf).len(),
                _ => {}
            }
        }
        if ascii {
            let mut v = Vec::with_capacity(len);
            for p in parts {
                match *p {
                    Value::Str(s) => {
                        if let JsStr::Ascii(b) = str_of(s) {
                            v.extend_from_slice(b);
                        }
                    }
                    Value::Num(n) => v.extend_from_slice(number::js_ascii(n, &mut buf)),
                    _ => {}
                }
            }
            return JsStr::Ascii(v.into_boxed_slice());
        }
        // A UTF-16 part holds a unit above 0x7f, so the result does too.
        let mut v = Vec::with_capacity(len);
        for p in parts {
            match *p {
                Value::Str(s) => str_of(s).push_units(&mut v),
                Value::Num(n) => v.extend(number::js_ascii(n, &mut buf).iter().map(|&b| b as u16)),
                _ => {}
            }
        }
        JsStr::Utf16(v.into_boxed_slice())
    }

    /// [`JsStr::concat_values`] written into `buf` in one pass, when every
    /// part is ASCII and the whole fits: the length of the text, else `None`
    /// (the caller then takes `concat_values`).
    #[inline]
    pub fn concat_ascii_into<'a>(
        parts: &[Value],
        str_of: impl Fn(StrId) -> &'a JsStr,
        buf: &mut [u8],
        num: &mut [u8; number::ASCII_MAX],
    ) -> Option<usize> {
        let mut at = 0;
        for p in parts {
            let piece: &[u8] = match *p {
                Value::Str(s) => match str_of(s) {
                    JsStr::Ascii(b) => b,
                    JsStr::Utf16(_) => return None,
                },
                Value::Num(n) => number::js_ascii(n, num),
                _ => continue,
            };
            buf.get_mut(at..at + piece.len())?.copy_from_slice(piece);
            at += piece.len();
        }
        Some(at)
    }

    /// Concatenate two strings.
    pub fn concat(&self, other: &JsStr) -> JsStr {
        match (self, other) {
            (JsStr::Ascii(a), JsStr::Ascii(b)) => {
                let mut v = Vec::with_capacity(a.len() + b.len());
                v.extend_from_slice(a);
                v.extend_from_slice(b);
                JsStr::Ascii(v.into_boxed_slice())
            }
            _ => {
                let mut v = Vec::with_capacity(self.len() + other.len());
                self.push_units(&mut v);
                other.push_units(&mut v);
                JsStr::Utf16(v.into_boxed_slice())
            }
        }
    }
}

/// Builds a string piece by piece, staying ASCII while it can.
#[derive(Default)]
pub struct StrBuilder {
    ascii: Vec<u8>,
    wide: Option<Vec<u16>>,
}

impl StrBuilder {
    pub fn new() -> StrBuilder {
        StrBuilder::default()
    }
    pub fn len(&self) -> usize {
        match &self.wide {
            Some(w) => w.len(),
            None => self.ascii.len(),
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    fn widen(&mut self) -> &mut Vec<u16> {
        if self.wide.is_none() {
            self.wide = Some(self.ascii.drain(..).map(|c| c as u16).collect());
        }
        self.wide.as_mut().unwrap()
    }
    pub fn push_js(&mut self, s: &JsStr) {
        match (s, &mut self.wide) {
            (JsStr::Ascii(b), None) => self.ascii.extend_from_slice(b),
            (JsStr::Ascii(b), Some(w)) => w.extend(b.iter().map(|&c| c as u16)),
            (JsStr::Utf16(u), _) => self.widen().extend_from_slice(u),
        }
    }
    pub fn push_str(&mut self, s: &str) {
        if s.is_ascii() && self.wide.is_none() {
            self.ascii.extend_from_slice(s.as_bytes());
        } else {
            self.widen().extend(s.encode_utf16());
        }
    }
    /// ASCII bytes (the caller guarantees every byte is below 0x80).
    pub fn push_ascii(&mut self, b: &[u8]) {
        debug_assert!(b.is_ascii());
        match &mut self.wide {
            None => self.ascii.extend_from_slice(b),
            Some(w) => w.extend(b.iter().map(|&c| c as u16)),
        }
    }
    pub fn push_unit(&mut self, u: u16) {
        if u < 0x80 && self.wide.is_none() {
            self.ascii.push(u as u8);
        } else {
            self.widen().push(u);
        }
    }
    pub fn push_units(&mut self, units: &[u16]) {
        for &u in units {
            self.push_unit(u);
        }
    }
    pub fn finish(self) -> JsStr {
        match self.wide {
            Some(w) => JsStr::from_units_vec(w),
            None => JsStr::Ascii(self.ascii.into_boxed_slice()),
        }
    }
}
