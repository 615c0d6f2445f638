//! Rendering expressions the way V8 names them in runtime messages
//! (`obj.foo is not a function`, `a is not iterable`), JS number-to-string
//! for literal keys, and small scans of the source text used to place
//! runtime errors where node places them.

use crate::ast::{Expr, ExprKind, LogicalOp, UnaryOp};
use crate::intern::Interner;

/// JS `Number::toString` of a literal (property keys, messages).
pub fn num_to_string(n: f64) -> String {
    if n == 0.0 {
        return "0".into();
    }
    ryu_js::Buffer::new().format(n).to_string()
}

/// V8's CallPrinter for the common forms: identifiers, `this`, member and
/// index chains (`o.a[k].b`, a string key prints as `.key`, other literals
/// as `[lit]`), calls as `f(...)`, literals, `(a || b)`, `(a , b)`; anything
/// else is `(intermediate value)`. Parentheses are transparent.
pub fn render(e: &Expr, names: &Interner) -> String {
    let mut s = String::new();
    render_into(e, names, &mut s);
    s
}

fn render_into(e: &Expr, names: &Interner, out: &mut String) {
    match &e.kind {
        ExprKind::Ident(sym) => out.push_str(names.name(*sym)),
        ExprKind::This => out.push_str("this"),
        ExprKind::Paren(inner) | ExprKind::OptionalChain(inner) => render_into(inner, names, out),
        ExprKind::Member {
            object,
            prop,
            optional,
        } => {
            render_into(object, names, out);
            out.push_str(if *optional { "?." } else { "." });
            out.push_str(names.name(prop.sym));
        }
        ExprKind::Index {
            object,
            index,
            optional,
        } => {
            render_into(object, names, out);
            match &index.kind {
                ExprKind::Str(s) => {
                    out.push_str(if *optional { "?." } else { "." });
                    out.push_str(&String::from_utf16_lossy(s));
                }
                ExprKind::Template { quasis, exprs } if exprs.is_empty() => {
                    out.push_str(if *optional { "?." } else { "." });
                    if let Some(c) = &quasis[0].cooked {
                        out.push_str(&String::from_utf16_lossy(c));
                    }
                }
                _ => {
                    if *optional {
                        out.push_str("?.");
                    }
                    out.push('[');
                    render_into(index, names, out);
                    out.push(']');
                }
            }
        }
        ExprKind::Call { callee, .. } => {
            render_into(callee, names, out);
            out.push_str("(...)");
        }
        ExprKind::Num(n) => out.push_str(&num_to_string(*n)),
        ExprKind::Str(s) => {
            out.push('"');
            out.push_str(&String::from_utf16_lossy(s));
            out.push('"');
        }
        ExprKind::Template { quasis, exprs } if exprs.is_empty() => {
            out.push('"');
            if let Some(c) = &quasis[0].cooked {
                out.push_str(&String::from_utf16_lossy(c));
            }
            out.push('"');
        }
        ExprKind::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        ExprKind::Null => out.push_str("null"),
        ExprKind::Unary {
            op: UnaryOp::Neg,
            arg,
        } if matches!(arg.kind, ExprKind::Num(_)) => {
            out.push('-');
            render_into(arg, names, out);
        }
        ExprKind::Array(elems) if elems.is_empty() => out.push_str("[]"),
        ExprKind::Object(props) if props.is_empty() => out.push_str("{}"),
        ExprKind::Object(_) => out.push_str("{(intermediate value)}"),
        ExprKind::Logical { op, left, right } => {
            out.push('(');
            render_into(left, names, out);
            out.push_str(match op {
                LogicalOp::And => " && ",
                LogicalOp::Or => " || ",
                LogicalOp::Nullish => " ?? ",
            });
            render_into(right, names, out);
            out.push(')');
        }
        ExprKind::Seq(items) => {
            out.push('(');
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(" , ");
                }
                render_into(it, names, out);
            }
            out.push(')');
        }
        _ => out.push_str("(intermediate value)"),
    }
}

/// Skips whitespace, comments and closing parentheses from `at`; returns the
/// offset of the next significant character.
pub fn skip_trivia(text: &str, mut at: usize, skip_parens: bool) -> usize {
    let b = text.as_bytes();
    while at < b.len() {
        match b[at] {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => at += 1,
            b')' if skip_parens => at += 1,
            b'/' if b.get(at + 1) == Some(&b'/') => {
                while at < b.len() && b[at] != b'\n' {
                    at += 1;
                }
            }
            b'/' if b.get(at + 1) == Some(&b'*') => {
                at += 2;
                while at + 1 < b.len() && !(b[at] == b'*' && b[at + 1] == b'/') {
                    at += 1;
                }
                at += 2;
            }
            c if c >= 0x80 => {
                // Non-ASCII whitespace (NBSP, U+2028 ...) counts as trivia.
                let ch = text[at..].chars().next().unwrap_or('x');
                if ch.is_whitespace() || ch == '\u{feff}' {
                    at += ch.len_utf8();
                } else {
                    return at;
                }
            }
            _ => return at,
        }
    }
    at.min(b.len())
}

/// Scanning backwards from `at` (exclusive) over whitespace: the offset of
/// the previous significant character.
pub fn prev_significant(text: &str, at: usize) -> usize {
    let b = text.as_bytes();
    let mut i = at.min(b.len());
    while i > 0 {
        i -= 1;
        if !matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
            return i;
        }
    }
    0
}
