//! `JSON.parse` without a reviver: V8's JSON grammar and its exact
//! SyntaxError messages (node 20), iterative so depth costs no Rust stack.

use crate::builtins::arg;
use crate::conv::{self, Key};
use crate::error::{syntax_error, Interrupt, JsResult};
use crate::ops;
use crate::string::JsStr;
use crate::value::{ObjId, Value};
use crate::Ctx;

/// `JSON.parse(text, reviver)`.
pub fn json_parse(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    if ctx.heap.is_callable(arg(args, 1)) {
        return Err(Interrupt::NeedsJs);
    }
    let s = conv::to_string(ctx, arg(args, 0))?;
    let text = ctx.heap.str(s).clone();
    parse_text(ctx, &text)
}

/// Parses JSON text into values of this heap.
pub fn parse_text(ctx: &mut Ctx, text: &JsStr) -> JsResult<Value> {
    ctx.charge(text.len() as u64 / 16)?;
    match text {
        JsStr::Ascii(b) => Parser {
            ctx,
            src: b,
            pos: 0,
        }
        .parse(),
        JsStr::Utf16(u) => Parser {
            ctx,
            src: u,
            pos: 0,
        }
        .parse(),
    }
}

trait Unit: Copy {
    fn u(self) -> u32;
}
impl Unit for u8 {
    fn u(self) -> u32 {
        self as u32
    }
}
impl Unit for u16 {
    fn u(self) -> u32 {
        self as u32
    }
}

/// End of input, as V8's `kEndOfString`.
const EOS: u32 = u32::MAX;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Tok {
    Str,
    Num,
    LBrack,
    LBrace,
    RBrack,
    RBrace,
    True,
    False,
    Null,
    Ws,
    Colon,
    Comma,
    Illegal,
    Eos,
}

fn token_of(c: u32) -> Tok {
    match c {
        EOS => Tok::Eos,
        0x22 => Tok::Str,
        0x30..=0x39 | 0x2d => Tok::Num,
        0x5b => Tok::LBrack,
        0x7b => Tok::LBrace,
        0x5d => Tok::RBrack,
        0x7d => Tok::RBrace,
        0x74 => Tok::True,
        0x66 => Tok::False,
        0x6e => Tok::Null,
        0x20 | 0x09 | 0x0d | 0x0a => Tok::Ws,
        0x3a => Tok::Colon,
        0x2c => Tok::Comma,
        _ => Tok::Illegal,
    }
}

fn is_digit(c: u32) -> bool {
    (0x30..=0x39).contains(&c)
}

fn is_number_part(c: u32) -> bool {
    is_digit(c) || matches!(c, 0x2e | 0x65 | 0x45 | 0x2d | 0x2b)
}

/// Messages that carry their own text (V8's `errorMessage` argument).
#[derive(Copy, Clone)]
enum Msg {
    PropNameOrRBrace,
    DoubleQuotedPropName,
    ColonAfterPropName,
    CommaOrRBrack,
    CommaOrRBrace,
    NonWhitespaceAfter,
    NoNumberAfterMinus,
    UnterminatedFraction,
    ExponentMissing,
    UnterminatedString,
    BadControl,
    BadUnicodeEscape,
    BadEscape,
}

impl Msg {
    fn text(self) -> &'static str {
        match self {
            Msg::PropNameOrRBrace => "Expected property name or '}' in JSON",
            Msg::DoubleQuotedPropName => "Expected double-quoted property name in JSON",
            Msg::ColonAfterPropName => "Expected ':' after property name in JSON",
            Msg::CommaOrRBrack => "Expected ',' or ']' after array element in JSON",
            Msg::CommaOrRBrace => "Expected ',' or '}' after property value in JSON",
            Msg::NonWhitespaceAfter => "Unexpected non-whitespace character after JSON",
            Msg::NoNumberAfterMinus => "No number after minus sign in JSON",
            Msg::UnterminatedFraction => "Unterminated fractional number in JSON",
            Msg::ExponentMissing => "Exponent part is missing a number in JSON",
            Msg::UnterminatedString => "Unterminated string in JSON",
            Msg::BadControl => "Bad control character in string literal in JSON",
            Msg::BadUnicodeEscape => "Bad Unicode escape in JSON",
            Msg::BadEscape => "Bad escaped character in JSON",
        }
    }
}

/// A container being filled.
enum Cont {
    Object(ObjId, Key),
    Array(Vec<Value>),
}

struct Parser<'a, 'c, T: Unit> {
    ctx: &'c mut Ctx,
    src: &'a [T],
    pos: usize,
}

