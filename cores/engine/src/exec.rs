//! The code-execution API: `POST /api/v1/execute`, `GET /api/v1/languages`,
//! `GET /api/v1/health`, with the envelope of the popular execution service
//! it stands in for (`success`, `statusCode`, `message`, `data`,
//! `timestamp`; errors add `errors: []`). Off unless `server.run` has
//! `exec: { port | hostname, token }`.
//!
//! Each snippet runs in a fresh VM state on the shard that received it: a
//! pooled VM is reset after every run (its whole run region dropped), and
//! built-ins are immutable, so nothing one snippet does is seen by the
//! next. Bounds: the timeout becomes an energy budget, memory is capped,
//! output is capped and truncated with a marker, code size is capped.

use crate::dispatch::Reply;
use kitwork_lang::compiler::{compile_graph, Options};
use kitwork_lang::modules::MemLoader;
use kitwork_vm::{builtins::builtin_names, Console, Limits, Vm};
use serde_json::{json, Value as Json};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

/// Largest snippet accepted, in bytes.
pub const MAX_CODE: usize = 64 << 10;
/// Output kept per execution; more is cut and marked.
pub const MAX_OUTPUT: usize = 1 << 20;
pub const DEFAULT_TIMEOUT_MS: u64 = 5_000;
pub const MAX_TIMEOUT_MS: u64 = 30_000;
/// Energy units per millisecond of timeout (dispatch runs ~300 units/µs).
const ENERGY_PER_MS: u64 = 300_000;
pub const MAX_MEMORY: usize = 128 << 20;
/// Snippets running at once on a shard (they interleave at yields).
pub const MAX_RUNNING: usize = 8;
/// Requests waiting for a slot before 503.
pub const MAX_QUEUE: u64 = 256;
/// Energy between yields to the other connections of the core.
const YIELD_EVERY: u64 = 100_000;
const TRUNCATED: &str = "\n...[output truncated at 1 MB]";

/// Languages and their aliases.
const LANGUAGES: &[(&str, &[&str], &str)] = &[
    (
        "javascript",
        &["js", "javascript", "node"],
        "kitwork dialect (ES2023 subset)",
    ),
    (
        "typescript",
        &["ts", "typescript"],
        "kitwork dialect with TypeScript types erased",
    ),
];

/// Live figures of one shard, readable from any shard (relaxed atomics).
#[derive(Default)]
pub struct Stats {
    pub busy: AtomicU64,
    pub idle: AtomicU64,
    pub queued: AtomicU64,
    pub executions: AtomicU64,
    pub failures: AtomicU64,
    pub total_us: AtomicU64,
}

/// A pooled VM with its console's output. Boxed: a `Vm` is a few KB,
/// moved in and out of the pool per request.
type Pooled = (Box<Vm>, Rc<RefCell<Output>>);

/// The exec API's state on one shard.
pub struct ExecShard {
    pub stats: Arc<[Stats]>,
    pub shard: usize,
    pool: RefCell<Vec<Pooled>>,
    /// Requests admitted and not finished on this shard.
    waiting: Cell<u64>,
    slots: glommio::sync::Semaphore,
    /// Compiled snippets by source, JavaScript then TypeScript (graders
    /// and playgrounds send the same code again and again); cleared when
    /// full. Looked up by `&str`: a hit allocates nothing.
    compiled: RefCell<[ahash::AHashMap<String, Arc<kitwork_lang::bytecode::Program>>; 2]>,
}

/// Snippets kept compiled per shard.
const COMPILED_CACHE: usize = 512;

#[derive(Default)]
struct Output {
    text: String,
    truncated: bool,
}

struct CappedConsole(Rc<RefCell<Output>>);

impl CappedConsole {
    fn push(&mut self, line: &str) {
        let mut o = self.0.borrow_mut();
        if o.truncated {
            return;
        }
        if o.text.len() + line.len() + 1 > MAX_OUTPUT {
            let room = MAX_OUTPUT.saturating_sub(o.text.len());
            let mut cut = room.min(line.len());
            while !line.is_char_boundary(cut) {
                cut -= 1;
            }
            o.text.push_str(&line[..cut]);
            o.truncated = true;
            return;
        }
        o.text.push_str(line);
        o.text.push('\n');
    }
}

impl Console for CappedConsole {
    fn log(&mut self, line: &str) {
        self.push(line);
    }
    fn error(&mut self, line: &str) {
        self.push(line);
    }
}

