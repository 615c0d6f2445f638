//! Per-module compiler state: the function stack, scopes, variable
//! resolution (locals, captures, globals, builtins), the constant pool and
//! the instruction emitter.

use super::Options;
use crate::ast;
use crate::ast::{Pattern, PatternKind, Stmt, StmtKind, Sym, VarKind};
use crate::bytecode::FuncProto;
use crate::bytecode::{Capture, Const, Op};
use crate::diag::{DiagKind, Diagnostic, Removed};
use crate::intern::Interner;
use crate::source::{SourceFile, Span};
use ahash::{AHashMap as HashMap, AHashSet as HashSet};
use std::sync::Arc;

pub(super) type R<T> = Result<T, Diagnostic>;

/// Identifies a binding across the two compile passes: the byte offset of
/// its declaration plus what kind of binding it is.
pub(super) type Key = (u32, u8);
pub(super) const K_BIND: u8 = 0;
pub(super) const K_THIS: u8 = 1;
pub(super) const K_ARGS: u8 = 2;
pub(super) const K_CALLEE: u8 = 3;

/// What the first pass learned about a module, used by the second.
#[derive(Default, Clone, Debug)]
pub(super) struct PassInfo {
    /// Bindings referenced from an inner function: boxed.
    pub captured: HashSet<Key>,
    /// let/const bindings read or written with a TDZ check somewhere: their
    /// slot must hold the hole from scope entry.
    pub tdz: HashSet<Key>,
    /// `arguments` / named-function-expression self references needing a slot.
    pub used: HashSet<Key>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum BindKind {
    Var,
    Let,
    Const,
    Function,
    Param,
    Import,
    This,
    Arguments,
    CalleeName,
}

impl BindKind {
    pub fn of(k: VarKind) -> BindKind {
        match k {
            VarKind::Var => BindKind::Var,
            VarKind::Let => BindKind::Let,
            VarKind::Const => BindKind::Const,
        }
    }
    pub fn lexical(self) -> bool {
        matches!(self, BindKind::Let | BindKind::Const)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Loc {
    Local(u16),
    Global(u32),
    Builtin(u16),
}

#[derive(Clone, Debug)]
pub(super) struct VarInfo {
    pub key: Key,
    pub loc: Loc,
    pub kind: BindKind,
    pub boxed: bool,
    /// Set once the declaration has run in textual order (TDZ elision).
    pub initialized: bool,
}

#[derive(Default)]
pub(super) struct Scope {
    pub names: HashMap<Sym, usize>,
    pub slot_mark: u32,
}

#[derive(Default)]
pub(super) struct LoopCtx {
    pub breaks: Vec<usize>,
    pub continues: Vec<usize>,
}

#[derive(Default)]
pub(super) struct FnState {
    pub code: Vec<u8>,
    pub lines: Vec<(u32, u32)>,
    pub vars: Vec<VarInfo>,
    pub scopes: Vec<Scope>,
    pub next_slot: u32,
    pub max_slot: u32,
    pub captures: Vec<((usize, usize), Capture)>,
    /// Names it reads from outside itself (see `FuncProto::free`).
    pub free: Vec<(Sym, crate::bytecode::Free)>,
    pub is_arrow: bool,
    pub is_module: bool,
    pub pos: u32,
    pub this_var: Option<usize>,
    pub args_var: Option<usize>,
    pub callee_name: Option<Sym>,
    pub callee_var: Option<usize>,
    pub loops: Vec<LoopCtx>,
    pub chains: Vec<Vec<usize>>,
}

/// How a resolved name is reached from the current function.
#[derive(Clone, Copy, Debug)]
pub(super) enum Access {
    Local { slot: u16, boxed: bool },
    Upval(u16),
    Global(u32),
    Builtin(u16),
    Callee,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Resolved {
    pub access: Access,
    pub kind: BindKind,
    pub initialized: bool,
    pub key: Key,
    /// Where the binding lives (function depth, var id); `None` for `Callee`.
    pub var: Option<(usize, usize)>,
}

enum Found {
    Var(usize, usize),
    Callee(usize),
    Args(usize),
}

#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    Num(u64),
    Str(Box<[u16]>),
}

#[derive(Default)]
pub(super) struct ConstPool {
    pub consts: Vec<Const>,
    map: HashMap<ConstKey, u16>,
}

impl ConstPool {
    pub fn clone_pool(&self) -> ConstPool {
        ConstPool {
            consts: self.consts.clone(),
            map: self
                .map
                .iter()
                .map(|(k, v)| {
                    let k = match k {
                        ConstKey::Num(n) => ConstKey::Num(*n),
                        ConstKey::Str(s) => ConstKey::Str(s.clone()),
                    };
                    (k, *v)
                })
                .collect(),
        }
    }
    pub fn add(&mut self, c: Const) -> Option<u16> {
        let key = match &c {
            Const::Num(n) => ConstKey::Num(n.to_bits()),
            Const::Str(s) => ConstKey::Str(s.clone()),
        };
        if let Some(&i) = self.map.get(&key) {
            return Some(i);
        }
        let i = u16::try_from(self.consts.len()).ok()?;
        self.consts.push(c);
        self.map.insert(key, i);
        Some(i)
    }
}

pub(super) struct ModCompiler<'a> {
    pub opts: &'a Options<'a>,
    pub names: &'a Interner,
    pub file: Arc<SourceFile>,
    pub file_idx: u16,
    pub consts: &'a mut ConstPool,
    pub funcs: &'a mut Vec<FuncProto>,
    pub info_in: &'a PassInfo,
    pub info_out: PassInfo,
    pub fns: Vec<FnState>,
    pub sym_arguments: Option<Sym>,
    /// The hidden global of `export default <expr>`.
    pub default_global: Option<u32>,
    /// Namespace objects (global slot -> members): `ns.name` compiles to
    /// the member's own binding, so reads through a namespace stay live.
    pub namespaces: &'a HashMap<u32, Vec<(String, Loc)>>,
    /// Start of the statement being compiled (some V8 positions depend on
    /// whether an expression is a whole statement).
    pub stmt_start: u32,
}

pub(super) fn utf16(s: &str) -> Box<[u16]> {
    s.encode_utf16().collect()
}

impl<'a> ModCompiler<'a> {
    // ------------------------------------------------------------ errors

