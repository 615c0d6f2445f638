//! The dispatch loop and calls.
//!
//! Energy is charged here and only here for instructions: one lookup in
//! [`COST`] per opcode. Builtins charge for their own work through
//! [`crate::Ctx::charge`].

use super::{iter, Frame, Outcome, Vm};
use crate::conv;
use crate::error::{limit_error, reference_error, type_error, Interrupt, JsResult, LimitKind};
use crate::object::{ObjKind, Object};
use crate::ops;
use crate::string::JsStr;
use crate::value::{ObjId, Value};
use kitwork_lang::bytecode::{
    flags, Capture, Op, CMP_JUMP_COST, COST, INC_LOCAL_COST, INC_LOCAL_SKIP,
};

impl Vm {
    pub(super) fn run(&mut self) -> Outcome {
        match self.run_frames() {
            Ok(v) => Outcome::Done(v),
            Err(Interrupt::Suspend(p)) => Outcome::Suspended(p),
            Err(e) => self.fail(e),
        }
    }

    #[inline]
    fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::Undefined)
    }

    #[inline]
    fn top(&self) -> Value {
        self.stack.last().copied().unwrap_or(Value::Undefined)
    }

    fn str_of(&self, v: Value) -> String {
        match v {
            Value::Str(s) => self.ctx.heap.str(s).to_rust_string(),
            _ => String::new(),
        }
    }

    /// The capture cells of a closure.
    fn capture(&self, callee: ObjId, i: usize) -> u32 {
        match &self.ctx.heap.obj(callee).kind {
            ObjKind::Closure { captures, .. } => captures.get(i).copied().unwrap_or(0),
            _ => 0,
        }
    }

    /// Calls the value at `stack[at]` with `this` at `at + 1` and `argc`
    /// arguments after it. `Ok(true)`: a JavaScript frame was pushed.
    /// `Ok(false)`: the result replaced the call's values on the stack.
    pub(super) fn call_value(&mut self, at: usize, mut argc: usize) -> JsResult<bool> {
        self.call_named(at, &mut argc, None)
    }

    /// [`Vm::call_named`] with a native callee that returns a value
    /// handled in line (the `Call` instruction's common case: a built-in
    /// method); everything else goes the general way.
    #[inline(always)]
    fn call_fast(&mut self, at: usize, argc: &mut usize, name: Value) -> JsResult<bool> {
        if let Value::Obj(o) = self.stack[at] {
            if let ObjKind::Native { f, .. } = self.ctx.heap.obj(o).kind {
                self.ctx.charge(1)?;
                let this = self.stack[at + 1];
                return match f(&mut self.ctx, this, &self.stack[at + 2..at + 2 + *argc]) {
                    Ok(v) => {
                        self.stack.truncate(at);
                        self.stack.push(v);
                        Ok(false)
                    }
                    Err(e) => {
                        self.native_failed(at, argc, o, e)?;
                        self.call_from(at, argc, Some(name), 1)
                    }
                };
            }
        }
        self.call_named(at, argc, Some(name))
    }

    fn call_named(&mut self, at: usize, argc: &mut usize, name: Option<Value>) -> JsResult<bool> {
        self.call_from(at, argc, name, 0)
    }

    /// The call loop; `hops` counts the forwards already taken.
    fn call_from(
        &mut self,
        at: usize,
        argc: &mut usize,
        name: Option<Value>,
        mut hops: u32,
    ) -> JsResult<bool> {
        loop {
            hops += 1;
            if hops > 1000 {
                return limit_error(LimitKind::Depth, "too many nested bound or forwarded calls");
            }
            let callee = self.stack[at];
            let Value::Obj(o) = callee else {
                return self.not_a_function(callee, name);
            };
            match &self.ctx.heap.obj(o).kind {
                ObjKind::Closure { prog, func, .. } => {
                    let (prog, func) = (*prog, *func);
                    self.push_frame(at, *argc, o, prog, func)?;
                    return Ok(true);
                }
                ObjKind::Native { f, .. } => {
                    let f = *f;
                    self.ctx.charge(1)?;
                    let this = self.stack[at + 1];
                    let r = f(&mut self.ctx, this, &self.stack[at + 2..at + 2 + *argc]);
                    match r {
                        Ok(v) => {
                            self.stack.truncate(at);
                            self.stack.push(v);
                            return Ok(false);
                        }
                        Err(e) => self.native_failed(at, argc, o, e)?,
                    }
                }
                ObjKind::Bound { target, this, args } => {
                    let (target, this, args) = (*target, *this, args.clone());
                    self.stack[at] = Value::Obj(target);
                    self.stack[at + 1] = this;
                    let tail: Vec<Value> = self.stack.drain(at + 2..).collect();
                    self.stack.extend_from_slice(&args);
                    self.stack.extend_from_slice(&tail);
                    *argc += args.len();
                }
                _ => return self.not_a_function(callee, name),
            }
        }
    }

    /// A native callee `o` at `stack[at]` did not return a value: `Ok`
    /// when it asked for another call, now set up at `at` for the call
    /// loop's next hop (a tail call, or the operation's JavaScript twin);
    /// otherwise the error to return.
    fn native_failed(
        &mut self,
        at: usize,
        argc: &mut usize,
        o: ObjId,
        e: Interrupt,
    ) -> JsResult<()> {
        match e {
            Interrupt::Call(tc) => {
                self.stack.truncate(at);
                self.stack.push(tc.callee);
                self.stack.push(tc.this);
                *argc = tc.args.len();
                self.stack.extend_from_slice(&tc.args);
                Ok(())
            }
            Interrupt::NeedsJs => match self.shared.twins.get(&o) {
                Some(&twin) => {
                    self.stack[at] = twin;
                    Ok(())
                }
                None if !matches!(self.shared.generic, Value::Undefined) => {
                    // [native this args..] -> [generic undefined native this args..]
                    let generic = self.shared.generic;
                    self.stack.splice(at..at, [generic, Value::Undefined]);
                    *argc += 2;
                    Ok(())
                }
                None => Err(Interrupt::NeedsJs),
            },
            Interrupt::Suspend(p) => {
                self.suspended_at = Some(at);
                Err(Interrupt::Suspend(p))
            }
            e => Err(e),
        }
    }

    fn not_a_function<T>(&mut self, callee: Value, name: Option<Value>) -> JsResult<T> {
        let shown = match name {
            Some(n) => self.str_of(n),
            None => describe(&mut self.ctx, callee),
        };
        type_error(format!("{shown} is not a function"))
    }

    fn push_frame(
        &mut self,
        at: usize,
        argc: usize,
        callee: ObjId,
        prog: u16,
        func: u32,
    ) -> JsResult<()> {
        if self.frames.len() >= self.ctx.limits.max_depth as usize {
            return limit_error(
                LimitKind::Depth,
                format!(
                    "Maximum call depth of {} exceeded",
                    self.ctx.limits.max_depth
                ),
            );
        }
        let fp = &self.progs[prog as usize].loaded.program.funcs[func as usize];
        let (n_params, n_slots, fl) = (fp.n_params as usize, fp.n_slots as usize, fp.flags);
        let base = at + 1;
        let args = if fl & flags::NEEDS_ARGS != 0 {
            Some(self.stack[base + 1..base + 1 + argc].into())
        } else {
            None
        };
        self.stack.truncate(base + 1 + argc.min(n_params));
        let want = base + n_slots.max(1 + n_params);
        if want > self.ctx.limits.max_stack {
            return limit_error(
                LimitKind::Stack,
                format!(
                    "value stack of {} slots exhausted",
                    self.ctx.limits.max_stack
                ),
            );
        }
        self.stack.resize(want, Value::Undefined);
        self.frames.push(Frame {
            prog,
            func,
            pc: 0,
            ip: 0,
            base: base as u32,
            callee,
            args,
        });
        Ok(())
    }

    /// A new closure of function `func` of program `prog`, capturing from
    /// the frame whose slot 0 is at `base` (run by closure `outer`; `None`
    /// for a program's entry, which captures nothing).
    pub(super) fn make_closure(
        &mut self,
        prog: u16,
        func: u32,
        base: usize,
        outer: Option<ObjId>,
    ) -> JsResult<ObjId> {
        let lp = self.progs[prog as usize].loaded.clone();
        let fp = &lp.program.funcs[func as usize];
        let mut caps = Vec::with_capacity(fp.captures.len());
        for c in &fp.captures {
            caps.push(match *c {
                Capture::Slot(s) => {
                    let i = base + s as usize;
                    match self.stack[i] {
                        Value::Cell(id) => id,
                        v => {
                            // Box on first capture (a slot the compiler did not box yet).
                            let id = self.ctx.heap.alloc_cell(v)?;
                            self.stack[i] = Value::Cell(id);
                            id
                        }
                    }
                }
                Capture::Upval(u) => match outer {
                    Some(o) => self.capture(o, u as usize),
                    None => 0,
                },
            });
        }
        let proto = self.ctx.realm.function_proto;
        self.ctx.heap.alloc(Object::new(
            Some(proto),
            ObjKind::Closure {
                prog,
                func,
                captures: caps.into(),
                name: lp.func_names[func as usize],
                length: fp.length,
                is_arrow: fp.flags & flags::ARROW != 0,
            },
        ))
    }

    fn run_frames(&mut self) -> JsResult<Value> {
        // The running program, cloned only when a call crosses programs
        // (user code <-> prelude), not on every call and return.
        let mut lp_prog = u16::MAX;
        let mut lp = self.progs[0].loaded.clone();
        'frames: loop {
            let fi = self.frames.len() - 1;
            let (prog, func, base, callee) = {
                let f = &self.frames[fi];
                (f.prog, f.func, f.base as usize, f.callee)
            };
            let mut pc = self.frames[fi].pc as usize;
            if prog != lp_prog {
                lp = self.progs[prog as usize].loaded.clone();
                lp_prog = prog;
            }
            let fp = &lp.program.funcs[func as usize];
            let code = &fp.code[..];
            let consts = &lp.consts[..];

            macro_rules! save {
                ($ip:expr) => {{
                    let f = &mut self.frames[fi];
                    f.pc = pc as u32;
                    f.ip = $ip as u32;
                }};
            }
            macro_rules! u8_ {
                () => {{
                    let v = code[pc];
                    pc += 1;
                    v as usize
                }};
            }
            macro_rules! u16_ {
                () => {{
                    let v = u16::from_le_bytes(operand(code, pc));
                    pc += 2;
                    v as usize
                }};
            }
            macro_rules! u32_ {
                () => {{
                    let v = u32::from_le_bytes(operand(code, pc));
                    pc += 4;
                    v as usize
                }};
            }
            macro_rules! i32_ {
                () => {{
                    let v = i32::from_le_bytes(operand(code, pc));
                    pc += 4;
                    v as isize
                }};
            }
            macro_rules! jump {
                ($d:expr) => {{
                    pc = (pc as isize + $d) as usize;
                }};
            }

            // Fast paths of the hot operators: two numbers on top of the
            // stack, result written in place (no temporary, no push).
            macro_rules! num2 {
                (|$x:ident, $y:ident| $e:expr) => {{
                    let n = self.stack.len();
                    if let (Value::Num($x), Value::Num($y)) = (self.stack[n - 2], self.stack[n - 1])
                    {
                        self.stack.truncate(n - 1);
                        self.stack[n - 2] = $e;
                        continue;
                    }
                }};
            }
            macro_rules! num1 {
                (|$x:ident| $e:expr) => {{
                    let n = self.stack.len();
                    if let Value::Num($x) = self.stack[n - 1] {
                        self.stack[n - 1] = Value::Num($e);
                        continue;
                    }
                }};
            }

            loop {
                let ip = pc;
                let byte = code[pc];
                pc += 1;
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(err) => {
                                save!(ip);
                                return Err(err);
                            }
                        }
                    };
                }
                // An operator whose operand has its own valueOf/toString:
                // redo it through its JavaScript twin (prelude/core.js).
                macro_rules! or_twin {
                    ($r:expr, $twin:expr, $code:expr, [$($arg:expr),*]) => {
                        match $r {
                            Ok(v) => self.stack.push(v),
                            Err(Interrupt::NeedsJs) => {
                                save!(ip);
                                let at = self.stack.len();
                                self.stack.push($twin);
                                self.stack.push(Value::Undefined);
                                self.stack.push(Value::Num($code as f64));
                                $(self.stack.push($arg);)*
                                let mut argc = self.stack.len() - at - 2;
                                match self.call_named(at, &mut argc, None) {
                                    Ok(true) => continue 'frames,
                                    Ok(false) => {}
                                    Err(e) => return Err(e),
                                }
                            }
                            Err(e) => {
                                save!(ip);
                                return Err(e);
                            }
                        }
                    };
                }
                let cost = COST[byte as usize] as u64;
                if self.ctx.energy < cost {
                    save!(ip);
                    if self.ctx.next_slice() {
                        // Cooperative preemption: hand the core back to
                        // the executor; resume re-runs this instruction.
                        self.frames[fi].pc = ip as u32;
                        if self
                            .ctx
                            .deadline
                            .is_some_and(|d| std::time::Instant::now() > d)
                        {
                            return crate::error::limit_error(
                                crate::LimitKind::Time,
                                "run exceeded its time limit".to_string(),
                            );
                        }
                        self.yielded = true;
                        return Err(Interrupt::Suspend(crate::interp::yield_once()));
                    }
                    return self.ctx.charge(cost).map(|_| Value::Undefined);
                }
                self.ctx.energy -= cost;
                let Some(op) = Op::from_byte(byte) else {
                    save!(ip);
                    return type_error(format!("internal: bad opcode {byte}"));
                };
                match op {
                    Op::Undef => self.stack.push(Value::Undefined),
                    Op::Null => self.stack.push(Value::Null),
                    Op::True => self.stack.push(Value::Bool(true)),
                    Op::False => self.stack.push(Value::Bool(false)),
                    Op::Int => {
                        let n = i32_!();
                        self.stack.push(Value::Num(n as f64));
                    }
                    Op::Const => {
                        let k = u16_!();
                        self.stack.push(consts[k]);
                    }
                    Op::Pop => {
                        self.stack.pop();
                    }
                    Op::Dup => {
                        let v = self.top();
                        self.stack.push(v);
                    }
                    Op::Dup2 => {
                        let n = self.stack.len();
                        let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                        self.stack.push(a);
                        self.stack.push(b);
                    }
                    Op::Swap => {
                        let n = self.stack.len();
                        self.stack.swap(n - 1, n - 2);
                    }
                    Op::GetLocal => {
                        let s = u16_!();
                        let v = self.stack[base + s];
                        self.stack.push(v);
                    }
                    Op::SetLocal => {
                        let s = u16_!();
                        let v = self.pop();
                        self.stack[base + s] = v;
                    }
                    Op::GetLocalChecked => {
                        let s = u16_!();
                        let name = u16_!();
                        let v = self.stack[base + s];
                        if let Value::Empty = v {
                            save!(ip);
                            return tdz(self, consts[name]);
                        }
                        self.stack.push(v);
                    }
                    Op::ClearLocal => {
                        let s = u16_!();
                        self.stack[base + s] = Value::Empty;
                    }
                    Op::NewCell => {
                        let s = u16_!();
                        let v = self.stack[base + s];
                        let v = if let Value::Cell(_) = v {
                            Value::Empty
                        } else {
                            v
                        };
                        let id = tri!(self.ctx.heap.alloc_cell(v));
                        self.stack[base + s] = Value::Cell(id);
                    }
                    Op::GetCell | Op::GetCellChecked => {
                        let s = u16_!();
                        let v = match self.stack[base + s] {
                            Value::Cell(id) => self.ctx.heap.cell(id),
                            v => v,
                        };
                        if op == Op::GetCellChecked {
                            let name = u16_!();
                            if let Value::Empty = v {
                                save!(ip);
                                return tdz(self, consts[name]);
                            }
                        }
                        self.stack.push(v);
                    }
                    Op::SetCell => {
                        let s = u16_!();
                        let v = self.pop();
                        match self.stack[base + s] {
                            Value::Cell(id) => tri!(self.ctx.heap.set_cell(id, v)),
                            _ => self.stack[base + s] = v,
                        }
                    }
                    Op::Rebox => {
                        let s = u16_!();
                        if let Value::Cell(id) = self.stack[base + s] {
                            let v = self.ctx.heap.cell(id);
                            let id = tri!(self.ctx.heap.alloc_cell(v));
                            self.stack[base + s] = Value::Cell(id);
                        }
                    }
                    Op::GetUpval | Op::GetUpvalChecked => {
                        let i = u16_!();
                        let v = self.ctx.heap.cell(self.capture(callee, i));
                        if op == Op::GetUpvalChecked {
                            let name = u16_!();
                            if let Value::Empty = v {
                                save!(ip);
                                return tdz(self, consts[name]);
                            }
                        }
                        self.stack.push(v);
                    }
                    Op::SetUpval => {
                        let i = u16_!();
                        let v = self.pop();
                        let id = self.capture(callee, i);
                        tri!(self.ctx.heap.set_cell(id, v));
                    }
                    Op::GetGlobal | Op::GetGlobalChecked => {
                        let g = u32_!();
                        let v = self.ctx.module_globals[prog as usize][g];
                        if op == Op::GetGlobalChecked {
                            let name = u16_!();
                            if let Value::Empty = v {
                                save!(ip);
                                return tdz(self, consts[name]);
                            }
                        }
                        self.stack.push(v);
                    }
                    Op::SetGlobal | Op::ClearGlobal => {
                        let g = u32_!();
                        let v = if op == Op::SetGlobal {
                            self.pop()
                        } else {
                            Value::Empty
                        };
                        if self.progs[prog as usize].frozen {
                            save!(ip);
                            return type_error(
                                "Cannot modify module state during a request: module-level variables are frozen after load",
                            );
                        }
                        self.ctx.module_globals[prog as usize][g] = v;
                    }
                    Op::GetBuiltin => {
                        let i = u16_!();
                        let v = self
                            .shared
                            .builtin_values
                            .get(i)
                            .copied()
                            .unwrap_or(Value::Undefined);
                        self.stack.push(v);
                    }
                    Op::Callee => self.stack.push(Value::Obj(callee)),
                    Op::ThrowRef => {
                        let name = u16_!();
                        save!(ip);
                        let n = self.str_of(consts[name]);
                        return reference_error(format!("{n} is not defined"));
                    }
                    Op::ThrowConst => {
                        save!(ip);
                        return type_error("Assignment to constant variable.");
                    }
                    Op::Arguments => {
                        let args = self.frames[fi]
                            .args
                            .as_deref()
                            .map(|a| a.to_vec())
                            .unwrap_or_default();
                        let proto = self.ctx.realm.object_proto;
                        let o = tri!(self
                            .ctx
                            .heap
                            .alloc(Object::new(Some(proto), ObjKind::Arguments(args))));
                        self.stack.push(Value::Obj(o));
                    }
                    Op::Rest => {
                        let n = u8_!();
                        let rest = self.frames[fi]
                            .args
                            .as_deref()
                            .map(|a| a.get(n..).unwrap_or(&[]).to_vec())
                            .unwrap_or_default();
                        let o = tri!(ops::new_array(&mut self.ctx, rest));
                        self.stack.push(Value::Obj(o));
                    }
                    Op::GetProp => {
                        let k = u16_!();
                        let obj = self.pop();
                        let v = tri!(ops::get(&mut self.ctx, obj, lp.keys[k]));
                        self.stack.push(v);
                    }
                    Op::SetProp => {
                        let k = u16_!();
                        let v = self.pop();
                        let obj = self.pop();
                        tri!(ops::set(&mut self.ctx, obj, lp.keys[k], v));
                        self.stack.push(v);
                    }
                    Op::GetIndex => {
                        let key = self.pop();
                        let obj = self.pop();
                        let v = tri!(get_index(self, obj, key));
                        self.stack.push(v);
                    }
                    Op::SetIndex => {
                        let v = self.pop();
                        let key = self.pop();
                        let obj = self.pop();
                        tri!(set_index(self, obj, key, v));
                        self.stack.push(v);
                    }
                    Op::GetMethod => {
                        let k = u16_!();
                        let obj = self.pop();
                        let key = lp.keys[k];
                        let hit = match obj {
                            Value::Obj(o) => ops::array_method(&self.ctx, o, key),
                            _ => None,
                        };
                        let f = match hit {
                            Some(f) => f,
                            None => tri!(ops::get(&mut self.ctx, obj, key)),
                        };
                        self.stack.push(f);
                        self.stack.push(obj);
                    }
                    Op::GetMethodIndex => {
                        let key = self.pop();
                        let obj = self.pop();
                        let f = tri!(get_index(self, obj, key));
                        self.stack.push(f);
                        self.stack.push(obj);
                    }
                    Op::DeleteProp => {
                        let k = u16_!();
                        let obj = self.pop();
                        let r = tri!(ops::delete(&mut self.ctx, obj, lp.keys[k]));
                        self.stack.push(Value::Bool(r));
                    }
                    Op::DeleteIndex => {
                        let key = self.pop();
                        let obj = self.pop();
                        let key = tri!(conv::to_key(&mut self.ctx, key));
                        let r = tri!(ops::delete(&mut self.ctx, obj, key));
                        self.stack.push(Value::Bool(r));
                    }
                    Op::NewObject => {
                        let n = u8_!();
                        let o = tri!(ops::new_object_with(&mut self.ctx, n));
                        self.stack.push(Value::Obj(o));
                    }
                    Op::NewArray => {
                        let n = u16_!();
                        // The slots are reserved but not charged: ArrayPush
                        // and ArraySpread charge each element as it lands.
                        let o = tri!(ops::new_array(&mut self.ctx, Vec::new()));
                        if n > 0 {
                            if let Some(a) = tri!(self.ctx.heap.obj_mut(o)).as_array_mut() {
                                a.reserve_exact(n);
                            }
                        }
                        self.stack.push(Value::Obj(o));
                    }
                    Op::ArrayPush | Op::ArrayHole => {
                        let v = if op == Op::ArrayPush {
                            self.pop()
                        } else {
                            Value::Empty
                        };
                        let arr = self.top();
                        tri!(array_push(self, arr, v));
                    }
                    Op::ArraySpread => {
                        let name = consts[u16_!()];
                        let src = self.pop();
                        let arr = self.top();
                        tri!(spread_into(self, arr, src, name));
                    }
                    Op::DefineField => {
                        let k = u16_!();
                        let v = self.pop();
                        let obj = self.top();
                        if let Value::Obj(o) = obj {
                            tri!(ops::define(&mut self.ctx, o, lp.keys[k], v));
                        }
                    }
                    Op::InitField => {
                        let k = u16_!();
                        let v = self.pop();
                        if let Value::Obj(o) = self.top() {
                            tri!(ops::init_field(&mut self.ctx, o, lp.keys[k], v));
                        }
                    }
                    Op::DefineIndex => {
                        let v = self.pop();
                        let key = self.pop();
                        let obj = self.top();
                        let key = tri!(conv::to_key(&mut self.ctx, key));
                        if let Value::Obj(o) = obj {
                            tri!(ops::define(&mut self.ctx, o, key, v));
                        }
                    }
                    Op::ObjectSpread => {
                        let src = self.pop();
                        let obj = self.top();
                        tri!(copy_props(self, obj, src, &[]));
                    }
                    Op::ObjectRest => {
                        let n = u8_!();
                        let at = self.stack.len() - n;
                        let excluded: Vec<Value> = self.stack.drain(at..).collect();
                        let src = self.pop();
                        let o = tri!(ops::new_object(&mut self.ctx));
                        tri!(copy_props(self, Value::Obj(o), src, &excluded));
                        self.stack.push(Value::Obj(o));
                    }
                    Op::Closure => {
                        let f = u32_!();
                        let c = tri!(self.make_closure(prog, f as u32, base, Some(callee)));
                        self.stack.push(Value::Obj(c));
                    }
                    Op::Concat => {
                        let n = u8_!();
                        let at = self.stack.len() - n;
                        let heap = &self.ctx.heap;
                        // Numbers left by `ToStr` are printed into the result.
                        // Short ASCII results (most templates) are built on
                        // the VM's scratch buffer and copied into a string
                        // box a reset left for reuse.
                        let buf = &mut self.concat_buf[..];
                        let parts = &self.stack[at..];
                        let joined = match JsStr::concat_ascii_into(
                            parts,
                            |s| heap.str(s),
                            buf,
                            &mut self.concat_num,
                        ) {
                            Some(len) => self.ctx.heap.ascii_str(&self.concat_buf[..len]),
                            None => JsStr::concat_values(parts, |s| heap.str(s)),
                        };
                        self.stack.truncate(at);
                        tri!(self.ctx.charge(joined.len() as u64 / 64));
                        let s = tri!(self.ctx.heap.alloc_str(joined));
                        self.stack.push(Value::Str(s));
                    }
                    Op::ToStr => {
                        let v = self.pop();
                        let r = match v {
                            Value::Str(_) => Ok(v),
                            // A number the template's `Concat` (next, or after one
                            // more `Const` piece) prints itself: no interned string.
                            Value::Num(_) if concat_next(code, pc) => Ok(v),
                            _ => conv::to_string(&mut self.ctx, v).map(Value::Str),
                        };
                        or_twin!(r, self.shared.unary, 0, [v]);
                    }
                    Op::Add => {
                        num2!(|x, y| Value::Num(x + y));
                        let b = self.pop();
                        let a = self.pop();
                        let r = ops::add(&mut self.ctx, a, b);
                        or_twin!(r, self.shared.binary, 0, [a, b]);
                    }
                    Op::Sub | Op::Mul | Op::Div | Op::Rem | Op::Exp => {
                        num2!(|x, y| Value::Num(arith(op, x, y)));
                        let b = self.pop();
                        let a = self.pop();
                        let r = to_numbers(self, a, b).map(|(x, y)| Value::Num(arith(op, x, y)));
                        let code = op as u8 - Op::Add as u8;
                        or_twin!(r, self.shared.binary, code, [a, b]);
                    }
                    Op::Shl | Op::Shr | Op::UShr | Op::BitAnd | Op::BitOr | Op::BitXor => {
                        num2!(|x, y| Value::Num(bitwise(op, x, y)));
                        let b = self.pop();
                        let a = self.pop();
                        let r = to_numbers(self, a, b).map(|(x, y)| Value::Num(bitwise(op, x, y)));
                        let code = op as u8 - Op::Add as u8;
                        or_twin!(r, self.shared.binary, code, [a, b]);
                    }
                    Op::Eq | Op::Ne => {
                        let b = self.pop();
                        let a = self.pop();
                        let r = ops::loose_eq(&mut self.ctx, a, b)
                            .map(|r| Value::Bool(r == (op == Op::Eq)));
                        let code = if op == Op::Eq { 12 } else { 13 };
                        or_twin!(r, self.shared.binary, code, [a, b]);
                    }
                    Op::StrictEq | Op::StrictNe => {
                        num2!(|x, y| Value::Bool((x == y) == (op == Op::StrictEq)));
                        let b = self.pop();
                        let a = self.pop();
                        let r = ops::strict_eq(&self.ctx, a, b);
                        self.stack.push(Value::Bool(r == (op == Op::StrictEq)));
                    }
                    Op::Lt | Op::Le | Op::Gt | Op::Ge => {
                        num2!(|x, y| Value::Bool(compare(op, x, y)));
                        let b = self.pop();
                        let a = self.pop();
                        let r =
                            match op {
                                Op::Lt => ops::less_than(&mut self.ctx, a, b, true)
                                    .map(|r| r == Some(true)),
                                Op::Gt => ops::less_than(&mut self.ctx, b, a, false)
                                    .map(|r| r == Some(true)),
                                Op::Le => ops::less_than(&mut self.ctx, b, a, false)
                                    .map(|r| r == Some(false)),
                                _ => ops::less_than(&mut self.ctx, a, b, true)
                                    .map(|r| r == Some(false)),
                            };
                        let code = 14 + (op as u8 - Op::Lt as u8);
                        or_twin!(r.map(Value::Bool), self.shared.binary, code, [a, b]);
                    }
                    Op::InstanceOf => {
                        let c = self.pop();
                        let v = self.pop();
                        let r = tri!(ops::instance_of(&mut self.ctx, v, c));
                        self.stack.push(Value::Bool(r));
                    }
                    Op::In => {
                        let obj = self.pop();
                        let key = self.pop();
                        let Value::Obj(o) = obj else {
                            save!(ip);
                            let k = describe_key(self, key);
                            let shown = ops::display_primitive(&mut self.ctx, obj);
                            return type_error(format!(
                                "Cannot use 'in' operator to search for '{k}' in {shown}"
                            ));
                        };
                        let key = tri!(conv::to_key(&mut self.ctx, key));
                        let r = ops::has_property(&self.ctx, o, key);
                        self.stack.push(Value::Bool(r));
                    }
                    Op::Neg | Op::ToNum | Op::Inc | Op::Dec => {
                        num1!(|x| unary(op, x));
                        let a = self.pop();
                        let r = conv::to_number(&mut self.ctx, a).map(|x| Value::Num(unary(op, x)));
                        let code = if op == Op::Neg { 2 } else { 1 };
                        or_twin!(r, self.shared.unary, code, [a]);
                    }
                    Op::Not => {
                        let a = self.pop();
                        let r = !conv::to_boolean(&self.ctx, a);
                        self.stack.push(Value::Bool(r));
                    }
                    Op::BitNot => {
                        let a = self.pop();
                        let r = conv::to_number(&mut self.ctx, a)
                            .map(|x| Value::Num(!conv::to_int32(x) as f64));
                        or_twin!(r, self.shared.unary, 3, [a]);
                    }
                    Op::Typeof => {
                        let a = self.pop();
                        self.stack.push(Value::Str(conv::typeof_atom(&self.ctx, a)));
                    }
                    Op::Jump => {
                        let d = i32_!();
                        jump!(d);
                    }
                    Op::JumpIfFalse | Op::JumpIfTrue => {
                        let d = i32_!();
                        let v = self.pop();
                        // Comparisons leave booleans: test them without a call.
                        let truthy = match v {
                            Value::Bool(b) => b,
                            _ => conv::to_boolean(&self.ctx, v),
                        };
                        if truthy == (op == Op::JumpIfTrue) {
                            jump!(d);
                        }
                    }
                    Op::AndJump | Op::OrJump => {
                        let d = i32_!();
                        let v = self.top();
                        if conv::to_boolean(&self.ctx, v) == (op == Op::OrJump) {
                            jump!(d);
                        } else {
                            self.stack.pop();
                        }
                    }
                    Op::NullishJump => {
                        let d = i32_!();
                        if self.top().is_nullish() {
                            self.stack.pop();
                        } else {
                            jump!(d);
                        }
                    }
                    Op::ChainJump => {
                        let n = u8_!();
                        let d = i32_!();
                        if self.top().is_nullish() {
                            let len = self.stack.len();
                            self.stack.truncate(len - 1 - n);
                            self.stack.push(Value::Undefined);
                            jump!(d);
                        }
                    }
                    Op::JumpIfUndef | Op::JumpIfNotUndef => {
                        let d = i32_!();
                        let undef = matches!(self.top(), Value::Undefined);
                        if undef == (op == Op::JumpIfUndef) {
                            jump!(d);
                        }
                    }
                    Op::Call | Op::CallSpread | Op::New | Op::NewSpread => {
                        let (mut argc, spread) = match op {
                            Op::Call | Op::New => (u8_!(), false),
                            _ => (0, true),
                        };
                        let name = consts[u16_!()];
                        save!(ip);
                        let is_new = matches!(op, Op::New | Op::NewSpread);
                        if spread {
                            let arr = self.pop();
                            let items = tri!(spread_args(self, arr));
                            argc = items.len();
                            self.stack.extend_from_slice(&items);
                        }
                        let at = self.stack.len() - argc - if is_new { 1 } else { 2 };
                        if is_new {
                            tri!(construct(self, at, argc, name));
                            continue;
                        }
                        match self.call_fast(at, &mut argc, name) {
                            Ok(true) => continue 'frames,
                            Ok(false) => {}
                            Err(e) => return Err(e),
                        }
                    }
                    Op::Return | Op::ReturnUndef => {
                        let v = if op == Op::Return {
                            self.pop()
                        } else {
                            Value::Undefined
                        };
                        let f = self.frames.pop();
                        if let Some(f) = f {
                            self.stack.truncate(f.base as usize - 1);
                        }
                        if Some(&self.frames.len()) == self.entry_depth.last() {
                            self.end_entry();
                            return Ok(v);
                        }
                        self.stack.push(v);
                        continue 'frames;
                    }
                    Op::GetIter => {
                        let name = consts[u16_!()];
                        let v = self.pop();
                        match tri!(iter::make_iter(&mut self.ctx, v)) {
                            Some(it) => self.stack.push(Value::Obj(it)),
                            None => {
                                save!(ip);
                                let n = self.str_of(name);
                                return type_error(format!("{n} is not iterable"));
                            }
                        }
                    }
                    Op::ForInIter => {
                        let v = self.pop();
                        let it = tri!(iter::for_in_iter(&mut self.ctx, v));
                        self.stack.push(Value::Obj(it));
                    }
                    Op::IterNext | Op::IterNextOrUndef => {
                        let d = if op == Op::IterNext { i32_!() } else { 0 };
                        let Value::Obj(it) = self.top() else { continue };
                        match tri!(iter::iter_step(&mut self.ctx, it)) {
                            Some(v) => self.stack.push(v),
                            None if op == Op::IterNext => jump!(d),
                            None => self.stack.push(Value::Undefined),
                        }
                    }
                    Op::IterRest => {
                        let Value::Obj(it) = self.top() else { continue };
                        let mut out = Vec::new();
                        while let Some(v) = tri!(iter::iter_step(&mut self.ctx, it)) {
                            out.push(v);
                            tri!(self.ctx.heap.check_array_len(out.len()));
                            tri!(self.ctx.charge(1));
                        }
                        let a = tri!(ops::new_array(&mut self.ctx, out));
                        self.stack.push(Value::Obj(a));
                    }
                    Op::CheckObjectCoercible => {
                        let name = consts[u16_!()];
                        let v = self.top();
                        if v.is_nullish() {
                            save!(ip);
                            let n = self.str_of(name);
                            let what = if matches!(v, Value::Null) {
                                "null"
                            } else {
                                "undefined"
                            };
                            return type_error(format!("Cannot destructure {n} as it is {what}."));
                        }
                    }
                    Op::Nop => {}
                    Op::CmpJump => {
                        // The fast path of the generic sequence that follows
                        // (see `Op::CmpJump`); otherwise run that sequence.
                        let a =
                            self.stack[base + u16::from_le_bytes(operand(code, pc + 1)) as usize];
                        let (b, at) = match code[pc + 3] {
                            x if x == Op::Int as u8 => {
                                let n = i32::from_le_bytes(operand(code, pc + 4));
                                (Value::Num(n as f64), pc + 8)
                            }
                            x => {
                                let k = u16::from_le_bytes(operand(code, pc + 4)) as usize;
                                let v = if x == Op::GetLocal as u8 {
                                    self.stack[base + k]
                                } else {
                                    consts[k]
                                };
                                (v, pc + 6)
                            }
                        };
                        if let (Value::Num(x), Value::Num(y)) = (a, b) {
                            if self.ctx.energy >= CMP_JUMP_COST {
                                self.ctx.energy -= CMP_JUMP_COST;
                                let cmp = Op::from_byte(code[at]).unwrap_or(Op::Lt);
                                let d = i32::from_le_bytes(operand(code, at + 2)) as isize;
                                pc = at + 6;
                                if !compare(cmp, x, y) {
                                    jump!(d);
                                }
                            }
                        }
                    }
                    Op::IncLocal | Op::DecLocal => {
                        // The fast path of the generic sequence that follows
                        // (see `Op::IncLocal`); otherwise run that sequence.
                        let s = u16_!();
                        if let Value::Num(x) = self.stack[base + s] {
                            if self.ctx.energy >= INC_LOCAL_COST {
                                self.ctx.energy -= INC_LOCAL_COST;
                                let y = if op == Op::IncLocal { x + 1.0 } else { x - 1.0 };
                                self.stack[base + s] = Value::Num(y);
                                pc += INC_LOCAL_SKIP;
                            }
                        }
                    }
                    Op::MakeNamespace => {
                        if let Value::Obj(o) = self.top() {
                            let obj = tri!(self.ctx.heap.obj_mut(o));
                            obj.proto = None;
                            obj.flags |= crate::object::FROZEN
                                | crate::object::NON_EXTENSIBLE
                                | crate::object::SEALED
                                | crate::object::NAMESPACE;
                        }
                    }
                }
            }
        }
    }
}

