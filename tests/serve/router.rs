//! The router and the request/response objects, through real HTTP.

use crate::util::Root;
use std::time::Duration;

const APP: &str = r#"import { router, fail } from "kitwork"

router.get("/u/*rest").handle((req) => "wild " + req.params.rest)
router.get("/u/:id").handle((req) => "param " + req.params.id)
router.get("/u/new").handle(() => "static")

router.get("/only-get").handle(() => "got")
router.delete("/only-get").handle(() => "deleted")

router.get("/obj").handle(() => ({ a: 1, b: [true, null], c: "x" }))
router.get("/str").handle(() => "plain text")
router.get("/nothing").handle(() => undefined)
router.get("/go").handle((req, res) => res.redirect("/there"))
router.get("/moved").handle((req, res) => res.redirect("https://example.com/new", 301))

router.get("/cookies").handle((req, res) => {
  res.cookie("sid", "abc 1", { httpOnly: true, maxAge: 60 })
  res.cookie("theme", "dark", { path: "/app", sameSite: "Lax", secure: true })
  return { a: req.cookies.a, b: req.cookies.b, none: req.cookies.none ?? null }
})

router.post("/form").handle((req) => req.body())
router.put("/text").handle((req) => ({ text: req.text(), method: req.method }))
router.get("/headers").handle((req, res) => res.status(202).header("X-Custom", "yes").text(req.headers["x-in"]))

router.get("/req/:x").handle((req) => ({ method: req.method, path: req.path, url: req.url, ip: req.ip, params: req.params, query: req.query, host: req.headers.host }))
router.get("/crash").handle((req) => {
  const user = undefined
  return user.name
})
router.get("/fails").handle(() => fail("custom failure"))
"#;

#[test]
fn routes_match_static_then_param_then_wildcard() {
    let root = Root::new("router-order");
    root.site("r.test", APP);
    let s = root.serve("cores: 1");
    let t = |p: &str| {
        let r = s.get("r.test", p);
        (r.status, r.text())
    };
    assert_eq!(t("/u/new"), (200, "static".into()));
    assert_eq!(t("/u/42"), (200, "param 42".into()));
    assert_eq!(t("/u/42/x/y"), (200, "wild 42/x/y".into()));
    assert_eq!(t("/u/new/more"), (200, "wild new/more".into()));
    // A wildcard takes the rest of the path, possibly empty (router.rs).
    assert_eq!(t("/u"), (200, "wild ".into()));
    assert_eq!(t("/nope").0, 404);
    assert_eq!(t("/nope/u/new").0, 404);
}

#[test]
fn not_found_method_not_allowed_and_head() {
    let root = Root::new("router-405");
    root.site("r.test", APP);
    let s = root.serve("cores: 1");
    let r = s.request("POST /only-get HTTP/1.1\r\nHost: r.test\r\nContent-Length: 0\r\n\r\n");
    assert_eq!(r.status, 405);
    let allow = r.header("allow").expect("405 carries Allow").to_string();
    let mut methods: Vec<&str> = allow.split(',').map(str::trim).collect();
    methods.sort();
    assert!(
        methods.contains(&"GET") && methods.contains(&"DELETE"),
        "{allow}"
    );
    assert!(!methods.contains(&"POST"), "{allow}");
    let r = s.request("DELETE /only-get HTTP/1.1\r\nHost: r.test\r\n\r\n");
    assert_eq!((r.status, r.text().as_str()), (200, "deleted"));
    assert_eq!(s.get("r.test", "/missing").status, 404);

    // HEAD is answered by the GET route: same headers, no body.
    let get = s.get("r.test", "/obj");
    let mut c = s.connect();
    c.send(b"HEAD /obj HTTP/1.1\r\nHost: r.test\r\n\r\nGET /str HTTP/1.1\r\nHost: r.test\r\n\r\n");
    let head = c.read_response(true).unwrap();
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    assert_eq!(head.header("content-length"), get.header("content-length"));
    assert_eq!(head.header("content-type"), Some("application/json"));
    // No body bytes were sent after the HEAD answer: the next response
    // starts right there.
    let next = c.read_response(false).unwrap();
    assert_eq!((next.status, next.text().as_str()), (200, "plain text"));
}

