//! The interpreter: a stack machine over `kitwork-lang` bytecode.
//!
//! Why no Rust recursion: every JavaScript call pushes a [`Frame`] on a
//! vector and the dispatch loop continues; natives that need to call back
//! into JavaScript hand the call to the loop ([`crate::Interrupt::Call`]) or
//! are written in JavaScript (the prelude). So any `max_depth` is safe.
//!
//! Why resumable: a native that waits returns [`crate::Interrupt::Suspend`];
//! the loop saves nothing more than it already has (frames and stack live
//! in the [`Vm`]) and returns [`Outcome::Suspended`]. [`Vm::resume`] pushes
//! the awaited value where the native's result belongs and continues.
//!
//! Files: `mod.rs` (the VM and its API), `run.rs` (dispatch),
//! `iter.rs` (for-of, for-in), `load.rs` (programs in a VM).

mod iter;
mod load;
mod run;

pub use load::Loaded;

use crate::error::{ErrorKind, HostValue, Pending, Pos, RunError};
use crate::heap::Layer;
use crate::value::{ObjId, Value};
use crate::{Console, Ctx, Limits};
use ahash::AHashMap;
use kitwork_lang::bytecode::Program;
use std::sync::Arc;

/// How a call into the VM ended.
pub enum Outcome {
    Done(Value),
    /// Waiting on I/O: await the future, then [`Vm::resume`] with its result.
    Suspended(Pending),
    Error(RunError),
}

impl std::fmt::Debug for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Outcome::Done(v) => write!(f, "Done({v:?})"),
            Outcome::Suspended(_) => f.write_str("Suspended"),
            Outcome::Error(e) => write!(f, "Error({e})"),
        }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Frame {
    prog: u16,
    func: u32,
    /// Next instruction.
    pc: u32,
    /// Start of the instruction being run (for error positions).
    ip: u32,
    /// Stack index of slot 0 (`this`); the callee sits just below.
    base: u32,
    /// The closure being run (its captures).
    callee: ObjId,
    /// The full argument list, kept for `arguments` and rest parameters.
    args: Option<Box<[Value]>>,
}

/// What every VM of the process shares: the prelude program, the values
/// of the builtin names, the JavaScript twins of natives.
pub struct Shared {
    pub prelude: Arc<Loaded>,
    pub prelude_globals: Arc<[Value]>,
    /// Values for `GetBuiltin i`, in the order of [`crate::builtins::builtin_names`].
    pub builtin_values: Arc<[Value]>,
    /// Native function -> JavaScript twin, for natives that answer `NeedsJs`.
    pub twins: Arc<AHashMap<ObjId, Value>>,
    /// `binary(code, a, b)` and `unary(code, a)` of prelude/core.js.
    pub binary: Value,
    pub unary: Value,
    /// `generic(native, this, ...args)`: converts operands with their own
    /// valueOf/toString, then calls the native again.
    pub generic: Value,
}

impl Clone for Shared {
    fn clone(&self) -> Shared {
        Shared {
            prelude: self.prelude.clone(),
            prelude_globals: self.prelude_globals.clone(),
            builtin_values: self.builtin_values.clone(),
            twins: self.twins.clone(),
            binary: self.binary,
            unary: self.unary,
            generic: self.generic,
        }
    }
}

/// A program installed in a VM, with its module-level variables.
struct Slot {
    loaded: Arc<Loaded>,
    /// Module state is read-only once the module is loaded (server runs).
    frozen: bool,
}

pub struct Vm {
    pub ctx: Ctx,
    stack: Vec<Value>,
    frames: Vec<Frame>,
    /// Program 0 is the prelude.
    progs: Vec<Slot>,
    shared: Shared,
    /// Frame depth below which the current host call started.
    entry_depth: Vec<usize>,
    /// Stack index where a suspended native's result goes.
    suspended_at: Option<usize>,
    /// A host call made while the VM is suspended (a transaction's
    /// callback) keeps the outer suspension here until it ends.
    outer_suspends: Vec<Option<usize>>,
    /// Set when a limit broke: the VM must not be reused.
    pub condemned: bool,
    /// Programs whose constants live in a frozen layer (they survive a
    /// reset); programs loaded after that are dropped by [`Vm::reset`].
    kept_progs: usize,
    /// The run is suspended at a yield (not a native's I/O): resume pushes
    /// nothing.
    yielded: bool,
    /// Scratch for a template's short ASCII result (`Concat`): kept here
    /// so no buffer is zeroed per template.
    concat_buf: Box<[u8; 128]>,
    /// Scratch for a number printed into that result.
    concat_num: Box<[u8; crate::number::ASCII_MAX]>,
}

