//! Recursive-descent parser: tokens to [`ast::Module`].
//!
//! - `mod.rs`: the parser state, token helpers, ASI, errors, nesting guard
//! - `expr.rs`: expressions (precedence climbing, arrows, literals, chains)
//! - `stmt.rs`: statements, declarations, import / export
//! - `pattern.rs`: binding patterns, parameters, expression-to-pattern
//!   conversion for destructuring assignment
//!
//! The first error wins. Removed constructs are reported at their first
//! token. Nesting deeper than [`MAX_DEPTH`] levels is refused with a
//! diagnostic instead of overflowing the Rust stack; the parser never panics.

mod expr;
mod pattern;
mod stmt;
mod types;

use crate::ast::{self, Expr, ExprKind, Sym};
use crate::diag::{DiagKind, Diagnostic, Removed};
use crate::intern::Interner;
use crate::lexer::{tokenize, Kw, SyntaxError, Tok, Token, P};
use crate::source::{SourceFile, Span};
use std::sync::Arc;

/// Deepest nesting of expressions, statements and patterns accepted.
pub const MAX_DEPTH: u32 = 256;

pub(crate) type PResult<T> = Result<T, SyntaxError>;

/// The language a module is written in.
///
/// TypeScript is JavaScript plus type syntax, which the parser accepts and
/// erases (nothing of it reaches the AST); TypeScript constructs with a
/// run-time meaning the dialect lacks (`enum`, `namespace`, decorators) are
/// removed constructs. JavaScript never accepts type syntax.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub enum Syntax {
    #[default]
    JavaScript,
    TypeScript,
}

impl Syntax {
    /// By file name: `*.ts` (`app.kitwork.ts`, `lib/util.ts`) is TypeScript,
    /// anything else JavaScript.
    pub fn from_path(name: &str) -> Syntax {
        if name.ends_with(".ts") {
            Syntax::TypeScript
        } else {
            Syntax::JavaScript
        }
    }
}

/// Parse one module, in the syntax its file name says ([`Syntax::from_path`]).
/// The diagnostic carries a copy of `file`; callers that hold an
/// `Arc<SourceFile>` can use [`parse_module_arc`] to share it.
pub fn parse_module(file: &SourceFile, interner: &mut Interner) -> Result<ast::Module, Diagnostic> {
    parse_module_as(file, Syntax::from_path(&file.name), interner)
}

/// [`parse_module`] in an explicit syntax, whatever the file's name.
pub fn parse_module_as(
    file: &SourceFile,
    syntax: Syntax,
    interner: &mut Interner,
) -> Result<ast::Module, Diagnostic> {
    parse_as(&file.text, syntax, interner).map_err(|e| Diagnostic {
        kind: e.kind,
        file: SourceFile::new(file.name.clone(), file.text.clone()),
        span: e.span,
    })
}

/// [`parse_module`] for a shared file (no copy on error).
pub fn parse_module_arc(
    file: &Arc<SourceFile>,
    interner: &mut Interner,
) -> Result<ast::Module, Diagnostic> {
    parse_module_arc_as(file, Syntax::from_path(&file.name), interner)
}

/// [`parse_module_arc`] in an explicit syntax.
pub fn parse_module_arc_as(
    file: &Arc<SourceFile>,
    syntax: Syntax,
    interner: &mut Interner,
) -> Result<ast::Module, Diagnostic> {
    parse_as(&file.text, syntax, interner).map_err(|e| Diagnostic {
        kind: e.kind,
        file: file.clone(),
        span: e.span,
    })
}

/// Parse JavaScript module source text; the error is not yet attached to a
/// file. Deep nesting is safe on any thread: the recursive entry points grow
/// the stack on demand ([`crate::grow_stack`]).
pub fn parse(text: &str, interner: &mut Interner) -> Result<ast::Module, SyntaxError> {
    parse_as(text, Syntax::JavaScript, interner)
}

/// [`parse`] in the given syntax.
pub fn parse_as(
    text: &str,
    syntax: Syntax,
    interner: &mut Interner,
) -> Result<ast::Module, SyntaxError> {
    parse_here_as(text, syntax, interner)
}

/// [`parse`] on the current thread.
pub fn parse_here(text: &str, interner: &mut Interner) -> Result<ast::Module, SyntaxError> {
    parse_here_as(text, Syntax::JavaScript, interner)
}