impl<T: Unit> Parser<'_, '_, T> {
    fn cur(&self) -> u32 {
        self.src.get(self.pos).map_or(EOS, |c| c.u())
    }
    fn next(&mut self) -> u32 {
        self.pos += 1;
        self.cur()
    }
    /// Skips JSON whitespace; the token at the cursor.
    fn peek(&mut self) -> Tok {
        loop {
            let t = token_of(self.cur());
            if t != Tok::Ws {
                return t;
            }
            self.pos += 1;
        }
    }
    fn check(&mut self, t: Tok) -> bool {
        if self.peek() == t {
            self.pos += 1;
            true
        } else {
            false
        }
    }
    fn expect(&mut self, t: Tok, msg: Option<Msg>) -> JsResult<()> {
        let p = self.peek();
        if p == t {
            self.pos += 1;
            return Ok(());
        }
        self.fail(p, msg)
    }

    /// V8's ReportUnexpectedToken.
    fn fail<R>(&self, tok: Tok, msg: Option<Msg>) -> JsResult<R> {
        let pos = self.pos;
        if let Some(m) = msg {
            return syntax_error(format!("{} at position {pos}", m.text()));
        }
        let m = match tok {
            Tok::Eos => "Unexpected end of JSON input".to_string(),
            Tok::Num => format!("Unexpected number in JSON at position {pos}"),
            Tok::Str => format!("Unexpected string in JSON at position {pos}"),
            _ => {
                let whole = self.slice(0, self.src.len());
                if ["[object Object]", "undefined", "Infinity", "NaN"].contains(&whole.as_str()) {
                    format!("\"{whole}\" is not valid JSON")
                } else {
                    let c = self.slice(pos, pos + 1);
                    let n = self.src.len();
                    if n >= 21 {
                        if pos < 10 {
                            format!(
                                "Unexpected token '{c}', \"{}\"... is not valid JSON",
                                self.slice(0, pos + 10)
                            )
                        } else if pos < n - 10 {
                            let ctx = self.slice(pos - 10, pos + 10);
                            format!("Unexpected token '{c}', ...\"{ctx}\"... is not valid JSON")
                        } else {
                            let ctx = self.slice(pos - 10, n);
                            format!("Unexpected token '{c}', ...\"{ctx}\" is not valid JSON")
                        }
                    } else {
                        format!("Unexpected token '{c}', \"{whole}\" is not valid JSON")
                    }
                }
            }
        };
        syntax_error(m)
    }

    fn fail_char<R>(&self, c: u32) -> JsResult<R> {
        let t = if c <= 0xff || c == EOS {
            token_of(c)
        } else {
            Tok::Illegal
        };
        self.fail(t, None)
    }

    fn slice(&self, a: usize, b: usize) -> String {
        let b = b.min(self.src.len());
        let a = a.min(b);
        let units: Vec<u16> = self.src[a..b].iter().map(|c| c.u() as u16).collect();
        String::from_utf16_lossy(&units)
    }

    fn parse(mut self) -> JsResult<Value> {
        let mut stack: Vec<Cont> = Vec::new();
        loop {
            // Produce a value (opening containers until one is complete).
            let mut value = loop {
                self.ctx.charge(1)?;
                match self.peek() {
                    Tok::Str => {
                        self.pos += 1;
                        let s = self.scan_string()?;
                        break Value::Str(self.ctx.heap.intern_or_alloc(s)?);
                    }
                    Tok::Num => break Value::Num(self.scan_number()?),
                    Tok::LBrace => {
                        self.pos += 1;
                        let o = ops::new_object(self.ctx)?;
                        if self.check(Tok::RBrace) {
                            break Value::Obj(o);
                        }
                        self.expect(Tok::Str, Some(Msg::PropNameOrRBrace))?;
                        let k = self.scan_key()?;
                        self.expect(Tok::Colon, Some(Msg::ColonAfterPropName))?;
                        stack.push(Cont::Object(o, k));
                    }
                    Tok::LBrack => {
                        self.pos += 1;
                        if self.check(Tok::RBrack) {
                            break Value::Obj(ops::new_array(self.ctx, Vec::new())?);
                        }
                        stack.push(Cont::Array(Vec::new()));
                    }
                    Tok::True => {
                        self.literal(b"true")?;
                        break Value::Bool(true);
                    }
                    Tok::False => {
                        self.literal(b"false")?;
                        break Value::Bool(false);
                    }
                    Tok::Null => {
                        self.literal(b"null")?;
                        break Value::Null;
                    }
                    _ => return self.fail_char(self.cur()),
                }
            };
            // Consume it (closing containers while they complete).
            loop {
                match stack.last_mut() {
                    None => {
                        if self.peek() != Tok::Eos {
                            return self.fail(Tok::Illegal, Some(Msg::NonWhitespaceAfter));
                        }
                        return Ok(value);
                    }
                    Some(Cont::Object(o, k)) => {
                        let (o, k) = (*o, *k);
                        ops::set_obj(self.ctx, o, k, value)?;
                        if self.check(Tok::Comma) {
                            self.expect(Tok::Str, Some(Msg::DoubleQuotedPropName))?;
                            let k = self.scan_key()?;
                            self.expect(Tok::Colon, None)?;
                            if let Some(Cont::Object(_, slot)) = stack.last_mut() {
                                *slot = k;
                            }
                            break;
                        }
                        self.expect(Tok::RBrace, Some(Msg::CommaOrRBrace))?;
                        stack.pop();
                        value = Value::Obj(o);
                    }
                    Some(Cont::Array(elems)) => {
                        elems.push(value);
                        if elems.len() > self.ctx.heap.max_array {
                            self.ctx.heap.check_array_len(elems.len())?;
                        }
                        if self.check(Tok::Comma) {
                            break;
                        }
                        self.expect(Tok::RBrack, Some(Msg::CommaOrRBrack))?;
                        let Some(Cont::Array(elems)) = stack.pop() else {
                            unreachable!()
                        };
                        self.ctx.heap.charge(elems.len() * 16)?;
                        value = Value::Obj(ops::new_array(self.ctx, elems)?);
                    }
                }
            }
        }
    }

