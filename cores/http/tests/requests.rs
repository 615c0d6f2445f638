//! Reading requests: pipelining, keep-alive, bodies, tiny reads, 100-continue.

mod common;

use common::{run, run_with};
use kitwork_http::{Limits, Method};

#[test]
fn a_simple_get() {
    let r = run(b"GET /a/b%20c?x=1&y=a+b HTTP/1.1\r\nHost: Example.com:8080\r\nUser-Agent: t\r\nAccept: */*\r\n\r\n");
    assert_eq!(r.end, None);
    let req = &r.requests[0];
    assert_eq!(req.method, Method::Get);
    assert_eq!(req.target, "/a/b%20c?x=1&y=a+b");
    assert_eq!(req.path(), "/a/b%20c");
    assert_eq!(req.path_decoded(), "/a/b c");
    assert_eq!(req.query(), "x=1&y=a+b");
    let pairs: Vec<_> = req
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("x".to_string(), "1".to_string()),
            ("y".to_string(), "a b".to_string())
        ]
    );
    assert_eq!(req.version_minor, 1);
    assert_eq!(req.host(), Some("example.com"));
    assert_eq!(req.header("user-agent"), Some("t"));
    assert_eq!(req.header("ACCEPT"), Some("*/*"));
    assert_eq!(req.headers[0].0, "host");
    assert!(req.keep_alive);
    assert!(!req.expect_continue);
    assert!(req.body.is_empty());
}

#[test]
fn three_pipelined_requests_in_one_write() {
    let input = b"GET /1 HTTP/1.1\r\nHost: a\r\n\r\n\
POST /2 HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello\
GET /3 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n";
    for step in [0, 1, 7] {
        let r = run_with(input, step, &Limits::default());
        assert_eq!(r.end, None);
        let paths: Vec<_> = r.requests.iter().map(|q| q.path()).collect();
        assert_eq!(paths, ["/1", "/2", "/3"]);
        assert_eq!(r.requests[1].body, b"hello");
        assert_eq!(r.requests[1].method, Method::Post);
        assert!(r.requests[0].keep_alive && r.requests[1].keep_alive);
        assert!(!r.requests[2].keep_alive);
    }
}

#[test]
fn keep_alive_rules() {
    let cases: &[(&[u8], bool)] = &[
        (b"GET / HTTP/1.1\r\nHost: a\r\n\r\n", true),
        (
            b"GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
            false,
        ),
        (
            b"GET / HTTP/1.1\r\nHost: a\r\nConnection: Upgrade, CLOSE\r\n\r\n",
            false,
        ),
        (
            b"GET / HTTP/1.1\r\nHost: a\r\nConnection: keep-alive\r\n\r\n",
            true,
        ),
        (b"GET / HTTP/1.0\r\n\r\n", false),
        (b"GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", true),
        (b"GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n", true),
        (
            b"GET / HTTP/1.0\r\nConnection: keep-alive, close\r\n\r\n",
            false,
        ),
    ];
    for (input, keep) in cases {
        let r = run(input);
        assert_eq!(r.end, None);
        assert_eq!(
            r.requests[0].keep_alive,
            *keep,
            "{}",
            String::from_utf8_lossy(input)
        );
    }
}

#[test]
fn http_1_0_needs_no_host() {
    let r = run(b"GET / HTTP/1.0\r\n\r\n");
    assert_eq!(r.requests[0].version_minor, 0);
    assert_eq!(r.requests[0].host(), None);
}

#[test]
fn hosts() {
    let host_of = |h: &str| {
        let input = format!("GET / HTTP/1.1\r\nHost: {h}\r\n\r\n");
        run(input.as_bytes()).requests[0].host().map(str::to_string)
    };
    assert_eq!(host_of("EXAMPLE.com").as_deref(), Some("example.com"));
    assert_eq!(host_of("[::1]:8080").as_deref(), Some("[::1]"));
    assert_eq!(host_of("[2001:DB8::1]").as_deref(), Some("[2001:db8::1]"));
    assert_eq!(host_of("127.0.0.1:80").as_deref(), Some("127.0.0.1"));
    assert_eq!(host_of(""), None);
    // An absolute-form target's authority wins over Host.
    let r = run(b"GET http://Other.org:81/p?q=1 HTTP/1.1\r\nHost: a.com\r\n\r\n");
    let req = &r.requests[0];
    assert_eq!(req.host(), Some("other.org"));
    assert_eq!((req.path(), req.query()), ("/p", "q=1"));
    let r = run(b"GET http://h.org HTTP/1.1\r\nHost: h.org\r\n\r\n");
    assert_eq!(r.requests[0].path(), "/");
}

#[test]
fn empty_lines_between_requests_are_skipped() {
    let r = run(
        b"\r\n\r\nGET /1 HTTP/1.1\r\nHost: a\r\n\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\n\r\n",
    );
    assert_eq!(r.end, None);
    assert_eq!(r.requests.len(), 2);
}

