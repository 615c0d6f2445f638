//! kitwork-vm: values, the energy-metered interpreter and the built-ins.
//!
//! Owns the value model (16-byte `Copy` values over layered arenas), the
//! stack-based interpreter for the bytecode of `kitwork-lang`, energy and
//! every other bound of a run, resumable execution (`Suspended` on I/O),
//! the VM pool, and the JavaScript built-ins. It must not depend on HTTP,
//! glommio or any I/O runtime: a native that waits hands back a plain
//! `Future`, and whoever drives the VM awaits it.
//!
//! File map:
//! - `value.rs`: `Value`, `StrId`, `ObjId`
//! - `string.rs`: `JsStr` (UTF-16 semantics, ASCII fast path), `StrBuilder`
//! - `object.rs`: objects, property order, Map/Set storage, iterators
//! - `heap.rs`: layered arenas (built-ins, frozen module state, run region)
//! - `atoms.rs`: well-known property names with fixed ids
//! - `realm.rs`: ids of the built-in prototypes and constructors
//! - `error.rs`: run errors, limit kinds, interrupts (call, suspend)
//! - `limits.rs`: `Limits`, every bound with its unit and default
//! - `conv.rs`: type conversions (ToNumber, ToString, ToPrimitive ...)
//! - `ops.rs`: property get/set, operators, equality
//! - `number.rs`: number formatting and parsing exactly as JavaScript
//! - `interp/`: the interpreter, calls, iteration, resumable runs
//! - `pool.rs`: the VM pool (reset in place, condemned VMs dropped)
//! - `host.rs`: host values crossing into a VM
//! - `builtins/`: Math, String, Array, Object, Number, JSON, console ...
//! - `reference.rs`: the generated sections of `docs/reference.md`
//!   (every built-in, every removed construct)

pub mod atoms;
pub mod builtins;
pub mod conv;
pub mod error;
pub mod heap;
pub mod host;
pub mod interp;
pub mod limits;
pub mod number;
pub mod object;
pub mod ops;
pub mod pool;
pub mod realm;
pub mod reference;
pub mod string;
pub mod value;

pub use error::{
    ErrorKind, HostBuild, HostValue, Interrupt, JsErrorKind, JsResult, LimitKind, RunError,
};
pub use heap::Heap;
pub use interp::{Outcome, Vm};
pub use limits::Limits;
pub use pool::VmPool;
pub use realm::Realm;
pub use string::JsStr;
pub use value::{ObjId, StrId, Value};

use std::any::Any;

/// Where `console.log` and `console.error` go.
pub trait Console {
    fn log(&mut self, line: &str);
    fn error(&mut self, line: &str);
}

/// Writes to the process's stdout and stderr.
pub struct StdConsole;

impl Console for StdConsole {
    fn log(&mut self, line: &str) {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(line.as_bytes());
        let _ = out.write_all(b"\n");
    }
    fn error(&mut self, line: &str) {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        let _ = out.flush();
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(line.as_bytes());
        let _ = err.write_all(b"\n");
    }
}

/// Collects console output in memory (tests, the code-execution API).
#[derive(Default)]
pub struct BufferConsole {
    pub out: String,
    pub err: String,
}

impl Console for BufferConsole {
    fn log(&mut self, line: &str) {
        self.out.push_str(line);
        self.out.push('\n');
    }
    fn error(&mut self, line: &str) {
        self.err.push_str(line);
        self.err.push('\n');
    }
}

/// What natives see of a VM: the heap, the realm, energy and the host.
pub struct Ctx {
    pub heap: Heap,
    pub realm: Realm,
    pub limits: Limits,
    /// Energy left before the next yield (all of it when runs never yield).
    pub energy: u64,
    /// Energy left beyond the current slice ([`Limits::yield_every`]).
    pub reserve: u64,
    /// Wall-clock deadline of the run, checked at each yield.
    pub deadline: Option<std::time::Instant>,
    pub console: Box<dyn Console>,
    /// Data of whoever embeds the VM (the server's request state ...).
    pub host: Option<Box<dyn Any>>,
    /// The programs of this VM, by program id (0 is the prelude): for the
    /// source text of functions (`Function.prototype.toString`).
    pub programs: Vec<std::sync::Arc<kitwork_lang::bytecode::Program>>,
    /// Module-level variables of each program, by program id.
    pub module_globals: Vec<Vec<Value>>,
    /// The embedder's answer for a property its host objects lack
    /// (`db.user` as `db.table("user")`); `None` leaves it `undefined`.
    pub host_missing: Option<HostMissing>,
    /// Where a named property was last found in a large object (see
    /// [`PropCache`]).
    pub prop_cache: PropCache,
}

/// Positions of named properties in objects with many of them (the
/// built-in prototypes: `Array.prototype.push` on every `users.push`),
/// so a read skips their hash map. Direct-mapped by (object, key); an
/// entry is only a hint: it is used when the object's property at that
/// position still has that key, and a property list holds each key once,
/// so a hit reads exactly what the lookup would have, whatever changed.
pub struct PropCache {
    slots: [std::cell::Cell<(u32, u32, u32)>; PropCache::SLOTS],
}

impl PropCache {
    const SLOTS: usize = 64;

    #[inline]
    fn slot(&self, o: ObjId, key: StrId) -> &std::cell::Cell<(u32, u32, u32)> {
        let h = o.0.wrapping_mul(0x9E37_79B1) ^ key.0.wrapping_mul(0x85EB_CA77);
        &self.slots[(h >> 26) as usize % Self::SLOTS]
    }

