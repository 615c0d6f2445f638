//! PostgreSQL backend: tokio-postgres driven on the shard's own glommio
//! executor, with no tokio runtime.
//!
//! Each shard builds a [`PgPool`] from a [`PgConfig`]: at most `pool_size`
//! connections, opened lazily; each connection's driver is a detached task
//! on the shard; statements are prepared once per connection and cached. A
//! broken connection is dropped and the next call reconnects, waiting a
//! backoff (50 ms doubling to 1 s) between failed attempts, so a restarted
//! server costs `DbErrorKind::Connection` errors for a moment, not a restart
//! of kitwork. A call whose future is dropped mid-statement (a deadline)
//! gives up its connection and the statement is cancelled on the server;
//! a transaction dropped without commit or rollback is rolled back before
//! its connection is reused.
//!
//! Errors: the server's errors are `Query` (with SQLSTATE), except classes
//! 08 / 57 (but 57014, a cancelled statement) and 53300, which mean the
//! session is gone: those, and every socket failure, are `Connection`; no
//! free connection within `acquire_timeout` is `Timeout`.
//!
//! File map:
//! - `config.rs`: [`PgConfig`], [`SslMode`] (every default on its field)
//! - `connect.rs`: socket (TCP or Unix) -> `connect_raw` -> driver task
//! - `tls.rs`: `sslmode=require` through rustls / futures-rustls
//! - `pool.rs`: [`PgPool`], leases, statement cache, backoff, errors
//! - `tx.rs`: [`PgTx`] (a dropped transaction rolls back)
//! - `types.rs`: `SqlValue` <-> PostgreSQL types (the mapping is its doc)
//! - `testing.rs` (feature `testing`): a throwaway cluster for tests

mod config;
mod connect;
mod pool;
mod tls;
mod tx;
mod types;

#[cfg(feature = "testing")]
pub mod testing;

pub use config::{PgConfig, SslMode};
pub use pool::{PgPool, PoolStats};
pub use tx::PgTx;
