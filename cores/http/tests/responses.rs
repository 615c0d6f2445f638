//! Writing responses: heads, HEAD, framing, chunked streams, error answers.

use kitwork_http::{Body, ChunkedWriter, DateCache, HttpError, Response};

fn text(buf: &[u8]) -> String {
    String::from_utf8(buf.to_vec()).unwrap()
}

fn date_at(secs: u64) -> DateCache {
    DateCache::fixed(secs)
}

#[test]
fn a_keep_alive_response() {
    let mut d = DateCache::new();
    let now = text(d.now());
    let mut resp = Response::new(200, "hello");
    resp.headers
        .push(("Content-Type".into(), "text/plain".into()));
    let mut buf = Vec::new();
    resp.write_into(&mut buf, false, true, &mut d);
    assert_eq!(
        text(&buf),
        format!("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nDate: {now}\r\nServer: kitwork\r\nContent-Length: 5\r\n\r\nhello")
    );
}

#[test]
fn head_has_the_real_length_and_no_body() {
    let mut d = DateCache::new();
    let resp = Response::new(200, "hello world");
    let mut get = Vec::new();
    let mut head = Vec::new();
    resp.write_into(&mut get, false, true, &mut d);
    resp.write_into(&mut head, true, true, &mut d);
    assert!(text(&head).ends_with("Content-Length: 11\r\n\r\n"));
    assert_eq!(&get[..head.len()], &head[..]);
    assert_eq!(&get[head.len()..], b"hello world");
}

#[test]
fn close_and_statuses_without_bodies() {
    let mut d = DateCache::new();
    let mut buf = Vec::new();
    Response::new(404, "nope").write_into(&mut buf, false, false, &mut d);
    let t = text(&buf);
    assert!(t.starts_with("HTTP/1.1 404 Not Found\r\n"));
    assert!(t.contains("Connection: close\r\n"));
    for status in [204, 304, 101] {
        let mut buf = Vec::new();
        Response::new(status, "ignored").write_into(&mut buf, false, true, &mut d);
        let t = text(&buf);
        assert!(!t.contains("Content-Length"), "{t}");
        assert!(t.ends_with("\r\n\r\n"), "{t}");
    }
    let mut buf = Vec::new();
    Response::new(42, "").write_into(&mut buf, false, true, &mut d);
    assert!(text(&buf).starts_with("HTTP/1.1 500 Internal Server Error\r\n"));
    let mut buf = Vec::new();
    Response::new(599, "").write_into(&mut buf, false, true, &mut d);
    assert!(text(&buf).starts_with("HTTP/1.1 599 Unknown\r\n"));
}

#[test]
fn handler_headers_cannot_break_framing() {
    let mut d = date_at(0);
    let resp = Response {
        status: 200,
        headers: vec![
            ("X-Evil".into(), "a\r\nSet-Cookie: x=1".into()),
            ("Bad Name".into(), "v".into()),
            ("".into(), "v".into()),
            ("Content-Length".into(), "999".into()),
            ("transfer-encoding".into(), "chunked".into()),
            ("Connection".into(), "keep-alive".into()),
            ("Server".into(), "mine".into()),
            ("Date".into(), "yesterday".into()),
            ("X-Ok".into(), "fine".into()),
        ],
        body: Body::Bytes(b"ab".to_vec()),
    };
    let mut buf = Vec::new();
    resp.write_into(&mut buf, false, false, &mut d);
    assert_eq!(
        text(&buf),
        "HTTP/1.1 200 OK\r\nServer: mine\r\nDate: yesterday\r\nX-Ok: fine\r\nContent-Length: 2\r\nConnection: close\r\n\r\nab"
    );
}

#[test]
fn a_streamed_body_is_chunked() {
    let mut d = date_at(784_111_777);
    let resp = Response {
        status: 200,
        headers: vec![("Content-Type".into(), "text/event-stream".into())],
        body: Body::Stream,
    };
    let mut buf = Vec::new();
    resp.write_into(&mut buf, false, true, &mut d);
    ChunkedWriter::write_chunk(&mut buf, b"data: 1\n\n");
    ChunkedWriter::write_chunk(&mut buf, b"");
    ChunkedWriter::write_chunk(&mut buf, &[b'x'; 300]);
    ChunkedWriter::write_last_chunk(&mut buf);
    let expected = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nServer: kitwork\r\nTransfer-Encoding: chunked\r\n\r\n9\r\ndata: 1\n\n\r\n12c\r\n{}\r\n0\r\n\r\n",
        "x".repeat(300)
    );
    assert_eq!(text(&buf), expected);
}

#[test]
fn error_responses_are_complete() {
    let mut d = date_at(0);
    let e = common_error();
    let t = text(&e.to_response(&mut d));
    let (head, body) = t.split_once("\r\n\r\n").unwrap();
    assert!(head.starts_with("HTTP/1.1 431 Request Header Fields Too Large\r\n"));
    assert!(head.contains("\r\nConnection: close"));
    assert!(head.contains("\r\nServer: kitwork"));
    assert!(head.contains("\r\nDate: "));
    let len: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("Content-Length: "))
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(len, body.len());
}

fn common_error() -> HttpError {
    use futures_lite::future::block_on;
    use kitwork_http::{Conn, Limits, MemStream};
    let limits = Limits {
        max_headers: 1,
        ..Limits::default()
    };
    let mut conn = Conn::new(MemStream::new(
        &b"GET / HTTP/1.1\r\nHost: a\r\nX: 1\r\n\r\n"[..],
        0,
    ));
    let e = block_on(conn.next_request(&limits)).unwrap_err();
    assert!(e.should_respond());
    e
}
