//! Functions, blocks, statements and binding patterns.

use super::names::{num_to_string, render, skip_trivia};
use super::state::*;
use crate::ast::*;
use crate::bytecode::{flags, FuncProto, Op};
use crate::source::Span;

/// How a pattern stores what it binds.
#[derive(Clone, Copy)]
pub(super) enum Bind {
    /// A declaration initializing its bindings.
    Decl,
    /// An assignment to existing targets; the offset of the `=` operator.
    Assign(u32),
}

pub(super) fn is_anon_fn(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Function(f) => f.name.is_none(),
        ExprKind::Paren(inner) => is_anon_fn(inner),
        _ => false,
    }
}

/// Text of a literal property key (for names and atoms); `None` if computed.
pub(super) fn key_text(k: &PropKey, names: &crate::intern::Interner) -> Option<Vec<u16>> {
    match k {
        PropKey::Ident(i) => Some(names.name(i.sym).encode_utf16().collect()),
        PropKey::Str(s, _) => Some(s.to_vec()),
        PropKey::Num(n, _) => Some(num_to_string(*n).encode_utf16().collect()),
        PropKey::Computed(_) => None,
    }
}

pub(super) fn key_span(k: &PropKey) -> Span {
    match k {
        PropKey::Ident(i) => i.span,
        PropKey::Str(_, s) | PropKey::Num(_, s) => *s,
        PropKey::Computed(e) => e.span,
    }
}

/// A canonical array index ("0", "17"): such keys go through the `*Index`
/// instructions as numbers so the VM sees integer keys as integers.
pub(super) fn canonical_index(s: &[u16]) -> Option<f64> {
    if s.is_empty() || s.len() > 10 || (s.len() > 1 && s[0] == b'0' as u16) {
        return None;
    }
    let mut n: u64 = 0;
    for &c in s {
        if !(b'0' as u16..=b'9' as u16).contains(&c) {
            return None;
        }
        n = n * 10 + (c - b'0' as u16) as u64;
    }
    (n < u32::MAX as u64).then_some(n as f64)
}

impl<'a> ModCompiler<'a> {
    // ------------------------------------------------------------ functions

    /// Compiles a nested function into the program's function table and
    /// emits `Closure` for it in the current function.
    pub fn emit_closure(&mut self, func: &Function, name: &[u16], is_expr: bool) -> R<()> {
        let idx = self.compile_function(func, name, is_expr)?;
        self.op32(Op::Closure, idx);
        Ok(())
    }

