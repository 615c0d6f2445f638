//! The `kitwork` module tenants import: `router`, `server`, `env`,
//! `database`, `log`, `fail`. Its natives live in layer 0 (built once per
//! process); what they act on lives in the VM's [`VmHost`] (routes while a
//! tenant loads, the request and response while a handler runs).
//!
//! Files: `mod.rs` (install, shared helpers), `routes.rs` (router, groups,
//! route builders), `http.rs` (request and response objects),
//! `server.rs` (`server.run` of the bootstrap), `database.rs`.

pub mod database;
pub mod http;
pub mod routes;
pub mod server;

use crate::router::Method;
use kitwork_vm::builtins::{Builder, Builtins};
use kitwork_vm::conv::{self, Key};
use kitwork_vm::object::{ObjKind, Object};
use kitwork_vm::{error, Ctx, JsResult, JsStr, ObjId, Value};
use std::sync::OnceLock;

/// Tags of the engine's host objects.
pub const TAG_ROUTE: u32 = 1;
pub const TAG_GROUP: u32 = 2;
pub const TAG_REQ: u32 = 3;
pub const TAG_RES: u32 = 4;
pub const TAG_DB: u32 = 5;
pub const TAG_QUERY: u32 = 6;

/// Prototypes of the host objects, made once in layer 0.
pub struct Protos {
    pub route: ObjId,
    pub group: ObjId,
    pub req: ObjId,
    pub res: ObjId,
    pub db: ObjId,
    pub query: ObjId,
    /// The names of `req`'s data properties, interned in layer 0 (no
    /// lookup per request).
    pub req_keys: ReqKeys,
}

/// Layer-0 atoms of `req.method`, `req.path` ...
pub struct ReqKeys {
    pub method: kitwork_vm::StrId,
    pub path: kitwork_vm::StrId,
    pub url: kitwork_vm::StrId,
    pub params: kitwork_vm::StrId,
    pub query: kitwork_vm::StrId,
    pub headers: kitwork_vm::StrId,
    pub cookies: kitwork_vm::StrId,
    pub ip: kitwork_vm::StrId,
    /// Common request header names (lower case, as parsed), for
    /// `req.headers` without interning them per request.
    pub header_names: Vec<(&'static str, kitwork_vm::StrId)>,
    /// The request methods as layer-0 strings, for `req.method`.
    pub methods: Vec<(&'static str, kitwork_vm::StrId)>,
}

/// The header names [`ReqKeys::header_names`] holds.
const COMMON_HEADERS: &[&str] = &[
    "host",
    "user-agent",
    "accept",
    "accept-encoding",
    "accept-language",
    "connection",
    "content-type",
    "content-length",
    "cookie",
    "authorization",
    "referer",
    "origin",
    "cache-control",
    "pragma",
    "upgrade-insecure-requests",
    "if-none-match",
    "if-modified-since",
    "x-forwarded-for",
    "x-forwarded-proto",
    "x-real-ip",
    "x-requested-with",
];

static PROTOS: OnceLock<Protos> = OnceLock::new();

pub fn protos() -> &'static Protos {
    PROTOS.get().expect("kitwork builtins are built first")
}

/// The process's built-ins with the `kitwork` module.
pub fn builtins() -> &'static Builtins {
    static B: OnceLock<Builtins> = OnceLock::new();
    B.get_or_init(|| kitwork_vm::builtins::build_with(Some(install)))
}

/// `GetBuiltin` index of `kitwork.env` (each VM gets its own value).
pub fn env_index() -> usize {
    builtins()
        .names
        .iter()
        .position(|n| *n == "kitwork.env")
        .expect("kitwork.env is installed")
}

