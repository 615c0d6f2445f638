//! kitwork-db: the query builder, the SQLite and PostgreSQL backends and the
//! system registry (the `tenants` table).
//!
//! Owns SQL: tenant code reaches a database only through [`builder`], which
//! emits parameterized SQL for both dialects (every value a bound
//! parameter, every identifier validated and quoted). It must not depend on
//! the VM or HTTP: the engine turns JavaScript values into [`SqlValue`]s and
//! results back into JavaScript values.
//!
//! File map:
//! - `value.rs`: `SqlValue`, `Rows`, `DbError` (the contract of every backend)
//! - `sqlite.rs`: SQLite (rusqlite, bundled, WAL) on blocking threads
//! - `pg/`: PostgreSQL (tokio-postgres) driven on the shard's glommio executor
//! - `builder/`: [`builder::Query`] / [`builder::Cond`] / [`builder::Op`] to
//!   parameterized SQL for both dialects, the raw escape hatch
//! - `lambda.rs`: `u => u.price > 500 && ...` source text to a [`builder::Cond`]
//! - `registry.rs`: the system `tenants` table and its migrations
//!
//! The tenant-facing surface is written in docs/database.md.

pub mod builder;
pub mod lambda;
pub mod pg;
pub mod registry;
pub mod sqlite;
pub mod value;

pub use value::{DbError, DbErrorKind, Rows, SqlValue};

/// Placeholder syntax and quoting differ per dialect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    /// `?1, ?2 ...`, identifiers in double quotes.
    Sqlite,
    /// `$1, $2 ...`, identifiers in double quotes.
    Postgres,
}

/// A database of one alias, as a shard holds it.
pub enum Database {
    Sqlite(sqlite::Sqlite),
    Postgres(pg::PgPool),
}

/// A transaction: one connection held until `commit` or `rollback`;
/// dropped without either, it rolls back and the connection goes back clean.
pub enum Tx {
    Sqlite(sqlite::SqliteTx),
    Postgres(pg::PgTx),
}

impl Database {
    pub fn dialect(&self) -> Dialect {
        match self {
            Database::Sqlite(_) => Dialect::Sqlite,
            Database::Postgres(_) => Dialect::Postgres,
        }
    }

    /// Runs a statement that returns rows.
    pub async fn query(&self, sql: &str, params: &[SqlValue]) -> Result<Rows, DbError> {
        match self {
            Database::Sqlite(d) => d.query(sql, params).await,
            Database::Postgres(d) => d.query(sql, params).await,
        }
    }

    /// [`Database::query`] of SQL and parameters the caller no longer
    /// needs (SQLite moves them to its thread without a copy).
    pub async fn query_owned(&self, sql: String, params: Vec<SqlValue>) -> Result<Rows, DbError> {
        match self {
            Database::Sqlite(d) => d.query_owned(sql, params).await,
            Database::Postgres(d) => d.query(&sql, &params).await,
        }
    }

    /// Runs a statement; answers the number of rows it changed.
    pub async fn execute(&self, sql: &str, params: &[SqlValue]) -> Result<u64, DbError> {
        match self {
            Database::Sqlite(d) => d.execute(sql, params).await,
            Database::Postgres(d) => d.execute(sql, params).await,
        }
    }

    pub async fn begin(&self) -> Result<Tx, DbError> {
        match self {
            Database::Sqlite(d) => d.begin().await.map(Tx::Sqlite),
            Database::Postgres(d) => d.begin().await.map(Tx::Postgres),
        }
    }

    /// Whether a table has a column, when its columns are cached (no I/O);
    /// `None` when they are not.
    pub fn cached_has_column(&self, table: &str, name: &str) -> Option<bool> {
        match self {
            Database::Sqlite(d) => d.cached_has_column(table, name),
            Database::Postgres(d) => d.cached_has_column(table, name),
        }
    }

    /// Whether a table has a column (the cached [`Database::columns`]).
    pub async fn has_column(&self, table: &str, name: &str) -> Result<bool, DbError> {
        match self {
            Database::Sqlite(d) => d.has_column(table, name).await,
            Database::Postgres(d) => d.has_column(table, name).await,
        }
    }

    /// Column names of a table (cached by the backend), for soft delete
    /// (`deleted_at`) and identifier checks.
    pub async fn columns(&self, table: &str) -> Result<Vec<String>, DbError> {
        match self {
            Database::Sqlite(d) => d.columns(table).await,
            Database::Postgres(d) => d.columns(table).await,
        }
    }
}

impl Tx {
    pub async fn query(&mut self, sql: &str, params: &[SqlValue]) -> Result<Rows, DbError> {
        match self {
            Tx::Sqlite(t) => t.query(sql, params).await,
            Tx::Postgres(t) => t.query(sql, params).await,
        }
    }

    pub async fn execute(&mut self, sql: &str, params: &[SqlValue]) -> Result<u64, DbError> {
        match self {
            Tx::Sqlite(t) => t.execute(sql, params).await,
            Tx::Postgres(t) => t.execute(sql, params).await,
        }
    }

    pub async fn commit(self) -> Result<(), DbError> {
        match self {
            Tx::Sqlite(t) => t.commit().await,
            Tx::Postgres(t) => t.commit().await,
        }
    }

    pub async fn rollback(self) -> Result<(), DbError> {
        match self {
            Tx::Sqlite(t) => t.rollback().await,
            Tx::Postgres(t) => t.rollback().await,
        }
    }

    /// Opens savepoint number `depth` (a nested `db.transaction`): the
    /// same SQL on both dialects.
    pub async fn savepoint(&mut self, depth: u32) -> Result<(), DbError> {
        self.execute(&format!("SAVEPOINT kitwork_sp_{depth}"), &[])
            .await
            .map(drop)
    }

    /// Keeps the work since savepoint `depth` (the nested callback returned).
    pub async fn release(&mut self, depth: u32) -> Result<(), DbError> {
        self.execute(&format!("RELEASE SAVEPOINT kitwork_sp_{depth}"), &[])
            .await
            .map(drop)
    }

    /// Undoes the work since savepoint `depth` (the nested callback failed);
    /// the outer transaction goes on.
    pub async fn rollback_to(&mut self, depth: u32) -> Result<(), DbError> {
        self.execute(&format!("ROLLBACK TO SAVEPOINT kitwork_sp_{depth}"), &[])
            .await?;
        self.execute(&format!("RELEASE SAVEPOINT kitwork_sp_{depth}"), &[])
            .await
            .map(drop)
    }
}

/// Recursion over conditions grows the stack on demand.
pub(crate) fn grow<R>(f: impl FnOnce() -> R) -> R {
    kitwork_lang::grow_stack(f)
}