    pub fn compile_function(&mut self, func: &Function, inferred: &[u16], is_expr: bool) -> R<u32> {
        let idx = self.funcs.len() as u32;
        self.funcs.push(FuncProto::default());
        if func.params.len() > 255 {
            return Err(self.semantic(func.span, "too many parameters (limit 255)"));
        }
        let n_params = func.params.len() as u32;
        let pos = func.span.start;
        self.fns.push(FnState {
            is_arrow: func.is_arrow,
            pos,
            next_slot: 1 + n_params,
            max_slot: 1 + n_params,
            callee_name: if is_expr && !func.is_arrow {
                func.name.map(|n| n.sym)
            } else {
                None
            },
            ..FnState::default()
        });
        self.set_pos(func.span.start);
        self.push_scope();
        let mut fl = 0u8;
        if func.is_arrow {
            fl |= flags::ARROW;
        } else {
            let key = (pos, K_THIS);
            let boxed = self.info_in.captured.contains(&key);
            let f = self.f();
            f.this_var = Some(f.vars.len());
            f.vars.push(VarInfo {
                key,
                loc: Loc::Local(0),
                kind: BindKind::This,
                boxed,
                initialized: true,
            });
            if boxed {
                self.op16(Op::NewCell, 0);
            }
            if self.info_in.used.contains(&(pos, K_ARGS)) {
                fl |= flags::NEEDS_ARGS;
                let d = self.fns.len() - 1;
                let id = self.ensure_args_var(d);
                self.init_lazy(id, Op::Arguments);
            }
            if self.fr().callee_name.is_some() && self.info_in.used.contains(&(pos, K_CALLEE)) {
                let d = self.fns.len() - 1;
                let id = self.ensure_callee_var(d);
                self.init_lazy(id, Op::Callee);
            }
        }
        if func.rest.is_some() {
            fl |= flags::NEEDS_ARGS;
        }

        // Parameters: plain names live in their argument slot; patterns bind
        // fresh slots. All names are declared before any default runs.
        let mut plain = vec![None; func.params.len()];
        for (i, p) in func.params.iter().enumerate() {
            if let PatternKind::Ident(sym) = p.target.kind {
                let slot = (i + 1) as u16;
                let id =
                    self.declare(sym, p.target.span, BindKind::Param, Some(Loc::Local(slot)))?;
                plain[i] = Some(id);
            } else {
                self.declare_pattern(&p.target, BindKind::Param)?;
            }
        }
        if let Some(r) = &func.rest {
            self.declare_pattern(r, BindKind::Param)?;
        }
        for (i, p) in func.params.iter().enumerate() {
            let slot = (i + 1) as u16;
            match plain[i] {
                Some(id) => {
                    if let Some(d) = &p.default {
                        self.op16(Op::GetLocal, slot);
                        let name = self.pattern_name(&p.target);
                        self.default_value(d, &name)?;
                        self.op16(Op::SetLocal, slot);
                    }
                    if self.fr().vars[id].boxed {
                        self.op16(Op::NewCell, slot);
                    }
                }
                None => {
                    self.op16(Op::GetLocal, slot);
                    if let Some(d) = &p.default {
                        self.default_value(d, &[])?;
                    }
                    self.bind_pattern(&p.target, Bind::Decl, None)?;
                }
            }
        }
        if let Some(r) = &func.rest {
            self.op8(Op::Rest, n_params as u8);
            self.bind_pattern(r, Bind::Decl, None)?;
        }

        match &func.body {
            FnBody::Block(stmts) => {
                self.hoist_function_body(stmts)?;
                for s in stmts {
                    self.stmt(s)?;
                }
                if !matches!(stmts.last().map(|s| &s.kind), Some(StmtKind::Return(_))) {
                    self.op(Op::ReturnUndef);
                }
            }
            FnBody::Expr(e) => {
                self.expr(e)?;
                self.op(Op::Return);
            }
        }
        self.pop_scope();
        let st = self.fns.pop().expect("function state");
        let length = func
            .params
            .iter()
            .position(|p| p.default.is_some())
            .unwrap_or(func.params.len()) as u8;
        let name: Box<[u16]> = match &func.name {
            Some(n) => self.names.name(n.sym).encode_utf16().collect(),
            None => inferred.into(),
        };
        if st.captures.len() > u16::MAX as usize || st.max_slot > u16::MAX as u32 {
            return Err(self.semantic(func.span, "function too large (slots or captures)"));
        }
        self.funcs[idx as usize] = FuncProto {
            name,
            length,
            n_params: n_params as u8,
            n_slots: st.max_slot as u16,
            captures: st.captures.iter().map(|(_, c)| *c).collect(),
            flags: fl,
            file: self.file_idx,
            code: st.code,
            lines: st.lines,
            source: (func.span.start, func.span.end),
            free: st
                .free
                .iter()
                .map(|(s, f)| (Box::from(self.names.name(*s)), *f))
                .collect(),
        };
        Ok(idx)
    }

    fn init_lazy(&mut self, id: usize, op: Op) {
        let v = self.fr().vars[id].clone();
        let boxed = self.info_in.captured.contains(&v.key);
        self.f().vars[id].boxed = boxed;
        if let Loc::Local(s) = v.loc {
            self.op(op);
            self.op16(Op::SetLocal, s);
            if boxed {
                self.op16(Op::NewCell, s);
            }
        }
    }

    pub fn pattern_name(&self, p: &Pattern) -> Vec<u16> {
        match p.kind {
            PatternKind::Ident(s) => self.names.name(s).encode_utf16().collect(),
            _ => Vec::new(),
        }
    }

    /// `[v] -> [v or default]`
    pub fn default_value(&mut self, d: &Expr, name: &[u16]) -> R<()> {
        let j = self.jump(Op::JumpIfNotUndef);
        self.op(Op::Pop);
        self.expr_named(d, name)?;
        self.patch(j);
        Ok(())
    }

