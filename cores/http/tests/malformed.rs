//! A corpus of malformed and hostile requests: each is a 4xx or 5xx
//! `HttpError` (never a panic, never a request), the same whether it arrives
//! whole or byte by byte.

mod common;

use common::{error_of, run};

const H: &str = "Host: a\r\n";

fn status(input: &str) -> u16 {
    error_of(input.as_bytes()).status
}

#[test]
fn request_line() {
    assert_eq!(status("G(ET / HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    assert_eq!(status("GE T / HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    assert_eq!(status("GET /\r\nHost: a\r\n\r\n"), 400);
    assert_eq!(status("GET / \r\nHost: a\r\n\r\n"), 400);
    assert_eq!(status("GET\r\n\r\n"), 400);
    assert_eq!(status("GET / HTTP/1.1 extra\r\nHost: a\r\n\r\n"), 400);
    assert_eq!(status("GET  / HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    assert_eq!(status("GET / FOO/1.1\r\nHost: a\r\n\r\n"), 400);
    assert_eq!(status("GET /a\0b HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    assert_eq!(status("GET /a b HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    assert_eq!(status("GET a/b HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    assert_eq!(status("GET * HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    assert_eq!(
        status("GET http://u@evil/ HTTP/1.1\r\nHost: a\r\n\r\n"),
        400
    );
    assert_eq!(status("\0\0\0\0\r\n\r\n"), 400);
    // A TLS ClientHello sent to the plain port.
    assert_eq!(
        error_of(b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n").status,
        400
    );
}

#[test]
fn versions() {
    assert_eq!(status("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"), 505);
    assert_eq!(status("GET / HTTP/2.0\r\nHost: a\r\n\r\n"), 505);
    assert_eq!(status("GET / HTTP/1.2\r\nHost: a\r\n\r\n"), 505);
    assert_eq!(status("GET / HTTP/0.9\r\n\r\n"), 505);
    assert_eq!(status("GET / HTTP/3\r\n\r\n"), 505);
    assert_eq!(status("GET / http/1.1\r\nHost: a\r\n\r\n"), 400);
    assert_eq!(status("GET / HTTP/1.1x\r\nHost: a\r\n\r\n"), 400);
}

#[test]
fn header_fields() {
    assert_eq!(status("GET / HTTP/1.1\r\nHost: a\r\nNoColon\r\n\r\n"), 400);
    assert_eq!(
        status("GET / HTTP/1.1\r\nHost: a\r\nX: a\r\n folded\r\n\r\n"),
        400
    );
    assert_eq!(
        status("GET / HTTP/1.1\r\nHost: a\r\nX: a\r\n\tfolded\r\n\r\n"),
        400
    );
    assert_eq!(status("GET / HTTP/1.1\r\nHost: a\r\nX : a\r\n\r\n"), 400);
    assert_eq!(status("GET / HTTP/1.1\r\nHost: a\r\nX\0: a\r\n\r\n"), 400);
    assert_eq!(status("GET / HTTP/1.1\r\nHost: a\r\nX: a\0b\r\n\r\n"), 400);
    assert_eq!(status("GET / HTTP/1.1\r\nHost: a\r\nX: a\rb\r\n\r\n"), 400);
    assert_eq!(status("GET / HTTP/1.1\r\nHost: a\r\n: empty\r\n\r\n"), 400);
    assert_eq!(status("GET / HTTP/1.1\r\nHost: a\r\nX(y): a\r\n\r\n"), 400);
    assert_eq!(status("GET / HTTP/1.1\r\n Host: a\r\n\r\n"), 400);
}

#[test]
fn host() {
    assert_eq!(status("GET / HTTP/1.1\r\n\r\n"), 400);
    assert_eq!(status("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"), 400);
    assert_eq!(status("GET / HTTP/1.1\r\nHost: a b\r\n\r\n"), 400);
    assert_eq!(status("GET / HTTP/1.1\r\nHost: a/b\r\n\r\n"), 400);
    assert_eq!(status("GET / HTTP/1.1\r\nHost: u@a\r\n\r\n"), 400);
    assert_eq!(status("GET / HTTP/1.1\r\nHost: a:b\r\n\r\n"), 400);
    assert_eq!(status("GET / HTTP/1.1\r\nHost: [::1\r\n\r\n"), 400);
}

#[test]
fn content_length() {
    let cl = |v: &str| {
        status(&format!(
            "POST / HTTP/1.1\r\n{H}Content-Length: {v}\r\n\r\nabc"
        ))
    };
    assert_eq!(cl("abc"), 400);
    assert_eq!(cl("-1"), 400);
    assert_eq!(cl("+3"), 400);
    assert_eq!(cl("3 3"), 400);
    assert_eq!(cl("3, 3"), 400);
    assert_eq!(cl("0x3"), 400);
    assert_eq!(cl("3.0"), 400);
    assert_eq!(cl(""), 400);
    assert_eq!(
        status(&format!(
            "POST / HTTP/1.1\r\n{H}Content-Length: 3\r\nContent-Length: 3\r\n\r\nabc"
        )),
        400
    );
    assert_eq!(
        status(&format!(
            "POST / HTTP/1.1\r\n{H}Content-Length: 3\r\nContent-Length: 4\r\n\r\nabcd"
        )),
        400
    );
}

#[test]
fn transfer_encoding_smuggling() {
    let te = |v: &str| status(&format!("POST / HTTP/1.1\r\n{H}{v}\r\n\r\n0\r\n\r\n"));
    assert_eq!(te("Content-Length: 5\r\nTransfer-Encoding: chunked"), 400);
    assert_eq!(te("Transfer-Encoding: chunked\r\nContent-Length: 5"), 400);
    assert_eq!(
        te("Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked"),
        400
    );
    assert_eq!(te("Transfer-Encoding: chunked, chunked"), 400);
    assert_eq!(te("Transfer-Encoding: chunked, gzip"), 400);
    assert_eq!(te("Transfer-Encoding: gzip, chunked"), 501);
    assert_eq!(te("Transfer-Encoding: gzip"), 501);
    assert_eq!(te("Transfer-Encoding: xchunked"), 501);
    assert_eq!(te("Transfer-Encoding: chunked, "), 400);
    assert_eq!(te("Transfer-Encoding: "), 400);
    assert_eq!(
        status("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
        400
    );
}

#[test]
fn chunked_framing() {
    let body = |b: &str| {
        status(&format!(
            "POST / HTTP/1.1\r\n{H}Transfer-Encoding: chunked\r\n\r\n{b}"
        ))
    };
    assert_eq!(body("x\r\n"), 400);
    assert_eq!(body("-1\r\n"), 400);
    assert_eq!(body("0x5\r\n"), 400);
    assert_eq!(body(" 5\r\nhello\r\n0\r\n\r\n"), 400);
    assert_eq!(body("5 \r\nhello\r\n0\r\n\r\n"), 400);
    assert_eq!(body("fffffffffffffffff\r\n"), 400);
    assert_eq!(body("ffffffffffffffff\r\n"), 413);
    assert_eq!(body("5\nhello\r\n0\r\n\r\n"), 400);
    assert_eq!(body("5\r\nhello\n0\r\n\r\n"), 400);
    assert_eq!(body("5\r\nhelloXX0\r\n\r\n"), 400);
    assert_eq!(body("5\r\nhello world\r\n0\r\n\r\n"), 400);
    assert_eq!(body("5;a\0b\r\nhello\r\n0\r\n\r\n"), 400);
    assert_eq!(body("5;a\rb\r\nhello\r\n0\r\n\r\n"), 400);
    assert_eq!(body("0\r\nX: 1\n\n"), 400);
    assert_eq!(body("0\r\n\n"), 400);
    assert_eq!(body("0\r\nNoColon\r\n\r\n"), 400);
    assert_eq!(body("0\r\n\rX"), 400);
    assert_eq!(body("\r\n"), 400);
}

#[test]
fn a_bad_request_after_a_good_one_yields_the_good_one_first() {
    let r = run(b"GET /ok HTTP/1.1\r\nHost: a\r\n\r\nBAD\r\n\r\n");
    assert_eq!(r.requests.len(), 1);
    assert_eq!(r.end.map(|e| e.status), Some(400));
}

#[test]
fn garbage_never_panics() {
    // A cheap deterministic spray; the fuzz target goes further.
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let alphabet = b"GET /HTP1.0\r\n:;chunkedContent-LgTransfer-Encod0123456789abcdef \t\0\xff";
    for _ in 0..3000 {
        let len = (seed % 200) as usize;
        let mut input = b"POST / HTTP/1.1\r\nHost: a\r\n".to_vec();
        for _ in 0..len {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            input.push(alphabet[(seed % alphabet.len() as u64) as usize]);
        }
        for step in [0, 1] {
            let r = common::run_with(&input, step, &kitwork_http::Limits::default());
            if let Some(e) = r.end {
                assert!((400..=599).contains(&e.status), "{e:?}");
            }
        }
    }
}

#[test]
fn a_lone_cr_before_a_request_is_not_an_empty_line() {
    assert_eq!(status("\rGET / HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    assert_eq!(status("\r\n\rGET / HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
}
