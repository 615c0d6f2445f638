//! Well-known property names with fixed ids: layer 0 interns them first, in
//! this order, so natives compare keys without hashing. After them come the
//! 128 one-character ASCII strings (fast `s[i]`).

use crate::value::StrId;

macro_rules! atoms {
    ($($name:ident = $text:literal,)*) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[repr(u32)]
        enum AtomIndex { $($name,)* Count }
        /// Names of the well-known atoms, in id order.
        pub const NAMES: &[&str] = &[$($text,)*];
        $(pub const $name: StrId = StrId(AtomIndex::$name as u32);)*
        /// How many well-known atoms there are.
        pub const COUNT: u32 = AtomIndex::Count as u32;
    };
}

atoms! {
    EMPTY = "",
    LENGTH = "length",
    PROTOTYPE = "prototype",
    CONSTRUCTOR = "constructor",
    NAME = "name",
    MESSAGE = "message",
    STACK = "stack",
    CAUSE = "cause",
    TO_STRING = "toString",
    VALUE_OF = "valueOf",
    TO_JSON = "toJSON",
    SIZE = "size",
    UNDEFINED = "undefined",
    NULL = "null",
    TRUE = "true",
    FALSE = "false",
    NAN = "NaN",
    INFINITY = "Infinity",
    NEG_INFINITY = "-Infinity",
    NUMBER = "number",
    STRING = "string",
    BOOLEAN = "boolean",
    OBJECT = "object",
    FUNCTION = "function",
    SYMBOL = "symbol",
    BIGINT = "bigint",
    INDEX = "index",
    INPUT = "input",
    RAW = "raw",
    DONE = "done",
    VALUE = "value",
    NEXT = "next",
    KEYS = "keys",
    VALUES = "values",
    ENTRIES = "entries",
    OBJECT_OBJECT = "[object Object]",
    ANONYMOUS = "anonymous",
    DEFAULT = "default",
    ERROR = "Error",
    TYPE_ERROR = "TypeError",
    RANGE_ERROR = "RangeError",
    REFERENCE_ERROR = "ReferenceError",
    SYNTAX_ERROR = "SyntaxError",
    URI_ERROR = "URIError",
}

/// The interned one-character string for an ASCII code unit.
#[inline]
pub fn ascii_char(c: u8) -> StrId {
    debug_assert!(c < 0x80);
    StrId(COUNT + c as u32)
}