    fn declare_pattern(&mut self, p: &Pattern, kind: BindKind) -> R<()> {
        let mut names = Vec::new();
        pattern_names(p, &mut names);
        for (sym, span) in names {
            if let Some(id) = self.lookup_current_scope(sym) {
                if kind == BindKind::Param {
                    let _ = id;
                    return Err(
                        self.semantic(span, "Duplicate parameter name not allowed in this context")
                    );
                }
            }
            let id = self.declare(sym, span, kind, None)?;
            let v = self.fr().vars[id].clone();
            if v.boxed {
                if let Loc::Local(s) = v.loc {
                    self.op16(Op::NewCell, s);
                }
            }
        }
        Ok(())
    }

    /// Hoisting at the top of a function body: `var`s (undefined), then
    /// let/const (TDZ) and function declarations (initialized).
    fn hoist_function_body(&mut self, stmts: &[Stmt]) -> R<()> {
        let mut vars = Vec::new();
        collect_vars(stmts, &mut vars);
        for (sym, span) in vars {
            if self.lookup_current_scope(sym).is_some() {
                continue;
            }
            let id = self.declare(sym, span, BindKind::Var, None)?;
            self.box_if_needed(id);
        }
        self.hoist_lexical(stmts, true)
    }

    fn box_if_needed(&mut self, id: usize) {
        let v = self.fr().vars[id].clone();
        if let (true, Loc::Local(s)) = (v.boxed, v.loc) {
            self.op16(Op::NewCell, s);
        }
    }

    /// Declares the block's let/const (TDZ hole, cell) and functions, then
    /// initializes the functions.
    pub fn hoist_lexical(&mut self, stmts: &[Stmt], function_top: bool) -> R<()> {
        let decls = collect_lexical(stmts);
        let mut funcs = Vec::new();
        for d in &decls {
            if let Some(id) = self.lookup_current_scope(d.sym) {
                let existing = self.fr().vars[id].kind;
                let ok = function_top
                    && d.kind == BindKind::Function
                    && matches!(
                        existing,
                        BindKind::Var | BindKind::Param | BindKind::Function
                    );
                if !ok {
                    return Err(self.semantic(
                        d.span,
                        format!(
                            "Identifier '{}' has already been declared",
                            self.names.name(d.sym)
                        ),
                    ));
                }
                funcs.push((id, d.func.expect("function")));
                continue;
            }
            let id = self.declare(d.sym, d.span, d.kind, None)?;
            let v = self.fr().vars[id].clone();
            if let Loc::Local(s) = v.loc {
                if v.kind.lexical() && (v.boxed || self.info_in.tdz.contains(&v.key)) {
                    self.op16(Op::ClearLocal, s);
                }
                if v.boxed {
                    if !v.kind.lexical() {
                        self.op16(Op::ClearLocal, s);
                    }
                    self.op16(Op::NewCell, s);
                }
            }
            if let Some(f) = d.func {
                funcs.push((id, f));
            }
        }
        for (id, f) in funcs {
            self.emit_closure(f, &[], false)?;
            let v = self.fr().vars[id].clone();
            self.f().vars[id].initialized = true;
            match v.loc {
                Loc::Local(s) if v.boxed => self.op16(Op::SetCell, s),
                Loc::Local(s) => self.op16(Op::SetLocal, s),
                Loc::Global(g) => self.op32(Op::SetGlobal, g),
                Loc::Builtin(_) => {}
            }
        }
        Ok(())
    }

    // ------------------------------------------------------------ statements

    pub fn block(&mut self, stmts: &[Stmt]) -> R<()> {
        self.push_scope();
        self.hoist_lexical(stmts, false)?;
        for s in stmts {
            self.stmt(s)?;
        }
        self.pop_scope();
        Ok(())
    }

    pub fn stmt(&mut self, s: &Stmt) -> R<()> {
        crate::grow_stack(|| self.stmt_here(s))
    }

