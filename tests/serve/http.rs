//! HTTP/1.1 on the wire: keep-alive, pipelining, chunked uploads,
//! `Expect: 100-continue`, every limit, malformed input, slow clients.

use crate::util::{Root, Server};
use std::time::{Duration, Instant};

const APP: &str = r#"import { router } from "kitwork"
router.get("/").handle(() => "ok")
router.get("/n/:i").handle((req) => "n=" + req.params.i)
router.post("/up").handle((req) => ({ len: req.text().length, text: req.text() }))
router.get("/big").handle(() => "x".repeat(2 * 1024 * 1024))
"#;

fn server(name: &str, extra: &str) -> (Root, Server) {
    let root = Root::new(name);
    root.site("h.test", APP);
    let s = root.serve(extra);
    (root, s)
}

#[test]
fn keep_alive_ten_thousand_requests_on_one_connection() {
    let (_root, s) = server("keepalive", "cores: 1, access_log: false");
    let mut c = s.connect();
    for i in 0..10_000 {
        c.send(format!("GET /n/{i} HTTP/1.1\r\nHost: h.test\r\n\r\n").as_bytes());
        let r = c
            .read_response(false)
            .unwrap_or_else(|| panic!("closed at request {i}"));
        assert_eq!(r.status, 200, "request {i}");
        assert_eq!(r.body, format!("n={i}").as_bytes(), "request {i}");
        assert_ne!(r.header("connection"), Some("close"), "request {i}");
    }
    // A last one with `Connection: close` ends it.
    c.send(b"GET / HTTP/1.1\r\nHost: h.test\r\nConnection: close\r\n\r\n");
    let r = c.read_response(false).unwrap();
    assert_eq!(r.header("connection"), Some("close"));
    assert!(c.closed());
    assert!(
        !s.stdout().contains("access "),
        "access_log: false still logs"
    );
}

