//! Drives requests through one tenant route in-process, for counting
//! instructions per request with callgrind (the server itself does not run
//! under valgrind: glommio's io_uring stalls there).
//!
//! ```sh
//! cargo build --release -p kitwork-engine --example dispatch_ir
//! valgrind --tool=callgrind target/release/examples/dispatch_ir \
//!   examples/tenants/sites/localhost /api/users 2000
//! ```
//! Run it with two request counts: the difference of the totals divided
//! by the difference of the counts is the cost of one request.
//!
//! The path per request is the shard's: parse the request from a
//! keep-alive stream, route, take a pooled VM, `dispatch::run`, reset the
//! VM back into the pool, write the response.

use futures_lite::future::block_on;
use kitwork_engine::dispatch::{self, Incoming};
use kitwork_engine::kit::database::DbHost;
use kitwork_engine::router::{Found, Method};
use kitwork_engine::tenant;
use kitwork_http::{Conn, DateCache, MemStream, Response};
use std::path::Path;
use std::rc::Rc;

// The allocator the kitwork binary uses (src/main.rs).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, dir, path, n] = &args[..] else {
        eprintln!("usage: dispatch_ir <site dir> <path> <requests>");
        std::process::exit(2);
    };
    let n: usize = n.parse().expect("request count");
    let limits = kitwork_vm::Limits {
        yield_every: 0,
        ..Default::default()
    };
    let image = tenant::build(
        Path::new(dir),
        "localhost",
        None,
        &limits,
        Default::default(),
        &["system".to_string()],
    )
    .unwrap_or_else(|e| panic!("build: {}", e.0));
    // The alias is known but never connected: the route uses no database.
    let probe = || DbHost::new(Rc::new(vec![("system".to_string(), None)]));
    let one = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n");
    let mut conn = Conn::new(MemStream::new(one.repeat(n), 0));
    let http = kitwork_http::Limits::default();
    let mut date = DateCache::new();
    let mut free = Vec::new();
    let mut bytes = 0;
    let mut last = Vec::new();
    block_on(async {
        // One kept request, as a shard's connection does.
        let mut request = kitwork_http::Request::default();
        while let Ok(true) = conn.next_request_into(&mut request, &http).await {
            let path = request.path();
            let Found::Route { id, params } = image.router.find(Method::Get, path) else {
                panic!("no route {path}");
            };
            let mut vm = match free.pop() {
                Some(vm) => vm,
                None => Box::new(tenant::make_vm(&image, Some(probe())).expect("vm")),
            };
            let inc = Incoming::of(&request, path, "127.0.0.1");
            let reply = dispatch::run(&mut vm, &image, id, inc, &params, false).await;
            vm.reset();
            free.push(vm);
            let response = Response {
                status: reply.status,
                headers: reply.headers,
                body: kitwork_http::Body::Bytes(reply.body),
            };
            response.write_into(conn.out(), false, true, &mut date);
            bytes += conn.out().len();
            // Cleared, not taken: a connection keeps its buffer's capacity.
            last.clone_from(conn.out());
            conn.out().clear();
        }
    });
    eprintln!("{n} requests, {bytes} bytes");
    println!("{}", String::from_utf8_lossy(&last));
}