    /// `true` / `false` / `null` with V8's error positions.
    fn literal(&mut self, lit: &[u8]) -> JsResult<()> {
        let remaining = self.src.len() - self.pos;
        if remaining >= lit.len()
            && lit
                .iter()
                .enumerate()
                .all(|(i, &c)| self.src[self.pos + i].u() == c as u32)
        {
            self.pos += lit.len();
            return Ok(());
        }
        self.pos += 1;
        for &c in &lit[1..lit.len().min(remaining)] {
            if self.cur() != c as u32 {
                return self.fail_char(self.cur());
            }
            self.pos += 1;
        }
        self.fail(Tok::Eos, None)
    }

    fn scan_key(&mut self) -> JsResult<Key> {
        let s = self.scan_string()?;
        if let Some(i) = s.as_index() {
            return Ok(Key::Index(i));
        }
        Ok(Key::Atom(self.ctx.heap.intern(s)?))
    }

    /// A string body; the cursor is just past the opening quote.
    fn scan_string(&mut self) -> JsResult<JsStr> {
        let mut out: Vec<u16> = Vec::new();
        loop {
            let c = self.cur();
            match c {
                EOS => return self.fail(Tok::Illegal, Some(Msg::UnterminatedString)),
                0x22 => {
                    self.pos += 1;
                    self.ctx.charge(out.len() as u64 / 16)?;
                    return Ok(JsStr::from_units_vec(out));
                }
                0x5c => {
                    let e = self.next();
                    if e > 0xff {
                        return self.fail_char(e);
                    }
                    let unit = match e {
                        0x22 | 0x5c | 0x2f => e as u16,
                        0x62 => 0x08,
                        0x74 => 0x09,
                        0x6e => 0x0a,
                        0x66 => 0x0c,
                        0x72 => 0x0d,
                        0x75 => {
                            let mut v: u32 = 0;
                            for _ in 0..4 {
                                let d = self.next();
                                let Some(h) = char::from_u32(d).and_then(|ch| ch.to_digit(16))
                                else {
                                    return self.fail(Tok::Illegal, Some(Msg::BadUnicodeEscape));
                                };
                                v = v * 16 + h;
                            }
                            v as u16
                        }
                        _ => return self.fail(Tok::Illegal, Some(Msg::BadEscape)),
                    };
                    out.push(unit);
                    self.pos += 1;
                }
                0..=0x1f => return self.fail(Tok::Illegal, Some(Msg::BadControl)),
                _ => {
                    out.push(c as u16);
                    self.pos += 1;
                }
            }
            if out.len() > self.ctx.heap.max_string {
                self.ctx.heap.alloc_str(JsStr::from_units(&out))?;
            }
        }
    }

    fn skip_digits(&mut self) {
        while is_digit(self.cur()) {
            self.pos += 1;
        }
    }

    /// ParseJsonNumber: the cursor is at `-` or a digit.
    fn scan_number(&mut self) -> JsResult<f64> {
        let start = self.pos;
        let mut c = self.cur();
        let mut negative = false;
        if c == 0x2d {
            negative = true;
            c = self.next();
        }
        if c == 0x30 {
            c = self.next();
            if is_number_part(c) {
                if is_digit(c) {
                    return self.fail(Tok::Num, None);
                }
            } else if !negative {
                return Ok(0.0);
            }
        } else {
            let digits = self.pos;
            self.skip_digits();
            if digits == self.pos {
                return self.fail(Tok::Illegal, Some(Msg::NoNumberAfterMinus));
            }
        }
        if self.cur() == 0x2e {
            if !is_digit(self.next()) {
                return self.fail(Tok::Illegal, Some(Msg::UnterminatedFraction));
            }
            self.skip_digits();
        }
        if matches!(self.cur(), 0x65 | 0x45) {
            let mut c = self.next();
            if c == 0x2d || c == 0x2b {
                c = self.next();
            }
            if !is_digit(c) {
                return self.fail(Tok::Illegal, Some(Msg::ExponentMissing));
            }
            self.skip_digits();
        }
        let text: String = self.src[start..self.pos]
            .iter()
            .map(|c| c.u() as u8 as char)
            .collect();
        Ok(text.parse::<f64>().unwrap_or(f64::NAN))
    }
}