/// The `N` operand bytes at `pc` (one bounds check; the compiler emits
/// whole instructions, so a short read is a compiler bug).
#[inline(always)]
fn operand<const N: usize>(code: &[u8], pc: usize) -> [u8; N] {
    match code.get(pc..pc + N) {
        Some(b) => b.try_into().unwrap_or([0; N]),
        None => [0; N],
    }
}

fn tdz<T>(vm: &Vm, name: Value) -> JsResult<T> {
    let n = vm.str_of(name);
    reference_error(format!("Cannot access '{n}' before initialization"))
}

/// `- * / % **` on numbers (`**` exactly as `Math.pow`: fdlibm, as V8).
#[inline(always)]
fn arith(op: Op, x: f64, y: f64) -> f64 {
    match op {
        Op::Sub => x - y,
        Op::Mul => x * y,
        Op::Div => x / y,
        Op::Rem => x % y,
        _ => crate::builtins::math::pow_js(x, y),
    }
}

/// The shift and bitwise operators on numbers.
#[inline(always)]
fn bitwise(op: Op, x: f64, y: f64) -> f64 {
    let (i, j) = (conv::to_int32(x), conv::to_int32(y));
    match op {
        Op::Shl => i.wrapping_shl(j as u32 & 31) as f64,
        Op::Shr => (i >> (j as u32 & 31)) as f64,
        Op::UShr => (conv::to_uint32(x) >> (j as u32 & 31)) as f64,
        Op::BitAnd => (i & j) as f64,
        Op::BitOr => (i | j) as f64,
        _ => (i ^ j) as f64,
    }
}

