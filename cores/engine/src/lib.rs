//! kitwork-engine: the platform around the VM. Owns the bootstrap
//! (`server.kitwork.js` in a host VM), the `kitwork` module tenants import,
//! the per-core shards (listener, tenant table, VM pools, route lifecycle),
//! tenant folders and hot reload. Composes `lang`, `vm`, `http` and `db`;
//! nothing depends on it but the binary.
//!
//! File map:
//! - `serve.rs`: `kitwork serve`: bootstrap, executors, signals, shutdown
//! - `config.rs`: the `server.run` config, checked field by field
//! - `databases.rs`: configured databases per shard, the system registry
//! - `kit/`: the `kitwork` module (router, server, env, database, log, fail)
//! - `tenant.rs`: building a tenant generation; VMs with its module loaded
//! - `sites.rs`: tenant folders on disk
//! - `shard.rs`: one core: connections, tenant table, VM pools
//! - `dispatch.rs`: a request through a route's lifecycle in a VM
//! - `router.rs`: the path trie
//! - `assets.rs`: files served without a VM
//! - `exec.rs`: the code-execution API (`/api/v1/execute`)
//! - `reload.rs`: the inotify watcher that rebuilds tenants
//! - `values.rs`, `http_util.rs`: conversions and small HTTP helpers

pub mod assets;
pub mod config;
pub mod databases;
pub mod dispatch;
pub mod exec;
pub mod http_util;
pub mod kit;
pub mod reload;
pub mod router;
pub mod serve;
pub mod shard;
pub mod sites;
pub mod tenant;
pub mod values;

pub use serve::{serve, Shutdown};