#[test]
fn handler_results_redirects_and_headers() {
    let root = Root::new("router-results");
    root.site("r.test", APP);
    let s = root.serve("cores: 1");
    let r = s.get("r.test", "/obj");
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(r.text(), r#"{"a":1,"b":[true,null],"c":"x"}"#);
    let r = s.get("r.test", "/str");
    assert_eq!(r.header("content-type"), Some("text/plain; charset=utf-8"));
    assert_eq!(r.text(), "plain text");
    let r = s.get("r.test", "/req/a%20b?k=v&flag&n=1+2");
    assert_eq!(
        r.text(),
        r#"{"method":"GET","path":"/req/a%20b","url":"/req/a%20b?k=v&flag&n=1+2","ip":"127.0.0.1","params":{"x":"a b"},"query":{"k":"v","flag":"","n":"1 2"},"host":"r.test"}"#
    );
    let r = s.get("r.test", "/nothing");
    assert_eq!(r.status, 204);
    assert!(r.body.is_empty());
    let r = s.get("r.test", "/go");
    assert_eq!((r.status, r.header("location")), (302, Some("/there")));
    let r = s.get("r.test", "/moved");
    assert_eq!(
        (r.status, r.header("location")),
        (301, Some("https://example.com/new"))
    );
    let r = s.request("GET /headers HTTP/1.1\r\nHost: r.test\r\nX-In: echo me\r\n\r\n");
    assert_eq!(r.status, 202);
    assert_eq!(r.header("x-custom"), Some("yes"));
    assert_eq!(r.text(), "echo me");
}

#[test]
fn cookies_in_and_out() {
    let root = Root::new("router-cookies");
    root.site("r.test", APP);
    let s = root.serve("cores: 1");
    let r =
        s.request("GET /cookies HTTP/1.1\r\nHost: r.test\r\nCookie: a=1; b=hello%20world\r\n\r\n");
    assert_eq!(r.status, 200);
    assert_eq!(r.text(), r#"{"a":"1","b":"hello world","none":null}"#);
    let set = r.headers_named("set-cookie");
    assert_eq!(set.len(), 2, "{:?}", r.headers);
    let sid: Vec<&str> = set[0].split("; ").collect();
    assert_eq!(sid[0], "sid=abc%201");
    for attr in ["Max-Age=60", "HttpOnly", "Path=/"] {
        assert!(sid.contains(&attr), "{attr} in {}", set[0]);
    }
    let theme: Vec<&str> = set[1].split("; ").collect();
    assert_eq!(theme[0], "theme=dark");
    for attr in ["Path=/app", "SameSite=Lax", "Secure"] {
        assert!(theme.contains(&attr), "{attr} in {}", set[1]);
    }
    assert!(!theme.contains(&"Path=/"), "{}", set[1]);
}

#[test]
fn request_bodies() {
    let root = Root::new("router-bodies");
    root.site("r.test", APP);
    let s = root.serve("cores: 1");
    let form = "a=1&b=x+y%21&c=";
    let r = s.request(&format!(
        "POST /form HTTP/1.1\r\nHost: r.test\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{form}",
        form.len()
    ));
    assert_eq!(r.status, 200);
    assert_eq!(r.text(), r#"{"a":"1","b":"x y!","c":""}"#);
    let text = "héllo\nworld";
    let r = s.request(&format!(
        "PUT /text HTTP/1.1\r\nHost: r.test\r\nContent-Length: {}\r\n\r\n{text}",
        text.len()
    ));
    assert_eq!(r.text(), r#"{"text":"héllo\nworld","method":"PUT"}"#);
}

#[test]
fn runtime_error_without_catch_is_500_and_logged() {
    let root = Root::new("router-500");
    root.site("r.test", APP);
    let s = root.serve("cores: 1");
    let r = s.get("r.test", "/crash");
    assert_eq!(r.status, 500);
    assert_eq!(r.text(), "Internal Server Error");
    // The log names the tenant and the position (line 29, column of `.name`).
    let line = s.wait_log(
        true,
        &["tenant=r.test", "app.kitwork.js:29:"],
        Duration::from_secs(2),
    );
    assert!(
        line.ends_with(
            "app.kitwork.js:29:15: TypeError: Cannot read properties of undefined (reading 'name')"
        ),
        "{line}"
    );
    let r = s.get("r.test", "/fails");
    assert_eq!(r.status, 500);
    assert!(!r.text().contains("custom failure"));
    s.wait_log(
        true,
        &["tenant=r.test", "app.kitwork.js:31:", "custom failure"],
        Duration::from_secs(2),
    );
    // The server still serves.
    assert_eq!(s.get("r.test", "/str").status, 200);
}

#[test]
fn development_mode_shows_the_error_in_the_500() {
    let root = Root::new("router-dev");
    root.site("r.test", APP);
    let s = root.serve("cores: 1, development: true");
    let r = s.get("r.test", "/crash");
    assert_eq!(r.status, 500);
    let body = r.text();
    assert!(body.starts_with("Internal Server Error"), "{body}");
    assert!(body.contains("app.kitwork.js:29:"), "{body}");
    assert!(body.contains("TypeError"), "{body}");
    let r = s.get("r.test", "/fails");
    assert!(r.text().contains("custom failure"), "{}", r.text());
}

/// guard -> middleware -> handle -> then, catch, finally; `use` for all;
/// header injection refused.
#[test]
fn route_lifecycle_and_header_injection() {
    let root = Root::new("router-lifecycle");
    root.site(
        "l.test",
        r#"import { router, fail } from "kitwork"
router.use((req, res) => { res.header("X-Use", "1") })
router.get("/flow")
  .guard((req) => req.query.deny != "1")
  .middleware((req, res) => { if (req.query.stop == "1") { res.status(418).text("stopped") } })
  .handle((req) => ({ step: "handle" }))
  .then((req, res, v) => ({ step: v.step + "+then" }))
  .finally((req, res) => { res.header("X-Finally", "yes") })
router.get("/caught")
  .handle(() => fail("nope"))
  .catch((err, req, res) => res.status(503).json({ name: err.name, message: err.message, line: err.line }))
  .finally((req, res) => { res.header("X-Finally", "yes") })
router.get("/inject").handle((req, res) => res.header("X-A", "a\r\nSet-Cookie: evil=1").text("no"))
router.get("/inject2").handle((req, res) => res.redirect("/x\r\nSet-Cookie: evil=1"))
const admin = router.group("/admin")
admin.guard((req) => req.headers["x-key"] == "k")
admin.get("/").handle(() => "admin root")
admin.group("/deep").get("/x").handle(() => "deep")
"#,
    );
    let s = root.serve("cores: 1");
    let r = s.get("l.test", "/flow");
    assert_eq!(r.status, 200);
    assert_eq!(r.text(), r#"{"step":"handle+then"}"#);
    assert_eq!(r.header("x-use"), Some("1"));
    assert_eq!(r.header("x-finally"), Some("yes"));
    let r = s.get("l.test", "/flow?deny=1");
    assert_eq!((r.status, r.text().as_str()), (403, "Forbidden"));
    let r = s.get("l.test", "/flow?stop=1");
    assert_eq!((r.status, r.text().as_str()), (418, "stopped"));
    let r = s.get("l.test", "/caught");
    assert_eq!(r.status, 503);
    assert_eq!(r.text(), r#"{"name":"Error","message":"nope","line":10}"#);
    assert_eq!(r.header("x-finally"), Some("yes"));
    for p in ["/inject", "/inject2"] {
        let r = s.get("l.test", p);
        assert_eq!(r.status, 500, "{p}");
        assert!(r.header("set-cookie").is_none(), "{p}: {:?}", r.headers);
    }
    assert_eq!(s.get("l.test", "/admin").status, 403);
    assert_eq!(s.get("l.test", "/admin/deep/x").status, 403);
    let r = s.request("GET /admin HTTP/1.1\r\nHost: l.test\r\nX-Key: k\r\n\r\n");
    assert_eq!(r.text(), "admin root");
    let r = s.request("GET /admin/deep/x HTTP/1.1\r\nHost: l.test\r\nX-Key: k\r\n\r\n");
    assert_eq!(r.text(), "deep");
}