/// Appends the current time as an ISO-8601 UTC timestamp with
/// milliseconds (`2026-12-05T23:45:06.616Z`), as `toISOString` writes it.
fn iso_now_into(buf: &mut Vec<u8>) {
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    let iso = kitwork_vm::builtins::json::stringify::date_iso_string(ms as f64);
    buf.extend_from_slice(iso.unwrap_or_default().as_bytes());
}

/// Appends the last `width` decimal digits of `n` (n >= 0), zero-padded.
fn push_digits(buf: &mut Vec<u8>, n: i64, width: u32) {
    for i in (0..width).rev() {
        buf.push(b'0' + (n / 10_i64.pow(i) % 10) as u8);
    }
}

/// Appends `s` as a JSON string.
fn json_str(buf: &mut Vec<u8>, s: &str) {
    // Writing into a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *buf, s);
}

/// Appends a reply's `data` object.
type DataWriter<'a> = dyn FnMut(&mut Vec<u8>) + 'a;

/// The reply's envelope, written straight into bytes with the keys in the
/// order serde_json's sorted map gave them (`data`, `errors`, `message`,
/// `statusCode`, `success`, `timestamp`). `data` appends the data object.
fn envelope_with(
    status: u16,
    message: &str,
    data: Option<&mut DataWriter>,
    errors: Option<&[Json]>,
) -> Reply {
    let mut b = Vec::with_capacity(256);
    b.push(b'{');
    if let Some(d) = data {
        b.extend_from_slice(b"\"data\":");
        d(&mut b);
        b.push(b',');
    }
    if let Some(e) = errors {
        b.extend_from_slice(b"\"errors\":");
        let _ = serde_json::to_writer(&mut b, e);
        b.push(b',');
    }
    b.extend_from_slice(b"\"message\":");
    json_str(&mut b, message);
    b.extend_from_slice(b",\"statusCode\":");
    // Statuses here are 100..=999.
    push_digits(&mut b, i64::from(status), 3);
    b.extend_from_slice(if (200..300).contains(&status) {
        b",\"success\":true,\"timestamp\":\""
    } else {
        b",\"success\":false,\"timestamp\":\""
    });
    iso_now_into(&mut b);
    b.extend_from_slice(b"\"}");
    Reply {
        status,
        headers: vec![("Content-Type".into(), "application/json".into())],
        body: b,
    }
}

fn envelope(status: u16, message: &str, data: Option<Json>, errors: Option<Vec<Json>>) -> Reply {
    match data {
        Some(d) => envelope_with(
            status,
            message,
            Some(&mut |b: &mut Vec<u8>| {
                let _ = serde_json::to_writer(&mut *b, &d);
            }),
            errors.as_deref(),
        ),
        None => envelope_with(status, message, None, errors.as_deref()),
    }
}

fn refuse(status: u16, field: &str, message: &str) -> Reply {
    envelope(
        status,
        message,
        None,
        Some(vec![json!({ "field": field, "message": message })]),
    )
}

impl ExecShard {
    pub fn new(shard: usize, stats: Arc<[Stats]>) -> ExecShard {
        ExecShard {
            stats,
            shard,
            pool: RefCell::new(Vec::new()),
            waiting: Cell::new(0),
            slots: glommio::sync::Semaphore::new(MAX_RUNNING as u64),
            compiled: RefCell::new([ahash::AHashMap::new(), ahash::AHashMap::new()]),
        }
    }

    fn my(&self) -> &Stats {
        &self.stats[self.shard]
    }

    /// Answers one request to the API.
    pub async fn handle(
        &self,
        method: &str,
        path: &str,
        req: &kitwork_http::Request,
        token: Option<&str>,
    ) -> Reply {
        if let Some(t) = token {
            let ok = req
                .header("authorization")
                .and_then(|h| h.strip_prefix("Bearer "))
                .is_some_and(|given| constant_time_eq(given.trim().as_bytes(), t.as_bytes()));
            if !ok {
                let mut r = refuse(401, "authorization", "Missing or invalid bearer token");
                r.headers.push(("WWW-Authenticate".into(), "Bearer".into()));
                return r;
            }
        }
        match (method, path.trim_end_matches('/')) {
            ("POST", "/api/v1/execute") => self.execute(&req.body).await,
            ("GET" | "HEAD", "/api/v1/languages") => self.languages(),
            ("GET" | "HEAD", "/api/v1/health") => self.health(),
            (_, "/api/v1/execute" | "/api/v1/languages" | "/api/v1/health") => {
                let mut r = refuse(
                    405,
                    "method",
                    &format!("Method {method} is not allowed here"),
                );
                let allow = if path.ends_with("execute") {
                    "POST"
                } else {
                    "GET, HEAD"
                };
                r.headers.push(("Allow".into(), allow.into()));
                r
            }
            _ => refuse(404, "path", &format!("No endpoint at {path}")),
        }
    }

