//! Expressions.
//!
//! Line-table rule (matches where node 20 / V8 reports runtime errors):
//! - identifier reads (`x is not defined`, TDZ): the identifier's start;
//! - `a.b` reads: the start of `b`; inside an optional chain, the `.`
//!   before `b`; `a[k]` reads: the `[`;
//! - calls: a plain identifier callee -> its start; `a.b(...)` -> the start
//!   of `b`; any other callee (`a[k](...)`, `f()()`, `(0, f)()`) -> the `(`
//!   of the arguments; tagged templates -> the template's backquote;
//! - `new X()`: the `new` keyword;
//! - assignments (`=`, `op=`, logical): the operator, for the store, the
//!   `Assignment to constant variable.`, and `x is not defined` on writes;
//!   the read half of `a.b += 1` / `a.b++` is placed at the object
//!   expression's own position (V8's quirk: `o.a.b += 1` on undefined `o.a`
//!   reports the `a`);
//! - `x++`: the `++`; `++x`: the `x`;
//! - `in` / `instanceof`: the operator;
//! - for-of: the iterated expression; spread elements: the spread operand;
//!   calls with spread: the call's position as above;
//! - destructuring: an object pattern at its first key, an array pattern
//!   at its initializer (declarations) or the `=` (assignments).

use super::names::render;
use super::state::*;
use super::stmt::{canonical_index, is_anon_fn, key_text, Bind};
use crate::ast::*;
use crate::bytecode::{Const, Op};
use crate::diag::Removed;
use crate::source::Span;

/// The key of a member expression.
enum Key<'e> {
    Prop(&'e Ident),
    Index(&'e Expr),
}

fn strip_parens(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(inner) => strip_parens(inner),
        _ => e,
    }
}

fn binop(op: BinaryOp) -> Op {
    match op {
        BinaryOp::Add => Op::Add,
        BinaryOp::Sub => Op::Sub,
        BinaryOp::Mul => Op::Mul,
        BinaryOp::Div => Op::Div,
        BinaryOp::Rem => Op::Rem,
        BinaryOp::Exp => Op::Exp,
        BinaryOp::Shl => Op::Shl,
        BinaryOp::Shr => Op::Shr,
        BinaryOp::UShr => Op::UShr,
        BinaryOp::BitAnd => Op::BitAnd,
        BinaryOp::BitOr => Op::BitOr,
        BinaryOp::BitXor => Op::BitXor,
        BinaryOp::Eq => Op::Eq,
        BinaryOp::NotEq => Op::Ne,
        BinaryOp::StrictEq => Op::StrictEq,
        BinaryOp::StrictNotEq => Op::StrictNe,
        BinaryOp::Lt => Op::Lt,
        BinaryOp::LtEq => Op::Le,
        BinaryOp::Gt => Op::Gt,
        BinaryOp::GtEq => Op::Ge,
        BinaryOp::In => Op::In,
        BinaryOp::Instanceof => Op::InstanceOf,
    }
}

fn logical_jump(op: LogicalOp) -> Op {
    match op {
        LogicalOp::And => Op::AndJump,
        LogicalOp::Or => Op::OrJump,
        LogicalOp::Nullish => Op::NullishJump,
    }
}

impl<'a> ModCompiler<'a> {
    /// Compiles `e`, naming it `name` if it is an anonymous function.
    pub fn expr_named(&mut self, e: &Expr, name: &[u16]) -> R<()> {
        if is_anon_fn(e) && !name.is_empty() {
            if let ExprKind::Function(f) = &strip_parens(e).kind {
                return self.emit_closure(f, name, true);
            }
        }
        self.expr(e)
    }

    /// Evaluates `e` for its effects only.
    pub fn expr_discard(&mut self, e: &Expr) -> R<()> {
        match &e.kind {
            ExprKind::Assign { op, target, value } => self.assign(*op, target, value, true),
            ExprKind::Update { op, prefix, target } => self.update(*op, *prefix, target, true),
            ExprKind::Paren(inner) => self.expr_discard(inner),
            ExprKind::Seq(items) => {
                for it in items {
                    self.expr_discard(it)?;
                }
                Ok(())
            }
            _ => {
                self.expr(e)?;
                self.op(Op::Pop);
                Ok(())
            }
        }
    }

