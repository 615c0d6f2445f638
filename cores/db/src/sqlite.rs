//! SQLite backend: rusqlite (bundled) on a few std threads of its own.
//!
//! No SQLite call ever runs on the caller's executor. One writer thread owns
//! the only read-write connection; [`DEFAULT_READERS`] reader threads own
//! read-only connections (WAL lets them read while the writer writes).
//! Requests go over crossbeam channels, answers come back over
//! futures-channel oneshots, so the async methods work under any executor
//! (glommio, futures-lite's `block_on`, ...): nothing here needs tokio.
//!
//! - `query` goes to a reader; a statement that writes (`INSERT ...
//!   RETURNING *`) is forwarded by the reader to the writer.
//! - `execute`, `begin` go to the writer.
//! - A [`SqliteTx`] holds the writer exclusively (`BEGIN IMMEDIATE`) until
//!   commit or rollback; dropped without either, it rolls back (a rollback
//!   message, and the closed channel as a backstop) so the connection goes
//!   back clean. A transaction left idle for [`TX_IDLE`] is rolled back so
//!   one stuck handler cannot hold every writer of the file.
//!
//! While a task holds a [`SqliteTx`], the same task must send its writes
//! through that transaction: a write on the [`Sqlite`] handle (or a second
//! `begin`) waits for the writer the transaction holds, until the
//! transaction ends or [`TX_IDLE`] passes. Nested transactions are
//! savepoints on the one transaction ([`crate::Tx::savepoint`]).
//!
//! Durability: `journal_mode=WAL` with `synchronous=FULL`. A committed
//! write survives SIGKILL and power loss (FULL fsyncs the WAL at each
//! commit; NORMAL would survive a process kill but could lose the last
//! commits on power loss). `busy_timeout` is [`BUSY_TIMEOUT`], for other
//! processes holding the file.
//!
//! Types: INTEGER -> Int, REAL -> Float, TEXT -> Text, BLOB -> Bytes,
//! NULL -> Null; a column whose declared type contains `JSON` reads as
//! Json, `BOOL` as Bool (0 / non-0), `TIMESTAMP` or `DATETIME` as Timestamp
//! (SQLite text forms and unix seconds normalised to
//! `YYYY-MM-DDTHH:MM:SS.mmmZ`). Bound Bool is 0/1, Json and Timestamp are
//! text.
//!
//! Raw SQL is confined: `ATTACH` and `VACUUM INTO` are disabled
//! (attached-database limit 0, and the authorizer), pragmas can be read
//! but not set (except the schema-reading ones that take a table name),
//! extensions cannot be loaded (rusqlite built without `load_extension`),
//! one statement per call, and transaction control (`BEGIN`, `COMMIT`)
//! outside [`SqliteTx`] is undone and refused.

use crate::{DbError, DbErrorKind, Rows, SqlValue};
use crossbeam_channel as cb;
use futures_channel::oneshot;
use rusqlite::types::{ToSqlOutput, Value, ValueRef};
use rusqlite::{Connection, OpenFlags, ToSql};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Reader threads per database (the machine has 2 cores).
pub const DEFAULT_READERS: usize = 2;
/// How long a statement waits on a lock another process holds.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);
/// A transaction with no request for this long is rolled back.
pub const TX_IDLE: Duration = Duration::from_secs(60);
/// Prepared statements kept per connection.
const STATEMENT_CACHE: usize = 128;

/// How a database is opened; `SqliteOptions::default()` is what
/// [`Sqlite::open`] uses.
#[derive(Clone, Debug)]
pub struct SqliteOptions {
    /// Reader threads (at least one is started).
    pub readers: usize,
    /// A transaction idle this long is rolled back.
    pub tx_idle: Duration,
    /// Deny every access to the registry's tables
    /// ([`crate::registry::TABLES`]): the handle tenants use on the system
    /// database. The host's registry code opens its own.
    pub guard_registry: bool,
}

impl Default for SqliteOptions {
    fn default() -> SqliteOptions {
        SqliteOptions {
            readers: DEFAULT_READERS,
            tx_idle: TX_IDLE,
            guard_registry: false,
        }
    }
}

type Reply<T> = oneshot::Sender<Result<T, DbError>>;