fn parse_here_as(
    text: &str,
    syntax: Syntax,
    interner: &mut Interner,
) -> Result<ast::Module, SyntaxError> {
    let lexed = tokenize(text, interner);
    let lex_error = lexed.error;
    let mut p = Parser::new(lexed.tokens, interner);
    p.ts = syntax == Syntax::TypeScript;
    let result = p.parse_program();
    let r = match (result, lex_error) {
        (Ok(m), None) => Ok(m),
        (Ok(_), Some(le)) => Err(le),
        // Any parser error at or after the point where lexing stopped was
        // caused by the missing tokens: report the lexical error instead.
        (Err(e), Some(le)) if e.span.start >= le.span.start => Err(le),
        (Err(e), _) => Err(e),
    };
    // `@` is not a token of JavaScript; in TypeScript it starts a decorator.
    match r {
        Err(e)
            if p.ts
                && matches!(e.kind, DiagKind::Syntax(_))
                && text.as_bytes().get(e.span.start as usize) == Some(&b'@') =>
        {
            Err(SyntaxError::removed(Removed::Decorator, e.span))
        }
        r => r,
    }
}

/// Names the parser compares against (contextual keywords and the like).
pub(crate) struct Known {
    pub of: Sym,
    pub as_: Sym,
    pub from: Sym,
    pub get: Sym,
    pub set: Sym,
    pub async_: Sym,
    pub eval: Sym,
    pub arguments: Sym,
    // TypeScript's contextual keywords.
    pub type_: Sym,
    pub declare: Sym,
    pub abstract_: Sym,
    pub namespace: Sym,
    pub module: Sym,
    pub global: Sym,
    pub satisfies: Sym,
    pub is: Sym,
    pub asserts: Sym,
    pub keyof: Sym,
    pub unique: Sym,
    pub readonly: Sym,
    pub infer: Sym,
}

/// Where the parser was, to go back after a speculative parse (TypeScript's
/// `f<T>(x)` and `(a): T => b` are told from comparisons and parenthesized
/// expressions by trying).
pub(crate) struct Snapshot {
    pos: usize,
    last_end: u32,
    depth: u32,
    cover_init: Option<Span>,
    rest_trailing_comma: usize,
    in_function: bool,
    loops: u32,
    undo: usize,
}

pub(crate) struct Parser<'i> {
    toks: Vec<Token>,
    /// For each opening bracket token, the index of its matching closer.
    matching: Vec<u32>,
    pos: usize,
    /// End of the last consumed token.
    last_end: u32,
    interner: &'i mut Interner,
    depth: u32,
    /// First `{ a = 1 }` shorthand initializer not yet turned into a pattern.
    cover_init: Option<Span>,
    /// Starts of spread elements followed by a trailing comma (`[...a,]`),
    /// which cannot become rest elements.
    rest_trailing_comma: Vec<u32>,
    in_function: bool,
    loops: u32,
    k: Known,
    /// TypeScript: type syntax is accepted and erased.
    pub(crate) ts: bool,
    /// TypeScript: the next arrow is the consequent of `?:`, so a return
    /// type is only taken when a `:` follows the arrow.
    cond_cons: bool,
    /// Tokens split by the type parser (`>>` read as `>` `>`), with their
    /// original, to undo on a failed speculative parse.
    undo: Vec<(usize, Token)>,
    /// How many blocks deep the current statement is (0: module level).
    blocks: u32,
    /// Type names declared at module level (interfaces, type aliases), and
    /// the ones of them that are exported; see [`ast::Module::types`].
    types: Vec<Sym>,
    type_exports: Vec<Sym>,
}

const NO_MATCH: u32 = u32::MAX;

