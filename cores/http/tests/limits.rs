//! One test per limit: each breach answers its own status.

mod common;

use common::{error_with, run_with};
use kitwork_http::Limits;

fn small() -> Limits {
    Limits {
        max_request_line: 64,
        max_header_bytes: 256,
        max_headers: 4,
        max_body: 100,
    }
}

#[test]
fn defaults() {
    let l = Limits::default();
    assert_eq!(
        (
            l.max_request_line,
            l.max_header_bytes,
            l.max_headers,
            l.max_body
        ),
        (8192, 16384, 64, 1 << 20)
    );
}

#[test]
fn request_line_over_the_limit_is_414() {
    let long = format!("GET /{} HTTP/1.1\r\nHost: a\r\n\r\n", "a".repeat(100));
    assert_eq!(error_with(long.as_bytes(), &small()).status, 414);
    // Still arriving, already too long: answered before the line ends.
    let partial = format!("GET /{}", "a".repeat(100));
    assert_eq!(error_with(partial.as_bytes(), &small()).status, 414);
    // At the limit it is fine.
    let ok = format!("GET /{} HTTP/1.1\r\nHost: a\r\n\r\n", "a".repeat(64 - 14));
    assert_eq!(run_with(ok.as_bytes(), 0, &small()).end, None);
}

#[test]
fn head_over_the_limit_is_431() {
    let big = format!(
        "GET / HTTP/1.1\r\nHost: a\r\nX: {}\r\n\r\n",
        "v".repeat(300)
    );
    assert_eq!(error_with(big.as_bytes(), &small()).status, 431);
    // A head that never ends is cut off at the limit, not buffered forever.
    let endless = format!("GET / HTTP/1.1\r\nHost: a\r\nX: {}", "v".repeat(10_000));
    assert_eq!(error_with(endless.as_bytes(), &small()).status, 431);
}

#[test]
fn too_many_headers_is_431() {
    let input = b"GET / HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n";
    assert_eq!(error_with(input, &small()).status, 431);
    let four = b"GET / HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n";
    assert_eq!(run_with(four, 0, &small()).end, None);
    // More slots than fit on the stack.
    let many = Limits {
        max_headers: 200,
        max_header_bytes: 1 << 20,
        ..Limits::default()
    };
    let mut input = String::from("GET / HTTP/1.1\r\nHost: a\r\n");
    for i in 0..199 {
        input.push_str(&format!("X-{i}: v\r\n"));
    }
    input.push_str("\r\n");
    let r = run_with(input.as_bytes(), 0, &many);
    assert_eq!((r.end, r.requests[0].headers.len()), (None, 200));
    input.insert_str(input.len() - 2, "One-Too-Many: v\r\n");
    assert_eq!(error_with(input.as_bytes(), &many).status, 431);
}

#[test]
fn content_length_over_max_body_is_413_before_reading() {
    let input = b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 101\r\n\r\n";
    assert_eq!(error_with(input, &small()).status, 413);
    let huge = b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999999\r\n\r\n";
    assert_eq!(error_with(huge, &small()).status, 413);
    let mut at_limit = b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\n".to_vec();
    at_limit.extend_from_slice(&[b'x'; 100]);
    assert_eq!(run_with(&at_limit, 0, &small()).end, None);
}

#[test]
fn chunked_body_over_max_body_is_413() {
    // One chunk too big.
    let input = b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n65\r\n";
    assert_eq!(error_with(input, &small()).status, 413);
    // Chunks that add up past the limit.
    let mut input = b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    for _ in 0..3 {
        input.extend_from_slice(b"28\r\n");
        input.extend_from_slice(&[b'x'; 40]);
        input.extend_from_slice(b"\r\n");
    }
    input.extend_from_slice(b"0\r\n\r\n");
    assert_eq!(error_with(&input, &small()).status, 413);
}

#[test]
fn trailer_limits_are_the_header_limits() {
    let mut input =
        b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n".to_vec();
    input.extend_from_slice(format!("T: {}\r\n\r\n", "v".repeat(300)).as_bytes());
    assert_eq!(error_with(&input, &small()).status, 431);
    let many = b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nA: 1\r\nB: 1\r\nC: 1\r\nD: 1\r\nE: 1\r\n\r\n";
    assert_eq!(error_with(many, &small()).status, 431);
}

#[test]
fn chunk_line_too_long_is_400() {
    let mut input = b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1;".to_vec();
    input.extend_from_slice(&[b'e'; 5000]);
    input.extend_from_slice(b"\r\nx\r\n0\r\n\r\n");
    assert_eq!(error_with(&input, &small()).status, 400);
}