    /// Source position V8 gives an expression node (for the read half of
    /// compound assignments).
    fn node_pos(&self, e: &Expr) -> u32 {
        match &e.kind {
            ExprKind::Member { prop, .. } => prop.span.start,
            ExprKind::Index { object, .. } => self.after(object.span.end),
            ExprKind::Paren(inner) => self.node_pos(inner),
            _ => e.span.start,
        }
    }

    /// `ns.name` where `ns` is a namespace import: reads the member's own
    /// binding (live, as a module namespace is). False when not that shape.
    fn namespace_member(&mut self, object: &Expr, prop: &Ident) -> R<bool> {
        let ExprKind::Ident(sym) = object.kind else {
            return Ok(false);
        };
        let Some(r) = self.resolve(sym) else {
            return Ok(false);
        };
        let Access::Global(g) = r.access else {
            return Ok(false);
        };
        let name = self.names.name(prop.sym);
        let Some(loc) = self
            .namespaces
            .get(&g)
            .and_then(|m| m.iter().find(|(n, _)| n == name).map(|(_, l)| *l))
        else {
            return Ok(false);
        };
        match loc {
            Loc::Global(x) => self.op32(Op::GetGlobal, x),
            Loc::Builtin(b) => self.op16(Op::GetBuiltin, b),
            Loc::Local(_) => return Ok(false),
        }
        Ok(true)
    }

    /// `obj.prop` / `obj[key]`, optionally chained (`?.`): `[] -> [value]`,
    /// or `[] -> [value obj]` for a method call.
    fn member(
        &mut self,
        object: &Expr,
        key: Key,
        optional: bool,
        chain: Span,
        method: bool,
    ) -> R<()> {
        self.expr(object)?;
        if optional {
            self.chain_jump(0, chain)?;
        }
        match key {
            Key::Prop(prop) => {
                let p = self.member_pos(prop);
                self.set_pos(p);
                let k = self.sym_const(prop.sym, prop.span)?;
                self.op16(if method { Op::GetMethod } else { Op::GetProp }, k);
            }
            Key::Index(index) => {
                self.index_key(index)?;
                let p = self.after(object.span.end);
                self.set_pos(p);
                self.op(if method {
                    Op::GetMethodIndex
                } else {
                    Op::GetIndex
                });
            }
        }
        Ok(())
    }

    fn member_pos(&self, prop: &Ident) -> u32 {
        if self.fr().chains.is_empty() {
            prop.span.start
        } else {
            // Inside an optional chain V8 points at the dot.
            super::names::prev_significant(self.text(), prop.span.start as usize) as u32
        }
    }

    /// `[] -> [value]`
    pub fn expr(&mut self, e: &Expr) -> R<()> {
        crate::grow_stack(|| self.expr_here(e))
    }

