//! End-to-end tests of `kitwork serve`: the real binary on a free port,
//! tenants in a temp folder, real HTTP/1.1 over TCP (raw bytes, so
//! malformed input can be sent). One test binary so the helpers compile
//! once: `cargo test --test serve`.

mod config;
mod db;
mod examples;
mod exec;
mod host;
mod http;
mod isolation;
mod reload;
mod router;
mod shutdown;
mod util;
