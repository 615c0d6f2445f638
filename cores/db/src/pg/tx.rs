//! A transaction: one leased connection from `BEGIN` to `COMMIT` or
//! `ROLLBACK`.
//!
//! Why a watcher task per transaction: `Drop` cannot await, and the
//! connection must not go back to the pool mid-transaction (nor keep its
//! row locks while idle). So `begin` spawns a small task on the shard that
//! waits on a one-slot channel: a committed or rolled back transaction
//! closes the channel and the task ends; a dropped one sends its lease, and
//! the task sends `ROLLBACK` and then lets the lease go back. The pool's
//! permit stays held until then, so the bound is never exceeded. If even
//! the task is gone (executor shutting down), the connection is discarded.

use glommio::channels::local_channel::{self, LocalSender};

use super::pool::Lease;
use crate::{DbError, DbErrorKind, Rows, SqlValue};

/// A PostgreSQL transaction (see the module doc for what dropping it does).
pub struct PgTx {
    lease: Option<Lease>,
    /// The watcher's end; closed by `commit`/`rollback`.
    dropped: Option<LocalSender<Lease>>,
    /// A statement failed: PostgreSQL has aborted the transaction, and a
    /// `COMMIT` would silently roll back, so `commit` reports it.
    failed: bool,
}

impl PgTx {
    pub(crate) fn new(mut lease: Lease) -> PgTx {
        lease.in_tx = true;
        let (tx, rx) = local_channel::new_bounded::<Lease>(1);
        glommio::spawn_local(async move {
            if let Some(mut lease) = rx.recv().await {
                // A statement still running (its future was dropped): do
                // not queue behind it; the lease is discarded instead (its
                // statement cancelled), and closing the session rolls the
                // transaction back.
                if !lease.is_busy() && lease.simple("ROLLBACK").await.is_ok() {
                    lease.in_tx = false;
                }
            }
        })
        .detach();
        PgTx {
            lease: Some(lease),
            dropped: Some(tx),
            failed: false,
        }
    }

    fn lease(&mut self) -> Result<&mut Lease, DbError> {
        self.lease
            .as_mut()
            .ok_or_else(|| DbError::new(DbErrorKind::Connection, "postgres: transaction is over"))
    }

    pub async fn query(&mut self, sql: &str, params: &[SqlValue]) -> Result<Rows, DbError> {
        let r = self.lease()?.query(sql, params).await;
        self.failed |= r.is_err();
        r
    }

    pub async fn execute(&mut self, sql: &str, params: &[SqlValue]) -> Result<u64, DbError> {
        let r = self.lease()?.execute(sql, params).await;
        self.failed |= r.is_err();
        r
    }

    /// Commits. After a failed statement the transaction is rolled back
    /// instead and this answers a `Query` error saying so.
    pub async fn commit(mut self) -> Result<(), DbError> {
        if self.failed {
            self.finish("ROLLBACK").await?;
            return Err(DbError::new(
                DbErrorKind::Query,
                "transaction rolled back: a statement in it failed",
            ));
        }
        self.finish("COMMIT").await
    }

    pub async fn rollback(mut self) -> Result<(), DbError> {
        self.finish("ROLLBACK").await
    }

    async fn finish(&mut self, sql: &str) -> Result<(), DbError> {
        self.dropped = None;
        let mut lease = self.lease.take().ok_or_else(|| {
            DbError::new(DbErrorKind::Connection, "postgres: transaction is over")
        })?;
        // On failure the lease stays marked in a transaction (its state is
        // unknown) and is discarded.
        lease.simple(sql).await?;
        lease.in_tx = false;
        Ok(())
    }
}

impl Drop for PgTx {
    fn drop(&mut self) {
        // The lease is still marked in a transaction: if it is dropped
        // before the watcher's ROLLBACK succeeds, the pool discards it.
        if let (Some(lease), Some(watcher)) = (self.lease.take(), self.dropped.take()) {
            let _ = watcher.try_send(lease);
        }
    }
}
