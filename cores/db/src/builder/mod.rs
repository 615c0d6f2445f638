//! The query builder: a pure description of a query ([`Query`], [`Cond`],
//! [`Op`]) and the SQL it becomes in either dialect ([`Built`]).
//!
//! Safety rules, enforced here and nowhere else:
//! - every identifier (table, column, `table.column`) matches
//!   `^[A-Za-z_][A-Za-z0-9_]*$`, is at most 63 bytes, and is always written
//!   double-quoted;
//! - every value is a bound parameter (`?N` for SQLite, `$N` for PostgreSQL);
//!   no string from tenant code is ever spliced into SQL text (the only
//!   numbers written inline are `LIMIT` / `OFFSET`, which are Rust integers);
//! - `update`, `increment`, `delete` and `destroy` without a where are
//!   refused ([`DbErrorKind::Refused`]), so are an empty update and writes
//!   that carry joins, sort, skip or take.
//!
//! - `mod.rs`: the types, identifier checks, [`Cond`] constructors
//! - `sql.rs`: SQL generation per [`Op`]
//! - `raw.rs`: the raw escape hatch ([`raw`]): `?` placeholders for both
//!   dialects

mod raw;
mod sql;

pub use raw::{raw, raw_names};

use crate::{DbError, DbErrorKind, Dialect, SqlValue};

/// The most parameters one statement may bind (SQLite's default limit is
/// 32766, PostgreSQL's 65535).
pub const MAX_PARAMS: usize = 30_000;

/// Longest identifier accepted (PostgreSQL truncates beyond 63 bytes).
pub const MAX_IDENT: usize = 63;

/// A column name with its value: one row of `create`, `insert`, `update`.
pub type Row = Vec<(String, SqlValue)>;

/// A table or column name in a [`Query`] or [`Cond`]: shared, so cloning
/// a query (each chain step does) or binding a cached lambda copies no
/// text. `"name".into()` and `String::into()` make one.
pub type Name = std::sync::Arc<str>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    Asc,
    Desc,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoinKind {
    Inner,
    Left,
}

/// `JOIN "table" ON "left" = "right"`: `left` and `right` are columns,
/// usually qualified (`user.id`, `post.user_id`).
#[derive(Clone, Debug, PartialEq)]
pub struct Join {
    pub table: String,
    pub left: String,
    pub right: String,
    pub kind: JoinKind,
}

