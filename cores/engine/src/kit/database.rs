//! `database.connect(alias)` and the query builder as tenants call it
//! (docs/database.md). A chain (`db.table("user").where(...).sort(...)`)
//! is a host object over a `builder::Query` in the VM's [`DbHost`]; each
//! step makes a new one, so a base query can be reused. The operation that
//! ends a chain suspends the VM while the query runs on the shard's
//! database; `db.transaction(fn)` is run by the request driver
//! ([`run_transaction`]), which begins, calls `fn(tx)`, and commits or
//! rolls back.

use super::{host_id, host_or_err, new_host, protos, string_arg, TAG_DB, TAG_QUERY};
use kitwork_db::builder::{self, Cond, JoinKind, Op, Order, Query, Shape};
use kitwork_db::{lambda, registry};
use kitwork_db::{Database, DbError, Dialect, Rows, SqlValue, Tx};
use kitwork_vm::builtins::Builder;
use kitwork_vm::object::ObjKind;
use kitwork_vm::{conv, error, host, Ctx, HostBuild, HostValue, Interrupt, JsResult, ObjId, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// A shard's databases by alias (`None` while a module loads off a shard:
/// connecting works, querying does not).
pub type Databases = Rc<Vec<(String, Option<Rc<Database>>)>>;

fn handle(h: &DbHost, i: u32) -> JsResult<Rc<Database>> {
    match h.dbs.get(i as usize).and_then(|(_, d)| d.clone()) {
        Some(d) => Ok(d),
        None => error::type_error(
            "the database cannot be queried while the module loads; query inside a handler",
        ),
    }
}

/// A chain step: which database (and transaction) and the query so far.
#[derive(Clone)]
struct Chain {
    db: u32,
    tx: Option<u32>,
    query: Query,
}

/// Transactions of the running request, by id (`None` once ended).
type TxTable = Rc<RefCell<Vec<Option<Tx>>>>;

#[derive(Default)]
pub struct DbHost {
    pub dbs: Databases,
    chains: Vec<Chain>,
    /// Chains made while the module loaded survive requests.
    kept: usize,
    txs: TxTable,
    /// A `db.transaction(fn)` the driver must run: (db, parent tx, fn).
    pub tx_request: Option<(u32, Option<u32>, Value)>,
}

impl DbHost {
    pub fn new(dbs: Databases) -> DbHost {
        DbHost {
            dbs,
            ..DbHost::default()
        }
    }

    /// After the module loaded: its chains are kept from now on.
    pub fn keep(&mut self) {
        self.kept = self.chains.len();
    }

    /// Between requests: drop the request's chains; any transaction still
    /// open rolls back as it drops.
    pub fn reset(&mut self) {
        self.chains.truncate(self.kept);
        self.txs.borrow_mut().clear();
        self.tx_request = None;
    }
}

pub fn install_protos(b: &mut Builder, db: ObjId, query: ObjId) {
    b.method(db, "table", table, 1);
    b.method(db, "raw", raw, 2);
    b.method(db, "transaction", transaction, 1);
    for (name, f, n) in [
        ("where", where_ as kitwork_vm::object::NativeFn, 1),
        ("sort", sort, 2),
        ("orderBy", sort, 2),
        ("skip", skip, 1),
        ("take", take, 1),
        ("limit", take, 1),
        ("select", select, 1),
        ("join", join, 3),
        ("leftJoin", left_join, 3),
        ("list", list, 1),
        ("first", first, 0),
        ("last", last, 0),
        ("find", find, 1),
        ("exists", exists, 0),
        ("count", count, 0),
        ("sum", sum, 1),
        ("avg", avg, 1),
        ("min", min, 1),
        ("max", max, 1),
        ("create", create, 1),
        ("insert", create, 1),
        ("update", update, 1),
        ("increment", increment, 2),
        ("delete", delete, 0),
        ("destroy", destroy, 0),
    ] {
        b.method(query, name, f, n);
    }
}

/// `database.connect(alias)`.
pub fn connect(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    let alias = string_arg(ctx, args, 0)?;
    let h = host_or_err(ctx)?;
    let Some(i) = h.db.dbs.iter().position(|(a, _)| *a == alias) else {
        let known: Vec<&str> = h.db.dbs.iter().map(|(a, _)| a.as_str()).collect();
        return error::type_error(format!(
            "database.connect: no database with alias {alias:?} (configured: {})",
            if known.is_empty() {
                "none".to_string()
            } else {
                known.join(", ")
            }
        ));
    };
    new_host(ctx, protos().db, TAG_DB, i as u64)
}

/// The (database, transaction) a `db` or `tx` object stands for.
fn db_of(ctx: &Ctx, this: Value, what: &str) -> JsResult<(u32, Option<u32>)> {
    let id = host_id(ctx, this, TAG_DB, what)?;
    let tx = (id >> 32) as u32;
    Ok((id as u32, tx.checked_sub(1)))
}

fn push_chain(ctx: &mut Ctx, chain: Chain) -> JsResult<Value> {
    let h = host_or_err(ctx)?;
    h.db.chains.push(chain);
    let id = h.db.chains.len() - 1;
    new_host(ctx, protos().query, TAG_QUERY, id as u64)
}

fn chain_of(ctx: &mut Ctx, this: Value, what: &str) -> JsResult<Chain> {
    let id = host_id(ctx, this, TAG_QUERY, what)? as usize;
    match host_or_err(ctx)?.db.chains.get(id) {
        Some(c) => Ok(c.clone()),
        None => error::type_error(format!("{what}: this query belongs to an ended request")),
    }
}

fn refused<T>(e: DbError) -> JsResult<T> {
    error::type_error(e.message)
}

/// `db.user`: a property a `db` object lacks names a table.
pub fn missing(ctx: &mut Ctx, o: ObjId, key: conv::Key) -> JsResult<Option<Value>> {
    let this = Value::Obj(o);
    if host_id(ctx, this, TAG_DB, "").is_err() {
        return Ok(None);
    }
    let conv::Key::Atom(name) = key else {
        return Ok(None);
    };
    let name = ctx.heap.str(name).to_rust_string();
    if !builder::valid_ident(&name, false) {
        return Ok(None);
    }
    let name = ctx.heap.str_value(&name)?;
    table(ctx, this, &[name]).map(Some)
}

fn table(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let (db, tx) = db_of(ctx, this, "db.table")?;
    let name = string_arg(ctx, args, 0)?;
    if !builder::valid_ident(&name, false) {
        return error::type_error(format!(
            "db.table: {name:?} is not a table name (letters, digits and _, not starting with a digit)"
        ));
    }
    guard_registry(ctx, db, [name.as_str()], "db.table")?;
    push_chain(
        ctx,
        Chain {
            db,
            tx,
            query: Query::new(name),
        },
    )
}

/// A step: a copy of the chain, changed by `f`.
fn step(
    ctx: &mut Ctx,
    this: Value,
    what: &str,
    f: impl FnOnce(&mut Ctx, &mut Query) -> JsResult<()>,
) -> JsResult<Value> {
    let mut c = chain_of(ctx, this, what)?;
    f(ctx, &mut c.query)?;
    push_chain(ctx, c)
}

/// A JavaScript value as a bound parameter (docs/database.md, Values).
pub fn to_sql(ctx: &mut Ctx, v: Value) -> JsResult<SqlValue> {
    Ok(match v {
        Value::Undefined | Value::Null | Value::Empty => SqlValue::Null,
        Value::Bool(b) => SqlValue::Bool(b),
        Value::Num(n) => {
            if n.fract() == 0.0 && n.abs() <= 9007199254740992.0 {
                SqlValue::Int(n as i64)
            } else {
                SqlValue::Float(n)
            }
        }
        Value::Str(s) => SqlValue::Text(ctx.heap.str(s).to_rust_string()),
        Value::Obj(o) => {
            if let ObjKind::Date(t) = ctx.heap.obj(o).kind {
                return match kitwork_vm::builtins::json::stringify::date_iso_string(t) {
                    Some(s) => Ok(SqlValue::Timestamp(s)),
                    None => error::range_error("an invalid Date cannot be stored"),
                };
            }
            let hv = crate::values::to_host(ctx, v, 0)?;
            SqlValue::Json(host_json(&hv))
        }
        _ => SqlValue::Null,
    })
}

fn host_json(h: &HostValue) -> String {
    fn go(h: &HostValue, out: &mut String) {
        match h {
            // to_host never answers Build.
            HostValue::Undefined | HostValue::Null | HostValue::Build(_) => out.push_str("null"),
            HostValue::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            HostValue::Num(n) if n.is_finite() => out.push_str(&n.to_string()),
            HostValue::Num(_) => out.push_str("null"),
            HostValue::Str(s) => out.push_str(&serde_json::Value::String(s.clone()).to_string()),
            HostValue::Array(a) => {
                out.push('[');
                for (i, x) in a.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    go(x, out);
                }
                out.push(']');
            }
            HostValue::Object(f) => {
                out.push('{');
                for (i, (k, x)) in f.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&serde_json::Value::String(k.clone()).to_string());
                    out.push(':');
                    go(x, out);
                }
                out.push('}');
            }
        }
    }
    let mut s = String::new();
    go(h, &mut s);
    s
}

