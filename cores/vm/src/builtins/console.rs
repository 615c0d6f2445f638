//! Built-ins: `console.log` / `info` / `debug` (stdout) and `console.error`
//! / `warn` (stderr), formatting their arguments as node's `util.format`.

use super::inspect::format_args;
use super::Builder;
use crate::error::JsResult;
use crate::value::Value;
use crate::Ctx;

fn log(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    let line = format_args(ctx, args)?;
    ctx.console.log(&line);
    Ok(Value::Undefined)
}

fn error(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    let line = format_args(ctx, args)?;
    ctx.console.error(&line);
    Ok(Value::Undefined)
}

pub fn install(b: &mut Builder) {
    let console = b.object();
    b.method(console, "log", log, 0);
    b.method(console, "info", log, 0);
    b.method(console, "debug", log, 0);
    b.method(console, "error", error, 0);
    b.method(console, "warn", error, 0);
    b.global("console", Value::Obj(console));
}