    pub fn semantic(&self, span: Span, msg: impl Into<String>) -> Diagnostic {
        Diagnostic {
            kind: DiagKind::Semantic(msg.into()),
            file: self.file.clone(),
            span,
        }
    }

    pub fn removed(&self, span: Span, r: Removed) -> Diagnostic {
        Diagnostic {
            kind: DiagKind::Removed(r),
            file: self.file.clone(),
            span,
        }
    }

    pub fn text(&self) -> &str {
        &self.file.text
    }

    // ------------------------------------------------------------ emitter

    pub fn f(&mut self) -> &mut FnState {
        self.fns.last_mut().expect("function state")
    }

    pub fn fr(&self) -> &FnState {
        self.fns.last().expect("function state")
    }

    pub fn here(&self) -> usize {
        self.fr().code.len()
    }

    pub fn op(&mut self, op: Op) {
        self.f().code.push(op as u8);
    }

    pub fn op8(&mut self, op: Op, a: u8) {
        let c = &mut self.f().code;
        c.push(op as u8);
        c.push(a);
    }

    pub fn op16(&mut self, op: Op, a: u16) {
        let c = &mut self.f().code;
        c.push(op as u8);
        c.extend_from_slice(&a.to_le_bytes());
    }

    pub fn op16_16(&mut self, op: Op, a: u16, b: u16) {
        let c = &mut self.f().code;
        c.push(op as u8);
        c.extend_from_slice(&a.to_le_bytes());
        c.extend_from_slice(&b.to_le_bytes());
    }

    pub fn op8_16(&mut self, op: Op, a: u8, b: u16) {
        let c = &mut self.f().code;
        c.push(op as u8);
        c.push(a);
        c.extend_from_slice(&b.to_le_bytes());
    }

    pub fn op32(&mut self, op: Op, a: u32) {
        let c = &mut self.f().code;
        c.push(op as u8);
        c.extend_from_slice(&a.to_le_bytes());
    }

    pub fn op32_16(&mut self, op: Op, a: u32, b: u16) {
        let c = &mut self.f().code;
        c.push(op as u8);
        c.extend_from_slice(&a.to_le_bytes());
        c.extend_from_slice(&b.to_le_bytes());
    }

    /// Emits a forward jump; returns the operand's offset for [`Self::patch`].
    pub fn jump(&mut self, op: Op) -> usize {
        let c = &mut self.f().code;
        c.push(op as u8);
        let at = c.len();
        c.extend_from_slice(&[0; 4]);
        at
    }