/// `where(u => ...)` or `where({ col: value, ... })`.
fn where_(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let arg = args.first().copied().unwrap_or(Value::Undefined);
    let cond = match arg {
        Value::Obj(f) if ctx.heap.is_callable(arg) => lambda_cond(ctx, f)?,
        Value::Obj(o) => {
            let mut pairs = Vec::new();
            for k in kitwork_vm::ops::own_keys(ctx, o)? {
                let key = conv::to_key(ctx, k)?;
                let name = match k {
                    Value::Str(s) => ctx.heap.str(s).to_rust_string(),
                    _ => continue,
                };
                let v = kitwork_vm::ops::get(ctx, arg, key)?;
                pairs.push((name, to_sql(ctx, v)?));
            }
            Cond::from_pairs(pairs).or_else(refused)?
        }
        _ => return error::type_error("where expects a lambda (u => u.col == value) or an object"),
    };
    step(ctx, this, "where", |_, q| {
        q.wheres.push(cond);
        Ok(())
    })
}

/// Translates a lambda from its source; its captured variables are read
/// now and become parameters.
fn lambda_cond(ctx: &mut Ctx, f: ObjId) -> JsResult<Cond> {
    // The program is shared: its file name and the lambda's text are
    // read in place, not copied, while the resolver below uses `ctx`.
    let (prog, func) = match ctx.heap.obj(f).kind {
        ObjKind::Closure { prog, func, .. } => (prog, func as usize),
        _ => return error::type_error("where: the lambda must be written in JavaScript"),
    };
    if prog == 0 {
        return error::type_error("where: the lambda's source is not available");
    }
    let Some(p) = ctx.programs.get(prog as usize).cloned() else {
        return error::type_error("where: the lambda's source is not available");
    };
    let Some(fp) = p.funcs.get(func) else {
        return error::type_error("where: the lambda's source is not available");
    };
    let Some(file) = p.files.get(fp.file as usize) else {
        return error::type_error("where: the lambda's source is not available");
    };
    let (line, col) = file.line_col(fp.source.0);
    let file = &*file.name;
    let src = p.source_text(func);
    let mut failure = None;
    // Parsed once per thread and position (lambda::translate's cache);
    // only the captured values are read on each call.
    let cond = lambda::translate(src, file, line, col, &mut |path: &str| {
        let mut parts = path.split('.');
        let mut v = ctx.free_variable(f, parts.next()?)?;
        for p in parts {
            let key = super::key(ctx, p).ok()?;
            v = kitwork_vm::ops::get(ctx, v, key).ok()?;
        }
        match to_sql(ctx, v) {
            Ok(s) => Some(s),
            Err(_) => {
                failure = Some(path.to_string());
                None
            }
        }
    });
    if let Some(p) = failure {
        return error::type_error(format!(
            "where: the value of {p} cannot be sent to the database"
        ));
    }
    cond.or_else(refused)
}

