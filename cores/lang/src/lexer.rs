//! Lexer: source text to tokens with byte spans and a "newline before" flag
//! (for automatic semicolon insertion).
//!
//! The whole file is tokenized up front ([`tokenize`]); the first lexical
//! error ends the token list with a [`Tok::Error`] token and is kept in
//! [`Tokens::error`], so a parser error *before* that point still wins.
//!
//! `/` is always lexed as the division punctuator (`Slash` / `SlashEq`): the
//! parser knows exactly where an expression may start, and there a `/` is a
//! regular expression literal, which the dialect removes ([`Removed::Regex`]
//! is reported at its position). After an expression-ending token the same
//! `/` is division. Whatever follows a would-be regex is never reached.
//!
//! Template literals are split into parts (`` `a${ ``, `}b${`, `` }c` ``)
//! with a brace stack, so `${ {a: 1} }` and nested templates work.

use crate::ast::{Sym, Utf16};
use crate::diag::{DiagKind, Removed};
use crate::intern::Interner;
use crate::source::Span;

/// A syntax error or removed construct found by the lexer or the parser,
/// before it is attached to its file as a [`crate::Diagnostic`].
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: DiagKind,
    pub span: Span,
}

impl SyntaxError {
    pub fn syntax(msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind: DiagKind::Syntax(msg.into()),
            span,
        }
    }
    pub fn removed(r: Removed, span: Span) -> SyntaxError {
        SyntaxError {
            kind: DiagKind::Removed(r),
            span,
        }
    }
}

macro_rules! keywords {
    ($($v:ident = $s:literal,)*) => {
        /// Reserved words of strict-mode module code.
        #[derive(Copy, Clone, Debug, PartialEq, Eq)]
        pub enum Kw { $($v,)* }
        impl Kw {
            pub fn as_str(self) -> &'static str {
                match self { $(Kw::$v => $s,)* }
            }
            pub fn from_word(s: &str) -> Option<Kw> {
                match s { $($s => Some(Kw::$v),)* _ => None }
            }
        }
    };
}

keywords! {
    Await = "await", Break = "break", Case = "case", Catch = "catch", Class = "class",
    Const = "const", Continue = "continue", Debugger = "debugger", Default = "default",
    Delete = "delete", Do = "do", Else = "else", Enum = "enum", Export = "export",
    Extends = "extends", False = "false", Finally = "finally", For = "for",
    Function = "function", If = "if", Implements = "implements", Import = "import",
    In = "in", Instanceof = "instanceof", Interface = "interface", Let = "let", New = "new",
    Null = "null", Package = "package", Private = "private", Protected = "protected",
    Public = "public", Return = "return", Static = "static", Super = "super",
    Switch = "switch", This = "this", Throw = "throw", True = "true", Try = "try",
    Typeof = "typeof", Var = "var", Void = "void", While = "while", With = "with",
    Yield = "yield",
}

impl Kw {
    /// Words reserved only in strict mode (`let`, `static`, `implements` ...).
    pub fn strict_only(self) -> bool {
        matches!(
            self,
            Kw::Let
                | Kw::Static
                | Kw::Implements
                | Kw::Interface
                | Kw::Package
                | Kw::Private
                | Kw::Protected
                | Kw::Public
        )
    }
}

macro_rules! puncts {
    ($($v:ident = $s:literal,)*) => {
        /// Punctuators.
        #[derive(Copy, Clone, Debug, PartialEq, Eq)]
        pub enum P { $($v,)* }
        impl P {
            pub fn as_str(self) -> &'static str {
                match self { $(P::$v => $s,)* }
            }
        }
    };
}

puncts! {
    LBrace = "{", RBrace = "}", LParen = "(", RParen = ")", LBracket = "[", RBracket = "]",
    Dot = ".", Ellipsis = "...", Semi = ";", Comma = ",", Lt = "<", Gt = ">", LtEq = "<=",
    GtEq = ">=", EqEq = "==", NotEq = "!=", EqEqEq = "===", NotEqEq = "!==", Plus = "+",
    Minus = "-", Star = "*", Slash = "/", Percent = "%", StarStar = "**", PlusPlus = "++",
    MinusMinus = "--", Shl = "<<", Shr = ">>", UShr = ">>>", Amp = "&", Pipe = "|",
    Caret = "^", Bang = "!", Tilde = "~", AmpAmp = "&&", PipePipe = "||", QQ = "??",
    Question = "?", QDot = "?.", Colon = ":", Eq = "=", PlusEq = "+=", MinusEq = "-=",
    StarEq = "*=", SlashEq = "/=", PercentEq = "%=", StarStarEq = "**=", ShlEq = "<<=",
    ShrEq = ">>=", UShrEq = ">>>=", AmpEq = "&=", PipeEq = "|=", CaretEq = "^=",
    AmpAmpEq = "&&=", PipePipeEq = "||=", QQEq = "??=", Arrow = "=>",
}