#[test]
fn pipelined_requests_are_answered_in_order() {
    let (_root, s) = server("pipeline", "cores: 1");
    let mut c = s.connect();
    let mut burst = Vec::new();
    for i in 0..8 {
        burst.extend_from_slice(format!("GET /n/{i} HTTP/1.1\r\nHost: h.test\r\n\r\n").as_bytes());
    }
    burst.extend_from_slice(b"POST /up HTTP/1.1\r\nHost: h.test\r\nContent-Length: 3\r\n\r\nabc");
    burst.extend_from_slice(b"GET /missing HTTP/1.1\r\nHost: h.test\r\n\r\n");
    burst.extend_from_slice(b"HEAD / HTTP/1.1\r\nHost: h.test\r\n\r\n");
    burst.extend_from_slice(b"GET /n/last HTTP/1.1\r\nHost: h.test\r\nConnection: close\r\n\r\n");
    c.send(&burst);
    for i in 0..8 {
        let r = c.read_response(false).unwrap();
        assert_eq!((r.status, r.text()), (200, format!("n={i}")));
    }
    let r = c.read_response(false).unwrap();
    assert_eq!(r.text(), r#"{"len":3,"text":"abc"}"#);
    assert_eq!(c.read_response(false).unwrap().status, 404);
    let r = c.read_response(true).unwrap();
    assert_eq!((r.status, r.header("content-length")), (200, Some("2")));
    let r = c.read_response(false).unwrap();
    assert_eq!(r.text(), "n=last");
    assert!(c.closed());
}

#[test]
fn chunked_upload_and_expect_continue() {
    let (_root, s) = server("chunked", "cores: 1");
    let mut c = s.connect();
    c.send(b"POST /up HTTP/1.1\r\nHost: h.test\r\nTransfer-Encoding: chunked\r\n\r\n");
    c.send(b"5\r\nhello\r\n");
    std::thread::sleep(Duration::from_millis(30));
    c.send(b"1;ext=1\r\n \r\nA\r\n0123456789\r\n");
    c.send(b"0\r\nX-Trailer: t\r\n\r\n");
    let r = c.read_response(false).unwrap();
    assert_eq!(r.status, 200);
    assert_eq!(r.text(), r#"{"len":16,"text":"hello 0123456789"}"#);

    // A bigger upload in many small chunks.
    let mut up = Vec::new();
    up.extend_from_slice(
        b"POST /up HTTP/1.1\r\nHost: h.test\r\nTransfer-Encoding: chunked\r\n\r\n",
    );
    for i in 0..2000 {
        up.extend_from_slice(
            format!(
                "100\r\n{}\r\n",
                ((b'a' + (i % 26) as u8) as char).to_string().repeat(256)
            )
            .as_bytes(),
        );
    }
    up.extend_from_slice(b"0\r\n\r\n");
    c.send(&up);
    let r = c.read_response(false).unwrap();
    assert_eq!(r.status, 200);
    assert!(
        r.text().starts_with(r#"{"len":512000,"text":"aaaa"#),
        "{}",
        &r.text()[..40]
    );

    // 100-continue: the interim answer comes before the body is sent.
    c.send(
        b"POST /up HTTP/1.1\r\nHost: h.test\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n",
    );
    let interim = c.read_response(false).unwrap();
    assert_eq!(interim.status, 100);
    c.send(b"body");
    let r = c.read_response(false).unwrap();
    assert_eq!(
        (r.status, r.text().as_str()),
        (200, r#"{"len":4,"text":"body"}"#)
    );
    // Same connection still works.
    c.send(b"GET / HTTP/1.1\r\nHost: h.test\r\n\r\n");
    assert_eq!(c.read_response(false).unwrap().text(), "ok");
}

/// Sends `raw` on a new connection: the answer must be `status` and the
/// connection closed after it.
fn refused(s: &Server, raw: &[u8], status: u16, what: &str) {
    let mut c = s.connect();
    // The peer may close before reading all we send: ignore write errors.
    use std::io::Write;
    let _ = c.stream.write_all(raw);
    let r = c
        .read_response(false)
        .unwrap_or_else(|| panic!("{what}: closed without an answer"));
    assert_eq!(r.status, status, "{what}: {}", r.text());
    assert_eq!(r.header("connection"), Some("close"), "{what}");
    assert!(c.closed(), "{what}: the connection stays open");
}

#[test]
fn every_limit() {
    let (_root, s) = server("limits", "cores: 1, max_body: 1000");
    let long = "a".repeat(9000);
    refused(
        &s,
        format!("GET /{long} HTTP/1.1\r\nHost: h.test\r\n\r\n").as_bytes(),
        414,
        "request line",
    );
    let big = "b".repeat(17 << 10);
    refused(
        &s,
        format!("GET / HTTP/1.1\r\nHost: h.test\r\nX-Big: {big}\r\n\r\n").as_bytes(),
        431,
        "head bytes",
    );
    let mut many = String::from("GET / HTTP/1.1\r\nHost: h.test\r\n");
    for i in 0..100 {
        many.push_str(&format!("X-H{i}: v\r\n"));
    }
    many.push_str("\r\n");
    refused(&s, many.as_bytes(), 431, "header count");
    let body = "c".repeat(1001);
    refused(
        &s,
        format!("POST /up HTTP/1.1\r\nHost: h.test\r\nContent-Length: 1001\r\n\r\n{body}")
            .as_bytes(),
        413,
        "Content-Length over max_body",
    );
    refused(
        &s,
        format!(
            "POST /up HTTP/1.1\r\nHost: h.test\r\nTransfer-Encoding: chunked\r\n\r\n3e9\r\n{body}\r\n0\r\n\r\n"
        )
        .as_bytes(),
        413,
        "chunked over max_body",
    );
    // A body announced too large with 100-continue: 413 instead of the
    // interim answer, so the client never sends it.
    refused(
        &s,
        b"POST /up HTTP/1.1\r\nHost: h.test\r\nExpect: 100-continue\r\nContent-Length: 5000\r\n\r\n",
        413,
        "100-continue over max_body",
    );
    // At the limit is fine.
    let body = "d".repeat(1000);
    let r = s.request(&format!(
        "POST /up HTTP/1.1\r\nHost: h.test\r\nContent-Length: 1000\r\n\r\n{body}"
    ));
    assert_eq!(r.status, 200);
    assert!(r.text().starts_with(r#"{"len":1000,"#));
    assert_eq!(s.get("h.test", "/").text(), "ok");
}

#[test]
fn malformed_requests_get_4xx_and_close() {
    let (_root, s) = server("malformed", "cores: 1");
    // Two answers are 5xx by the RFCs: an unsupported major version is
    // 505 (RFC 9110, 15.6.6), an unknown transfer coding 501 (RFC 9112,
    // 6.1). Everything else is the client's fault: 4xx.
    refused(
        &s,
        b"GET / HTTP/9.9\r\nHost: h.test\r\n\r\n",
        505,
        "HTTP/9.9",
    );
    refused(
        &s,
        b"POST /up HTTP/1.1\r\nHost: h.test\r\nTransfer-Encoding: gzip\r\n\r\n",
        501,
        "unknown TE",
    );
    let corpus: &[(&str, &[u8])] = &[
        ("garbage", b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03garbage\r\n\r\n"),
        ("no version", b"GET /\r\nHost: h.test\r\n\r\n"),
        ("bad version", b"GET / HTTP/1.x\r\nHost: h.test\r\n\r\n"),
        ("version without slash", b"GET / HTTP1.1\r\nHost: h.test\r\n\r\n"),
        ("lower-case version", b"GET / http/1.1\r\nHost: h.test\r\n\r\n"),
        ("space in target", b"GET /a b HTTP/1.1\r\nHost: h.test\r\n\r\n"),
        ("CL and TE", b"POST /up HTTP/1.1\r\nHost: h.test\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"),
        ("two CLs", b"POST /up HTTP/1.1\r\nHost: h.test\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd"),
        ("bad CL", b"POST /up HTTP/1.1\r\nHost: h.test\r\nContent-Length: 3x\r\n\r\nabc"),
        ("negative CL", b"POST /up HTTP/1.1\r\nHost: h.test\r\nContent-Length: -1\r\n\r\n"),
        ("bad chunk size", b"POST /up HTTP/1.1\r\nHost: h.test\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n"),
        ("chunk without CRLF", b"POST /up HTTP/1.1\r\nHost: h.test\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcXY0\r\n\r\n"),
        ("TE not ending in chunked", b"POST /up HTTP/1.1\r\nHost: h.test\r\nTransfer-Encoding: chunked, identity\r\n\r\n"),
        ("NUL in header", b"GET / HTTP/1.1\r\nHost: h.test\r\nX-A: a\x00b\r\n\r\n"),
        ("NUL in target", b"GET /a\x00b HTTP/1.1\r\nHost: h.test\r\n\r\n"),
        ("header without colon", b"GET / HTTP/1.1\r\nHost: h.test\r\nNoColon\r\n\r\n"),
        ("space before colon", b"GET / HTTP/1.1\r\nHost: h.test\r\nX-A : b\r\n\r\n"),
        ("obs-fold", b"GET / HTTP/1.1\r\nHost: h.test\r\nX-A: a\r\n  b\r\n\r\n"),
        ("two Hosts", b"GET / HTTP/1.1\r\nHost: h.test\r\nHost: other\r\n\r\n"),
        ("bad Host", b"GET / HTTP/1.1\r\nHost: h test\r\n\r\n"),
        ("bad port in Host", b"GET / HTTP/1.1\r\nHost: h.test:80x\r\n\r\n"),
        ("target not a path", b"GET foo HTTP/1.1\r\nHost: h.test\r\n\r\n"),
        ("empty method", b" / HTTP/1.1\r\nHost: h.test\r\n\r\n"),
        ("CR alone in header", b"GET / HTTP/1.1\r\nHost: h.test\r\nX-A: a\rb\r\n\r\n"),
        ("chunk size overflow", b"POST /up HTTP/1.1\r\nHost: h.test\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffffffff\r\n"),
    ];
    for (what, raw) in corpus {
        let mut c = s.connect();
        use std::io::Write;
        let _ = c.stream.write_all(raw);
        let r = c
            .read_response(false)
            .unwrap_or_else(|| panic!("{what}: closed without an answer"));
        assert!((400..500).contains(&r.status), "{what}: {}", r.status);
        assert!(c.closed(), "{what}: the connection stays open");
    }
    // Still serving.
    assert_eq!(s.get("h.test", "/").text(), "ok");
    let r = s.request("GET / HTTP/1.1\r\nHost: h.test\r\n\r\n");
    assert_eq!(r.status, 200);
}

#[test]
fn slowloris_gets_408_within_read_timeout() {
    let (_root, s) = server("slowloris", "cores: 1, read_timeout: 300");
    let started = Instant::now();
    let mut slow = s.connect();
    slow.send(b"GET / HTTP/1.1\r\nHost: h.te");
    // Others are served meanwhile, on the same (only) shard.
    for _ in 0..20 {
        let r = s.get("h.test", "/");
        assert_eq!(r.status, 200);
    }
    assert!(
        started.elapsed() < Duration::from_millis(300),
        "serving others took {:?}",
        started.elapsed()
    );
    slow.set_read_timeout(Duration::from_secs(5));
    let r = slow.read_response(false);
    let waited = started.elapsed();
    if let Some(r) = r {
        assert_eq!(r.status, 408);
        assert!(slow.closed());
    }
    assert!(
        waited >= Duration::from_millis(250) && waited < Duration::from_millis(1500),
        "closed after {waited:?} (read_timeout 300 ms)"
    );
    // A slow body is cut off as well.
    let started = Instant::now();
    let mut slow = s.connect();
    slow.send(b"POST /up HTTP/1.1\r\nHost: h.test\r\nContent-Length: 10\r\n\r\nabc");
    slow.set_read_timeout(Duration::from_secs(5));
    let r = slow.read_response(false);
    let waited = started.elapsed();
    if let Some(r) = r {
        assert_eq!(r.status, 408);
    }
    assert!(slow.closed());
    assert!(
        waited < Duration::from_millis(1500),
        "slow body closed after {waited:?}"
    );
    // A head trickled a byte at a time is cut off at read_timeout too.
    let started = Instant::now();
    let mut slow = s.connect();
    slow.set_read_timeout(Duration::from_millis(50));
    let mut answered = None;
    for b in b"GET / HTTP/1.1\r\nHost: h.test\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n" {
        use std::io::{Read, Write};
        if slow.stream.write_all(&[*b]).is_err() {
            break;
        }
        let mut buf = [0u8; 256];
        match slow.stream.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                answered = Some(String::from_utf8_lossy(&buf[..n]).into_owned());
                break;
            }
            Err(_) => {} // nothing yet: the 50 ms between bytes
        }
    }
    let waited = started.elapsed();
    if let Some(a) = answered {
        assert!(a.starts_with("HTTP/1.1 408"), "{a}");
    }
    assert!(
        waited < Duration::from_millis(1500),
        "a trickled head was served or held for {waited:?}"
    );
    assert_eq!(s.get("h.test", "/").text(), "ok");
}

#[test]
fn idle_keep_alive_connections_close_at_idle_timeout() {
    let (_root, s) = server("idle", "cores: 1, idle_timeout: 300, read_timeout: 5000");
    let mut c = s.connect();
    c.send(b"GET / HTTP/1.1\r\nHost: h.test\r\n\r\n");
    assert_eq!(c.read_response(false).unwrap().text(), "ok");
    let t = Instant::now();
    // Closed without an answer (no 408 for a connection with no request).
    assert!(c.closed());
    let waited = t.elapsed();
    assert!(
        waited >= Duration::from_millis(250) && waited < Duration::from_millis(1500),
        "{waited:?}"
    );
}

#[test]
fn configured_header_limits() {
    let (_root, s) = server(
        "hlimits",
        "cores: 1, max_headers: 10, max_header_bytes: 512",
    );
    let mut ten = String::from("GET / HTTP/1.1\r\nHost: h.test\r\n");
    for i in 0..9 {
        ten.push_str(&format!("X-H{i}: v\r\n"));
    }
    let r = s.request(&format!("{ten}\r\n"));
    assert_eq!(r.status, 200);
    refused(
        &s,
        format!("{ten}X-Eleventh: v\r\n\r\n").as_bytes(),
        431,
        "11 headers",
    );
    let pad = "p".repeat(500);
    refused(
        &s,
        format!("GET / HTTP/1.1\r\nHost: h.test\r\nX-Pad: {pad}\r\n\r\n").as_bytes(),
        431,
        "head over 512 bytes",
    );
    assert_eq!(s.get("h.test", "/").text(), "ok");
}

#[test]
fn big_bodies_http10_and_unknown_methods() {
    let (_root, s) = server("misc", "cores: 1");
    let mut c = s.connect();
    for _ in 0..3 {
        c.send(b"GET /big HTTP/1.1\r\nHost: h.test\r\n\r\n");
        let r = c.read_response(false).unwrap();
        assert_eq!(r.status, 200);
        assert_eq!(r.body.len(), 2 << 20);
        assert!(r.body.iter().all(|&b| b == b'x'));
    }
    c.send(b"HEAD /big HTTP/1.1\r\nHost: h.test\r\n\r\n");
    let r = c.read_response(true).unwrap();
    assert_eq!(r.header("content-length"), Some("2097152"));
    c.send(b"GET / HTTP/1.1\r\nHost: h.test\r\n\r\n");
    assert_eq!(c.read_response(false).unwrap().text(), "ok");

    // HTTP/1.0 closes after the answer unless it asks for keep-alive.
    let mut c = s.connect();
    c.send(b"GET / HTTP/1.0\r\nHost: h.test\r\n\r\n");
    let r = c.read_response(false).unwrap();
    assert_eq!(r.text(), "ok");
    assert!(c.closed());
    let mut c = s.connect();
    c.send(b"GET / HTTP/1.0\r\nHost: h.test\r\nConnection: keep-alive\r\n\r\n");
    assert_eq!(c.read_response(false).unwrap().text(), "ok");
    c.send(b"GET /n/2 HTTP/1.0\r\nHost: h.test\r\nConnection: keep-alive\r\n\r\n");
    assert_eq!(c.read_response(false).unwrap().text(), "n=2");

    // A method no route can have.
    let r = s.request("PROPFIND / HTTP/1.1\r\nHost: h.test\r\n\r\n");
    assert_eq!(r.status, 501);
    assert_eq!(s.get("h.test", "/").text(), "ok");
}
