//! A compiled program made ready for one heap: its constants as values.

use crate::conv::{self, Key};
use crate::error::JsResult;
use crate::string::JsStr;
use crate::value::{StrId, Value};
use crate::Ctx;
use kitwork_lang::bytecode::{Const, Program};
use std::sync::Arc;

pub struct Loaded {
    pub program: Arc<Program>,
    /// `consts[k]` as a value (strings interned).
    pub consts: Box<[Value]>,
    /// `consts[k]` as a property key (for `GetProp` and friends).
    pub keys: Box<[Key]>,
    /// Each function's name, interned.
    pub func_names: Box<[StrId]>,
}

impl Loaded {
    pub fn new(ctx: &mut Ctx, program: Arc<Program>) -> JsResult<Loaded> {
        let mut consts = Vec::with_capacity(program.consts.len());
        for c in &program.consts {
            consts.push(match c {
                Const::Num(n) => Value::Num(*n),
                Const::Str(s) => Value::Str(ctx.heap.intern(JsStr::from_units(s))?),
            });
        }
        let mut keys = Vec::with_capacity(consts.len());
        for &c in &consts {
            keys.push(conv::to_key(ctx, c)?);
        }
        let mut func_names = Vec::with_capacity(program.funcs.len());
        for f in &program.funcs {
            func_names.push(ctx.heap.intern(JsStr::from_units(&f.name))?);
        }
        Ok(Loaded {
            program,
            consts: consts.into(),
            keys: keys.into(),
            func_names: func_names.into(),
        })
    }
}