    fn stmt_here(&mut self, s: &Stmt) -> R<()> {
        self.set_pos(s.span.start);
        self.stmt_start = s.span.start;
        match &s.kind {
            StmtKind::Var(d) => self.var_decl(d),
            StmtKind::Function(_) => Ok(()), // hoisted
            StmtKind::Expr(e) => self.expr_discard(e),
            StmtKind::Block(b) => self.block(b),
            StmtKind::Empty => Ok(()),
            StmtKind::If { test, cons, alt } => {
                let start = self.here();
                self.expr(test)?;
                let j = self.test_jump(start);
                self.sub_stmt(cons)?;
                match alt {
                    Some(a) => {
                        let e = self.jump(Op::Jump);
                        self.patch(j);
                        self.sub_stmt(a)?;
                        self.patch(e);
                    }
                    None => self.patch(j),
                }
                Ok(())
            }
            StmtKind::For {
                init,
                test,
                update,
                body,
            } => self.for_loop(init.as_ref(), test.as_ref(), update.as_ref(), body),
            StmtKind::ForIn { left, right, body } => self.for_each(left, right, body, false),
            StmtKind::ForOf { left, right, body } => self.for_each(left, right, body, true),
            StmtKind::Break => {
                let j = self.jump(Op::Jump);
                match self.f().loops.last_mut() {
                    Some(l) => {
                        l.breaks.push(j);
                        Ok(())
                    }
                    None => Err(self.semantic(s.span, "Illegal break statement")),
                }
            }
            StmtKind::Continue => {
                let j = self.jump(Op::Jump);
                match self.f().loops.last_mut() {
                    Some(l) => {
                        l.continues.push(j);
                        Ok(())
                    }
                    None => Err(self.semantic(
                        s.span,
                        "Illegal continue statement: no surrounding iteration statement",
                    )),
                }
            }
            StmtKind::Return(e) => {
                if self.fr().is_module {
                    return Err(self.semantic(s.span, "Illegal return statement"));
                }
                match e {
                    Some(e) => {
                        self.expr(e)?;
                        self.op(Op::Return);
                    }
                    None => self.op(Op::ReturnUndef),
                }
                Ok(())
            }
            StmtKind::Import(_) => Ok(()),
            StmtKind::Export(ex) => match ex {
                ExportDecl::Decl(inner) => self.stmt(inner),
                ExportDecl::DefaultExpr(e) => {
                    let name: Vec<u16> = "default".encode_utf16().collect();
                    self.expr_named(e, &name)?;
                    let g = self.default_global.expect("default export slot");
                    self.op32(Op::SetGlobal, g);
                    Ok(())
                }
                ExportDecl::DefaultFunction(_) => Ok(()), // hoisted
                ExportDecl::Named { .. } | ExportDecl::All { .. } => Ok(()),
            },
        }
    }

    /// A statement in a position that gets its own scope when it declares
    /// (the body of if/for: only blocks declare in strict mode).
    fn sub_stmt(&mut self, s: &Stmt) -> R<()> {
        self.stmt(s)
    }

    fn var_decl(&mut self, d: &VarDecl) -> R<()> {
        for dc in &d.decls {
            match &dc.init {
                Some(init) => {
                    let name = self.pattern_name(&dc.target);
                    self.expr_named(init, &name)?;
                    self.bind_pattern(&dc.target, Bind::Decl, Some(init))?;
                }
                None => {
                    if d.kind == VarKind::Var {
                        continue;
                    }
                    self.op(Op::Undef);
                    self.bind_pattern(&dc.target, Bind::Decl, None)?;
                }
            }
        }
        Ok(())
    }

    fn for_loop(
        &mut self,
        init: Option<&ForInit>,
        test: Option<&Expr>,
        update: Option<&Expr>,
        body: &Stmt,
    ) -> R<()> {
        self.push_scope();
        let mut per_iter = Vec::new();
        match init {
            Some(ForInit::Var(d)) => {
                if d.kind != VarKind::Var {
                    for dc in &d.decls {
                        let mut names = Vec::new();
                        pattern_names(&dc.target, &mut names);
                        for (sym, span) in names {
                            let id = self.declare(sym, span, BindKind::of(d.kind), None)?;
                            let v = self.fr().vars[id].clone();
                            if let Loc::Local(s) = v.loc {
                                if v.boxed || self.info_in.tdz.contains(&v.key) {
                                    self.op16(Op::ClearLocal, s);
                                }
                                if v.boxed {
                                    self.op16(Op::NewCell, s);
                                    per_iter.push(s);
                                }
                            }
                        }
                    }
                }
                self.var_decl(d)?;
            }
            Some(ForInit::Expr(e)) => self.expr_discard(e)?,
            None => {}
        }
        let top = self.here();
        let exit = match test {
            Some(t) => {
                self.set_pos(t.span.start);
                let start = self.here();
                self.expr(t)?;
                Some(self.test_jump(start))
            }
            None => None,
        };
        self.f().loops.push(LoopCtx::default());
        self.sub_stmt(body)?;
        let l = self.f().loops.pop().expect("loop");
        for c in l.continues {
            self.patch(c);
        }
        for s in per_iter {
            self.op16(Op::Rebox, s);
        }
        if let Some(u) = update {
            self.set_pos(u.span.start);
            self.expr_discard(u)?;
        }
        self.jump_back(Op::Jump, top);
        if let Some(e) = exit {
            self.patch(e);
        }
        for b in l.breaks {
            self.patch(b);
        }
        self.pop_scope();
        Ok(())
    }

