//! Tenants do not see each other, nor the host: environment, modules,
//! files, energy.

use crate::util::{Root, Server};
use std::time::Duration;

/// Absolute slack on the noisy p99. By design a cheap request under noise
/// crosses ~4 waits (accept, read, handler, write), each at most one
/// glommio preempt period (1 ms) plus one slice of each of the 3 burning
/// runs (20,000 units, ~0.3 ms in this unoptimised build): ~8 ms; the rest
/// is the scheduler of a 2-core machine shared with 4 client threads.
/// Without the fix the noisy p99 was ~240 ms (p50 ~110 ms).
const SLACK_MS: u64 = 20;

#[test]
fn env_is_the_tenants_own_dotenv_only() {
    let root = Root::new("iso-env");
    let app = |domain: &str| {
        format!(
            r#"import {{ router, env }} from "kitwork"
router.get("/").handle(() => ({{
  me: "{domain}",
  a: env.A_SECRET ?? null,
  b: env.B_SECRET ?? null,
  host: env.SECRET_HOST_VAR ?? null,
  type: typeof env.SECRET_HOST_VAR,
  path: env.PATH ?? null,
  port: env.PORT ?? null,
  keys: Object.keys(env),
}}))
"#
        )
    };
    root.site("a.test", &app("a.test"));
    root.site_file(
        "a.test",
        ".env",
        "# tenant a\nA_SECRET=alpha\nexport SHARED=\"from a\"\n",
    );
    root.site("b.test", &app("b.test"));
    root.site_file("b.test", ".env", "B_SECRET='beta'\nSHARED=from b\n");
    root.write("server.kitwork.js", &crate::util::bootstrap("cores: 1"));
    let s = Server::start(
        &root.dir,
        "server.kitwork.js",
        &[("SECRET_HOST_VAR", "host-only")],
    );
    let r = s.get("a.test", "/");
    assert_eq!(
        r.text(),
        r#"{"me":"a.test","a":"alpha","b":null,"host":null,"type":"undefined","path":null,"port":null,"keys":["A_SECRET","SHARED"]}"#
    );
    let r = s.get("b.test", "/");
    assert_eq!(
        r.text(),
        r#"{"me":"b.test","a":null,"b":"beta","host":null,"type":"undefined","path":null,"port":null,"keys":["B_SECRET","SHARED"]}"#
    );
}

#[test]
fn importing_outside_the_tenant_is_a_build_error() {
    let root = Root::new("iso-import");
    root.site(
        "other.test",
        "import { router } from \"kitwork\"\nexport const secret = 42\nrouter.get(\"/\").handle(() => \"other\")\n",
    );
    root.site(
        "a.test",
        "import { router } from \"kitwork\"\nimport { secret } from \"../other.test/app.kitwork.js\"\nrouter.get(\"/\").handle(() => ({ secret }))\n",
    );
    root.site(
        "b.test",
        "import { router } from \"kitwork\"\nimport * as m from \"./lib/../../../sites/other.test/app.kitwork.js\"\nrouter.get(\"/\").handle(() => \"b\")\n",
    );
    let s = root.serve("cores: 1, development: true");
    for host in ["a.test", "b.test"] {
        let r = s.get(host, "/");
        assert_eq!(r.status, 500, "{host}: {}", r.text());
        assert!(!r.text().contains("42"));
        assert!(
            r.text().contains("inside the tenant's folder"),
            "{host}: {}",
            r.text()
        );
        let line = s.wait_log(
            true,
            &["error", &format!("tenant={host}")],
            Duration::from_secs(2),
        );
        assert!(line.contains("app.kitwork.js"), "{line}");
    }
    assert_eq!(s.get("other.test", "/").text(), "other");
}

