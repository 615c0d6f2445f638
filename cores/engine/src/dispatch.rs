//! One request through a route's lifecycle in a VM:
//! `guard -> middleware -> handle -> then`, an error to `catch`, always
//! `finally`. A VM that waits on I/O is suspended and resumed here, so the
//! core serves other connections meanwhile.

use crate::kit::{self, Body, GroupFns, TAG_REQ, TAG_RES};
use crate::tenant::{vm_host, vm_host_mut, Image};
use kitwork_vm::{error::RunError, ops, Outcome, Value, Vm};

/// A response before it is written.
#[derive(Clone, Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn text(status: u16, body: &str) -> Reply {
        Reply {
            status,
            headers: vec![("Content-Type".into(), "text/plain; charset=utf-8".into())],
            body: body.as_bytes().to_vec(),
        }
    }
}

/// What the handler sees of the HTTP request.
pub struct Incoming<'a> {
    pub method: &'a str,
    pub target: &'a str,
    pub path: &'a str,
    pub query: &'a str,
    pub headers: &'a [(String, String)],
    pub body: Vec<u8>,
    pub ip: &'a str,
}

impl<'a> Incoming<'a> {
    /// What the handler sees of `request`, whose decoded path is `path`.
    pub fn of(request: &'a kitwork_http::Request, path: &'a str, ip: &'a str) -> Incoming<'a> {
        Incoming {
            method: request.method.as_str(),
            target: &request.target,
            path,
            query: request.query(),
            headers: &request.headers,
            body: request.body.clone(),
            ip,
        }
    }
}

/// Runs `f(args)` to completion, awaiting every I/O the VM waits on.
pub async fn call(vm: &mut Vm, f: Value, this: Value, args: &[Value]) -> Result<Value, RunError> {
    let outcome = vm.call(f, this, args);
    drive(vm, outcome).await
}

/// Drives a run to its end: each suspension (an I/O wait, or a yield every
/// `yield_every` units of energy so one long run never holds the core) is
/// awaited, then the VM resumes.
pub async fn drive(vm: &mut Vm, mut outcome: Outcome) -> Result<Value, RunError> {
    loop {
        match outcome {
            Outcome::Done(v) => return Ok(v),
            Outcome::Error(e) => return Err(e),
            Outcome::Suspended(pending) => {
                // Only tenant VMs carry a VmHost (the exec API's do not).
                let tx = vm
                    .ctx
                    .host
                    .as_ref()
                    .and_then(|h| h.downcast_ref::<kit::VmHost>())
                    .is_some_and(|h| h.db.tx_request.is_some());
                outcome = if tx {
                    drop(pending);
                    // Boxed: a transaction's callback is driven from here.
                    Box::pin(kit::database::run_transaction(vm)).await
                } else {
                    let r = pending.await;
                    vm.resume(r)
                };
            }
        }
    }
}

/// The functions of a route's lifecycle, outermost first.
struct Plan {
    guards: Vec<Value>,
    middleware: Vec<Value>,
    handle: Option<Value>,
    then: Option<Value>,
    catch: Option<Value>,
    finally: Option<Value>,
}

fn plan(vm: &Vm, route: u32) -> Option<Plan> {
    let h = vm_host(vm);
    let r = h.routes.get(route as usize)?;
    let mut chain: Vec<&GroupFns> = Vec::new();
    let mut at = r.group;
    while let Some(g) = at.and_then(|i| h.groups.get(i as usize)) {
        chain.push(g);
        at = g.parent;
    }
    chain.reverse();
    let mut guards = Vec::new();
    let mut middleware = h.uses.clone();
    for g in &chain {
        guards.extend_from_slice(&g.guards);
        middleware.extend_from_slice(&g.middleware);
    }
    guards.extend_from_slice(&r.guards);
    middleware.extend_from_slice(&r.middleware);
    Some(Plan {
        guards,
        middleware,
        handle: r.handle,
        then: r.then,
        catch: r.catch,
        finally: r.finally,
    })
}

fn build_req(vm: &mut Vm, inc: &Incoming, params: &[(String, String)]) -> Result<Value, RunError> {
    let ctx = &mut vm.ctx;
    let go = |ctx: &mut kitwork_vm::Ctx| -> kitwork_vm::JsResult<Value> {
        let protos = kit::protos();
        let k = &protos.req_keys;
        let req = kit::new_host(ctx, protos.req, TAG_REQ, 0)?;
        let Value::Obj(o) = req else { unreachable!() };
        let m = match k.methods.iter().find(|(n, _)| *n == inc.method) {
            Some(&(_, s)) => Value::Str(s),
            None => kit::plain_str(ctx, inc.method)?,
        };
        let p = kit::plain_str(ctx, inc.path)?;
        let u = kit::plain_str(ctx, inc.target)?;
        let ps = kit::string_map(ctx, params)?;
        let q = kit::string_map(ctx, &crate::http_util::parse_query(inc.query))?;
        let hs = kit::header_map(ctx, inc.headers, &k.header_names)?;
        let cookies = inc
            .headers
            .iter()
            .filter(|(k, _)| k == "cookie")
            .flat_map(|(_, v)| crate::http_util::parse_cookies(v))
            .collect::<Vec<_>>();
        let c = kit::string_map(ctx, &cookies)?;
        let ip = kit::plain_str(ctx, inc.ip)?;
        // Its eight properties in one list (distinct layer-0 atoms, none an
        // index), charged as `define` would.
        let keys = [
            k.method, k.path, k.url, k.params, k.query, k.headers, k.cookies, k.ip,
        ];
        ctx.heap.obj_mut(o)?.props =
            kitwork_vm::object::Props::from_named(&keys, vec![m, p, u, ps, q, hs, c, ip]);
        ctx.heap.charge(24 * keys.len())?;
        Ok(req)
    };
    go(ctx).map_err(|i| RunError {
        kind: kitwork_vm::ErrorKind::Js(kitwork_vm::JsErrorKind::Error),
        message: match i {
            kitwork_vm::Interrupt::Error(_, m) => m,
            _ => "request too large for the VM".into(),
        },
        pos: None,
    })
}

/// An error as a value for `catch(err, req, res)`.
fn error_value(vm: &mut Vm, e: &RunError) -> Value {
    let mut fields = vec![
        (
            "name".to_string(),
            kitwork_vm::HostValue::Str(e.kind.name().to_string()),
        ),
        (
            "message".to_string(),
            kitwork_vm::HostValue::Str(e.message.clone()),
        ),
    ];
    if let Some(p) = &e.pos {
        fields.push(("file".into(), kitwork_vm::HostValue::Str(p.file.clone())));
        fields.push(("line".into(), kitwork_vm::HostValue::Num(p.line as f64)));
        fields.push(("column".into(), kitwork_vm::HostValue::Num(p.col as f64)));
    }
    kitwork_vm::host::to_value(&mut vm.ctx, &kitwork_vm::HostValue::Object(fields))
        .unwrap_or(Value::Undefined)
}

/// Where a run ended.
enum Step {
    Next,
    /// The response is decided (a guard or middleware answered).
    Answered,
}

/// Runs route `route` of `image` for one request in `vm`.
pub async fn run(
    vm: &mut Vm,
    image: &Image,
    route: u32,
    inc: Incoming<'_>,
    params: &[(String, String)],
    development: bool,
) -> Reply {
    let Some(plan) = plan(vm, route) else {
        return Reply::text(500, "Internal Server Error");
    };
    {
        let h = vm_host_mut(vm);
        h.reset_request();
        h.req.content_type = inc
            .headers
            .iter()
            .find(|(k, _)| k == "content-type")
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
    }
    let req = match build_req(vm, &inc, params) {
        Ok(r) => r,
        Err(e) => return fail_reply(image, &e, development),
    };
    vm_host_mut(vm).req.body = inc.body;
    let res = match kit::new_host(&mut vm.ctx, kit::protos().res, TAG_RES, 0) {
        Ok(r) => r,
        Err(_) => return Reply::text(500, "Internal Server Error"),
    };
    let args = [req, res];
    let outcome = lifecycle(vm, &plan, &args).await;
    let mut error = None;
    let mut result = Value::Undefined;
    match outcome {
        Ok(v) => result = v,
        Err(e) => {
            log_error(image, &e);
            match plan.catch {
                Some(c) => {
                    vm_host_mut(vm).res = kit::ResState::default();
                    let ev = error_value(vm, &e);
                    if let Err(e2) = call(vm, c, Value::Undefined, &[ev, req, res]).await {
                        log_error(image, &e2);
                        error = Some(e2);
                    }
                }
                None => error = Some(e),
            }
        }
    }
    if let Some(f) = plan.finally {
        if let Err(e) = call(vm, f, Value::Undefined, &args).await {
            log_error(image, &e);
            error.get_or_insert(e);
        }
    }
    if let Some(e) = error {
        return fail_reply(image, &e, development);
    }
    if let Body::File(path) = &vm_host(vm).res.body {
        return file_reply(image, path, &vm_host(vm).res, inc.headers);
    }
    match finish(vm, result, res).await {
        Ok(r) => r,
        Err(e) => {
            log_error(image, &e);
            fail_reply(image, &e, development)
        }
    }
}

async fn lifecycle(vm: &mut Vm, plan: &Plan, args: &[Value; 2]) -> Result<Value, RunError> {
    for g in &plan.guards {
        let v = call(vm, *g, Value::Undefined, args).await?;
        if vm_host(vm).res.is_set() {
            return Ok(Value::Undefined);
        }
        if matches!(v, Value::Bool(false)) {
            let h = vm_host_mut(vm);
            h.res.status = 403;
            h.res.body = Body::Bytes(b"Forbidden".to_vec());
            h.res.content_type = Some("text/plain; charset=utf-8");
            return Ok(Value::Undefined);
        }
    }
    for m in &plan.middleware {
        if let Step::Answered = step(vm, *m, args).await? {
            return Ok(Value::Undefined);
        }
    }
    let Some(handle) = plan.handle else {
        return Ok(Value::Undefined);
    };
    let mut v = call(vm, handle, Value::Undefined, args).await?;
    if let Some(t) = plan.then {
        let w = call(vm, t, Value::Undefined, &[args[0], args[1], v]).await?;
        if !matches!(w, Value::Undefined) {
            v = w;
        }
    }
    Ok(v)
}

async fn step(vm: &mut Vm, f: Value, args: &[Value; 2]) -> Result<Step, RunError> {
    call(vm, f, Value::Undefined, args).await?;
    Ok(if vm_host(vm).res.is_set() {
        Step::Answered
    } else {
        Step::Next
    })
}

/// The response from `res` or from the handler's return value.
async fn finish(vm: &mut Vm, result: Value, res: Value) -> Result<Reply, RunError> {
    let mut state = std::mem::take(&mut vm_host_mut(vm).res);
    let is_res = matches!((result, res), (Value::Obj(a), Value::Obj(b)) if a == b);
    if matches!(state.body, Body::None) && !is_res {
        state.body = match result {
            Value::Undefined => Body::None,
            Value::Str(s) => {
                state.content_type = Some("text/plain; charset=utf-8");
                Body::Bytes(vm.ctx.heap.str(s).to_utf8_bytes())
            }
            v => {
                state.content_type = Some("application/json");
                Body::Json(v)
            }
        };
    }
    let body = match state.body {
        Body::None => {
            if state.status == 200 {
                state.status = 204;
            }
            Vec::new()
        }
        Body::Bytes(b) => b,
        // `run` answers a file before it calls `finish`.
        Body::File(_) => Vec::new(),
        // Straight to UTF-8; through the VM's JSON.stringify when that
        // fails (a closure `toJSON`, or an error the VM reports with its
        // position and limit handling).
        Body::Json(v) => match kitwork_vm::builtins::json::stringify_utf8(&mut vm.ctx, v) {
            Ok(Some(bytes)) => bytes,
            Ok(None) => b"null".to_vec(),
            Err(_) => {
                let f = json_stringify(vm);
                match call(vm, f, Value::Undefined, &[v]).await? {
                    Value::Str(s) => vm.ctx.heap.str(s).to_utf8_bytes(),
                    _ => b"null".to_vec(),
                }
            }
        },
    };
    let mut headers = state.headers;
    if let Some(ct) = state.content_type {
        if !headers
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case("content-type"))
        {
            headers.push(("Content-Type".into(), ct.into()));
        }
    }
    Ok(Reply {
        status: state.status,
        headers,
        body,
    })
}