fn sort(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let col = match args.first().copied() {
        Some(f @ Value::Obj(o)) if ctx.heap.is_callable(f) => {
            // `sort(u => u.col)`: the column the lambda names.
            let src = ctx.function_source(o).unwrap_or_default().to_string();
            let body = src.split_once("=>").map(|(_, b)| b.trim()).unwrap_or("");
            let col = body.rsplit('.').next().unwrap_or("").trim().to_string();
            if !body.contains('.') || !builder::valid_ident(&col, false) {
                return error::type_error(format!(
                    "sort: the lambda must name one column (u => u.col), got {body:?}"
                ));
            }
            col
        }
        _ => string_arg(ctx, args, 0)?,
    };
    let dir = match args.get(1).copied() {
        None | Some(Value::Undefined) => Order::Asc,
        Some(v) => {
            let s = conv::to_string(ctx, v)?;
            match ctx
                .heap
                .str(s)
                .to_rust_string()
                .to_ascii_lowercase()
                .as_str()
            {
                "asc" => Order::Asc,
                "desc" => Order::Desc,
                other => {
                    return error::type_error(format!(
                        "sort: direction {other:?} is not \"asc\" or \"desc\""
                    ))
                }
            }
        }
    };
    step(ctx, this, "sort", |_, q| {
        q.sort.push((col.into(), dir));
        Ok(())
    })
}