/// `< <= > >=` on numbers.
#[inline(always)]
fn compare(op: Op, x: f64, y: f64) -> bool {
    match op {
        Op::Lt => x < y,
        Op::Le => x <= y,
        Op::Gt => x > y,
        _ => x >= y,
    }
}

/// Unary `-`, `+` and the steps of `++` / `--` on a number.
#[inline(always)]
fn unary(op: Op, x: f64) -> f64 {
    match op {
        Op::Neg => -x,
        Op::ToNum => x,
        Op::Inc => x + 1.0,
        _ => x - 1.0,
    }
}

/// ToNumber of both operands, left first.
fn to_numbers(vm: &mut Vm, a: Value, b: Value) -> JsResult<(f64, f64)> {
    let x = conv::to_number(&mut vm.ctx, a)?;
    Ok((x, conv::to_number(&mut vm.ctx, b)?))
}

#[inline]
fn get_index(vm: &mut Vm, obj: Value, key: Value) -> JsResult<Value> {
    if let (Value::Obj(o), Value::Num(n)) = (obj, key) {
        if let ObjKind::Array(a) = &vm.ctx.heap.obj(o).kind {
            let i = n as usize;
            if i as f64 == n {
                if let Some(v) = a.get(i) {
                    if !matches!(v, Value::Empty) {
                        return Ok(*v);
                    }
                }
            }
        }
    }
    if obj.is_nullish() {
        let k = describe_key(vm, key);
        let what = if matches!(obj, Value::Null) {
            "null"
        } else {
            "undefined"
        };
        return type_error(format!("Cannot read properties of {what} (reading '{k}')"));
    }
    let key = conv::to_key(&mut vm.ctx, key)?;
    ops::get(&mut vm.ctx, obj, key)
}

