//! The generated sections of `docs/reference.md`: every built-in installed
//! in layer 0 and every removed construct, read from the running code.
//!
//! `tests/reference.rs` (root package) compares these with the document;
//! `UPDATE_REFERENCE=1 cargo test --test reference` rewrites it.

use crate::object::ObjKind;
use crate::value::{ObjId, Value};
use crate::{builtins::GLOBAL_NAMES, BufferConsole, Ctx, Limits};
use kitwork_lang::diag::{Locale, Removed};
use std::fmt::Write;

/// Markdown tables of the globals and, for each built-in object, its own
/// properties (and those of its `prototype`), sorted by name, each with
/// its `length` and whether it is Rust or the JavaScript prelude.
pub fn builtins_reference() -> String {
    let b = crate::builtins();
    let ctx = Ctx::new(
        b,
        None,
        Limits::default(),
        Box::new(BufferConsole::default()),
    );
    let mut out = String::new();
    out.push_str("### Globals\n\n");
    table_head(&mut out, "Global");
    for (name, v) in GLOBAL_NAMES.iter().zip(&b.globals) {
        row(&mut out, &ctx, name, *v);
    }
    for (name, v) in GLOBAL_NAMES.iter().zip(&b.globals) {
        let Value::Obj(o) = *v else { continue };
        section(&mut out, &ctx, name, o);
        if let Some(Value::Obj(p)) = prop(&ctx, o, "prototype") {
            section(&mut out, &ctx, &format!("{name}.prototype"), p);
        }
    }
    section(
        &mut out,
        &ctx,
        "Iterator objects (`arr.values()`, `map.entries()` ...)",
        b.realm.iterator_proto,
    );
    out
}

/// One `- **name**` entry per construct of [`Removed::ALL`] with its
/// English and Vietnamese compile-error messages.
pub fn removed_reference() -> String {
    let mut out = String::new();
    for r in Removed::ALL {
        let _ = writeln!(out, "- **`{}`**", r.name());
        let _ = writeln!(out, "  - en: {}", r.message(Locale::En));
        let _ = writeln!(out, "  - vi: {}", r.message(Locale::Vi));
    }
    out
}

fn table_head(out: &mut String, first: &str) {
    let _ = writeln!(out, "| {first} | What | `length` | Written in |");
    out.push_str("|---|---|---|---|\n");
}

/// The own property `name` of `o`, read directly (built-ins do not
/// enumerate, so `ops::own_keys` would not list them).
fn prop(ctx: &Ctx, o: ObjId, name: &str) -> Option<Value> {
    let props = &ctx.heap.obj(o).props;
    props
        .iter()
        .find(|(k, _)| ctx.heap.str(*k).to_rust_string() == name)
        .map(|(_, v)| v)
}

/// `### title` and a table of the own properties of `o`, sorted by name;
/// nothing when `o` has none.
fn section(out: &mut String, ctx: &Ctx, title: &str, o: ObjId) {
    let props = &ctx.heap.obj(o).props;
    if props.is_empty() {
        return;
    }
    let mut entries: Vec<(String, Value)> = props
        .iter()
        .map(|(k, v)| (ctx.heap.str(k).to_rust_string(), v))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let prefix = if title.contains(' ') { "" } else { title };
    if prefix.is_empty() {
        let _ = writeln!(out, "\n### {title}\n");
    } else {
        let _ = writeln!(out, "\n### `{title}`\n");
    }
    table_head(out, "Property");
    for (name, v) in entries {
        let full = if prefix.is_empty() {
            name
        } else {
            format!("{prefix}.{name}")
        };
        row(out, ctx, &full, v);
    }
}

/// `| name | what | length | written in |`
fn row(out: &mut String, ctx: &Ctx, name: &str, v: Value) {
    let twins = &crate::builtins().shared.twins;
    let (what, length, written) = match v {
        Value::Obj(o) => match &ctx.heap.obj(o).kind {
            ObjKind::Native {
                length, ctor, name, ..
            } => {
                let what = match ctor {
                    Some(_) => format!("constructor `{}`", ctx.heap.str(*name).to_rust_string()),
                    None => "function".to_string(),
                };
                let written = if twins.contains_key(&o) {
                    "Rust, JavaScript twin"
                } else {
                    "Rust"
                };
                (what, length.to_string(), written)
            }
            ObjKind::Closure { length, .. } => (
                "function".to_string(),
                length.to_string(),
                "JavaScript (prelude)",
            ),
            _ => (object_name(ctx, o), String::new(), ""),
        },
        other => (describe_primitive(ctx, other), String::new(), ""),
    };
    let _ = writeln!(out, "| `{name}` | {what} | {length} | {written} |");
}

/// A built-in object that is not a function: which global (or prototype)
/// it is, else `object`.
fn object_name(ctx: &Ctx, o: ObjId) -> String {
    let b = crate::builtins();
    for (name, v) in GLOBAL_NAMES.iter().zip(&b.globals) {
        if let Value::Obj(g) = *v {
            if g == o {
                return format!("object `{name}`");
            }
            if matches!(prop(ctx, g, "prototype"), Some(Value::Obj(p)) if p == o) {
                return format!("object `{name}.prototype`");
            }
        }
    }
    "object".to_string()
}

fn describe_primitive(ctx: &Ctx, v: Value) -> String {
    match v {
        Value::Undefined => "`undefined`".to_string(),
        Value::Null => "`null`".to_string(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Num(n) => format!("number `{}`", crate::number::to_js_string(n)),
        Value::Str(s) => format!("string `{:?}`", ctx.heap.str(s).to_rust_string()),
        _ => "value".to_string(),
    }
}
