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
//! - `lexer.rs`: tokens
//! - `parser/`: recursive-descent parser (statements, expressions, patterns)
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
pub use source::{SourceFile, Span};