    /// A `jump_if_false` after a test whose code starts at `start`; returns
    /// where to patch it. When the test is `local <op> int | const | local`
    /// with a relational op, puts a `cmp_jump` in front of the sequence (its
    /// fast path, see [`Op::CmpJump`]); positions after `start` move along.
    pub fn test_jump(&mut self, start: usize) -> usize {
        let at = self.jump(Op::JumpIfFalse);
        let f = self.f();
        let c = &f.code[start..];
        if c.len() < 12 || c[0] != Op::GetLocal as u8 {
            return at;
        }
        let b_len = match c[3] {
            x if x == Op::Int as u8 => 5,
            x if x == Op::GetLocal as u8 || x == Op::Const as u8 => 3,
            _ => return at,
        };
        let rel = [Op::Lt, Op::Le, Op::Gt, Op::Ge].map(|o| o as u8);
        if c.len() != 3 + b_len + 1 + 5 || !rel.contains(&c[3 + b_len]) {
            return at;
        }
        f.code.insert(start, Op::CmpJump as u8);
        for l in f.lines.iter_mut() {
            if l.0 as usize > start {
                l.0 += 1;
            }
        }
        at + 1
    }

    pub fn chain_jump(&mut self, n: u8, span: Span) -> R<()> {
        let c = &mut self.f().code;
        c.push(Op::ChainJump as u8);
        c.push(n);
        let at = c.len();
        c.extend_from_slice(&[0; 4]);
        match self.f().chains.last_mut() {
            Some(list) => {
                list.push(at);
                Ok(())
            }
            None => Err(self.semantic(span, "optional chaining outside of a chain")),
        }
    }

    /// Points the jump whose operand is at `at` to the current end of code.
    pub fn patch(&mut self, at: usize) {
        let target = self.here();
        self.patch_to(at, target);
    }

    pub fn patch_to(&mut self, at: usize, target: usize) {
        let off = target as i64 - (at as i64 + 4);
        self.f().code[at..at + 4].copy_from_slice(&(off as i32).to_le_bytes());
    }

    pub fn jump_back(&mut self, op: Op, target: usize) {
        let at = self.jump(op);
        self.patch_to(at, target);
    }

    /// Records that the next instructions come from source offset `off`.
    pub fn set_pos(&mut self, off: u32) {
        let f = self.f();
        let pc = f.code.len() as u32;
        match f.lines.last_mut() {
            Some(last) if last.1 == off => {}
            Some(last) if last.0 == pc => {
                last.1 = off;
                // Keep entries distinct by offset.
                let n = f.lines.len();
                if n >= 2 && f.lines[n - 2].1 == off {
                    f.lines.pop();
                }
            }
            _ => f.lines.push((pc, off)),
        }
    }

    pub fn konst(&mut self, c: Const, span: Span) -> R<u16> {
        match self.consts.add(c) {
            Some(i) => Ok(i),
            None => Err(self.semantic(span, "too many constants in one program (limit 65535)")),
        }
    }

    pub fn str_const(&mut self, s: &str, span: Span) -> R<u16> {
        self.konst(Const::Str(utf16(s)), span)
    }

    pub fn sym_const(&mut self, sym: Sym, span: Span) -> R<u16> {
        let s = utf16(self.names.name(sym));
        self.konst(Const::Str(s), span)
    }

    pub fn num(&mut self, n: f64, span: Span) -> R<()> {
        if n.fract() == 0.0 && n.abs() <= i32::MAX as f64 && !(n == 0.0 && n.is_sign_negative()) {
            self.op32(Op::Int, n as i32 as u32);
        } else {
            let k = self.konst(Const::Num(n), span)?;
            self.op16(Op::Const, k);
        }
        Ok(())
    }

    // ------------------------------------------------------------ slots

    pub fn alloc_slot(&mut self, span: Span) -> R<u16> {
        let f = self.f();
        let s = f.next_slot;
        f.next_slot += 1;
        f.max_slot = f.max_slot.max(f.next_slot);
        if s > u16::MAX as u32 - 1 {
            return Err(self.semantic(span, "too many local variables in one function"));
        }
        Ok(s as u16)
    }

    /// Releases the most recent temporary slot(s) down to `s`.
    pub fn free_slot(&mut self, s: u16) {
        let f = self.f();
        debug_assert!(f.next_slot > s as u32);
        f.next_slot = s as u32;
    }

