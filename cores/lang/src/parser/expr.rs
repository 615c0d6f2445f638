//! Expressions: assignment, arrows, conditional, binary operators by
//! precedence climbing, unary / update, call and member chains (optional
//! chaining, tagged templates, `new`), primaries and literals.

use super::{spine, PResult, Parser};
use crate::ast::*;
use crate::diag::Removed;
use crate::lexer::{Kw, SyntaxError, Tok, P};
use crate::source::Span;

enum Bin {
    B(BinaryOp),
    L(LogicalOp),
}

const PREC_BITOR: u8 = 4;
/// Relational operators; TypeScript's `as` and `satisfies` bind as they do.
const PREC_REL: u8 = 8;
const PREC_EXP: u8 = 12;

fn assign_op(t: &Tok) -> Option<AssignOp> {
    use AssignOp::*;
    let Tok::P(p) = t else { return None };
    Some(match p {
        P::Eq => Assign,
        P::PlusEq => Op(BinaryOp::Add),
        P::MinusEq => Op(BinaryOp::Sub),
        P::StarEq => Op(BinaryOp::Mul),
        P::SlashEq => Op(BinaryOp::Div),
        P::PercentEq => Op(BinaryOp::Rem),
        P::StarStarEq => Op(BinaryOp::Exp),
        P::ShlEq => Op(BinaryOp::Shl),
        P::ShrEq => Op(BinaryOp::Shr),
        P::UShrEq => Op(BinaryOp::UShr),
        P::AmpEq => Op(BinaryOp::BitAnd),
        P::PipeEq => Op(BinaryOp::BitOr),
        P::CaretEq => Op(BinaryOp::BitXor),
        P::AmpAmpEq => Logical(LogicalOp::And),
        P::PipePipeEq => Logical(LogicalOp::Or),
        P::QQEq => Logical(LogicalOp::Nullish),
        _ => return None,
    })
}

fn is_logical(e: &Expr, ops: &[LogicalOp]) -> bool {
    matches!(&e.kind, ExprKind::Logical { op, .. } if ops.contains(op))
}