/// Comparison operators of a condition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    /// The operator with its operands swapped (`500 < x` is `x > 500`).
    pub fn flip(self) -> CmpOp {
        match self {
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }

    fn sql(self) -> &'static str {
        match self {
            CmpOp::Eq => "=",
            CmpOp::Ne => "<>",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
}

/// A where condition. Column names are validated when SQL is generated.
#[derive(Clone, Debug, PartialEq)]
pub enum Cond {
    /// `"col" op ?` (a `Null` value with `Eq`/`Ne` becomes IS [NOT] NULL).
    Cmp {
        col: Name,
        op: CmpOp,
        value: SqlValue,
    },
    /// `"a" op "b"`: two columns.
    Cols {
        left: Name,
        op: CmpOp,
        right: Name,
    },
    /// `"col" [NOT] IN (?, ...)`; an empty list is false (`NOT IN`: true);
    /// a `Null` in the list matches NULL (`OR "col" IS NULL`).
    In {
        col: Name,
        values: Vec<SqlValue>,
        negated: bool,
    },
    /// `"col" [NOT] LIKE ?`
    Like {
        col: Name,
        pattern: String,
        negated: bool,
    },
    /// `"col" IS [NOT] NULL`
    IsNull {
        col: Name,
        negated: bool,
    },
    And(Vec<Cond>),
    Or(Vec<Cond>),
    Not(Box<Cond>),
    /// Always true / always false.
    Const(bool),
}

impl Cond {
    /// `col == value` with the automatic forms tenants rely on: `null` is
    /// `IS NULL`, an array (a JS array arrives as `SqlValue::Json("[...]")`)
    /// is `IN`, a string containing `%` is `LIKE`.
    pub fn eq(col: impl Into<Name>, value: SqlValue) -> Result<Cond, DbError> {
        Cond::compare(col, CmpOp::Eq, value)
    }

    /// `col op value` with the automatic forms of [`Cond::eq`] for `Eq` and
    /// `Ne` (`NOT IN`, `NOT LIKE`, `IS NOT NULL`). Ordering against `null`
    /// or an array is refused: SQL would silently match nothing.
    pub fn compare(col: impl Into<Name>, op: CmpOp, value: SqlValue) -> Result<Cond, DbError> {
        let col = col.into();
        let negated = op == CmpOp::Ne;
        let eqish = matches!(op, CmpOp::Eq | CmpOp::Ne);
        if let Some(values) = json_array(&value)? {
            if !eqish {
                return Err(refused(format!(
                    "cannot order column {col} against an array: use == (IN) or != (NOT IN)"
                )));
            }
            return Ok(Cond::In {
                col,
                values,
                negated,
            });
        }
        match value {
            SqlValue::Null if eqish => Ok(Cond::IsNull { col, negated }),
            SqlValue::Null => Err(refused(format!(
                "cannot order column {col} against null: it matches no row"
            ))),
            SqlValue::Text(s) if eqish && s.contains('%') => Ok(Cond::Like {
                col,
                pattern: s,
                negated,
            }),
            value => Ok(Cond::Cmp { col, op, value }),
        }
    }

    /// The object form `where({role: "admin", id: [1, 2]})`: every pair is
    /// [`Cond::eq`], all of them must hold.
    pub fn from_pairs<I, K>(pairs: I) -> Result<Cond, DbError>
    where
        I: IntoIterator<Item = (K, SqlValue)>,
        K: Into<Name>,
    {
        let mut all = Vec::new();
        for (k, v) in pairs {
            all.push(Cond::eq(k, v)?);
        }
        Ok(match all.len() {
            0 => Cond::Const(true),
            1 => all.pop().unwrap_or(Cond::Const(true)),
            _ => Cond::And(all),
        })
    }
}

/// A JS array arrives as JSON text: its scalar elements, or `None` when
/// the value is not an array.
fn json_array(v: &SqlValue) -> Result<Option<Vec<SqlValue>>, DbError> {
    let SqlValue::Json(text) = v else {
        return Ok(None);
    };
    if !text.trim_start().starts_with('[') {
        return Ok(None);
    }
    let parsed: Vec<serde_json::Value> =
        serde_json::from_str(text).map_err(|e| refused(format!("bad array value: {e}")))?;
    let mut out = Vec::with_capacity(parsed.len());
    for item in parsed {
        out.push(match item {
            serde_json::Value::Null => SqlValue::Null,
            serde_json::Value::Bool(b) => SqlValue::Bool(b),
            serde_json::Value::Number(n) => match n.as_i64() {
                Some(i) => SqlValue::Int(i),
                None => SqlValue::Float(n.as_f64().unwrap_or(f64::NAN)),
            },
            serde_json::Value::String(s) => SqlValue::Text(s),
            other => SqlValue::Json(other.to_string()),
        });
    }
    Ok(Some(out))
}

/// A query on one table as the chain `db.table(t).where(..).sort(..)...`
/// describes it, before the final operation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    pub table: Name,
    /// All must hold (AND).
    pub wheres: Vec<Cond>,
    pub sort: Vec<(Name, Order)>,
    pub skip: Option<u64>,
    pub take: Option<u64>,
    /// Columns to return; empty is `*`.
    pub select: Vec<String>,
    pub joins: Vec<Join>,
}

/// The final operation of a chain.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// Rows; `Some(n)` caps them at `n` (over `take`).
    List(Option<u64>),
    /// The first row by sort, else by `id` ascending; or null.
    First,
    /// The last row: the reversed sort, else `id` descending; or null.
    Last,
    /// The row whose `id` is the value, or null.
    Find(SqlValue),
    Exists,
    Count,
    Sum(String),
    Avg(String),
    Min(String),
    Max(String),
    /// Insert one row, answer it (`RETURNING *`).
    Create(Row),
    /// Insert many rows (all with the same columns), answer them.
    Insert(Vec<Row>),
    /// Set columns on the matching rows, answer them. Needs a where.
    Update(Row),
    /// `col = COALESCE(col, 0) + n` on the matching rows, answer them.
    /// Needs a where.
    Increment(String, SqlValue),
    /// Soft delete (`deleted_at = now`) when the table has `deleted_at`,
    /// else hard delete; answers the count. Needs a where.
    Delete,
    /// Hard delete, soft-deleted rows included; answers the count.
    /// Needs a where.
    Destroy,
}