    pub fn push_scope(&mut self) {
        let f = self.f();
        let mark = f.next_slot;
        f.scopes.push(Scope {
            names: HashMap::new(),
            slot_mark: mark,
        });
    }

    pub fn pop_scope(&mut self) {
        let f = self.f();
        if let Some(s) = f.scopes.pop() {
            f.next_slot = s.slot_mark;
        }
    }

    /// Adds a binding to the innermost scope of the current function.
    pub fn declare(&mut self, sym: Sym, span: Span, kind: BindKind, loc: Option<Loc>) -> R<usize> {
        let key = (span.start, K_BIND);
        let loc = match loc {
            Some(l) => l,
            None => Loc::Local(self.alloc_slot(span)?),
        };
        let boxed = matches!(loc, Loc::Local(_)) && self.info_in.captured.contains(&key);
        let initialized = !kind.lexical();
        let f = self.f();
        let id = f.vars.len();
        f.vars.push(VarInfo {
            key,
            loc,
            kind,
            boxed,
            initialized,
        });
        f.scopes.last_mut().expect("scope").names.insert(sym, id);
        Ok(id)
    }

    pub fn lookup_current_scope(&self, sym: Sym) -> Option<usize> {
        self.fr()
            .scopes
            .last()
            .and_then(|s| s.names.get(&sym).copied())
    }

    // ------------------------------------------------------------ resolution

    fn find(&self, sym: Sym) -> Option<Found> {
        for d in (0..self.fns.len()).rev() {
            let f = &self.fns[d];
            for sc in f.scopes.iter().rev() {
                if let Some(&id) = sc.names.get(&sym) {
                    return Some(Found::Var(d, id));
                }
            }
            if f.callee_name == Some(sym) {
                return Some(Found::Callee(d));
            }
            if !f.is_arrow && !f.is_module && Some(sym) == self.sym_arguments {
                return Some(Found::Args(d));
            }
        }
        None
    }

    /// A slot for a lazily materialized binding (`arguments`, a named
    /// function expression's own name seen from an inner function). The
    /// second pass allocates these in the prologue; the first pass may
    /// allocate them anywhere because its code is discarded.
    fn lazy_var(&mut self, d: usize, key: Key, kind: BindKind) -> usize {
        self.info_out.used.insert(key);
        let f = &mut self.fns[d];
        let slot = f.max_slot.max(f.next_slot);
        f.max_slot = slot + 1;
        f.next_slot = f.next_slot.max(slot + 1);
        let id = f.vars.len();
        f.vars.push(VarInfo {
            key,
            loc: Loc::Local(slot.min(u16::MAX as u32) as u16),
            kind,
            boxed: false,
            initialized: true,
        });
        id
    }

    pub fn ensure_args_var(&mut self, d: usize) -> usize {
        if let Some(id) = self.fns[d].args_var {
            return id;
        }
        let key = (self.fns[d].pos, K_ARGS);
        let id = self.lazy_var(d, key, BindKind::Arguments);
        self.fns[d].args_var = Some(id);
        id
    }

    pub fn ensure_callee_var(&mut self, d: usize) -> usize {
        if let Some(id) = self.fns[d].callee_var {
            return id;
        }
        let key = (self.fns[d].pos, K_CALLEE);
        let id = self.lazy_var(d, key, BindKind::CalleeName);
        self.fns[d].callee_var = Some(id);
        id
    }

    fn capture(&mut self, d: usize, owner: usize, id: usize) -> u16 {
        if let Some(i) = self.fns[d]
            .captures
            .iter()
            .position(|(k, _)| *k == (owner, id))
        {
            return i as u16;
        }
        let cap = if d == owner + 1 {
            let v = &self.fns[owner].vars[id];
            self.info_out.captured.insert(v.key);
            match v.loc {
                Loc::Local(s) => Capture::Slot(s),
                _ => unreachable!("only locals are captured"),
            }
        } else {
            Capture::Upval(self.capture(d - 1, owner, id))
        };
        let f = &mut self.fns[d];
        f.captures.push(((owner, id), cap));
        (f.captures.len() - 1) as u16
    }