    fn expr_here(&mut self, e: &Expr) -> R<()> {
        match &e.kind {
            ExprKind::Num(n) => self.num(*n, e.span)?,
            ExprKind::Str(s) => {
                let k = self.konst(Const::Str(s.clone()), e.span)?;
                self.op16(Op::Const, k);
            }
            ExprKind::Template { quasis, exprs } => self.template(quasis, exprs, e.span)?,
            ExprKind::TaggedTemplate { tag, quasis, exprs } => {
                self.tagged(e, tag, quasis, exprs)?
            }
            ExprKind::Bool(true) => self.op(Op::True),
            ExprKind::Bool(false) => self.op(Op::False),
            ExprKind::Null => self.op(Op::Null),
            ExprKind::Ident(sym) => self.load_sym(*sym, e.span)?,
            ExprKind::This => self.load_this(),
            ExprKind::Array(elems) => {
                self.op16(Op::NewArray, elems.len().min(u16::MAX as usize) as u16);
                for el in elems {
                    match el {
                        None => self.op(Op::ArrayHole),
                        Some(ArrayElem::Expr(x)) => {
                            self.expr(x)?;
                            self.op(Op::ArrayPush);
                        }
                        Some(ArrayElem::Spread(x)) => {
                            let name = render(x, self.names);
                            let name = self.str_const(&name, x.span)?;
                            self.expr(x)?;
                            self.set_pos(x.span.start);
                            self.op16(Op::ArraySpread, name);
                        }
                    }
                }
            }
            ExprKind::Object(props) => self.object(props)?,
            ExprKind::Function(f) => self.emit_closure(f, &[], true)?,
            ExprKind::Unary { op, arg } => self.unary(*op, arg, e.span)?,
            ExprKind::Update { op, prefix, target } => self.update(*op, *prefix, target, false)?,
            ExprKind::Binary { op, left, right } => {
                self.expr(left)?;
                self.expr(right)?;
                if matches!(op, BinaryOp::In | BinaryOp::Instanceof) {
                    let p = self.after(left.span.end);
                    self.set_pos(p);
                }
                self.op(binop(*op));
            }
            ExprKind::Logical { op, left, right } => {
                self.expr(left)?;
                let j = self.jump(logical_jump(*op));
                self.expr(right)?;
                self.patch(j);
            }
            ExprKind::Assign { op, target, value } => self.assign(*op, target, value, false)?,
            ExprKind::Cond { test, cons, alt } => {
                self.expr(test)?;
                let j = self.jump(Op::JumpIfFalse);
                self.expr(cons)?;
                let end = self.jump(Op::Jump);
                self.patch(j);
                self.expr(alt)?;
                self.patch(end);
            }
            ExprKind::Call {
                callee,
                args,
                optional,
            } => self.call(callee, args, *optional)?,
            ExprKind::New { callee, args } => self.new_expr(e, callee, args)?,
            ExprKind::Member {
                object,
                prop,
                optional,
            } => {
                if !*optional && self.namespace_member(object, prop)? {
                    return Ok(());
                }
                // V8 records the load's position before the object is
                // evaluated: a TDZ error in `x.p` points at `p`.
                let p = self.member_pos(prop);
                self.set_pos(p);
                self.member(object, Key::Prop(prop), *optional, e.span, false)?;
            }
            ExprKind::Index {
                object,
                index,
                optional,
            } => self.member(object, Key::Index(index), *optional, e.span, false)?,
            ExprKind::OptionalChain(inner) => {
                self.f().chains.push(Vec::new());
                let r = self.expr(inner);
                let list = self.f().chains.pop().unwrap_or_default();
                r?;
                for at in list {
                    self.patch(at);
                }
            }
            ExprKind::Seq(items) => {
                for (i, it) in items.iter().enumerate() {
                    if i + 1 == items.len() {
                        self.expr(it)?;
                    } else {
                        self.expr_discard(it)?;
                    }
                }
            }
            ExprKind::Paren(inner) => self.expr(inner)?,
        }
        Ok(())
    }

    /// Pushes a computed key; string literals that are canonical array
    /// indices become numbers.
    fn index_key(&mut self, index: &Expr) -> R<()> {
        if let ExprKind::Str(s) = &index.kind {
            if let Some(n) = canonical_index(s) {
                return self.num(n, index.span);
            }
        }
        self.expr(index)
    }

    fn template(&mut self, quasis: &[TemplateChunk], exprs: &[Expr], span: Span) -> R<()> {
        let mut n = 0usize;
        for (i, q) in quasis.iter().enumerate() {
            let cooked = q.cooked.as_deref().unwrap_or(&[]);
            if !cooked.is_empty() || (exprs.is_empty() && i == 0) {
                let k = self.konst(Const::Str(cooked.into()), span)?;
                self.op16(Op::Const, k);
                n = self.concat_step(n + 1);
            }
            if let Some(x) = exprs.get(i) {
                self.expr(x)?;
                self.op(Op::ToStr);
                n = self.concat_step(n + 1);
            }
        }
        if n > 1 {
            self.op8(Op::Concat, n as u8);
        }
        Ok(())
    }

    /// Keeps at most 255 pending pieces by folding early.
    fn concat_step(&mut self, n: usize) -> usize {
        if n == 255 {
            self.op8(Op::Concat, 255);
            1
        } else {
            n
        }
    }

    /// Pushes `[f this]` for a call: a member callee keeps its object as
    /// `this`, anything else gets `undefined`.
    fn callee_and_this(&mut self, callee: &Expr) -> R<()> {
        let inner = strip_parens(callee);
        match &inner.kind {
            ExprKind::Member {
                object,
                prop,
                optional,
            } => {
                // `ns.f()` on a namespace import calls the binding directly
                // (`this` is undefined, not the namespace object).
                if !*optional && self.namespace_member(object, prop)? {
                    self.op(Op::Undef);
                    return Ok(());
                }
                self.member(object, Key::Prop(prop), *optional, inner.span, true)?;
            }
            ExprKind::Index {
                object,
                index,
                optional,
            } => self.member(object, Key::Index(index), *optional, inner.span, true)?,
            _ => {
                self.expr(callee)?;
                self.op(Op::Undef);
            }
        }
        Ok(())
    }

