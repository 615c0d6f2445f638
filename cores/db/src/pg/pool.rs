//! One shard's pool: at most `pool_size` connections, opened lazily, each
//! with its cache of prepared statements; a broken connection is dropped
//! and the next call opens a new one after a backoff.
//!
//! Why a semaphore and a free list rather than one owner task per
//! connection: the request runs on the same executor as the connection's
//! driver, so handing it the `Client` costs nothing and a query is one
//! round trip with no extra task hop.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use glommio::channels::local_channel::{self, LocalSender};
use glommio::sync::{Semaphore, StaticPermit};
use rustls::ClientConfig;
use tokio_postgres::types::ToSql;
use tokio_postgres::{CancelToken, Client, Statement};

use super::config::{PgConfig, SslMode};
use super::types::{Cell as PgCell, Param};
use crate::{DbError, DbErrorKind, Rows, SqlValue};

/// First and largest wait between failed connects.
const BACKOFF_MIN: Duration = Duration::from_millis(50);
const BACKOFF_MAX: Duration = Duration::from_secs(1);

/// A PostgreSQL pool of one shard. Not `Send`: each shard builds its own
/// from the same [`PgConfig`]. Must be used on a glommio executor. Cloning
/// shares the pool.
///
/// ```no_run
/// use kitwork_db::pg::{PgConfig, PgPool};
/// use kitwork_db::SqlValue;
///
/// glommio::LocalExecutor::default().run(async {
///     let pool = PgPool::new(PgConfig::from_url("postgres://app@127.0.0.1/shop").unwrap());
///     let rows = pool
///         .query("SELECT id, name FROM items WHERE price < $1", &[SqlValue::Int(10)])
///         .await?;
///     let mut tx = pool.begin().await?;
///     tx.execute("UPDATE items SET stock = stock - 1 WHERE id = $1", &[rows.rows[0][0].clone()])
///         .await?;
///     tx.commit().await // dropped without it: rolled back
/// })
/// .unwrap();
/// ```
#[derive(Clone)]
pub struct PgPool {
    inner: Rc<Inner>,
}

/// A snapshot of a pool, for tests and metrics.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PoolStats {
    /// Connections open (idle or in use).
    pub open: usize,
    /// Connections open and free.
    pub idle: usize,
    /// Connections opened since the pool was made.
    pub connects: u64,
    /// Statements prepared (cache misses) since the pool was made.
    pub prepares: u64,
}

pub(crate) struct Inner {
    config: PgConfig,
    permits: Rc<Semaphore>,
    idle: RefCell<Vec<Conn>>,
    open: Cell<usize>,
    connects: Cell<u64>,
    prepares: Cell<u64>,
    backoff: RefCell<Backoff>,
    tls: RefCell<Option<Arc<ClientConfig>>>,
    /// Column names by table, for [`PgPool::columns`].
    columns: RefCell<HashMap<String, Vec<String>>>,
    /// To the pool's janitor task (spawned on first use): sessions whose
    /// statement was abandoned, to cancel on the server.
    cancels: RefCell<Option<LocalSender<CancelToken>>>,
}

#[derive(Default)]
struct Backoff {
    failures: u32,
    retry_at: Option<Instant>,
    last_error: String,
}

/// One open connection and its prepared statements.
pub(crate) struct Conn {
    client: Client,
    statements: HashMap<String, (Statement, u64)>,
    tick: u64,
}

/// A connection lent out with the permit that counts it. Dropped, it goes
/// back to the free list unless it broke; the permit is released after.
pub(crate) struct Lease {
    conn: Option<Conn>,
    broken: bool,
    /// Between BEGIN and a successful COMMIT/ROLLBACK: never reused.
    pub(crate) in_tx: bool,
    /// A request is on the wire. If the caller's future is dropped then
    /// (a timeout, a client gone), the reply is still coming: the
    /// connection is discarded rather than making the next user wait
    /// behind a statement nobody wants.
    busy: bool,
    inner: Rc<Inner>,
    _permit: StaticPermit,
}

impl PgPool {
    /// Makes the pool; no connection is opened until the first call.
    pub fn new(config: PgConfig) -> PgPool {
        let size = config.pool_size.max(1) as u64;
        PgPool {
            inner: Rc::new(Inner {
                config,
                permits: Rc::new(Semaphore::new(size)),
                idle: RefCell::new(Vec::new()),
                open: Cell::new(0),
                connects: Cell::new(0),
                prepares: Cell::new(0),
                backoff: RefCell::new(Backoff::default()),
                tls: RefCell::new(None),
                columns: RefCell::new(HashMap::new()),
                cancels: RefCell::new(None),
            }),
        }
    }

