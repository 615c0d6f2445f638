//! The code-execution API over real HTTP: `POST /api/v1/execute`,
//! `GET /api/v1/languages`, `GET /api/v1/health`; its envelope, every field
//! error, the aliases, TypeScript, hostile snippets, the output cap, where
//! it listens, its token and its queue bound.

use crate::util::{free_port, Client, Resp, Root, Server};
use serde_json::{json, Value as Json};
use std::net::TcpStream;
use std::time::{Duration, Instant};

const EXEC: &str = "exec.test";

/// A server with one tenant (`t.test`) and the API on host `exec.test`
/// (plus `more`, spliced into the `exec` object).
fn server(name: &str, more: &str) -> (Root, Server) {
    let root = Root::new(name);
    root.site(
        "t.test",
        "import { router } from \"kitwork\"\nrouter.get(\"/\").handle(() => \"tenant\")\n",
    );
    let s = root.serve(&format!("cores: 1, exec: {{ hostname: \"{EXEC}\"{more} }}"));
    (root, s)
}

fn post_raw(s: &Server, host: &str, body: &[u8], auth: Option<&str>) -> Resp {
    post_to(&s.addr(), host, body, auth)
}

fn post_to(addr: &str, host: &str, body: &[u8], auth: Option<&str>) -> Resp {
    let mut head = format!(
        "POST /api/v1/execute HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    if let Some(a) = auth {
        head.push_str(&format!("Authorization: {a}\r\n"));
    }
    head.push_str("\r\n");
    let mut raw = head.into_bytes();
    raw.extend_from_slice(body);
    let mut c = Client::new(TcpStream::connect(addr).unwrap());
    c.send(&raw);
    c.read_response(false).expect("no response")
}

fn parse(r: &Resp) -> Json {
    serde_json::from_slice(&r.body)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {} {}", r.status, r.text()))
}

/// Posts `body` to the API; the status and the parsed envelope.
fn post(s: &Server, body: &Json) -> (u16, Json) {
    let r = post_raw(s, EXEC, body.to_string().as_bytes(), None);
    assert_eq!(
        r.header("content-type"),
        Some("application/json"),
        "{}",
        r.text()
    );
    (r.status, parse(&r))
}

/// Runs `code` in `language`; the envelope's `data` (the call must be a 200).
fn run(s: &Server, language: &str, code: &str) -> Json {
    let (st, v) = post(s, &json!({ "language": language, "code": code }));
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["success"], true, "{v}");
    v["data"].clone()
}

fn ok_output(s: &Server, language: &str, code: &str) -> String {
    let d = run(s, language, code);
    assert_eq!(d["success"], true, "{code:?} failed: {d}");
    d["output"].as_str().unwrap().to_string()
}

fn get_json(s: &Server, path: &str) -> Json {
    let r = s.get(EXEC, path);
    assert_eq!(r.status, 200, "{}", r.text());
    parse(&r)
}

/// An ISO-8601 UTC timestamp with milliseconds: `2026-01-02T03:04:05.678Z`.
fn assert_iso(t: &Json) {
    let t = t.as_str().unwrap_or_else(|| panic!("timestamp {t}"));
    let b = t.as_bytes();
    assert_eq!(b.len(), 24, "{t}");
    for (i, c) in b.iter().enumerate() {
        let want = match i {
            4 | 7 => b'-',
            10 => b'T',
            13 | 16 => b':',
            19 => b'.',
            23 => b'Z',
            _ => {
                assert!(c.is_ascii_digit(), "{t}");
                continue;
            }
        };
        assert_eq!(*c, want, "{t}");
    }
    assert!(t.starts_with("20"), "{t}");
}

