//! `server.run(config)`: the bootstrap file's one call. It records the
//! config; the engine validates it and starts the shards after the
//! bootstrap returns.

use super::host_or_err;
use kitwork_vm::{error, Ctx, JsResult, Value};

pub fn run(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    let config = args.first().copied().unwrap_or(Value::Undefined);
    let hv = crate::values::to_host(ctx, config, 0)?;
    let h = host_or_err(ctx)?;
    if !h.is_bootstrap {
        return error::type_error(
            "server.run is only available in the bootstrap file (server.kitwork.js)",
        );
    }
    if h.server_config.is_some() {
        return error::type_error("server.run was called twice");
    }
    h.server_config = Some(hv);
    Ok(Value::Undefined)
}