    pub fn config(&self) -> &PgConfig {
        &self.inner.config
    }

    pub fn stats(&self) -> PoolStats {
        PoolStats {
            open: self.inner.open.get(),
            idle: self.inner.idle.borrow().len(),
            connects: self.inner.connects.get(),
            prepares: self.inner.prepares.get(),
        }
    }

    /// Runs a statement that returns rows.
    pub async fn query(&self, sql: &str, params: &[SqlValue]) -> Result<Rows, DbError> {
        let mut lease = self.lease().await?;
        lease.query(sql, params).await
    }

    /// Runs a statement; answers the number of rows it changed.
    pub async fn execute(&self, sql: &str, params: &[SqlValue]) -> Result<u64, DbError> {
        let mut lease = self.lease().await?;
        lease.execute(sql, params).await
    }

    /// Takes a connection and sends `BEGIN`; see [`PgTx`](super::PgTx).
    pub async fn begin(&self) -> Result<super::PgTx, DbError> {
        let mut lease = self.lease().await?;
        lease.simple("BEGIN").await?;
        Ok(super::PgTx::new(lease))
    }

    /// Whether `table` has column `name` ([`PgPool::columns`], without
    /// copying the cached names).
    pub async fn has_column(&self, table: &str, name: &str) -> Result<bool, DbError> {
        if let Some(found) = self.cached_has_column(table, name) {
            return Ok(found);
        }
        Ok(self.columns(table).await?.iter().any(|c| c == name))
    }

    /// [`PgPool::has_column`] from the cache alone: `None` when `table`'s
    /// columns are not cached.
    pub fn cached_has_column(&self, table: &str, name: &str) -> Option<bool> {
        self.inner
            .columns
            .borrow()
            .get(table)
            .map(|c| c.iter().any(|c| c == name))
    }

    /// Column names of a table (`name` or `schema.name`, as written in SQL
    /// without quotes: matched exactly, not case-folded), in table order.
    /// Cached for the life of the pool; a table that does not exist is a
    /// `Query` error (and is not cached).
    pub async fn columns(&self, table: &str) -> Result<Vec<String>, DbError> {
        if let Some(c) = self.inner.columns.borrow().get(table) {
            return Ok(c.clone());
        }
        let quoted = table
            .split('.')
            .map(|part| format!("\"{}\"", part.replace('"', "\"\"")))
            .collect::<Vec<_>>()
            .join(".");
        let rows = self
            .query(
                "SELECT attname::text FROM pg_attribute \
                 WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped \
                 ORDER BY attnum",
                &[SqlValue::Text(quoted)],
            )
            .await?;
        let names: Vec<String> = rows
            .rows
            .into_iter()
            .filter_map(|r| match r.into_iter().next() {
                Some(SqlValue::Text(s)) => Some(s),
                _ => None,
            })
            .collect();
        if names.is_empty() {
            return Err(DbError::new(
                DbErrorKind::Query,
                format!("table {table:?} does not exist"),
            ));
        }
        self.inner
            .columns
            .borrow_mut()
            .insert(table.to_owned(), names.clone());
        Ok(names)
    }

    /// A connection of this pool: waits at most `acquire_timeout` for a
    /// free slot, then reuses an idle connection or opens one.
    pub(crate) async fn lease(&self) -> Result<Lease, DbError> {
        let inner = &self.inner;
        if inner.cancels.borrow().is_none() {
            self.start_janitor();
        }
        let wait = inner.config.acquire_timeout;
        let permit = glommio::timer::timeout(wait, inner.permits.acquire_static_permit(1))
            .await
            .map_err(|_| {
                DbError::new(
                    DbErrorKind::Timeout,
                    format!(
                        "postgres: no free connection within {wait:?} (pool_size {})",
                        inner.config.pool_size
                    ),
                )
            })?;
        loop {
            let conn = inner.idle.borrow_mut().pop();
            match conn {
                Some(c) if c.client.is_closed() => {
                    inner.open.set(inner.open.get().saturating_sub(1))
                }
                Some(c) => {
                    return Ok(Lease {
                        conn: Some(c),
                        broken: false,
                        in_tx: false,
                        busy: false,
                        inner: inner.clone(),
                        _permit: permit,
                    })
                }
                None => break,
            }
        }
        let client = self.connect().await?;
        inner.open.set(inner.open.get() + 1);
        Ok(Lease {
            conn: Some(Conn {
                client,
                statements: HashMap::new(),
                tick: 0,
            }),
            broken: false,
            in_tx: false,
            busy: false,
            inner: inner.clone(),
            _permit: permit,
        })
    }