enum Req {
    Query {
        sql: String,
        params: Vec<SqlValue>,
        reply: Reply<Rows>,
    },
    Execute {
        sql: String,
        params: Vec<SqlValue>,
        reply: Reply<u64>,
    },
    Columns {
        table: String,
        reply: Reply<Vec<String>>,
    },
    /// Writer only.
    Begin { reply: Reply<cb::Sender<TxReq>> },
}

enum TxReq {
    Query {
        sql: String,
        params: Vec<SqlValue>,
        reply: Reply<Rows>,
    },
    Execute {
        sql: String,
        params: Vec<SqlValue>,
        reply: Reply<u64>,
    },
    Commit {
        reply: Reply<()>,
    },
    Rollback {
        reply: Option<Reply<()>>,
    },
}

type ColumnCache = Arc<Mutex<HashMap<String, Vec<String>>>>;

struct Inner {
    writer: cb::Sender<Req>,
    readers: cb::Sender<Req>,
    columns: ColumnCache,
    path: PathBuf,
}

/// A SQLite database file. Cloning is cheap (a handle to its threads); the
/// threads end when the last handle and transaction are dropped.
#[derive(Clone)]
pub struct Sqlite {
    inner: Arc<Inner>,
}

/// A transaction holding the writer until commit or rollback.
pub struct SqliteTx {
    tx: Option<cb::Sender<TxReq>>,
}

fn closed() -> DbError {
    DbError::new(
        DbErrorKind::Connection,
        "sqlite: the database thread has stopped",
    )
}

fn tx_ended() -> DbError {
    DbError::new(
        DbErrorKind::Timeout,
        "sqlite: the transaction was rolled back (idle too long, or already ended)",
    )
}

fn err(e: rusqlite::Error) -> DbError {
    use rusqlite::ErrorCode as C;
    let kind = match &e {
        rusqlite::Error::SqliteFailure(f, _) => match f.code {
            C::DatabaseBusy | C::DatabaseLocked => DbErrorKind::Timeout,
            C::CannotOpen | C::NotADatabase | C::SystemIoFailure | C::PermissionDenied => {
                DbErrorKind::Connection
            }
            _ => DbErrorKind::Query,
        },
        _ => DbErrorKind::Query,
    };
    DbError::new(kind, format!("sqlite: {e}"))
}

async fn ask<T>(ch: &cb::Sender<Req>, make: impl FnOnce(Reply<T>) -> Req) -> Result<T, DbError> {
    let (tx, rx) = oneshot::channel();
    ch.send(make(tx)).map_err(|_| closed())?;
    rx.await.map_err(|_| closed())?
}

async fn ask_tx<T>(
    ch: &Option<cb::Sender<TxReq>>,
    make: impl FnOnce(Reply<T>) -> TxReq,
) -> Result<T, DbError> {
    let ch = ch.as_ref().ok_or_else(tx_ended)?;
    let (tx, rx) = oneshot::channel();
    ch.send(make(tx)).map_err(|_| tx_ended())?;
    rx.await.map_err(|_| tx_ended())?
}

impl Sqlite {
    /// Opens (creating the file and its parent directory) with
    /// [`DEFAULT_READERS`] reader threads.
    pub fn open(path: impl AsRef<Path>) -> Result<Sqlite, DbError> {
        Sqlite::open_with(path, DEFAULT_READERS)
    }

    /// Opens with `readers` reader threads (at least one).
    pub fn open_with(path: impl AsRef<Path>, readers: usize) -> Result<Sqlite, DbError> {
        Sqlite::open_with_options(
            path,
            SqliteOptions {
                readers,
                ..SqliteOptions::default()
            },
        )
    }