    fn access_var(&mut self, d: usize, id: usize) -> Resolved {
        let cur = self.fns.len() - 1;
        let v = self.fns[d].vars[id].clone();
        let access = match v.loc {
            Loc::Global(g) => Access::Global(g),
            Loc::Builtin(b) => Access::Builtin(b),
            Loc::Local(slot) if d == cur => Access::Local {
                slot,
                boxed: v.boxed,
            },
            Loc::Local(_) => Access::Upval(self.capture(cur, d, id)),
        };
        Resolved {
            access,
            kind: v.kind,
            initialized: v.initialized,
            key: v.key,
            var: Some((d, id)),
        }
    }

    /// Resolves a name from the current function; `None` if no user binding.
    pub fn resolve(&mut self, sym: Sym) -> Option<Resolved> {
        let cur = self.fns.len() - 1;
        match self.find(sym)? {
            Found::Var(d, id) => {
                let r = self.access_var(d, id);
                let free = match r.access {
                    Access::Upval(i) => Some(crate::bytecode::Free::Capture(i)),
                    Access::Global(g) => Some(crate::bytecode::Free::Global(g)),
                    _ => None,
                };
                let f = &mut self.fns[cur];
                if let Some(free) = free.filter(|_| !f.is_module) {
                    if !f.free.iter().any(|(s, _)| *s == sym) {
                        f.free.push((sym, free));
                    }
                }
                Some(r)
            }
            Found::Callee(d) if d == cur => Some(Resolved {
                access: Access::Callee,
                kind: BindKind::CalleeName,
                initialized: true,
                key: (self.fns[d].pos, K_CALLEE),
                var: None,
            }),
            Found::Callee(d) => {
                let id = self.ensure_callee_var(d);
                Some(self.access_var(d, id))
            }
            Found::Args(d) => {
                let id = self.ensure_args_var(d);
                Some(self.access_var(d, id))
            }
        }
    }

    /// True if `sym` is bound by the user (any declaration, import or
    /// parameter) somewhere in scope.
    pub fn is_user_bound(&self, sym: Sym) -> bool {
        self.find(sym).is_some()
    }

    pub fn builtin(&self, name: &str) -> Option<u16> {
        if name.starts_with('$') && !self.opts.prelude {
            return None;
        }
        self.opts
            .builtins
            .iter()
            .position(|b| *b == name)
            .map(|i| i as u16)
    }

    /// Identifiers whose use is a removed construct (unless user-bound).
    pub fn check_removed(&self, name: &str, span: Span) -> R<()> {
        let r = match name {
            "eval" => Removed::Eval,
            "Promise" => Removed::Promise,
            "Proxy" => Removed::Proxy,
            "Reflect" => Removed::Reflect,
            "Symbol" => Removed::Symbol,
            "RegExp" => Removed::Regex,
            _ => return Ok(()),
        };
        Err(self.removed(span, r))
    }

    /// Reads a resolved binding, TDZ-checked when its initialization has not
    /// textually happened yet.
    pub fn emit_get(&mut self, r: Resolved, sym: Sym, span: Span) -> R<()> {
        let check = r.kind.lexical() && !r.initialized;
        if check {
            self.info_out.tdz.insert(r.key);
            // No position of its own: V8 reports a TDZ error at the position
            // of the enclosing statement or expression that was last recorded.
            let _ = span;
            let name = self.sym_const(sym, span)?;
            match r.access {
                Access::Local { slot, boxed: false } => {
                    self.op16_16(Op::GetLocalChecked, slot, name)
                }
                Access::Local { slot, boxed: true } => self.op16_16(Op::GetCellChecked, slot, name),
                Access::Upval(i) => self.op16_16(Op::GetUpvalChecked, i, name),
                Access::Global(g) => self.op32_16(Op::GetGlobalChecked, g, name),
                Access::Builtin(b) => self.op16(Op::GetBuiltin, b),
                Access::Callee => self.op(Op::Callee),
            }
            return Ok(());
        }
        match r.access {
            Access::Local { slot, boxed: false } => self.op16(Op::GetLocal, slot),
            Access::Local { slot, boxed: true } => self.op16(Op::GetCell, slot),
            Access::Upval(i) => self.op16(Op::GetUpval, i),
            Access::Global(g) => self.op32(Op::GetGlobal, g),
            Access::Builtin(b) => self.op16(Op::GetBuiltin, b),
            Access::Callee => self.op(Op::Callee),
        }
        Ok(())
    }