fn set_index(vm: &mut Vm, obj: Value, key: Value, v: Value) -> JsResult<()> {
    if obj.is_nullish() {
        let k = describe_key(vm, key);
        let what = if matches!(obj, Value::Null) {
            "null"
        } else {
            "undefined"
        };
        return type_error(format!("Cannot set properties of {what} (setting '{k}')"));
    }
    let key = conv::to_key(&mut vm.ctx, key)?;
    ops::set(&mut vm.ctx, obj, key, v)
}

fn describe_key(vm: &mut Vm, key: Value) -> String {
    match conv::to_string(&mut vm.ctx, key) {
        Ok(s) => vm.ctx.heap.str(s).to_rust_string(),
        Err(_) => "[object Object]".into(),
    }
}

/// V8's short rendering of a value in `X is not a function`-style messages.
pub fn describe(ctx: &mut crate::Ctx, v: Value) -> String {
    match v {
        Value::Str(s) => format!("\"{}\"", ctx.heap.str(s).to_rust_string()),
        Value::Obj(o) => match &ctx.heap.obj(o).kind {
            ObjKind::Array(_) => "[object Array]".into(),
            ObjKind::Closure { .. } | ObjKind::Native { .. } | ObjKind::Bound { .. } => {
                "function".into()
            }
            _ => "#<Object>".into(),
        },
        _ => ops::display_primitive(ctx, v),
    }
}