    /// Opens with every knob given.
    pub fn open_with_options(
        path: impl AsRef<Path>,
        opts: SqliteOptions,
    ) -> Result<Sqlite, DbError> {
        let readers = opts.readers;
        let tx_idle = opts.tx_idle;
        let guard = opts.guard_registry;
        let path = path.as_ref().to_path_buf();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                DbError::new(
                    DbErrorKind::Connection,
                    format!("sqlite: cannot create {}: {e}", dir.display()),
                )
            })?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut w = Connection::open_with_flags(&path, flags).map_err(err)?;
        let mode: String = w
            .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))
            .map_err(err)?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(DbError::new(
                DbErrorKind::Connection,
                format!(
                    "sqlite: {} cannot use WAL (journal_mode {mode})",
                    path.display()
                ),
            ));
        }
        w.execute_batch("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;")
            .map_err(err)?;
        setup(&mut w, guard)?;

        let mut reader_conns = Vec::new();
        for _ in 0..readers.max(1) {
            let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
            let mut r = Connection::open_with_flags(&path, flags).map_err(err)?;
            setup(&mut r, guard)?;
            reader_conns.push(r);
        }

        let columns: ColumnCache = Arc::default();
        let (wtx, wrx) = cb::unbounded::<Req>();
        let (rtx, rrx) = cb::unbounded::<Req>();
        let cache = columns.clone();
        spawn("kitwork-sqlite-w", move || {
            writer_loop(w, wrx, cache, tx_idle)
        })?;
        for (i, conn) in reader_conns.into_iter().enumerate() {
            let rx = rrx.clone();
            let writer = wtx.clone();
            spawn(&format!("kitwork-sqlite-r{i}"), move || {
                reader_loop(conn, rx, writer)
            })?;
        }
        Ok(Sqlite {
            inner: Arc::new(Inner {
                writer: wtx,
                readers: rtx,
                columns,
                path,
            }),
        })
    }

    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    /// Runs a statement that returns rows (a writing one, such as
    /// `INSERT ... RETURNING *`, runs on the writer).
    pub async fn query(&self, sql: &str, params: &[SqlValue]) -> Result<Rows, DbError> {
        self.query_owned(sql.to_string(), params.to_vec()).await
    }

    /// [`Sqlite::query`] of SQL and parameters the caller no longer needs:
    /// they move to the database thread without a copy.
    pub async fn query_owned(&self, sql: String, params: Vec<SqlValue>) -> Result<Rows, DbError> {
        ask(&self.inner.readers, |reply| Req::Query {
            sql,
            params,
            reply,
        })
        .await
    }

    /// Runs a statement on the writer; answers the rows changed.
    pub async fn execute(&self, sql: &str, params: &[SqlValue]) -> Result<u64, DbError> {
        ask(&self.inner.writer, |reply| Req::Execute {
            sql: sql.to_string(),
            params: params.to_vec(),
            reply,
        })
        .await
    }

    /// Starts a transaction (`BEGIN IMMEDIATE`): waits for the writer.
    pub async fn begin(&self) -> Result<SqliteTx, DbError> {
        let ch = ask(&self.inner.writer, |reply| Req::Begin { reply }).await?;
        Ok(SqliteTx { tx: Some(ch) })
    }

    /// Whether `table` has column `name` ([`Sqlite::columns`], without
    /// copying the cached names).
    pub async fn has_column(&self, table: &str, name: &str) -> Result<bool, DbError> {
        if let Some(found) = self.cached_has_column(table, name) {
            return Ok(found);
        }
        Ok(self.columns(table).await?.iter().any(|c| c == name))
    }

    /// [`Sqlite::has_column`] from the cache alone: `None` when `table`'s
    /// columns are not cached.
    pub fn cached_has_column(&self, table: &str, name: &str) -> Option<bool> {
        lock(&self.inner.columns)
            .get(table)
            .map(|c| c.iter().any(|c| c == name))
    }

    /// Column names of `table` (empty when there is no such table); cached
    /// until a `CREATE` / `ALTER` / `DROP` runs.
    pub async fn columns(&self, table: &str) -> Result<Vec<String>, DbError> {
        if !crate::builder::valid_ident(table, false) {
            return Err(DbError::new(
                DbErrorKind::Refused,
                format!(
                    "invalid table name {:?}",
                    table.chars().take(80).collect::<String>()
                ),
            ));
        }
        if let Some(c) = lock(&self.inner.columns).get(table) {
            return Ok(c.clone());
        }
        let cols = ask(&self.inner.readers, |reply| Req::Columns {
            table: table.to_string(),
            reply,
        })
        .await?;
        if !cols.is_empty() {
            lock(&self.inner.columns).insert(table.to_string(), cols.clone());
        }
        Ok(cols)
    }
}

impl SqliteTx {
    pub async fn query(&mut self, sql: &str, params: &[SqlValue]) -> Result<Rows, DbError> {
        ask_tx(&self.tx, |reply| TxReq::Query {
            sql: sql.to_string(),
            params: params.to_vec(),
            reply,
        })
        .await
    }