    /// `[] -> [namespace]`: a module namespace object with the members'
    /// current values (built at each use, so it is as live as JS's).
    pub fn build_namespace(&mut self, members: Vec<(String, Loc)>, span: Span) -> R<()> {
        self.op8(Op::NewObject, members.len().min(u8::MAX as usize) as u8);
        for (name, loc) in &members {
            match loc {
                Loc::Global(x) => self.op32(Op::GetGlobal, *x),
                Loc::Builtin(b) => self.op16(Op::GetBuiltin, *b),
                Loc::Local(_) => self.op(Op::Undef),
            }
            let k = self.str_const(name, span)?;
            self.op16(Op::DefineField, k);
        }
        self.op(Op::MakeNamespace);
        Ok(())
    }

    /// `[] -> [value of name]`.
    pub fn load_sym(&mut self, sym: Sym, span: Span) -> R<()> {
        if let Some(r) = self.resolve(sym) {
            if let Access::Global(g) = r.access {
                if let Some(members) = self.namespaces.get(&g) {
                    return self.build_namespace(members.clone(), span);
                }
            }
            return self.emit_get(r, sym, span);
        }
        let name = self.names.name(sym);
        self.check_removed(name, span)?;
        match name {
            "undefined" => self.op(Op::Undef),
            "NaN" => self.num(f64::NAN, span)?,
            "Infinity" => self.num(f64::INFINITY, span)?,
            _ => {
                if let Some(b) = self.builtin(name) {
                    self.op16(Op::GetBuiltin, b);
                } else {
                    self.set_pos(span.start);
                    let k = self.sym_const(sym, span)?;
                    self.op16(Op::ThrowRef, k);
                    // Unreachable; keeps the stack shape of a read.
                    self.op(Op::Undef);
                }
            }
        }
        Ok(())
    }

    /// `[v] -> []`: stores into a binding. `decl` marks the binding's
    /// initialization (declarations); otherwise it is an assignment, which
    /// throws for consts, checks the TDZ of lets and refuses imports.
    pub fn store_sym(&mut self, sym: Sym, span: Span, decl: bool, op_pos: u32) -> R<()> {
        let Some(r) = self.resolve(sym) else {
            let name = self.names.name(sym);
            self.check_removed(name, span)?;
            if matches!(name, "undefined" | "NaN" | "Infinity") || self.builtin(name).is_some() {
                return Err(
                    self.semantic(span, format!("Cannot assign to '{name}': it is a built-in"))
                );
            }
            self.set_pos(op_pos);
            let k = self.sym_const(sym, span)?;
            self.op16(Op::ThrowRef, k);
            self.op(Op::Pop);
            return Ok(());
        };
        if decl {
            if let Some((d, id)) = r.var {
                self.fns[d].vars[id].initialized = true;
            }
        } else {
            match r.kind {
                BindKind::Const | BindKind::CalleeName => {
                    if r.kind == BindKind::Const && !r.initialized {
                        // `c = 1; const c = 0`: the TDZ error comes first.
                        self.emit_get(r, sym, span)?;
                        self.op(Op::Pop);
                    }
                    self.set_pos(op_pos);
                    self.op(Op::ThrowConst);
                    self.op(Op::Pop);
                    return Ok(());
                }
                // Imports are read-only: a TypeError at run time, as in JS.
                BindKind::Import => {
                    self.set_pos(op_pos);
                    self.op(Op::ThrowConst);
                    self.op(Op::Pop);
                    return Ok(());
                }
                BindKind::Let if !r.initialized => {
                    self.emit_get(r, sym, span)?;
                    self.op(Op::Pop);
                }
                _ => {}
            }
        }
        match r.access {
            Access::Local { slot, boxed: false } => self.op16(Op::SetLocal, slot),
            Access::Local { slot, boxed: true } => self.op16(Op::SetCell, slot),
            Access::Upval(i) => self.op16(Op::SetUpval, i),
            Access::Global(g) => {
                self.set_pos(op_pos);
                self.op32(Op::SetGlobal, g)
            }
            Access::Builtin(_) | Access::Callee => {
                self.set_pos(op_pos);
                self.op(Op::ThrowConst);
                self.op(Op::Pop);
            }
        }
        Ok(())
    }

