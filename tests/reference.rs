//! `docs/reference.md` cannot drift from the code.
//!
//! - The built-ins section and the removed-constructs section are generated
//!   (`kitwork_vm::reference`) and must equal the text between their
//!   `<!-- generated:NAME:start -->` / `<!-- generated:NAME:end -->`
//!   markers.
//! - The hand-written limits and error-kinds tables (between
//!   `<!-- checked:NAME:start/end -->`) must list exactly the fields of
//!   `Limits` with their defaults and exactly the error kinds.
//!
//! After changing a built-in or a removed construct, regenerate with
//!
//! ```sh
//! UPDATE_REFERENCE=1 cargo test --test reference
//! ```

use kitwork_vm::error::JsErrorKind;
use kitwork_vm::reference::{builtins_reference, removed_reference};
use kitwork_vm::{ErrorKind, LimitKind, Limits};
use std::collections::BTreeSet;

const DOC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/reference.md");

fn markers(kind: &str, name: &str) -> (String, String) {
    (
        format!("<!-- {kind}:{name}:start -->\n"),
        format!("<!-- {kind}:{name}:end -->"),
    )
}

/// The text between the markers of `kind:name`, and its byte range.
fn between<'a>(doc: &'a str, kind: &str, name: &str) -> (&'a str, std::ops::Range<usize>) {
    let (start, end) = markers(kind, name);
    let s = doc
        .find(&start)
        .unwrap_or_else(|| panic!("docs/reference.md lacks {start:?}"))
        + start.len();
    let e = s + doc[s..]
        .find(&end)
        .unwrap_or_else(|| panic!("docs/reference.md lacks {end:?}"));
    (&doc[s..e], s..e)
}

#[test]
fn generated_sections_match_the_code() {
    let mut doc = std::fs::read_to_string(DOC).expect("docs/reference.md");
    let sections = [
        ("builtins", format!("\n{}\n", builtins_reference())),
        ("removed", format!("\n{}\n", removed_reference())),
    ];
    let update = std::env::var_os("UPDATE_REFERENCE").is_some();
    let mut stale = Vec::new();
    for (name, want) in &sections {
        let (have, range) = between(&doc, "generated", name);
        if have != want {
            stale.push(*name);
            doc.replace_range(range, want);
        }
    }
    if update {
        if !stale.is_empty() {
            std::fs::write(DOC, &doc).expect("write docs/reference.md");
        }
        return;
    }
    assert!(
        stale.is_empty(),
        "docs/reference.md is stale ({}): run `UPDATE_REFERENCE=1 cargo test --test reference` \
         and commit the result",
        stale.join(", ")
    );
}

/// The first cell of each table row between the markers, without backticks.
fn first_cells(section: &str) -> BTreeSet<String> {
    section
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(|l| {
            l[2..]
                .split(" |")
                .next()
                .unwrap()
                .trim_matches('`')
                .to_string()
        })
        .collect()
}

#[test]
fn limits_table_lists_every_field_with_its_default() {
    let doc = std::fs::read_to_string(DOC).expect("docs/reference.md");
    let (section, _) = between(&doc, "checked", "limits");
    // `Limits { max_energy: 100000000, max_depth: 64, ... }`
    let debug = format!("{:?}", Limits::default());
    let inner = debug
        .strip_prefix("Limits { ")
        .and_then(|s| s.strip_suffix(" }"))
        .expect("Limits derives Debug");
    let mut fields = BTreeSet::new();
    for field in inner.split(", ") {
        let (name, default) = field.split_once(": ").unwrap();
        fields.insert(name.to_string());
        let row = section
            .lines()
            .find(|l| l.starts_with(&format!("| `{name}` |")))
            .unwrap_or_else(|| panic!("limits table lacks `{name}`"));
        assert!(
            row.contains(&format!("`{default}`")),
            "limits table: `{name}` should show its default `{default}`: {row}"
        );
    }
    assert_eq!(first_cells(section), fields, "limits table rows");
}

#[test]
fn error_kinds_table_lists_every_kind() {
    use JsErrorKind::*;
    use LimitKind::*;
    let doc = std::fs::read_to_string(DOC).expect("docs/reference.md");
    let (section, _) = between(&doc, "checked", "errors");
    let js = [
        Error,
        TypeError,
        RangeError,
        ReferenceError,
        SyntaxError,
        UriError,
    ];
    let limits = [Energy, Depth, Memory, StringSize, ArraySize, Stack, Time];
    // Fails to compile when a kind is added: add it to the lists above.
    let _exhaustive = |k: ErrorKind| match k {
        ErrorKind::Js(Error | TypeError | RangeError | ReferenceError | SyntaxError | UriError) => {
        }
        ErrorKind::Limit(Energy | Depth | Memory | StringSize | ArraySize | Stack | Time) => {}
        ErrorKind::Fail => {}
    };
    let want: BTreeSet<String> = js
        .iter()
        .map(|k| ErrorKind::Js(*k))
        .chain(limits.iter().map(|k| ErrorKind::Limit(*k)))
        .chain([ErrorKind::Fail])
        .map(|k| k.name().to_string())
        .collect();
    assert_eq!(first_cells(section), want, "error kinds table rows");
}