    pub async fn execute(&mut self, sql: &str, params: &[SqlValue]) -> Result<u64, DbError> {
        ask_tx(&self.tx, |reply| TxReq::Execute {
            sql: sql.to_string(),
            params: params.to_vec(),
            reply,
        })
        .await
    }

    pub async fn commit(mut self) -> Result<(), DbError> {
        let ch = self.tx.take();
        ask_tx(&ch, |reply| TxReq::Commit { reply }).await
    }

    pub async fn rollback(mut self) -> Result<(), DbError> {
        let ch = self.tx.take();
        ask_tx(&ch, |reply| TxReq::Rollback { reply: Some(reply) }).await
    }
}

impl Drop for SqliteTx {
    fn drop(&mut self) {
        if let Some(ch) = self.tx.take() {
            let _ = ch.send(TxReq::Rollback { reply: None });
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

fn spawn(name: &str, f: impl FnOnce() + Send + 'static) -> Result<(), DbError> {
    std::thread::Builder::new()
        .name(name.to_string())
        .spawn(f)
        .map(drop)
        .map_err(|e| DbError::new(DbErrorKind::Connection, format!("sqlite: thread: {e}")))
}

fn setup(c: &mut Connection, guard_registry: bool) -> Result<(), DbError> {
    c.busy_timeout(BUSY_TIMEOUT).map_err(err)?;
    c.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    // No ATTACH (nor VACUUM INTO, which attaches): a file anywhere else
    // on disk is out of reach.
    c.set_limit(rusqlite::limits::Limit::SQLITE_LIMIT_ATTACHED, 0)
        .map_err(err)?;
    c.authorizer(Some(move |ctx: rusqlite::hooks::AuthContext<'_>| {
        authorize(ctx, guard_registry)
    }))
    .map_err(err)?;
    Ok(())
}

/// PRAGMAs that take an argument yet only read the schema.
const PRAGMA_READS: &[&str] = &[
    "table_info",
    "table_xinfo",
    "table_list",
    "index_list",
    "index_info",
    "index_xinfo",
    "foreign_key_list",
];

/// Raw SQL may read pragmas but not set them (`synchronous=OFF`,
/// `journal_mode=DELETE`, `writable_schema=ON` would undo the durability
/// and integrity this backend promises). With `guard_registry`, nothing
/// touches the registry's tables.
fn authorize(
    ctx: rusqlite::hooks::AuthContext<'_>,
    guard_registry: bool,
) -> rusqlite::hooks::Authorization {
    use rusqlite::hooks::{AuthAction, Authorization};
    if guard_registry && touched_table(&ctx.action).is_some_and(crate::registry::is_registry_table)
    {
        return Authorization::Deny;
    }
    match ctx.action {
        AuthAction::Pragma {
            pragma_name,
            pragma_value: Some(_),
        } if !PRAGMA_READS
            .iter()
            .any(|p| p.eq_ignore_ascii_case(pragma_name)) =>
        {
            Authorization::Deny
        }
        AuthAction::Attach { .. } | AuthAction::Detach { .. } => Authorization::Deny,
        _ => Authorization::Allow,
    }
}

/// The table an action reads, writes or changes, if it names one.
fn touched_table<'c>(a: &rusqlite::hooks::AuthAction<'c>) -> Option<&'c str> {
    use rusqlite::hooks::AuthAction as A;
    match *a {
        A::CreateIndex { table_name, .. }
        | A::CreateTable { table_name }
        | A::CreateTempIndex { table_name, .. }
        | A::CreateTempTable { table_name }
        | A::CreateTempTrigger { table_name, .. }
        | A::CreateTrigger { table_name, .. }
        | A::Delete { table_name }
        | A::DropIndex { table_name, .. }
        | A::DropTable { table_name }
        | A::DropTempIndex { table_name, .. }
        | A::DropTempTable { table_name }
        | A::DropTempTrigger { table_name, .. }
        | A::DropTrigger { table_name, .. }
        | A::Insert { table_name }
        | A::Read { table_name, .. }
        | A::Update { table_name, .. }
        | A::AlterTable { table_name, .. }
        | A::Analyze { table_name }
        | A::CreateVtable { table_name, .. }
        | A::DropVtable { table_name, .. } => Some(table_name),
        // `PRAGMA table_info(tenants)` and the like.
        A::Pragma {
            pragma_value: Some(v),
            ..
        } => Some(v),
        _ => None,
    }
}

