//! TypeScript: type syntax, read and thrown away.
//!
//! Types are skipped, not checked: the type parser only has to consume the
//! right tokens (balanced brackets, `=>` of function types, `<...>` nesting,
//! `>>` read as two `>`), so that the JavaScript around them parses as it
//! would once the types are erased. Brackets are skipped whole with the
//! token-level bracket matching; `<` `>` are not brackets for the lexer and
//! are counted here. Nothing of a type reaches the AST; spans of everything
//! else are unchanged, so positions stay right.
//!
//! Declarations that only exist for the type checker (`interface`, `type`,
//! `declare ...`, function overload signatures, `import type`) become empty
//! statements; the names they declare at module level are recorded so that
//! the compiler can elide imports and exports of types. Constructs with a
//! run-time meaning the dialect lacks (`enum`, `namespace`, decorators,
//! `abstract class`) are removed constructs.

use super::{PResult, Parser, NO_MATCH};
use crate::ast::{Stmt, StmtKind, Sym};
use crate::diag::Removed;
use crate::lexer::{Kw, Tok, Token, P};
use crate::source::Span;

impl Parser<'_> {
    fn is_ident_at(&self, n: usize, sym: Sym) -> bool {
        matches!(self.peek_at(n).tok, Tok::Ident(s) if s == sym)
    }

    /// Skips a bracketed group (`(...)`, `[...]`, `{...}`) at the current token.
    pub(super) fn skip_group(&mut self) -> PResult<()> {
        let m = self.matching.get(self.pos).copied().unwrap_or(NO_MATCH);
        if m == NO_MATCH {
            return Err(self.unexpected());
        }
        self.pos = m as usize;
        self.bump();
        Ok(())
    }

    /// Consumes one `>`, splitting `>>`, `>=`, `>>>` ... as TypeScript
    /// rescans them inside type arguments.
    fn eat_gt(&mut self) -> PResult<()> {
        let t = self.tok().clone();
        let rest = match t.tok {
            Tok::P(P::Gt) => {
                self.bump();
                return Ok(());
            }
            Tok::P(P::Shr) => P::Gt,
            Tok::P(P::UShr) => P::Shr,
            Tok::P(P::GtEq) => P::Eq,
            Tok::P(P::ShrEq) => P::GtEq,
            Tok::P(P::UShrEq) => P::ShrEq,
            _ => return Err(self.unexpected()),
        };
        let split = t.span.start + 1;
        self.toks[self.pos] = Token {
            tok: Tok::P(rest),
            span: Span::new(split, t.span.end),
            nl_before: false,
        };
        self.undo.push((self.pos, t));
        self.last_end = split;
        Ok(())
    }

    /// `: Type` when present (TypeScript only).
    pub(super) fn skip_annotation(&mut self) -> PResult<()> {
        if self.ts && self.is_p(P::Colon) {
            self.bump();
            self.skip_type()?;
        }
        Ok(())
    }

    /// `: ReturnType` when present (TypeScript only), type predicates
    /// (`x is T`, `asserts x is T`) included.
    pub(super) fn skip_return_annotation(&mut self) -> PResult<()> {
        if self.ts && self.is_p(P::Colon) {
            self.bump();
            self.skip_return_type()?;
        }
        Ok(())
    }

    fn skip_return_type(&mut self) -> PResult<()> {
        let name_next = |t: &Token| matches!(t.tok, Tok::Ident(_) | Tok::Kw(Kw::This));
        if self.is_ident(self.k.asserts) && name_next(self.peek_at(1)) && !self.peek_at(1).nl_before
        {
            self.bump();
            self.bump();
            if self.is_ident(self.k.is) && !self.tok().nl_before {
                self.bump();
                self.skip_type()?;
            }
            return Ok(());
        }
        if name_next(self.tok()) && self.is_ident_at(1, self.k.is) && !self.peek_at(1).nl_before {
            self.bump();
            self.bump();
            return self.skip_type();
        }
        self.skip_type()
    }

    /// A type.
    pub(super) fn skip_type(&mut self) -> PResult<()> {
        crate::grow_stack(|| {
            self.enter()?;
            let r = self.skip_type_inner();
            self.leave(1);
            r
        })
    }

    fn skip_type_inner(&mut self) -> PResult<()> {
        self.skip_union()?;
        if self.is_kw(Kw::Extends) && !self.tok().nl_before {
            // A conditional type: `C extends E ? T : F`.
            self.bump();
            self.skip_union()?;
            self.expect_p(P::Question)?;
            self.skip_type()?;
            self.expect_p(P::Colon)?;
            self.skip_type()?;
        }
        Ok(())
    }

    fn skip_union(&mut self) -> PResult<()> {
        if self.is_p(P::Pipe) || self.is_p(P::Amp) {
            self.bump();
        }
        self.skip_type_operator()?;
        while self.is_p(P::Pipe) || self.is_p(P::Amp) {
            self.bump();
            self.skip_type_operator()?;
        }
        Ok(())
    }

    fn skip_type_operator(&mut self) -> PResult<()> {
        let k = &self.k;
        let op = matches!(self.peek(), Tok::Ident(s) if *s == k.keyof || *s == k.unique || *s == k.readonly);
        let next_starts_type = matches!(
            self.peek_at(1).tok,
            Tok::Ident(_)
                | Tok::Kw(_)
                | Tok::Str(_)
                | Tok::Num(_)
                | Tok::Template { .. }
                | Tok::P(P::LParen | P::LBracket | P::LBrace | P::Lt | P::Minus)
        );
        if op && next_starts_type {
            self.bump();
            return self.skip_type_operator();
        }
        if self.is_ident(self.k.infer) && matches!(self.peek_at(1).tok, Tok::Ident(_)) {
            self.bump();
            self.bump();
            return Ok(());
        }
        self.skip_postfix_type()
    }

    fn skip_postfix_type(&mut self) -> PResult<()> {
        self.skip_primary_type()?;
        // `T[]`, `T[K]`: on the same line only.
        while self.is_p(P::LBracket) && !self.tok().nl_before {
            self.skip_group()?;
        }
        Ok(())
    }

    /// `(params) => R` after the parameters' `(`.
    fn skip_fn_type_rest(&mut self) -> PResult<()> {
        self.skip_group()?;
        self.expect_p(P::Arrow)?;
        self.skip_return_type()
    }

    /// At `(` in a type: whether a function type starts here (TypeScript's
    /// look at the first parameter: `()`, `(...`, `(a:`, `(a,`, `(a?`,
    /// `(a=`, `(a) =>`, and the same with a `[...]` / `{...}` pattern), else
    /// it is a parenthesized type, and a `=>` after it belongs to an arrow.
    fn paren_starts_fn_type(&self) -> bool {
        let after_param = |n: usize| {
            matches!(
                self.peek_at(n).tok,
                Tok::P(P::Colon | P::Comma | P::Question | P::Eq)
            ) || (self.peek_at(n).tok == Tok::P(P::RParen)
                && self.peek_at(n + 1).tok == Tok::P(P::Arrow))
        };
        match self.peek_at(1).tok {
            Tok::P(P::RParen | P::Ellipsis) => true,
            Tok::Ident(_) | Tok::Kw(Kw::This) => after_param(2),
            Tok::P(P::LBracket | P::LBrace) => {
                let m = self.matching.get(self.pos + 1).copied().unwrap_or(NO_MATCH);
                m != NO_MATCH && after_param(m as usize + 1 - self.pos)
            }
            _ => false,
        }
    }

    fn skip_primary_type(&mut self) -> PResult<()> {
        match self.peek() {
            Tok::P(P::LParen) if self.paren_starts_fn_type() => self.skip_fn_type_rest(),
            Tok::P(P::LParen) => self.skip_group(), // a parenthesized type
            Tok::P(P::Lt) => {
                self.skip_type_params()?;
                if !self.is_p(P::LParen) {
                    return Err(self.unexpected());
                }
                self.skip_fn_type_rest()
            }
            Tok::P(P::LBrace | P::LBracket) => self.skip_group(),
            Tok::P(P::Minus) if matches!(self.peek_at(1).tok, Tok::Num(_)) => {
                self.bump();
                self.bump();
                Ok(())
            }
            Tok::Kw(Kw::New) => {
                self.bump();
                if self.is_p(P::Lt) {
                    self.skip_type_params()?;
                }
                if !self.is_p(P::LParen) {
                    return Err(self.unexpected());
                }
                self.skip_fn_type_rest()
            }
            Tok::Ident(s) if *s == self.k.abstract_ && self.peek_at(1).tok == Tok::Kw(Kw::New) => {
                self.bump();
                self.skip_primary_type()
            }
            Tok::Kw(Kw::Typeof) => {
                self.bump();
                if self.is_kw(Kw::Import) {
                    return self.skip_import_type();
                }
                self.skip_entity_name()?;
                self.skip_type_args_same_line()
            }
            Tok::Kw(Kw::Import) => self.skip_import_type(),
            Tok::Kw(Kw::Void | Kw::Null | Kw::This | Kw::True | Kw::False)
            | Tok::Num(_)
            | Tok::Str(_) => {
                self.bump();
                Ok(())
            }
            Tok::Template { head: true, .. } => self.skip_template_type(),
            Tok::Ident(_) => {
                self.skip_entity_name()?;
                self.skip_type_args_same_line()
            }
            _ => Err(self.unexpected()),
        }
    }

    /// `import("./m").Name<T>` at `import`.
    fn skip_import_type(&mut self) -> PResult<()> {
        self.bump();
        if !self.is_p(P::LParen) {
            return Err(self.unexpected());
        }
        self.skip_group()?;
        while self.is_p(P::Dot) {
            self.bump();
            self.parse_prop_ident_any()?;
        }
        self.skip_type_args_same_line()
    }

    /// `` `a${T}b` `` as a type.
    fn skip_template_type(&mut self) -> PResult<()> {
        loop {
            let tail = match self.peek() {
                Tok::Template { tail, .. } => *tail,
                _ => return Err(self.unexpected()),
            };
            self.bump();
            if tail {
                return Ok(());
            }
            self.skip_type()?;
        }
    }

    /// `a.b.c` (the first part an identifier or `this`).
    fn skip_entity_name(&mut self) -> PResult<()> {
        match self.peek() {
            Tok::Ident(_) | Tok::Kw(Kw::This) => {
                self.bump();
            }
            _ => return Err(self.unexpected()),
        }
        while self.is_p(P::Dot) {
            self.bump();
            self.parse_prop_ident_any()?;
        }
        Ok(())
    }

    fn parse_prop_ident_any(&mut self) -> PResult<()> {
        match self.peek() {
            Tok::Ident(_) | Tok::Kw(_) => {
                self.bump();
                Ok(())
            }
            _ => Err(self.unexpected()),
        }
    }

    fn skip_type_args_same_line(&mut self) -> PResult<()> {
        if self.is_p(P::Lt) && !self.tok().nl_before {
            self.skip_type_args()?;
        }
        Ok(())
    }

    /// `<T, U>` type arguments, at `<`.
    pub(super) fn skip_type_args(&mut self) -> PResult<()> {
        self.expect_p(P::Lt)?;
        loop {
            self.skip_type()?;
            if !self.eat_p(P::Comma) {
                break;
            }
        }
        self.eat_gt()
    }

    /// `<T extends U = D, const V>` type parameters, at `<`.
    pub(super) fn skip_type_params(&mut self) -> PResult<()> {
        self.expect_p(P::Lt)?;
        loop {
            // Modifiers: `const T`, `in T`, `out T`.
            while matches!(self.peek(), Tok::Kw(Kw::Const | Kw::In))
                || (matches!(self.peek(), Tok::Ident(_))
                    && matches!(self.peek_at(1).tok, Tok::Ident(_)))
            {
                self.bump();
            }
            match self.peek() {
                Tok::Ident(_) => {
                    self.bump();
                }
                _ => return Err(self.unexpected()),
            }
            if self.is_kw(Kw::Extends) {
                self.bump();
                self.skip_type()?;
            }
            if self.eat_p(P::Eq) {
                self.skip_type()?;
            }
            if !self.eat_p(P::Comma) {
                break;
            }
            if matches!(self.peek(), Tok::P(P::Gt)) {
                break;
            }
        }
        self.eat_gt()
    }

    /// At `<` after a callee: type arguments, kept only when they parse as
    /// such and a `(` follows (TypeScript's rule; otherwise `<` is a
    /// comparison and nothing is consumed).
    pub(super) fn try_call_type_args(&mut self) -> bool {
        self.try_parse(|p| {
            p.skip_type_args()?;
            Ok(p.is_p(P::LParen).then_some(()))
        })
        .is_some()
    }

    // ------------------------------------------------------------ declarations

    fn empty_stmt(&self, start: Span) -> Stmt {
        Stmt {
            kind: StmtKind::Empty,
            span: self.since(start),
        }
    }

    pub(super) fn note_type(&mut self, sym: Sym, exported: bool) {
        if self.blocks == 0 {
            self.types.push(sym);
            if exported {
                self.type_exports.push(sym);
            }
        }
    }

    /// A TypeScript declaration at the current token, when there is one:
    /// type-only ones become an empty statement, removed ones an error.
    /// `exported`: after `export`.
    pub(super) fn ts_declaration(&mut self, exported: bool) -> PResult<Option<Stmt>> {
        let start = self.span();
        let next = self.peek_at(1).clone();
        let same_line = !next.nl_before;
        match self.peek().clone() {
            Tok::Kw(Kw::Interface) if matches!(next.tok, Tok::Ident(_)) => {
                self.bump();
                self.skip_interface(exported)?;
                Ok(Some(self.empty_stmt(start)))
            }
            Tok::Ident(s)
                if s == self.k.type_ && same_line && matches!(next.tok, Tok::Ident(_)) =>
            {
                self.bump();
                self.skip_type_alias(exported)?;
                Ok(Some(self.empty_stmt(start)))
            }
            Tok::Kw(Kw::Enum) => Err(self.removed(Removed::Enum, start)),
            Tok::Kw(Kw::Const) if next.tok == Tok::Kw(Kw::Enum) => {
                Err(self.removed(Removed::Enum, start))
            }
            Tok::Ident(s)
                if (s == self.k.namespace || s == self.k.module)
                    && same_line
                    && matches!(next.tok, Tok::Ident(_) | Tok::Str(_)) =>
            {
                Err(self.removed(Removed::Namespace, start))
            }
            Tok::Ident(s)
                if s == self.k.abstract_ && same_line && next.tok == Tok::Kw(Kw::Class) =>
            {
                Err(self.removed(Removed::Class, start))
            }
            Tok::Ident(s) if s == self.k.declare && same_line && self.declare_follows() => {
                self.bump();
                self.skip_declare(exported)?;
                Ok(Some(self.empty_stmt(start)))
            }
            _ => Ok(None),
        }
    }

    fn declare_follows(&self) -> bool {
        let k = &self.k;
        match &self.peek_at(1).tok {
            Tok::Kw(
                Kw::Const | Kw::Let | Kw::Var | Kw::Function | Kw::Enum | Kw::Interface | Kw::Class,
            ) => true,
            Tok::Ident(s) => {
                [k.type_, k.namespace, k.module, k.global, k.abstract_].contains(s)
                    && !self.peek_at(2).nl_before
            }
            _ => false,
        }
    }

    /// After `interface`: `Name<T> extends A, B<C> { ... }`.
    fn skip_interface(&mut self, exported: bool) -> PResult<()> {
        let Tok::Ident(name) = *self.peek() else {
            return Err(self.unexpected());
        };
        self.bump();
        self.note_type(name, exported);
        if self.is_p(P::Lt) {
            self.skip_type_params()?;
        }
        if self.is_kw(Kw::Extends) {
            self.bump();
            loop {
                self.skip_entity_name()?;
                self.skip_type_args_same_line()?;
                if !self.eat_p(P::Comma) {
                    break;
                }
            }
        }
        if !self.is_p(P::LBrace) {
            return Err(self.unexpected());
        }
        self.skip_group()
    }

    /// After `type`: `Name<T> = Type;`.
    fn skip_type_alias(&mut self, exported: bool) -> PResult<()> {
        let Tok::Ident(name) = *self.peek() else {
            return Err(self.unexpected());
        };
        self.bump();
        self.note_type(name, exported);
        if self.is_p(P::Lt) {
            self.skip_type_params()?;
        }
        self.expect_p(P::Eq)?;
        self.skip_type()?;
        self.semi()
    }

    /// After `declare`: an ambient declaration, which has no code.
    fn skip_declare(&mut self, exported: bool) -> PResult<()> {
        let start = self.span();
        match self.peek().clone() {
            Tok::Kw(Kw::Const | Kw::Let | Kw::Var) => {
                let decl = self.parse_var_decl(true)?;
                self.semi()?;
                let mut names = Vec::new();
                for d in &decl.decls {
                    super::pattern::collect_names(&d.target, &mut names);
                }
                if exported {
                    for (sym, _) in names {
                        self.note_type(sym, true);
                    }
                }
                Ok(())
            }
            Tok::Kw(Kw::Function) => {
                self.bump();
                let Tok::Ident(name) = *self.peek() else {
                    return Err(self.unexpected());
                };
                self.bump();
                if exported {
                    self.note_type(name, true);
                }
                if self.is_p(P::Lt) {
                    self.skip_type_params()?;
                }
                if !self.is_p(P::LParen) {
                    return Err(self.unexpected());
                }
                self.skip_group()?;
                self.skip_return_annotation()?;
                self.semi()
            }
            Tok::Kw(Kw::Interface) => {
                self.bump();
                self.skip_interface(exported)
            }
            Tok::Ident(s) if s == self.k.type_ => {
                self.bump();
                self.skip_type_alias(exported)
            }
            _ => {
                // `declare enum E {}`, `declare class C {}`, `declare module "m" {}`,
                // `declare namespace N {}`, `declare global {}`, `declare module "m";`:
                // up to the end of the first `{...}`, a `;` or the line.
                let k = &self.k;
                let words = [k.module, k.namespace, k.global, k.abstract_];
                let mut named = false;
                loop {
                    let t = self.tok();
                    if t.nl_before && t.span.start > start.start {
                        return Ok(());
                    }
                    match &t.tok {
                        Tok::P(P::LBrace) => return self.skip_group(),
                        Tok::P(P::Semi) => {
                            self.bump();
                            return Ok(());
                        }
                        Tok::P(P::LParen | P::LBracket) => self.skip_group()?,
                        Tok::Eof | Tok::Error | Tok::P(P::RBrace) => {
                            if t.span.start > start.start {
                                return Ok(());
                            }
                            return Err(self.unexpected());
                        }
                        Tok::Ident(s) if !named && !words.contains(s) => {
                            let s = *s;
                            named = true;
                            self.bump();
                            if exported {
                                self.note_type(s, true);
                            }
                        }
                        _ => {
                            self.bump();
                        }
                    }
                }
            }
        }
    }

    /// After `import` at `type`: `import type { A } from "m"`, `import type
    /// * as ns from "m"`, `import type A from "m"`. True when it was one (all
    /// consumed but the `;`).
    pub(super) fn skip_import_type_decl(&mut self) -> PResult<bool> {
        if !self.is_ident(self.k.type_) {
            return Ok(false);
        }
        let next = self.peek_at(1);
        let type_only = match &next.tok {
            Tok::P(P::LBrace | P::Star) => true,
            // `import type from "m"` imports a default named `type`.
            Tok::Ident(s) => *s != self.k.from || self.is_ident_at(2, self.k.from),
            _ => false,
        };
        if !type_only {
            return Ok(false);
        }
        self.bump();
        match self.peek() {
            Tok::P(P::LBrace) => self.type_only_specs(false)?,
            Tok::P(P::Star) => {
                self.bump();
                if !self.is_ident(self.k.as_) {
                    return Err(self.unexpected());
                }
                self.bump();
                let id = self.parse_binding_ident()?;
                self.note_type(id.sym, false);
            }
            _ => {
                let id = self.parse_binding_ident()?;
                self.note_type(id.sym, false);
            }
        }
        self.expect_from()?;
        Ok(true)
    }

    /// `{ A, B as C }` of `import type` / `export type`: the names become
    /// type names (the local names of an import, the exported names of an
    /// export), so that `export { A }` and imports of them are elided too.
    pub(super) fn type_only_specs(&mut self, exported: bool) -> PResult<()> {
        self.expect_p(P::LBrace)?;
        while !self.eat_p(P::RBrace) {
            let mut name = self.parse_module_export_name()?;
            if self.is_ident(self.k.as_) {
                self.bump();
                name = self.parse_module_export_name()?;
            }
            self.note_type(name.sym, exported);
            if !self.is_p(P::RBrace) {
                self.expect_p(P::Comma)?;
            }
        }
        Ok(())
    }

    /// In an import or export list, at a name: a `type` modifier
    /// (`{ type A, b }`) is eaten and reported.
    pub(super) fn eat_type_modifier(&mut self) -> bool {
        if !self.ts || !self.is_ident(self.k.type_) {
            return false;
        }
        let next = &self.peek_at(1).tok;
        let is_modifier = match next {
            Tok::P(P::Comma | P::RBrace) => false,
            // `{ type as x }` renames the name `type`.
            Tok::Ident(s) if *s == self.k.as_ => {
                !matches!(
                    self.peek_at(2).tok,
                    Tok::Ident(_) | Tok::Kw(_) | Tok::Str(_)
                ) || self.is_ident_at(3, self.k.as_)
            }
            Tok::Ident(_) | Tok::Kw(_) | Tok::Str(_) => true,
            _ => false,
        };
        if is_modifier {
            self.bump();
        }
        is_modifier
    }
}