    /// Opens a connection unless the last attempt failed less than the
    /// backoff ago (then fails at once, naming the last error).
    async fn connect(&self) -> Result<tokio_postgres::Client, DbError> {
        let inner = &self.inner;
        {
            let b = inner.backoff.borrow();
            if let Some(at) = b.retry_at {
                let now = Instant::now();
                if now < at {
                    return Err(DbError::new(
                        DbErrorKind::Connection,
                        format!(
                            "{} (next attempt in {} ms)",
                            b.last_error,
                            (at - now).as_millis()
                        ),
                    ));
                }
            }
        }
        let tls = match inner.config.sslmode {
            SslMode::Disable => None,
            SslMode::Require => Some(self.tls_config()?),
        };
        match super::connect::connect(&inner.config, tls).await {
            Ok(client) => {
                *inner.backoff.borrow_mut() = Backoff::default();
                inner.connects.set(inner.connects.get() + 1);
                Ok(client)
            }
            Err(e) => {
                let mut b = inner.backoff.borrow_mut();
                let delay = BACKOFF_MIN
                    .saturating_mul(1 << b.failures.min(10))
                    .min(BACKOFF_MAX);
                b.failures += 1;
                b.retry_at = Some(Instant::now() + delay);
                b.last_error = e.message.clone();
                Err(e)
            }
        }
    }

    /// The task that sends cancel requests for abandoned statements (Drop
    /// cannot await). It ends when the pool is gone (the channel closes).
    fn start_janitor(&self) {
        let (tx, rx) = local_channel::new_bounded::<CancelToken>(64);
        let config = self.inner.config.clone();
        let tls = match config.sslmode {
            SslMode::Disable => None,
            SslMode::Require => self.tls_config().ok(),
        };
        glommio::spawn_local(async move {
            while let Some(token) = rx.recv().await {
                super::connect::cancel(token, &config, tls.clone()).await;
            }
        })
        .detach();
        *self.inner.cancels.borrow_mut() = Some(tx);
    }

    fn tls_config(&self) -> Result<Arc<ClientConfig>, DbError> {
        if let Some(c) = self.inner.tls.borrow().as_ref() {
            return Ok(c.clone());
        }
        let c = super::tls::client_config()
            .map_err(|e| DbError::new(DbErrorKind::Connection, format!("postgres: {e}")))?;
        *self.inner.tls.borrow_mut() = Some(c.clone());
        Ok(c)
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        if let Some(conn) = self.conn.take() {
            if self.broken || self.in_tx || self.busy || conn.client.is_closed() {
                if self.busy && !conn.client.is_closed() {
                    // Best effort: a full queue skips the cancel (closing
                    // the session still ends it when the statement ends).
                    if let Some(janitor) = self.inner.cancels.borrow().as_ref() {
                        let _ = janitor.try_send(conn.client.cancel_token());
                    }
                }
                self.inner.open.set(self.inner.open.get().saturating_sub(1));
            } else {
                self.inner.idle.borrow_mut().push(conn);
            }
        }
        // `_permit` is released after this, so a waiter woken by it finds
        // the connection already on the free list.
    }
}

impl Lease {
    fn conn(&mut self) -> Result<&mut Conn, DbError> {
        match self.conn.as_mut() {
            Some(c) if !self.broken => Ok(c),
            _ => Err(DbError::new(
                DbErrorKind::Connection,
                "postgres: the connection broke",
            )),
        }
    }

    pub(crate) async fn query(&mut self, sql: &str, params: &[SqlValue]) -> Result<Rows, DbError> {
        let stmt = self.prepare(sql, params.len()).await?;
        let binds: Vec<Param> = params.iter().map(Param).collect();
        let refs: Vec<&(dyn ToSql + Sync)> = binds.iter().map(|p| p as _).collect();
        self.busy = true;
        let result = self.conn()?.client.query(&stmt, &refs).await;
        self.busy = false;
        let rows = result.map_err(|e| self.fail(sql, e))?;
        let mut out = Rows {
            columns: stmt.columns().iter().map(|c| c.name().to_owned()).collect(),
            rows: Vec::with_capacity(rows.len()),
        };
        for row in rows {
            let mut cells = Vec::with_capacity(row.len());
            for i in 0..row.len() {
                let cell: PgCell = row.try_get(i).map_err(|e| {
                    DbError::new(
                        DbErrorKind::Query,
                        format!("column {:?}: {}", out.columns[i], describe(&e)),
                    )
                })?;
                cells.push(cell.0);
            }
            out.rows.push(cells);
        }
        Ok(out)
    }