impl<'i> Parser<'i> {
    fn new(toks: Vec<Token>, interner: &'i mut Interner) -> Parser<'i> {
        let mut matching = vec![NO_MATCH; toks.len()];
        let mut stack: Vec<(usize, P)> = Vec::new();
        for (i, t) in toks.iter().enumerate() {
            match t.tok {
                Tok::P(p @ (P::LParen | P::LBracket | P::LBrace)) => stack.push((i, p)),
                Tok::P(p @ (P::RParen | P::RBracket | P::RBrace)) => {
                    let want = match p {
                        P::RParen => P::LParen,
                        P::RBracket => P::LBracket,
                        _ => P::LBrace,
                    };
                    if let Some(&(j, open)) = stack.last() {
                        if open == want {
                            stack.pop();
                            matching[j] = i as u32;
                        } else {
                            // Unbalanced: leave the rest unmatched.
                            stack.clear();
                        }
                    }
                }
                _ => {}
            }
        }
        let k = Known {
            of: interner.intern("of"),
            as_: interner.intern("as"),
            from: interner.intern("from"),
            get: interner.intern("get"),
            set: interner.intern("set"),
            async_: interner.intern("async"),
            eval: interner.intern("eval"),
            arguments: interner.intern("arguments"),
            type_: interner.intern("type"),
            declare: interner.intern("declare"),
            abstract_: interner.intern("abstract"),
            namespace: interner.intern("namespace"),
            module: interner.intern("module"),
            global: interner.intern("global"),
            satisfies: interner.intern("satisfies"),
            is: interner.intern("is"),
            asserts: interner.intern("asserts"),
            keyof: interner.intern("keyof"),
            unique: interner.intern("unique"),
            readonly: interner.intern("readonly"),
            infer: interner.intern("infer"),
        };
        Parser {
            toks,
            matching,
            pos: 0,
            last_end: 0,
            interner,
            depth: 0,
            cover_init: None,
            rest_trailing_comma: Vec::new(),
            in_function: false,
            loops: 0,
            k,
            ts: false,
            cond_cons: false,
            undo: Vec::new(),
            blocks: 0,
            types: Vec::new(),
            type_exports: Vec::new(),
        }
    }

    // ------------------------------------------------------------ speculation

    pub(crate) fn snapshot(&self) -> Snapshot {
        Snapshot {
            pos: self.pos,
            last_end: self.last_end,
            depth: self.depth,
            cover_init: self.cover_init,
            rest_trailing_comma: self.rest_trailing_comma.len(),
            in_function: self.in_function,
            loops: self.loops,
            undo: self.undo.len(),
        }
    }

    pub(crate) fn rewind(&mut self, s: Snapshot) {
        while self.undo.len() > s.undo {
            let (i, t) = self.undo.pop().expect("undo entry");
            self.toks[i] = t;
        }
        self.pos = s.pos;
        self.last_end = s.last_end;
        self.depth = s.depth;
        self.cover_init = s.cover_init;
        self.rest_trailing_comma.truncate(s.rest_trailing_comma);
        self.in_function = s.in_function;
        self.loops = s.loops;
    }

    /// Runs `f`; on error (or `None`) puts the parser back where it was.
    pub(crate) fn try_parse<T>(
        &mut self,
        f: impl FnOnce(&mut Self) -> PResult<Option<T>>,
    ) -> Option<T> {
        let s = self.snapshot();
        match f(self) {
            Ok(Some(v)) => Some(v),
            _ => {
                self.rewind(s);
                None
            }
        }
    }

    // ------------------------------------------------------------ tokens

    fn tok(&self) -> &Token {
        &self.toks[self.pos.min(self.toks.len() - 1)]
    }

    fn peek(&self) -> &Tok {
        &self.tok().tok
    }

    fn peek_at(&self, n: usize) -> &Token {
        &self.toks[(self.pos + n).min(self.toks.len() - 1)]
    }

    fn span(&self) -> Span {
        self.tok().span
    }

    fn bump(&mut self) -> Span {
        let span = self.span();
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        self.last_end = span.end;
        span
    }

    /// A span from `start` to the end of the last consumed token.
    fn since(&self, start: Span) -> Span {
        Span::new(start.start, self.last_end.max(start.start))
    }

    fn is_p(&self, p: P) -> bool {
        matches!(self.peek(), Tok::P(q) if *q == p)
    }

    fn is_kw(&self, k: Kw) -> bool {
        matches!(self.peek(), Tok::Kw(q) if *q == k)
    }

    fn is_ident(&self, sym: Sym) -> bool {
        matches!(self.peek(), Tok::Ident(s) if *s == sym)
    }

    fn eat_p(&mut self, p: P) -> bool {
        if self.is_p(p) {
            self.bump();
            true
        } else {
            false
        }
    }

    fn expect_p(&mut self, p: P) -> PResult<Span> {
        if self.is_p(p) {
            Ok(self.bump())
        } else {
            Err(self.unexpected())
        }
    }

    /// Index of the token after the bracket matching the one at `self.pos + n`.
    fn after_matching(&self, n: usize) -> Option<&Token> {
        let i = self.pos + n;
        let m = *self.matching.get(i)?;
        if m == NO_MATCH {
            return None;
        }
        self.toks.get(m as usize + 1)
    }

    fn name(&self, sym: Sym) -> &str {
        self.interner.name(sym)
    }

    fn intern(&mut self, s: &str) -> Sym {
        self.interner.intern(s)
    }

    // ------------------------------------------------------------ errors

    fn unexpected(&self) -> SyntaxError {
        self.unexpected_at(self.tok())
    }

    fn unexpected_at(&self, t: &Token) -> SyntaxError {
        let msg = match &t.tok {
            Tok::Ident(s) => format!("Unexpected identifier '{}'", self.name(*s)),
            Tok::Kw(Kw::Enum) => "Unexpected reserved word".to_string(),
            Tok::Kw(Kw::Let) => "Unexpected token 'let'".to_string(),
            Tok::Kw(k) if k.strict_only() => "Unexpected strict mode reserved word".to_string(),
            Tok::Kw(k) => format!("Unexpected token '{}'", k.as_str()),
            Tok::P(p) => format!("Unexpected token '{}'", p.as_str()),
            Tok::Num(_) => "Unexpected number".to_string(),
            Tok::Str(_) => "Unexpected string".to_string(),
            Tok::Template { .. } => "Unexpected template string".to_string(),
            Tok::Eof => "Unexpected end of input".to_string(),
            Tok::Error => "Invalid or unexpected token".to_string(),
        };
        SyntaxError::syntax(msg, t.span)
    }

    fn removed(&self, r: Removed, span: Span) -> SyntaxError {
        SyntaxError::removed(r, span)
    }

    fn err(&self, msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::syntax(msg, span)
    }

    /// Enter one nesting level.
    fn enter(&mut self) -> PResult<()> {
        self.add_depth(1)
    }

    fn add_depth(&mut self, n: u32) -> PResult<()> {
        self.depth = self.depth.saturating_add(n);
        if self.depth > MAX_DEPTH {
            return Err(SyntaxError {
                kind: DiagKind::Semantic(format!(
                    "nesting too deep: more than {MAX_DEPTH} nested levels; split the code into functions"
                )),
                span: self.span(),
            });
        }
        Ok(())
    }

    fn leave(&mut self, n: u32) {
        self.depth = self.depth.saturating_sub(n);
    }

    /// Automatic semicolon insertion: `;`, or before `}`, end of input or a
    /// token on a new line.
    fn semi(&mut self) -> PResult<()> {
        if self.eat_p(P::Semi) {
            return Ok(());
        }
        let t = self.tok();
        if t.nl_before || matches!(t.tok, Tok::P(P::RBrace) | Tok::Eof) {
            return Ok(());
        }
        Err(self.unexpected())
    }

    /// Removed-construct checks shared by statements and expressions.
    fn check_async(&self) -> PResult<()> {
        if !self.is_ident(self.k.async_) {
            return Ok(());
        }
        let next = self.peek_at(1);
        if next.nl_before {
            return Ok(());
        }
        let is_async = match &next.tok {
            Tok::Kw(Kw::Function) => true,
            Tok::Ident(_) => matches!(self.peek_at(2).tok, Tok::P(P::Arrow)),
            Tok::P(P::LParen) => {
                matches!(self.after_matching(1), Some(t) if t.tok == Tok::P(P::Arrow))
            }
            _ => false,
        };
        if is_async {
            return Err(self.removed(Removed::Async, self.span()));
        }
        Ok(())
    }
}

/// How many nodes lie on the left spine of `e` (bounded): a chain built on
/// top of it adds to that depth.
fn spine(mut e: &Expr) -> u32 {
    let mut n = 0;
    loop {
        e = match &e.kind {
            ExprKind::Binary { left, .. } | ExprKind::Logical { left, .. } => left,
            ExprKind::Member { object, .. } | ExprKind::Index { object, .. } => object,
            ExprKind::Call { callee, .. } => callee,
            ExprKind::TaggedTemplate { tag, .. } => tag,
            ExprKind::Paren(x) | ExprKind::OptionalChain(x) => x,
            ExprKind::Cond { test, .. } => test,
            ExprKind::Seq(v) if !v.is_empty() => &v[0],
            _ => return n,
        };
        n += 1;
        if n > MAX_DEPTH {
            return n;
        }
    }
}

fn utf16_to_string(s: &[u16]) -> String {
    String::from_utf16_lossy(s)
}
