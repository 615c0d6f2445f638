//! Helpers shared by the SQLite tests: a fresh temp directory per test and
//! running builder output against a database.
#![allow(dead_code)]

use kitwork_db::builder::{Built, Shape};
use kitwork_db::sqlite::Sqlite;
use kitwork_db::{Database, DbError, Rows, SqlValue};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};

pub use futures_lite::future::block_on;

/// A directory removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        static N: AtomicU32 = AtomicU32::new(0);
        let p = std::env::temp_dir().join(format!(
            "kitwork-db-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&p);
        TempDir(p)
    }
    pub fn file(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A fresh SQLite database in its own temp dir (the dir lives as long as
/// the returned guard).
pub fn fresh(tag: &str) -> (TempDir, Database) {
    let dir = TempDir::new(tag);
    let db = Sqlite::open(dir.file("data/app.db")).expect("open");
    (dir, Database::Sqlite(db))
}

pub fn exec(db: &Database, sql: &str) {
    block_on(db.execute(sql, &[])).unwrap_or_else(|e| panic!("{sql}: {e}"));
}

/// What a builder statement answered.
#[derive(Debug, PartialEq)]
pub enum Out {
    Rows(Rows),
    Affected(u64),
}

pub fn run(db: &Database, b: &Built) -> Result<Out, DbError> {
    block_on(async {
        match b.shape {
            Shape::Affected => db.execute(&b.sql, &b.params).await.map(Out::Affected),
            _ => db.query(&b.sql, &b.params).await.map(Out::Rows),
        }
    })
}

pub fn rows(db: &Database, b: &Built) -> Rows {
    match run(db, b).unwrap_or_else(|e| panic!("{}: {e}", b.sql)) {
        Out::Rows(r) => r,
        Out::Affected(n) => panic!("expected rows, got {n} affected"),
    }
}

pub fn count(db: &Database, table: &str) -> i64 {
    let r = block_on(db.query(&format!("SELECT COUNT(*) FROM \"{table}\""), &[]))
        .unwrap_or_else(|e| panic!("count {table}: {e}"));
    match r.rows[0][0] {
        SqlValue::Int(n) => n,
        ref v => panic!("count: {v:?}"),
    }
}

pub fn text(s: &str) -> SqlValue {
    SqlValue::Text(s.to_string())
}