/// One part of a template literal.
#[derive(Clone, Debug, PartialEq)]
pub struct TemplatePart {
    /// The cooked value, or the first invalid escape (message, span): an
    /// error in an untagged template, `undefined` in a tagged one.
    pub cooked: Result<Utf16, (String, Span)>,
    /// Raw text, line terminators normalized to `\n`.
    pub raw: Utf16,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Ident(Sym),
    Kw(Kw),
    P(P),
    Num(f64),
    Str(Utf16),
    /// `head`: starts with a backtick (else with `}`); `tail`: ends with a
    /// backtick (else with `${`).
    Template {
        part: Box<TemplatePart>,
        head: bool,
        tail: bool,
    },
    Eof,
    /// Where lexing stopped; see [`Tokens::error`].
    Error,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub tok: Tok,
    pub span: Span,
    /// A line terminator (or a comment containing one) precedes the token.
    pub nl_before: bool,
}

/// The tokens of a file; the last one is [`Tok::Eof`] or [`Tok::Error`].
#[derive(Debug)]
pub struct Tokens {
    pub tokens: Vec<Token>,
    pub error: Option<SyntaxError>,
}

/// Tokenize a whole file.
pub fn tokenize(src: &str, interner: &mut Interner) -> Tokens {
    let mut tokens = Vec::new();
    if src.len() >= u32::MAX as usize {
        let e = SyntaxError {
            kind: DiagKind::Semantic("source file too large".into()),
            span: Span::new(0, 0),
        };
        tokens.push(Token {
            tok: Tok::Error,
            span: e.span,
            nl_before: false,
        });
        return Tokens {
            tokens,
            error: Some(e),
        };
    }
    let mut lx = Lexer {
        src,
        b: src.as_bytes(),
        pos: 0,
        braces: Vec::new(),
        interner,
    };
    if src.starts_with("#!") {
        lx.skip_line();
    }
    let error = loop {
        let nl = match lx.skip_trivia() {
            Ok(nl) => nl,
            Err(e) => break Some(e),
        };
        let start = lx.pos;
        if start >= lx.b.len() {
            tokens.push(Token {
                tok: Tok::Eof,
                span: Span::new(start as u32, start as u32),
                nl_before: nl,
            });
            break None;
        }
        match lx.next_tok() {
            Ok(tok) => tokens.push(Token {
                tok,
                span: Span::new(start as u32, lx.pos as u32),
                nl_before: nl,
            }),
            Err(e) => break Some(e),
        }
    };
    if let Some(e) = &error {
        tokens.push(Token {
            tok: Tok::Error,
            span: e.span,
            nl_before: false,
        });
    }
    Tokens { tokens, error }
}

pub fn is_line_terminator(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

fn is_js_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\u{0B}' | '\u{0C}' | ' ' | '\u{A0}' | '\u{FEFF}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// ID_Start, approximated by the Unicode Alphabetic property, plus `$` `_`.
pub fn is_id_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '$' || c == '_' || (!c.is_ascii() && c.is_alphabetic())
}

/// ID_Continue, approximated: alphanumerics, combining marks, ZWNJ/ZWJ.
pub fn is_id_continue(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || c == '$'
        || c == '_'
        || (!c.is_ascii()
            && (c.is_alphanumeric()
                || matches!(c,
                    '\u{200C}' | '\u{200D}' | '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}'
                    | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}'
                    | '\u{203F}' | '\u{2040}' | '\u{0483}'..='\u{0487}' | '\u{0591}'..='\u{05BD}'
                    | '\u{064B}'..='\u{065F}' | '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}')))
}