fn install(b: &mut Builder) -> Vec<(&'static str, Value)> {
    let route = b.object();
    routes::install_route_proto(b, route);
    let group = b.object();
    routes::install_group_proto(b, group);
    let req = b.object();
    http::install_req_proto(b, req);
    let res = b.object();
    http::install_res_proto(b, res);
    let db = b.object();
    let query = b.object();
    database::install_protos(b, db, query);
    let req_keys = ReqKeys {
        method: b.atom("method"),
        path: b.atom("path"),
        url: b.atom("url"),
        params: b.atom("params"),
        query: b.atom("query"),
        headers: b.atom("headers"),
        cookies: b.atom("cookies"),
        ip: b.atom("ip"),
        header_names: COMMON_HEADERS.iter().map(|&h| (h, b.atom(h))).collect(),
        methods: ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]
            .iter()
            .map(|&m| (m, b.atom(m)))
            .collect(),
    };
    let _ = PROTOS.set(Protos {
        req_keys,
        route,
        group,
        req,
        res,
        db,
        query,
    });

    let router = b.object();
    routes::install_router(b, router);
    let server = b.object();
    b.method(server, "run", server::run, 1);
    let database = b.object();
    b.method(database, "connect", database::connect, 1);
    let env = b.object();
    let log = b.native("log", log, 1);
    let fail = b.native("fail", fail, 1);
    vec![
        ("kitwork.router", Value::Obj(router)),
        ("kitwork.server", Value::Obj(server)),
        ("kitwork.database", Value::Obj(database)),
        ("kitwork.env", Value::Obj(env)),
        ("kitwork.log", Value::Obj(log)),
        ("kitwork.fail", Value::Obj(fail)),
    ]
}

/// `fail(message)`, also importable from "kitwork".
fn fail(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    let msg = string_arg(ctx, args, 0)?;
    Err(kitwork_vm::Interrupt::Error(
        kitwork_vm::ErrorKind::Fail,
        msg,
    ))
}

/// `log(...values)`: one line on the tenant's log (stderr of the server).
fn log(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    let mut line = String::new();
    for (i, v) in args.iter().enumerate() {
        if i > 0 {
            line.push(' ');
        }
        let s = conv::to_string(ctx, *v)?;
        line.push_str(&ctx.heap.str(s).to_rust_string());
    }
    let who = host(ctx).map(|h| h.tenant.clone()).unwrap_or_default();
    eprintln!("log tenant={who} {line}");
    Ok(Value::Undefined)
}

/// One route as a VM knows it: its pattern and the functions of its
/// lifecycle (values of this VM's module state).
#[derive(Clone, Debug)]
pub struct RouteFns {
    pub method: Method,
    pub pattern: String,
    pub group: Option<u32>,
    pub handle: Option<Value>,
    pub then: Option<Value>,
    pub catch: Option<Value>,
    pub finally: Option<Value>,
    pub guards: Vec<Value>,
    pub middleware: Vec<Value>,
    /// `.assets(dir)`: files under the tenant's `dir` served at this route.
    pub assets: Option<String>,
    /// `.cache(seconds)`: the response is kept per path for that long.
    pub cache: Option<u32>,
}

#[derive(Clone, Debug, Default)]
pub struct GroupFns {
    pub prefix: String,
    pub parent: Option<u32>,
    pub guards: Vec<Value>,
    pub middleware: Vec<Value>,
}

/// What a handler set on `res`.
#[derive(Clone, Debug, Default)]
pub enum Body {
    #[default]
    None,
    Bytes(Vec<u8>),
    /// Serialized with JSON.stringify after the handler returns.
    Json(Value),
    /// A file of the tenant's folder (`res.file`), read after the handler
    /// returns.
    File(String),
}

#[derive(Clone, Debug)]
pub struct ResState {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Body,
    pub content_type: Option<&'static str>,
}

impl Default for ResState {
    fn default() -> ResState {
        ResState {
            status: 200,
            headers: Vec::new(),
            body: Body::None,
            content_type: None,
        }
    }
}

impl ResState {
    pub fn is_set(&self) -> bool {
        !matches!(self.body, Body::None)
    }
}

/// The request's body as the handler may read it.
#[derive(Default)]
pub struct ReqState {
    pub body: Vec<u8>,
    pub content_type: String,
}

/// The engine's data in a VM (`ctx.host`).
#[derive(Default)]
pub struct VmHost {
    pub tenant: String,
    /// True while module top-level code runs: routes may be registered.
    pub loading: bool,
    pub routes: Vec<RouteFns>,
    pub groups: Vec<GroupFns>,
    /// `router.use(fn)`: middleware of every route.
    pub uses: Vec<Value>,
    pub req: ReqState,
    pub res: ResState,
    /// `server.run(config)` of the bootstrap (the host VM only).
    pub server_config: Option<kitwork_vm::HostValue>,
    pub is_bootstrap: bool,
    /// Database aliases this tenant may connect to, and the open handles.
    pub db: database::DbHost,
}

