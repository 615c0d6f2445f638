//! The system registry: the `tenants` table, on SQLite or PostgreSQL.
//!
//! ```text
//! tenants(identity TEXT PRIMARY KEY, domains JSON text array,
//!         active BOOLEAN, limits JSON object, created_at, updated_at)
//! kitwork_schema(name TEXT PRIMARY KEY, version INTEGER)
//! ```
//!
//! [`migrate`] creates or upgrades the tables at start: it reads the
//! `registry` version from `kitwork_schema` and applies each later
//! migration in a transaction with the version bump, so several nodes
//! starting at once apply each step once (the version row is written with
//! `INSERT ... ON CONFLICT DO UPDATE`, which both dialects speak).
//! Timestamps are written by this code as ISO 8601 UTC strings (bound
//! parameters), never by a dialect-specific `now()`.

use crate::{Database, DbError, DbErrorKind, Dialect, Rows, SqlValue};
use std::collections::HashSet;

/// One tenant as the registry holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct TenantRecord {
    pub identity: String,
    pub domains: Vec<String>,
    pub active: bool,
    /// The limits object as JSON text (`{}` when none).
    pub limits: String,
    /// ISO 8601 UTC.
    pub created_at: String,
    pub updated_at: String,
}

const COMPONENT: &str = "registry";

/// The registry's tables. In the system database they are the platform's:
/// tenant code cannot name them (the engine refuses it, and SQLite's
/// authorizer on tenants' connections denies any access to them).
pub const TABLES: &[&str] = &["tenants", "kitwork_schema"];

/// Whether `name` (maybe schema-qualified or quoted) is a registry table.
pub fn is_registry_table(name: &str) -> bool {
    let last = name.rsplit('.').next().unwrap_or(name).trim_matches('"');
    TABLES.iter().any(|t| t.eq_ignore_ascii_case(last))
}

/// The migrations, in order; version N is `MIGRATIONS[N - 1]`.
fn migrations(d: Dialect) -> Vec<Vec<&'static str>> {
    let v1 = match d {
        Dialect::Sqlite => vec![
            "CREATE TABLE IF NOT EXISTS \"tenants\" (\
             \"identity\" TEXT PRIMARY KEY, \
             \"domains\" JSON NOT NULL DEFAULT '[]', \
             \"active\" BOOLEAN NOT NULL DEFAULT 1, \
             \"limits\" JSON NOT NULL DEFAULT '{}', \
             \"created_at\" TIMESTAMP NOT NULL, \
             \"updated_at\" TIMESTAMP NOT NULL)",
            "CREATE INDEX IF NOT EXISTS \"tenants_active\" ON \"tenants\" (\"active\")",
        ],
        Dialect::Postgres => vec![
            "CREATE TABLE IF NOT EXISTS \"tenants\" (\
             \"identity\" TEXT PRIMARY KEY, \
             \"domains\" JSONB NOT NULL DEFAULT '[]', \
             \"active\" BOOLEAN NOT NULL DEFAULT TRUE, \
             \"limits\" JSONB NOT NULL DEFAULT '{}', \
             \"created_at\" TIMESTAMPTZ NOT NULL, \
             \"updated_at\" TIMESTAMPTZ NOT NULL)",
            "CREATE INDEX IF NOT EXISTS \"tenants_active\" ON \"tenants\" (\"active\")",
        ],
    };
    vec![v1]
}

/// The schema version this code writes.
pub fn latest_version() -> i64 {
    migrations(Dialect::Sqlite).len() as i64
}

fn ph(d: Dialect, n: usize) -> String {
    match d {
        Dialect::Sqlite => format!("?{n}"),
        Dialect::Postgres => format!("${n}"),
    }
}

/// Creates or upgrades the registry tables; answers the version now in
/// place.
pub async fn migrate(db: &Database) -> Result<i64, DbError> {
    let d = db.dialect();
    db.execute(
        "CREATE TABLE IF NOT EXISTS \"kitwork_schema\" (\"name\" TEXT PRIMARY KEY, \"version\" INTEGER NOT NULL)",
        &[],
    )
    .await?;
    let steps = migrations(d);
    loop {
        let mut tx = db.begin().await?;
        let rows = tx
            .query(
                &format!(
                    "SELECT \"version\" FROM \"kitwork_schema\" WHERE \"name\" = {}",
                    ph(d, 1)
                ),
                &[SqlValue::Text(COMPONENT.into())],
            )
            .await?;
        let current = match rows.rows.first().and_then(|r| r.first()) {
            Some(SqlValue::Int(v)) => *v,
            _ => 0,
        };
        if current as usize >= steps.len() {
            tx.rollback().await?;
            return Ok(current);
        }
        for sql in &steps[current as usize] {
            tx.execute(sql, &[]).await?;
        }
        tx.execute(
            &format!(
                "INSERT INTO \"kitwork_schema\" (\"name\", \"version\") VALUES ({}, {}) \
                 ON CONFLICT (\"name\") DO UPDATE SET \"version\" = excluded.\"version\"",
                ph(d, 1),
                ph(d, 2)
            ),
            &[SqlValue::Text(COMPONENT.into()), SqlValue::Int(current + 1)],
        )
        .await?;
        tx.commit().await?;
    }
}

fn now() -> SqlValue {
    SqlValue::Timestamp(crate::sqlite::now_iso())
}

fn refused(msg: impl Into<String>) -> DbError {
    DbError::new(DbErrorKind::Refused, msg)
}