fn array_push(vm: &mut Vm, arr: Value, v: Value) -> JsResult<()> {
    let Value::Obj(o) = arr else { return Ok(()) };
    let len = vm.ctx.heap.obj(o).as_array().map_or(0, |a| a.len());
    vm.ctx.heap.check_array_len(len + 1)?;
    vm.ctx.heap.charge(16)?;
    if let Some(a) = vm.ctx.heap.obj_mut(o)?.as_array_mut() {
        a.push(v);
    }
    Ok(())
}

/// Appends every value of `src` (an iterable) to the array `arr`.
fn spread_into(vm: &mut Vm, arr: Value, src: Value, name: Value) -> JsResult<()> {
    let Some(items) = spread_values(vm, src)? else {
        let n = vm.str_of(name);
        return if n.is_empty() {
            type_error("Spread syntax requires ...iterable[Symbol.iterator] to be a function")
        } else {
            type_error(format!("{n} is not iterable"))
        };
    };
    let Value::Obj(o) = arr else { return Ok(()) };
    let len = vm.ctx.heap.obj(o).as_array().map_or(0, |a| a.len());
    vm.ctx.heap.check_array_len(len + items.len())?;
    vm.ctx.heap.charge(items.len() * 16)?;
    if let Some(a) = vm.ctx.heap.obj_mut(o)?.as_array_mut() {
        a.extend_from_slice(&items);
    }
    Ok(())
}

