//! SQL generation for each [`Op`] in both dialects.

use super::{
    push_ident, push_placeholder, push_uint, refused, Built, Cond, JoinKind, Op, Order, Query, Row,
    Shape, MAX_PARAMS,
};
use crate::{DbError, Dialect, SqlValue};

struct W {
    out: String,
    params: Vec<SqlValue>,
    dialect: Dialect,
    /// Qualify `deleted_at` / `id` with the table (a join is present).
    qualify: bool,
    depth: u32,
}

impl W {
    fn ident(&mut self, s: &str) -> Result<(), DbError> {
        push_ident(&mut self.out, s, true)
    }

    fn param(&mut self, v: SqlValue) {
        self.params.push(v);
        push_placeholder(&mut self.out, self.dialect, self.params.len());
    }

    fn s(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// The table's own column (qualified when the query joins).
    fn own(&mut self, table: &str, col: &str) {
        if self.qualify {
            self.out.push('"');
            self.out.push_str(table);
            self.out.push_str("\".");
        }
        self.out.push('"');
        self.out.push_str(col);
        self.out.push('"');
    }

    fn now(&mut self) {
        match self.dialect {
            Dialect::Sqlite => self.s("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"),
            Dialect::Postgres => self.s("now()"),
        }
    }

    fn cond(&mut self, c: &Cond, wrap: bool) -> Result<(), DbError> {
        // Grow the stack only every 64 levels: checking costs more than a
        // shallow condition.
        self.depth += 1;
        let r = if self.depth.is_multiple_of(64) {
            crate::grow(|| self.cond_inner(c, wrap))
        } else {
            self.cond_inner(c, wrap)
        };
        self.depth -= 1;
        r
    }

    fn cond_inner(&mut self, c: &Cond, wrap: bool) -> Result<(), DbError> {
        match c {
            Cond::Cmp { col, op, value } => {
                if *value == SqlValue::Null {
                    return match op {
                        super::CmpOp::Eq | super::CmpOp::Ne => {
                            self.ident(col)?;
                            self.s(if *op == super::CmpOp::Ne {
                                " IS NOT NULL"
                            } else {
                                " IS NULL"
                            });
                            Ok(())
                        }
                        _ => Err(refused(format!(
                            "cannot order column {col} against null: it matches no row"
                        ))),
                    };
                }
                self.ident(col)?;
                self.s(" ");
                self.s(op.sql());
                self.s(" ");
                self.param(value.clone());
            }
            Cond::Cols { left, op, right } => {
                self.ident(left)?;
                self.s(" ");
                self.s(op.sql());
                self.s(" ");
                self.ident(right)?;
            }
            Cond::In {
                col,
                values,
                negated,
            } => {
                let has_null = values.contains(&SqlValue::Null);
                let n = values.iter().filter(|v| **v != SqlValue::Null).count();
                match (n, has_null) {
                    (0, false) => self.s(if *negated { "1 = 1" } else { "1 = 0" }),
                    (0, true) => {
                        self.ident(col)?;
                        self.s(if *negated { " IS NOT NULL" } else { " IS NULL" });
                    }
                    _ => {
                        if has_null && wrap {
                            self.s("(");
                        }
                        self.ident(col)?;
                        self.s(if *negated { " NOT IN (" } else { " IN (" });
                        let mut first = true;
                        for v in values.iter().filter(|v| **v != SqlValue::Null) {
                            if !first {
                                self.s(", ");
                            }
                            first = false;
                            self.param(v.clone());
                        }
                        self.s(")");
                        if has_null {
                            self.s(if *negated { " AND " } else { " OR " });
                            self.ident(col)?;
                            self.s(if *negated { " IS NOT NULL" } else { " IS NULL" });
                            if wrap {
                                self.s(")");
                            }
                        }
                    }
                }
            }
            Cond::Like {
                col,
                pattern,
                negated,
            } => {
                self.ident(col)?;
                self.s(if *negated { " NOT LIKE " } else { " LIKE " });
                self.param(SqlValue::Text(pattern.clone()));
            }
            Cond::IsNull { col, negated } => {
                self.ident(col)?;
                self.s(if *negated { " IS NOT NULL" } else { " IS NULL" });
            }
            Cond::And(list) | Cond::Or(list) => {
                let and = matches!(c, Cond::And(_));
                match list.len() {
                    0 => self.s(if and { "1 = 1" } else { "1 = 0" }),
                    1 => self.cond(&list[0], wrap)?,
                    _ => {
                        if wrap {
                            self.s("(");
                        }
                        for (i, item) in list.iter().enumerate() {
                            if i > 0 {
                                self.s(if and { " AND " } else { " OR " });
                            }
                            self.cond(item, true)?;
                        }
                        if wrap {
                            self.s(")");
                        }
                    }
                }
            }
            Cond::Not(inner) => {
                self.s("NOT (");
                self.cond(inner, false)?;
                self.s(")");
            }
            Cond::Const(b) => self.s(if *b { "1 = 1" } else { "1 = 0" }),
        }
        Ok(())
    }

    /// ` WHERE ...` from the soft-delete filter, the query's wheres and
    /// `extra` (find's id); nothing when all are empty.
    fn wheres(&mut self, q: &Query, soft: bool, extra: Option<&Cond>) -> Result<(), DbError> {
        let mut first = true;
        if soft {
            self.s(" WHERE ");
            self.own(&q.table, "deleted_at");
            self.s(" IS NULL");
            first = false;
        }
        for c in q.wheres.iter().chain(extra) {
            self.part(c, &mut first)?;
        }
        Ok(())
    }

    /// Top-level conjunctions as separate parts joined by AND (the first
    /// one opens the WHERE); always-true parts dropped.
    fn part(&mut self, c: &Cond, first: &mut bool) -> Result<(), DbError> {
        match c {
            Cond::And(list) => {
                for c in list {
                    self.part(c, first)?;
                }
            }
            Cond::Const(true) => {}
            c => {
                self.s(if *first { " WHERE " } else { " AND " });
                *first = false;
                self.cond(c, true)?;
            }
        }
        Ok(())
    }
}

/// True when a condition narrows nothing (only always-true parts).
fn trivial(c: &Cond) -> bool {
    match c {
        Cond::And(list) => list.iter().all(trivial),
        Cond::Const(true) => true,
        _ => false,
    }
}

/// True when no where narrows the rows (none, or all always true).
fn unfiltered(q: &Query) -> bool {
    q.wheres.iter().all(trivial)
}

pub(super) fn build(q: &Query, op: &Op, dialect: Dialect, soft: bool) -> Result<Built, DbError> {
    let mut w = W {
        out: String::with_capacity(256),
        params: Vec::with_capacity(8),
        dialect,
        qualify: !q.joins.is_empty(),
        depth: 0,
    };
    let shape = match op {
        Op::List(_)
        | Op::First
        | Op::Last
        | Op::Find(_)
        | Op::Exists
        | Op::Count
        | Op::Sum(_)
        | Op::Avg(_)
        | Op::Min(_)
        | Op::Max(_) => read(&mut w, q, op, soft)?,
        Op::Create(row) => {
            insert(&mut w, q, std::slice::from_ref(row))?;
            Shape::Row
        }
        Op::Insert(rows) => {
            if rows.is_empty() {
                return Err(refused("insert: no rows to insert"));
            }
            insert(&mut w, q, rows)?;
            Shape::Rows
        }
        Op::Update(_) | Op::Increment(..) | Op::Delete | Op::Destroy => write(&mut w, q, op, soft)?,
    };
    if w.params.len() > MAX_PARAMS {
        return Err(refused(format!(
            "the query binds {} values, more than {MAX_PARAMS}",
            w.params.len()
        )));
    }
    Ok(Built {
        sql: w.out,
        params: w.params,
        shape,
    })
}

fn from(w: &mut W, q: &Query) -> Result<(), DbError> {
    w.s(" FROM ");
    push_ident(&mut w.out, &q.table, false)?;
    for j in &q.joins {
        w.s(match j.kind {
            JoinKind::Inner => " JOIN ",
            JoinKind::Left => " LEFT JOIN ",
        });
        push_ident(&mut w.out, &j.table, false)?;
        w.s(" ON ");
        w.ident(&j.left)?;
        w.s(" = ");
        w.ident(&j.right)?;
    }
    Ok(())
}

fn read(w: &mut W, q: &Query, op: &Op, soft: bool) -> Result<Shape, DbError> {
    w.s("SELECT ");
    let shape = match op {
        Op::Count => {
            w.s("COUNT(*)");
            Shape::Count
        }
        Op::Sum(c) | Op::Avg(c) | Op::Min(c) | Op::Max(c) => {
            let f = match op {
                Op::Sum(_) => "SUM(",
                Op::Avg(_) => "AVG(",
                Op::Min(_) => "MIN(",
                _ => "MAX(",
            };
            // PostgreSQL answers SUM/AVG of integers as numeric: ask for a
            // double so the result is a plain number in every backend.
            let cast = dialect_cast(w.dialect, op);
            if cast {
                w.s("CAST(");
            }
            w.s(f);
            w.ident(c)?;
            w.s(")");
            if cast {
                w.s(" AS DOUBLE PRECISION)");
            }
            Shape::Value
        }
        Op::Exists => {
            w.s("1");
            Shape::Exists
        }
        _ => {
            if q.select.is_empty() {
                w.s("*");
            } else {
                for (i, c) in q.select.iter().enumerate() {
                    if i > 0 {
                        w.s(", ");
                    }
                    w.ident(c)?;
                }
            }
            if matches!(op, Op::List(_)) {
                Shape::Rows
            } else {
                Shape::Row
            }
        }
    };
    from(w, q)?;
    let id_cond;
    let extra = match op {
        Op::Find(id) => {
            id_cond = Cond::Cmp {
                col: if w.qualify {
                    format!("{}.id", q.table).into()
                } else {
                    "id".into()
                },
                op: super::CmpOp::Eq,
                value: id.clone(),
            };
            Some(&id_cond)
        }
        _ => None,
    };
    w.wheres(q, soft, extra)?;
    // Order, limit, offset.
    let (limit, order): (Option<u64>, Option<bool>) = match op {
        Op::List(n) => (
            match (n, q.take) {
                (Some(a), Some(b)) => Some((*a).min(b)),
                (a, b) => a.or(b),
            },
            Some(false),
        ),
        Op::First => (Some(1), Some(false)),
        Op::Last => (Some(1), Some(true)),
        Op::Find(_) => (Some(1), None),
        Op::Exists => (Some(1), None),
        _ => (None, None),
    };
    if let Some(reverse) = order {
        if !q.sort.is_empty() {
            w.s(" ORDER BY ");
            for (i, (c, o)) in q.sort.iter().enumerate() {
                if i > 0 {
                    w.s(", ");
                }
                w.ident(c)?;
                let desc = (*o == Order::Desc) != reverse;
                w.s(if desc { " DESC" } else { " ASC" });
            }
        } else if matches!(op, Op::First | Op::Last) {
            w.s(" ORDER BY ");
            w.own(&q.table, "id");
            w.s(if reverse { " DESC" } else { " ASC" });
        }
    }
    let offset = match op {
        Op::List(_) | Op::First | Op::Last => q.skip.filter(|s| *s > 0),
        _ => None,
    };
    match (limit, offset) {
        (Some(l), o) => {
            w.s(" LIMIT ");
            push_uint(&mut w.out, l.min(i64::MAX as u64));
            if let Some(o) = o {
                w.s(" OFFSET ");
                push_uint(&mut w.out, o.min(i64::MAX as u64));
            }
        }
        (None, Some(o)) => {
            // SQLite needs a LIMIT before OFFSET; -1 is "no limit".
            if w.dialect == Dialect::Sqlite {
                w.s(" LIMIT -1");
            }
            w.s(" OFFSET ");
            push_uint(&mut w.out, o.min(i64::MAX as u64));
        }
        (None, None) => {}
    }
    Ok(shape)
}

fn dialect_cast(d: Dialect, op: &Op) -> bool {
    d == Dialect::Postgres && matches!(op, Op::Sum(_) | Op::Avg(_))
}

fn insert(w: &mut W, q: &Query, rows: &[Row]) -> Result<(), DbError> {
    w.s("INSERT INTO ");
    push_ident(&mut w.out, &q.table, false)?;
    let cols: Vec<&str> = rows[0].iter().map(|(k, _)| k.as_str()).collect();
    for (i, c) in cols.iter().enumerate() {
        if cols[..i].contains(c) {
            return Err(refused(format!("column {c} given twice")));
        }
    }
    if cols.is_empty() {
        if rows.len() > 1 {
            return Err(refused("insert: rows without columns"));
        }
        w.s(" DEFAULT VALUES RETURNING *");
        return Ok(());
    }
    w.s(" (");
    for (i, c) in cols.iter().enumerate() {
        if i > 0 {
            w.s(", ");
        }
        push_ident(&mut w.out, c, false)?;
    }
    w.s(") VALUES ");
    for (r, row) in rows.iter().enumerate() {
        if row.len() != cols.len() {
            return Err(refused(format!(
                "insert: row {} has {} columns, the first row {}: every row needs the same columns",
                r + 1,
                row.len(),
                cols.len()
            )));
        }
        if r > 0 {
            w.s(", ");
        }
        w.s("(");
        for (i, c) in cols.iter().enumerate() {
            let Some((_, v)) = row.iter().find(|(k, _)| k == c) else {
                return Err(refused(format!(
                    "insert: row {} has no column {c}: every row needs the same columns",
                    r + 1
                )));
            };
            if i > 0 {
                w.s(", ");
            }
            w.param(v.clone());
        }
        w.s(")");
        if w.params.len() > MAX_PARAMS {
            return Err(refused(format!(
                "insert binds more than {MAX_PARAMS} values: split it"
            )));
        }
    }
    w.s(" RETURNING *");
    Ok(())
}

fn write(w: &mut W, q: &Query, op: &Op, soft: bool) -> Result<Shape, DbError> {
    let name = match op {
        Op::Update(_) => "update",
        Op::Increment(..) => "increment",
        Op::Delete => "delete",
        _ => "destroy",
    };
    if unfiltered(q) {
        return Err(refused(format!(
            "{name} without a where is refused: it would change every row; add .where(...)"
        )));
    }
    if !q.joins.is_empty() || q.skip.is_some() || q.take.is_some() || !q.sort.is_empty() {
        return Err(refused(format!(
            "{name} cannot use join, sort, skip or take: narrow the rows with where"
        )));
    }
    let table = &q.table;
    match op {
        Op::Update(row) => {
            if row.is_empty() {
                return Err(refused("update: no columns to set"));
            }
            w.s("UPDATE ");
            push_ident(&mut w.out, table, false)?;
            w.s(" SET ");
            for (i, (c, v)) in row.iter().enumerate() {
                if row[..i].iter().any(|(k, _)| k == c) {
                    return Err(refused(format!("column {c} given twice")));
                }
                if i > 0 {
                    w.s(", ");
                }
                push_ident(&mut w.out, c, false)?;
                w.s(" = ");
                w.param(v.clone());
            }
            w.wheres(q, soft, None)?;
            w.s(" RETURNING *");
            Ok(Shape::Rows)
        }
        Op::Increment(c, n) => {
            if !matches!(n, SqlValue::Int(_) | SqlValue::Float(_)) {
                return Err(refused(format!(
                    "increment {c}: the amount must be a number"
                )));
            }
            w.s("UPDATE ");
            push_ident(&mut w.out, table, false)?;
            w.s(" SET ");
            push_ident(&mut w.out, c, false)?;
            w.s(" = COALESCE(");
            push_ident(&mut w.out, c, false)?;
            w.s(", 0) + ");
            w.param(n.clone());
            w.wheres(q, soft, None)?;
            w.s(" RETURNING *");
            Ok(Shape::Rows)
        }
        Op::Delete if soft => {
            w.s("UPDATE ");
            push_ident(&mut w.out, table, false)?;
            w.s(" SET \"deleted_at\" = ");
            w.now();
            w.wheres(q, true, None)?;
            Ok(Shape::Affected)
        }
        _ => {
            w.s("DELETE FROM ");
            push_ident(&mut w.out, table, false)?;
            w.wheres(q, false, None)?;
            Ok(Shape::Affected)
        }
    }
}