fn check_identity(identity: &str) -> Result<(), DbError> {
    // An identity names a directory (tenants/<identity>/): it starts with a
    // letter or digit, so `.` and `..` are never one.
    if identity.is_empty()
        || identity.len() > 253
        || !identity.as_bytes()[0].is_ascii_alphanumeric()
        || !identity
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
    {
        return Err(refused(format!(
            "registry: invalid tenant identity {:?}",
            identity.chars().take(80).collect::<String>()
        )));
    }
    Ok(())
}

/// Adds a tenant, or when it exists sets its domains and limits (its
/// `active` flag and `created_at` are kept). `limits` is a JSON object
/// text. Answers the record as stored.
pub async fn add(
    db: &Database,
    identity: &str,
    domains: &[String],
    limits: &str,
) -> Result<TenantRecord, DbError> {
    check_identity(identity)?;
    let limits_ok = serde_json::from_str::<serde_json::Value>(limits)
        .map(|v| v.is_object())
        .unwrap_or(false);
    if !limits_ok {
        return Err(refused("registry: limits must be a JSON object"));
    }
    let domains_json =
        serde_json::to_string(domains).map_err(|e| refused(format!("registry: domains: {e}")))?;
    let d = db.dialect();
    let sql = format!(
        "INSERT INTO \"tenants\" (\"identity\", \"domains\", \"active\", \"limits\", \"created_at\", \"updated_at\") \
         VALUES ({}, {}, {}, {}, {}, {}) \
         ON CONFLICT (\"identity\") DO UPDATE SET \"domains\" = excluded.\"domains\", \
         \"limits\" = excluded.\"limits\", \"updated_at\" = excluded.\"updated_at\" \
         RETURNING *",
        ph(d, 1),
        ph(d, 2),
        ph(d, 3),
        ph(d, 4),
        ph(d, 5),
        ph(d, 6)
    );
    let now = now();
    let rows = db
        .query(
            &sql,
            &[
                SqlValue::Text(identity.to_string()),
                SqlValue::Json(domains_json),
                SqlValue::Bool(true),
                SqlValue::Json(limits.to_string()),
                now.clone(),
                now,
            ],
        )
        .await?;
    records(&rows)?
        .into_iter()
        .next()
        .ok_or_else(|| DbError::new(DbErrorKind::Query, "registry: insert returned no row"))
}

/// Every tenant, by identity.
pub async fn list(db: &Database) -> Result<Vec<TenantRecord>, DbError> {
    let rows = db
        .query("SELECT * FROM \"tenants\" ORDER BY \"identity\"", &[])
        .await?;
    records(&rows)
}

/// Marks a tenant inactive; answers whether it exists.
pub async fn disable(db: &Database, identity: &str) -> Result<bool, DbError> {
    set_active(db, identity, false).await
}

/// Marks a tenant active; answers whether it exists.
pub async fn enable(db: &Database, identity: &str) -> Result<bool, DbError> {
    set_active(db, identity, true).await
}

async fn set_active(db: &Database, identity: &str, active: bool) -> Result<bool, DbError> {
    let d = db.dialect();
    let n = db
        .execute(
            &format!(
                "UPDATE \"tenants\" SET \"active\" = {}, \"updated_at\" = {} WHERE \"identity\" = {}",
                ph(d, 1),
                ph(d, 2),
                ph(d, 3)
            ),
            &[
                SqlValue::Bool(active),
                now(),
                SqlValue::Text(identity.to_string()),
            ],
        )
        .await?;
    Ok(n > 0)
}

/// The identities of the active tenants.
pub async fn active_identities(db: &Database) -> Result<HashSet<String>, DbError> {
    let d = db.dialect();
    let rows = db
        .query(
            &format!(
                "SELECT \"identity\" FROM \"tenants\" WHERE \"active\" = {}",
                ph(d, 1)
            ),
            &[SqlValue::Bool(true)],
        )
        .await?;
    Ok(rows
        .rows
        .into_iter()
        .filter_map(|r| match r.into_iter().next() {
            Some(SqlValue::Text(s)) => Some(s),
            _ => None,
        })
        .collect())
}

fn text(v: &SqlValue) -> String {
    match v {
        SqlValue::Text(s) | SqlValue::Json(s) | SqlValue::Timestamp(s) => s.clone(),
        SqlValue::Int(i) => i.to_string(),
        SqlValue::Float(f) => f.to_string(),
        SqlValue::Bool(b) => b.to_string(),
        SqlValue::Null | SqlValue::Bytes(_) => String::new(),
    }
}

fn records(rows: &Rows) -> Result<Vec<TenantRecord>, DbError> {
    let idx = |name: &str| {
        rows.columns
            .iter()
            .position(|c| c == name)
            .ok_or_else(|| DbError::new(DbErrorKind::Query, format!("registry: no column {name}")))
    };
    let (i_id, i_dom, i_act, i_lim, i_c, i_u) = (
        idx("identity")?,
        idx("domains")?,
        idx("active")?,
        idx("limits")?,
        idx("created_at")?,
        idx("updated_at")?,
    );
    let mut out = Vec::with_capacity(rows.rows.len());
    for r in &rows.rows {
        let get = |i: usize| r.get(i).cloned().unwrap_or(SqlValue::Null);
        let domains: Vec<String> = serde_json::from_str(&text(&get(i_dom))).unwrap_or_default();
        let active = match get(i_act) {
            SqlValue::Bool(b) => b,
            SqlValue::Int(i) => i != 0,
            SqlValue::Text(t) => matches!(t.as_str(), "t" | "true" | "1"),
            _ => false,
        };
        let limits = match text(&get(i_lim)) {
            s if s.is_empty() => "{}".to_string(),
            s => s,
        };
        out.push(TenantRecord {
            identity: text(&get(i_id)),
            domains,
            active,
            limits,
            created_at: text(&get(i_c)),
            updated_at: text(&get(i_u)),
        });
    }
    Ok(out)
}