    /// Own named property `key` of object `o` whose properties are `props`.
    #[inline]
    pub fn get(&self, o: ObjId, props: &object::Props, key: StrId) -> Option<Value> {
        let slot = self.slot(o, key);
        let (so, sk, si) = slot.get();
        if so == o.0 && sk == key.0 {
            if let Some((k, v)) = props.entry_at(si as usize) {
                if k == key {
                    return Some(v);
                }
            }
        }
        let i = props.find(key)?;
        slot.set((o.0, key.0, i as u32));
        Some(props.value_at(i))
    }
}

impl Default for PropCache {
    fn default() -> Self {
        PropCache {
            slots: std::array::from_fn(|_| std::cell::Cell::new((u32::MAX, u32::MAX, 0))),
        }
    }
}

/// See [`Ctx::host_missing`].
pub type HostMissing = fn(&mut Ctx, ObjId, conv::Key) -> JsResult<Option<Value>>;

impl Ctx {
    /// Charge `units` of energy: for each instruction (the dispatch loop)
    /// and for the work a builtin does.
    #[inline]
    pub fn charge(&mut self, units: u64) -> JsResult<()> {
        if self.energy < units {
            return self.out_of_energy(units);
        }
        self.energy -= units;
        Ok(())
    }

    /// Gives the run `total` units, in slices of [`Limits::yield_every`].
    pub fn set_budget(&mut self, total: u64) {
        let slice = match self.limits.yield_every {
            0 => total,
            n => total.min(n),
        };
        self.energy = slice;
        self.reserve = total - slice;
    }

    /// Moves the next slice from the reserve; false when none is left.
    pub fn next_slice(&mut self) -> bool {
        if self.reserve == 0 {
            return false;
        }
        let n = self.limits.yield_every.max(1).min(self.reserve);
        self.reserve -= n;
        self.energy += n;
        true
    }

    #[cold]
    #[inline(never)]
    fn out_of_energy(&mut self, units: u64) -> JsResult<()> {
        // A builtin's charge spans slices without yielding (natives cannot).
        while self.energy < units && self.next_slice() {}
        if self.energy >= units {
            self.energy -= units;
            return Ok(());
        }
        self.energy = 0;
        error::limit_error(
            LimitKind::Energy,
            format!(
                "energy budget of {} units exhausted",
                self.limits.max_energy
            ),
        )
    }
}

impl Ctx {
    /// A ctx over the built-ins (and optionally a frozen module layer),
    /// with an empty run region.
    pub fn new(
        builtins: &builtins::Builtins,
        module: Option<std::sync::Arc<heap::Layer>>,
        limits: Limits,
        console: Box<dyn Console>,
    ) -> Ctx {
        let mut ctx = Ctx {
            heap: Heap::new(builtins.layer.clone(), module, &limits),
            realm: builtins.realm,
            energy: limits.max_energy,
            reserve: 0,
            deadline: None,
            limits,
            console,
            host: None,
            programs: Vec::new(),
            module_globals: Vec::new(),
            host_missing: None,
            prop_cache: PropCache::default(),
        };
        let total = ctx.limits.max_energy;
        ctx.set_budget(total);
        ctx
    }

    /// Source text of a JavaScript function, as `Function.prototype.toString`
    /// gives it; `None` for natives and for the prelude's functions, which
    /// present themselves as built-ins.
    pub fn function_source(&self, f: ObjId) -> Option<&str> {
        match self.heap.obj(f).kind {
            object::ObjKind::Closure { prog, func, .. } if prog != 0 => self
                .programs
                .get(prog as usize)
                .map(|p| p.source_text(func as usize)),
            _ => None,
        }
    }

    /// The value of variable `name` as closure `f` sees it, when `f` reads
    /// it from an enclosing function or its module (`None` otherwise, or
    /// before its declaration ran).
    pub fn free_variable(&self, f: ObjId, name: &str) -> Option<Value> {
        let object::ObjKind::Closure {
            prog,
            func,
            captures,
            ..
        } = &self.heap.obj(f).kind
        else {
            return None;
        };
        let proto = self
            .programs
            .get(*prog as usize)?
            .funcs
            .get(*func as usize)?;
        let (_, free) = proto.free.iter().find(|(n, _)| &**n == name)?;
        let v = match *free {
            kitwork_lang::bytecode::Free::Capture(i) => self.heap.cell(*captures.get(i as usize)?),
            kitwork_lang::bytecode::Free::Global(g) => {
                *self.module_globals.get(*prog as usize)?.get(g as usize)?
            }
        };
        (!matches!(v, Value::Empty)).then_some(v)
    }

    /// Calls a native method of a built-in object by name, for tests of
    /// the built-ins: `ctx.call_builtin(Value::Obj(math), "max", this, &args)`.
    pub fn call_builtin(
        &mut self,
        holder: Value,
        name: &str,
        this: Value,
        args: &[Value],
    ) -> JsResult<Value> {
        let key = conv::Key::Atom(self.heap.intern(JsStr::from_str(name))?);
        let f = ops::get(self, holder, key)?;
        match f {
            Value::Obj(o) => match self.heap.obj(o).kind {
                object::ObjKind::Native { f, .. } => f(self, this, args),
                _ => error::type_error(format!("{name} is not a native function")),
            },
            _ => error::type_error(format!("{name} is not a function")),
        }
    }
}

/// The built-ins of this process, built on first use and shared.
pub fn builtins() -> &'static builtins::Builtins {
    static B: std::sync::OnceLock<builtins::Builtins> = std::sync::OnceLock::new();
    B.get_or_init(builtins::build)
}
