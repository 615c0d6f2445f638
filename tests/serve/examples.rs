//! The seed examples of LANGUAGE.md and the bundled `examples/`.

use crate::util::{copy_tree, Root, Server};
use std::path::Path;

/// The seed bootstrap as LANGUAGE.md writes it (without its PostgreSQL
/// database), and a tenant in the seed's shape answering with `res.json`.
#[test]
fn seed_bootstrap_and_tenant() {
    let root = Root::new("seed");
    root.write(
        "server.kitwork.js",
        r#"// server.kitwork.js — run once at start, in the host VM
import { server, env } from "kitwork"
server.run({
  port: env.PORT || 8080,
  root: env.ROOT || "tenants",
  hostname: "kitwork.io",
  hot_reload: true
})
"#,
    );
    root.site(
        "kitwork.io",
        r#"import { router } from "kitwork"
router.get("/api/users").handle((req, res) => {
  const users = [1, 2, 3].map((id) => ({ id: id, name: `User ${id}` }))
  return res.json({ success: true, users: users, time: new Date().toISOString() })
})
"#,
    );
    let s = Server::start(&root.dir, "server.kitwork.js", &[]);
    let r = s.get("kitwork.io", "/api/users");
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.header("content-type"), Some("application/json"));
    let body = r.text();
    assert!(
        body.starts_with(
            r#"{"success":true,"users":[{"id":1,"name":"User 1"},{"id":2,"name":"User 2"},{"id":3,"name":"User 3"}],"time":"20"#
        ),
        "{body}"
    );
    assert!(body.ends_with(r#"Z"}"#), "{body}");
    assert!(s.stdout().contains("kitwork: serving 1 site(s)"));
}

/// `examples/server.kitwork.js` and its demo tenant, copied as they are.
#[test]
fn bundled_examples() {
    let root = Root::new("examples");
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    std::fs::copy(
        examples.join("server.kitwork.js"),
        root.dir.join("server.kitwork.js"),
    )
    .unwrap();
    let _ = std::fs::remove_dir_all(root.dir.join("tenants"));
    copy_tree(&examples.join("tenants"), &root.dir.join("tenants"));
    let s = Server::start(&root.dir, "server.kitwork.js", &[]);
    let h = "localhost";

    let r = s.get(h, "/");
    assert_eq!(r.status, 200);
    assert_eq!(r.text(), "<h1>Hello from the demo tenant</h1>");
    assert_eq!(r.header("content-type"), Some("text/html; charset=utf-8"));

    let r = s.get(h, "/teststatic");
    assert_eq!((r.status, r.text().as_str()), (200, "static cache output"));

    let r = s.get(h, "/api/users");
    assert_eq!(r.status, 200);
    let body = r.text();
    assert!(
        body.starts_with(
            r#"{"success":true,"users":[{"id":1,"name":"User 1","email":"user1@example.com"},"#
        ),
        "{body}"
    );
    assert!(
        body.contains(r#"{"id":10,"name":"User 10","email":"user10@example.com"}],"time":""#),
        "{body}"
    );
    assert_eq!(body.matches("\"id\":").count(), 10);

    let r = s.get(h, "/hello/ada?x=1&y=two%20words");
    assert_eq!(r.status, 200);
    assert_eq!(
        r.text(),
        r#"{"hello":"ada","query":{"x":"1","y":"two words"}}"#
    );

    let r = s.get(h, "/hello/J%C3%BCrgen%20B?q=a+b&e=%26");
    assert_eq!(
        r.text(),
        r#"{"hello":"Jürgen B","query":{"q":"a b","e":"&"}}"#
    );

    let json = r#"{"a":[1,2],"b":"c"}"#;
    let r = s.request(&format!(
        "POST /echo HTTP/1.1\r\nHost: {h}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{json}",
        json.len()
    ));
    assert_eq!(r.status, 201);
    assert_eq!(r.text(), format!(r#"{{"got":{json}}}"#));

    let r = s.get(h, "/admin/stats");
    assert_eq!((r.status, r.text().as_str()), (403, "Forbidden"));
    let r = s.request(&format!(
        "GET /admin/stats HTTP/1.1\r\nHost: {h}\r\nX-Token: wrong\r\n\r\n"
    ));
    assert_eq!(r.status, 403);
    let r = s.request(&format!(
        "GET /admin/stats HTTP/1.1\r\nHost: {h}\r\nX-Token: let-me-in\r\n\r\n"
    ));
    assert_eq!((r.status, r.text().as_str()), (200, r#"{"ok":true}"#));

    let r = s.get(h, "/boom");
    assert_eq!(r.status, 500);
    let body = r.text();
    assert!(body.starts_with(r#"{"error":""#), "{body}");
    assert!(
        body.contains("name"),
        "the message names the property: {body}"
    );

    let r = s.get(h, "/robots.txt");
    assert_eq!(r.status, 200);
    assert_eq!(r.text(), "User-agent: *\nAllow: /\n");
    assert!(r.header("content-type").unwrap().starts_with("text/plain"));

    let css = "body { font-family: sans-serif }\n";
    let r = s.get(h, "/assets/site.css");
    assert_eq!(r.status, 200);
    assert_eq!(r.text(), css);
    assert!(r.header("content-type").unwrap().starts_with("text/css"));
    let etag = r.header("etag").expect("an ETag").to_string();
    assert!(r.header("last-modified").is_some());
    let r = s.request(&format!(
        "GET /assets/site.css HTTP/1.1\r\nHost: {h}\r\nIf-None-Match: {etag}\r\n\r\n"
    ));
    assert_eq!(r.status, 304);
    assert!(r.body.is_empty());
    assert_eq!(r.header("etag"), Some(etag.as_str()));
    let r = s.request(&format!(
        "HEAD /assets/site.css HTTP/1.1\r\nHost: {h}\r\n\r\n"
    ));
    assert_eq!(r.status, 200);
    assert!(r.body.is_empty());
    assert_eq!(
        r.header("content-length"),
        Some(css.len().to_string().as_str())
    );
    assert_eq!(r.header("etag"), Some(etag.as_str()));
    let r = s.request(&format!(
        "GET /assets/site.css HTTP/1.1\r\nHost: {h}\r\nIf-None-Match: \"other\"\r\n\r\n"
    ));
    assert_eq!(r.status, 200);
    let r = s.request(&format!(
        "GET /assets/site.css HTTP/1.1\r\nHost: {h}\r\nRange: bytes=0-3\r\n\r\n"
    ));
    assert_eq!(r.status, 206);
    assert_eq!(r.text(), "body");
    assert_eq!(
        r.header("content-range"),
        Some(format!("bytes 0-3/{}", css.len()).as_str())
    );
    let r = s.request(&format!(
        "GET /assets/site.css HTTP/1.1\r\nHost: {h}\r\nRange: bytes=-9\r\n\r\n"
    ));
    assert_eq!((r.status, r.text().as_str()), (206, "-serif }\n"));

    let r = s.request(&format!(
        "GET /assets/site.css HTTP/1.1\r\nHost: {h}\r\nRange: bytes=100-200\r\n\r\n"
    ));
    assert_eq!(r.status, 416);
    assert_eq!(
        r.header("content-range"),
        Some(format!("bytes */{}", css.len()).as_str())
    );
    let lm = s
        .get(h, "/assets/site.css")
        .header("last-modified")
        .unwrap()
        .to_string();
    let r = s.request(&format!(
        "GET /assets/site.css HTTP/1.1\r\nHost: {h}\r\nIf-Modified-Since: {lm}\r\n\r\n"
    ));
    assert_eq!(r.status, 304);
    let r = s.get(h, "/assets/site.css?v=123");
    assert_eq!((r.status, r.text().as_str()), (200, css));

    // Every request made an access-log line.
    s.wait_log(
        false,
        &[
            "access",
            "host=localhost",
            "target=\"/teststatic\"",
            "status=200",
        ],
        std::time::Duration::from_secs(2),
    );
}