    fn call_pos(&self, callee: &Expr) -> u32 {
        match &callee.kind {
            ExprKind::Ident(_) => callee.span.start,
            // V8 places `a.with(...)` (a keyword as method name) at the `(`.
            ExprKind::Member { prop, .. } if self.names.name(prop.sym) == "with" => {
                self.after(callee.span.end)
            }
            ExprKind::Member { prop, .. } => prop.span.start,
            _ => self.after(callee.span.end),
        }
    }

    /// Arguments then `Call`/`CallSpread` (callee and `this` already pushed).
    fn args_and_call(&mut self, args: &[Arg], pos: u32, name: u16, span: Span) -> R<()> {
        if args.iter().any(|a| matches!(a, Arg::Spread(_))) {
            self.spread_array(args)?;
            self.set_pos(pos);
            self.op16(Op::CallSpread, name);
        } else {
            if args.len() > 255 {
                return Err(self.semantic(span, "too many arguments in one call (limit 255)"));
            }
            for a in args {
                if let Arg::Expr(x) = a {
                    // V8 records each argument's position (a TDZ error inside
                    // it is reported there).
                    self.set_pos(x.span.start);
                    self.expr(x)?;
                }
            }
            self.set_pos(pos);
            self.op8_16(Op::Call, args.len() as u8, name);
        }
        Ok(())
    }