#[test]
fn clean_eof() {
    assert_eq!(run(b"").end, None);
    assert!(run(b"").requests.is_empty());
    let r = run(b"GET / HTTP/1.1\r\nHost: a\r\n\r\n");
    assert_eq!((r.requests.len(), r.end), (1, None));
}

#[test]
fn truncated_input_is_an_error() {
    for input in [
        &b"GET / HTTP/1.1\r\nHost: a\r\n"[..],
        b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\nabc",
        b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab",
        b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n",
    ] {
        let e = run(input).end.expect("an error");
        assert_eq!(e.status, 400);
    }
}

#[test]
fn chunked_body_with_extensions_and_trailers() {
    let input = b"POST /up HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n\
5;ext=1\r\nhello\r\n\
1 ; a=\"b c\";d\r\n \r\n\
00006\r\nworld!\r\n\
0;last\r\nX-Trailer: 1\r\nChecksum: abc\r\n\r\n\
GET /next HTTP/1.1\r\nHost: a\r\n\r\n";
    for step in [0, 1, 3] {
        let r = run_with(input, step, &Limits::default());
        assert_eq!(r.end, None, "step {step}");
        assert_eq!(r.requests.len(), 2);
        assert_eq!(r.requests[0].body, b"hello world!");
        // Trailers are read and dropped, not merged into the head.
        assert_eq!(r.requests[0].header("x-trailer"), None);
        assert_eq!(r.requests[1].path(), "/next");
    }
}

#[test]
fn chunked_without_trailers_and_uppercase_hex() {
    let body: Vec<u8> = (0..300u32).map(|i| (i % 251) as u8).collect();
    let mut input =
        b"PUT / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: Chunked\r\n\r\n12C\r\n".to_vec();
    input.extend_from_slice(&body);
    input.extend_from_slice(b"\r\n0\r\n\r\n");
    let r = run(&input);
    assert_eq!(r.end, None);
    assert_eq!(r.requests[0].body, body);
}