    fn languages(&self) -> Reply {
        let langs: Vec<Json> = LANGUAGES
            .iter()
            .map(|(name, aliases, version)| json!({ "name": name, "aliases": aliases, "version": version }))
            .collect();
        envelope(
            200,
            "Supported languages",
            Some(json!({ "languages": langs })),
            None,
        )
    }

    fn health(&self) -> Reply {
        let shards: Vec<Json> = self
            .stats
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let n = s.executions.load(Ordering::Relaxed);
                let total = s.total_us.load(Ordering::Relaxed);
                json!({
                    "shard": i,
                    "vmsBusy": s.busy.load(Ordering::Relaxed),
                    "vmsIdle": s.idle.load(Ordering::Relaxed),
                    "queued": s.queued.load(Ordering::Relaxed),
                    "executions": n,
                    "failures": s.failures.load(Ordering::Relaxed),
                    "averageTime": if n == 0 { 0.0 } else { total as f64 / n as f64 / 1000.0 },
                })
            })
            .collect();
        envelope(
            200,
            "Service is healthy",
            Some(json!({ "status": "healthy", "shards": shards })),
            None,
        )
    }

    async fn execute(&self, body: &[u8]) -> Reply {
        let (code, typescript, timeout) = match parse_request(body) {
            Ok(r) => r,
            Err(refusal) => return refusal,
        };
        // `waiting` counts the running ones too: MAX_QUEUE more may wait.
        if self.waiting.get() >= MAX_RUNNING as u64 + MAX_QUEUE {
            let mut r = refuse(
                503,
                "queue",
                "All execution slots of this server are busy; retry shortly",
            );
            r.headers.push(("Retry-After".into(), "1".into()));
            return r;
        }
        self.waiting.set(self.waiting.get() + 1);
        self.my().queued.fetch_add(1, Ordering::Relaxed);
        let permit = self.slots.acquire_permit(1).await;
        self.my().queued.fetch_sub(1, Ordering::Relaxed);
        let result = self.run(&code, typescript, timeout).await;
        drop(permit);
        self.waiting.set(self.waiting.get() - 1);
        result
    }

    /// The program of a snippet, from the cache or compiled now.
    fn compile(
        &self,
        code: &str,
        typescript: bool,
    ) -> Result<Arc<kitwork_lang::bytecode::Program>, String> {
        let lang = usize::from(typescript);
        if let Some(p) = self.compiled.borrow()[lang].get(code) {
            return Ok(p.clone());
        }
        let p = Arc::new(compile_snippet(code, typescript)?);
        let mut c = self.compiled.borrow_mut();
        if c[0].len() + c[1].len() >= COMPILED_CACHE {
            c[0].clear();
            c[1].clear();
        }
        c[lang].insert(code.to_string(), p.clone());
        Ok(p)
    }

    fn acquire(&self) -> Pooled {
        if let Some(v) = self.pool.borrow_mut().pop() {
            self.my().idle.fetch_sub(1, Ordering::Relaxed);
            return v;
        }
        let out = Rc::new(RefCell::new(Output::default()));
        let limits = Limits {
            max_memory: MAX_MEMORY,
            yield_every: YIELD_EVERY,
            ..Limits::default()
        };
        (
            Box::new(Vm::new(limits, Box::new(CappedConsole(out.clone())))),
            out,
        )
    }

    fn release(&self, mut vm: Box<Vm>, out: Rc<RefCell<Output>>) {
        *out.borrow_mut() = Output::default();
        if vm.condemned {
            return;
        }
        vm.reset();
        self.pool.borrow_mut().push((vm, out));
        self.my().idle.fetch_add(1, Ordering::Relaxed);
    }

    async fn run(&self, code: &str, typescript: bool, timeout_ms: u64) -> Reply {
        let started = Instant::now();
        let (mut vm, out) = self.acquire();
        self.my().busy.fetch_add(1, Ordering::Relaxed);
        vm.ctx.limits.max_energy = timeout_ms.saturating_mul(ENERGY_PER_MS);
        vm.ctx.set_budget(vm.ctx.limits.max_energy);
        vm.ctx.deadline = Some(started + std::time::Duration::from_millis(timeout_ms));
        let error = match self.compile(code, typescript) {
            Err(diag) => Some(diag),
            Ok(program) => match vm.load(program) {
                Err(e) => Some(e.to_string()),
                Ok(prog) => {
                    let outcome = vm.run_main(prog);
                    crate::dispatch::drive(&mut vm, outcome)
                        .await
                        .err()
                        .map(|e| e.to_string())
                }
            },
        };
        let (mut output, truncated) = {
            let mut o = out.borrow_mut();
            (std::mem::take(&mut o.text), o.truncated)
        };
        if output.ends_with('\n') {
            output.pop();
        }
        if truncated {
            output.push_str(TRUNCATED);
        }
        self.my().busy.fetch_sub(1, Ordering::Relaxed);
        self.release(vm, out);
        let took = started.elapsed();
        let ms = took.as_secs_f64() * 1000.0;
        let stats = self.my();
        stats.executions.fetch_add(1, Ordering::Relaxed);
        stats
            .total_us
            .fetch_add(took.as_micros() as u64, Ordering::Relaxed);
        if error.is_some() {
            stats.failures.fetch_add(1, Ordering::Relaxed);
        }
        // `data` by hand, keys sorted as serde_json's map sorted them.
        let mut data = |b: &mut Vec<u8>| {
            b.push(b'{');
            if let Some(e) = &error {
                b.extend_from_slice(b"\"error\":");
                json_str(b, e);
                b.push(b',');
            }
            b.extend_from_slice(b"\"executionTime\":");
            let _ = serde_json::to_writer(&mut *b, &ms);
            b.extend_from_slice(b",\"output\":");
            json_str(b, &output);
            b.extend_from_slice(if error.is_none() {
                b",\"success\":true}"
            } else {
                b",\"success\":false}"
            });
        };
        let message = if error.is_none() {
            "Code executed successfully"
        } else {
            "Code execution failed"
        };
        envelope_with(200, message, Some(&mut data), None)
    }
}

