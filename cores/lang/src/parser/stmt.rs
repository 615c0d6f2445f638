//! Statements and declarations: blocks, `var`/`let`/`const`, `if`, the
//! three `for` forms, `break`/`continue`/`return`, function declarations,
//! `import` and `export`, and the removed statements.

use super::{utf16_to_string, PResult, Parser};
use crate::ast::*;
use crate::diag::Removed;
use crate::lexer::{Kw, Tok, P};
use crate::source::Span;

impl Parser<'_> {
    pub(super) fn parse_program(&mut self) -> PResult<Module> {
        let mut body = Vec::new();
        while *self.peek() != Tok::Eof {
            body.push(self.parse_module_item()?);
        }
        Ok(Module {
            body,
            types: std::mem::take(&mut self.types),
            type_exports: std::mem::take(&mut self.type_exports),
        })
    }

    fn parse_module_item(&mut self) -> PResult<Stmt> {
        match self.peek() {
            Tok::Kw(Kw::Import) if !matches!(self.peek_at(1).tok, Tok::P(P::LParen | P::Dot)) => {
                self.parse_import()
            }
            Tok::Kw(Kw::Export) => self.parse_export(),
            _ => self.parse_stmt_list_item(),
        }
    }

    /// Statements up to (and including) the closing `}`.
    pub(super) fn parse_block_items(&mut self) -> PResult<Vec<Stmt>> {
        self.blocks += 1;
        let mut body = Vec::new();
        while !self.eat_p(P::RBrace) {
            match self.parse_stmt_list_item() {
                Ok(s) => body.push(s),
                Err(e) => {
                    self.blocks -= 1;
                    return Err(e);
                }
            }
        }
        self.blocks -= 1;
        Ok(body)
    }

    /// A statement or a declaration (`let`, `const`, `function`).
    fn parse_stmt_list_item(&mut self) -> PResult<Stmt> {
        let start = self.span();
        if self.ts {
            if let Some(s) = self.ts_declaration(false)? {
                return Ok(s);
            }
        }
        match self.peek() {
            Tok::Kw(Kw::Let | Kw::Const) => {
                let decl = self.parse_var_decl(false)?;
                self.semi()?;
                Ok(Stmt {
                    kind: StmtKind::Var(decl),
                    span: self.since(start),
                })
            }
            Tok::Kw(Kw::Function) => {
                let kind = match self.parse_function_or_overload(true)? {
                    Some(f) => StmtKind::Function(Box::new(f)),
                    // A TypeScript overload signature: no code.
                    None => StmtKind::Empty,
                };
                Ok(Stmt {
                    kind,
                    span: self.since(start),
                })
            }
            _ => self.parse_statement(),
        }
    }

    /// A statement (also the body of `if` / `for`).
    fn parse_statement(&mut self) -> PResult<Stmt> {
        crate::grow_stack(|| self.parse_statement_here())
    }

    fn parse_statement_here(&mut self) -> PResult<Stmt> {
        self.enter()?;
        let r = self.parse_statement_inner();
        self.leave(1);
        r
    }

    fn parse_statement_inner(&mut self) -> PResult<Stmt> {
        let start = self.span();
        let kind = match self.peek() {
            Tok::P(P::LBrace) => {
                self.bump();
                StmtKind::Block(self.parse_block_items()?)
            }
            Tok::P(P::Semi) => {
                self.bump();
                StmtKind::Empty
            }
            Tok::Kw(Kw::Var) => {
                let decl = self.parse_var_decl(false)?;
                self.semi()?;
                StmtKind::Var(decl)
            }
            Tok::Kw(Kw::If) => self.parse_if()?,
            Tok::Kw(Kw::For) => self.parse_for()?,
            Tok::Kw(k @ (Kw::Break | Kw::Continue)) => {
                let is_break = *k == Kw::Break;
                self.bump();
                let t = self.tok();
                if matches!(t.tok, Tok::Ident(_)) && !t.nl_before {
                    return Err(self.removed(Removed::Label, t.span));
                }
                if self.loops == 0 {
                    return Err(self.err(
                        if is_break {
                            "Illegal break statement"
                        } else {
                            "Illegal continue statement: no surrounding iteration statement"
                        },
                        start,
                    ));
                }
                self.semi()?;
                if is_break {
                    StmtKind::Break
                } else {
                    StmtKind::Continue
                }
            }
            Tok::Kw(Kw::Return) => {
                if !self.in_function {
                    return Err(self.err("Illegal return statement", start));
                }
                self.bump();
                let t = self.tok();
                let arg = if t.nl_before || matches!(t.tok, Tok::P(P::Semi | P::RBrace) | Tok::Eof)
                {
                    None
                } else {
                    Some(self.parse_expression(false)?)
                };
                self.semi()?;
                StmtKind::Return(arg)
            }
            Tok::Kw(
                Kw::While
                | Kw::Do
                | Kw::Try
                | Kw::Catch
                | Kw::Finally
                | Kw::Throw
                | Kw::Switch
                | Kw::Class
                | Kw::With
                | Kw::Yield
                | Kw::Await,
            ) => return Err(self.removed_kw()),
            Tok::Kw(Kw::Function) => {
                if self.peek_at(1).tok == Tok::P(P::Star) {
                    return Err(self.removed(Removed::Generator, start));
                }
                return Err(self.err(
                    "In strict mode code, functions can only be declared at top level or inside a block.",
                    start,
                ));
            }
            Tok::Kw(Kw::Let | Kw::Const) => {
                return Err(self.err(
                    "Lexical declaration cannot appear in a single-statement context",
                    start,
                ));
            }
            Tok::Kw(Kw::Import | Kw::Export)
                if !matches!(self.peek_at(1).tok, Tok::P(P::LParen | P::Dot)) =>
            {
                return Err(self.err(
                    "import and export may only appear at the top level of a module",
                    start,
                ));
            }
            Tok::Ident(_) if self.peek_at(1).tok == Tok::P(P::Colon) => {
                return Err(self.removed(Removed::Label, start));
            }
            _ => {
                self.check_async()?;
                let e = self.parse_expression(false)?;
                self.semi()?;
                StmtKind::Expr(e)
            }
        };
        Ok(Stmt {
            kind,
            span: self.since(start),
        })
    }

    fn parse_if(&mut self) -> PResult<StmtKind> {
        self.bump();
        self.expect_p(P::LParen)?;
        let test = self.parse_expression(false)?;
        self.expect_p(P::RParen)?;
        let cons = Box::new(self.parse_statement()?);
        let alt = if self.is_kw(Kw::Else) {
            self.bump();
            Some(Box::new(self.parse_statement()?))
        } else {
            None
        };
        Ok(StmtKind::If { test, cons, alt })
    }

    fn var_kind(&self) -> VarKind {
        match self.peek() {
            Tok::Kw(Kw::Let) => VarKind::Let,
            Tok::Kw(Kw::Const) => VarKind::Const,
            _ => VarKind::Var,
        }
    }

    /// `var|let|const a = 1, [b] = c`; in a `for` head (`in_for`) the
    /// initializers are checked by the caller and `in` is not an operator.
    pub(super) fn parse_var_decl(&mut self, in_for: bool) -> PResult<VarDecl> {
        let kind = self.var_kind();
        self.bump();
        let mut decls = Vec::new();
        loop {
            let target = self.parse_binding()?;
            if self.ts {
                // `let x!: T` (definite assignment), `let x: T`.
                if self.is_p(P::Bang) && self.peek_at(1).tok == Tok::P(P::Colon) {
                    self.bump();
                }
                self.skip_annotation()?;
            }
            let init = if self.eat_p(P::Eq) {
                Some(self.parse_assign(in_for)?)
            } else {
                None
            };
            decls.push(Declarator { target, init });
            if !self.eat_p(P::Comma) {
                break;
            }
        }
        if !in_for {
            self.check_initializers(kind, &decls)?;
        }
        Ok(VarDecl { kind, decls })
    }

    fn check_initializers(&self, kind: VarKind, decls: &[Declarator]) -> PResult<()> {
        for d in decls {
            if d.init.is_some() {
                continue;
            }
            if kind == VarKind::Const {
                return Err(self.err("Missing initializer in const declaration", d.target.span));
            }
            if !matches!(d.target.kind, PatternKind::Ident(_)) {
                return Err(self.err(
                    "Missing initializer in destructuring declaration",
                    d.target.span,
                ));
            }
        }
        Ok(())
    }

    fn parse_loop_body(&mut self) -> PResult<Box<Stmt>> {
        self.loops += 1;
        let body = self.parse_statement();
        self.loops -= 1;
        Ok(Box::new(body?))
    }

    fn parse_for(&mut self) -> PResult<StmtKind> {
        self.bump();
        if self.is_kw(Kw::Await) {
            return Err(self.removed(Removed::Await, self.span()));
        }
        self.expect_p(P::LParen)?;
        let init = match self.peek() {
            Tok::P(P::Semi) => None,
            Tok::Kw(Kw::Var | Kw::Let | Kw::Const) => {
                let decl = self.parse_var_decl(true)?;
                let is_of = self.is_ident(self.k.of);
                if is_of || self.is_kw(Kw::In) {
                    let what = if is_of { "for-of" } else { "for-in" };
                    if decl.decls.len() != 1 {
                        return Err(self.err(
                            format!("Invalid left-hand side in {what} loop: Must have a single binding."),
                            decl.decls[1].target.span,
                        ));
                    }
                    let VarDecl { kind, mut decls } = decl;
                    let d = decls.remove(0);
                    if let Some(init) = d.init {
                        return Err(self.err(
                            format!(
                                "{what} loop variable declaration may not have an initializer."
                            ),
                            init.span,
                        ));
                    }
                    return self.parse_for_in_of(is_of, ForLeft::Decl(kind, d.target));
                }
                self.check_initializers(decl.kind, &decl.decls)?;
                Some(ForInit::Var(decl))
            }
            _ => {
                let first = self.parse_assign_cover(true)?;
                let is_of = self.is_ident(self.k.of);
                if is_of || self.is_kw(Kw::In) {
                    self.cover_init = None;
                    let msg = if is_of {
                        "Invalid left-hand side in for-of loop"
                    } else {
                        "Invalid left-hand side in for-in loop"
                    };
                    let target = self.expr_to_pattern(first, msg)?;
                    return self.parse_for_in_of(is_of, ForLeft::Target(target));
                }
                if let Some(sp) = self.cover_init.take() {
                    return Err(self.err("Invalid shorthand property initializer", sp));
                }
                Some(ForInit::Expr(self.parse_seq_rest(first, true)?))
            }
        };
        self.expect_p(P::Semi)?;
        let test = if self.is_p(P::Semi) {
            None
        } else {
            Some(self.parse_expression(false)?)
        };
        self.expect_p(P::Semi)?;
        let update = if self.is_p(P::RParen) {
            None
        } else {
            Some(self.parse_expression(false)?)
        };
        self.expect_p(P::RParen)?;
        let body = self.parse_loop_body()?;
        Ok(StmtKind::For {
            init,
            test,
            update,
            body,
        })
    }

    fn parse_for_in_of(&mut self, is_of: bool, left: ForLeft) -> PResult<StmtKind> {
        self.bump(); // `of` / `in`
        let right = if is_of {
            self.parse_assign(false)?
        } else {
            self.parse_expression(false)?
        };
        self.expect_p(P::RParen)?;
        let body = self.parse_loop_body()?;
        Ok(if is_of {
            StmtKind::ForOf { left, right, body }
        } else {
            StmtKind::ForIn { left, right, body }
        })
    }

    // ------------------------------------------------------------ modules

    fn parse_module_source(&mut self) -> PResult<(String, Span)> {
        match self.peek() {
            Tok::Str(s) => {
                let s = utf16_to_string(s);
                let span = self.bump();
                Ok((s, span))
            }
            _ => Err(self.unexpected()),
        }
    }

    pub(super) fn expect_from(&mut self) -> PResult<(String, Span)> {
        if !self.is_ident(self.k.from) {
            return Err(self.unexpected());
        }
        self.bump();
        self.parse_module_source()
    }

    /// A name in an import / export list: identifier, keyword or string.
    pub(super) fn parse_module_export_name(&mut self) -> PResult<Ident> {
        let span = self.span();
        let sym = match self.peek() {
            Tok::Ident(s) => *s,
            Tok::Kw(k) => {
                let k = *k;
                self.intern(k.as_str())
            }
            Tok::Str(s) => {
                let s = utf16_to_string(s);
                self.intern(&s)
            }
            _ => return Err(self.unexpected()),
        };
        self.bump();
        Ok(Ident { sym, span })
    }

    fn parse_import(&mut self) -> PResult<Stmt> {
        let start = self.bump();
        if self.ts && self.skip_import_type_decl()? {
            // `import type ...`: elided, the module is not even loaded.
            self.semi()?;
            return Ok(Stmt {
                kind: StmtKind::Empty,
                span: self.since(start),
            });
        }
        let mut specifiers = Vec::new();
        let bare = matches!(self.peek(), Tok::Str(_));
        if !bare {
            let mut need_more = true;
            if matches!(self.peek(), Tok::Ident(_)) {
                specifiers.push(ImportSpec::Default(self.parse_binding_ident()?));
                need_more = self.eat_p(P::Comma);
            }
            if need_more {
                if self.eat_p(P::Star) {
                    if !self.is_ident(self.k.as_) {
                        return Err(self.unexpected());
                    }
                    self.bump();
                    specifiers.push(ImportSpec::Namespace(self.parse_binding_ident()?));
                } else if self.eat_p(P::LBrace) {
                    while !self.eat_p(P::RBrace) {
                        let type_only = self.eat_type_modifier();
                        let tok = self.tok().clone();
                        let imported = self.parse_module_export_name()?;
                        let local = if self.is_ident(self.k.as_) {
                            self.bump();
                            self.parse_binding_ident()?
                        } else {
                            match tok.tok {
                                Tok::Ident(_) => {
                                    self.check_binding_name(imported.sym, imported.span)?;
                                    imported
                                }
                                Tok::Kw(Kw::Yield | Kw::Await) => {
                                    let r = if tok.tok == Tok::Kw(Kw::Yield) {
                                        Removed::Yield
                                    } else {
                                        Removed::Await
                                    };
                                    return Err(self.removed(r, tok.span));
                                }
                                _ => return Err(self.unexpected_at(&tok)),
                            }
                        };
                        if !type_only {
                            specifiers.push(ImportSpec::Named { imported, local });
                        }
                        if !self.is_p(P::RBrace) {
                            self.expect_p(P::Comma)?;
                        }
                    }
                } else {
                    return Err(self.unexpected());
                }
            }
            if !self.is_ident(self.k.from) {
                return Err(self.unexpected());
            }
        }
        let (source, source_span) = if bare {
            self.parse_module_source()?
        } else {
            self.expect_from()?
        };
        self.semi()?;
        Ok(Stmt {
            kind: StmtKind::Import(ImportDecl {
                source,
                source_span,
                specifiers,
            }),
            span: self.since(start),
        })
    }

    fn parse_export(&mut self) -> PResult<Stmt> {
        let start = self.bump();
        if self.ts {
            if self.is_ident(self.k.type_)
                && matches!(self.peek_at(1).tok, Tok::P(P::LBrace | P::Star))
            {
                // `export type { A } [from "m"]`, `export type * from "m"`.
                self.bump();
                if self.is_p(P::LBrace) {
                    self.type_only_specs(true)?;
                    if self.is_ident(self.k.from) {
                        self.expect_from()?;
                    }
                } else {
                    self.bump();
                    if self.is_ident(self.k.as_) {
                        self.bump();
                        self.parse_module_export_name()?;
                    }
                    self.expect_from()?;
                }
                self.semi()?;
                return Ok(Stmt {
                    kind: StmtKind::Empty,
                    span: self.since(start),
                });
            }
            if let Some(mut s) = self.ts_declaration(true)? {
                s.span = self.since(start);
                return Ok(s);
            }
            if self.is_kw(Kw::Default) && self.peek_at(1).tok == Tok::Kw(Kw::Interface) {
                self.bump();
                let default = self.intern("default");
                self.note_type(default, true);
                let saved = self.blocks;
                self.blocks = 1; // the interface's own name is not exported
                let r = self.ts_declaration(false);
                self.blocks = saved;
                r?;
                return Ok(Stmt {
                    kind: StmtKind::Empty,
                    span: self.since(start),
                });
            }
        }
        let decl = match self.peek() {
            Tok::Kw(Kw::Var | Kw::Let | Kw::Const | Kw::Function) => {
                ExportDecl::Decl(Box::new(self.parse_stmt_list_item()?))
            }
            Tok::Kw(Kw::Class) => return Err(self.removed_kw()),
            Tok::Kw(Kw::Default) => {
                self.bump();
                self.check_async()?;
                match self.peek() {
                    Tok::Kw(Kw::Class) => return Err(self.removed_kw()),
                    Tok::Kw(Kw::Function) => {
                        let f = self.parse_function(false)?;
                        if f.name.is_some() {
                            ExportDecl::DefaultFunction(Box::new(f))
                        } else {
                            let span = f.span;
                            ExportDecl::DefaultExpr(Expr {
                                kind: ExprKind::Function(Box::new(f)),
                                span,
                            })
                        }
                    }
                    _ => {
                        let e = self.parse_assign(false)?;
                        self.semi()?;
                        ExportDecl::DefaultExpr(e)
                    }
                }
            }
            Tok::P(P::Star) => {
                self.bump();
                let alias = if self.is_ident(self.k.as_) {
                    self.bump();
                    Some(self.parse_module_export_name()?)
                } else {
                    None
                };
                let from = self.expect_from()?;
                self.semi()?;
                ExportDecl::All { alias, from }
            }
            Tok::P(P::LBrace) => {
                self.bump();
                let mut specs = Vec::new();
                let mut first_bad_local = None;
                while !self.eat_p(P::RBrace) {
                    let type_only = self.eat_type_modifier();
                    let tok = self.tok().clone();
                    if !matches!(tok.tok, Tok::Ident(_)) && first_bad_local.is_none() {
                        first_bad_local = Some(tok);
                    }
                    let local = self.parse_module_export_name()?;
                    let exported = if self.is_ident(self.k.as_) {
                        self.bump();
                        self.parse_module_export_name()?
                    } else {
                        local
                    };
                    if !type_only {
                        specs.push(ExportSpec { local, exported });
                    }
                    if !self.is_p(P::RBrace) {
                        self.expect_p(P::Comma)?;
                    }
                }
                let from = if self.is_ident(self.k.from) {
                    Some(self.expect_from()?)
                } else {
                    if let Some(t) = first_bad_local {
                        return Err(self.unexpected_at(&t));
                    }
                    None
                };
                self.semi()?;
                ExportDecl::Named { specs, from }
            }
            Tok::Ident(_) => {
                self.check_async()?;
                return Err(self.unexpected());
            }
            _ => return Err(self.unexpected()),
        };
        Ok(Stmt {
            kind: StmtKind::Export(decl),
            span: self.since(start),
        })
    }
}