#[test]
fn large_body_byte_by_byte() {
    let body: Vec<u8> = (0..100_000u32).map(|i| (i * 7 % 256) as u8).collect();
    let mut input = format!(
        "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    input.extend_from_slice(&body);
    input.extend_from_slice(b"GET /after HTTP/1.1\r\nHost: a\r\n\r\n");
    for step in [1, 13, 0] {
        let r = run_with(&input, step, &Limits::default());
        assert_eq!(r.end, None);
        assert_eq!(r.requests[0].body, body);
        assert_eq!(r.requests[1].path(), "/after");
    }
}

#[test]
fn expect_100_continue_writes_the_interim_response() {
    let input =
        b"POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\nabc";
    let r = run(input);
    assert_eq!(r.end, None);
    assert!(r.requests[0].expect_continue);
    assert_eq!(r.requests[0].body, b"abc");
    assert_eq!(r.written, b"HTTP/1.1 100 Continue\r\n\r\n");

    let chunked = b"POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-Continue\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n";
    let r = run(chunked);
    assert_eq!(r.requests[0].body, b"abc");
    assert_eq!(r.written, b"HTTP/1.1 100 Continue\r\n\r\n");
}

#[test]
fn expect_100_continue_without_body_or_on_1_0_writes_nothing() {
    let r = run(b"GET / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n\r\n");
    assert!(r.requests[0].expect_continue);
    assert!(r.written.is_empty());
    let r = run(b"POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\nx");
    assert!(!r.requests[0].expect_continue);
    assert!(r.written.is_empty());
}

#[test]
fn expect_100_continue_over_the_body_limit_is_413_without_continue() {
    let limits = Limits {
        max_body: 10,
        ..Limits::default()
    };
    let r = run_with(
        b"POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 11\r\n\r\n",
        0,
        &limits,
    );
    assert_eq!(r.end.map(|e| e.status), Some(413));
    assert!(r.written.is_empty());
}

#[test]
fn unknown_expectation_is_417() {
    let r = run(b"POST / HTTP/1.1\r\nHost: a\r\nExpect: 200-ok\r\nContent-Length: 1\r\n\r\nx");
    assert_eq!(r.end.map(|e| e.status), Some(417));
}

#[test]
fn methods_and_target_forms() {
    let r = run(b"OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\nCONNECT a.com:443 HTTP/1.1\r\nHost: a.com:443\r\n\r\nPURGE /x HTTP/1.1\r\nHost: a\r\n\r\nHEAD / HTTP/1.1\r\nHost: a\r\n\r\n");
    assert_eq!(r.end, None);
    assert_eq!(r.requests[0].method, Method::Options);
    assert_eq!(r.requests[0].path(), "*");
    assert_eq!(r.requests[1].method, Method::Connect);
    assert_eq!(r.requests[2].method, Method::Other("PURGE".into()));
    assert_eq!(r.requests[2].method.as_str(), "PURGE");
    assert!(r.requests[3].is_head());
}

#[test]
fn repeated_fields_stay_and_values_are_trimmed() {
    let r =
        run(b"GET / HTTP/1.1\r\nHost: a\r\nCookie: a=1\r\nX-Sp:   padded  \r\nCookie: b=2\r\n\r\n");
    let req = &r.requests[0];
    let cookies: Vec<_> = req
        .headers
        .iter()
        .filter(|(n, _)| n == "cookie")
        .map(|(_, v)| v.as_str())
        .collect();
    assert_eq!(cookies, ["a=1", "b=2"]);
    assert_eq!(req.header("x-sp"), Some("padded"));
}

#[test]
fn pipelined_answers_leave_in_one_write_before_the_next_read() {
    use futures_lite::future::block_on;
    use kitwork_http::{Conn, DateCache, MemStream, Response};
    let input = b"GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\nGET /3 HTTP/1.1\r\nHost: a\r\n\r\n";
    let mut conn = Conn::new(MemStream::new(&input[..], 0));
    let mut date = DateCache::new();
    block_on(async {
        while let Some(req) = conn.next_request(&Limits::default()).await.unwrap() {
            let resp = Response::new(200, req.path().to_string());
            resp.write_into(conn.out(), req.is_head(), req.keep_alive, &mut date);
        }
    });
    // All three answers went out together when the connection next read.
    assert_eq!(conn.get_mut().writes, 1);
    let text = String::from_utf8(conn.get_mut().written.clone()).unwrap();
    assert_eq!(text.matches("HTTP/1.1 200 OK").count(), 3);
    let bodies: Vec<_> = ["/1", "/2", "/3"]
        .iter()
        .map(|p| text.find(&format!("\r\n\r\n{p}")).unwrap())
        .collect();
    assert!(bodies[0] < bodies[1] && bodies[1] < bodies[2]);
}

#[test]
fn bare_lf_line_ends_are_accepted_in_the_head() {
    // RFC 9112 2.2 lets a server take a bare LF as a line end (nginx does);
    // inside chunked framing it is refused (see malformed.rs).
    let r = run(b"GET /1 HTTP/1.1\nHost: a\n\nPOST /2 HTTP/1.1\nHost: a\nContent-Length: 2\n\nok");
    assert_eq!(r.end, None);
    assert_eq!(r.requests.len(), 2);
    assert_eq!(r.requests[1].body, b"ok");
}

#[test]
fn next_request_into_reuses_one_request_and_matches_fresh_ones() {
    use futures_lite::future::block_on;
    use kitwork_http::{Conn, MemStream, Request};
    let input: &[u8] = b"POST /a?x HTTP/1.1\r\nHost: A.com\r\nX-1: 1\r\nX-2: 2\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\nabc\
GET http://b.org/p HTTP/1.1\r\nHost: ignored\r\n\r\n\
GET /c HTTP/1.0\r\n\r\n\
PUT /d HTTP/1.1\r\nHost: d\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n";
    let fresh = run(input).requests;
    assert_eq!(fresh.len(), 4);
    let mut conn = Conn::new(MemStream::new(input, 0));
    let mut req = Request::default();
    let limits = Limits::default();
    for expected in &fresh {
        assert!(block_on(conn.next_request_into(&mut req, &limits)).unwrap());
        assert_eq!(&req, expected);
        assert_eq!(req.host(), expected.host());
        assert_eq!(
            (req.path(), req.query()),
            (expected.path(), expected.query())
        );
    }
    assert!(!block_on(conn.next_request_into(&mut req, &limits)).unwrap());
}

#[test]
fn a_reused_request_keeps_its_buffers() {
    use futures_lite::future::block_on;
    use kitwork_http::{Conn, MemStream, Request};
    let one: &[u8] = b"GET /first/path?q=1 HTTP/1.1\r\nHost: example.com\r\nUser-Agent: a\r\nAccept: */*\r\n\r\n";
    let input = one.repeat(3);
    let mut conn = Conn::new(MemStream::new(input, 0));
    let mut req = Request::default();
    let limits = Limits::default();
    assert!(block_on(conn.next_request_into(&mut req, &limits)).unwrap());
    let ptrs = |r: &Request| {
        let mut p = vec![r.target.as_ptr(), r.headers.as_ptr().cast()];
        for (n, v) in &r.headers {
            p.push(n.as_ptr());
            p.push(v.as_ptr());
        }
        p
    };
    let before = ptrs(&req);
    for _ in 0..2 {
        assert!(block_on(conn.next_request_into(&mut req, &limits)).unwrap());
        assert_eq!(ptrs(&req), before, "a buffer was reallocated");
    }
}

#[test]
fn buffered_input_write_all_and_into_inner() {
    use futures_lite::future::block_on;
    use kitwork_http::{Conn, MemStream};
    let input: &[u8] = b"GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTT";
    let mut conn = Conn::new(MemStream::new(input, 0));
    let req = block_on(conn.next_request(&Limits::default()))
        .unwrap()
        .unwrap();
    assert_eq!(req.path(), "/1");
    assert!(conn.has_buffered_input());
    conn.out().extend_from_slice(b"head;");
    block_on(conn.write_all(b"big body")).unwrap();
    assert_eq!(conn.get_mut().written, b"head;big body");
    let (stream, rest) = conn.into_inner();
    assert_eq!(rest, b"GET /2 HTT");
    assert_eq!(stream.writes, 2);
}