/// The values of an iterable (spread), one energy unit each; `None` when
/// `src` is not iterable.
fn spread_values(vm: &mut Vm, src: Value) -> JsResult<Option<Vec<Value>>> {
    let items = crate::builtins::array::iter::iterate(&mut vm.ctx, src)?;
    if let Some(items) = &items {
        vm.ctx.charge(items.len() as u64)?;
    }
    Ok(items)
}

/// The arguments of a spread call: the array the compiler built.
fn spread_args(vm: &mut Vm, src: Value) -> JsResult<Vec<Value>> {
    match spread_values(vm, src)? {
        Some(items) => Ok(items),
        None => crate::builtins::array::iter::not_iterable(&mut vm.ctx, src),
    }
}

/// Copies own enumerable properties of `src` onto `dst`, except `excluded` keys.
fn copy_props(vm: &mut Vm, dst: Value, src: Value, excluded: &[Value]) -> JsResult<()> {
    let Value::Obj(d) = dst else { return Ok(()) };
    let keys = match src {
        Value::Obj(s) => ops::own_keys(&mut vm.ctx, s)?,
        Value::Str(s) => {
            let n = vm.ctx.heap.str(s).len();
            let mut k = Vec::with_capacity(n);
            for i in 0..n {
                k.push(Value::Str(conv::number_to_str(&mut vm.ctx, i as f64)?));
            }
            k
        }
        _ => return Ok(()),
    };
    vm.ctx.charge(keys.len() as u64)?;
    for k in keys {
        let mut skip = false;
        for e in excluded {
            let e = match *e {
                Value::Str(_) => *e,
                other => Value::Str(conv::to_string(&mut vm.ctx, other)?),
            };
            if ops::strict_eq(&vm.ctx, e, k) {
                skip = true;
                break;
            }
        }
        if skip {
            continue;
        }
        let key = conv::to_key(&mut vm.ctx, k)?;
        let v = ops::get(&mut vm.ctx, src, key)?;
        ops::define(&mut vm.ctx, d, key, v)?;
    }
    Ok(())
}