/// A future that is pending once (waking its task at once), then ready:
/// any executor runs its other tasks in between.
pub(crate) fn yield_once() -> crate::error::Pending {
    let mut polled = false;
    Box::pin(std::future::poll_fn(move |cx| {
        if polled {
            std::task::Poll::Ready(Ok(crate::HostValue::Undefined))
        } else {
            polled = true;
            cx.waker().wake_by_ref();
            std::task::Poll::Pending
        }
    }))
}

impl Vm {
    /// A VM over the process's built-ins.
    pub fn new(limits: Limits, console: Box<dyn Console>) -> Vm {
        let b = crate::builtins();
        let ctx = Ctx::new(b, None, limits, console);
        Vm::with_ctx(ctx, b.shared.clone())
    }

    /// A VM over another set of built-ins (one with a host module).
    pub fn with_builtins(
        b: &crate::builtins::Builtins,
        limits: Limits,
        console: Box<dyn Console>,
    ) -> Vm {
        let ctx = Ctx::new(b, None, limits, console);
        Vm::with_ctx(ctx, b.shared.clone())
    }

    /// Gives builtin `index` (of [`crate::builtins::Builtins::names`]) a
    /// value of this VM's own, e.g. a tenant's `env` object. Call before
    /// [`Vm::freeze_module`] so the value survives resets.
    pub fn set_builtin(&mut self, index: usize, v: Value) {
        let mut values = self.shared.builtin_values.to_vec();
        if let Some(slot) = values.get_mut(index) {
            *slot = v;
        }
        self.shared.builtin_values = values.into();
    }

    pub(crate) fn with_ctx(mut ctx: Ctx, shared: Shared) -> Vm {
        ctx.programs.clear();
        ctx.programs.push(shared.prelude.program.clone());
        ctx.module_globals.clear();
        ctx.module_globals.push(shared.prelude_globals.to_vec());
        let prelude = Slot {
            loaded: shared.prelude.clone(),
            frozen: true,
        };
        Vm {
            ctx,
            stack: Vec::with_capacity(1024),
            frames: Vec::with_capacity(64),
            progs: vec![prelude],
            shared,
            entry_depth: Vec::new(),
            suspended_at: None,
            outer_suspends: Vec::new(),
            condemned: false,
            kept_progs: 1,
            yielded: false,
            concat_buf: Box::new([0; 128]),
            concat_num: Box::new([0; crate::number::ASCII_MAX]),
        }
    }

    /// Installs a compiled program; its string constants are interned in
    /// the current run layer (call [`Vm::freeze_module`] after running its
    /// top-level code to keep them across runs). Returns its id.
    pub fn load(&mut self, program: Arc<Program>) -> Result<u16, RunError> {
        let loaded = Loaded::new(&mut self.ctx, program).map_err(|e| self.error_from(e))?;
        let n = loaded.program.n_globals as usize;
        self.ctx.programs.push(loaded.program.clone());
        self.ctx.module_globals.push(vec![Value::Undefined; n]);
        self.progs.push(Slot {
            loaded: Arc::new(loaded),
            frozen: false,
        });
        Ok((self.progs.len() - 1) as u16)
    }

    /// Runs a program's entry (every module's top-level code).
    pub fn run_main(&mut self, prog: u16) -> Outcome {
        let Some(slot) = self.progs.get(prog as usize) else {
            return Outcome::Error(RunError {
                kind: ErrorKind::Js(crate::JsErrorKind::Error),
                message: format!("no program {prog} in this VM (programs loaded after the last freeze are dropped by reset)"),
                pos: None,
            });
        };
        let entry = slot.loaded.program.entry;
        let f = match self.make_closure(prog, entry, 0, None) {
            Ok(f) => f,
            Err(e) => return Outcome::Error(self.error_from(e)),
        };
        self.call(Value::Obj(f), Value::Undefined, &[])
    }

    /// The value of an export of a program's entry module.
    pub fn export(&self, prog: u16, name: &str) -> Option<Value> {
        let slot = self.progs.get(prog as usize)?;
        let (_, g) = slot
            .loaded
            .program
            .exports
            .iter()
            .find(|(n, _)| n == name)?;
        self.ctx
            .module_globals
            .get(prog as usize)?
            .get(*g as usize)
            .copied()
    }

    /// Calls a function from the host (a route handler ...).
    pub fn call(&mut self, f: Value, this: Value, args: &[Value]) -> Outcome {
        let depth = self.frames.len();
        let at = self.stack.len();
        self.stack.push(f);
        self.stack.push(this);
        self.stack.extend_from_slice(args);
        self.entry_depth.push(depth);
        let outer = self.suspended_at.take();
        self.outer_suspends.push(outer);
        match self.call_value(at, args.len()) {
            Ok(true) => self.run(),
            Ok(false) => {
                // A native answered at once.
                self.end_entry();
                let v = self.stack.pop().unwrap_or(Value::Undefined);
                self.stack.truncate(at);
                Outcome::Done(v)
            }
            Err(e) => self.fail(e),
        }
    }