    pub(crate) async fn execute(&mut self, sql: &str, params: &[SqlValue]) -> Result<u64, DbError> {
        let stmt = self.prepare(sql, params.len()).await?;
        let binds: Vec<Param> = params.iter().map(Param).collect();
        let refs: Vec<&(dyn ToSql + Sync)> = binds.iter().map(|p| p as _).collect();
        self.busy = true;
        let result = self.conn()?.client.execute(&stmt, &refs).await;
        self.busy = false;
        result.map_err(|e| self.fail(sql, e))
    }

    pub(crate) fn is_busy(&self) -> bool {
        self.busy
    }

    /// A statement without parameters through the simple protocol
    /// (`BEGIN`, `COMMIT`, `ROLLBACK`).
    pub(crate) async fn simple(&mut self, sql: &str) -> Result<(), DbError> {
        self.busy = true;
        let result = self.conn()?.client.batch_execute(sql).await;
        self.busy = false;
        result.map_err(|e| self.fail(sql, e))
    }

    /// The cached statement for `sql`, prepared on a miss (the least
    /// recently used one is closed when the cache is full).
    async fn prepare(&mut self, sql: &str, nparams: usize) -> Result<Statement, DbError> {
        let cap = self.inner.config.statement_cache.max(1);
        let conn = self.conn()?;
        conn.tick += 1;
        let tick = conn.tick;
        let cached = conn.statements.get_mut(sql).map(|(stmt, used)| {
            *used = tick;
            stmt.clone()
        });
        let stmt = match cached {
            Some(stmt) => stmt,
            None => {
                self.busy = true;
                let result = self.conn()?.client.prepare(sql).await;
                self.busy = false;
                let stmt = result.map_err(|e| self.fail(sql, e))?;
                self.inner.prepares.set(self.inner.prepares.get() + 1);
                let conn = self.conn()?;
                if conn.statements.len() >= cap {
                    let oldest = conn
                        .statements
                        .iter()
                        .min_by_key(|(_, (_, used))| *used)
                        .map(|(k, _)| k.clone());
                    if let Some(k) = oldest {
                        conn.statements.remove(&k);
                    }
                }
                conn.statements.insert(sql.to_owned(), (stmt.clone(), tick));
                stmt
            }
        };
        if stmt.params().len() != nparams {
            return Err(DbError::new(
                DbErrorKind::Query,
                format!(
                    "the statement takes {} parameters, {} given",
                    stmt.params().len(),
                    nparams
                ),
            ));
        }
        Ok(stmt)
    }

    /// Turns a driver error into ours, marking the connection broken when
    /// the fault is the link (it is then dropped, not reused). A statement
    /// that failed leaves the cache (its plan may be stale).
    fn fail(&mut self, sql: &str, e: tokio_postgres::Error) -> DbError {
        let link = is_link_failure(&e) || self.conn.as_ref().is_none_or(|c| c.client.is_closed());
        if let Some(c) = self.conn.as_mut() {
            c.statements.remove(sql);
        }
        if link {
            self.broken = true;
            DbError::new(
                DbErrorKind::Connection,
                format!("postgres: {}", describe(&e)),
            )
        } else {
            DbError::new(DbErrorKind::Query, describe(&e))
        }
    }
}

/// SQLSTATE classes that mean the session is gone or unusable: 08
/// connection exception, 57 operator intervention (shutdown, restart,
/// cancel for recovery), 53300 too many connections.
fn is_link_failure(e: &tokio_postgres::Error) -> bool {
    match e.as_db_error() {
        Some(db) => {
            let code = db.code().code();
            code.starts_with("08") || (code.starts_with("57") && code != "57014") || code == "53300"
        }
        // Parameter encoding errors happen before anything is sent.
        None => !e.to_string().starts_with("error serializing parameter"),
    }
}

/// The server's message with its detail and SQLSTATE, or the driver's.
pub(crate) fn describe(e: &tokio_postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => {
            let mut s = db.message().to_owned();
            if let Some(d) = db.detail() {
                s.push_str(": ");
                s.push_str(d);
            }
            s.push_str(&format!(" (SQLSTATE {})", db.code().code()));
            s
        }
        None => {
            use std::error::Error;
            match e.source() {
                Some(src) => format!("{e}: {src}"),
                None => e.to_string(),
            }
        }
    }
}