/// `new C(args)` at `stack[at]`: built-in constructors only.
fn construct(vm: &mut Vm, at: usize, argc: usize, name: Value) -> JsResult<()> {
    let c = vm.stack[at];
    let ctor = match c {
        Value::Obj(o) => match &vm.ctx.heap.obj(o).kind {
            ObjKind::Native { ctor: Some(f), .. } => Some(*f),
            _ => None,
        },
        _ => None,
    };
    let Some(f) = ctor else {
        let n = vm.str_of(name);
        if let Value::Obj(o) = c {
            if let ObjKind::Closure {
                is_arrow: false, ..
            } = vm.ctx.heap.obj(o).kind
            {
                return type_error(format!(
                    "{n} cannot be used with 'new': constructor functions are classes by another name. \
                     Call a factory function that returns an object literal instead"
                ));
            }
        }
        return type_error(format!("{n} is not a constructor"));
    };
    vm.ctx.charge(1)?;
    let r = f(
        &mut vm.ctx,
        Value::Undefined,
        &vm.stack[at + 1..at + 1 + argc],
    );
    let v = match r {
        Ok(v) => v,
        Err(Interrupt::NeedsJs) => {
            return type_error("Cannot convert object to primitive value");
        }
        Err(e) => return Err(e),
    };
    vm.stack.truncate(at);
    vm.stack.push(v);
    Ok(())
}

/// Whether the op at `pc` is a template's `Concat`, or a `Const` piece
/// followed by it (the only ops the compiler puts after a template's
/// `ToStr` that end in its `Concat`).
fn concat_next(code: &[u8], pc: usize) -> bool {
    let concat = Some(&(Op::Concat as u8));
    match code.get(pc) {
        Some(&b) if b == Op::Concat as u8 => true,
        Some(&b) if b == Op::Const as u8 => code.get(pc + 3) == concat,
        _ => false,
    }
}
