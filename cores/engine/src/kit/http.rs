//! The request and response objects a handler gets: `req` carries data
//! properties (method, path, params, query, headers, cookies, ip) and reads
//! its body through methods; `res` methods set the response in the VM's
//! [`super::ResState`] and return `res`, so calls chain.

use super::{host_id, host_or_err, string_arg, Body, TAG_REQ, TAG_RES};
use kitwork_vm::builtins::Builder;
use kitwork_vm::{conv, error, Ctx, JsResult, JsStr, ObjId, Value};

pub fn install_req_proto(b: &mut Builder, proto: ObjId) {
    b.method(proto, "body", req_body, 0);
    b.method(proto, "text", req_text, 0);
    b.method(proto, "json", req_json, 0);
}

pub fn install_res_proto(b: &mut Builder, proto: ObjId) {
    b.method(proto, "status", res_status, 1);
    b.method(proto, "header", res_header, 2);
    b.method(proto, "cookie", res_cookie, 3);
    b.method(proto, "json", res_json, 1);
    b.method(proto, "text", res_text, 1);
    b.method(proto, "html", res_html, 1);
    b.method(proto, "redirect", res_redirect, 2);
    b.method(proto, "file", res_file, 1);
}

fn body_text(ctx: &mut Ctx, this: Value, what: &str) -> JsResult<String> {
    host_id(ctx, this, TAG_REQ, what)?;
    let h = host_or_err(ctx)?;
    Ok(String::from_utf8_lossy(&h.req.body).into_owned())
}

fn req_text(ctx: &mut Ctx, this: Value, _args: &[Value]) -> JsResult<Value> {
    let s = body_text(ctx, this, "req.text")?;
    ctx.heap.str_value(&s)
}

fn req_json(ctx: &mut Ctx, this: Value, _args: &[Value]) -> JsResult<Value> {
    let s = body_text(ctx, this, "req.json")?;
    if s.trim().is_empty() {
        return Ok(Value::Undefined);
    }
    kitwork_vm::builtins::json::parse::parse_text(ctx, &JsStr::from_str(&s))
}

/// The body by its content type: JSON, urlencoded form, or text.
fn req_body(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    host_id(ctx, this, TAG_REQ, "req.body")?;
    let ct = host_or_err(ctx)?.req.content_type.to_ascii_lowercase();
    if ct.starts_with("application/json") || ct.ends_with("+json") {
        return req_json(ctx, this, args);
    }
    if ct.starts_with("application/x-www-form-urlencoded") {
        let s = body_text(ctx, this, "req.body")?;
        let pairs = crate::http_util::parse_query(&s);
        return super::string_map(ctx, &pairs);
    }
    req_text(ctx, this, args)
}

fn res_status(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    host_id(ctx, this, TAG_RES, "res.status")?;
    let n = conv::to_number(ctx, args.first().copied().unwrap_or(Value::Undefined))?;
    if !(100.0..=599.0).contains(&n) || n.fract() != 0.0 {
        return error::range_error(format!("res.status: {n} is not an HTTP status (100-599)"));
    }
    host_or_err(ctx)?.res.status = n as u16;
    Ok(this)
}

fn token_ok(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

fn value_ok(s: &str) -> bool {
    s.bytes().all(|b| b == b'\t' || (b >= 0x20 && b != 0x7f))
}

fn res_header(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    host_id(ctx, this, TAG_RES, "res.header")?;
    let name = string_arg(ctx, args, 0)?;
    let value = string_arg(ctx, args, 1)?;
    if !token_ok(&name) {
        return error::type_error(format!("res.header: invalid header name {name:?}"));
    }
    if !value_ok(&value) {
        return error::type_error(format!(
            "res.header: the value of {name} contains a control character (CR, LF ...)"
        ));
    }
    let lower = name.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "content-length" | "transfer-encoding" | "connection" | "date" | "server"
    ) {
        return error::type_error(format!("res.header: {name} is set by the server"));
    }
    host_or_err(ctx)?.res.headers.push((name, value));
    Ok(this)
}