fn count_arg(ctx: &mut Ctx, args: &[Value], what: &str) -> JsResult<Option<u64>> {
    match args.first().copied() {
        None | Some(Value::Undefined) => Ok(None),
        Some(v) => {
            let n = conv::to_number(ctx, v)?;
            if !(n >= 0.0 && n.fract() == 0.0 && n <= 1e15) {
                return error::range_error(format!("{what}: {n} is not a whole number of rows"));
            }
            Ok(Some(n as u64))
        }
    }
}

fn skip(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let n = count_arg(ctx, args, "skip")?;
    step(ctx, this, "skip", |_, q| {
        q.skip = n;
        Ok(())
    })
}

fn take(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let n = count_arg(ctx, args, "take")?;
    step(ctx, this, "take", |_, q| {
        q.take = n;
        Ok(())
    })
}

fn select(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let mut cols = Vec::new();
    for i in 0..args.len() {
        cols.push(string_arg(ctx, args, i)?);
    }
    step(ctx, this, "select", |_, q| {
        q.select.extend(cols);
        Ok(())
    })
}

fn join_kind(ctx: &mut Ctx, this: Value, args: &[Value], kind: JoinKind) -> JsResult<Value> {
    let (t, l, r) = (
        string_arg(ctx, args, 0)?,
        string_arg(ctx, args, 1)?,
        string_arg(ctx, args, 2)?,
    );
    step(ctx, this, "join", |_, q| {
        q.joins.push(builder::Join {
            table: t,
            left: l,
            right: r,
            kind,
        });
        Ok(())
    })
}

fn join(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    join_kind(ctx, this, args, JoinKind::Inner)
}

fn left_join(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    join_kind(ctx, this, args, JoinKind::Left)
}

/// Ends a chain with `op`: suspends the VM while the query runs.
fn run_op(ctx: &mut Ctx, this: Value, what: &str, op: Op) -> JsResult<Value> {
    let id = host_id(ctx, this, TAG_QUERY, what)? as usize;
    let h = host_or_err(ctx)?;
    let Some(chain) = h.db.chains.get(id) else {
        return error::type_error(format!("{what}: this query belongs to an ended request"));
    };
    if is_system(h, chain.db) {
        let q = &chain.query;
        let tables = std::iter::once(&*q.table).chain(q.joins.iter().map(|j| j.table.as_str()));
        if let Some(n) = tables.into_iter().find(|n| registry::is_registry_table(n)) {
            return error::type_error(registry_refusal(what, n));
        }
    }
    let db = handle(&h.db, chain.db)?;
    let txs = h.db.txs.clone();
    let dialect = db.dialect();
    let tx = chain.tx;
    // Whether the table is soft-deleted, when its columns are cached (the
    // steady state): then the SQL is built once, here, from the chain as
    // it is (no copy). Inside a PostgreSQL transaction the transaction's
    // own connection is asked (below).
    let known = match tx {
        Some(_) if dialect == Dialect::Postgres => None,
        _ => db.cached_has_column(&chain.query.table, "deleted_at"),
    };
    // Refusals that need no I/O surface at once, at the caller's line.
    let ready = chain
        .query
        .build(&op, dialect, known.unwrap_or(false))
        .or_else(refused)?;
    if known.is_some() {
        return Err(Interrupt::Suspend(Box::pin(async move {
            if tx.is_none() && ready.shape != Shape::Affected {
                // The common read: SQL and parameters move to the
                // database as they are.
                let rows = db
                    .query_owned(ready.sql, ready.params)
                    .await
                    .map_err(|e| e.message)?;
                return Ok(shape_rows(rows, ready.shape));
            }
            execute(&db, &txs, tx, &ready.sql, &ready.params, ready.shape).await
        })));
    }
    drop(ready);
    let chain = chain.clone();
    Err(Interrupt::Suspend(Box::pin(async move {
        let soft = match tx {
            // Inside a PostgreSQL transaction its own connection answers:
            // asking the pool would take a second connection while this
            // one is held (pool_size transactions on a table not yet
            // cached then wait on each other until acquire_timeout), and
            // would not see a table the transaction made.
            Some(id) if dialect == Dialect::Postgres => {
                let found = execute(
                    &db,
                    &txs,
                    Some(id),
                    "SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass($1) \
                     AND attname = 'deleted_at' AND attnum > 0 AND NOT attisdropped",
                    &[SqlValue::Text(format!("\"{}\"", chain.query.table))],
                    Shape::Exists,
                )
                .await?;
                matches!(found, HostValue::Bool(true))
            }
            _ => db
                .has_column(&chain.query.table, "deleted_at")
                .await
                .map_err(|e| e.message)?,
        };
        let mut built = chain
            .query
            .build(&op, dialect, soft)
            .map_err(|e| e.message)?;
        if tx.is_some()
            && dialect == Dialect::Postgres
            && matches!(built.shape, Shape::Rows | Shape::Row)
            && built.sql.starts_with("SELECT")
        {
            // Rows read in a transaction are locked until it ends, so a
            // read-modify-write loses no concurrent update (PostgreSQL runs
            // at READ COMMITTED; SQLite's transaction holds the writer).
            built
                .sql
                .push_str(&format!(" FOR UPDATE OF \"{}\"", chain.query.table));
        }
        execute(&db, &txs, tx, &built.sql, &built.params, built.shape).await
    })))
}

