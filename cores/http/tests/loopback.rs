//! The codec over a real TCP connection on 127.0.0.1 (async-io's `Async`),
//! as the engine will drive it: a keep-alive client pipelining requests,
//! one with `Expect: 100-continue`, then a HEAD and a close.

use async_io::Async;
use futures_lite::future::block_on;
use kitwork_http::{Conn, DateCache, Limits, Response};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::thread;
use std::time::Duration;

#[test]
fn serve_a_client_over_loopback() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let client = thread::spawn(move || {
        let mut s = TcpStream::connect(addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        s.write_all(b"GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n")
            .unwrap();
        // Ask before sending the body; wait for the interim answer.
        s.write_all(
            b"POST /c HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n",
        )
        .unwrap();
        let mut got = Vec::new();
        let mut buf = [0u8; 4096];
        while !String::from_utf8_lossy(&got).contains("100 Continue\r\n\r\n") {
            let n = s.read(&mut buf).unwrap();
            assert!(n > 0, "closed before 100 Continue");
            got.extend_from_slice(&buf[..n]);
        }
        s.write_all(b"ping").unwrap();
        s.write_all(b"HEAD /d HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .unwrap();
        s.read_to_end(&mut got).unwrap();
        String::from_utf8(got).unwrap()
    });

    let (stream, _) = listener.accept().unwrap();
    let stream = Async::new(stream).unwrap();
    let mut conn = Conn::new(stream);
    let mut date = DateCache::new();
    let limits = Limits::default();
    let mut seen = Vec::new();
    block_on(async {
        while let Some(req) = conn.next_request(&limits).await.unwrap() {
            seen.push(format!(
                "{} {} {}",
                req.method.as_str(),
                req.path(),
                req.body.len()
            ));
            let body = format!("{}:{}", req.path(), String::from_utf8_lossy(&req.body));
            Response::new(200, body).write_into(
                conn.out(),
                req.is_head(),
                req.keep_alive,
                &mut date,
            );
            if !req.keep_alive {
                break;
            }
        }
        conn.flush().await.unwrap();
    });
    drop(conn);
    let got = client.join().unwrap();
    assert_eq!(seen, ["GET /a 0", "GET /b 0", "POST /c 4", "HEAD /d 0"]);
    // The answers to /a and /b precede the 100 Continue: order is kept.
    let a = got.find("\r\n\r\n/a:").unwrap();
    let b = got.find("\r\n\r\n/b:").unwrap();
    let cont = got.find("HTTP/1.1 100 Continue\r\n\r\n").unwrap();
    let c = got.find("\r\n\r\n/c:ping").unwrap();
    assert!(a < b && b < cont && cont < c);
    // HEAD: the length of the GET body, no body, and the close announced.
    assert!(
        got.ends_with("Content-Length: 3\r\nConnection: close\r\n\r\n"),
        "{got}"
    );
}
