//! Values and errors every backend speaks.

/// A bound parameter or a result cell. How each maps to JavaScript is
/// written in docs/database.md: `Int` beyond 2^53 becomes a string,
/// `Timestamp` an ISO string, `Json` an object, `Bytes` base64.
#[derive(Clone, Debug, PartialEq)]
pub enum SqlValue {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Text(String),
    Bytes(Vec<u8>),
    /// JSON / JSONB, as JSON text.
    Json(String),
    /// A timestamp, as an ISO 8601 string in UTC (`2026-01-02T03:04:05.000Z`).
    Timestamp(String),
}

/// The rows of a query, column names once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rows {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<SqlValue>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DbErrorKind {
    /// The builder refused the query (no where on update/destroy, a bad
    /// identifier, an untranslatable lambda ...): nothing reached SQL.
    Refused,
    /// The database answered with an error (constraint, syntax of raw SQL ...).
    Query,
    /// The connection is down or could not be made (retried with backoff).
    Connection,
    /// A deadline passed.
    Timeout,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DbError {
    pub kind: DbErrorKind,
    pub message: String,
}

impl DbError {
    pub fn new(kind: DbErrorKind, message: impl Into<String>) -> DbError {
        DbError {
            kind,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for DbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DbError {}
