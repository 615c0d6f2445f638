//! Patterns: binding patterns of declarations and parameters, and the
//! conversion of an already parsed expression into an assignment target
//! (`[a, b] = ...`, `({ a, b: c = 1 } = ...)`, `obj.x = ...`).

use super::{PResult, Parser};
use crate::ast::*;
use crate::diag::Removed;
use crate::lexer::{Kw, Tok, P};
use crate::source::Span;

impl Parser<'_> {
    /// Names that cannot be bound or assigned in strict mode.
    pub(super) fn check_binding_name(&self, sym: Sym, span: Span) -> PResult<()> {
        if sym == self.k.eval || sym == self.k.arguments {
            return Err(self.err("Unexpected eval or arguments in strict mode", span));
        }
        Ok(())
    }

    /// A binding identifier (`let x`, `import { a as x }`, a parameter).
    pub(super) fn parse_binding_ident(&mut self) -> PResult<Ident> {
        match *self.peek() {
            Tok::Ident(sym) => {
                let span = self.span();
                self.check_binding_name(sym, span)?;
                self.bump();
                Ok(Ident { sym, span })
            }
            Tok::Kw(Kw::Yield | Kw::Await) => Err(self.removed_kw()),
            Tok::Kw(Kw::Let) => {
                Err(self.err("let is disallowed as a lexically bound name", self.span()))
            }
            _ => Err(self.unexpected()),
        }
    }

    /// A binding target: identifier, `[...]` or `{...}` pattern.
    pub(super) fn parse_binding(&mut self) -> PResult<Pattern> {
        crate::grow_stack(|| self.parse_binding_here())
    }

    fn parse_binding_here(&mut self) -> PResult<Pattern> {
        match self.peek() {
            Tok::P(P::LBracket) => {
                self.enter()?;
                let p = self.parse_array_binding();
                self.leave(1);
                p
            }
            Tok::P(P::LBrace) => {
                self.enter()?;
                let p = self.parse_object_binding();
                self.leave(1);
                p
            }
            _ => {
                let id = self.parse_binding_ident()?;
                Ok(Pattern {
                    kind: PatternKind::Ident(id.sym),
                    span: id.span,
                })
            }
        }
    }

    /// A binding target with an optional `= default`.
    fn parse_binding_elem(&mut self) -> PResult<(Pattern, Option<Expr>)> {
        let target = self.parse_binding()?;
        let default = if self.eat_p(P::Eq) {
            Some(self.parse_assign(false)?)
        } else {
            None
        };
        Ok((target, default))
    }

    fn rest_must_be_last<T>(&self) -> PResult<T> {
        Err(self.err("Rest element must be last element", self.span()))
    }

    fn parse_array_binding(&mut self) -> PResult<Pattern> {
        let start = self.bump();
        let mut elems = Vec::new();
        let mut rest = None;
        while !self.eat_p(P::RBracket) {
            if self.eat_p(P::Comma) {
                elems.push(None);
                continue;
            }
            if self.eat_p(P::Ellipsis) {
                rest = Some(Box::new(self.parse_binding()?));
                if !self.is_p(P::RBracket) {
                    return self.rest_must_be_last();
                }
                continue;
            }
            let (target, default) = self.parse_binding_elem()?;
            elems.push(Some(PatElem { target, default }));
            if !self.is_p(P::RBracket) {
                self.expect_p(P::Comma)?;
            }
        }
        Ok(Pattern {
            kind: PatternKind::Array { elems, rest },
            span: self.since(start),
        })
    }

    fn parse_object_binding(&mut self) -> PResult<Pattern> {
        let start = self.bump();
        let mut props = Vec::new();
        let mut rest = None;
        while !self.eat_p(P::RBrace) {
            if self.eat_p(P::Ellipsis) {
                if !matches!(self.peek(), Tok::Ident(_)) {
                    return Err(self.err(
                        "`...` must be followed by an identifier in declaration contexts",
                        self.span(),
                    ));
                }
                let id = self.parse_binding_ident()?;
                rest = Some(Box::new(Pattern {
                    kind: PatternKind::Ident(id.sym),
                    span: id.span,
                }));
                if !self.is_p(P::RBrace) {
                    return self.rest_must_be_last();
                }
                continue;
            }
            let key_tok = self.tok().clone();
            let key = self.parse_prop_key()?;
            let (target, default) = if self.eat_p(P::Colon) {
                self.parse_binding_elem()?
            } else {
                let (Tok::Ident(sym), PropKey::Ident(id)) = (&key_tok.tok, &key) else {
                    return Err(match key_tok.tok {
                        Tok::Kw(Kw::Yield) => self.removed(Removed::Yield, key_tok.span),
                        Tok::Kw(Kw::Await) => self.removed(Removed::Await, key_tok.span),
                        _ => self.unexpected_at(&key_tok),
                    });
                };
                self.check_binding_name(*sym, id.span)?;
                let target = Pattern {
                    kind: PatternKind::Ident(*sym),
                    span: id.span,
                };
                let default = if self.eat_p(P::Eq) {
                    Some(self.parse_assign(false)?)
                } else {
                    None
                };
                (target, default)
            };
            props.push(PatProp {
                key,
                target,
                default,
            });
            if !self.is_p(P::RBrace) {
                self.expect_p(P::Comma)?;
            }
        }
        Ok(Pattern {
            kind: PatternKind::Object { props, rest },
            span: self.since(start),
        })
    }

    /// `(a, [b, c] = d, ...rest)` of a function or arrow.
    pub(super) fn parse_params(&mut self) -> PResult<(Vec<Param>, Option<Pattern>)> {
        self.expect_p(P::LParen)?;
        let mut params = Vec::new();
        let mut rest = None;
        if self.ts && self.is_kw(Kw::This) && self.peek_at(1).tok == Tok::P(P::Colon) {
            // `function f(this: T, ...)`: a type for `this`, not a parameter.
            self.bump();
            self.skip_annotation()?;
            if !self.is_p(P::RParen) {
                self.expect_p(P::Comma)?;
            }
        }
        while !self.eat_p(P::RParen) {
            if self.eat_p(P::Ellipsis) {
                rest = Some(self.parse_binding()?);
                self.skip_annotation()?;
                if self.is_p(P::Eq) {
                    return Err(self.err(
                        "Rest parameter may not have a default initializer",
                        self.span(),
                    ));
                }
                if !self.is_p(P::RParen) {
                    return Err(
                        self.err("Rest parameter must be last formal parameter", self.span())
                    );
                }
                continue;
            }
            let target = self.parse_binding()?;
            if self.ts {
                // `x?: T`
                if self.is_p(P::Question) {
                    self.bump();
                }
                self.skip_annotation()?;
            }
            let default = if self.eat_p(P::Eq) {
                Some(self.parse_assign(false)?)
            } else {
                None
            };
            params.push(Param { target, default });
            if !self.is_p(P::RParen) {
                self.expect_p(P::Comma)?;
            }
        }
        let mut names = Vec::new();
        for p in &params {
            collect_names(&p.target, &mut names);
        }
        if let Some(r) = &rest {
            collect_names(r, &mut names);
        }
        let mut seen = std::collections::HashSet::new();
        for (sym, span) in names {
            if !seen.insert(sym) {
                return Err(self.err("Duplicate parameter name not allowed in this context", span));
            }
        }
        Ok((params, rest))
    }

    /// An identifier, member or index expression (possibly parenthesized):
    /// the target of `+=`, `++` and friends.
    pub(super) fn simple_target(&self, e: Expr, msg: &str) -> PResult<Pattern> {
        let span = e.span;
        let mut e = e;
        while let ExprKind::Paren(inner) = e.kind {
            e = *inner;
        }
        match e.kind {
            ExprKind::Ident(sym) => {
                self.check_binding_name(sym, span)?;
                Ok(Pattern {
                    kind: PatternKind::Ident(sym),
                    span,
                })
            }
            ExprKind::Member {
                optional: false, ..
            }
            | ExprKind::Index {
                optional: false, ..
            } => Ok(Pattern {
                kind: PatternKind::Expr(Box::new(e)),
                span,
            }),
            _ => Err(self.err(msg, span)),
        }
    }

    /// The target of `=`: a simple target, or an array / object literal
    /// turned into a destructuring pattern.
    pub(super) fn expr_to_pattern(&self, e: Expr, msg: &str) -> PResult<Pattern> {
        let span = e.span;
        match e.kind {
            ExprKind::Array(elems) => {
                let n = elems.len();
                let mut out = Vec::with_capacity(n);
                let mut rest = None;
                for (i, el) in elems.into_iter().enumerate() {
                    match el {
                        None => out.push(None),
                        Some(ArrayElem::Expr(x)) => {
                            let (target, default) = self.elem_to_pattern(x)?;
                            out.push(Some(PatElem { target, default }));
                        }
                        Some(ArrayElem::Spread(x)) => {
                            if i + 1 != n || self.trailing_after_rest(x.span) {
                                return Err(self.err("Rest element must be last element", x.span));
                            }
                            rest = Some(Box::new(
                                self.expr_to_pattern(x, "Invalid destructuring assignment target")?,
                            ));
                        }
                    }
                }
                Ok(Pattern {
                    kind: PatternKind::Array { elems: out, rest },
                    span,
                })
            }
            ExprKind::Object(props) => {
                let n = props.len();
                let mut out = Vec::with_capacity(n);
                let mut rest = None;
                for (i, prop) in props.into_iter().enumerate() {
                    match prop {
                        Prop::KeyValue(key, value) => {
                            let (target, default) = self.elem_to_pattern(value)?;
                            out.push(PatProp {
                                key,
                                target,
                                default,
                            });
                        }
                        Prop::Shorthand(id) => {
                            self.check_binding_name(id.sym, id.span)?;
                            out.push(PatProp {
                                key: PropKey::Ident(id),
                                target: Pattern {
                                    kind: PatternKind::Ident(id.sym),
                                    span: id.span,
                                },
                                default: None,
                            });
                        }
                        Prop::Method(_, f) => {
                            return Err(self.err("Invalid destructuring assignment target", f.span))
                        }
                        Prop::Spread(x) => {
                            if i + 1 != n || self.trailing_after_rest(x.span) {
                                return Err(self.err("Rest element must be last element", x.span));
                            }
                            rest = Some(Box::new(self.simple_target(
                                x,
                                "`...` must be followed by an assignable reference in assignment contexts",
                            )?));
                        }
                    }
                }
                Ok(Pattern {
                    kind: PatternKind::Object { props: out, rest },
                    span,
                })
            }
            kind => self.simple_target(Expr { kind, span }, msg),
        }
    }

    /// The spread `...x` had a trailing comma after it (`[...x,]`).
    fn trailing_after_rest(&self, x: Span) -> bool {
        self.rest_trailing_comma.contains(&x.start)
    }

    /// An element of an array / object pattern: `target` or `target = default`.
    fn elem_to_pattern(&self, e: Expr) -> PResult<(Pattern, Option<Expr>)> {
        const MSG: &str = "Invalid destructuring assignment target";
        match e.kind {
            ExprKind::Assign {
                op: AssignOp::Assign,
                target,
                value,
            } => Ok((*target, Some(*value))),
            kind => Ok((
                self.expr_to_pattern(Expr { kind, span: e.span }, MSG)?,
                None,
            )),
        }
    }
}

/// The names a pattern binds, with their spans.
pub(super) fn collect_names(p: &Pattern, out: &mut Vec<(Sym, Span)>) {
    match &p.kind {
        PatternKind::Ident(s) => out.push((*s, p.span)),
        PatternKind::Array { elems, rest } => {
            for e in elems.iter().flatten() {
                collect_names(&e.target, out);
            }
            if let Some(r) = rest {
                collect_names(r, out);
            }
        }
        PatternKind::Object { props, rest } => {
            for pr in props {
                collect_names(&pr.target, out);
            }
            if let Some(r) = rest {
                collect_names(r, out);
            }
        }
        PatternKind::Expr(_) => {}
    }
}