    fn spread_array(&mut self, args: &[Arg]) -> R<()> {
        self.op16(Op::NewArray, args.len().min(u16::MAX as usize) as u16);
        for a in args {
            match a {
                Arg::Expr(x) => {
                    self.expr(x)?;
                    self.op(Op::ArrayPush);
                }
                Arg::Spread(x) => {
                    let empty = self.str_const("", x.span)?;
                    self.expr(x)?;
                    self.set_pos(x.span.start);
                    self.op16(Op::ArraySpread, empty);
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, callee: &Expr, args: &[Arg], optional: bool) -> R<()> {
        if let ExprKind::Ident(sym) = strip_parens(callee).kind {
            if self.names.name(sym) == "Function" && !self.is_user_bound(sym) {
                return Err(self.removed(callee.span, Removed::FunctionConstructor));
            }
        }
        let name = render(callee, self.names);
        let name = self.str_const(&name, callee.span)?;
        let is_member = matches!(
            strip_parens(callee).kind,
            ExprKind::Member { .. } | ExprKind::Index { .. }
        );
        if optional && !is_member {
            // `f?.()`: test the function before pushing `this`.
            self.expr(callee)?;
            self.chain_jump(0, callee.span)?;
            self.op(Op::Undef);
        } else {
            self.callee_and_this(callee)?;
        }
        if optional && is_member {
            self.op(Op::Swap);
            self.chain_jump(1, callee.span)?;
            self.op(Op::Swap);
        }
        let pos = self.call_pos(callee);
        self.args_and_call(args, pos, name, callee.span)
    }

    fn new_expr(&mut self, e: &Expr, callee: &Expr, args: &[Arg]) -> R<()> {
        if let ExprKind::Ident(sym) = strip_parens(callee).kind {
            match self.resolve(sym) {
                // A function of the user's own (declared, its own name, or
                // imported from a module): refused here. Other bindings may
                // hold a built-in constructor; the VM decides at run time.
                Some(r) => {
                    let builtin_import = matches!(r.access, Access::Builtin(_));
                    let own_function = matches!(
                        r.kind,
                        BindKind::Function | BindKind::CalleeName | BindKind::Import
                    );
                    if own_function && !builtin_import {
                        return Err(self.removed(e.span, Removed::NewUserFunction));
                    }
                }
                None if self.names.name(sym) == "Function" => {
                    return Err(self.removed(callee.span, Removed::FunctionConstructor));
                }
                None => {}
            }
        }
        let name = render(callee, self.names);
        let name = self.str_const(&name, callee.span)?;
        self.expr(callee)?;
        if args.iter().any(|a| matches!(a, Arg::Spread(_))) {
            self.spread_array(args)?;
            self.set_pos(e.span.start);
            self.op16(Op::NewSpread, name);
        } else {
            if args.len() > 255 {
                return Err(self.semantic(e.span, "too many arguments in one call (limit 255)"));
            }
            for a in args {
                if let Arg::Expr(x) = a {
                    self.expr(x)?;
                }
            }
            self.set_pos(e.span.start);
            self.op8_16(Op::New, args.len() as u8, name);
        }
        Ok(())
    }

    /// `` tag`a${x}b` `` calls `tag(strings, x)` where `strings` is an array
    /// of the cooked chunks with a `raw` array property. Divergences: the
    /// strings array is not frozen, `raw` is an ordinary (enumerable)
    /// property, and a new array is made per evaluation (no per-site cache).
    fn tagged(&mut self, e: &Expr, tag: &Expr, quasis: &[TemplateChunk], exprs: &[Expr]) -> R<()> {
        let name = render(tag, self.names);
        let name = self.str_const(&name, tag.span)?;
        self.callee_and_this(tag)?;
        self.op16(Op::NewArray, quasis.len().min(u16::MAX as usize) as u16);
        for q in quasis {
            match &q.cooked {
                Some(c) => {
                    let k = self.konst(Const::Str(c.clone()), e.span)?;
                    self.op16(Op::Const, k);
                }
                None => self.op(Op::Undef),
            }
            self.op(Op::ArrayPush);
        }
        self.op16(Op::NewArray, quasis.len().min(u16::MAX as usize) as u16);
        for q in quasis {
            let k = self.konst(Const::Str(q.raw.clone()), e.span)?;
            self.op16(Op::Const, k);
            self.op(Op::ArrayPush);
        }
        let raw = self.str_const("raw", e.span)?;
        self.op16(Op::DefineField, raw);
        if exprs.len() > 254 {
            return Err(self.semantic(e.span, "too many template substitutions (limit 254)"));
        }
        for x in exprs {
            self.expr(x)?;
        }
        let pos = self.after(tag.span.end);
        self.set_pos(pos);
        self.op8_16(Op::Call, (1 + exprs.len()) as u8, name);
        Ok(())
    }

    /// Object literals. `__proto__: x` is compiled as an ordinary field named
    /// `__proto__` (in JS it sets the prototype): a documented divergence.
    fn object(&mut self, props: &[Prop]) -> R<()> {
        let fields = props
            .iter()
            .filter(|p| !matches!(p, Prop::Spread(_)))
            .count();
        self.op8(Op::NewObject, fields.min(u8::MAX as usize) as u8);
        // Named keys defined so far; `None` once a spread or a computed key
        // may have added keys nobody can name here. A named key that cannot
        // be there yet is defined without the duplicate search (`InitField`).
        let mut seen: Option<Vec<Vec<u16>>> = Some(Vec::new());
        for p in props {
            match p {
                Prop::KeyValue(key, value) => {
                    let text = key_text(key, self.names);
                    match (key, &text) {
                        (PropKey::Computed(k), _) => {
                            seen = None;
                            self.expr(k)?;
                            self.expr(value)?;
                            self.op(Op::DefineIndex);
                        }
                        (_, Some(t)) => {
                            if let Some(n) = canonical_index(t) {
                                self.num(n, value.span)?;
                                self.expr_named(value, t)?;
                                self.op(Op::DefineIndex);
                            } else {
                                self.expr_named(value, t)?;
                                let k = self.konst(Const::Str(t.clone().into()), value.span)?;
                                self.op16(first_define(&mut seen, t), k);
                            }
                        }
                        _ => unreachable!(),
                    }
                }
                Prop::Shorthand(id) => {
                    self.load_sym(id.sym, id.span)?;
                    let k = self.sym_const(id.sym, id.span)?;
                    let t: Vec<u16> = self.names.name(id.sym).encode_utf16().collect();
                    self.op16(first_define(&mut seen, &t), k);
                }
                Prop::Method(key, f) => match key {
                    PropKey::Computed(k) => {
                        seen = None;
                        self.expr(k)?;
                        self.emit_closure(f, &[], false)?;
                        self.op(Op::DefineIndex);
                    }
                    _ => {
                        let t = key_text(key, self.names).unwrap_or_default();
                        if let Some(n) = canonical_index(&t) {
                            self.num(n, f.span)?;
                            self.emit_closure(f, &t, false)?;
                            self.op(Op::DefineIndex);
                        } else {
                            self.emit_closure(f, &t, false)?;
                            let op = first_define(&mut seen, &t);
                            let k = self.konst(Const::Str(t.into()), f.span)?;
                            self.op16(op, k);
                        }
                    }
                },
                Prop::Spread(x) => {
                    seen = None;
                    self.expr(x)?;
                    self.op(Op::ObjectSpread);
                }
            }
        }
        Ok(())
    }

    fn unary(&mut self, op: UnaryOp, arg: &Expr, span: Span) -> R<()> {
        match op {
            UnaryOp::Typeof => {
                if let ExprKind::Ident(sym) = strip_parens(arg).kind {
                    let name = self.names.name(sym);
                    if !self.is_user_bound(sym)
                        && self.builtin(name).is_none()
                        && !matches!(name, "undefined" | "NaN" | "Infinity")
                    {
                        self.check_removed(name, arg.span)?;
                        let k = self.str_const("undefined", span)?;
                        self.op16(Op::Const, k);
                        return Ok(());
                    }
                }
                self.expr(arg)?;
                self.op(Op::Typeof);
            }
            UnaryOp::Neg => {
                if let ExprKind::Num(n) = arg.kind {
                    return self.num(-n, span);
                }
                self.expr(arg)?;
                self.op(Op::Neg);
            }
            UnaryOp::Plus => {
                self.expr(arg)?;
                self.op(Op::ToNum);
            }
            UnaryOp::Not => {
                self.expr(arg)?;
                self.op(Op::Not);
            }
            UnaryOp::BitNot => {
                self.expr(arg)?;
                self.op(Op::BitNot);
            }
            UnaryOp::Void => {
                self.expr_discard(arg)?;
                self.op(Op::Undef);
            }
            UnaryOp::Delete => self.delete(arg, span)?,
        }
        Ok(())
    }

    fn delete(&mut self, arg: &Expr, span: Span) -> R<()> {
        match &arg.kind {
            ExprKind::Paren(inner) => self.delete(inner, span),
            ExprKind::Member {
                object,
                prop,
                optional,
            } => {
                self.expr(object)?;
                if *optional {
                    self.chain_jump(0, arg.span)?;
                }
                // V8: `delete o.a;` as a statement fails at the `delete`,
                // inside a larger expression at the object; `delete o[k]` at `k`.
                let pos = if span.start == self.stmt_start {
                    span.start
                } else {
                    object.span.start
                };
                self.set_pos(pos);
                let k = self.sym_const(prop.sym, prop.span)?;
                self.op16(Op::DeleteProp, k);
                Ok(())
            }
            ExprKind::Index {
                object,
                index,
                optional,
            } => {
                self.expr(object)?;
                if *optional {
                    self.chain_jump(0, arg.span)?;
                }
                self.index_key(index)?;
                self.set_pos(index.span.start);
                self.op(Op::DeleteIndex);
                Ok(())
            }
            ExprKind::OptionalChain(inner) => {
                self.f().chains.push(Vec::new());
                let r = self.delete(inner, span);
                let list = self.f().chains.pop().unwrap_or_default();
                r?;
                // A short-circuited `delete a?.b` is `true`.
                if !list.is_empty() {
                    let end = self.jump(Op::Jump);
                    for at in list {
                        self.patch(at);
                    }
                    self.op(Op::Pop);
                    self.op(Op::True);
                    self.patch(end);
                }
                Ok(())
            }
            ExprKind::Ident(_) => Err(self.semantic(
                arg.span,
                "Delete of an unqualified identifier in strict mode.",
            )),
            _ => {
                self.expr_discard(arg)?;
                self.op(Op::True);
                Ok(())
            }
        }
    }

    fn assign(&mut self, op: AssignOp, target: &Pattern, value: &Expr, discard: bool) -> R<()> {
        let op_pos = self.after(target.span.end);
        let member = match &target.kind {
            PatternKind::Expr(x) => Some(strip_parens(x)),
            _ => None,
        };
        match op {
            AssignOp::Assign => match (&target.kind, member.map(|m| &m.kind)) {
                (PatternKind::Ident(sym), _) => {
                    let name = self.names.name(*sym).encode_utf16().collect::<Vec<_>>();
                    self.expr_named(value, &name)?;
                    if !discard {
                        self.op(Op::Dup);
                    }
                    self.store_sym(*sym, target.span, false, op_pos)
                }
                (_, Some(ExprKind::Member { object, prop, .. })) => {
                    self.expr(object)?;
                    self.expr(value)?;
                    self.set_pos(op_pos);
                    let k = self.sym_const(prop.sym, prop.span)?;
                    self.op16(Op::SetProp, k);
                    if discard {
                        self.op(Op::Pop);
                    }
                    Ok(())
                }
                (_, Some(ExprKind::Index { object, index, .. })) => {
                    self.expr(object)?;
                    self.index_key(index)?;
                    self.expr(value)?;
                    self.set_pos(op_pos);
                    self.op(Op::SetIndex);
                    if discard {
                        self.op(Op::Pop);
                    }
                    Ok(())
                }
                (_, Some(_)) => {
                    Err(self.semantic(target.span, "Invalid left-hand side in assignment"))
                }
                _ => {
                    self.expr(value)?;
                    if !discard {
                        self.op(Op::Dup);
                    }
                    self.bind_pattern(target, Bind::Assign(op_pos), Some(value))
                }
            },
            AssignOp::Op(bop) => {
                match (&target.kind, member.map(|m| &m.kind)) {
                    (PatternKind::Ident(sym), _) => {
                        self.load_sym(*sym, target.span)?;
                        self.expr(value)?;
                        self.op(binop(bop));
                        if !discard {
                            self.op(Op::Dup);
                        }
                        return self.store_sym(*sym, target.span, false, op_pos);
                    }
                    (_, Some(ExprKind::Member { object, prop, .. })) => {
                        self.expr(object)?;
                        self.op(Op::Dup);
                        let p = self.node_pos(object);
                        self.set_pos(p);
                        let k = self.sym_const(prop.sym, prop.span)?;
                        self.op16(Op::GetProp, k);
                        self.expr(value)?;
                        self.op(binop(bop));
                        self.set_pos(op_pos);
                        self.op16(Op::SetProp, k);
                    }
                    (_, Some(ExprKind::Index { object, index, .. })) => {
                        self.expr(object)?;
                        self.index_key(index)?;
                        self.op(Op::Dup2);
                        let p = self.node_pos(object);
                        self.set_pos(p);
                        self.op(Op::GetIndex);
                        self.expr(value)?;
                        self.op(binop(bop));
                        self.set_pos(op_pos);
                        self.op(Op::SetIndex);
                    }
                    _ => {
                        return Err(
                            self.semantic(target.span, "Invalid left-hand side in assignment")
                        )
                    }
                }
                if discard {
                    self.op(Op::Pop);
                }
                Ok(())
            }
            AssignOp::Logical(lop) => {
                let jop = logical_jump(lop);
                match (&target.kind, member.map(|m| &m.kind)) {
                    (PatternKind::Ident(sym), _) => {
                        self.load_sym(*sym, target.span)?;
                        let j = self.jump(jop);
                        let name = self.names.name(*sym).encode_utf16().collect::<Vec<_>>();
                        self.expr_named(value, &name)?;
                        self.op(Op::Dup);
                        self.store_sym(*sym, target.span, false, op_pos)?;
                        self.patch(j);
                    }
                    (_, Some(ExprKind::Member { object, prop, .. })) => {
                        self.expr(object)?;
                        self.op(Op::Dup);
                        let p = self.node_pos(object);
                        self.set_pos(p);
                        let k = self.sym_const(prop.sym, prop.span)?;
                        self.op16(Op::GetProp, k);
                        let j = self.jump(jop);
                        self.expr(value)?;
                        self.set_pos(op_pos);
                        self.op16(Op::SetProp, k);
                        let end = self.jump(Op::Jump);
                        self.patch(j);
                        self.op(Op::Swap);
                        self.op(Op::Pop);
                        self.patch(end);
                    }
                    (_, Some(ExprKind::Index { object, index, .. })) => {
                        self.expr(object)?;
                        self.index_key(index)?;
                        self.op(Op::Dup2);
                        let p = self.node_pos(object);
                        self.set_pos(p);
                        self.op(Op::GetIndex);
                        let j = self.jump(jop);
                        self.expr(value)?;
                        self.set_pos(op_pos);
                        self.op(Op::SetIndex);
                        let end = self.jump(Op::Jump);
                        self.patch(j);
                        self.op(Op::Swap);
                        self.op(Op::Pop);
                        self.op(Op::Swap);
                        self.op(Op::Pop);
                        self.patch(end);
                    }
                    _ => {
                        return Err(
                            self.semantic(target.span, "Invalid left-hand side in assignment")
                        )
                    }
                }
                if discard {
                    self.op(Op::Pop);
                }
                Ok(())
            }
        }
    }

    /// When the code from `start` is exactly `get_local s; to_num; step;
    /// set_local s` (a plain local updated as a statement), puts an
    /// `inc_local s` / `dec_local s` in front of it: the fast path that
    /// skips it (see [`Op::IncLocal`]). Positions after `start` move along.
    fn fuse_inc_local(&mut self, start: usize, step: Op) {
        let f = self.f();
        let c = &f.code[start..];
        let g = Op::GetLocal as u8;
        let s = Op::SetLocal as u8;
        let (n, t) = (Op::ToNum as u8, step as u8);
        let [a, s0, s1, b, d, e, t0, t1] = *c else {
            return;
        };
        if [a, b, d, e] != [g, n, t, s] || [s0, s1] != [t0, t1] {
            return;
        }
        debug_assert_eq!(c.len(), crate::bytecode::INC_LOCAL_SKIP);
        let fused = if step == Op::Inc {
            Op::IncLocal
        } else {
            Op::DecLocal
        };
        f.code.splice(start..start, [fused as u8, s0, s1]);
        for l in f.lines.iter_mut() {
            if l.0 as usize > start {
                l.0 += 3;
            }
        }
    }

    /// `++x`, `x--`, `o.k++`, `o[k]--`: the old value is `ToNumber`ed first;
    /// postfix forms yield it.
    fn update(&mut self, op: UpdateOp, prefix: bool, target: &Pattern, discard: bool) -> R<()> {
        let step = if op == UpdateOp::Inc {
            Op::Inc
        } else {
            Op::Dec
        };
        let op_pos = if prefix {
            target.span.start
        } else {
            self.after(target.span.end)
        };
        let member = match &target.kind {
            PatternKind::Expr(x) => Some(strip_parens(x)),
            _ => None,
        };
        match (&target.kind, member.map(|m| &m.kind)) {
            (PatternKind::Ident(sym), _) => {
                let start = self.here();
                self.load_sym(*sym, target.span)?;
                self.op(Op::ToNum);
                if prefix {
                    self.op(step);
                    if !discard {
                        self.op(Op::Dup);
                    }
                } else {
                    if !discard {
                        self.op(Op::Dup);
                    }
                    self.op(step);
                }
                self.store_sym(*sym, target.span, false, op_pos)?;
                if discard {
                    self.fuse_inc_local(start, step);
                }
                Ok(())
            }
            (_, Some(kind @ (ExprKind::Member { .. } | ExprKind::Index { .. }))) => {
                let (object, prop) = match kind {
                    ExprKind::Member { object, prop, .. } => (object, Some(prop)),
                    ExprKind::Index { object, index, .. } => {
                        self.expr(object)?;
                        self.index_key(index)?;
                        self.op(Op::Dup2);
                        (object, None)
                    }
                    _ => unreachable!(),
                };
                let k = match prop {
                    Some(prop) => {
                        self.expr(object)?;
                        self.op(Op::Dup);
                        Some(self.sym_const(prop.sym, prop.span)?)
                    }
                    None => None,
                };
                let p = self.node_pos(object);
                self.set_pos(p);
                match k {
                    Some(k) => self.op16(Op::GetProp, k),
                    None => self.op(Op::GetIndex),
                }
                self.op(Op::ToNum);
                let temp = if prefix || discard {
                    None
                } else {
                    let t = self.alloc_slot(target.span)?;
                    self.op(Op::Dup);
                    self.op16(Op::SetLocal, t);
                    Some(t)
                };
                self.op(step);
                self.set_pos(op_pos);
                match k {
                    Some(k) => self.op16(Op::SetProp, k),
                    None => self.op(Op::SetIndex),
                }
                if let Some(t) = temp {
                    self.op(Op::Pop);
                    self.op16(Op::GetLocal, t);
                    self.free_slot(t);
                } else if discard {
                    self.op(Op::Pop);
                }
                Ok(())
            }
            _ => Err(self.semantic(
                target.span,
                "Invalid left-hand side expression in postfix operation",
            )),
        }
    }
}

/// The op defining named key `t` of an object literal: `InitField` when no
/// earlier member can have defined it (`seen` lists the named keys so far,
/// `None` after a spread or computed key) and it is not `__proto__`;
/// otherwise `DefineField`, which replaces an existing value.
fn first_define(seen: &mut Option<Vec<Vec<u16>>>, t: &[u16]) -> Op {
    let proto: Vec<u16> = "__proto__".encode_utf16().collect();
    match seen {
        Some(keys) if t != proto.as_slice() && !keys.iter().any(|k| k == t) => {
            keys.push(t.to_vec());
            Op::InitField
        }
        _ => Op::DefineField,
    }
}
