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

/// The exec API's state on one shard.
pub struct ExecShard {
    pub stats: Arc<[Stats]>,
    pub shard: usize,
    pool: RefCell<Vec<(Vm, Rc<RefCell<Output>>)>>,
    /// Requests admitted and not finished on this shard.
    waiting: Cell<u64>,
    slots: glommio::sync::Semaphore,
    /// Compiled snippets by source (graders and playgrounds send the same
    /// code again and again); cleared when full.
    compiled: RefCell<ahash::AHashMap<(bool, String), Arc<kitwork_lang::bytecode::Program>>>,
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

fn iso_now() -> String {
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_millis() as f64);
    kitwork_vm::builtins::json::stringify::date_iso_string(ms).unwrap_or_default()
}

fn envelope(status: u16, message: &str, data: Option<Json>, errors: Option<Vec<Json>>) -> Reply {
    let mut body = json!({
        "success": (200..300).contains(&status),
        "statusCode": status,
        "message": message,
    });
    if let Some(d) = data {
        body["data"] = d;
    }
    if let Some(e) = errors {
        body["errors"] = Json::Array(e);
    }
    body["timestamp"] = Json::String(iso_now());
    Reply {
        status,
        headers: vec![("Content-Type".into(), "application/json".into())],
        body: serde_json::to_vec(&body).unwrap_or_default(),
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
            compiled: RefCell::new(ahash::AHashMap::new()),
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
        let Ok(req) = serde_json::from_slice::<Json>(body) else {
            return refuse(400, "body", "Request body must be a JSON object");
        };
        let Some(obj) = req.as_object() else {
            return refuse(400, "body", "Request body must be a JSON object");
        };
        let code = match obj.get("code") {
            None | Some(Json::Null) => return refuse(400, "code", "code is required"),
            Some(Json::String(s)) if s.trim().is_empty() => {
                return refuse(400, "code", "code must not be empty")
            }
            Some(Json::String(s)) => s,
            Some(_) => return refuse(400, "code", "code must be a string"),
        };
        if code.len() > MAX_CODE {
            return refuse(
                413,
                "code",
                &format!(
                    "code is too large ({} bytes; at most {MAX_CODE})",
                    code.len()
                ),
            );
        }
        let language = match obj.get("language") {
            None | Some(Json::Null) => return refuse(400, "language", "language is required"),
            Some(Json::String(s)) => s.to_ascii_lowercase(),
            Some(_) => return refuse(400, "language", "language must be a string"),
        };
        let Some(lang) = LANGUAGES
            .iter()
            .find(|(_, aliases, _)| aliases.contains(&language.as_str()))
        else {
            return refuse(
                400,
                "language",
                &format!("Unsupported language: {language} (see GET /api/v1/languages)"),
            );
        };
        let timeout = match obj.get("timeout") {
            None | Some(Json::Null) => DEFAULT_TIMEOUT_MS,
            Some(Json::Number(n)) => match n.as_f64() {
                Some(t) if t >= 1.0 && t <= MAX_TIMEOUT_MS as f64 => t as u64,
                _ => {
                    return refuse(
                        400,
                        "timeout",
                        &format!("timeout must be between 1 and {MAX_TIMEOUT_MS} ms"),
                    )
                }
            },
            Some(_) => return refuse(400, "timeout", "timeout must be a number of milliseconds"),
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
        let result = self.run(code, lang.0 == "typescript", timeout).await;
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
        let key = (typescript, code.to_string());
        if let Some(p) = self.compiled.borrow().get(&key) {
            return Ok(p.clone());
        }
        let p = Arc::new(compile_snippet(code, typescript)?);
        let mut c = self.compiled.borrow_mut();
        if c.len() >= COMPILED_CACHE {
            c.clear();
        }
        c.insert(key, p.clone());
        Ok(p)
    }

    fn acquire(&self) -> (Vm, Rc<RefCell<Output>>) {
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
        (Vm::new(limits, Box::new(CappedConsole(out.clone()))), out)
    }

    fn release(&self, mut vm: Vm, out: Rc<RefCell<Output>>) {
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
            let o = out.borrow();
            (o.text.clone(), o.truncated)
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
        match error {
            None => envelope(
                200,
                "Code executed successfully",
                Some(json!({ "success": true, "output": output, "executionTime": ms })),
                None,
            ),
            Some(e) => {
                stats.failures.fetch_add(1, Ordering::Relaxed);
                envelope(
                    200,
                    "Code execution failed",
                    Some(
                        json!({ "success": false, "output": output, "error": e, "executionTime": ms }),
                    ),
                    None,
                )
            }
        }
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