    /// `[] -> [this]`
    pub fn load_this(&mut self) {
        let mut d = self.fns.len() - 1;
        while self.fns[d].is_arrow && d > 0 {
            d -= 1;
        }
        if self.fns[d].is_module || self.fns[d].is_arrow {
            self.op(Op::Undef);
            return;
        }
        let id = self.fns[d].this_var.expect("this binding");
        let r = self.access_var(d, id);
        match r.access {
            Access::Local { slot, boxed: false } => self.op16(Op::GetLocal, slot),
            Access::Local { slot, boxed: true } => self.op16(Op::GetCell, slot),
            Access::Upval(i) => self.op16(Op::GetUpval, i),
            _ => self.op(Op::Undef),
        }
    }
}

// ---------------------------------------------------------------- declarations

/// Names bound by a pattern, with the span of each identifier.
pub(super) fn pattern_names(p: &Pattern, out: &mut Vec<(Sym, Span)>) {
    match &p.kind {
        PatternKind::Ident(s) => out.push((*s, p.span)),
        PatternKind::Array { elems, rest } => {
            for e in elems.iter().flatten() {
                pattern_names(&e.target, out);
            }
            if let Some(r) = rest {
                pattern_names(r, out);
            }
        }
        PatternKind::Object { props, rest } => {
            for pr in props {
                pattern_names(&pr.target, out);
            }
            if let Some(r) = rest {
                pattern_names(r, out);
            }
        }
        PatternKind::Expr(_) => {}
    }
}

/// `var` declarations of a function (or module) body, through blocks and
/// loops but not into nested functions.
pub(super) fn collect_vars(stmts: &[Stmt], out: &mut Vec<(Sym, Span)>) {
    for s in stmts {
        collect_vars_stmt(s, out);
    }
}

fn collect_vars_stmt(s: &Stmt, out: &mut Vec<(Sym, Span)>) {
    match &s.kind {
        StmtKind::Var(d) if d.kind == VarKind::Var => {
            for dc in &d.decls {
                pattern_names(&dc.target, out);
            }
        }
        StmtKind::Block(b) => collect_vars(b, out),
        StmtKind::If { cons, alt, .. } => {
            collect_vars_stmt(cons, out);
            if let Some(a) = alt {
                collect_vars_stmt(a, out);
            }
        }
        StmtKind::For { init, body, .. } => {
            if let Some(ast::ForInit::Var(d)) = init {
                if d.kind == VarKind::Var {
                    for dc in &d.decls {
                        pattern_names(&dc.target, out);
                    }
                }
            }
            collect_vars_stmt(body, out);
        }
        StmtKind::ForIn { left, body, .. } | StmtKind::ForOf { left, body, .. } => {
            if let ast::ForLeft::Decl(VarKind::Var, p) = left {
                pattern_names(p, out);
            }
            collect_vars_stmt(body, out);
        }
        StmtKind::Export(ast::ExportDecl::Decl(inner)) => collect_vars_stmt(inner, out),
        _ => {}
    }
}

/// A lexically scoped declaration at the top of a block.
pub(super) struct LexDecl<'s> {
    pub sym: Sym,
    pub span: Span,
    pub kind: BindKind,
    pub func: Option<&'s ast::Function>,
}

/// let/const/function declarations directly in a statement list (exports
/// included, for module bodies). `export default function f` binds `f`.
pub(super) fn collect_lexical(stmts: &[Stmt]) -> Vec<LexDecl<'_>> {
    let mut out = Vec::new();
    for s in stmts {
        lexical_stmt(s, &mut out);
    }
    out
}

fn lexical_stmt<'s>(s: &'s Stmt, out: &mut Vec<LexDecl<'s>>) {
    match &s.kind {
        StmtKind::Var(d) if d.kind != VarKind::Var => {
            let mut names = Vec::new();
            for dc in &d.decls {
                pattern_names(&dc.target, &mut names);
            }
            for (sym, span) in names {
                out.push(LexDecl {
                    sym,
                    span,
                    kind: BindKind::of(d.kind),
                    func: None,
                });
            }
        }
        StmtKind::Function(f) => {
            if let Some(n) = &f.name {
                out.push(LexDecl {
                    sym: n.sym,
                    span: n.span,
                    kind: BindKind::Function,
                    func: Some(f),
                });
            }
        }
        StmtKind::Export(ast::ExportDecl::Decl(inner)) => lexical_stmt(inner, out),
        StmtKind::Export(ast::ExportDecl::DefaultFunction(f)) => {
            if let Some(n) = &f.name {
                out.push(LexDecl {
                    sym: n.sym,
                    span: n.span,
                    kind: BindKind::Function,
                    func: Some(f),
                });
            }
        }
        _ => {}
    }
}