    /// for-of / for-in: the iterator stays on the stack for the whole loop;
    /// `break` jumps to the exit, which pops it.
    fn for_each(&mut self, left: &ForLeft, right: &Expr, body: &Stmt, of: bool) -> R<()> {
        self.expr(right)?;
        self.set_pos(right.span.start);
        if of {
            let name = render(right, self.names);
            let k = self.str_const(&name, right.span)?;
            self.op16(Op::GetIter, k);
        } else {
            self.op(Op::ForInIter);
        }
        let top = self.here();
        let done = self.jump(Op::IterNext);
        self.push_scope();
        match left {
            ForLeft::Decl(VarKind::Var, p) => self.bind_pattern(p, Bind::Decl, None)?,
            ForLeft::Decl(kind, p) => {
                let mut names = Vec::new();
                pattern_names(p, &mut names);
                for (sym, span) in names {
                    let id = self.declare(sym, span, BindKind::of(*kind), None)?;
                    let v = self.fr().vars[id].clone();
                    if let Loc::Local(s) = v.loc {
                        if v.boxed || self.info_in.tdz.contains(&v.key) {
                            self.op16(Op::ClearLocal, s);
                        }
                        if v.boxed {
                            self.op16(Op::NewCell, s);
                        }
                    }
                }
                self.bind_pattern(p, Bind::Decl, None)?;
            }
            ForLeft::Target(p) => {
                let pos = p.span.start;
                self.bind_pattern(p, Bind::Assign(pos), None)?;
            }
        }
        self.f().loops.push(LoopCtx::default());
        self.sub_stmt(body)?;
        let l = self.f().loops.pop().expect("loop");
        self.pop_scope();
        for c in l.continues {
            self.patch_to(c, top);
        }
        self.jump_back(Op::Jump, top);
        self.patch(done);
        for b in l.breaks {
            self.patch(b);
        }
        self.op(Op::Pop);
        Ok(())
    }

    // ------------------------------------------------------------ patterns