struct Lexer<'a, 'i> {
    src: &'a str,
    b: &'a [u8],
    pos: usize,
    /// One entry per open `{`: `Some(template start)` for a `${`.
    braces: Vec<Option<u32>>,
    interner: &'i mut Interner,
}

fn sp(a: usize, b: usize) -> Span {
    Span::new(a as u32, b as u32)
}

fn invalid(a: usize, b: usize) -> SyntaxError {
    SyntaxError::syntax("Invalid or unexpected token", sp(a, b))
}

impl Lexer<'_, '_> {
    fn at(&self, i: usize) -> u8 {
        self.b.get(self.pos + i).copied().unwrap_or(0)
    }

    /// The char at `pos` (which is always a char boundary here).
    fn peek_char(&self) -> Option<char> {
        self.src.get(self.pos..).and_then(|s| s.chars().next())
    }

    fn skip_line(&mut self) {
        while self.pos < self.b.len() {
            match self.b[self.pos] {
                b'\n' | b'\r' => return,
                0xE2 if self.at(1) == 0x80 && matches!(self.at(2), 0xA8 | 0xA9) => return,
                _ => self.pos += 1,
            }
        }
    }

    /// Skip whitespace and comments; true when a line terminator was seen.
    fn skip_trivia(&mut self) -> Result<bool, SyntaxError> {
        let mut nl = false;
        while self.pos < self.b.len() {
            match self.b[self.pos] {
                b' ' | b'\t' | 0x0B | 0x0C => self.pos += 1,
                b'\n' | b'\r' => {
                    nl = true;
                    self.pos += 1;
                }
                b'/' if self.at(1) == b'/' => self.skip_line(),
                b'/' if self.at(1) == b'*' => {
                    let start = self.pos;
                    self.pos += 2;
                    loop {
                        if self.pos >= self.b.len() {
                            return Err(SyntaxError::syntax(
                                "Unterminated comment",
                                sp(start, start + 2),
                            ));
                        }
                        match self.b[self.pos] {
                            b'*' if self.at(1) == b'/' => {
                                self.pos += 2;
                                break;
                            }
                            b'\n' | b'\r' => nl = true,
                            0xE2 if self.at(1) == 0x80 && matches!(self.at(2), 0xA8 | 0xA9) => {
                                nl = true
                            }
                            _ => {}
                        }
                        self.pos += 1;
                    }
                }
                c if c < 0x80 => break,
                _ => {
                    let Some(ch) = self.peek_char() else { break };
                    if ch == '\u{2028}' || ch == '\u{2029}' {
                        nl = true;
                    } else if !is_js_space(ch) {
                        break;
                    }
                    self.pos += ch.len_utf8();
                }
            }
        }
        Ok(nl)
    }

    fn next_tok(&mut self) -> Result<Tok, SyntaxError> {
        let start = self.pos;
        let c = self.b[start];
        match c {
            b'a'..=b'z' | b'A'..=b'Z' | b'$' | b'_' | b'\\' => self.ident(),
            b'0'..=b'9' => self.number(),
            b'.' if self.at(1).is_ascii_digit() => self.number(),
            b'"' | b'\'' => self.string(c),
            b'`' => {
                self.pos += 1;
                self.template(start as u32, true)
            }
            b'}' if matches!(self.braces.last(), Some(Some(_))) => {
                let open = self.braces.pop().flatten().unwrap_or(start as u32);
                self.pos += 1;
                self.template(open, false)
            }
            b'#' => Err(SyntaxError::syntax(
                "Private names (#x) are not supported",
                sp(start, start + 1),
            )),
            c if c >= 0x80 => match self.peek_char() {
                Some(ch) if is_id_start(ch) => self.ident(),
                Some(ch) => Err(invalid(start, start + ch.len_utf8())),
                None => Err(invalid(start, start + 1)),
            },
            _ => self.punct(),
        }
    }

    fn hex_digit(&self, i: usize) -> Option<u32> {
        (self.at(i) as char).to_digit(16)
    }