/// Runs SQL on the database, or inside transaction `tx`.
async fn execute(
    db: &Database,
    txs: &TxTable,
    tx: Option<u32>,
    sql: &str,
    params: &[SqlValue],
    shape: Shape,
) -> Result<HostValue, String> {
    let affected_only = matches!(shape, Shape::Affected);
    let result = match tx {
        None if affected_only => db.execute(sql, params).await.map(Err),
        None => db.query(sql, params).await.map(Ok),
        Some(id) => {
            // Take the transaction out while it runs (the table is shared
            // with nested callbacks), then put it back.
            let mut t = txs
                .borrow_mut()
                .get_mut(id as usize)
                .and_then(Option::take)
                .ok_or("this transaction has ended")?;
            let r = if affected_only {
                t.execute(sql, params).await.map(Err)
            } else {
                t.query(sql, params).await.map(Ok)
            };
            if let Some(slot) = txs.borrow_mut().get_mut(id as usize) {
                *slot = Some(t);
            }
            r
        }
    };
    match result.map_err(|e| e.message)? {
        Err(n) => Ok(HostValue::Num(n as f64)),
        Ok(rows) => Ok(shape_rows(rows, shape)),
    }
}

/// Rows as JavaScript values, in the shape the operation promises. Rows
/// become objects on resume, built straight into the VM's heap
/// ([`rows_value`]).
fn shape_rows(rows: Rows, shape: Shape) -> HostValue {
    let first_cell = |rows: &Rows| rows.rows.first().and_then(|r| r.first()).cloned();
    match shape {
        Shape::Rows => HostValue::Build(HostBuild::new(move |ctx| rows_value(ctx, rows, false))),
        Shape::Row if rows.rows.is_empty() => HostValue::Null,
        Shape::Row => HostValue::Build(HostBuild::new(move |ctx| rows_value(ctx, rows, true))),
        Shape::Count | Shape::Value => first_cell(&rows).map(js_value).unwrap_or(HostValue::Null),
        Shape::Exists => HostValue::Bool(!rows.rows.is_empty()),
        Shape::Affected => HostValue::Num(rows.rows.len() as f64),
    }
}

/// An array of row objects (the first row's object, or `null`, when
/// `one`). The column names are interned once for the whole result and
/// every row object takes them as they are; text cells move into VM
/// strings. Raw SQL can name two columns alike (`SELECT a.id, b.id`) or
/// give one an index-like name (`SELECT 1`): those results go through the
/// general path, where a later column of the same name wins, as before.
fn rows_value(ctx: &mut Ctx, rows: Rows, one: bool) -> JsResult<Value> {
    let Rows { columns, rows } = rows;
    let take = if one { 1 } else { rows.len() };
    let Some(keys) = host::Keys::new(ctx, columns.iter().map(String::as_str))? else {
        let objects: Vec<HostValue> = rows
            .into_iter()
            .take(take)
            .map(|r| {
                HostValue::Object(
                    columns
                        .iter()
                        .cloned()
                        .zip(r.into_iter().map(js_value))
                        .collect(),
                )
            })
            .collect();
        let h = if one {
            objects.into_iter().next().unwrap_or(HostValue::Null)
        } else {
            HostValue::Array(objects)
        };
        return host::to_value(ctx, &h);
    };
    let mut out = Vec::with_capacity(take);
    for r in rows.into_iter().take(take) {
        let mut vals = Vec::with_capacity(keys.len());
        for v in r {
            vals.push(cell_value(ctx, v)?);
        }
        out.push(Value::Obj(host::object_with(ctx, &keys, vals)?));
    }
    if one {
        return Ok(out.pop().unwrap_or(Value::Null));
    }
    Ok(Value::Obj(kitwork_vm::ops::new_array(ctx, out)?))
}

