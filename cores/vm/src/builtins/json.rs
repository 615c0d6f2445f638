//! Built-ins: the `JSON` namespace. `stringify` and `parse` run natively;
//! a function replacer, a user `toJSON` or a reviver answer `NeedsJs` and
//! the twins in `prelude/json.js` take over.
//!
//! Both directions are iterative (explicit stacks), so nesting depth never
//! grows the Rust stack. Files: `json/stringify.rs` (stringify, the cycle
//! message, `toISOString` formatting), `json/parse.rs` (V8's grammar and
//! SyntaxError messages).

pub mod parse;
pub mod stringify;

pub use parse::parse_text;
pub use stringify::{date_iso_string, quote_json, stringify_utf8, stringify_value};

use super::Builder;
use crate::value::Value;

pub fn install(b: &mut Builder) {
    let json = b.object();
    b.method(json, "parse", parse::json_parse, 2);
    b.method(json, "stringify", stringify::json_stringify, 3);
    b.global("JSON", Value::Obj(json));
}

#[cfg(test)]
mod node_cases;
#[cfg(test)]
mod tests;