    /// `\uXXXX` or `\u{X...}` with `pos` at the backslash; `None` when invalid
    /// (pos is left after the last hex digit consumed).
    fn unicode_escape(&mut self) -> Result<u32, &'static str> {
        self.pos += 2; // \u
        if self.at(0) == b'{' {
            self.pos += 1;
            let mut v: u32 = 0;
            let mut n = 0;
            while let Some(d) = self.hex_digit(0) {
                v = v.saturating_mul(16).saturating_add(d);
                self.pos += 1;
                n += 1;
            }
            if n == 0 || self.at(0) != b'}' {
                return Err("Invalid Unicode escape sequence");
            }
            if v > 0x10FFFF {
                return Err("Undefined Unicode code-point");
            }
            self.pos += 1;
            Ok(v)
        } else {
            let mut v = 0;
            for _ in 0..4 {
                let Some(d) = self.hex_digit(0) else {
                    return Err("Invalid Unicode escape sequence");
                };
                v = v * 16 + d;
                self.pos += 1;
            }
            Ok(v)
        }
    }

    fn ident(&mut self) -> Result<Tok, SyntaxError> {
        let start = self.pos;
        let mut name = String::new();
        let mut plain_from = start;
        let mut escaped = false;
        while let Some(&c) = self.b.get(self.pos) {
            if c.is_ascii_alphanumeric() || c == b'$' || c == b'_' {
                self.pos += 1;
            } else if c == b'\\' {
                let esc = self.pos;
                name.push_str(&self.src[plain_from..esc]);
                let bad =
                    || SyntaxError::syntax("Invalid Unicode escape sequence", sp(esc, esc + 1));
                if self.at(1) != b'u' {
                    return Err(bad());
                }
                let v = self.unicode_escape().map_err(|_| bad())?;
                let ch = char::from_u32(v).ok_or_else(bad)?;
                let ok = if esc == start {
                    is_id_start(ch)
                } else {
                    is_id_continue(ch)
                };
                if !ok {
                    return Err(bad());
                }
                name.push(ch);
                escaped = true;
                plain_from = self.pos;
            } else if c >= 0x80 {
                match self.peek_char() {
                    Some(ch) if is_id_continue(ch) => self.pos += ch.len_utf8(),
                    _ => break,
                }
            } else {
                break;
            }
        }
        let word: &str = if escaped {
            name.push_str(&self.src[plain_from..self.pos]);
            &name
        } else {
            &self.src[start..self.pos]
        };
        match Kw::from_word(word) {
            Some(_) if escaped => Err(SyntaxError::syntax(
                "Keyword must not contain escaped characters",
                sp(start, self.pos),
            )),
            Some(kw) => Ok(Tok::Kw(kw)),
            None => Ok(Tok::Ident(self.interner.intern(word))),
        }
    }

    /// Digits of `radix` with numeric separators; returns them without `_`.
    fn digits(&mut self, radix: u32, out: &mut String) -> Result<(), SyntaxError> {
        let mut last_us = false;
        let mut any = false;
        loop {
            let c = self.at(0);
            if (c as char).is_digit(radix) {
                out.push(c as char);
                last_us = false;
                any = true;
                self.pos += 1;
            } else if c == b'_' {
                let p = self.pos;
                if last_us {
                    return Err(SyntaxError::syntax(
                        "Only one underscore is allowed as numeric separator",
                        sp(p, p + 1),
                    ));
                }
                if !any {
                    return Err(SyntaxError::syntax(
                        "Numeric separators are not allowed here",
                        sp(p, p + 1),
                    ));
                }
                last_us = true;
                self.pos += 1;
            } else {
                break;
            }
        }
        if last_us {
            return Err(SyntaxError::syntax(
                "Numeric separators are not allowed at the end of numeric literals",
                sp(self.pos - 1, self.pos),
            ));
        }
        Ok(())
    }

    fn number(&mut self) -> Result<Tok, SyntaxError> {
        let start = self.pos;
        let mut text = String::new();
        let value;
        let radix = match (self.at(0), self.at(1)) {
            (b'0', b'x' | b'X') => 16,
            (b'0', b'o' | b'O') => 8,
            (b'0', b'b' | b'B') => 2,
            _ => 10,
        };
        if radix != 10 {
            self.pos += 2;
            self.digits(radix, &mut text)?;
            if text.is_empty() {
                return Err(invalid(start, self.pos));
            }
            value = parse_radix(&text, radix);
        } else if self.at(0) == b'0' && (self.at(1).is_ascii_digit() || self.at(1) == b'_') {
            if self.at(1) == b'_' {
                return Err(SyntaxError::syntax(
                    "Numeric separator can not be used after leading 0.",
                    sp(start + 1, start + 2),
                ));
            }
            let mut octal = true;
            while self.at(0).is_ascii_digit() {
                octal &= self.at(0) < b'8';
                self.pos += 1;
            }
            let msg = if octal {
                "Octal literals are not allowed in strict mode."
            } else {
                "Decimals with leading zeros are not allowed in strict mode."
            };
            return Err(SyntaxError::syntax(msg, sp(start, self.pos)));
        } else {
            self.digits(10, &mut text)?;
            if self.at(0) == b'.' {
                self.pos += 1;
                text.push('.');
                if self.at(0) == b'_' {
                    return Err(SyntaxError::syntax(
                        "Numeric separators are not allowed here",
                        sp(self.pos, self.pos + 1),
                    ));
                }
                self.digits(10, &mut text)?;
            }
            if matches!(self.at(0), b'e' | b'E') {
                let e = self.pos;
                self.pos += 1;
                text.push('e');
                if matches!(self.at(0), b'+' | b'-') {
                    text.push(self.at(0) as char);
                    self.pos += 1;
                }
                let before = text.len();
                if self.at(0) == b'_' {
                    return Err(SyntaxError::syntax(
                        "Numeric separators are not allowed here",
                        sp(self.pos, self.pos + 1),
                    ));
                }
                self.digits(10, &mut text)?;
                if text.len() == before {
                    return Err(invalid(e, self.pos));
                }
            }
            if text.starts_with('.') {
                text.insert(0, '0');
            }
            value = text.parse::<f64>().unwrap_or(f64::NAN);
        }
        if self.at(0) == b'n' {
            return Err(SyntaxError::syntax(
                "BigInt is not supported",
                sp(start, self.pos + 1),
            ));
        }
        let next_is_ident = match self.at(0) {
            c if c.is_ascii_alphanumeric() || c == b'$' || c == b'_' || c == b'\\' => true,
            c if c >= 0x80 => self.peek_char().is_some_and(is_id_start),
            _ => false,
        };
        if next_is_ident {
            let len = self.peek_char().map_or(1, char::len_utf8);
            return Err(invalid(self.pos, self.pos + len));
        }
        Ok(Tok::Num(value))
    }

    /// One escape sequence (pos at the backslash), appended to `out`.
    fn escape(&mut self, out: &mut Vec<u16>, template: bool) -> Result<(), SyntaxError> {
        let esc = self.pos;
        let c = self.at(1);
        let simple = match c {
            b'n' => Some(0x0A),
            b't' => Some(0x09),
            b'r' => Some(0x0D),
            b'b' => Some(0x08),
            b'f' => Some(0x0C),
            b'v' => Some(0x0B),
            b'0' if !self.at(2).is_ascii_digit() => Some(0),
            _ => None,
        };
        if let Some(u) = simple {
            out.push(u);
            self.pos += 2;
            return Ok(());
        }
        match c {
            0 if self.pos + 1 >= self.b.len() => {
                // Backslash at end of input: the caller reports unterminated.
                self.pos += 1;
                Ok(())
            }
            b'0'..=b'7' => {
                self.pos += 2;
                let msg = if template {
                    "Octal escape sequences are not allowed in template strings"
                } else {
                    "Octal escape sequences are not allowed in strict mode."
                };
                Err(SyntaxError::syntax(msg, sp(esc, esc + 2)))
            }
            b'8' | b'9' => {
                self.pos += 2;
                let msg = if template {
                    "\\8 and \\9 are not allowed in template strings."
                } else {
                    "\\8 and \\9 are not allowed in strict mode."
                };
                Err(SyntaxError::syntax(msg, sp(esc, esc + 2)))
            }
            b'x' => {
                self.pos += 2;
                match (self.hex_digit(0), self.hex_digit(1)) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u16);
                        self.pos += 2;
                        Ok(())
                    }
                    _ => Err(SyntaxError::syntax(
                        "Invalid hexadecimal escape sequence",
                        sp(esc, self.pos),
                    )),
                }
            }
            b'u' => match self.unicode_escape() {
                Ok(v) => {
                    push_code_point(out, v);
                    Ok(())
                }
                Err(msg) => Err(SyntaxError::syntax(msg, sp(esc, self.pos))),
            },
            b'\r' => {
                self.pos += 2;
                if self.at(0) == b'\n' {
                    self.pos += 1;
                }
                Ok(())
            }
            b'\n' => {
                self.pos += 2;
                Ok(())
            }
            _ => {
                self.pos += 1;
                let Some(ch) = self.peek_char() else {
                    return Ok(());
                };
                self.pos += ch.len_utf8();
                if ch != '\u{2028}' && ch != '\u{2029}' {
                    let mut buf = [0u16; 2];
                    out.extend_from_slice(ch.encode_utf16(&mut buf));
                }
                Ok(())
            }
        }
    }

    fn string(&mut self, quote: u8) -> Result<Tok, SyntaxError> {
        let start = self.pos;
        self.pos += 1;
        let mut out = Vec::new();
        let unterminated =
            || SyntaxError::syntax("Unterminated string constant", sp(start, start + 1));
        loop {
            let Some(&c) = self.b.get(self.pos) else {
                return Err(unterminated());
            };
            match c {
                _ if c == quote => {
                    self.pos += 1;
                    return Ok(Tok::Str(out.into_boxed_slice()));
                }
                b'\\' => self.escape(&mut out, false)?,
                b'\n' | b'\r' => return Err(unterminated()),
                c if c < 0x80 => {
                    out.push(c as u16);
                    self.pos += 1;
                }
                _ => {
                    let Some(ch) = self.peek_char() else {
                        return Err(unterminated());
                    };
                    let mut buf = [0u16; 2];
                    out.extend_from_slice(ch.encode_utf16(&mut buf));
                    self.pos += ch.len_utf8();
                }
            }
        }
    }

    /// A template part; `pos` is just after the opening backtick or `}`.
    fn template(&mut self, open: u32, head: bool) -> Result<Tok, SyntaxError> {
        let raw_start = self.pos;
        let mut cooked = Vec::new();
        let mut cooked_err: Option<(String, Span)> = None;
        loop {
            let Some(&c) = self.b.get(self.pos) else {
                return Err(SyntaxError::syntax(
                    "Unterminated template literal",
                    Span::new(open, open + 1),
                ));
            };
            let tail = match c {
                b'`' => Some(true),
                b'$' if self.at(1) == b'{' => Some(false),
                _ => None,
            };
            if let Some(tail) = tail {
                let raw = raw_utf16(&self.src[raw_start..self.pos]);
                if tail {
                    self.pos += 1;
                } else {
                    self.pos += 2;
                    self.braces.push(Some(open));
                }
                let cooked = match cooked_err {
                    Some(e) => Err(e),
                    None => Ok(cooked.into_boxed_slice()),
                };
                return Ok(Tok::Template {
                    part: Box::new(TemplatePart { cooked, raw }),
                    head,
                    tail,
                });
            }
            match c {
                b'\\' => {
                    if let Err(e) = self.escape(&mut cooked, true) {
                        if cooked_err.is_none() {
                            let DiagKind::Syntax(m) = e.kind else {
                                unreachable!()
                            };
                            cooked_err = Some((m, e.span));
                        }
                    }
                }
                b'\r' => {
                    cooked.push(0x0A);
                    self.pos += 1;
                    if self.at(0) == b'\n' {
                        self.pos += 1;
                    }
                }
                c if c < 0x80 => {
                    cooked.push(c as u16);
                    self.pos += 1;
                }
                _ => {
                    let Some(ch) = self.peek_char() else {
                        self.pos += 1;
                        continue;
                    };
                    let mut buf = [0u16; 2];
                    cooked.extend_from_slice(ch.encode_utf16(&mut buf));
                    self.pos += ch.len_utf8();
                }
            }
        }
    }

    fn punct(&mut self) -> Result<Tok, SyntaxError> {
        use P::*;
        let (a, b, c, d) = (self.at(0), self.at(1), self.at(2), self.at(3));
        let (p, n) = match a {
            b'{' => (LBrace, 1),
            b'}' => (RBrace, 1),
            b'(' => (LParen, 1),
            b')' => (RParen, 1),
            b'[' => (LBracket, 1),
            b']' => (RBracket, 1),
            b';' => (Semi, 1),
            b',' => (Comma, 1),
            b':' => (Colon, 1),
            b'~' => (Tilde, 1),
            b'.' if b == b'.' && c == b'.' => (Ellipsis, 3),
            b'.' => (Dot, 1),
            b'?' if b == b'?' && c == b'=' => (QQEq, 3),
            b'?' if b == b'?' => (QQ, 2),
            b'?' if b == b'.' && !c.is_ascii_digit() => (QDot, 2),
            b'?' => (Question, 1),
            b'<' if b == b'<' && c == b'=' => (ShlEq, 3),
            b'<' if b == b'<' => (Shl, 2),
            b'<' if b == b'=' => (LtEq, 2),
            b'<' => (Lt, 1),
            b'>' if b == b'>' && c == b'>' && d == b'=' => (UShrEq, 4),
            b'>' if b == b'>' && c == b'>' => (UShr, 3),
            b'>' if b == b'>' && c == b'=' => (ShrEq, 3),
            b'>' if b == b'>' => (Shr, 2),
            b'>' if b == b'=' => (GtEq, 2),
            b'>' => (Gt, 1),
            b'=' if b == b'=' && c == b'=' => (EqEqEq, 3),
            b'=' if b == b'=' => (EqEq, 2),
            b'=' if b == b'>' => (Arrow, 2),
            b'=' => (Eq, 1),
            b'!' if b == b'=' && c == b'=' => (NotEqEq, 3),
            b'!' if b == b'=' => (NotEq, 2),
            b'!' => (Bang, 1),
            b'+' if b == b'+' => (PlusPlus, 2),
            b'+' if b == b'=' => (PlusEq, 2),
            b'+' => (Plus, 1),
            b'-' if b == b'-' => (MinusMinus, 2),
            b'-' if b == b'=' => (MinusEq, 2),
            b'-' => (Minus, 1),
            b'*' if b == b'*' && c == b'=' => (StarStarEq, 3),
            b'*' if b == b'*' => (StarStar, 2),
            b'*' if b == b'=' => (StarEq, 2),
            b'*' => (Star, 1),
            b'/' if b == b'=' => (SlashEq, 2),
            b'/' => (Slash, 1),
            b'%' if b == b'=' => (PercentEq, 2),
            b'%' => (Percent, 1),
            b'&' if b == b'&' && c == b'=' => (AmpAmpEq, 3),
            b'&' if b == b'&' => (AmpAmp, 2),
            b'&' if b == b'=' => (AmpEq, 2),
            b'&' => (Amp, 1),
            b'|' if b == b'|' && c == b'=' => (PipePipeEq, 3),
            b'|' if b == b'|' => (PipePipe, 2),
            b'|' if b == b'=' => (PipeEq, 2),
            b'|' => (Pipe, 1),
            b'^' if b == b'=' => (CaretEq, 2),
            b'^' => (Caret, 1),
            _ => return Err(invalid(self.pos, self.pos + 1)),
        };
        match p {
            LBrace => self.braces.push(None),
            RBrace => {
                self.braces.pop();
            }
            _ => {}
        }
        self.pos += n;
        Ok(Tok::P(p))
    }
}

fn push_code_point(out: &mut Vec<u16>, v: u32) {
    if v < 0x10000 {
        out.push(v as u16);
    } else {
        let v = v - 0x10000;
        out.push(0xD800 + (v >> 10) as u16);
        out.push(0xDC00 + (v & 0x3FF) as u16);
    }
}

fn raw_utf16(s: &str) -> Utf16 {
    let mut out = Vec::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push(0x0A);
        } else {
            let mut buf = [0u16; 2];
            out.extend_from_slice(c.encode_utf16(&mut buf));
        }
    }
    out.into_boxed_slice()
}

fn parse_radix(digits: &str, radix: u32) -> f64 {
    let mut acc: u128 = 0;
    let mut overflow = false;
    for c in digits.chars() {
        let d = c.to_digit(radix).unwrap_or(0) as u128;
        match acc
            .checked_mul(radix as u128)
            .and_then(|v| v.checked_add(d))
        {
            Some(v) => acc = v,
            None => {
                overflow = true;
                break;
            }
        }
    }
    if !overflow {
        return acc as f64;
    }
    digits.chars().fold(0.0, |acc: f64, c| {
        acc * radix as f64 + c.to_digit(radix).unwrap_or(0) as f64
    })
}
