//! Instruction counts of the code-execution API without sockets: N
//! pipelined `POST /api/v1/execute` requests read by the HTTP codec from
//! an in-memory stream, answered by `ExecShard::handle`, written back, as
//! the shard's connection loop does (kernel and reactor excluded: glommio's
//! io_uring does not run under valgrind). See BENCHMARK.md.
//!
//! `cargo build --release -p kitwork-engine --example exec_requests`, then
//! `valgrind --tool=callgrind target/release/examples/exec_requests N [typescript]`
//! for two N; the difference of the totals over the difference of N is
//! the cost of one request.

use futures_lite::future::block_on;
use kitwork_engine::exec::{ExecShard, Stats};
use kitwork_http::{Body, Conn, DateCache, Limits, MemStream, Response};
use std::sync::Arc;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let lang = args.next().unwrap_or_else(|| "javascript".into());
    let body = format!(r#"{{"code":"console.log(2 + 2)","language":"{lang}"}}"#);
    let one = format!(
        "POST /api/v1/execute HTTP/1.1\r\nHost: 127.0.0.1:18481\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let stats: Arc<[Stats]> = (0..1).map(|_| Stats::default()).collect();
    let exec = ExecShard::new(0, stats);
    let limits = Limits::default();
    let mut date = DateCache::new();
    let mut conn = Conn::new(MemStream::new(one.repeat(n), 0));
    let mut answered = 0;
    let mut last = Vec::new();
    block_on(async {
        while let Ok(Some(req)) = conn.next_request(&limits).await {
            let reply = exec
                .handle(req.method.as_str(), req.path(), &req, None)
                .await;
            let response = Response {
                status: reply.status,
                headers: reply.headers,
                body: Body::Bytes(reply.body),
            };
            response.write_into(conn.out(), req.is_head(), req.keep_alive, &mut date);
            last.clear();
            last.extend_from_slice(conn.out());
            if conn.flush().await.is_err() {
                break;
            }
            answered += 1;
        }
    });
    println!(
        "{answered} answered; last:\n{}",
        String::from_utf8_lossy(&last)
    );
}
