//! The raw escape hatch: `db.raw("SELECT * FROM t WHERE a = ? AND b = ?", [x, y])`.
//!
//! Placeholders are `?` in both dialects. Each `?` outside a string literal
//! (`'...'`, `E'...'`, `$tag$...$tag$`), a quoted identifier (`"..."`) or a
//! comment (`-- ...`, `/* ... */`) becomes `?N` (SQLite) or `$N`
//! (PostgreSQL), numbered left to right. The number of `?` must equal the
//! number of parameters. PostgreSQL's jsonb operators `?`, `?|`, `?&` are
//! therefore not available in raw SQL: use `jsonb_exists(...)`,
//! `jsonb_exists_any(...)`, `jsonb_exists_all(...)`. `$1` written by hand
//! is refused, so one style is used throughout.

use super::{push_placeholder, refused, Built, Shape, MAX_PARAMS};
use crate::{DbError, Dialect, SqlValue};

/// SQL text with `?` placeholders and its parameters, in the dialect's own
/// placeholder style. The SQL text itself is the tenant's; only values go
/// through `params`.
pub fn raw(sql: &str, params: Vec<SqlValue>, dialect: Dialect) -> Result<Built, DbError> {
    if params.len() > MAX_PARAMS {
        return Err(refused(format!("raw: more than {MAX_PARAMS} parameters")));
    }
    let mut out = String::with_capacity(sql.len() + 8);
    let mut n = 0usize;
    // Start of the text not yet copied to `out`.
    let mut copied = 0usize;
    lex(sql, |at, token| {
        if token == Token::Placeholder {
            n += 1;
            out.push_str(&sql[copied..at]);
            push_placeholder(&mut out, dialect, n);
            copied = at + 1;
        }
    })?;
    out.push_str(&sql[copied..]);
    if n != params.len() {
        return Err(refused(format!(
            "raw: the SQL has {n} placeholder(s) ?, {} parameter(s) given",
            params.len()
        )));
    }
    Ok(Built {
        sql: out,
        params,
        shape: Shape::Rows,
    })
}

/// The names a raw statement mentions (words and quoted identifiers
/// outside literals and comments), unquoted words in lower case: what a
/// caller checks against names it reserves.
pub fn raw_names(sql: &str) -> Result<Vec<String>, DbError> {
    let mut names = Vec::new();
    lex(sql, |_, token| match token {
        Token::Word(w) => names.push(w.to_ascii_lowercase()),
        Token::Quoted(q) => names.push(q.replace("\"\"", "\"")),
        Token::Placeholder => {}
    })?;
    Ok(names)
}

#[derive(PartialEq)]
enum Token<'a> {
    /// A `?` at this offset.
    Placeholder,
    /// An unquoted word (keyword or identifier).
    Word(&'a str),
    /// The inside of a `"..."` identifier.
    Quoted(&'a str),
}

/// Walks `sql`, skipping string literals (`'...'`, `E'...'`,
/// `$tag$...$tag$`) and comments, and hands every token that matters to
/// `visit` with its byte offset.
fn lex<'a>(sql: &'a str, mut visit: impl FnMut(usize, Token<'a>)) -> Result<(), DbError> {
    let b = sql.as_bytes();
    let mut i = 0usize;
    while i < b.len() {
        match b[i] {
            b'\'' => {
                let escapes = i > 0 && matches!(b[i - 1], b'E' | b'e') && !ident_char(b, i - 1);
                i = skip_quoted(b, i, b'\'', escapes)?;
            }
            b'"' => {
                let end = skip_quoted(b, i, b'"', false)?;
                visit(i, Token::Quoted(&sql[i + 1..end - 1]));
                i = end;
            }
            b'-' if b.get(i + 1) == Some(&b'-') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let Some(end) = find(b, i + 2, b"*/") else {
                    return Err(refused("raw: unterminated /* comment"));
                };
                i = end + 2;
            }
            b'$' => {
                // `$tag$ ... $tag$` (PostgreSQL dollar quoting) or `$1`.
                let mut j = i + 1;
                while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_') {
                    j += 1;
                }
                if j < b.len() && b[j] == b'$' && !ident_char(b, i) {
                    let tag = &b[i..=j];
                    let Some(end) = find(b, j + 1, tag) else {
                        return Err(refused("raw: unterminated $$ string"));
                    };
                    i = end + tag.len();
                } else if j > i + 1 && b[i + 1..j].iter().all(u8::is_ascii_digit) {
                    return Err(refused(
                        "raw: write placeholders as ? (numbered for you), not $1",
                    ));
                } else {
                    i = j;
                }
            }
            b'?' => {
                if b.get(i + 1).is_some_and(u8::is_ascii_digit) {
                    return Err(refused(
                        "raw: write placeholders as ? (numbered for you), not ?1",
                    ));
                }
                visit(i, Token::Placeholder);
                i += 1;
            }
            c if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                let start = i;
                while i < b.len()
                    && (b[i].is_ascii_alphanumeric()
                        || b[i] == b'_'
                        || b[i] == b'$'
                        || b[i] >= 0x80)
                {
                    i += 1;
                }
                visit(start, Token::Word(&sql[start..i]));
            }
            c if c.is_ascii_digit() => {
                // A number (or a word's tail, as in 1e5): not a name.
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.')
                {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    Ok(())
}

fn ident_char(b: &[u8], i: usize) -> bool {
    // A byte before `i` that makes `b[i]` part of a longer word.
    i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')
}

/// Index just past the closing quote of the literal opening at `start`.
fn skip_quoted(b: &[u8], start: usize, q: u8, escapes: bool) -> Result<usize, DbError> {
    let mut i = start + 1;
    while i < b.len() {
        if escapes && b[i] == b'\\' {
            i += 2;
            continue;
        }
        if b[i] == q {
            if b.get(i + 1) == Some(&q) {
                i += 2;
                continue;
            }
            return Ok(i + 1);
        }
        i += 1;
    }
    Err(refused(if q == b'"' {
        "raw: unterminated quoted identifier"
    } else {
        "raw: unterminated string literal"
    }))
}

fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from > b.len() {
        return None;
    }
    b[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}
