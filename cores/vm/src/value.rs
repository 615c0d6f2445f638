//! The value type: 16 bytes, `Copy`, no reference counting. Strings and
//! objects are indices into the [`crate::heap::Heap`]'s arenas, so a value
//! is only meaningful together with the heap it came from.

/// Index of a string in the heap's string arena.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StrId(pub u32);

/// Index of an object (plain object, array, function, map ...) in the heap.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

#[derive(Copy, Clone, Debug, Default)]
pub enum Value {
    #[default]
    Undefined,
    Null,
    Bool(bool),
    Num(f64),
    Str(StrId),
    Obj(ObjId),
    /// Internal, never seen by programs: an array hole, or a `let`/`const`
    /// binding in its temporal dead zone.
    Empty,
    /// Internal, never seen by programs: a local slot holding a captured
    /// variable's cell (index into the heap's cell arena).
    Cell(u32),
}

impl Value {
    #[inline]
    pub fn is_nullish(self) -> bool {
        matches!(self, Value::Undefined | Value::Null)
    }
    #[inline]
    pub fn as_obj(self) -> Option<ObjId> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }
    #[inline]
    pub fn as_num(self) -> Option<f64> {
        match self {
            Value::Num(n) => Some(n),
            _ => None,
        }
    }
    #[inline]
    pub fn as_str(self) -> Option<StrId> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
    /// A hole reads as `undefined`.
    #[inline]
    pub fn or_undefined(self) -> Value {
        match self {
            Value::Empty => Value::Undefined,
            v => v,
        }
    }
}

impl From<f64> for Value {
    fn from(n: f64) -> Value {
        Value::Num(n)
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}
