//! http_parse: read one typical 100-byte GET (4 header fields) from an
//! in-memory stream and write its 200 response into the output buffer;
//! and the same for 16 pipelined GETs read from one buffer. Measures the
//! codec alone (no sockets): head scan, httparse, Request building and
//! response serialization. Requests are read with `next_request_into`
//! into one reused `Request`, as the engine does.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use futures_lite::future::block_on;
use kitwork_http::{Conn, DateCache, Limits, MemStream, Request, Response};

const GET: &[u8] = b"GET /api/users?id=42 HTTP/1.1\r\nHost: example.com\r\nUser-Agent: k6/0.50\r\nAccept: */*\r\nAccept-Encoding: gzip\r\n\r\n";

fn serve(input: &[u8], date: &mut DateCache, limits: &Limits) -> usize {
    let mut conn = Conn::new(MemStream::new(input, 0));
    let mut req = Request::default();
    let mut n = 0;
    block_on(async {
        while let Ok(true) = conn.next_request_into(&mut req, limits).await {
            let resp = Response::new(200, &b"hello"[..]);
            resp.write_into(conn.out(), req.is_head(), req.keep_alive, date);
            n += 1;
        }
    });
    n
}

fn http(c: &mut Criterion) {
    let limits = Limits::default();
    let mut date = DateCache::new();
    let mut group = c.benchmark_group("http_parse");
    group.throughput(Throughput::Elements(1));
    group.bench_function("get_100b", |b| b.iter(|| serve(GET, &mut date, &limits)));
    let pipelined: Vec<u8> = GET.repeat(16);
    group.throughput(Throughput::Elements(16));
    group.bench_function("get_100b_x16_pipelined", |b| {
        b.iter(|| serve(&pipelined, &mut date, &limits))
    });
    group.finish();
}

criterion_group!(benches, http);
criterion_main!(benches);