/// A result cell as a VM value: [`js_value`]'s mapping, without the
/// intermediate [`HostValue`] for the common kinds.
fn cell_value(ctx: &mut Ctx, v: SqlValue) -> JsResult<Value> {
    Ok(match v {
        SqlValue::Null => Value::Null,
        SqlValue::Bool(b) => Value::Bool(b),
        SqlValue::Int(i) if i.unsigned_abs() <= 1 << 53 => Value::Num(i as f64),
        SqlValue::Float(f) => Value::Num(f),
        SqlValue::Text(s) | SqlValue::Timestamp(s) => host::string(ctx, s)?,
        other => host::to_value(ctx, &js_value(other))?,
    })
}

/// A result cell as a JavaScript value (docs/database.md, Values).
pub fn js_value(v: SqlValue) -> HostValue {
    match v {
        SqlValue::Null => HostValue::Null,
        SqlValue::Bool(b) => HostValue::Bool(b),
        SqlValue::Int(i) if i.unsigned_abs() <= 1 << 53 => HostValue::Num(i as f64),
        SqlValue::Int(i) => HostValue::Str(i.to_string()),
        SqlValue::Float(f) => HostValue::Num(f),
        SqlValue::Text(s) | SqlValue::Timestamp(s) => HostValue::Str(s),
        SqlValue::Bytes(b) => HostValue::Str(base64(&b)),
        SqlValue::Json(s) => match serde_json::from_str::<serde_json::Value>(&s) {
            Ok(j) => json_host(j),
            Err(_) => HostValue::Str(s),
        },
    }
}

fn json_host(j: serde_json::Value) -> HostValue {
    use serde_json::Value as J;
    match j {
        J::Null => HostValue::Null,
        J::Bool(b) => HostValue::Bool(b),
        J::Number(n) => HostValue::Num(n.as_f64().unwrap_or(f64::NAN)),
        J::String(s) => HostValue::Str(s),
        J::Array(a) => HostValue::Array(a.into_iter().map(json_host).collect()),
        J::Object(o) => HostValue::Object(o.into_iter().map(|(k, v)| (k, json_host(v))).collect()),
    }
}