// ------------------------------------------------------------ the threads

fn writer_loop(conn: Connection, rx: cb::Receiver<Req>, cache: ColumnCache, tx_idle: Duration) {
    while let Ok(req) = rx.recv() {
        match req {
            Req::Query { sql, params, reply } => {
                let r = run_query(&conn, &sql, &params);
                let r = autocommit_guard(&conn, r);
                ddl_seen(&sql, &cache);
                let _ = reply.send(r);
            }
            Req::Execute { sql, params, reply } => {
                let r = run_execute(&conn, &sql, &params);
                let r = autocommit_guard(&conn, r);
                ddl_seen(&sql, &cache);
                let _ = reply.send(r);
            }
            Req::Columns { table, reply } => {
                let _ = reply.send(table_columns(&conn, &table));
            }
            Req::Begin { reply } => {
                if let Err(e) = conn.execute_batch("BEGIN IMMEDIATE") {
                    let _ = reply.send(Err(err(e)));
                    continue;
                }
                let (ttx, trx) = cb::unbounded();
                if reply.send(Ok(ttx)).is_err() {
                    // The caller went away before it got the transaction.
                    rollback(&conn);
                    continue;
                }
                tx_loop(&conn, trx, &cache, tx_idle);
            }
        }
    }
}

fn tx_loop(conn: &Connection, rx: cb::Receiver<TxReq>, cache: &ColumnCache, idle: Duration) {
    loop {
        match rx.recv_timeout(idle) {
            Ok(TxReq::Query { sql, params, reply }) => {
                let r = run_query(conn, &sql, &params);
                let r = in_tx_guard(conn, r);
                ddl_seen(&sql, cache);
                let _ = reply.send(r);
            }
            Ok(TxReq::Execute { sql, params, reply }) => {
                let r = run_execute(conn, &sql, &params);
                let r = in_tx_guard(conn, r);
                ddl_seen(&sql, cache);
                let _ = reply.send(r);
            }
            Ok(TxReq::Commit { reply }) => {
                let r = conn.execute_batch("COMMIT").map_err(err);
                if !conn.is_autocommit() {
                    rollback(conn);
                }
                let _ = reply.send(r);
                return;
            }
            Ok(TxReq::Rollback { reply }) => {
                rollback(conn);
                if let Some(reply) = reply {
                    let _ = reply.send(Ok(()));
                }
                return;
            }
            Err(_) => {
                // Idle too long, or the handle vanished without a word.
                rollback(conn);
                return;
            }
        }
    }
}

fn rollback(conn: &Connection) {
    if !conn.is_autocommit() {
        let _ = conn.execute_batch("ROLLBACK");
    }
}

/// Outside a transaction every statement must leave the connection in
/// autocommit: a raw `BEGIN` is undone and refused.
fn autocommit_guard<T>(conn: &Connection, r: Result<T, DbError>) -> Result<T, DbError> {
    if conn.is_autocommit() {
        return r;
    }
    rollback(conn);
    Err(DbError::new(
        DbErrorKind::Refused,
        "transaction statements are not allowed in raw SQL: use db.transaction(tx => ...)",
    ))
}

/// Inside a transaction a raw `COMMIT` / `ROLLBACK` would end it behind
/// the handle's back: start it again and refuse.
fn in_tx_guard<T>(conn: &Connection, r: Result<T, DbError>) -> Result<T, DbError> {
    if !conn.is_autocommit() {
        return r;
    }
    let _ = conn.execute_batch("BEGIN IMMEDIATE");
    Err(DbError::new(
        DbErrorKind::Refused,
        "COMMIT / ROLLBACK are not allowed in raw SQL inside db.transaction: the transaction ended there and a new one was started",
    ))
}

fn ddl_seen(sql: &str, cache: &ColumnCache) {
    let word: String = sql
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    if ["create", "alter", "drop"]
        .iter()
        .any(|k| word.eq_ignore_ascii_case(k))
    {
        lock(cache).clear();
    }
}