/// The fields of a request body, borrowed where JSON escapes allow: the
/// fast path of [`parse_request`]. Any body it does not take (a field
/// missing, null or of another type, a repeated field) goes through the
/// generic parse, which gives the precise refusal.
#[derive(serde::Deserialize)]
struct Body<'a> {
    #[serde(borrow)]
    code: Cow<'a, str>,
    #[serde(borrow)]
    language: Cow<'a, str>,
    #[serde(default)]
    timeout: Option<f64>,
}

/// Validates a request body: the code, whether it is TypeScript, the
/// timeout in ms; or the refusal. Checks run in this order: body, code
/// (presence, type, emptiness, size), language (presence, type,
/// support), timeout.
fn parse_request(body: &[u8]) -> Result<(Cow<'_, str>, bool, u64), Reply> {
    // serde would read a struct from an array too: only objects.
    if body.trim_ascii_start().first() == Some(&b'{') {
        if let Ok(b) = serde_json::from_slice::<Body>(body) {
            check_code(&b.code)?;
            let typescript = language(&b.language)?;
            let timeout = check_timeout(b.timeout)?;
            return Ok((b.code, typescript, timeout));
        }
    }
    let Ok(req) = serde_json::from_slice::<Json>(body) else {
        return Err(refuse(400, "body", "Request body must be a JSON object"));
    };
    let Some(obj) = req.as_object() else {
        return Err(refuse(400, "body", "Request body must be a JSON object"));
    };
    let code = match obj.get("code") {
        None | Some(Json::Null) => return Err(refuse(400, "code", "code is required")),
        Some(Json::String(s)) => s,
        Some(_) => return Err(refuse(400, "code", "code must be a string")),
    };
    check_code(code)?;
    let typescript = match obj.get("language") {
        None | Some(Json::Null) => return Err(refuse(400, "language", "language is required")),
        Some(Json::String(s)) => language(s)?,
        Some(_) => return Err(refuse(400, "language", "language must be a string")),
    };
    let timeout = match obj.get("timeout") {
        None | Some(Json::Null) => None,
        Some(Json::Number(n)) => Some(n.as_f64().unwrap_or(f64::NAN)),
        Some(_) => {
            return Err(refuse(
                400,
                "timeout",
                "timeout must be a number of milliseconds",
            ))
        }
    };
    let timeout = check_timeout(timeout)?;
    Ok((Cow::Owned(code.clone()), typescript, timeout))
}

