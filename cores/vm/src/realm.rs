//! The ids of the built-in prototypes and constructors of layer 0.
//! Built once per process by `builtins::build_layer0`, copied into every VM.

use crate::value::{ObjId, Value};

#[derive(Copy, Clone, Debug)]
pub struct Realm {
    pub object_proto: ObjId,
    pub function_proto: ObjId,
    pub array_proto: ObjId,
    pub string_proto: ObjId,
    pub number_proto: ObjId,
    pub boolean_proto: ObjId,
    pub error_proto: ObjId,
    pub type_error_proto: ObjId,
    pub range_error_proto: ObjId,
    pub reference_error_proto: ObjId,
    pub syntax_error_proto: ObjId,
    pub uri_error_proto: ObjId,
    pub map_proto: ObjId,
    pub set_proto: ObjId,
    pub date_proto: ObjId,
    pub iterator_proto: ObjId,
    pub object_ctor: ObjId,
    pub array_ctor: ObjId,
    pub function_ctor: ObjId,
    pub error_ctor: ObjId,
    /// JavaScript twins of operators whose slow path may call user code
    /// (`a + b` with an object that has its own `valueOf` ...).
    pub twins: Twins,
}

/// Prelude functions the interpreter calls when an operation needs user code.
#[derive(Copy, Clone, Debug)]
pub struct Twins {
    pub add: Value,
    pub to_string: Value,
    pub to_number: Value,
    pub loose_eq: Value,
    pub less_than: Value,
}
