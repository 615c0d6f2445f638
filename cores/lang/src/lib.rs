//! kitwork-lang: source text to bytecode.
//!
//! Owns the lexer, the parser, the syntax tree, the compile-time diagnostics
//! (removed constructs with their lessons, syntax errors), the compiler and
//! the bytecode format it emits, and the module graph. It must not depend on
//! the VM, on glommio or on anything that does I/O beyond reading source
//! files through the [`modules::Loader`] trait.
//!
//! File map:
//! - `source.rs`: files, spans, line index (span -> line:col)
//! - `intern.rs`: identifier interning (`Sym`)
//! - `diag.rs`: diagnostics, removed constructs, EN/VI messages
//! - `ast.rs`: the syntax tree
//! - `lexer.rs`: source to tokens (spans, newline-before flag for ASI,
//!   numbers, strings and templates as UTF-16, comments); lexical errors
//! - `parser/mod.rs`: [`parser::parse_module`], parser state, token helpers,
//!   ASI, error wording, the nesting-depth guard, big-stack parse thread
//! - `parser/expr.rs`: expressions (precedence climbing, arrows, optional
//!   chains, templates, `new`, object / array literals)
//! - `parser/stmt.rs`: statements, declarations, `for` forms, import / export,
//!   removed statements
//! - `parser/pattern.rs`: binding patterns, parameters, expression-to-pattern
//!   conversion for destructuring assignment
//! - `parser/types.rs`: TypeScript ([`Syntax::TypeScript`]): the type
//!   parser that skips (erases) types, type-only declarations, the removed
//!   TypeScript constructs
//! - `tests/parser.rs` (+ `tests/common/sexpr.rs`, an S-expression printer of
//!   the AST): parser tests, removed constructs with positions, fuzzing;
//!   `tests/lexer.rs`: lexer tests
//! - `bytecode.rs`: the instruction set, programs, disassembler
//! - `compiler/`: AST -> bytecode for a whole module graph (scopes,
//!   captures, TDZ, imports; `names.rs` renders callees as V8 does)
//! - `modules.rs`: the `Loader` trait, file-system and in-memory loaders

pub mod ast;
pub mod bytecode;
pub mod compiler;
pub mod diag;
pub mod intern;
pub mod lexer;
pub mod modules;
pub mod parser;
pub mod source;

pub use diag::{Diagnostic, Locale, Removed};
pub use parser::Syntax;
pub use source::{SourceFile, Span};

/// Runs `f` with enough stack for one more level of recursive descent:
/// when less than 256 KiB is left, continues on a fresh 4 MiB segment.
/// The parser and the compiler recurse through this at every nesting level,
/// so deep (but bounded, see [`parser::MAX_DEPTH`]) input never overflows
/// the caller's stack, whatever thread it runs on.
pub fn grow_stack<R>(f: impl FnOnce() -> R) -> R {
    stacker::maybe_grow(256 * 1024, 4 << 20, f)
}