/// A refusal: the status, `success: false`, and a message naming `field`
/// (both in `message` and in `errors[0]`).
fn refused(s: &Server, body: &[u8], status: u16, field: &str, words: &str) {
    let r = post_raw(s, EXEC, body, None);
    let v = parse(&r);
    let what = String::from_utf8_lossy(body);
    assert_eq!(r.status, status, "{what}: {v}");
    assert_eq!(v["success"], false, "{what}: {v}");
    assert_eq!(v["statusCode"], status, "{what}: {v}");
    let msg = v["message"].as_str().unwrap();
    assert!(msg.contains(words), "{what}: {msg:?} lacks {words:?}");
    assert_eq!(v["errors"][0]["field"], field, "{what}: {v}");
    assert_eq!(v["errors"][0]["message"], msg, "{what}: {v}");
    assert!(v.get("data").is_none(), "{what}: {v}");
    assert_iso(&v["timestamp"]);
}

#[test]
fn envelope_field_errors_aliases_languages_and_health() {
    let (_root, s) = server("exec-api", "");
    // The success envelope, exactly.
    let (st, v) = post(
        &s,
        &json!({ "language": "javascript", "code": "console.log(1 + 1)" }),
    );
    assert_eq!(st, 200);
    let obj = v.as_object().unwrap();
    let mut keys: Vec<&str> = obj.keys().map(|k| k.as_str()).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        ["data", "message", "statusCode", "success", "timestamp"],
        "{v}"
    );
    assert_eq!(v["success"], true);
    assert_eq!(v["statusCode"], 200);
    assert_eq!(v["message"], "Code executed successfully");
    let d = v["data"].as_object().unwrap();
    let mut dkeys: Vec<&str> = d.keys().map(|k| k.as_str()).collect();
    dkeys.sort_unstable();
    assert_eq!(dkeys, ["executionTime", "output", "success"], "{v}");
    assert_eq!(d["success"], true);
    assert_eq!(d["output"], "2");
    let t = d["executionTime"].as_f64().unwrap();
    assert!((0.0..5000.0).contains(&t), "{t}");
    assert_iso(&v["timestamp"]);

    // Every field error, with its status and a message naming the field.
    refused(&s, br#"{"language":"js","code":""}"#, 400, "code", "code");
    refused(
        &s,
        br#"{"language":"js","code":"   "}"#,
        400,
        "code",
        "code",
    );
    refused(&s, br#"{"language":"js"}"#, 400, "code", "code is required");
    refused(&s, br#"{"language":"js","code":null}"#, 400, "code", "code");
    refused(
        &s,
        br#"{"code":"1"}"#,
        400,
        "language",
        "language is required",
    );
    refused(
        &s,
        br#"{"language":"js","code":42}"#,
        400,
        "code",
        "code must be a string",
    );
    refused(
        &s,
        br#"{"language":"js","code":["1"]}"#,
        400,
        "code",
        "code",
    );
    refused(
        &s,
        br#"{"language":7,"code":"1"}"#,
        400,
        "language",
        "language must be a string",
    );
    refused(
        &s,
        br#"{"language":"js","code":"1","timeout":"5s"}"#,
        400,
        "timeout",
        "timeout",
    );
    refused(
        &s,
        br#"{"language":"js","code":"1","timeout":0}"#,
        400,
        "timeout",
        "timeout",
    );
    refused(
        &s,
        br#"{"language":"js","code":"1","timeout":-5}"#,
        400,
        "timeout",
        "timeout",
    );
    refused(
        &s,
        br#"{"language":"js","code":"1","timeout":30001}"#,
        400,
        "timeout",
        "timeout",
    );
    refused(
        &s,
        br#"{"language":"python","code":"1"}"#,
        400,
        "language",
        "python",
    );
    refused(&s, br#"{"language":"js","code":"1""#, 400, "body", "JSON");
    refused(&s, b"not json", 400, "body", "JSON");
    refused(&s, b"[1,2]", 400, "body", "JSON object");
    refused(&s, b"", 400, "body", "JSON");
    let big = json!({ "language": "js", "code": format!("//{}", "x".repeat(64 << 10)) });
    refused(
        &s,
        big.to_string().as_bytes(),
        413,
        "code",
        "code is too large",
    );
    // Exactly at the cap is accepted.
    let at_cap = format!("//{}", "x".repeat((64 << 10) - 2));
    assert_eq!(ok_output(&s, "js", &at_cap), "");

    // Aliases, case-insensitive.
    for lang in ["js", "javascript", "node", "JS", "JavaScript", "NODE"] {
        assert_eq!(ok_output(&s, lang, "console.log(\"hi\")"), "hi", "{lang}");
    }
    for lang in ["ts", "typescript", "TS", "TypeScript"] {
        assert_eq!(
            ok_output(&s, lang, "const n: number = 3\nconsole.log(n)"),
            "3",
            "{lang}"
        );
    }
    // Type syntax is TypeScript only.
    let d = run(&s, "js", "const n: number = 3");
    assert_eq!(d["success"], false, "{d}");

    // The languages endpoint lists every alias.
    let v = get_json(&s, "/api/v1/languages");
    assert_eq!(v["success"], true);
    assert_iso(&v["timestamp"]);
    let langs = v["data"]["languages"].as_array().unwrap();
    let find = |n: &str| {
        langs
            .iter()
            .find(|l| l["name"] == n)
            .unwrap_or_else(|| panic!("{n} missing: {v}"))
    };
    assert_eq!(
        find("javascript")["aliases"],
        json!(["js", "javascript", "node"])
    );
    assert_eq!(find("typescript")["aliases"], json!(["ts", "typescript"]));

    // Wrong methods and paths of the API answer in the envelope.
    let r = s.get(EXEC, "/api/v1/execute");
    assert_eq!(r.status, 405, "{}", r.text());
    assert_eq!(r.header("allow"), Some("POST"));
    assert_eq!(s.get(EXEC, "/api/v1/nothing").status, 404);

    // Health: the shard's figures move after executions.
    let shard = |v: &Json| v["data"]["shards"][0].clone();
    let before = shard(&get_json(&s, "/api/v1/health"));
    assert_eq!(get_json(&s, "/api/v1/health")["data"]["status"], "healthy");
    let n0 = before["executions"].as_u64().unwrap();
    let f0 = before["failures"].as_u64().unwrap();
    ok_output(&s, "js", "console.log(1)");
    ok_output(&s, "js", "console.log(2)");
    assert_eq!(run(&s, "js", "let x = null; x.y")["success"], false);
    let after = shard(&get_json(&s, "/api/v1/health"));
    assert_eq!(after["executions"].as_u64().unwrap(), n0 + 3, "{after}");
    assert_eq!(after["failures"].as_u64().unwrap(), f0 + 1, "{after}");
    assert!(after["averageTime"].as_f64().unwrap() > 0.0, "{after}");
    assert_eq!(after["vmsBusy"], 0, "{after}");
    assert_eq!(after["queued"], 0, "{after}");
    assert!(after["vmsIdle"].as_u64().unwrap() >= 1, "{after}");

    // A compile error: data.success false with the teaching diagnostic
    // and its line.
    let d = run(&s, "js", "let i = 0\nwhile (i < 3) { i++ }\n");
    assert_eq!(d["success"], false, "{d}");
    let e = d["error"].as_str().unwrap();
    assert!(e.contains("while"), "{e}");
    assert!(e.contains(":2"), "no line 2 in {e}");
    assert!(
        e.contains("for"),
        "the diagnostic does not teach the for loop: {e}"
    );
}

#[test]
fn typescript_types_erased_and_removed_constructs_refused() {
    let (_root, s) = server("exec-ts", "");
    let code = r#"
interface User { id: number; name: string }
type Pair<T> = [T, T]
function first<T>(xs: T[]): T | undefined { return xs[0] }
const users: User[] = [{ id: 1, name: "Lan" }]
const u = first<User>(users)!
const n = (u.id as number) + 1
const p: Pair<string> = ["a", "b"]
const cfg = { port: 80 } satisfies { port: number }
let maybe: string | null = "x"
console.log(u.name, n, p.join(""), cfg.port, maybe!.length)
"#;
    assert_eq!(ok_output(&s, "typescript", code), "Lan 2 ab 80 1");
    for (code, word) in [
        ("enum Color { Red, Green }\nconsole.log(1)", "enum"),
        (
            "namespace N { export const x = 1 }\nconsole.log(1)",
            "namespace",
        ),
        (
            "function d(t: any) { return t }\n@d\nclass C {}\nconsole.log(1)",
            "decorator",
        ),
    ] {
        let d = run(&s, "ts", code);
        assert_eq!(d["success"], false, "{code}: {d}");
        let e = d["error"].as_str().unwrap();
        assert!(
            e.to_lowercase().contains(word),
            "{code}: the refusal does not say {word}: {e}"
        );
        assert_eq!(d["output"], "", "{code}");
    }
}

/// Runs `code` with `timeout` ms; the data, and how long the answer took.
fn timed(s: &Server, code: &str, timeout: u64) -> (Json, Duration) {
    let t = Instant::now();
    let (st, v) = post(
        s,
        &json!({ "language": "js", "code": code, "timeout": timeout }),
    );
    let took = t.elapsed();
    assert_eq!(st, 200, "{code}: {v}");
    (v["data"].clone(), took)
}

#[test]
fn hostile_snippets_are_contained() {
    let (_root, s) = server("exec-hostile", "");
    let healthy = |what: &str| {
        assert_eq!(
            ok_output(&s, "js", "console.log(\"alive\")"),
            "alive",
            "after {what}"
        );
        assert_eq!(s.get("t.test", "/").text(), "tenant", "after {what}");
    };
    // Each probe fails in a controlled way, within its limits.
    for code in [
        "const fs = require(\"fs\")\nconsole.log(fs.readFileSync(\"/etc/passwd\"))",
        "process.exit(1)",
        "console.log(Object.keys(globalThis))",
        "const g = Function(\"return this\")()\nconsole.log(g)",
        "const F = (function () { return this }).constructor.constructor\nconsole.log(F(\"return process\")())",
        "console.log(this.constructor.constructor(\"return process\")())",
        "eval(\"1\")",
        "import(\"fs\")",
    ] {
        let (d, took) = timed(&s, code, 2000);
        assert!(took < Duration::from_secs(3), "{code}: {took:?}");
        let out = d["output"].as_str().unwrap();
        assert!(!out.contains("root:"), "{code}: {out}");
        if d["success"] == true {
            // Allowed only when it reached nothing of the host.
            assert!(
                !out.contains("process") && !out.contains("require"),
                "{code} reached the host: {d}"
            );
        }
        healthy(code);
    }

    // `while` is not in the dialect: refused at compile time.
    let (d, _) = timed(&s, "while (true) {}", 200);
    assert_eq!(d["success"], false, "{d}");
    assert!(
        d["error"]
            .as_str()
            .unwrap()
            .contains("'while' is not supported"),
        "{d}"
    );
    // Infinite loops end at the timeout with TimeLimit, near the timeout.
    for code in [
        "for (;;) {}",
        "let i = 0\nfor (;;) { i++ }",
        "const f = () => { for (;;) {} }\nf()",
    ] {
        let (d, took) = timed(&s, code, 200);
        assert_eq!(d["success"], false, "{code}: {d}");
        let e = d["error"].as_str().unwrap();
        assert!(
            e.contains("TimeLimit") || e.contains("EnergyLimit"),
            "{code}: {e}"
        );
        assert!(
            e.contains("TimeLimit"),
            "{code}: ended by {e}, not the clock"
        );
        assert!(
            took >= Duration::from_millis(190) && took < Duration::from_millis(1200),
            "{code}: answered after {took:?} for a 200 ms timeout"
        );
        healthy(code);
    }

    // A memory bomb and deep recursion end with their limits.
    let (d, took) = timed(
        &s,
        "let a = []\nfor (;;) { a.push(\"x\".repeat(1 << 16)) }",
        10000,
    );
    assert_eq!(d["success"], false, "{d}");
    let e = d["error"].as_str().unwrap();
    assert!(
        e.contains("MemoryLimit") || e.contains("RangeError"),
        "memory bomb: {e}"
    );
    assert!(took < Duration::from_secs(10), "memory bomb took {took:?}");
    healthy("memory bomb");
    let (d, _) = timed(&s, "const f = (n) => f(n + 1) + 1\nf(0)", 2000);
    assert_eq!(d["success"], false, "{d}");
    let e = d["error"].as_str().unwrap();
    assert!(
        e.contains("DepthLimit") || e.contains("RangeError") || e.contains("call"),
        "recursion: {e}"
    );
    healthy("deep recursion");

    // Nothing one snippet does is seen by the next: globals, prototype
    // pollution. Many rounds, so the same pooled VM is reused.
    for round in 0..20 {
        let d = run(
            &s,
            "js",
            "var x = 41\nglobalThis.y = 1\nObject.prototype.polluted = 1\nArray.prototype.push = function () { return -1 }\nconsole.log(typeof x)",
        );
        // Built-ins are immutable: the pollution itself may be refused.
        if d["success"] == true {
            assert_eq!(d["output"], "number", "round {round}: {d}");
        }
        let out = ok_output(
            &s,
            "js",
            "const a = []\na.push(1)\nconsole.log(typeof x, typeof y, ({}).polluted, a.length)",
        );
        assert_eq!(out, "undefined undefined undefined 1", "round {round}");
    }
    healthy("pollution");
}

#[test]
fn output_is_capped_with_a_marker() {
    let (_root, s) = server("exec-output", "");
    // 2 MB of output: 2100 lines of 1000 characters (the cap falls inside
    // a line).
    let d = run(
        &s,
        "js",
        "const line = \"y\".repeat(1000)\nfor (let i = 0; i < 2100; i++) { console.log(line) }",
    );
    assert_eq!(d["success"], true, "{}", d["error"]);
    let out = d["output"].as_str().unwrap();
    let marker = "\n...[output truncated at 1 MB]";
    assert!(out.ends_with(marker), "no marker at the end");
    assert_eq!(out.len(), (1 << 20) + marker.len());
    // Under the cap nothing is cut.
    let out = ok_output(&s, "js", "console.log(\"z\".repeat(1000))");
    assert_eq!(out, "z".repeat(1000));
}

#[test]
fn off_by_default_and_routed_by_hostname_or_port() {
    let body = br#"{"language":"js","code":"console.log(1)"}"#;
    // Off by default: the path is the tenant's own.
    let root = Root::new("exec-off");
    root.site(
        "t.test",
        "import { router } from \"kitwork\"\nrouter.get(\"/\").handle(() => \"tenant\")\n",
    );
    {
        let s = root.serve("cores: 1");
        let r = post_raw(&s, "t.test", body, None);
        assert_eq!(r.status, 404, "{}", r.text());
        assert!(!r.text().contains("statusCode"), "{}", r.text());
        assert_eq!(s.get("t.test", "/api/v1/health").status, 404);
    }
    // By hostname on the main port: only that host reaches it.
    {
        let (_r, s) = server("exec-host", "");
        let r = post_raw(&s, "t.test", body, None);
        assert_eq!(
            r.status,
            404,
            "a tenant domain reached the API: {}",
            r.text()
        );
        assert_eq!(s.get("t.test", "/").text(), "tenant");
        let r = post_raw(&s, "EXEC.test", body, None);
        assert_eq!(r.status, 200, "{}", r.text());
        assert_eq!(parse(&r)["data"]["output"], "1");
        let r = post_raw(&s, &format!("{EXEC}:{}", s.port), body, None);
        assert_eq!(r.status, 200, "host with a port: {}", r.text());
    }
    // On a port of its own: any host there is the API; the main port is
    // the tenants'.
    {
        let port = free_port();
        let root = Root::new("exec-port");
        root.site(
            "t.test",
            "import { router } from \"kitwork\"\nrouter.get(\"/\").handle(() => \"tenant\")\n",
        );
        let s = root.serve(&format!("cores: 1, exec: {{ port: {port} }}"));
        let r = post_raw(&s, "t.test", body, None);
        assert_eq!(r.status, 404, "{}", r.text());
        let r = post_to(&format!("127.0.0.1:{port}"), "anything.test", body, None);
        assert_eq!(r.status, 200, "{}", r.text());
        assert_eq!(parse(&r)["data"]["output"], "1");
        assert_eq!(s.get("t.test", "/").text(), "tenant");
    }
}

#[test]
fn bearer_token() {
    let (_root, s) = server("exec-token", ", token: \"s3cret\"");
    let body = br#"{"language":"js","code":"console.log(1)"}"#;
    for auth in [
        None,
        Some("Bearer wrong"),
        Some("Bearer s3cre"),
        Some("Bearer s3cret2"),
        Some("s3cret"),
        Some("Basic s3cret"),
    ] {
        let r = post_raw(&s, EXEC, body, auth);
        assert_eq!(r.status, 401, "{auth:?}: {}", r.text());
        assert_eq!(r.header("www-authenticate"), Some("Bearer"), "{auth:?}");
        let v = parse(&r);
        assert_eq!(v["success"], false);
        assert_eq!(v["errors"][0]["field"], "authorization");
    }
    assert_eq!(s.get(EXEC, "/api/v1/health").status, 401);
    let r = post_raw(&s, EXEC, body, Some("Bearer s3cret"));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(parse(&r)["data"]["output"], "1");
    // The tenants are not behind the token.
    assert_eq!(s.get("t.test", "/").text(), "tenant");
}

/// The queue bound: with every slot of the shard busy, `MAX_QUEUE` more
/// requests wait, and the next one is answered 503 with `Retry-After` at
/// once; the waiting ones then run.
#[test]
fn a_full_queue_answers_503_with_retry_after() {
    const MAX_RUNNING: usize = 8;
    const MAX_QUEUE: usize = 256;
    let (_root, s) = server("exec-queue", "");
    let send = |code: &str, timeout: u64| {
        let body = json!({ "language": "js", "code": code, "timeout": timeout }).to_string();
        let mut c = s.connect();
        // The long runs hold every slot for 4 s; on a loaded machine the
        // queued ones answer some seconds later.
        c.set_read_timeout(Duration::from_secs(30));
        c.send(
            format!(
                "POST /api/v1/execute HTTP/1.1\r\nHost: {EXEC}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            )
            .as_bytes(),
        );
        c
    };
    let shard = || get_json(&s, "/api/v1/health")["data"]["shards"][0].clone();
    let wait_for = |key: &str, n: usize| {
        let t = Instant::now();
        loop {
            let v = shard();
            if v[key].as_u64() == Some(n as u64) {
                return;
            }
            assert!(
                t.elapsed() < Duration::from_secs(10),
                "{key} never reached {n}: {v}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    };
    let long: Vec<_> = (0..MAX_RUNNING)
        .map(|_| send("for (;;) {}", 4000))
        .collect();
    wait_for("vmsBusy", MAX_RUNNING);
    let queued: Vec<_> = (0..MAX_QUEUE)
        .map(|_| send("console.log(\"queued\")", 1000))
        .collect();
    wait_for("queued", MAX_QUEUE);
    let t = Instant::now();
    let mut over = send("console.log(\"over\")", 1000);
    let r = over.read_response(false).unwrap();
    assert_eq!(r.status, 503, "{}", r.text());
    assert!(t.elapsed() < Duration::from_secs(2), "{:?}", t.elapsed());
    assert_eq!(r.header("retry-after"), Some("1"));
    let v = parse(&r);
    assert_eq!(v["success"], false);
    assert_eq!(v["errors"][0]["field"], "queue");
    for mut c in long {
        let v = parse(&c.read_response(false).unwrap());
        assert_eq!(v["data"]["success"], false, "{v}");
    }
    for mut c in queued {
        let r = c.read_response(false).unwrap();
        assert_eq!(r.status, 200, "{}", r.text());
        assert_eq!(parse(&r)["data"]["output"], "queued");
    }
}