impl Parser<'_> {
    fn mk(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }

    /// Expression, with the comma operator.
    pub(super) fn parse_expression(&mut self, no_in: bool) -> PResult<Expr> {
        let first = self.parse_assign(no_in)?;
        self.parse_seq_rest(first, no_in)
    }

    pub(super) fn parse_seq_rest(&mut self, first: Expr, no_in: bool) -> PResult<Expr> {
        if !self.is_p(P::Comma) {
            return Ok(first);
        }
        let start = first.span;
        let mut v = vec![first];
        while self.eat_p(P::Comma) {
            v.push(self.parse_assign(no_in)?);
        }
        Ok(Self::mk(ExprKind::Seq(v), self.since(start)))
    }

    /// AssignmentExpression; a `{ a = 1 }` left unassigned is an error.
    pub(super) fn parse_assign(&mut self, no_in: bool) -> PResult<Expr> {
        let saved = self.cover_init.take();
        let e = self.parse_assign_cover(no_in)?;
        if let Some(sp) = self.cover_init {
            return Err(self.err("Invalid shorthand property initializer", sp));
        }
        self.cover_init = saved;
        Ok(e)
    }

    /// AssignmentExpression that may leave [`Parser::cover_init`] set when
    /// the result is an array or object literal (an element of an outer
    /// literal that may still become a destructuring pattern).
    pub(super) fn parse_assign_cover(&mut self, no_in: bool) -> PResult<Expr> {
        crate::grow_stack(|| self.parse_assign_cover_here(no_in))
    }

    fn parse_assign_cover_here(&mut self, no_in: bool) -> PResult<Expr> {
        self.enter()?;
        let saved = self.cover_init.take();
        let r = self.parse_assign_inner(no_in);
        self.leave(1);
        let e = r?;
        match self.cover_init {
            Some(sp) if !matches!(e.kind, ExprKind::Array(_) | ExprKind::Object(_)) => {
                Err(self.err("Invalid shorthand property initializer", sp))
            }
            Some(_) => {
                if saved.is_some() {
                    self.cover_init = saved;
                }
                Ok(e)
            }
            None => {
                self.cover_init = saved;
                Ok(e)
            }
        }
    }

    fn parse_assign_inner(&mut self, no_in: bool) -> PResult<Expr> {
        if let Some(e) = self.try_arrow(no_in)? {
            return Ok(e);
        }
        let left = self.parse_cond(no_in)?;
        let Some(op) = assign_op(self.peek()) else {
            return Ok(left);
        };
        self.bump();
        let start = left.span;
        let target = if op == AssignOp::Assign {
            let t = self.expr_to_pattern(left, "Invalid left-hand side in assignment")?;
            self.cover_init = None;
            t
        } else {
            self.simple_target(left, "Invalid left-hand side in assignment")?
        };
        let value = self.parse_assign(no_in)?;
        Ok(Self::mk(
            ExprKind::Assign {
                op,
                target: Box::new(target),
                value: Box::new(value),
            },
            self.since(start),
        ))
    }

    /// Arrow functions (and the removed `async` arrows), decided by looking
    /// at the token after the matching `)`.
    fn try_arrow(&mut self, no_in: bool) -> PResult<Option<Expr>> {
        self.check_async()?;
        let start = self.span();
        let cond_cons = std::mem::take(&mut self.cond_cons);
        if self.ts {
            if let Some(e) = self.try_ts_arrow(no_in, cond_cons)? {
                return Ok(Some(e));
            }
        }
        match self.peek() {
            Tok::Ident(sym) if self.peek_at(1).tok == Tok::P(P::Arrow) => {
                let sym = *sym;
                self.check_binding_name(sym, start)?;
                self.bump();
                let param = Param {
                    target: Pattern {
                        kind: PatternKind::Ident(sym),
                        span: start,
                    },
                    default: None,
                };
                self.arrow_rest(start, vec![param], None, no_in).map(Some)
            }
            Tok::Kw(Kw::Yield | Kw::Await) if self.peek_at(1).tok == Tok::P(P::Arrow) => {
                Err(self.removed_kw())
            }
            Tok::P(P::LParen) if matches!(self.after_matching(0), Some(t) if t.tok == Tok::P(P::Arrow)) =>
            {
                let (params, rest) = self.parse_params()?;
                self.arrow_rest(start, params, rest, no_in).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// TypeScript arrows that need a look past the parameters: a return
    /// type `(a): T => a`, type parameters `<T>(a: T) => a`. Tried, and
    /// given up (nothing consumed) when no `=>` follows the head.
    fn try_ts_arrow(&mut self, no_in: bool, cond_cons: bool) -> PResult<Option<Expr>> {
        let start = self.span();
        let candidate = match self.peek() {
            Tok::P(P::Lt) => true,
            Tok::P(P::LParen) => {
                matches!(self.after_matching(0), Some(t) if t.tok == Tok::P(P::Colon))
            }
            _ => false,
        };
        if !candidate {
            return Ok(None);
        }
        let snap = self.snapshot();
        let head = self.try_parse(|p| {
            if p.is_p(P::Lt) {
                p.skip_type_params()?;
            }
            if !p.is_p(P::LParen) {
                return Ok(None);
            }
            let (params, rest) = p.parse_params()?;
            p.skip_return_annotation()?;
            let arrow = p.is_p(P::Arrow) && !p.tok().nl_before;
            Ok(arrow.then_some((params, rest)))
        });
        let Some((params, rest)) = head else {
            return Ok(None);
        };
        if !cond_cons {
            return self.arrow_rest(start, params, rest, no_in).map(Some);
        }
        // `c ? (a): T => b : d`: an arrow with a return type in the
        // consequent must be followed by the `:` of the conditional.
        match self.arrow_rest(start, params, rest, no_in) {
            Ok(e) if self.is_p(P::Colon) => Ok(Some(e)),
            _ => {
                self.rewind(snap);
                Ok(None)
            }
        }
    }

    fn arrow_rest(
        &mut self,
        start: Span,
        params: Vec<Param>,
        rest: Option<Pattern>,
        no_in: bool,
    ) -> PResult<Expr> {
        if self.tok().nl_before {
            return Err(self.unexpected());
        }
        self.expect_p(P::Arrow)?;
        let body = if self.is_p(P::LBrace) {
            FnBody::Block(self.parse_fn_body()?)
        } else {
            let saved = (self.in_function, self.loops);
            self.in_function = true;
            self.loops = 0;
            let e = self.parse_assign(no_in);
            (self.in_function, self.loops) = saved;
            FnBody::Expr(Box::new(e?))
        };
        let span = self.since(start);
        Ok(Self::mk(
            ExprKind::Function(Box::new(Function {
                name: None,
                params,
                rest,
                body,
                is_arrow: true,
                span,
            })),
            span,
        ))
    }

    fn parse_cond(&mut self, no_in: bool) -> PResult<Expr> {
        let test = self.parse_binary(0, no_in)?;
        if !self.eat_p(P::Question) {
            return Ok(test);
        }
        let start = test.span;
        self.cond_cons = self.ts;
        let cons = self.parse_assign(false);
        self.cond_cons = false;
        let cons = cons?;
        self.expect_p(P::Colon)?;
        let alt = self.parse_assign(no_in)?;
        Ok(Self::mk(
            ExprKind::Cond {
                test: Box::new(test),
                cons: Box::new(cons),
                alt: Box::new(alt),
            },
            self.since(start),
        ))
    }

    fn binop(&self, no_in: bool) -> Option<(u8, Bin)> {
        use BinaryOp::*;
        let b = |p, op| Some((p, Bin::B(op)));
        match self.peek() {
            Tok::P(p) => match p {
                P::QQ => Some((1, Bin::L(LogicalOp::Nullish))),
                P::PipePipe => Some((2, Bin::L(LogicalOp::Or))),
                P::AmpAmp => Some((3, Bin::L(LogicalOp::And))),
                P::Pipe => b(4, BitOr),
                P::Caret => b(5, BitXor),
                P::Amp => b(6, BitAnd),
                P::EqEq => b(7, Eq),
                P::NotEq => b(7, NotEq),
                P::EqEqEq => b(7, StrictEq),
                P::NotEqEq => b(7, StrictNotEq),
                P::Lt => b(8, Lt),
                P::Gt => b(8, Gt),
                P::LtEq => b(8, LtEq),
                P::GtEq => b(8, GtEq),
                P::Shl => b(9, Shl),
                P::Shr => b(9, Shr),
                P::UShr => b(9, UShr),
                P::Plus => b(10, Add),
                P::Minus => b(10, Sub),
                P::Star => b(11, Mul),
                P::Slash => b(11, Div),
                P::Percent => b(11, Rem),
                P::StarStar => b(PREC_EXP, Exp),
                _ => None,
            },
            Tok::Kw(Kw::Instanceof) => b(8, Instanceof),
            Tok::Kw(Kw::In) if !no_in => b(8, In),
            _ => None,
        }
    }

    /// Binary and logical operators by precedence climbing. A chain of `n`
    /// operators counts `n` nesting levels (the tree it builds is that deep).
    fn parse_binary(&mut self, min: u8, no_in: bool) -> PResult<Expr> {
        let mut left = self.parse_unary()?;
        let mut links = 0;
        loop {
            if self.ts && min <= PREC_REL && !self.tok().nl_before {
                // `x as T`, `x as const`, `x satisfies T`: the type is erased.
                if let Tok::Ident(s) = *self.peek() {
                    if s == self.k.as_ || s == self.k.satisfies {
                        self.bump();
                        if s == self.k.as_ && self.is_kw(Kw::Const) {
                            self.bump();
                        } else {
                            self.skip_type()?;
                        }
                        continue;
                    }
                }
            }
            let Some((prec, op)) = self.binop(no_in) else {
                break;
            };
            if prec < min {
                break;
            }
            let op_tok = self.tok().clone();
            match op {
                Bin::L(LogicalOp::Nullish)
                    if is_logical(&left, &[LogicalOp::And, LogicalOp::Or]) =>
                {
                    return Err(self.unexpected_at(&op_tok))
                }
                Bin::L(LogicalOp::And | LogicalOp::Or)
                    if is_logical(&left, &[LogicalOp::Nullish]) =>
                {
                    return Err(self.unexpected_at(&op_tok))
                }
                Bin::B(BinaryOp::Exp) if matches!(left.kind, ExprKind::Unary { .. }) => {
                    return Err(self.err(
                        "Unary operator used immediately before exponentiation expression. \
                         Parenthesis must be used to disambiguate operator precedence",
                        left.span,
                    ))
                }
                _ => {}
            }
            self.bump();
            if links == 0 {
                let s = spine(&left);
                self.add_depth(s)?;
                links += s;
            }
            self.enter()?;
            links += 1;
            let right_min = match op {
                Bin::B(BinaryOp::Exp) => PREC_EXP,
                Bin::L(LogicalOp::Nullish) => PREC_BITOR,
                _ => prec + 1,
            };
            let right = self.parse_binary(right_min, no_in)?;
            let span = left.span.to(right.span);
            let (left_b, right_b) = (Box::new(left), Box::new(right));
            left = Self::mk(
                match op {
                    Bin::B(op) => ExprKind::Binary {
                        op,
                        left: left_b,
                        right: right_b,
                    },
                    Bin::L(op) => ExprKind::Logical {
                        op,
                        left: left_b,
                        right: right_b,
                    },
                },
                span,
            );
        }
        self.leave(links);
        Ok(left)
    }

    fn parse_unary(&mut self) -> PResult<Expr> {
        crate::grow_stack(|| self.parse_unary_here())
    }

    fn parse_unary_here(&mut self) -> PResult<Expr> {
        let start = self.span();
        let op = match self.peek() {
            Tok::P(P::Bang) => UnaryOp::Not,
            Tok::P(P::Tilde) => UnaryOp::BitNot,
            Tok::P(P::Plus) => UnaryOp::Plus,
            Tok::P(P::Minus) => UnaryOp::Neg,
            Tok::Kw(Kw::Typeof) => UnaryOp::Typeof,
            Tok::Kw(Kw::Void) => UnaryOp::Void,
            Tok::Kw(Kw::Delete) => UnaryOp::Delete,
            Tok::P(p @ (P::PlusPlus | P::MinusMinus)) => {
                let op = if *p == P::PlusPlus {
                    UpdateOp::Inc
                } else {
                    UpdateOp::Dec
                };
                self.bump();
                self.enter()?;
                let arg = self.parse_unary()?;
                self.leave(1);
                let target = self
                    .simple_target(arg, "Invalid left-hand side expression in prefix operation")?;
                return Ok(Self::mk(
                    ExprKind::Update {
                        op,
                        prefix: true,
                        target: Box::new(target),
                    },
                    self.since(start),
                ));
            }
            Tok::Kw(Kw::Await) => return Err(self.removed(Removed::Await, start)),
            Tok::P(P::Lt) if self.ts => {
                // `<T>x`, the old type assertion: the type is erased.
                self.skip_type_args()?;
                self.enter()?;
                let e = self.parse_unary();
                self.leave(1);
                return e;
            }
            _ => return self.parse_postfix(),
        };
        self.bump();
        self.enter()?;
        let arg = self.parse_unary()?;
        self.leave(1);
        if op == UnaryOp::Delete {
            let mut inner = &arg;
            while let ExprKind::Paren(x) = &inner.kind {
                inner = x;
            }
            if matches!(inner.kind, ExprKind::Ident(_)) {
                return Err(self.err(
                    "Delete of an unqualified identifier in strict mode.",
                    arg.span,
                ));
            }
        }
        Ok(Self::mk(
            ExprKind::Unary {
                op,
                arg: Box::new(arg),
            },
            self.since(start),
        ))
    }

    fn parse_postfix(&mut self) -> PResult<Expr> {
        let e = self.parse_call_chain()?;
        let t = self.tok();
        let op = match t.tok {
            Tok::P(P::PlusPlus) if !t.nl_before => UpdateOp::Inc,
            Tok::P(P::MinusMinus) if !t.nl_before => UpdateOp::Dec,
            _ => return Ok(e),
        };
        self.bump();
        let start = e.span;
        let target =
            self.simple_target(e, "Invalid left-hand side expression in postfix operation")?;
        Ok(Self::mk(
            ExprKind::Update {
                op,
                prefix: false,
                target: Box::new(target),
            },
            self.since(start),
        ))
    }

    fn parse_call_chain(&mut self) -> PResult<Expr> {
        let e = if self.is_kw(Kw::New) {
            self.parse_new()?
        } else {
            self.parse_primary()?
        };
        self.parse_chain_tail(e, true)
    }

    /// `new X(args)` / `new X`: the callee is a member expression.
    fn parse_new(&mut self) -> PResult<Expr> {
        let start = self.bump();
        if self.is_p(P::Dot) {
            return Err(self.err("new.target is not supported", self.span()));
        }
        self.enter()?;
        let callee = if self.is_kw(Kw::New) {
            self.parse_new()?
        } else {
            self.parse_primary()?
        };
        let callee = self.parse_chain_tail(callee, false)?;
        let args = if self.is_p(P::LParen) {
            self.parse_args()?
        } else {
            Vec::new()
        };
        self.leave(1);
        Ok(Self::mk(
            ExprKind::New {
                callee: Box::new(callee),
                args,
            },
            self.since(start),
        ))
    }

    /// Member accesses, calls (when `calls`), `?.` and tagged templates.
    /// A chain containing `?.` is wrapped in [`ExprKind::OptionalChain`].
    fn parse_chain_tail(&mut self, mut e: Expr, calls: bool) -> PResult<Expr> {
        let start = e.span;
        let mut optional = false;
        let mut links = 0;
        loop {
            if self.ts {
                // `x!` (non-null assertion) and `f<T>(x)`: erased.
                if self.is_p(P::Bang) && !self.tok().nl_before {
                    self.bump();
                    continue;
                }
                if self.is_p(P::Lt) && self.try_call_type_args() {
                    continue;
                }
            }
            let opt_here = match self.peek() {
                Tok::P(P::QDot) => {
                    if !calls {
                        return Err(
                            self.err("Invalid optional chain from new expression", self.span())
                        );
                    }
                    self.bump();
                    optional = true;
                    if self.ts && self.is_p(P::Lt) {
                        // `f?.<T>(x)`: the type arguments are erased.
                        self.try_call_type_args();
                    }
                    true
                }
                Tok::P(P::Dot | P::LBracket) => false,
                Tok::P(P::LParen) if calls => false,
                Tok::Template { head: true, .. } => false,
                _ => break,
            };
            if links == 0 {
                let s = spine(&e);
                self.add_depth(s)?;
                links += s;
            }
            self.enter()?;
            links += 1;
            let kind = match self.peek() {
                Tok::P(P::Dot) if !opt_here => {
                    self.bump();
                    let prop = self.parse_prop_ident()?;
                    ExprKind::Member {
                        object: Box::new(e),
                        prop,
                        optional: false,
                    }
                }
                Tok::P(P::LBracket) => {
                    self.bump();
                    let index = self.parse_expression(false)?;
                    self.expect_p(P::RBracket)?;
                    ExprKind::Index {
                        object: Box::new(e),
                        index: Box::new(index),
                        optional: opt_here,
                    }
                }
                Tok::P(P::LParen) if calls => ExprKind::Call {
                    callee: Box::new(e),
                    args: self.parse_args()?,
                    optional: opt_here,
                },
                Tok::Template { .. } if optional => {
                    return Err(self.err("Invalid tagged template on optional chain", self.span()))
                }
                Tok::Template { head: true, .. } => {
                    let (quasis, exprs) = self.parse_template(true)?;
                    ExprKind::TaggedTemplate {
                        tag: Box::new(e),
                        quasis,
                        exprs,
                    }
                }
                _ if opt_here => ExprKind::Member {
                    object: Box::new(e),
                    prop: self.parse_prop_ident()?,
                    optional: true,
                },
                _ => return Err(self.unexpected()),
            };
            e = Self::mk(kind, self.since(start));
        }
        self.leave(links);
        if optional {
            e = Self::mk(ExprKind::OptionalChain(Box::new(e)), self.since(start));
        }
        Ok(e)
    }

    /// A property name after `.` / `?.`: any identifier or keyword.
    fn parse_prop_ident(&mut self) -> PResult<Ident> {
        let span = self.span();
        let sym = match self.peek() {
            Tok::Ident(s) => *s,
            Tok::Kw(k) => {
                let k = *k;
                self.intern(k.as_str())
            }
            _ => return Err(self.unexpected()),
        };
        self.bump();
        Ok(Ident { sym, span })
    }

    pub(super) fn parse_args(&mut self) -> PResult<Vec<Arg>> {
        self.expect_p(P::LParen)?;
        let mut args = Vec::new();
        while !self.eat_p(P::RParen) {
            if self.eat_p(P::Ellipsis) {
                args.push(Arg::Spread(self.parse_assign(false)?));
            } else {
                args.push(Arg::Expr(self.parse_assign(false)?));
            }
            if !self.is_p(P::RParen) {
                self.expect_p(P::Comma)?;
            }
        }
        Ok(args)
    }

    /// The removed construct a keyword token names, if any.
    pub(super) fn removed_kw(&self) -> SyntaxError {
        let span = self.span();
        let r = match self.peek() {
            Tok::Kw(Kw::While) => Removed::While,
            Tok::Kw(Kw::Do) => Removed::DoWhile,
            Tok::Kw(Kw::Try | Kw::Catch | Kw::Finally) => Removed::Try,
            Tok::Kw(Kw::Throw) => Removed::Throw,
            Tok::Kw(Kw::Switch) => Removed::Switch,
            Tok::Kw(Kw::Class) => Removed::Class,
            Tok::Kw(Kw::Await) => Removed::Await,
            Tok::Kw(Kw::Yield) => Removed::Yield,
            Tok::Kw(Kw::With) => Removed::With,
            _ => return self.unexpected(),
        };
        self.removed(r, span)
    }

    fn parse_primary(&mut self) -> PResult<Expr> {
        let start = self.span();
        let kind = match self.peek() {
            Tok::Ident(s) => {
                let s = *s;
                self.check_async()?;
                self.bump();
                ExprKind::Ident(s)
            }
            Tok::Kw(Kw::This) => {
                self.bump();
                ExprKind::This
            }
            Tok::Kw(Kw::Null) => {
                self.bump();
                ExprKind::Null
            }
            Tok::Kw(Kw::True) => {
                self.bump();
                ExprKind::Bool(true)
            }
            Tok::Kw(Kw::False) => {
                self.bump();
                ExprKind::Bool(false)
            }
            Tok::Num(n) => {
                let n = *n;
                self.bump();
                ExprKind::Num(n)
            }
            Tok::Str(s) => {
                let s = s.clone();
                self.bump();
                ExprKind::Str(s)
            }
            Tok::Template { head: true, .. } => {
                let (quasis, exprs) = self.parse_template(false)?;
                ExprKind::Template { quasis, exprs }
            }
            Tok::Kw(Kw::Function) => {
                let f = self.parse_function(false)?;
                ExprKind::Function(Box::new(f))
            }
            Tok::Kw(Kw::New) => return self.parse_new(),
            Tok::Kw(Kw::Class | Kw::Yield | Kw::Await) => return Err(self.removed_kw()),
            Tok::Kw(Kw::Super) => {
                return Err(self.err("'super' keyword unexpected here", start));
            }
            Tok::Kw(Kw::Import) => {
                return Err(self.err(
                    "import() and import.meta are not supported; use an import declaration at the top of the module",
                    start,
                ));
            }
            Tok::P(P::Slash | P::SlashEq) => return Err(self.removed(Removed::Regex, start)),
            Tok::P(P::LParen) => {
                self.bump();
                let e = self.parse_expression(false)?;
                self.expect_p(P::RParen)?;
                ExprKind::Paren(Box::new(e))
            }
            Tok::P(P::LBracket) => self.parse_array()?,
            Tok::P(P::LBrace) => self.parse_object()?,
            _ => return Err(self.unexpected()),
        };
        Ok(Self::mk(kind, self.since(start)))
    }

    /// A template literal from its head token to its tail.
    fn parse_template(&mut self, tagged: bool) -> PResult<(Vec<TemplateChunk>, Vec<Expr>)> {
        let mut quasis = Vec::new();
        let mut exprs = Vec::new();
        loop {
            let (cooked, raw, tail) = match self.peek() {
                Tok::Template { part, tail, .. } => {
                    let cooked = match &part.cooked {
                        Ok(c) => Some(c.clone()),
                        Err(_) if tagged => None,
                        Err((msg, span)) => return Err(self.err(msg.clone(), *span)),
                    };
                    (cooked, part.raw.clone(), *tail)
                }
                _ => return Err(self.unexpected()),
            };
            self.bump();
            quasis.push(TemplateChunk { cooked, raw });
            if tail {
                return Ok((quasis, exprs));
            }
            exprs.push(self.parse_expression(false)?);
            if !matches!(self.peek(), Tok::Template { head: false, .. }) {
                return Err(self.unexpected());
            }
        }
    }

    fn parse_array(&mut self) -> PResult<ExprKind> {
        self.bump();
        let mut elems = Vec::new();
        while !self.eat_p(P::RBracket) {
            if self.eat_p(P::Comma) {
                elems.push(None);
                continue;
            }
            let elem = if self.eat_p(P::Ellipsis) {
                ArrayElem::Spread(self.parse_assign_cover(false)?)
            } else {
                ArrayElem::Expr(self.parse_assign_cover(false)?)
            };
            let spread_start = match &elem {
                ArrayElem::Spread(x) => Some(x.span.start),
                ArrayElem::Expr(_) => None,
            };
            elems.push(Some(elem));
            if !self.is_p(P::RBracket) {
                self.expect_p(P::Comma)?;
                if let (Some(s), true) = (spread_start, self.is_p(P::RBracket)) {
                    self.rest_trailing_comma.push(s);
                }
            }
        }
        Ok(ExprKind::Array(elems))
    }

    /// Property key: identifier or keyword, string, number, `[computed]`.
    pub(super) fn parse_prop_key(&mut self) -> PResult<PropKey> {
        let span = self.span();
        let key = match self.peek() {
            Tok::Ident(s) => PropKey::Ident(Ident { sym: *s, span }),
            Tok::Kw(k) => {
                let k = *k;
                PropKey::Ident(Ident {
                    sym: self.intern(k.as_str()),
                    span,
                })
            }
            Tok::Str(s) => PropKey::Str(s.clone(), span),
            Tok::Num(n) => PropKey::Num(*n, span),
            Tok::P(P::LBracket) => {
                self.bump();
                let e = self.parse_assign(false)?;
                self.expect_p(P::RBracket)?;
                return Ok(PropKey::Computed(Box::new(e)));
            }
            _ => return Err(self.unexpected()),
        };
        self.bump();
        Ok(key)
    }

    fn is_key_start(t: &Tok) -> bool {
        matches!(
            t,
            Tok::Ident(_) | Tok::Kw(_) | Tok::Str(_) | Tok::Num(_) | Tok::P(P::LBracket)
        )
    }

    fn parse_object(&mut self) -> PResult<ExprKind> {
        self.bump();
        let mut props = Vec::new();
        while !self.eat_p(P::RBrace) {
            let prop = self.parse_prop()?;
            let spread_start = match &prop {
                Prop::Spread(x) => Some(x.span.start),
                _ => None,
            };
            props.push(prop);
            if !self.is_p(P::RBrace) {
                self.expect_p(P::Comma)?;
                if let (Some(s), true) = (spread_start, self.is_p(P::RBrace)) {
                    self.rest_trailing_comma.push(s);
                }
            }
        }
        Ok(ExprKind::Object(props))
    }

    fn parse_prop(&mut self) -> PResult<Prop> {
        let start = self.span();
        if self.eat_p(P::Ellipsis) {
            return Ok(Prop::Spread(self.parse_assign(false)?));
        }
        if self.is_p(P::Star) {
            return Err(self.removed(Removed::Generator, start));
        }
        if let Tok::Ident(s) = *self.peek() {
            let next = self.peek_at(1);
            if (s == self.k.get || s == self.k.set) && Self::is_key_start(&next.tok) {
                return Err(self.removed(Removed::GetterSetter, start));
            }
            if s == self.k.async_
                && !next.nl_before
                && (Self::is_key_start(&next.tok) || next.tok == Tok::P(P::Star))
            {
                return Err(self.removed(Removed::Async, start));
            }
        }
        let shorthand_ok = matches!(self.peek(), Tok::Ident(_));
        let key = self.parse_prop_key()?;
        match self.peek() {
            Tok::P(P::Colon) => {
                self.bump();
                Ok(Prop::KeyValue(key, self.parse_assign_cover(false)?))
            }
            Tok::P(P::LParen) | Tok::P(P::Lt) if self.ts || self.is_p(P::LParen) => {
                if self.is_p(P::Lt) {
                    self.skip_type_params()?;
                }
                let (params, rest) = self.parse_params()?;
                self.skip_return_annotation()?;
                let body = self.parse_fn_body()?;
                Ok(Prop::Method(
                    key,
                    Box::new(Function {
                        name: None,
                        params,
                        rest,
                        body: FnBody::Block(body),
                        is_arrow: false,
                        span: self.since(start),
                    }),
                ))
            }
            _ if shorthand_ok => {
                let PropKey::Ident(id) = key else {
                    return Err(self.unexpected());
                };
                self.check_binding_name(id.sym, id.span)?;
                if !self.is_p(P::Eq) {
                    return Ok(Prop::Shorthand(id));
                }
                // `{ a = 1 }`: only valid once the object becomes a pattern.
                let eq = self.bump();
                let value = self.parse_assign(false)?;
                if self.cover_init.is_none() {
                    self.cover_init = Some(eq);
                }
                let span = self.since(start);
                Ok(Prop::KeyValue(
                    PropKey::Ident(id),
                    Self::mk(
                        ExprKind::Assign {
                            op: AssignOp::Assign,
                            target: Box::new(Pattern {
                                kind: PatternKind::Ident(id.sym),
                                span: id.span,
                            }),
                            value: Box::new(value),
                        },
                        span,
                    ),
                ))
            }
            _ => Err(self.unexpected()),
        }
    }

    /// `function [name](params) { body }`, at the `function` keyword.
    pub(super) fn parse_function(&mut self, need_name: bool) -> PResult<Function> {
        match self.parse_fn(need_name, false)? {
            Some(f) => Ok(f),
            None => Err(self.unexpected()),
        }
    }

    /// A function declaration; in TypeScript one without a body is an
    /// overload signature: `None`, nothing to compile.
    pub(super) fn parse_function_or_overload(
        &mut self,
        need_name: bool,
    ) -> PResult<Option<Function>> {
        self.parse_fn(need_name, true)
    }

    fn parse_fn(&mut self, need_name: bool, overload: bool) -> PResult<Option<Function>> {
        let start = self.bump();
        if self.is_p(P::Star) {
            return Err(self.removed(Removed::Generator, start));
        }
        let name = match *self.peek() {
            Tok::Ident(sym) => {
                let span = self.bump();
                self.check_binding_name(sym, span)?;
                Some(Ident { sym, span })
            }
            Tok::Kw(Kw::Yield | Kw::Await) => return Err(self.removed_kw()),
            _ if need_name => return Err(self.unexpected()),
            _ => None,
        };
        if self.ts && self.is_p(P::Lt) {
            self.skip_type_params()?;
        }
        let (params, rest) = self.parse_params()?;
        self.skip_return_annotation()?;
        if self.ts && overload && !self.is_p(P::LBrace) {
            self.semi()?;
            return Ok(None);
        }
        let body = self.parse_fn_body()?;
        Ok(Some(Function {
            name,
            params,
            rest,
            body: FnBody::Block(body),
            is_arrow: false,
            span: self.since(start),
        }))
    }

    /// `{ statements }` of a function, with a fresh function context.
    pub(super) fn parse_fn_body(&mut self) -> PResult<Vec<Stmt>> {
        self.expect_p(P::LBrace)?;
        let saved = (self.in_function, self.loops);
        self.in_function = true;
        self.loops = 0;
        let body = self.parse_block_items();
        (self.in_function, self.loops) = saved;
        body
    }
}
