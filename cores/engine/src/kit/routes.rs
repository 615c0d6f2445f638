//! `router`, groups and route builders. Routes are registered while the
//! tenant's module loads; the builder methods fill the route's lifecycle
//! (`guard -> middleware -> handle -> then`, `catch`, `finally`).

use super::{
    function_arg, host_id, host_or_err, new_host, protos, string_arg, GroupFns, RouteFns,
    TAG_GROUP, TAG_ROUTE,
};
use crate::router::Method;
use kitwork_vm::builtins::Builder;
use kitwork_vm::error::{self, TailCall};
use kitwork_vm::{conv, Ctx, Interrupt, JsResult, ObjId, Value};

macro_rules! verbs {
    ($($name:ident => $m:expr),*) => {
        $(fn $name(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
            register(ctx, this, args, $m)
        })*
        const VERBS: &[(&str, kitwork_vm::object::NativeFn)] = &[$((stringify!($name), $name)),*];
    };
}

verbs!(get => Method::Get, post => Method::Post, put => Method::Put, patch => Method::Patch,
       delete => Method::Delete, head => Method::Head, options => Method::Options, all => Method::All);

pub fn install_router(b: &mut Builder, router: ObjId) {
    for (name, f) in VERBS {
        b.method(router, name, *f, 1);
    }
    b.method(router, "group", group, 2);
    b.method(router, "use", use_, 1);
}

pub fn install_group_proto(b: &mut Builder, proto: ObjId) {
    install_router(b, proto);
    b.method(proto, "guard", group_guard, 1);
    b.method(proto, "middleware", use_, 1);
}

pub fn install_route_proto(b: &mut Builder, proto: ObjId) {
    b.method(proto, "handle", handle, 1);
    b.method(proto, "then", then, 1);
    b.method(proto, "catch", catch, 1);
    b.method(proto, "fail", catch, 1);
    b.method(proto, "finally", finally, 1);
    b.method(proto, "done", finally, 1);
    b.method(proto, "guard", guard, 1);
    b.method(proto, "middleware", middleware, 1);
    b.method(proto, "use", middleware, 1);
    b.method(proto, "cache", cache, 1);
    b.method(proto, "assets", assets, 1);
}

/// The group `this` stands for (`None` for the router itself).
fn group_of(ctx: &Ctx, this: Value) -> Option<u32> {
    host_id(ctx, this, TAG_GROUP, "").ok().map(|id| id as u32)
}

fn loading(ctx: &mut Ctx, what: &str) -> JsResult<()> {
    if host_or_err(ctx)?.loading {
        Ok(())
    } else {
        error::type_error(format!(
            "{what}: routes are registered when the module loads (top-level code), not while a request runs"
        ))
    }
}

fn prefix_of(groups: &[GroupFns], g: Option<u32>) -> String {
    let mut parts = Vec::new();
    let mut at = g;
    while let Some(i) = at {
        let Some(gr) = groups.get(i as usize) else {
            break;
        };
        parts.push(gr.prefix.clone());
        at = gr.parent;
    }
    parts.reverse();
    parts.concat()
}

fn join(prefix: &str, path: &str) -> String {
    let p = prefix.trim_end_matches('/');
    if path == "/" && !p.is_empty() {
        return p.to_string();
    }
    format!("{p}{path}")
}

fn register(ctx: &mut Ctx, this: Value, args: &[Value], method: Method) -> JsResult<Value> {
    loading(ctx, &format!("router.{}", method.as_str().to_lowercase()))?;
    let path = string_arg(ctx, args, 0)?;
    if !path.starts_with('/') {
        return error::type_error(format!("route path {path:?} must start with '/'"));
    }
    let g = group_of(ctx, this);
    let h = host_or_err(ctx)?;
    let pattern = join(&prefix_of(&h.groups, g), &path);
    let id = h.routes.len();
    h.routes.push(RouteFns {
        method,
        pattern,
        group: g,
        handle: None,
        then: None,
        catch: None,
        finally: None,
        guards: Vec::new(),
        middleware: Vec::new(),
        assets: None,
        cache: None,
    });
    // An optional handler as the second argument: router.get("/", fn).
    if let Some(f) = args.get(1).copied().filter(|v| ctx.heap.is_callable(*v)) {
        host_or_err(ctx)?.routes[id].handle = Some(f);
    }
    new_host(ctx, protos().route, TAG_ROUTE, id as u64)
}