fn reader_loop(conn: Connection, rx: cb::Receiver<Req>, writer: cb::Sender<Req>) {
    while let Ok(req) = rx.recv() {
        match req {
            Req::Query { sql, params, reply } => {
                // One statement-cache lookup: the statement that says
                // whether it writes is the one that runs.
                let r = match conn.prepare_cached(&sql) {
                    Ok(stmt) if !stmt.readonly() => {
                        drop(stmt);
                        // Forward to the writer; if it is gone, the dropped
                        // reply tells the caller.
                        let _ = writer.send(Req::Query { sql, params, reply });
                        continue;
                    }
                    Ok(stmt) => run_prepared(stmt, &params),
                    Err(e) => Err(err(e)),
                };
                let r = autocommit_guard(&conn, r);
                let _ = reply.send(r);
            }
            Req::Columns { table, reply } => {
                let _ = reply.send(table_columns(&conn, &table));
            }
            other => {
                let _ = writer.send(other);
            }
        }
    }
}

// ------------------------------------------------------------ statements

impl ToSql for SqlValue {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            SqlValue::Null => ToSqlOutput::Owned(Value::Null),
            SqlValue::Bool(b) => ToSqlOutput::Owned(Value::Integer(*b as i64)),
            SqlValue::Int(i) => ToSqlOutput::Owned(Value::Integer(*i)),
            SqlValue::Float(f) => ToSqlOutput::Owned(Value::Real(*f)),
            SqlValue::Text(s) | SqlValue::Json(s) | SqlValue::Timestamp(s) => {
                ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes()))
            }
            SqlValue::Bytes(b) => ToSqlOutput::Borrowed(ValueRef::Blob(b)),
        })
    }
}

fn bind(stmt: &mut rusqlite::CachedStatement<'_>, params: &[SqlValue]) -> Result<(), DbError> {
    let want = stmt.parameter_count();
    if want != params.len() {
        return Err(DbError::new(
            DbErrorKind::Query,
            format!(
                "sqlite: the statement takes {want} parameter(s), {} given",
                params.len()
            ),
        ));
    }
    for (i, p) in params.iter().enumerate() {
        stmt.raw_bind_parameter(i + 1, p).map_err(err)?;
    }
    Ok(())
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Plain,
    Json,
    Bool,
    Timestamp,
}

fn kind(decl: Option<&str>) -> Kind {
    let Some(d) = decl else { return Kind::Plain };
    // Case-insensitive `contains`, without an uppercased copy per column
    // and query.
    let has = |w: &str| {
        d.as_bytes()
            .windows(w.len())
            .any(|x| x.eq_ignore_ascii_case(w.as_bytes()))
    };
    if has("JSON") {
        Kind::Json
    } else if has("BOOL") {
        Kind::Bool
    } else if has("TIMESTAMP") || has("DATETIME") {
        Kind::Timestamp
    } else {
        Kind::Plain
    }
}

fn cell(v: ValueRef<'_>, k: Kind) -> SqlValue {
    match v {
        ValueRef::Null => SqlValue::Null,
        ValueRef::Integer(i) => match k {
            Kind::Bool => SqlValue::Bool(i != 0),
            Kind::Timestamp => SqlValue::Timestamp(iso_from_millis(i.saturating_mul(1000))),
            _ => SqlValue::Int(i),
        },
        ValueRef::Real(f) => match k {
            Kind::Timestamp if f.is_finite() && f.abs() < 1e14 => {
                SqlValue::Timestamp(iso_from_millis((f * 1000.0).round() as i64))
            }
            _ => SqlValue::Float(f),
        },
        ValueRef::Text(t) => {
            if k == Kind::Timestamp {
                if let Some(iso) = iso_cell(t) {
                    return SqlValue::Timestamp(iso);
                }
            }
            let s = String::from_utf8_lossy(t).into_owned();
            match k {
                Kind::Json => SqlValue::Json(s),
                _ => SqlValue::Text(s),
            }
        }
        ValueRef::Blob(b) => SqlValue::Bytes(b.to_vec()),
    }
}

fn run_query(conn: &Connection, sql: &str, params: &[SqlValue]) -> Result<Rows, DbError> {
    run_prepared(conn.prepare_cached(sql).map_err(err)?, params)
}