#[test]
fn assets_stay_inside_the_tenant() {
    let root = Root::new("iso-assets");
    root.site(
        "a.test",
        "import { router } from \"kitwork\"\nrouter.get(\"/\").handle(() => \"a\")\nrouter.get(\"/pub/*file\").assets(\"public\")\n",
    );
    root.site_file("a.test", ".env", "SECRET=tenant-secret\n");
    root.site_file("a.test", "public/p.txt", "public file\n");
    root.site_file("a.test", "assets/ok.txt", "fine\n");
    root.site_file("a.test", "assets/sub/deep.txt", "deep\n");
    root.site_file("a.test", "assets/.hidden", "hidden\n");
    root.site_file("a.test", "private.txt", "private\n");
    root.site_file("b.test", ".env", "SECRET=other-secret\n");
    root.site(
        "b.test",
        "import { router } from \"kitwork\"\nrouter.get(\"/\").handle(() => \"b\")\n",
    );
    let outside = root.write("outside.txt", "outside the root\n");
    let assets = root.site_dir("a.test").join("assets");
    std::os::unix::fs::symlink(&outside, assets.join("leak.txt")).unwrap();
    std::os::unix::fs::symlink(
        root.site_dir("b.test").join(".env"),
        assets.join("b-env.txt"),
    )
    .unwrap();
    std::os::unix::fs::symlink(root.site_dir("a.test"), assets.join("up")).unwrap();
    std::os::unix::fs::symlink("/etc", assets.join("etc")).unwrap();
    let s = root.serve("cores: 1");

    assert_eq!(s.get("a.test", "/assets/ok.txt").text(), "fine\n");
    assert_eq!(s.get("a.test", "/assets/sub/deep.txt").text(), "deep\n");
    assert_eq!(s.get("a.test", "/assets/sub%2Fdeep.txt").status, 200);
    assert_eq!(s.get("a.test", "/pub/p.txt").text(), "public file\n");
    for path in [
        "/assets/../.env",
        "/assets/../private.txt",
        "/assets/%2e%2e/.env",
        "/assets/%2E%2E/private.txt",
        "/assets/..%2f.env",
        "/assets/%2e%2e%2f.env",
        "/assets/sub/..%2f..%2f.env",
        "/assets/sub/%2e%2e/%2e%2e/.env",
        "/assets/..%5c.env",
        "/assets/%2fetc/passwd",
        "/assets//etc/passwd",
        "/assets/./ok.txt/../../.env",
        "/assets/.hidden",
        "/assets/%2ehidden",
        "/assets/ok.txt%00",
        "/assets/leak.txt",
        "/assets/b-env.txt",
        "/assets/up/.env",
        "/assets/up/private.txt",
        "/assets/etc/passwd",
        "/assets/",
        "/assets/sub",
        "/private.txt",
        "/.env",
        "/pub/../.env",
        "/pub/%2e%2e/.env",
        "/pub/..%2f.env",
        "/pub/%2e%2e%2fprivate.txt",
        "/pub/..%2fassets%2fok.txt",
        "/pub/",
    ] {
        assert_refused(
            &s,
            path,
            &["secret", "outside", "root:", "private", "hidden"],
        );
    }
}

#[test]
fn each_tenant_has_its_own_energy_budget() {
    let root = Root::new("iso-energy");
    root.site(
        "burn.test",
        r#"import { router } from "kitwork"
router.get("/").handle(() => {
  let s = 0
  for (let i = 0; i < 1e12; i++) { s += i }
  return "never " + s
})
router.get("/small").handle(() => "small")
"#,
    );
    root.site(
        "calm.test",
        r#"import { router } from "kitwork"
router.get("/").handle(() => {
  let s = 0
  for (let i = 0; i < 1000; i++) { s += i }
  return "calm " + s
})
"#,
    );
    let s = root.serve("cores: 1, limits: { max_energy: 200000 }");
    for _ in 0..3 {
        let r = s.get("burn.test", "/");
        assert_eq!(r.status, 500);
        assert!(!r.text().contains("never"));
        let r = s.get("calm.test", "/");
        assert_eq!((r.status, r.text().as_str()), (200, "calm 499500"));
        // A burnt budget is per request: the same tenant's next request
        // starts afresh.
        assert_eq!(s.get("burn.test", "/small").text(), "small");
    }
    let line = s.wait_log(
        true,
        &["tenant=burn.test", "app.kitwork.js:4:"],
        Duration::from_secs(2),
    );
    assert!(line.to_lowercase().contains("energy"), "{line}");
    assert!(!s.stderr().contains("tenant=calm.test"));
}