/// `router.group(prefix)` or `router.group(prefix, g => {...})`.
fn group(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    loading(ctx, "router.group")?;
    let prefix = string_arg(ctx, args, 0)?;
    if !prefix.starts_with('/') {
        return error::type_error(format!("group prefix {prefix:?} must start with '/'"));
    }
    let parent = group_of(ctx, this);
    let h = host_or_err(ctx)?;
    let id = h.groups.len();
    h.groups.push(GroupFns {
        prefix: prefix.trim_end_matches('/').to_string(),
        parent,
        ..GroupFns::default()
    });
    let g = new_host(ctx, protos().group, TAG_GROUP, id as u64)?;
    match args.get(1).copied() {
        // The callback registers the group's routes now; the call's
        // result (the callback's) is the result of `group`.
        Some(f) if ctx.heap.is_callable(f) => Err(Interrupt::Call(Box::new(TailCall {
            callee: f,
            this: Value::Undefined,
            args: vec![g],
        }))),
        _ => Ok(g),
    }
}

/// `router.use(fn)` (every route) or `group.use(fn)` / `group.middleware(fn)`.
fn use_(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    loading(ctx, "use")?;
    let f = function_arg(ctx, args, 0, "use")?;
    let g = group_of(ctx, this);
    let h = host_or_err(ctx)?;
    match g {
        Some(i) => h.groups[i as usize].middleware.push(f),
        None => h.uses.push(f),
    }
    Ok(this)
}

fn group_guard(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    loading(ctx, "guard")?;
    let f = function_arg(ctx, args, 0, "guard")?;
    let g = host_id(ctx, this, TAG_GROUP, "guard")? as usize;
    host_or_err(ctx)?.groups[g].guards.push(f);
    Ok(this)
}

/// Applies `set` to the route `this` stands for.
fn on_route(
    ctx: &mut Ctx,
    this: Value,
    what: &str,
    set: impl FnOnce(&mut RouteFns),
) -> JsResult<Value> {
    loading(ctx, what)?;
    let id = host_id(ctx, this, TAG_ROUTE, what)? as usize;
    let h = host_or_err(ctx)?;
    match h.routes.get_mut(id) {
        Some(r) => set(r),
        None => return error::type_error(format!("{what}: unknown route")),
    }
    Ok(this)
}

macro_rules! fn_setter {
    ($($name:ident: $field:ident),*) => {$(
        fn $name(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
            let f = function_arg(ctx, args, 0, stringify!($name))?;
            on_route(ctx, this, stringify!($name), |r| r.$field = Some(f))
        }
    )*};
}

fn_setter!(handle: handle, then: then, catch: catch, finally: finally);

fn guard(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let f = function_arg(ctx, args, 0, "guard")?;
    on_route(ctx, this, "guard", |r| r.guards.push(f))
}

fn middleware(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let f = function_arg(ctx, args, 0, "middleware")?;
    on_route(ctx, this, "middleware", |r| r.middleware.push(f))
}

fn cache(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let secs = conv::to_number(ctx, args.first().copied().unwrap_or(Value::Num(60.0)))?;
    if !(secs.is_finite() && secs >= 0.0) {
        return error::type_error("cache(seconds) expects a number of seconds");
    }
    on_route(ctx, this, "cache", |r| {
        r.cache = Some(secs.min(u32::MAX as f64) as u32)
    })
}

fn assets(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let dir = string_arg(ctx, args, 0)?;
    if dir.split('/').any(|s| s == "..") || dir.starts_with('/') {
        return error::type_error(format!(
            "assets({dir:?}): the folder must be inside the tenant's folder"
        ));
    }
    on_route(ctx, this, "assets", |r| r.assets = Some(dir))
}