/// `res.cookie(name, value, { maxAge, path, domain, httpOnly, secure, sameSite })`.
fn res_cookie(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    host_id(ctx, this, TAG_RES, "res.cookie")?;
    let name = string_arg(ctx, args, 0)?;
    let value = string_arg(ctx, args, 1)?;
    if !token_ok(&name) {
        return error::type_error(format!("res.cookie: invalid cookie name {name:?}"));
    }
    let mut c = format!("{name}={}", crate::http_util::cookie_encode(&value));
    let mut path_set = false;
    if let Some(Value::Obj(o)) = args.get(2).copied() {
        let read = |ctx: &mut Ctx, k: &str| -> JsResult<Value> {
            let key = super::key(ctx, k)?;
            kitwork_vm::ops::get(ctx, Value::Obj(o), key)
        };
        let max_age = read(ctx, "maxAge")?;
        if !matches!(max_age, Value::Undefined) {
            let n = conv::to_number(ctx, max_age)?;
            if n.is_finite() {
                c.push_str(&format!("; Max-Age={}", n as i64));
            }
        }
        for (k, attr) in [
            ("path", "Path"),
            ("domain", "Domain"),
            ("sameSite", "SameSite"),
        ] {
            let v = read(ctx, k)?;
            if !matches!(v, Value::Undefined) {
                let s = conv::to_string(ctx, v)?;
                let s = ctx.heap.str(s).to_rust_string();
                if !value_ok(&s) || s.contains(';') {
                    return error::type_error(format!("res.cookie: invalid {k} {s:?}"));
                }
                path_set |= k == "path";
                c.push_str(&format!("; {attr}={s}"));
            }
        }
        for (k, attr) in [("httpOnly", "HttpOnly"), ("secure", "Secure")] {
            let v = read(ctx, k)?;
            if conv::to_boolean(ctx, v) {
                c.push_str(&format!("; {attr}"));
            }
        }
    }
    if !path_set {
        c.push_str("; Path=/");
    }
    host_or_err(ctx)?.res.headers.push(("Set-Cookie".into(), c));
    Ok(this)
}

fn res_json(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    host_id(ctx, this, TAG_RES, "res.json")?;
    let v = args.first().copied().unwrap_or(Value::Undefined);
    let h = host_or_err(ctx)?;
    h.res.body = Body::Json(v);
    h.res.content_type = Some("application/json");
    Ok(this)
}

fn set_text(
    ctx: &mut Ctx,
    this: Value,
    args: &[Value],
    what: &str,
    ct: &'static str,
) -> JsResult<Value> {
    host_id(ctx, this, TAG_RES, what)?;
    let s = string_arg(ctx, args, 0)?;
    let h = host_or_err(ctx)?;
    h.res.body = Body::Bytes(s.into_bytes());
    h.res.content_type = Some(ct);
    Ok(this)
}

fn res_text(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    set_text(ctx, this, args, "res.text", "text/plain; charset=utf-8")
}

fn res_html(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    set_text(ctx, this, args, "res.html", "text/html; charset=utf-8")
}

/// `res.redirect(url, status = 302)`.
fn res_redirect(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    host_id(ctx, this, TAG_RES, "res.redirect")?;
    let url = string_arg(ctx, args, 0)?;
    if !value_ok(&url) || url.is_empty() {
        return error::type_error(format!("res.redirect: invalid location {url:?}"));
    }
    let status = match args.get(1).copied() {
        None | Some(Value::Undefined) => 302,
        Some(v) => {
            let n = conv::to_number(ctx, v)?;
            if ![301.0, 302.0, 303.0, 307.0, 308.0].contains(&n) {
                return error::range_error(format!(
                    "res.redirect: {n} is not a redirect status (301, 302, 303, 307, 308)"
                ));
            }
            n as u16
        }
    };
    let h = host_or_err(ctx)?;
    h.res.status = status;
    h.res.headers.push(("Location".into(), url));
    h.res.body = Body::Bytes(Vec::new());
    h.res.content_type = Some("text/plain; charset=utf-8");
    Ok(this)
}

/// `res.file(path)`: a file of the tenant's folder, with the content type,
/// ETag/304 and Range handling of `assets/`. A path that leaves the folder,
/// names a hidden file (`.env`) or no file answers 404.
fn res_file(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    host_id(ctx, this, TAG_RES, "res.file")?;
    if !matches!(args.first(), Some(Value::Str(_))) {
        return error::type_error("res.file expects a path relative to the site's folder");
    }
    let path = string_arg(ctx, args, 0)?;
    host_or_err(ctx)?.res.body = Body::File(path);
    Ok(this)
}