fn base64(b: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(b.len().div_ceil(3) * 4);
    for c in b.chunks(3) {
        let n = (c[0] as u32) << 16
            | (*c.get(1).unwrap_or(&0) as u32) << 8
            | *c.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            if i <= c.len() {
                out.push(T[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

macro_rules! ops {
    ($($name:ident($ctx:ident, $args:ident) => $op:expr;)*) => {$(
        fn $name($ctx: &mut Ctx, this: Value, $args: &[Value]) -> JsResult<Value> {
            let op = $op;
            run_op($ctx, this, stringify!($name), op)
        }
    )*};
}

ops! {
    list(ctx, args) => Op::List(count_arg(ctx, args, "list")?);
    first(_ctx, _args) => Op::First;
    last(_ctx, _args) => Op::Last;
    find(ctx, args) => Op::Find(to_sql(ctx, args.first().copied().unwrap_or(Value::Undefined))?);
    exists(_ctx, _args) => Op::Exists;
    count(_ctx, _args) => Op::Count;
    sum(ctx, args) => Op::Sum(string_arg(ctx, args, 0)?);
    avg(ctx, args) => Op::Avg(string_arg(ctx, args, 0)?);
    min(ctx, args) => Op::Min(string_arg(ctx, args, 0)?);
    max(ctx, args) => Op::Max(string_arg(ctx, args, 0)?);
    update(ctx, args) => Op::Update(row(ctx, args.first().copied(), "update")?);
    increment(ctx, args) => Op::Increment(
        string_arg(ctx, args, 0)?,
        to_sql(ctx, args.get(1).copied().unwrap_or(Value::Num(1.0)))?,
    );
    delete(_ctx, _args) => Op::Delete;
    destroy(_ctx, _args) => Op::Destroy;
}

/// `create(row)` or `create([rows])`.
fn create(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let v = args.first().copied();
    let op = match v {
        Some(Value::Obj(o)) if ctx.heap.obj(o).as_array().is_some() => {
            let items = ctx.heap.obj(o).as_array().cloned().unwrap_or_default();
            let mut rows = Vec::with_capacity(items.len());
            for it in items {
                rows.push(row(ctx, Some(it), "create")?);
            }
            Op::Insert(rows)
        }
        _ => Op::Create(row(ctx, v, "create")?),
    };
    run_op(ctx, this, "create", op)
}

fn row(ctx: &mut Ctx, v: Option<Value>, what: &str) -> JsResult<builder::Row> {
    let Some(v @ Value::Obj(o)) = v else {
        return error::type_error(format!("{what} expects an object of column values"));
    };
    let mut out = Vec::new();
    for k in kitwork_vm::ops::own_keys(ctx, o)? {
        let key = conv::to_key(ctx, k)?;
        let name = match k {
            Value::Str(s) => ctx.heap.str(s).to_rust_string(),
            _ => continue,
        };
        let x = kitwork_vm::ops::get(ctx, v, key)?;
        out.push((name, to_sql(ctx, x)?));
    }
    Ok(out)
}

/// `db.raw(sql, [params])`: rows.
fn raw(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let (dbi, tx) = db_of(ctx, this, "db.raw")?;
    let sql = string_arg(ctx, args, 0)?;
    let mut params = Vec::new();
    match args.get(1).copied() {
        None | Some(Value::Undefined) => {}
        Some(Value::Obj(o)) if ctx.heap.obj(o).as_array().is_some() => {
            for p in ctx.heap.obj(o).as_array().cloned().unwrap_or_default() {
                params.push(to_sql(ctx, p)?);
            }
        }
        Some(_) => return error::type_error("db.raw: parameters must be an array"),
    }
    if let Some(word) = transaction_control(&sql) {
        return error::type_error(format!(
            "db.raw: {word} statements are not allowed (they would change a pooled connection for later requests); for a transaction use db.transaction(tx => ...)"
        ));
    }
    let h = host_or_err(ctx)?;
    let db = handle(&h.db, dbi)?;
    let txs = h.db.txs.clone();
    // Only the system database holds the registry: other aliases skip
    // the second lexing pass.
    if is_system(h, dbi) {
        let names = builder::raw_names(&sql).or_else(refused)?;
        guard_registry(ctx, dbi, names.iter().map(String::as_str), "db.raw")?;
        if db.dialect() == Dialect::Postgres {
            if let Some(word) = dynamic_sql(&names) {
                return error::type_error(format!(
                    "db.raw: {word} is not allowed on the system database (it could run SQL text the registry guard does not see)"
                ));
            }
        }
    }
    let built = builder::raw(&sql, params, db.dialect()).or_else(refused)?;
    Err(Interrupt::Suspend(Box::pin(async move {
        execute(&db, &txs, tx, &built.sql, &built.params, Shape::Rows).await
    })))
}

/// Whether database `db` is the system database, which holds the registry.
fn is_system(h: &super::VmHost, db: u32) -> bool {
    h.db.dbs
        .get(db as usize)
        .is_some_and(|(alias, _)| alias == crate::databases::SYSTEM)
}

/// Tenants cannot name the registry's tables in the system database
/// (docs/database.md); on SQLite its authorizer denies them as well.
fn guard_registry<'a>(
    ctx: &mut Ctx,
    db: u32,
    names: impl IntoIterator<Item = &'a str>,
    what: &str,
) -> JsResult<()> {
    if !is_system(host_or_err(ctx)?, db) {
        return Ok(());
    }
    match names.into_iter().find(|n| registry::is_registry_table(n)) {
        Some(n) => error::type_error(registry_refusal(what, n)),
        None => Ok(()),
    }
}

fn registry_refusal(what: &str, table: &str) -> String {
    format!(
        "{what}: {table:?} is the platform's tenant registry in the system database; tenant code cannot use it"
    )
}

/// On PostgreSQL, statements that run SQL built at run time, where no
/// name check can see it: `DO` blocks, new functions and procedures, and
/// the functions that execute a query given as text.
fn dynamic_sql(names: &[String]) -> Option<&str> {
    const WORDS: &[&str] = &[
        "function",
        "procedure",
        "query_to_xml",
        "query_to_xmlschema",
        "query_to_xml_and_xmlschema",
        "cursor_to_xml",
        "dblink",
        "dblink_exec",
    ];
    if names.first().is_some_and(|w| w == "do") {
        return Some("DO");
    }
    names
        .iter()
        .find(|n| WORDS.contains(&n.as_str()))
        .map(String::as_str)
}

/// The transaction-control keyword a raw statement starts with, if any:
/// such a statement would leave a pooled connection inside a transaction.
fn transaction_control(sql: &str) -> Option<String> {
    let mut s = sql.trim_start();
    // Leading comments do not hide the keyword.
    loop {
        if let Some(rest) = s.strip_prefix("--") {
            s = rest.split_once('\n').map_or("", |(_, r)| r).trim_start();
        } else if let Some(rest) = s.strip_prefix("/*") {
            s = rest.split_once("*/").map_or("", |(_, r)| r).trim_start();
        } else {
            break;
        }
    }
    let word: String = s
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_uppercase();
    matches!(
        word.as_str(),
        "BEGIN"
            | "START"
            | "COMMIT"
            | "END"
            | "ROLLBACK"
            | "ABORT"
            | "SAVEPOINT"
            | "RELEASE"
            | "PREPARE"
            | "SET"
    )
    .then_some(word)
}

/// `db.transaction(fn)`: the request driver runs it (see
/// [`run_transaction`]); this native only asks for it.
fn transaction(ctx: &mut Ctx, this: Value, args: &[Value]) -> JsResult<Value> {
    let (db, tx) = db_of(ctx, this, "db.transaction")?;
    let f = super::function_arg(ctx, args, 0, "db.transaction")?;
    host_or_err(ctx)?.db.tx_request = Some((db, tx, f));
    Err(Interrupt::Suspend(Box::pin(async {
        Ok(HostValue::Undefined)
    })))
}

/// Runs a requested `db.transaction(fn)` for the driver: BEGIN (or a
/// SAVEPOINT inside a transaction), `fn(tx)`, then COMMIT (RELEASE) when
/// it returns or ROLLBACK (ROLLBACK TO) when it fails. Answers what the VM
/// resumes with.
pub async fn run_transaction(vm: &mut kitwork_vm::Vm) -> kitwork_vm::Outcome {
    use kitwork_vm::Outcome;
    let Some(host) = vm
        .ctx
        .host
        .as_mut()
        .and_then(|h| h.downcast_mut::<super::VmHost>())
    else {
        return vm.resume(Err("no transaction host".into()));
    };
    let Some((dbi, parent, f)) = host.db.tx_request.take() else {
        return vm.resume(Err("no transaction requested".into()));
    };
    let db = match handle(&host.db, dbi) {
        Ok(d) => d,
        Err(_) => {
            return vm.resume(Err(
                "the database cannot be used while the module loads".into()
            ))
        }
    };
    let txs = host.db.txs.clone();
    // Nested: a savepoint on the parent's connection, same tx id.
    let (id, depth) = match parent {
        Some(p) => {
            let depth = txs.borrow().len() as u32;
            let sp = format!("SAVEPOINT kitwork_sp_{depth}");
            if let Err(e) = execute(&db, &txs, Some(p), &sp, &[], Shape::Affected).await {
                return vm.resume(Err(e));
            }
            (p, Some(depth))
        }
        None => match db.begin().await {
            Ok(t) => {
                let mut table = txs.borrow_mut();
                table.push(Some(t));
                ((table.len() - 1) as u32, None)
            }
            Err(e) => return vm.resume(Err(e.message)),
        },
    };
    let tx_obj = match new_host(
        &mut vm.ctx,
        protos().db,
        TAG_DB,
        dbi as u64 | ((id as u64 + 1) << 32),
    ) {
        Ok(v) => v,
        Err(_) => return vm.resume(Err("out of memory".into())),
    };
    let result = crate::dispatch::call(vm, f, Value::Undefined, &[tx_obj]).await;
    let end = |ok: bool| match (depth, ok) {
        (Some(d), true) => format!("RELEASE SAVEPOINT kitwork_sp_{d}"),
        (Some(d), false) => format!("ROLLBACK TO SAVEPOINT kitwork_sp_{d}"),
        (None, _) => String::new(),
    };
    match result {
        Ok(v) => {
            let ended = match depth {
                Some(_) => execute(&db, &txs, Some(id), &end(true), &[], Shape::Affected)
                    .await
                    .map(|_| ()),
                None => {
                    let t = txs.borrow_mut().get_mut(id as usize).and_then(Option::take);
                    match t {
                        Some(t) => t.commit().await.map_err(|e| e.message),
                        None => Err("the transaction ended early".into()),
                    }
                }
            };
            match ended {
                Ok(()) => vm.resume_value(v),
                Err(e) => vm.resume(Err(format!("transaction not committed: {e}"))),
            }
        }
        Err(e) => {
            match depth {
                Some(_) => {
                    let _ = execute(&db, &txs, Some(id), &end(false), &[], Shape::Affected).await;
                }
                None => {
                    let t = txs.borrow_mut().get_mut(id as usize).and_then(Option::take);
                    if let Some(t) = t {
                        let _ = t.rollback().await;
                    }
                }
            }
            if vm.condemned {
                // A bound broke (energy, memory ...): the run ends here.
                return Outcome::Error(e);
            }
            vm.resume(Err(format!("transaction rolled back: {e}")))
        }
    }
}