    /// Ends the innermost host call: its entry depth, and the suspension
    /// of an outer call it was made during comes back.
    pub(crate) fn end_entry(&mut self) -> Option<usize> {
        if let Some(outer) = self.outer_suspends.pop() {
            self.suspended_at = outer;
        }
        self.entry_depth.pop()
    }

    /// Continues a suspended run with a value of this VM (the result of a
    /// host call made while it waited, e.g. a transaction's callback).
    pub fn resume_value(&mut self, v: Value) -> Outcome {
        let Some(at) = self.suspended_at.take() else {
            return Outcome::Error(RunError {
                kind: ErrorKind::Js(crate::JsErrorKind::Error),
                message: "resume without a suspended call".into(),
                pos: None,
            });
        };
        self.stack.truncate(at);
        self.stack.push(v);
        self.run()
    }

    /// Continues a suspended run with the awaited result.
    pub fn resume(&mut self, result: Result<HostValue, String>) -> Outcome {
        if std::mem::take(&mut self.yielded) {
            return self.run();
        }
        let Some(at) = self.suspended_at.take() else {
            return Outcome::Error(RunError {
                kind: ErrorKind::Js(crate::JsErrorKind::Error),
                message: "resume without a suspended call".into(),
                pos: None,
            });
        };
        let v = match result {
            Ok(h) => match crate::host::to_value(&mut self.ctx, &h) {
                Ok(v) => v,
                Err(e) => return self.fail(e),
            },
            Err(msg) => {
                return self.fail(crate::Interrupt::Error(
                    ErrorKind::Js(crate::JsErrorKind::Error),
                    msg,
                ))
            }
        };
        self.stack.truncate(at);
        self.stack.push(v);
        self.run()
    }

    /// Drops everything the last run allocated and makes the VM ready for
    /// the next one. Allocates nothing.
    pub fn reset(&mut self) {
        self.ctx.heap.reset();
        // Constants of programs loaded since the last freeze lived in the
        // run region just dropped: those programs go with it.
        self.progs.truncate(self.kept_progs);
        self.ctx.programs.truncate(self.kept_progs);
        self.ctx.module_globals.truncate(self.kept_progs);
        self.stack.clear();
        self.frames.clear();
        self.entry_depth.clear();
        self.outer_suspends.clear();
        self.suspended_at = None;
        self.yielded = false;
        self.ctx.deadline = None;
        let total = self.ctx.limits.max_energy;
        self.ctx.set_budget(total);
    }

    /// Freezes the current run layer (module state after top-level code)
    /// into the VM's module layer; module variables become read-only.
    pub fn freeze_module(&mut self) -> Arc<Layer> {
        let layer = self.ctx.heap.promote_run_layer();
        for p in self.progs.iter_mut() {
            p.frozen = true;
        }
        self.kept_progs = self.progs.len();
        layer
    }

    /// Build time: the prelude's top-level code may set its globals.
    pub(crate) fn unfreeze_prelude(&mut self) {
        self.progs[0].frozen = false;
    }

    pub(crate) fn prelude_globals(&self) -> Vec<Value> {
        self.ctx.module_globals[0].clone()
    }

    pub(crate) fn into_ctx(self) -> Ctx {
        self.ctx
    }

    /// The error of an interrupt, positioned at the innermost frame that
    /// is not prelude code.
    fn error_from(&self, i: crate::Interrupt) -> RunError {
        let (kind, message) = match i {
            crate::Interrupt::Error(k, m) => (k, m),
            crate::Interrupt::NeedsJs => (
                ErrorKind::Js(crate::JsErrorKind::TypeError),
                "Cannot convert object to primitive value".to_string(),
            ),
            crate::Interrupt::Call(_) | crate::Interrupt::Suspend(_) => (
                ErrorKind::Js(crate::JsErrorKind::Error),
                "internal: unexpected interrupt".to_string(),
            ),
        };
        RunError {
            kind,
            message,
            pos: self.position(),
        }
    }

    fn position(&self) -> Option<Pos> {
        let f = self.frames.iter().rev().find(|f| f.prog != 0)?;
        let p = &self.progs[f.prog as usize].loaded.program;
        let (file, line, col) = p.position(f.func as usize, f.ip as usize);
        Some(Pos {
            file: file.to_string(),
            line,
            col,
        })
    }

    /// Ends the current host call with an error; the VM stays usable only
    /// after [`Vm::reset`] (and not at all after a limit breach).
    fn fail(&mut self, i: crate::Interrupt) -> Outcome {
        let e = self.error_from(i);
        if e.kind.is_limit() {
            self.condemned = true;
        }
        let depth = self.end_entry().unwrap_or(0);
        let base = self.frames.get(depth).map(|f| f.base as usize - 1);
        self.frames.truncate(depth);
        if let Some(b) = base {
            self.stack.truncate(b);
        }
        Outcome::Error(e)
    }
}