    /// `[v] -> []`: binds or assigns `v` to the pattern. `src` is the
    /// expression the value came from (for error messages and positions).
    pub fn bind_pattern(&mut self, p: &Pattern, mode: Bind, src: Option<&Expr>) -> R<()> {
        let decl = matches!(mode, Bind::Decl);
        let op_pos = match mode {
            Bind::Decl => p.span.start,
            Bind::Assign(o) => o,
        };
        match &p.kind {
            PatternKind::Ident(sym) => self.store_sym(*sym, p.span, decl, op_pos),
            PatternKind::Expr(e) => self.assign_to_expr(e, op_pos),
            PatternKind::Array { elems, rest } => {
                let name = match src {
                    Some(e) => render(e, self.names),
                    None => "undefined".to_string(),
                };
                let k = self.str_const(&name, p.span)?;
                let pos = match (mode, src) {
                    (Bind::Decl, Some(e)) => e.span.start,
                    _ => op_pos,
                };
                self.set_pos(pos);
                self.op16(Op::GetIter, k);
                for el in elems {
                    self.op(Op::IterNextOrUndef);
                    match el {
                        None => self.op(Op::Pop),
                        Some(el) => {
                            if let Some(d) = &el.default {
                                let name = self.pattern_name(&el.target);
                                self.default_value(d, &name)?;
                            }
                            self.bind_pattern(&el.target, mode, None)?;
                        }
                    }
                }
                if let Some(r) = rest {
                    self.op(Op::IterRest);
                    self.bind_pattern(r, mode, None)?;
                }
                self.op(Op::Pop);
                Ok(())
            }
            PatternKind::Object { props, rest } => {
                let name = match src {
                    Some(e) => render(e, self.names),
                    None => "undefined".to_string(),
                };
                // V8's wording: `property 'a' of 'x'` when the pattern
                // starts with a static key, else just `'x'`.
                let first = props.first().and_then(|pr| key_text(&pr.key, self.names));
                let what = match first {
                    Some(k) => format!("property '{}' of '{name}'", String::from_utf16_lossy(&k)),
                    None => format!("'{name}'"),
                };
                let k = self.str_const(&what, p.span)?;
                let pos = props
                    .first()
                    .map(|pr| key_span(&pr.key).start)
                    .unwrap_or(p.span.start);
                self.set_pos(pos);
                self.op16(Op::CheckObjectCoercible, k);
                let mut key_temps = Vec::new();
                for pr in props {
                    self.op(Op::Dup);
                    match &pr.key {
                        PropKey::Computed(e) => {
                            self.expr(e)?;
                            if rest.is_some() {
                                let t = self.alloc_slot(e.span)?;
                                self.op(Op::Dup);
                                self.op16(Op::SetLocal, t);
                                key_temps.push(t);
                            }
                            self.set_pos(key_span(&pr.key).start);
                            self.op(Op::GetIndex);
                        }
                        k => {
                            let text = key_text(k, self.names).unwrap_or_default();
                            self.set_pos(key_span(k).start);
                            self.get_named(&text, key_span(k))?;
                        }
                    }
                    if let Some(d) = &pr.default {
                        let name = self.pattern_name(&pr.target);
                        self.default_value(d, &name)?;
                    }
                    self.bind_pattern(&pr.target, mode, None)?;
                }
                match rest {
                    Some(r) => {
                        if props.len() > 255 {
                            return Err(self.semantic(
                                p.span,
                                "too many properties before a rest element (limit 255)",
                            ));
                        }
                        let mut ti = 0;
                        for pr in props {
                            match &pr.key {
                                PropKey::Computed(_) => {
                                    self.op16(Op::GetLocal, key_temps[ti]);
                                    ti += 1;
                                }
                                k => {
                                    let text = key_text(k, self.names).unwrap_or_default();
                                    let c = self.konst(
                                        crate::bytecode::Const::Str(text.into()),
                                        key_span(k),
                                    )?;
                                    self.op16(Op::Const, c);
                                }
                            }
                        }
                        self.op8(Op::ObjectRest, props.len() as u8);
                        if let Some(&t) = key_temps.first() {
                            self.free_slot(t);
                        }
                        self.bind_pattern(r, mode, None)
                    }
                    None => {
                        self.op(Op::Pop);
                        Ok(())
                    }
                }
            }
        }
    }

    /// `[v] -> []`: `obj.k = v` / `obj[k] = v` for a member assignment target.
    fn assign_to_expr(&mut self, e: &Expr, op_pos: u32) -> R<()> {
        let t = self.alloc_slot(e.span)?;
        self.op16(Op::SetLocal, t);
        match &e.kind {
            ExprKind::Member { object, prop, .. } => {
                self.expr(object)?;
                self.op16(Op::GetLocal, t);
                self.set_pos(op_pos);
                let k = self.sym_const(prop.sym, prop.span)?;
                self.op16(Op::SetProp, k);
            }
            ExprKind::Index { object, index, .. } => {
                self.expr(object)?;
                self.expr(index)?;
                self.op16(Op::GetLocal, t);
                self.set_pos(op_pos);
                self.op(Op::SetIndex);
            }
            ExprKind::Paren(inner) => {
                self.op16(Op::GetLocal, t);
                self.free_slot(t);
                return self.assign_to_expr(inner, op_pos);
            }
            _ => return Err(self.semantic(e.span, "Invalid destructuring assignment target")),
        }
        self.op(Op::Pop);
        self.free_slot(t);
        Ok(())
    }

    /// `[obj] -> [obj.key]` for a literal key text.
    pub fn get_named(&mut self, text: &[u16], span: Span) -> R<()> {
        match canonical_index(text) {
            Some(n) => {
                self.num(n, span)?;
                self.op(Op::GetIndex);
            }
            None => {
                let k = self.konst(crate::bytecode::Const::Str(text.into()), span)?;
                self.op16(Op::GetProp, k);
            }
        }
        Ok(())
    }

    /// Offset of the first significant character after `end` (operators,
    /// `(` of calls, `[` of index expressions, template starts).
    pub fn after(&self, end: u32) -> u32 {
        skip_trivia(self.text(), end as usize, true) as u32
    }
}