fn run_prepared(
    mut stmt: rusqlite::CachedStatement<'_>,
    params: &[SqlValue],
) -> Result<Rows, DbError> {
    bind(&mut stmt, params)?;
    let n = stmt.column_count();
    let mut kinds = Vec::with_capacity(n);
    let mut columns = Vec::with_capacity(n);
    for c in stmt.columns() {
        kinds.push(kind(c.decl_type()));
        columns.push(c.name().to_string());
    }
    let mut out = Rows {
        columns,
        rows: Vec::new(),
    };
    let mut rows = stmt.raw_query();
    while let Some(row) = rows.next().map_err(err)? {
        let mut r = Vec::with_capacity(kinds.len());
        for (i, k) in kinds.iter().enumerate() {
            r.push(cell(row.get_ref(i).map_err(err)?, *k));
        }
        out.rows.push(r);
    }
    Ok(out)
}

fn run_execute(conn: &Connection, sql: &str, params: &[SqlValue]) -> Result<u64, DbError> {
    let mut stmt = conn.prepare_cached(sql).map_err(err)?;
    bind(&mut stmt, params)?;
    if stmt.column_count() > 0 {
        // `execute` of a statement with results (`... RETURNING *`):
        // run it to the end, answer the change count.
        let mut rows = stmt.raw_query();
        while rows.next().map_err(err)?.is_some() {}
        drop(rows);
        return Ok(conn.changes());
    }
    stmt.raw_execute().map(|n| n as u64).map_err(err)
}

fn table_columns(conn: &Connection, table: &str) -> Result<Vec<String>, DbError> {
    let mut stmt = conn
        .prepare_cached("SELECT name FROM pragma_table_info(?1)")
        .map_err(err)?;
    let names = stmt
        .query_map([table], |r| r.get::<_, String>(0))
        .map_err(err)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(err)?;
    Ok(names)
}

// ------------------------------------------------------------ timestamps

/// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// `YYYY-MM-DDTHH:MM:SS.mmmZ` of milliseconds since the epoch (UTC).
pub fn iso_from_millis(ms: i64) -> String {
    let mut b = [0u8; 24];
    if write_iso(ms, &mut b) {
        if let Ok(s) = String::from_utf8(b.to_vec()) {
            return s;
        }
    }
    iso_with_format(ms)
}

/// [`iso_from_millis`] through `format!`: for the years `write_iso` leaves
/// out (outside 0..=9999), and as the tests' reference.
fn iso_with_format(ms: i64) -> String {
    let days = ms.div_euclid(86_400_000);
    let rem = ms.rem_euclid(86_400_000);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
        rem / 3_600_000,
        rem / 60_000 % 60,
        rem / 1000 % 60,
        rem % 1000
    )
}

/// Writes [`iso_from_millis`]'s text into `out` without `format!` (rows
/// of timestamps are formatted on every read); false for years outside
/// 0..=9999, whose text is not 24 bytes.
fn write_iso(ms: i64, out: &mut [u8; 24]) -> bool {
    let days = ms.div_euclid(86_400_000);
    let rem = ms.rem_euclid(86_400_000);
    let (y, m, d) = civil_from_days(days);
    if !(0..=9999).contains(&y) {
        return false;
    }
    fn put(out: &mut [u8], mut n: i64) {
        for c in out.iter_mut().rev() {
            *c = b'0' + (n % 10) as u8;
            n /= 10;
        }
    }
    *out = *b"0000-00-00T00:00:00.000Z";
    put(&mut out[0..4], y);
    put(&mut out[5..7], m);
    put(&mut out[8..10], d);
    put(&mut out[11..13], rem / 3_600_000);
    put(&mut out[14..16], rem / 60_000 % 60);
    put(&mut out[17..19], rem / 1000 % 60);
    put(&mut out[20..23], rem % 1000);
    true
}

/// The current time as `YYYY-MM-DDTHH:MM:SS.mmmZ`.
pub fn now_iso() -> String {
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0);
    iso_from_millis(ms)
}

/// Normalises SQLite's date-time text forms (`YYYY-MM-DD`,
/// `YYYY-MM-DD HH:MM[:SS[.fff]]`, with `T`, `Z` or `±HH:MM`) to UTC
/// `YYYY-MM-DDTHH:MM:SS.mmmZ`; `None` when the text is not one of them.
pub fn iso_timestamp(s: &str) -> Option<String> {
    iso_millis(s).map(iso_from_millis)
}

/// A timestamp cell's text in the ISO form, or `None` (not a date-time:
/// the cell stays text).
fn iso_cell(t: &[u8]) -> Option<String> {
    let ms = iso_millis(std::str::from_utf8(t).ok()?)?;
    let mut b = [0u8; 24];
    if write_iso(ms, &mut b) {
        // ASCII by construction: from_utf8 cannot fail.
        return String::from_utf8(b.to_vec()).ok();
    }
    Some(iso_from_millis(ms))
}