/// `res.file`'s answer: the file's status and headers, with the handler's
/// own headers (a Content-Type there wins) and a status it set for a
/// whole file (`res.status(404).file("views/404.html")`).
fn file_reply(
    image: &Image,
    path: &str,
    state: &kit::ResState,
    headers: &[(String, String)],
) -> Reply {
    let Some(file) = crate::assets::resolve(image, "", path) else {
        return Reply::text(404, "Not Found");
    };
    let mut reply = crate::assets::file_reply(&file, |name| {
        headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    });
    if reply.status == 200 {
        reply.status = state.status;
    }
    for (k, v) in &state.headers {
        if k.eq_ignore_ascii_case("content-type") {
            reply
                .headers
                .retain(|(h, _)| !h.eq_ignore_ascii_case("content-type"));
        }
        reply.headers.push((k.clone(), v.clone()));
    }
    reply
}

fn json_stringify(vm: &mut Vm) -> Value {
    let b = kit::builtins();
    let i = kitwork_vm::builtins::GLOBAL_NAMES
        .iter()
        .position(|n| *n == "JSON")
        .unwrap_or(0);
    let json = b.globals.get(i).copied().unwrap_or(Value::Undefined);
    match kit::key(&mut vm.ctx, "stringify") {
        Ok(k) => ops::get(&mut vm.ctx, json, k).unwrap_or(Value::Undefined),
        Err(_) => Value::Undefined,
    }
}

pub fn log_error(image: &Image, e: &RunError) {
    eprintln!("error tenant={} {e}", image.domain);
}

fn fail_reply(_image: &Image, e: &RunError, development: bool) -> Reply {
    if development {
        Reply::text(500, &format!("Internal Server Error\n\n{e}\n"))
    } else {
        Reply::text(500, "Internal Server Error")
    }
}