impl VmHost {
    pub fn reset_request(&mut self) {
        self.db.reset();
        self.req.body.clear();
        self.req.content_type.clear();
        self.res = ResState::default();
    }
}

pub fn host(ctx: &mut Ctx) -> Option<&mut VmHost> {
    ctx.host.as_mut().and_then(|h| h.downcast_mut::<VmHost>())
}

pub fn host_or_err(ctx: &mut Ctx) -> JsResult<&mut VmHost> {
    match host(ctx) {
        Some(h) => Ok(h),
        None => error::type_error("the kitwork module is only available in the server"),
    }
}

/// A new host object of `tag`/`id` over `proto`.
pub fn new_host(ctx: &mut Ctx, proto: ObjId, tag: u32, id: u64) -> JsResult<Value> {
    Ok(Value::Obj(ctx.heap.alloc(Object::new(
        Some(proto),
        ObjKind::Host { tag, id },
    ))?))
}

/// The id of a host object of `tag`, or a TypeError naming `what`.
pub fn host_id(ctx: &Ctx, v: Value, tag: u32, what: &str) -> JsResult<u64> {
    if let Value::Obj(o) = v {
        if let ObjKind::Host { tag: t, id } = ctx.heap.obj(o).kind {
            if t == tag {
                return Ok(id);
            }
        }
    }
    error::type_error(format!("{what} called on the wrong object"))
}

pub fn string_arg(ctx: &mut Ctx, args: &[Value], i: usize) -> JsResult<String> {
    let v = args.get(i).copied().unwrap_or(Value::Undefined);
    let s = conv::to_string(ctx, v)?;
    Ok(ctx.heap.str(s).to_rust_string())
}

pub fn function_arg(ctx: &Ctx, args: &[Value], i: usize, what: &str) -> JsResult<Value> {
    let v = args.get(i).copied().unwrap_or(Value::Undefined);
    if ctx.heap.is_callable(v) {
        Ok(v)
    } else {
        error::type_error(format!("{what} expects a function"))
    }
}

pub fn key(ctx: &mut Ctx, name: &str) -> JsResult<Key> {
    Ok(Key::Atom(ctx.heap.intern(JsStr::from_str(name))?))
}

/// `o[name] = v` as a data property.
pub fn put(ctx: &mut Ctx, o: ObjId, name: &str, v: Value) -> JsResult<()> {
    let k = key(ctx, name)?;
    kitwork_vm::ops::define(ctx, o, k, v)
}

pub fn str_value(ctx: &mut Ctx, s: &str) -> JsResult<Value> {
    ctx.heap.str_value(s)
}

/// A string value, not interned (request data: read, rarely a key).
pub fn plain_str(ctx: &mut Ctx, s: &str) -> JsResult<Value> {
    Ok(Value::Str(ctx.heap.alloc_str(JsStr::from_str(s))?))
}

/// `req.headers`: [`string_map`] with the common names' layer-0 atoms
/// looked up by text instead of interned per request.
pub fn header_map(
    ctx: &mut Ctx,
    pairs: &[(String, String)],
    names: &[(&'static str, kitwork_vm::StrId)],
) -> JsResult<Value> {
    let o = kitwork_vm::ops::new_object_with(ctx, pairs.len())?;
    for (k, v) in pairs {
        let v = plain_str(ctx, v)?;
        let key = match names.iter().find(|(n, _)| *n == k.as_str()) {
            Some(&(_, atom)) => Key::Atom(atom),
            None => {
                let kv = str_value(ctx, k)?;
                conv::to_key(ctx, kv)?
            }
        };
        kitwork_vm::ops::define(ctx, o, key, v)?;
    }
    Ok(Value::Obj(o))
}

/// A plain object of string values (headers, query, params, cookies).
pub fn string_map(ctx: &mut Ctx, pairs: &[(String, String)]) -> JsResult<Value> {
    let o = kitwork_vm::ops::new_object_with(ctx, pairs.len())?;
    for (k, v) in pairs {
        let v = plain_str(ctx, v)?;
        let kv = str_value(ctx, k)?;
        let k = conv::to_key(ctx, kv)?;
        kitwork_vm::ops::define(ctx, o, k, v)?;
    }
    Ok(Value::Obj(o))
}
