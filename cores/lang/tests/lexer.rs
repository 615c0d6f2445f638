//! Lexer tests: numbers, strings, punctuators, templates, comments, newlines.
use kitwork_lang::diag::DiagKind;
use kitwork_lang::intern::Interner;
use kitwork_lang::lexer::{tokenize, Tok, P};

fn lex(src: &str) -> (Vec<Tok>, Option<String>) {
    let mut i = Interner::new();
    let t = tokenize(src, &mut i);
    let err = t.error.map(|e| match e.kind {
        DiagKind::Syntax(m) | DiagKind::Semantic(m) => m,
        DiagKind::Removed(r) => r.name().to_string(),
    });
    (t.tokens.into_iter().map(|t| t.tok).collect(), err)
}

fn num(src: &str) -> f64 {
    match lex(src).0[0] {
        Tok::Num(n) => n,
        ref t => panic!("{src}: {t:?}"),
    }
}

fn err(src: &str) -> String {
    lex(src).1.unwrap_or_else(|| panic!("no error for {src:?}"))
}

fn str16(src: &str) -> Vec<u16> {
    match &lex(src).0[0] {
        Tok::Str(s) => s.to_vec(),
        t => panic!("{src}: {t:?}"),
    }
}

#[test]
fn numbers() {
    assert_eq!(num("42"), 42.0);
    assert_eq!(num(".5"), 0.5);
    assert_eq!(num("1e3"), 1000.0);
    assert_eq!(num("1.5E-2"), 0.015);
    assert_eq!(num("1_000_000"), 1e6);
    assert_eq!(num("0x1F"), 31.0);
    assert_eq!(num("0o17"), 15.0);
    assert_eq!(num("0b101"), 5.0);
    assert_eq!(num("0"), 0.0);
    assert_eq!(num("0.1"), 0.1);
    assert_eq!(num("5."), 5.0);
    assert_eq!(num("0xFFFFFFFFFFFFFFFFFFFF"), 1208925819614629174706175.0);
    assert!(err("017").contains("Octal literals"));
    assert!(err("09").contains("leading zeros"));
    assert_eq!(err("10n"), "BigInt is not supported");
    assert!(err("1__0").contains("Only one underscore"));
    assert!(err("1_").contains("at the end"));
    assert_eq!(err("3in x"), "Invalid or unexpected token");
    assert_eq!(err("0x"), "Invalid or unexpected token");
    assert_eq!(err("1e"), "Invalid or unexpected token");
}

#[test]
fn strings() {
    assert_eq!(str16(r#""a\n\t\x41\u0042\u{43}""#), [97, 10, 9, 65, 66, 67]);
    assert_eq!(str16(r#""\uD800""#), [0xD800]);
    assert_eq!(str16(r#""\u{1F600}""#), [0xD83D, 0xDE00]);
    assert_eq!(str16("'a\\\nb'"), [97, 98]);
    assert_eq!(str16("'a\\\r\nb'"), [97, 98]);
    assert_eq!(str16(r#""\0\b\f\v\q""#), [0, 8, 12, 11, 113]);
    assert_eq!(str16("\"ế\""), [0x1EBF]);
    assert_eq!(err("\"abc"), "Unterminated string constant");
    assert_eq!(err("\"ab\nc\""), "Unterminated string constant");
    assert!(err(r#""\01""#).contains("Octal escape"));
    assert!(err(r#""\8""#).contains("\\8"));
    assert_eq!(err(r#""\xZ1""#), "Invalid hexadecimal escape sequence");
    assert_eq!(err(r#""\u12""#), "Invalid Unicode escape sequence");
    assert_eq!(err(r#""\u{110000}""#), "Undefined Unicode code-point");
}

#[test]
fn punctuators() {
    let (t, e) = lex("a?.b ?? c ??= d ||= e &&= f ** g **= h >>>= i => ... x?.5:1");
    assert!(e.is_none());
    let ps: Vec<P> = t
        .iter()
        .filter_map(|t| match t {
            Tok::P(p) => Some(*p),
            _ => None,
        })
        .collect();
    use P::*;
    assert_eq!(
        ps,
        [
            QDot, QQ, QQEq, PipePipeEq, AmpAmpEq, StarStar, StarStarEq, UShrEq, Arrow, Ellipsis,
            Question, Colon
        ]
    );
}

#[test]
fn templates_and_comments() {
    let (t, e) = lex("#!/usr/bin/env node\n`a${ {b: `c${d}`} }e` // x\n/* y */");
    assert!(e.is_none(), "{e:?}");
    let kinds: Vec<String> = t
        .iter()
        .map(|t| match t {
            Tok::Template { head, tail, .. } => format!("T{}{}", *head as u8, *tail as u8),
            Tok::P(p) => p.as_str().to_string(),
            Tok::Ident(_) => "id".into(),
            t => format!("{t:?}"),
        })
        .collect();
    assert_eq!(
        kinds,
        ["T10", "{", "id", ":", "T10", "id", "T01", "}", "T01", "Eof"]
    );
    assert_eq!(err("`abc"), "Unterminated template literal");
    let (t, e) = lex("`\\unicode and \\u{` `\r\n`");
    assert!(e.is_none());
    match &t[0] {
        Tok::Template { part, .. } => assert!(part.cooked.is_err()),
        t => panic!("{t:?}"),
    }
    match &t[1] {
        Tok::Template { part, .. } => {
            assert_eq!(&*part.raw, &[10]);
            assert_eq!(part.cooked.as_deref(), Ok(&[10u16][..]));
        }
        t => panic!("{t:?}"),
    }
    assert_eq!(err("/* abc"), "Unterminated comment");
}

#[test]
fn newlines_and_identifiers() {
    let mut i = Interner::new();
    let t = tokenize("a /* \n */ b\u{2028}c // x\n d \\u0065 café", &mut i);
    let nl: Vec<bool> = t.tokens.iter().map(|t| t.nl_before).collect();
    assert_eq!(nl, [false, true, true, true, false, false, false]);
    assert!(matches!(t.tokens[4].tok, Tok::Ident(s) if i.name(s) == "e"));
    assert!(matches!(t.tokens[5].tok, Tok::Ident(s) if i.name(s) == "café"));
    assert!(err("\\u0069f").contains("escaped"));
    assert_eq!(err("a @ b"), "Invalid or unexpected token");
}
