//! PostgreSQL backend: placeholder until built (same API as the final one).

use crate::{DbError, DbErrorKind, Rows, SqlValue};

fn todo() -> DbError {
    DbError::new(DbErrorKind::Connection, "postgres backend not built yet")
}

pub struct PgPool;
pub struct PgTx;

impl PgPool {
    pub async fn query(&self, _sql: &str, _params: &[SqlValue]) -> Result<Rows, DbError> {
        Err(todo())
    }
    pub async fn execute(&self, _sql: &str, _params: &[SqlValue]) -> Result<u64, DbError> {
        Err(todo())
    }
    pub async fn begin(&self) -> Result<PgTx, DbError> {
        Err(todo())
    }
    pub async fn columns(&self, _table: &str) -> Result<Vec<String>, DbError> {
        Err(todo())
    }
}

impl PgTx {
    pub async fn query(&mut self, _sql: &str, _params: &[SqlValue]) -> Result<Rows, DbError> {
        Err(todo())
    }
    pub async fn execute(&mut self, _sql: &str, _params: &[SqlValue]) -> Result<u64, DbError> {
        Err(todo())
    }
    pub async fn commit(self) -> Result<(), DbError> {
        Err(todo())
    }
    pub async fn rollback(self) -> Result<(), DbError> {
        Err(todo())
    }
}