fn check_code(code: &str) -> Result<(), Reply> {
    if code.trim().is_empty() {
        return Err(refuse(400, "code", "code must not be empty"));
    }
    if code.len() > MAX_CODE {
        return Err(refuse(
            413,
            "code",
            &format!(
                "code is too large ({} bytes; at most {MAX_CODE})",
                code.len()
            ),
        ));
    }
    Ok(())
}

/// Whether `name` (any case) is TypeScript; a refusal if it is no language.
fn language(name: &str) -> Result<bool, Reply> {
    match LANGUAGES
        .iter()
        .find(|(_, aliases, _)| aliases.iter().any(|a| a.eq_ignore_ascii_case(name)))
    {
        Some(lang) => Ok(lang.0 == "typescript"),
        None => Err(refuse(
            400,
            "language",
            &format!(
                "Unsupported language: {} (see GET /api/v1/languages)",
                name.to_ascii_lowercase()
            ),
        )),
    }
}

fn check_timeout(t: Option<f64>) -> Result<u64, Reply> {
    match t {
        None => Ok(DEFAULT_TIMEOUT_MS),
        Some(t) if t >= 1.0 && t <= MAX_TIMEOUT_MS as f64 => Ok(t as u64),
        Some(_) => Err(refuse(
            400,
            "timeout",
            &format!("timeout must be between 1 and {MAX_TIMEOUT_MS} ms"),
        )),
    }
}

/// Compiles a snippet as module `main.js` (or `main.ts`: the name picks
/// the syntax).
fn compile_snippet(
    code: &str,
    typescript: bool,
) -> Result<kitwork_lang::bytecode::Program, String> {
    let name = if typescript { "main.ts" } else { "main.js" };
    let mut files = std::collections::HashMap::new();
    files.insert(name.to_string(), code.to_string());
    let names = builtin_names();
    let opts = Options {
        builtins: &names,
        prelude: false,
    };
    compile_graph(name, &mut MemLoader(files), &opts)
        .map_err(|d| d.render_with_source(kitwork_lang::Locale::En))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_fast_and_generic_paths_agree() {
        let ok = |body: &str| match parse_request(body.as_bytes()) {
            Ok((code, ts, t)) => format!("{code}|{ts}|{t}"),
            Err(r) => format!("{} {}", r.status, String::from_utf8_lossy(&r.body)),
        };
        let msg = |body: &str| {
            let r = ok(body);
            // Drop the timestamp.
            r.split(",\"timestamp\"").next().unwrap_or("").to_string()
        };
        assert_eq!(ok(r#"{"code":"1","language":"JS"}"#), "1|false|5000");
        assert_eq!(
            ok(r#" {"language":"ts","code":"a\nb","timeout":7.9,"x":[1]}"#),
            "a\nb|true|7"
        );
        assert_eq!(
            ok(r#"{"code":"1","language":"js","timeout":null}"#),
            "1|false|5000"
        );
        // A repeated field: the last one counts (generic path).
        assert_eq!(
            ok(r#"{"code":"1","code":"2","language":"js"}"#),
            "2|false|5000"
        );
        for (body, want) in [
            (r#"["1","js"]"#, "Request body must be a JSON object"),
            (r#"{"language":"js"}"#, "code is required"),
            (r#"{"code":null,"language":"js"}"#, "code is required"),
            (r#"{"code":1,"language":"js"}"#, "code must be a string"),
            (r#"{"code":" "}"#, "code must not be empty"),
            (r#"{"code":"1"}"#, "language is required"),
            (r#"{"code":"1","language":2}"#, "language must be a string"),
            (
                r#"{"code":"1","language":"Py"}"#,
                "Unsupported language: py",
            ),
            (
                r#"{"code":"1","language":"js","timeout":"9"}"#,
                "timeout must be a number",
            ),
            (
                r#"{"code":"1","language":"js","timeout":0}"#,
                "timeout must be between",
            ),
            (
                r#"{"code":"1","language":"js","timeout":30001}"#,
                "timeout must be between",
            ),
        ] {
            let got = msg(body);
            assert!(
                got.starts_with("400 ") && got.contains(want),
                "{body}: {got}"
            );
        }
    }
}
