//! Errors of a run: JavaScript errors (TypeError ...), limit breaches, and
//! the interrupts natives use to ask the interpreter for a call or a wait.

use crate::value::Value;
use std::fmt;
use std::future::Future;
use std::pin::Pin;

/// The JavaScript error constructors a run can report.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum JsErrorKind {
    Error,
    TypeError,
    RangeError,
    ReferenceError,
    SyntaxError,
    UriError,
}

impl JsErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            JsErrorKind::Error => "Error",
            JsErrorKind::TypeError => "TypeError",
            JsErrorKind::RangeError => "RangeError",
            JsErrorKind::ReferenceError => "ReferenceError",
            JsErrorKind::SyntaxError => "SyntaxError",
            JsErrorKind::UriError => "URIError",
        }
    }
}

/// A bound of [`crate::limits::Limits`] that a run broke.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum LimitKind {
    Energy,
    Depth,
    Memory,
    StringSize,
    ArraySize,
    Stack,
    /// The wall-clock deadline of a run passed (checked at each yield).
    Time,
}

impl LimitKind {
    pub fn name(self) -> &'static str {
        match self {
            LimitKind::Energy => "EnergyLimit",
            LimitKind::Depth => "DepthLimit",
            LimitKind::Memory => "MemoryLimit",
            LimitKind::StringSize => "StringLimit",
            LimitKind::ArraySize => "ArrayLimit",
            LimitKind::Stack => "StackLimit",
            LimitKind::Time => "TimeLimit",
        }
    }
}

/// What ended a run: the one outcome type that drives exit codes, HTTP
/// statuses and log lines.
#[derive(Clone, Debug, PartialEq)]
pub enum ErrorKind {
    Js(JsErrorKind),
    Limit(LimitKind),
    /// `fail(message)` from tenant code.
    Fail,
}

impl ErrorKind {
    pub fn name(&self) -> &'static str {
        match self {
            ErrorKind::Js(k) => k.name(),
            ErrorKind::Limit(l) => l.name(),
            ErrorKind::Fail => "Error",
        }
    }
    pub fn is_limit(&self) -> bool {
        matches!(self, ErrorKind::Limit(_))
    }
}

/// Source position of an error: file name, 1-based line and column.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Pos {
    pub file: String,
    pub line: u32,
    pub col: u32,
}

/// An error that ended a run.
#[derive(Clone, Debug)]
pub struct RunError {
    pub kind: ErrorKind,
    pub message: String,
    pub pos: Option<Pos>,
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = &self.pos {
            write!(f, "{}:{}:{}: ", p.file, p.line, p.col)?;
        }
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

/// A future a native waits on; resolves to a value built on resume.
pub type Pending = Pin<Box<dyn Future<Output = Result<HostValue, String>>>>;

/// An owned value crossing from the host (I/O results) into a VM.
#[derive(Clone, Debug, PartialEq)]
pub enum HostValue {
    Undefined,
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Array(Vec<HostValue>),
    Object(Vec<(String, HostValue)>),
    /// Built by the host itself, straight into the heap, on resume.
    Build(HostBuild),
}

type BuildFn = Box<dyn FnOnce(&mut crate::Ctx) -> JsResult<Value>>;

/// A value the host builds itself when the VM resumes, writing straight
/// into the heap (database rows: column keys interned once per result,
/// cells moved into VM strings) instead of through a tree of
/// [`HostValue`]s, one allocation per cell and key. The closure runs once;
/// a clone shares it, and building a second time is a TypeError.
#[derive(Clone)]
pub struct HostBuild(std::rc::Rc<std::cell::Cell<Option<BuildFn>>>);

impl HostBuild {
    pub fn new(f: impl FnOnce(&mut crate::Ctx) -> JsResult<Value> + 'static) -> HostBuild {
        HostBuild(std::rc::Rc::new(std::cell::Cell::new(Some(Box::new(f)))))
    }

    /// Runs the builder (once).
    pub fn build(&self, ctx: &mut crate::Ctx) -> JsResult<Value> {
        match self.0.take() {
            Some(f) => f(ctx),
            None => type_error("a host value was already built"),
        }
    }
}

impl fmt::Debug for HostBuild {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("HostBuild")
    }
}

impl PartialEq for HostBuild {
    fn eq(&self, other: &HostBuild) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A call a native hands back to the interpreter: its result becomes the
/// native's result. This is how builtins run JavaScript callbacks without
/// growing the Rust stack.
#[derive(Debug)]
pub struct TailCall {
    pub callee: Value,
    pub this: Value,
    pub args: Vec<Value>,
}

/// Why a native (or an operation) did not produce a value.
pub enum Interrupt {
    Error(ErrorKind, String),
    Call(Box<TailCall>),
    Suspend(Pending),
    /// The operation would call user code (an object's own `toString` or
    /// `valueOf`); the interpreter redoes it through its JavaScript twin.
    NeedsJs,
}

impl fmt::Debug for Interrupt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Interrupt::Error(k, m) => write!(f, "{}: {m}", k.name()),
            Interrupt::Call(c) => write!(f, "Call({c:?})"),
            Interrupt::Suspend(_) => f.write_str("Suspend"),
            Interrupt::NeedsJs => f.write_str("NeedsJs"),
        }
    }
}

pub type JsResult<T> = Result<T, Interrupt>;

pub fn type_error<T>(msg: impl Into<String>) -> JsResult<T> {
    Err(Interrupt::Error(
        ErrorKind::Js(JsErrorKind::TypeError),
        msg.into(),
    ))
}
pub fn range_error<T>(msg: impl Into<String>) -> JsResult<T> {
    Err(Interrupt::Error(
        ErrorKind::Js(JsErrorKind::RangeError),
        msg.into(),
    ))
}
pub fn reference_error<T>(msg: impl Into<String>) -> JsResult<T> {
    Err(Interrupt::Error(
        ErrorKind::Js(JsErrorKind::ReferenceError),
        msg.into(),
    ))
}
pub fn syntax_error<T>(msg: impl Into<String>) -> JsResult<T> {
    Err(Interrupt::Error(
        ErrorKind::Js(JsErrorKind::SyntaxError),
        msg.into(),
    ))
}
pub fn js_error<T>(kind: JsErrorKind, msg: impl Into<String>) -> JsResult<T> {
    Err(Interrupt::Error(ErrorKind::Js(kind), msg.into()))
}
pub fn limit_error<T>(kind: LimitKind, msg: impl Into<String>) -> JsResult<T> {
    Err(Interrupt::Error(ErrorKind::Limit(kind), msg.into()))
}
