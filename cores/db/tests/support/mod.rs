//! Shared by the `pg_*` tests: run a future on a fresh glommio executor.

#![allow(dead_code)]

use std::future::Future;

use kitwork_db::{DbError, SqlValue};

/// Runs `f` to completion on a new glommio `LocalExecutor` on this thread
/// (each test gets its own, as each shard has its own).
pub fn run<T>(f: impl Future<Output = T>) -> T {
    glommio::LocalExecutorBuilder::default()
        .make()
        .expect("a glommio executor (io_uring; root or enough RLIMIT_MEMLOCK)")
        .run(f)
}

pub fn text(s: &str) -> SqlValue {
    SqlValue::Text(s.to_owned())
}

/// The single value of a one-row, one-column query.
pub fn one(rows: Result<kitwork_db::Rows, DbError>) -> SqlValue {
    let rows = rows.expect("query");
    assert_eq!(rows.rows.len(), 1, "one row expected: {rows:?}");
    rows.rows[0][0].clone()
}
