//! `database.connect(alias)` and the query builder objects (filled in by
//! the database layer).

use kitwork_vm::builtins::Builder;
use kitwork_vm::{error, Ctx, JsResult, ObjId, Value};

#[derive(Default)]
pub struct DbHost {}

pub fn install_protos(_b: &mut Builder, _db: ObjId, _query: ObjId) {}

pub fn connect(_ctx: &mut Ctx, _this: Value, _args: &[Value]) -> JsResult<Value> {
    error::type_error("database.connect: no database is configured")
}