/// Milliseconds since the epoch (UTC) of one of [`iso_timestamp`]'s forms.
fn iso_millis(s: &str) -> Option<i64> {
    let b = s.trim().as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let part = b.get(r)?;
        if part.is_empty() || !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        Some(part.iter().fold(0i64, |n, &c| {
            n.saturating_mul(10).saturating_add((c - b'0') as i64)
        }))
    };
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) {
        return None;
    }
    let (mut h, mut mi, mut sec, mut ms) = (0, 0, 0, 0);
    let mut i = 10;
    if i < b.len() && (b[i] == b'T' || b[i] == b' ') {
        h = num(i + 1..i + 3)?;
        if b.get(i + 3) != Some(&b':') {
            return None;
        }
        mi = num(i + 4..i + 6)?;
        i += 6;
        if b.get(i) == Some(&b':') {
            sec = num(i + 1..i + 3)?;
            i += 3;
            if b.get(i) == Some(&b'.') {
                let start = i + 1;
                let mut j = start;
                while j < b.len() && b[j].is_ascii_digit() {
                    j += 1;
                }
                if j == start {
                    return None;
                }
                // Milliseconds: the first three digits, padded.
                ms = b[start..j.min(start + 3)]
                    .iter()
                    .chain(std::iter::repeat(&b'0'))
                    .take(3)
                    .fold(0i64, |n, &c| n * 10 + (c - b'0') as i64);
                i = j;
            }
        }
        if h > 23 || mi > 59 || sec > 60 {
            return None;
        }
    }
    let mut offset_min = 0i64;
    match b.get(i) {
        None => {}
        Some(b'Z') | Some(b'z') if i + 1 == b.len() => {}
        Some(&c @ (b'+' | b'-')) => {
            let oh = num(i + 1..i + 3)?;
            let om = match b.get(i + 3) {
                Some(b':') => num(i + 4..i + 6)?,
                None => 0,
                Some(_) => num(i + 3..i + 5)?,
            };
            offset_min = (oh * 60 + om) * if c == b'-' { -1 } else { 1 };
        }
        Some(_) => return None,
    }
    let days = days_from_civil(y, mo, d);
    Some((((days * 24 + h) * 60 + mi - offset_min) * 60 + sec) * 1000 + ms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_normalise() {
        assert_eq!(
            iso_timestamp("2026-01-02 03:04:05").as_deref(),
            Some("2026-01-02T03:04:05.000Z")
        );
        assert_eq!(
            iso_timestamp("2026-01-02T03:04:05.1234Z").as_deref(),
            Some("2026-01-02T03:04:05.123Z")
        );
        assert_eq!(
            iso_timestamp("2026-01-02").as_deref(),
            Some("2026-01-02T00:00:00.000Z")
        );
        assert_eq!(
            iso_timestamp("2026-01-02T01:00:00+02:00").as_deref(),
            Some("2026-01-01T23:00:00.000Z")
        );
        assert_eq!(iso_timestamp("hello"), None);
        assert_eq!(iso_timestamp("2026-13-02"), None);
        assert_eq!(iso_from_millis(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(iso_from_millis(-1), "1969-12-31T23:59:59.999Z");
        // The hand-written formatter agrees with format! everywhere,
        // including the years format! alone handles.
        let reference = iso_with_format;
        let mut ms = -70_000_000_000_000i64;
        while ms < 300_000_000_000_000 {
            assert_eq!(iso_from_millis(ms), reference(ms), "{ms}");
            ms += 77_777_777_777;
        }
        assert_eq!(
            iso_cell(b"2026-01-02T03:04:05.000Z").as_deref(),
            Some("2026-01-02T03:04:05.000Z")
        );
        assert_eq!(
            iso_cell(b"2026-02-30 01:02").as_deref(),
            Some("2026-03-02T01:02:00.000Z")
        );
        assert_eq!(iso_cell(b"note 1"), None);
        assert_eq!(iso_cell(b"2026-01-02T03:04:05.000Z\xff"), None);
        assert_eq!(
            iso_from_millis(1_767_225_600_000),
            "2026-01-01T00:00:00.000Z"
        );
    }
}