/// What the caller should hand back to the tenant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// All rows, as an array of objects.
    Rows,
    /// The first row as an object, or null when none.
    Row,
    /// The first cell of the first row, as an integer.
    Count,
    /// The first cell of the first row, a number or null.
    Value,
    /// True when a row came back.
    Exists,
    /// Run with `execute`; the number of rows changed.
    Affected,
}

/// SQL ready for [`crate::Database::query`] / [`crate::Database::execute`].
#[derive(Clone, Debug, PartialEq)]
pub struct Built {
    pub sql: String,
    pub params: Vec<SqlValue>,
    pub shape: Shape,
}

impl Query {
    pub fn new(table: impl Into<Name>) -> Query {
        Query {
            table: table.into(),
            wheres: Vec::new(),
            sort: Vec::new(),
            skip: None,
            take: None,
            select: Vec::new(),
            joins: Vec::new(),
        }
    }

    /// The SQL of `op` on this query. `soft_delete` says the table has a
    /// `deleted_at` column (learned from [`crate::Database::columns`]):
    /// reads, updates and `delete` then skip rows where it is set, and
    /// `delete` sets it instead of removing the row.
    pub fn build(&self, op: &Op, dialect: Dialect, soft_delete: bool) -> Result<Built, DbError> {
        sql::build(self, op, dialect, soft_delete)
    }
}

pub(crate) fn refused(msg: impl Into<String>) -> DbError {
    DbError::new(DbErrorKind::Refused, msg)
}

/// True for `name` or `table.name` (each part `^[A-Za-z_][A-Za-z0-9_]*$`,
/// at most [`MAX_IDENT`] bytes).
pub fn valid_ident(s: &str, qualified_ok: bool) -> bool {
    match s.split_once('.') {
        Some((a, b)) => qualified_ok && valid_part(a) && valid_part(b),
        None => valid_part(s),
    }
}

fn valid_part(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= MAX_IDENT
        && (b[0].is_ascii_alphabetic() || b[0] == b'_')
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_')
}

/// Bytes allowed anywhere in a name part: ASCII letters, digits, `_`.
const WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric() || b == b'_';
        c += 1;
    }
    t
};

/// Appends `"name"` or `"table"."name"` after validating it (one pass
/// over the bytes with a table lookup each: this runs for every
/// identifier of every query).
pub(crate) fn push_ident(out: &mut String, s: &str, qualified_ok: bool) -> Result<(), DbError> {
    let b = s.as_bytes();
    let mut dot = None;
    let mut ok = true;
    for (i, &c) in b.iter().enumerate() {
        if WORD[c as usize] {
            continue;
        }
        if c == b'.' && qualified_ok && dot.is_none() {
            dot = Some(i);
            continue;
        }
        ok = false;
        break;
    }
    ok = ok
        && match dot {
            None => part_ok(b),
            Some(i) => part_ok(&b[..i]) && part_ok(&b[i + 1..]),
        };
    if !ok {
        let shown: String = s.chars().take(80).collect();
        return Err(refused(format!(
            "invalid identifier {shown:?}: names are letters, digits and _ (not starting with a digit), at most {MAX_IDENT} long{}",
            if qualified_ok { ", or table.column" } else { "" }
        )));
    }
    out.reserve(s.len() + 4);
    out.push('"');
    match dot {
        Some(i) => {
            out.push_str(&s[..i]);
            out.push_str("\".\"");
            out.push_str(&s[i + 1..]);
        }
        None => out.push_str(s),
    }
    out.push('"');
    Ok(())
}

/// One part of a name (the characters were checked by the caller).
fn part_ok(b: &[u8]) -> bool {
    !b.is_empty() && b.len() <= MAX_IDENT && !b[0].is_ascii_digit()
}

/// Appends a decimal integer without the formatting machinery.
pub(crate) fn push_uint(out: &mut String, mut n: u64) {
    if n < 10 {
        out.push((b'0' + n as u8) as char);
        return;
    }
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &buf[i..] {
        out.push(d as char);
    }
}

/// Appends a placeholder for parameter number `n` (1-based).
pub(crate) fn push_placeholder(out: &mut String, dialect: Dialect, n: usize) {
    out.push(match dialect {
        Dialect::Sqlite => '?',
        Dialect::Postgres => '$',
    });
    push_uint(out, n as u64);
}