/// `%xx` in an asset path is decoded once, the same under `/assets/` and
/// under a route's `.assets(dir)`.
#[test]
fn asset_paths_are_decoded_once() {
    let root = Root::new("iso-decode");
    root.site(
        "a.test",
        "import { router } from \"kitwork\"\nrouter.get(\"/pub/*file\").assets(\"public\")\n",
    );
    for dir in ["assets", "public"] {
        root.site_file("a.test", &format!("{dir}/a%41.txt"), "percent\n");
        root.site_file("a.test", &format!("{dir}/aA.txt"), "letter\n");
        root.site_file("a.test", &format!("{dir}/sp ace.txt"), "space\n");
    }
    let s = root.serve("cores: 1");
    for prefix in ["/assets", "/pub"] {
        let t = |p: &str| s.get("a.test", &format!("{prefix}{p}")).text();
        assert_eq!(t("/a%2541.txt"), "percent\n", "{prefix}");
        assert_eq!(t("/a%41.txt"), "letter\n", "{prefix}");
        assert_eq!(t("/aA.txt"), "letter\n", "{prefix}");
        assert_eq!(t("/sp%20ace.txt"), "space\n", "{prefix}");
        let r = s.get("a.test", &format!("{prefix}/%252e%252e/app.kitwork.js"));
        assert_eq!(r.status, 404, "{prefix}");
    }
}

/// Module state is frozen after load: a handler cannot leave anything
/// behind for the next request (of its own tenant or another).
#[test]
fn requests_share_no_state() {
    let root = Root::new("iso-state");
    root.site(
        "m.test",
        r#"import { router } from "kitwork"
const counter = { n: 0 }
const list = []
let hits = 0
router.get("/obj").handle(() => { counter.n++; return counter.n })
router.get("/arr").handle(() => { list.push(1); return list.length })
router.get("/let").handle(() => { hits = hits + 1; return hits })
router.get("/local").handle(() => { const a = []; a.push(1); return { len: a.length, n: counter.n, list: list.length, hits } })
"#,
    );
    let s = root.serve("cores: 1");
    for _ in 0..3 {
        for p in ["/obj", "/arr", "/let"] {
            let r = s.get("m.test", p);
            assert_eq!(r.status, 500, "{p}: {}", r.text());
        }
        let r = s.get("m.test", "/local");
        assert_eq!(r.text(), r#"{"len":1,"n":0,"list":0,"hits":0}"#);
    }
    let err = s.stderr();
    assert!(err.contains("tenant=m.test"), "{err}");
}

/// Two tenants under concurrent keep-alive load on two shards: every
/// answer is its own tenant's.
#[test]
fn concurrent_tenants_do_not_cross() {
    let root = Root::new("iso-cross");
    for t in ["x.test", "y.test"] {
        root.site(
            t,
            &format!(
                "import {{ router, env }} from \"kitwork\"\nrouter.get(\"/:i\").handle((req) => env.NAME + \":\" + req.params.i + \":\" + \"{t}\")\n"
            ),
        );
        root.site_file(t, ".env", &format!("NAME=env-{t}\n"));
    }
    let s = root.serve("cores: 2, access_log: false");
    let addr = s.addr();
    let threads: Vec<_> = (0..4)
        .map(|k| {
            let addr = addr.clone();
            std::thread::spawn(move || {
                let mut c = crate::util::Client::new(std::net::TcpStream::connect(addr).unwrap());
                for i in 0..300 {
                    let t = if (i + k) % 2 == 0 { "x.test" } else { "y.test" };
                    c.send(format!("GET /{k}-{i} HTTP/1.1\r\nHost: {t}\r\n\r\n").as_bytes());
                    let r = c.read_response(false).unwrap();
                    assert_eq!(r.text(), format!("env-{t}:{k}-{i}:{t}"));
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
}

/// DESIGN.md, fairness: "a VM yields to its executor every N units of
/// energy ... so one long handler never stalls the other connections of
/// its core". Not so yet: `Limits::yield_every` is not implemented by the
/// VM (nor set by the engine), so a long handler holds its shard.
#[test]
fn a_long_handler_does_not_stall_its_core() {
    let root = Root::new("iso-fair");
    root.site(
        "slow.test",
        r#"import { router } from "kitwork"
router.get("/").handle(() => {
  let s = 0
  for (let i = 0; i < 3000000; i++) { s += i % 7 }
  return "slow " + s
})
"#,
    );
    root.site(
        "fast.test",
        "import { router } from \"kitwork\"\nrouter.get(\"/\").handle(() => \"fast\")\n",
    );
    let s = root.serve("cores: 1, limits: { max_energy: 1000000000 }");
    let mut slow = s.connect();
    slow.send(b"GET / HTTP/1.1\r\nHost: slow.test\r\n\r\n");
    std::thread::sleep(Duration::from_millis(30));
    let t = std::time::Instant::now();
    assert_eq!(s.get("fast.test", "/").text(), "fast");
    let fast = t.elapsed();
    let r = slow.read_response(false).unwrap();
    let slow_took = t.elapsed();
    assert_eq!(r.status, 200);
    assert!(
        fast < Duration::from_millis(100) && fast < slow_took / 2,
        "the other tenant waited {fast:?} behind a {slow_took:?} handler"
    );
}

/// p-th percentile of sorted latencies.
fn pct(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

/// The noisy neighbour: on one core, tenant A burns its whole energy
/// budget on every request, from several clients at once; tenant B's
/// cheap route keeps its latency (each of A's runs yields every
/// `yield_every` units, so B waits at most a few slices).
#[test]
fn a_noisy_neighbour_does_not_slow_a_cheap_tenant() {
    let root = Root::new("iso-noisy");
    root.site(
        "noisy.test",
        "import { router } from \"kitwork\"\nrouter.get(\"/\").handle(() => { let s = 0\n for (;;) { s++ } })\n",
    );
    root.site(
        "quiet.test",
        "import { router } from \"kitwork\"\nrouter.get(\"/\").handle(() => \"quiet\")\n",
    );
    let s = root.serve("cores: 1, limits: { max_energy: 20000000 }");
    let measure = |n: usize| -> Vec<Duration> {
        let mut v: Vec<Duration> = (0..n)
            .map(|_| {
                let t = std::time::Instant::now();
                let r = s.get("quiet.test", "/");
                let took = t.elapsed();
                assert_eq!(r.status, 200, "{}", r.text());
                assert_eq!(r.text(), "quiet");
                took
            })
            .collect();
        v.sort_unstable();
        v
    };
    // One noisy request alone: it ends with EnergyLimit.
    let t = std::time::Instant::now();
    assert_eq!(s.get("noisy.test", "/").status, 500);
    let burn = t.elapsed();
    measure(20);
    // Quiet and noisy phases alternate, so the load the rest of the
    // machine puts on the core falls on both alike.
    let (mut quiet, mut noisy) = (Vec::new(), Vec::new());
    let burned = std::sync::atomic::AtomicUsize::new(0);
    for _round in 0..3 {
        quiet.extend(measure(100));
        let stop = std::sync::atomic::AtomicBool::new(false);
        std::thread::scope(|scope| {
            for _ in 0..3 {
                scope.spawn(|| {
                    while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                        let r = s.get("noisy.test", "/");
                        assert_eq!(r.status, 500, "{}", r.text());
                        burned.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    }
                });
            }
            std::thread::sleep(Duration::from_millis(50));
            noisy.extend(measure(100));
            stop.store(true, std::sync::atomic::Ordering::Relaxed);
        });
    }
    quiet.sort_unstable();
    noisy.sort_unstable();
    let burned = burned.into_inner();
    let (q50, q99) = (pct(&quiet, 0.5), pct(&quiet, 0.99));
    let (n50, n99) = (pct(&noisy, 0.5), pct(&noisy, 0.99));
    eprintln!(
        "noisy neighbour: one burn {burn:?}, {burned} burns during the run; \
         quiet p50 {q50:?} p99 {q99:?} max {:?}; noisy p50 {n50:?} p99 {n99:?} max {:?}",
        quiet[quiet.len() - 1],
        noisy[noisy.len() - 1]
    );
    assert!(burned >= 3, "the noise did not run ({burned} burns)");
    let slack = Duration::from_millis(SLACK_MS);
    assert!(
        n99 <= q99 * 2 + slack,
        "B's p99 went from {q99:?} to {n99:?} under noise (p50 {q50:?} -> {n50:?})"
    );
}

#[test]
fn res_file_serves_the_sites_files_and_nothing_else() {
    let root = Root::new("iso-res-file");
    root.site(
        "a.test",
        r#"import { router } from "kitwork"
router.get("/doc/:name").handle((req, res) => res.file("docs/" + req.params.name))
router.get("/any/*rest").handle((req, res) => res.file(req.params.rest))
router.get("/missing").handle((req, res) => res.status(404).file("views/404.html"))
router.get("/typed").handle((req, res) => res.header("Content-Type", "text/x-kit").header("Cache-Control", "no-store").file("docs/a.txt"))
router.get("/bad").handle((req, res) => res.file(42))
"#,
    );
    root.site_file("a.test", ".env", "SECRET=tenant-secret\n");
    root.site_file("a.test", "docs/a.txt", "0123456789");
    root.site_file("a.test", "docs/page.html", "<p>page</p>");
    root.site_file("a.test", "views/404.html", "<h1>gone</h1>");
    root.site_file("b.test", ".env", "SECRET=other-secret\n");
    root.site("b.test", "import { router } from \"kitwork\"\n");
    let outside = root.write("outside.txt", "outside the root\n");
    let docs = root.site_dir("a.test").join("docs");
    std::os::unix::fs::symlink(&outside, docs.join("leak.txt")).unwrap();
    let s = root.serve("cores: 1");

    let r = s.get("a.test", "/doc/a.txt");
    assert_eq!((r.status, r.text().as_str()), (200, "0123456789"));
    assert_eq!(r.header("content-type"), Some("text/plain; charset=utf-8"));
    let etag = r.header("etag").expect("etag").to_string();
    let r = s.get("a.test", "/doc/page.html");
    assert_eq!(r.header("content-type"), Some("text/html; charset=utf-8"));

    let conditional = format!(
        "GET /doc/a.txt HTTP/1.1\r\nHost: a.test\r\nIf-None-Match: {etag}\r\nConnection: close\r\n\r\n"
    );
    let r = s.request(&conditional);
    assert_eq!((r.status, r.text().as_str()), (304, ""));
    let r = s.request(
        "GET /doc/a.txt HTTP/1.1\r\nHost: a.test\r\nRange: bytes=2-4\r\nConnection: close\r\n\r\n",
    );
    assert_eq!((r.status, r.text().as_str()), (206, "234"));
    assert_eq!(r.header("content-range"), Some("bytes 2-4/10"));

    let r = s.get("a.test", "/missing");
    assert_eq!((r.status, r.text().as_str()), (404, "<h1>gone</h1>"));
    let r = s.get("a.test", "/typed");
    assert_eq!(r.header("content-type"), Some("text/x-kit"));
    assert_eq!(r.header("cache-control"), Some("no-store"));
    assert_eq!(r.headers_named("content-type").len(), 1);
    assert_eq!(s.get("a.test", "/bad").status, 500);

    for path in [
        "/doc/..%2f.env",
        "/doc/%2e%2e%2f.env",
        "/doc/leak.txt",
        "/doc/nothing.txt",
        "/any/.env",
        "/any/docs/../.env",
        "/any/docs/..%2f.env",
        "/any/%2e%2e/b.test/.env",
        "/any/..%2fb.test%2f.env",
        "/any/%2fetc%2fpasswd",
        "/any/docs",
        "/any/app.kitwork.js/..",
    ] {
        assert_refused(&s, path, &["secret", "outside", "root:"]);
    }
    assert_eq!(s.get("a.test", "/any/docs/a.txt").text(), "0123456789");
}

/// `path` on a.test answers 404 and its body shows none of `secrets`.
fn assert_refused(s: &Server, path: &str, secrets: &[&str]) {
    let r = s.get("a.test", path);
    assert_eq!(r.status, 404, "{path}: {}", r.text());
    let body = r.text();
    for secret in secrets {
        assert!(!body.contains(secret), "{path} leaked {secret}: {body}");
    }
}
