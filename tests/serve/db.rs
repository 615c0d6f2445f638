//! The database layer end to end: tenants (JS files written here) reach
//! SQLite and PostgreSQL through `database.connect` and the query builder,
//! driven over real HTTP. Every scenario is written once, as a function of
//! the [`Backend`], and run on both (`db::sqlite::*`, `db::pg::*`).

use crate::util::{poll, Root, Server};
use kitwork_db::pg::testing::Cluster;
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const HOST: &str = "db.test";

/// Where a test's data lives.
enum Backend<'a> {
    /// The default `system` alias (a file under the test's data dir).
    Sqlite,
    /// A database of its own in a PostgreSQL cluster, alias `main`.
    Pg(&'a Cluster, String),
}

impl Backend<'_> {
    fn sqlite() -> Backend<'static> {
        Backend::Sqlite
    }

    fn pg(name: &str) -> Backend<'static> {
        let c = Cluster::shared();
        c.create_database(name);
        Backend::Pg(c, name.to_string())
    }

    fn alias(&self) -> &'static str {
        match self {
            Backend::Sqlite => "system",
            Backend::Pg(..) => "main",
        }
    }

    /// The `databases` field of the bootstrap ("" for the default).
    fn config(&self) -> String {
        match self {
            Backend::Sqlite => String::new(),
            Backend::Pg(c, name) => format!(
                "databases: [{{ alias: \"main\", type: \"postgres\", host: \"127.0.0.1\", port: {}, user: \"postgres\", name: \"{name}\", sslmode: \"disable\" }}],",
                c.port
            ),
        }
    }

    fn is_pg(&self) -> bool {
        matches!(self, Backend::Pg(..))
    }

    /// A column type in this backend's own words.
    fn ty(&self, t: &str) -> &'static str {
        let pg = self.is_pg();
        match t {
            "ID" if pg => "BIGSERIAL PRIMARY KEY",
            "ID" => "INTEGER PRIMARY KEY",
            "INT" if pg => "BIGINT",
            "INT" => "INTEGER",
            "REAL" if pg => "DOUBLE PRECISION",
            "REAL" => "REAL",
            "TS" if pg => "TIMESTAMPTZ",
            "TS" => "TIMESTAMP",
            "JSON" if pg => "JSONB",
            "JSON" => "JSON",
            "BLOB" if pg => "BYTEA",
            "BLOB" => "BLOB",
            "BOOL" => "BOOLEAN",
            _ => "TEXT",
        }
    }

    fn ddl(&self) -> Vec<String> {
        let t = |s: &str| {
            let mut s = s.to_string();
            for k in ["ID", "INT", "REAL", "TS", "JSON", "BLOB", "BOOL", "TEXT"] {
                s = s.replace(&format!("${k}"), self.ty(k));
            }
            s
        };
        [
            "CREATE TABLE person (id $ID, name $TEXT NOT NULL, role $TEXT, age $INT, score $REAL, note $TEXT, deleted_at $TS)",
            "CREATE TABLE post (id $ID, person_id $INT, title $TEXT)",
            "CREATE TABLE item (id $ID, label $TEXT, qty $INT)",
            "CREATE TABLE val (id $ID, big $INT, at $TS, doc $JSON, blank $TEXT, bin $BLOB, flag $BOOL, f $REAL)",
            "CREATE TABLE acct (id $ID, name $TEXT, balance $INT)",
            "CREATE TABLE counter (id $ID, n $INT NOT NULL)",
            "CREATE TABLE kv (id $ID, k $TEXT, v $TEXT)",
        ]
        .iter()
        .map(|s| t(s))
        .collect()
    }

    /// Rows of `val` written with literals (values JS cannot send).
    fn val_seed(&self) -> Vec<String> {
        if self.is_pg() {
            vec![
                r#"INSERT INTO val (big, at, doc, blank, bin, flag, f) VALUES (9007199254740993, '2026-01-02 03:04:05+00', '{"a":[1,2,{"b":null}],"s":"x"}', NULL, '\xdeadbeef', true, 0.5)"#.into(),
                "INSERT INTO val (big) VALUES (-9007199254740993)".into(),
                "INSERT INTO val (big) VALUES (9007199254740992)".into(),
            ]
        } else {
            vec![
                r#"INSERT INTO val (big, at, doc, blank, bin, flag, f) VALUES (9007199254740993, '2026-01-02 03:04:05', '{"a":[1,2,{"b":null}],"s":"x"}', NULL, X'DEADBEEF', 1, 0.5)"#.into(),
                "INSERT INTO val (big) VALUES (-9007199254740993)".into(),
                "INSERT INTO val (big) VALUES (9007199254740992)".into(),
            ]
        }
    }
}

/// The tenant every scenario drives: `/q/:name` runs `Q[name](req)` and
/// answers `{ v }`, or 500 `{ error }`.
const APP: &str = r#"import { router, database } from "kitwork"
const db = database.connect("__ALIAS__")
const DDL = __DDL__
const VAL_SEED = __VAL_SEED__

const Q = {
  setup: () => { for (let i = 0; i < DDL.length; i++) db.raw(DDL[i]); return DDL.length },
  // builder
  seed: () => db.table("person").create([
    { name: "Ann", role: "admin", age: 30, score: 1.5, note: null },
    { name: "Bob", role: "member", age: 20, score: 2.5, note: "x" },
    { name: "Cid", role: "admin", age: 40, score: 3, note: null },
    { name: "Dan", role: "member", age: 25, score: 4, note: "y" },
    { name: "Eve", role: "guest", age: 35, score: 5, note: null },
  ]),
  seed_posts: () => db.table("post").create([
    { person_id: 1, title: "hello" }, { person_id: 1, title: "again" },
    { person_id: 2, title: "bob post" }, { person_id: 3, title: "cid post" },
  ]).length,
  item_create: () => db.table("item").create({ label: "a", qty: 1 }),
  names: () => db.table("person").sort("id").list().map(p => p.name),
  where_capture: (req) => { const min = Number(req.query.min); return db.table("person").where(p => p.age > min && p.role == "admin").sort("id").list().map(p => p.name) },
  where_req_query: (req) => db.table("person").where(p => p.role == req.query.role).sort("id").list().map(p => p.name),
  where_obj_field: () => { const f = { min: 30 }; return db.table("person").where(p => p.age >= f.min).sort("id").list().map(p => p.name) },
  where_reversed: () => db.table("person").where(p => 30 < p.age).sort("id").list().map(p => p.name),
  where_object: () => db.table("person").where({ role: "member" }).sort("id").list().map(p => p.name),
  where_object_in: () => db.table("person").where({ id: [1, 3, 5] }).sort("id").list().map(p => p.name),
  where_in: () => db.table("person").where(p => p.id == [2, 4]).sort("id").list().map(p => p.name),
  where_not_in: () => { const ids = [1, 2, 3]; return db.table("person").where(p => p.id != ids).sort("id").list().map(p => p.name) },
  where_or_not: () => db.table("person").where(p => (p.role == "guest" || p.age < 21) && !(p.name == "Zed")).sort("id").list().map(p => p.name),
  like_prefix: () => db.table("person").where(p => p.name == "A%").list().map(p => p.name),
  like_suffix: () => db.table("person").where(p => p.name == "%n").sort("id").list().map(p => p.name),
  is_null: () => db.table("person").where(p => p.note == null).sort("id").list().map(p => p.name),
  not_null: () => db.table("person").where(p => p.note != null).sort("id").list().map(p => p.name),
  sort_asc: () => db.table("person").sort("age").list().map(p => p.name),
  sort_desc: () => db.table("person").sort("age", "desc").list().map(p => p.name),
  sort_two: () => db.table("person").sort("role").sort("age", "desc").list().map(p => p.name),
  skip_take: () => db.table("person").sort("id").skip(1).take(2).list().map(p => p.name),
  list_n: () => db.table("person").sort("id").take(3).list(2).map(p => p.name),
  list_n_big: () => db.table("person").sort("id").take(3).list(10).map(p => p.name),
  list_n_only: () => db.table("person").sort("id").list(4).map(p => p.name),
  select: () => db.table("person").select("id", "name").sort("id").take(2).list(),
  join: () => db.table("post").join("person", "post.person_id", "person.id").where(p => p.person.role == "admin").select("post.title", "person.name").sort("post.id").list(),
  left_join: () => db.table("person").leftJoin("post", "person.id", "post.person_id").where(p => p.post.id == null).select("person.name").sort("person.id").list().map(p => p.name),
  first: () => db.table("person").first().name,
  last: () => db.table("person").last().name,
  first_sorted: () => db.table("person").sort("age").first().name,
  last_sorted: () => db.table("person").sort("age").last().name,
  first_none: () => db.table("person").where(p => p.age > 1000).first(),
  find: () => db.table("person").find(3),
  find_none: () => db.table("person").find(99),
  exists: () => [db.table("person").where({ role: "admin" }).exists(), db.table("person").where({ role: "nobody" }).exists()],
  count: () => [db.table("person").count(), db.table("person").where(p => p.role == "admin").count()],
  aggregates: () => {
    const t = db.table("person")
    return [t.sum("age"), t.avg("age"), t.min("age"), t.max("age"), t.sum("score"), t.where(p => p.age > 1000).sum("age")]
  },
  update_all: () => db.table("person").update({ role: "x" }),
  update_empty_where: () => db.table("person").where({}).update({ role: "x" }),
  update: () => db.table("person").where(p => p.name == "Bob").update({ role: "admin" }),
  increment: () => db.table("person").where(p => p.id == 2).increment("age", 5),
  increment_all: () => db.table("person").increment("age", 1),
  delete_all: () => db.table("person").delete(),
  destroy_all: () => db.table("person").destroy(),
  delete_eve: () => db.table("person").where(p => p.name == "Eve").delete(),
  eve_raw: () => db.raw("SELECT deleted_at FROM person WHERE id = ?", [5]).map(r => r.deleted_at != null),
  update_eve: () => db.table("person").where(p => p.id == 5).update({ role: "back" }),
  destroy_eve: () => db.table("person").where(p => p.id == 5).destroy(),
  raw_count_person: () => db.raw("SELECT COUNT(*) AS n FROM person")[0].n,
  item_delete: () => [db.table("item").where(i => i.id == 1).delete(), db.raw("SELECT COUNT(*) AS n FROM item")[0].n],
  raw: () => db.raw("SELECT name FROM person WHERE age > ? AND role = ? ORDER BY id", [21, "admin"]).map(r => r.name),
  raw_names: () => db.raw("SELECT 7 AS \"0\", 1 AS a, 2 AS a, 'x' AS b"),
  // values
  val_seed: () => { for (let i = 0; i < VAL_SEED.length; i++) db.raw(VAL_SEED[i]); return VAL_SEED.length },
  val_read: () => db.table("val").sort("id").list(),
  val_create: () => db.table("val").create({ big: 42, at: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), doc: { k: "v", n: [1, 2], o: { d: true } }, blank: null, flag: false, f: 1.25 }),
  val_where_date: () => { const since = new Date(Date.UTC(2026, 0, 1)); return db.table("val").where(v => v.at >= since).count() },
  // transactions
  acct: () => db.table("acct").sort("id").list().map(a => a.name),
  tx_commit: () => db.transaction(tx => {
    tx.table("acct").create({ name: "a", balance: 10 })
    tx.table("acct").create({ name: "b", balance: 20 })
    return tx.table("acct").count()
  }),
  tx_type_error: () => db.transaction(tx => {
    tx.table("acct").create({ name: "type_error", balance: 1 })
    const u = undefined
    return u.name
  }),
  tx_fail: () => db.transaction(tx => {
    tx.table("acct").create({ name: "fail", balance: 1 })
    tx.table("acct").where(a => a.name == "a").update({ balance: 999 })
    fail("x marks the spot")
  }),
  tx_energy: () => db.transaction(tx => {
    tx.table("acct").create({ name: "energy", balance: 1 })
    let s = 0
    for (;;) { s++ }
    return s
  }),
  tx_memory: () => db.transaction(tx => {
    tx.table("acct").create({ name: "memory", balance: 1 })
    const keep = []
    for (let i = 0; i < 100000; i++) keep.push(new Array(100000).fill(i))
    return keep.length
  }),
  tx_refused: () => db.transaction(tx => {
    tx.table("acct").create({ name: "refused", balance: 1 })
    return tx.table("acct").update({ balance: 0 })
  }),
  tx_db_error: () => db.transaction(tx => {
    tx.table("acct").create({ name: "db_error", balance: 1 })
    return tx.raw("SELECT * FROM no_such_table")
  }),
  tx_nested: () => db.transaction(tx => {
    tx.table("acct").create({ name: "outer1", balance: 0 })
    const inner = tx.transaction(t2 => { t2.table("acct").create({ name: "inner_ok", balance: 0 }); return t2.table("acct").count() })
    tx.table("acct").create({ name: "outer2", balance: 0 })
    return inner
  }),
  // The dialect has no try/catch: a failing savepoint fails its caller too.
  tx_nested_inner_fails: () => db.transaction(tx => {
    tx.table("acct").create({ name: "lost_outer0", balance: 0 })
    tx.transaction(t2 => { t2.table("acct").create({ name: "inner_bad", balance: 0 }); fail("inner") })
    tx.table("acct").create({ name: "never", balance: 0 })
  }),
  tx_nested_db_error: () => db.transaction(tx => {
    tx.table("acct").create({ name: "lost_outer3", balance: 0 })
    tx.transaction(t2 => { t2.table("acct").create({ name: "inner_bad2", balance: 0 }); return t2.raw("SELECT * FROM no_such_table") })
    tx.table("acct").create({ name: "never", balance: 0 })
  }),
  tx_nested_outer_fails: () => db.transaction(tx => {
    tx.table("acct").create({ name: "lost_outer", balance: 0 })
    tx.transaction(t2 => { t2.table("acct").create({ name: "lost_inner", balance: 0 }) })
    fail("outer")
  }),
  tx_touch: () => db.transaction(tx => tx.table("counter").where(c => c.id == 1).increment("n", 1)[0].n),
  // concurrency
  counter_init: () => db.table("counter").create({ n: 0 }),
  counter: () => db.table("counter").find(1).n,
  rmw: () => db.transaction(tx => {
    const c = tx.table("counter").find(1)
    tx.table("counter").where(x => x.id == 1).update({ n: c.n + 1 })
    return c.n + 1
  }),
  // hostile
  kv_create: (req) => db.table("kv").create({ k: req.body().k, v: "val" }),
  kv_where: (req) => db.table("kv").where(x => x.k == req.query.k).list().map(r => r.id),
  kv_object: (req) => db.table("kv").where({ k: req.query.k }).list().map(r => r.id),
  kv_raw: (req) => db.raw("SELECT id, k FROM kv WHERE k = ?", [req.query.k]),
  kv_count: () => db.table("kv").count(),
  kv_put: (req) => db.table("kv").create({ k: req.query.k, v: "put" }).k,
  kv_put_tx: (req) => db.transaction(tx => tx.table("kv").create({ k: req.query.k, v: "tx" }).k),
  kv_keys: () => db.table("kv").list().map(r => r.k),
  name_table: (req) => db.table(req.query.n).list(),
  name_select: (req) => db.table("person").select(req.query.n).list(),
  name_sort: (req) => db.table("person").sort(req.query.n).list(),
  name_where: (req) => { const w = {}; w[req.query.n] = 1; return db.table("person").where(w).list() },
  name_create: (req) => { const r = {}; r[req.query.n] = 1; return db.table("item").create(r) },
  name_update: (req) => { const r = {}; r[req.query.n] = 1; return db.table("item").where(i => i.id == 1).update(r) },
  name_sum: (req) => db.table("person").sum(req.query.n),
  name_increment: (req) => db.table("item").where(i => i.id == 1).increment(req.query.n, 1),
  name_join: (req) => db.table("person").join(req.query.n, "person.id", "post.person_id").list(),
  name_join_on: (req) => db.table("person").join("post", req.query.n, "post.person_id").list(),
  name_sort_dir: (req) => db.table("person").sort("id", req.query.n).list(),
  lam_or_const: () => db.table("person").where(p => p.name == "x" || 1 == 1).list(),
  lam_call: () => db.table("person").where(p => p.name == String(1)).list(),
  lam_block: () => db.table("person").where(p => { return p.id == 1 }).list(),
  lam_arith: () => db.table("person").where(p => p.age * 2 > 10).list(),
  lam_two: () => db.table("person").where((p, q) => p.id == 1).list(),
  lam_template: () => { const x = "a"; return db.table("person").where(p => p.name == `${x}`).list() },
  lam_function: () => db.table("person").where(function (p) { return p.id == 1 }).list(),
  lam_bad_col: () => db.table("person").where(p => p["name; DROP TABLE person"] == 1).list(),
  lam_bad_col2: () => db.table("person").where(p => p["name\" = name OR \"1"] == 1).list(),
  lam_ternary: () => db.table("person").where(p => p.id == (1 ? 2 : 3)).list(),
  lam_nullish: () => db.table("person").where(p => p.id ?? 1).list(),
  lam_assign: () => { let x = 1; return db.table("person").where(p => p.id == (x = 2)).list() },
  lam_comma: () => db.table("person").where(p => (p.id, p.id == 1)).list(),
  lam_value_injection: () => db.table("person").where(p => p.name == "'; DROP TABLE person; --").list(),
  lam_value_quote: () => db.table("person").where(p => p.name == "\" OR \"\"=\"").list(),
  raw_two: () => db.raw("SELECT 1; DROP TABLE person"),
  raw_two_trailing: () => db.raw("DELETE FROM person WHERE id = ?; DELETE FROM person", [1]),
  raw_dollar: () => db.raw("SELECT * FROM person WHERE id = $1", [1]),
  raw_numbered: () => db.raw("SELECT * FROM person WHERE id = ?1", [1]),
  raw_count_mismatch: () => db.raw("SELECT * FROM person WHERE id = ? OR id = ?", [1]),
  raw_attach: () => db.raw("ATTACH DATABASE '/tmp/kitwork-attack.db' AS evil"),
  raw_begin: () => db.raw("BEGIN"),
  raw_begin_then_write: () => { db.raw("BEGIN"); return db.table("item").create({ label: "after_begin", qty: 1 }).id },
  raw_load_ext: () => db.raw("SELECT load_extension('/tmp/nope')"),
  raw_param_injection: (req) => db.raw("SELECT COUNT(*) AS n FROM person WHERE name = ?", [req.query.k])[0].n,
  raw_literal_q: () => db.raw("SELECT name FROM person WHERE name <> '?' AND id = ?", [1]).map(r => r.name),
}
router.get("/q/:name").handle((req, res) => {
  const f = Q[req.params.name]
  if (!f) return res.status(404).json({ error: "no such query" })
  return res.json({ v: f(req) ?? null })
}).catch((err, req, res) => res.status(500).json({ error: String(err && err.message) }))
router.post("/q/:name").handle((req, res) => res.json({ v: Q[req.params.name](req) ?? null }))
  .catch((err, req, res) => res.status(500).json({ error: String(err && err.message) }))
"#;

fn app(b: &Backend) -> String {
    APP.replace("__ALIAS__", b.alias())
        .replace("__DDL__", &serde_json::to_string(&b.ddl()).unwrap())
        .replace(
            "__VAL_SEED__",
            &serde_json::to_string(&b.val_seed()).unwrap(),
        )
}

/// A server with the APP tenant on `b`, its tables made.
fn start(b: &Backend, name: &str) -> (Root, Server) {
    let root = Root::new(name);
    root.site(HOST, &app(b));
    let s = root.serve(&format!(
        "cores: 2, limits: {{ max_memory: 16777216 }}, {}",
        b.config()
    ));
    let r = get(&s, "setup");
    assert_eq!(r.0, 200, "setup: {}\n{}", r.1, s.stderr());
    (root, s)
}

fn pct(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `GET /q/<q>`: (status, body as JSON).
fn get(s: &Server, q: &str) -> (u16, Value) {
    let r = s.get(HOST, &format!("/q/{q}"));
    let body = serde_json::from_slice(&r.body).unwrap_or_else(|_| Value::String(r.text()));
    (r.status, body)
}

/// The `v` of a 200 answer.
fn v(s: &Server, q: &str) -> Value {
    let (st, body) = get(s, q);
    assert_eq!(st, 200, "{q}: {body}");
    body["v"].clone()
}

/// The error of a 500 answer.
fn err(s: &Server, q: &str) -> String {
    let (st, body) = get(s, q);
    assert_eq!(st, 500, "{q} should fail: {body}");
    body["error"].as_str().unwrap_or("").to_string()
}

fn post(s: &Server, q: &str, body: &Value) -> (u16, Value) {
    let b = body.to_string();
    let r = s.request(&format!(
        "POST /q/{q} HTTP/1.1\r\nHost: {HOST}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{b}",
        b.len()
    ));
    let body = serde_json::from_slice(&r.body).unwrap_or_else(|_| Value::String(r.text()));
    (r.status, body)
}

// ---------------------------------------------------------------- builder

fn builder_methods(b: Backend) {
    let (_root, s) = start(&b, "db-builder");
    let seeded = v(&s, "seed");
    let rows = seeded.as_array().expect("create([...]) answers the rows");
    assert_eq!(rows.len(), 5);
    for (i, r) in rows.iter().enumerate() {
        assert_eq!(r["id"], json!(i + 1), "{r}");
    }
    assert_eq!(
        rows[0],
        json!({"id": 1, "name": "Ann", "role": "admin", "age": 30, "score": 1.5, "note": null, "deleted_at": null})
    );
    assert_eq!(v(&s, "seed_posts"), json!(4));
    assert_eq!(
        v(&s, "item_create"),
        json!({"id": 1, "label": "a", "qty": 1}),
        "create answers the new row"
    );
    let names = |q: &str| v(&s, q);
    assert_eq!(names("names"), json!(["Ann", "Bob", "Cid", "Dan", "Eve"]));
    assert_eq!(names("where_capture?min=25"), json!(["Ann", "Cid"]));
    assert_eq!(names("where_capture?min=35"), json!(["Cid"]));
    assert_eq!(names("where_req_query?role=member"), json!(["Bob", "Dan"]));
    assert_eq!(names("where_req_query?role=nobody"), json!([]));
    assert_eq!(names("where_obj_field"), json!(["Ann", "Cid", "Eve"]));
    assert_eq!(names("where_reversed"), json!(["Cid", "Eve"]));
    assert_eq!(names("where_object"), json!(["Bob", "Dan"]));
    assert_eq!(names("where_object_in"), json!(["Ann", "Cid", "Eve"]));
    assert_eq!(names("where_in"), json!(["Bob", "Dan"]));
    assert_eq!(names("where_not_in"), json!(["Dan", "Eve"]));
    assert_eq!(names("where_or_not"), json!(["Bob", "Eve"]));
    assert_eq!(names("like_prefix"), json!(["Ann"]));
    assert_eq!(names("like_suffix"), json!(["Ann", "Dan"]));
    assert_eq!(names("is_null"), json!(["Ann", "Cid", "Eve"]));
    assert_eq!(names("not_null"), json!(["Bob", "Dan"]));
    assert_eq!(
        names("sort_asc"),
        json!(["Bob", "Dan", "Ann", "Eve", "Cid"])
    );
    assert_eq!(
        names("sort_desc"),
        json!(["Cid", "Eve", "Ann", "Dan", "Bob"])
    );
    assert_eq!(
        names("sort_two"),
        json!(["Cid", "Ann", "Eve", "Dan", "Bob"])
    );
    assert_eq!(names("skip_take"), json!(["Bob", "Cid"]));
    assert_eq!(names("list_n"), json!(["Ann", "Bob"]));
    assert_eq!(names("list_n_big"), json!(["Ann", "Bob", "Cid"]));
    assert_eq!(names("list_n_only"), json!(["Ann", "Bob", "Cid", "Dan"]));
    assert_eq!(
        v(&s, "select"),
        json!([{"id": 1, "name": "Ann"}, {"id": 2, "name": "Bob"}])
    );
    assert_eq!(
        v(&s, "join"),
        json!([
            {"title": "hello", "name": "Ann"},
            {"title": "again", "name": "Ann"},
            {"title": "cid post", "name": "Cid"}
        ])
    );
    assert_eq!(v(&s, "left_join"), json!(["Dan", "Eve"]));
    assert_eq!(v(&s, "first"), json!("Ann"));
    assert_eq!(v(&s, "last"), json!("Eve"));
    assert_eq!(v(&s, "first_sorted"), json!("Bob"));
    assert_eq!(v(&s, "last_sorted"), json!("Cid"));
    assert_eq!(v(&s, "first_none"), Value::Null);
    assert_eq!(v(&s, "find")["name"], json!("Cid"));
    assert_eq!(v(&s, "find_none"), Value::Null);
    assert_eq!(v(&s, "exists"), json!([true, false]));
    assert_eq!(v(&s, "count"), json!([5, 2]));
    assert_eq!(v(&s, "aggregates"), json!([150, 30, 20, 40, 16, null]));

    // Writes without a where are refused, nothing changes.
    for q in [
        "update_all",
        "update_empty_where",
        "increment_all",
        "delete_all",
        "destroy_all",
    ] {
        let e = err(&s, q);
        assert!(e.contains("where"), "{q}: {e}");
    }
    assert_eq!(v(&s, "aggregates"), json!([150, 30, 20, 40, 16, null]));
    assert_eq!(v(&s, "raw_count_person"), json!(5));

    let up = v(&s, "update");
    assert_eq!(up.as_array().map(Vec::len), Some(1), "{up}");
    assert_eq!(up[0]["name"], json!("Bob"));
    assert_eq!(up[0]["role"], json!("admin"));
    let inc = v(&s, "increment");
    assert_eq!(inc[0]["age"], json!(25), "{inc}");
    assert_eq!(v(&s, "raw"), json!(["Ann", "Bob", "Cid"]));
    // Column names alike or index-like: built as by defining each in turn.
    assert_eq!(v(&s, "raw_names"), json!([{"0": 7, "a": 2, "b": "x"}]));

    // Soft delete: person has deleted_at.
    assert_eq!(v(&s, "delete_eve"), json!(1));
    assert_eq!(v(&s, "delete_eve"), json!(0), "already deleted");
    assert_eq!(v(&s, "eve_raw"), json!([true]), "the row is kept, marked");
    assert_eq!(names("names"), json!(["Ann", "Bob", "Cid", "Dan"]));
    assert_eq!(v(&s, "count"), json!([4, 3]));
    assert_eq!(v(&s, "find_none"), Value::Null);
    assert_eq!(v(&s, "last"), json!("Dan"));
    assert_eq!(
        v(&s, "update_eve"),
        json!([]),
        "update skips soft-deleted rows"
    );
    assert_eq!(v(&s, "raw_count_person"), json!(5));
    assert_eq!(
        v(&s, "destroy_eve"),
        json!(1),
        "destroy removes soft-deleted rows"
    );
    assert_eq!(v(&s, "raw_count_person"), json!(4));
    // item has no deleted_at: delete removes.
    assert_eq!(v(&s, "item_delete"), json!([1, 0]));
}

// ---------------------------------------------------------------- values

fn value_mapping(b: Backend) {
    let (_root, s) = start(&b, "db-values");
    assert_eq!(v(&s, "val_seed"), json!(3));
    let rows = v(&s, "val_read");
    assert_eq!(
        rows[0],
        json!({
            "id": 1,
            "big": "9007199254740993",
            "at": "2026-01-02T03:04:05.000Z",
            "doc": {"a": [1, 2, {"b": null}], "s": "x"},
            "blank": null,
            "bin": "3q2+7w==",
            "flag": true,
            "f": 0.5
        })
    );
    assert_eq!(rows[1]["big"], json!("-9007199254740993"));
    assert_eq!(
        rows[2]["big"],
        json!(9007199254740992u64),
        "2^53 is a number"
    );
    assert_eq!(rows[1]["at"], Value::Null);
    let created = v(&s, "val_create");
    assert_eq!(
        created,
        json!({
            "id": 4,
            "big": 42,
            "at": "2026-01-02T03:04:05.000Z",
            "doc": {"k": "v", "n": [1, 2], "o": {"d": true}},
            "blank": null,
            "bin": null,
            "flag": false,
            "f": 1.25
        })
    );
    assert_eq!(
        v(&s, "val_where_date"),
        json!(2),
        "a Date compares as a timestamp"
    );
}

// ---------------------------------------------------------- transactions

fn pg_idle_in_tx(b: &Backend) -> Option<String> {
    match b {
        Backend::Pg(c, name) => Some(c.psql(&format!(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = '{name}' AND state LIKE 'idle in transaction%'"
        ))),
        Backend::Sqlite => None,
    }
}

fn transactions(b: Backend) {
    let (_root, s) = start(&b, "db-tx");
    assert_eq!(v(&s, "counter_init")["n"], json!(0));
    assert_eq!(v(&s, "tx_commit"), json!(2), "reads inside see the writes");
    let committed = json!(["a", "b"]);
    assert_eq!(v(&s, "acct"), committed);

    for q in ["tx_type_error", "tx_fail", "tx_refused", "tx_db_error"] {
        let e = err(&s, q);
        assert!(!e.is_empty(), "{q}");
        if q == "tx_fail" {
            assert!(e.contains("x marks the spot"), "{e}");
        }
        assert_eq!(v(&s, "acct"), committed, "{q} left a partial write");
    }
    // Bounds of the run: the handler's catch cannot run, the answer is a
    // 500 all the same.
    for q in ["tx_energy", "tx_memory"] {
        let (st, body) = get(&s, q);
        assert_eq!(st, 500, "{q}: {body}");
        assert_eq!(v(&s, "acct"), committed, "{q} left a partial write");
    }
    let text = s.stderr().to_lowercase();
    assert!(text.contains("energy"), "{text}");
    assert!(text.contains("memory"), "{text}");

    // Savepoints.
    assert_eq!(
        v(&s, "tx_nested"),
        json!(4),
        "the inner callback sees the outer's writes"
    );
    let after_nested = json!(["a", "b", "outer1", "inner_ok", "outer2"]);
    assert_eq!(v(&s, "acct"), after_nested);
    for (q, msg) in [
        ("tx_nested_inner_fails", "inner"),
        ("tx_nested_db_error", "no_such_table"),
        ("tx_nested_outer_fails", "outer"),
    ] {
        let e = err(&s, q);
        assert!(e.contains(msg), "{q}: {e}");
        assert_eq!(v(&s, "acct"), after_nested, "{q} left a partial write");
    }

    // No connection leaked by the failures: a burst of transactions on
    // every core still goes through.
    burst(&s, 8, 25, "tx_touch");
    assert_eq!(v(&s, "counter"), json!(200));
    if let Some(n) = pg_idle_in_tx(&b) {
        let ok = crate::util::poll(Duration::from_secs(5), || {
            (pg_idle_in_tx(&b).as_deref() == Some("0")).then_some(())
        });
        assert!(ok.is_some(), "idle in transaction: {n}");
    }
}

// ---------------------------------------------------------- HTTP clients

/// A keep-alive client that reports I/O errors instead of panicking
/// (the server may die or refuse under the fault tests).
struct Conn {
    addr: String,
    stream: Option<TcpStream>,
    buf: Vec<u8>,
}

impl Conn {
    fn new(addr: String) -> Conn {
        Conn {
            addr,
            stream: None,
            buf: Vec::new(),
        }
    }

    /// One request; (status, body). Reconnects when needed.
    fn send(&mut self, method: &str, path: &str) -> std::io::Result<(u16, String)> {
        if self.stream.is_none() {
            let st = TcpStream::connect(&self.addr)?;
            st.set_read_timeout(Some(Duration::from_secs(15)))?;
            st.set_nodelay(true)?;
            self.stream = Some(st);
            self.buf.clear();
        }
        let r = self.roundtrip(method, path);
        if r.is_err() {
            self.stream = None;
        }
        r
    }

    fn roundtrip(&mut self, method: &str, path: &str) -> std::io::Result<(u16, String)> {
        let bad = |m: &str| std::io::Error::other(m.to_string());
        let st = self.stream.as_mut().unwrap();
        st.write_all(
            format!("{method} {path} HTTP/1.1\r\nHost: {HOST}\r\nContent-Length: 0\r\n\r\n")
                .as_bytes(),
        )?;
        let head_end = loop {
            if let Some(i) = self.buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break i;
            }
            let mut chunk = [0u8; 8192];
            let n = st.read(&mut chunk)?;
            if n == 0 {
                return Err(bad("closed"));
            }
            self.buf.extend_from_slice(&chunk[..n]);
        };
        let head = String::from_utf8_lossy(&self.buf[..head_end]).into_owned();
        let status: u16 = head
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| bad("status"))?;
        let len: usize = head
            .lines()
            .find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.eq_ignore_ascii_case("content-length")
                    .then(|| v.trim().parse().ok())?
            })
            .ok_or_else(|| bad("no content-length"))?;
        let close = head.to_ascii_lowercase().contains("connection: close");
        while self.buf.len() < head_end + 4 + len {
            let mut chunk = [0u8; 8192];
            let n = st.read(&mut chunk)?;
            if n == 0 {
                return Err(bad("closed in body"));
            }
            self.buf.extend_from_slice(&chunk[..n]);
        }
        let body =
            String::from_utf8_lossy(&self.buf[head_end + 4..head_end + 4 + len]).into_owned();
        self.buf.drain(..head_end + 4 + len);
        if close {
            self.stream = None;
        }
        Ok((status, body))
    }
}

/// `threads` keep-alive connections each send `per` `GET /q/<q>`; every
/// answer must be a 200.
fn burst(s: &Server, threads: usize, per: usize, q: &str) {
    std::thread::scope(|sc| {
        for _ in 0..threads {
            sc.spawn(|| {
                let mut c = Conn::new(s.addr());
                for _ in 0..per {
                    let (st, body) = c.send("GET", &format!("/q/{q}")).expect("request");
                    assert_eq!(st, 200, "{q}: {body}");
                }
            });
        }
    });
}

// ---------------------------------------------------------------- faults

/// 1,000 concurrent read-modify-write transactions: every acknowledged
/// increment is in the counter, none is lost.
fn concurrent_rmw(b: Backend) {
    let (_root, s) = start(&b, "db-rmw");
    assert_eq!(v(&s, "counter_init")["n"], json!(0));
    let ok = AtomicUsize::new(0);
    let errors = Mutex::new(Vec::new());
    std::thread::scope(|sc| {
        for _ in 0..20 {
            sc.spawn(|| {
                let mut c = Conn::new(s.addr());
                for _ in 0..50 {
                    let (st, body) = c.send("GET", "/q/rmw").expect("request");
                    if st == 200 {
                        ok.fetch_add(1, Ordering::Relaxed);
                    } else {
                        errors.lock().unwrap().push((st, body));
                    }
                }
            });
        }
    });
    let ok = ok.into_inner();
    let errors = errors.into_inner().unwrap();
    let n = v(&s, "counter");
    assert_eq!(
        n,
        json!(ok),
        "acknowledged {ok} increments, the counter says {n} (errors: {:?})",
        errors.iter().take(3).collect::<Vec<_>>()
    );
    assert_eq!(
        ok,
        1000,
        "errors: {:?}",
        errors.iter().take(5).collect::<Vec<_>>()
    );
}

/// Hostile input through HTTP: values, names, tenant lambdas and raw SQL
/// are refused or harmless; the tables stay whole.
fn hostile_input(b: Backend) {
    let (_root, s) = start(&b, "db-hostile");
    assert_eq!(v(&s, "seed").as_array().map(Vec::len), Some(5));
    assert_eq!(v(&s, "seed_posts"), json!(4));
    assert_eq!(v(&s, "item_create")["id"], json!(1));
    let corpus = [
        "'; DROP TABLE person; --",
        "\" OR \"1\"=\"1",
        "' OR '1'='1",
        "1 OR 1=1",
        "1; DELETE FROM person",
        "Robert'); DROP TABLE kv;--",
        "\\'; DROP TABLE kv; --",
        "' UNION SELECT identity, domains FROM tenants --",
        "$1",
        "?",
        "?1 ?2 $$ $$",
        "$$; DROP TABLE kv; $$",
        "*/ DROP TABLE kv; /*",
        "-- comment",
        "\u{2019}; DROP TABLE kv; --",
        "e'\\x27'",
        "🦀 ünïcödé 中文",
        "a\r\nb\tc",
        "%",
        "_",
        "a%' OR 'x'='x",
        "null",
        "undefined",
        "",
    ];
    for (i, x) in corpus.iter().enumerate() {
        let (st, row) = post(&s, "kv_create", &json!({ "k": x }));
        assert_eq!(st, 200, "{x:?}: {row}");
        assert_eq!(row["v"]["k"], json!(x), "stored as given");
        let id = json!(i + 1);
        assert_eq!(row["v"]["id"], id);
        let q = pct(x);
        // `==` with a string containing % is a LIKE pattern, so others
        // may match as well: the row itself must be among them.
        let found = v(&s, &format!("kv_where?k={q}"));
        assert!(found.as_array().unwrap().contains(&id), "{x:?}: {found}");
        if !x.contains('%') {
            assert_eq!(found, json!([id]), "{x:?}");
            assert_eq!(v(&s, &format!("kv_object?k={q}")), json!([id]), "{x:?}");
        }
        assert_eq!(
            v(&s, &format!("kv_raw?k={q}")),
            json!([{ "id": id, "k": x }]),
            "{x:?}"
        );
        assert_eq!(v(&s, &format!("raw_param_injection?k={q}")), json!(0));
    }
    // A NUL: PostgreSQL text cannot hold it (a clean error), SQLite can.
    let (st, row) = post(&s, "kv_create", &json!({ "k": "a\u{0}b; DROP TABLE kv" }));
    if b.is_pg() {
        assert_eq!(st, 500, "{row}");
    } else {
        assert_eq!(
            (st, &row["v"]["k"]),
            (200, &json!("a\u{0}b; DROP TABLE kv"))
        );
    }

    // Table and column names from the request.
    let long = "a".repeat(64);
    let names = [
        "person; DROP TABLE person",
        "person\"--",
        "\"person\"",
        "person--",
        "person)",
        "1person",
        " person",
        "person ",
        "per son",
        "pérson",
        "person\u{0}",
        "*",
        "id) FROM person; --",
        "person.name",
        "main.person",
        "x\" = \"x",
        "",
        long.as_str(),
    ];
    for n in names {
        for q in [
            "name_table",
            "name_select",
            "name_sort",
            "name_where",
            "name_create",
            "name_update",
            "name_sum",
            "name_increment",
            "name_join",
            "name_join_on",
        ] {
            if q != "name_table" && n == "person.name" {
                continue; // a valid qualified column: not hostile there
            }
            let e = err(&s, &format!("{q}?n={}", pct(n)));
            assert!(!e.is_empty(), "{q} {n:?}");
        }
    }
    for d in ["up", "desc; DROP TABLE person", "asc --"] {
        err(&s, &format!("name_sort_dir?n={}", pct(d)));
    }

    // Lambdas the translator refuses: nothing reaches the database.
    for q in [
        "lam_or_const",
        "lam_call",
        "lam_block",
        "lam_arith",
        "lam_two",
        "lam_template",
        "lam_function",
        "lam_bad_col",
        "lam_bad_col2",
        "lam_ternary",
        "lam_nullish",
        "lam_assign",
        "lam_comma",
    ] {
        let e = err(&s, q);
        assert!(!e.is_empty(), "{q}");
    }
    assert_eq!(v(&s, "lam_value_injection"), json!([]));
    assert_eq!(v(&s, "lam_value_quote"), json!([]));

    // Raw SQL: one statement, `?` only, no transaction control outside a
    // transaction, no ATTACH or extensions on SQLite.
    let mut raws = vec![
        "raw_two",
        "raw_two_trailing",
        "raw_dollar",
        "raw_numbered",
        "raw_count_mismatch",
    ];
    if !b.is_pg() {
        // docs/database.md promises these refusals on SQLite only.
        raws.extend(["raw_begin", "raw_attach", "raw_load_ext"]);
    }
    for q in raws {
        err(&s, q);
    }
    assert_eq!(v(&s, "raw_literal_q"), json!(["Ann"]));
    assert!(!std::path::Path::new("/tmp/kitwork-attack.db").exists());

    // Everything still there.
    assert_eq!(v(&s, "names"), json!(["Ann", "Bob", "Cid", "Dan", "Eve"]));
    assert_eq!(v(&s, "raw_count_person"), json!(5));
    assert_eq!(v(&s, "seed_posts"), json!(4));
    assert_eq!(
        v(&s, "kv_count"),
        json!(corpus.len() + usize::from(!b.is_pg()))
    );
    assert_eq!(v(&s, "item_delete"), json!([1, 0]));
}

macro_rules! on_both {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[test]
            fn $name() {
                super::$name(super::Backend::sqlite())
            })*
        }
        mod pg {
            $(#[test]
            fn $name() {
                super::$name(super::Backend::pg(concat!("e2e_", stringify!($name))))
            })*
        }
    };
}

on_both!(builder_methods, value_mapping, transactions, hostile_input,);

#[test]
fn sqlite_concurrent_rmw() {
    concurrent_rmw(Backend::sqlite())
}

#[test]
fn pg_concurrent_rmw() {
    concurrent_rmw(Backend::pg("e2e_concurrent_rmw"))
}

/// PostgreSQL accepts a raw `BEGIN` outside `db.transaction` (the docs
/// refuse it on SQLite only): the pooled connection must not be left in a
/// transaction, swallowing later acknowledged writes.
#[test]
fn pg_raw_begin_does_not_poison_the_pool() {
    let b = Backend::pg("e2e_raw_begin");
    let (_root, s) = start(&b, "db-pg-begin");
    let mut acked = 0;
    for _ in 0..4 {
        let (st, body) = get(&s, "raw_begin_then_write");
        assert!(st == 200 || st == 500, "{body}");
        acked += usize::from(st == 200);
    }
    let Backend::Pg(c, name) = &b else {
        unreachable!()
    };
    let visible = c.psql_in(
        name,
        "SELECT count(*) FROM item WHERE label = 'after_begin'",
    );
    assert_eq!(
        visible,
        acked.to_string(),
        "acknowledged writes not committed"
    );
    let idle = c.psql(&format!(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = '{name}' AND state LIKE 'idle in transaction%'"
    ));
    assert_eq!(idle, "0", "connections left idle in a transaction");
}

// --------------------------------------------------- PostgreSQL restart

/// PostgreSQL restarted under load: clean 500s while it is down, then
/// recovery without restarting kitwork.
#[test]
fn pg_restart_under_load_recovers() {
    let cluster = Cluster::start();
    cluster.psql("CREATE DATABASE restart");
    let b = Backend::Pg(&cluster, "restart".into());
    let (_root, s) = start(&b, "db-pg-restart");
    assert_eq!(v(&s, "counter_init")["n"], json!(0));
    let down = AtomicBool::new(false);
    let stop = AtomicBool::new(false);
    let statuses = Mutex::new(Vec::<(u16, bool)>::new());
    let acked = AtomicUsize::new(0);
    std::thread::scope(|sc| {
        for _ in 0..4 {
            sc.spawn(|| {
                let mut c = Conn::new(s.addr());
                while !stop.load(Ordering::SeqCst) {
                    let was_down = down.load(Ordering::SeqCst);
                    let t = Instant::now();
                    let r = c.send("GET", "/q/tx_touch");
                    let (st, _) = r.expect("kitwork answers while PostgreSQL is away");
                    assert!(t.elapsed() < Duration::from_secs(12), "an answer hung");
                    if st == 200 {
                        acked.fetch_add(1, Ordering::SeqCst);
                    }
                    statuses.lock().unwrap().push((st, was_down));
                    std::thread::sleep(Duration::from_millis(5));
                }
            });
        }
        std::thread::sleep(Duration::from_millis(500));
        down.store(true, Ordering::SeqCst);
        cluster.stop();
        std::thread::sleep(Duration::from_millis(1000));
        cluster.start_again();
        down.store(false, Ordering::SeqCst);
        // Recovered: a run of successes after the restart.
        let t = Instant::now();
        loop {
            let recent: Vec<u16> = statuses
                .lock()
                .unwrap()
                .iter()
                .rev()
                .take(20)
                .map(|x| x.0)
                .collect();
            if recent.len() == 20 && recent.iter().all(|&x| x == 200) {
                break;
            }
            assert!(
                t.elapsed() < Duration::from_secs(15),
                "no recovery: {recent:?}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        stop.store(true, Ordering::SeqCst);
    });
    let st = statuses.into_inner().unwrap();
    assert!(
        st.iter().all(|(x, _)| *x == 200 || *x == 500),
        "only 200 or 500: {:?}",
        st.iter()
            .filter(|(x, _)| *x != 200 && *x != 500)
            .collect::<Vec<_>>()
    );
    assert!(
        st.iter().any(|(x, d)| *x == 500 && *d),
        "no error while down?"
    );
    assert!(st.iter().any(|(x, d)| *x == 200 && !*d));
    // (The test cluster runs with synchronous_commit off, so an immediate
    // stop may drop the last acknowledged commits: not counted here.)
    assert!(acked.load(Ordering::SeqCst) > 0);
    for _ in 0..20 {
        assert_eq!(get(&s, "counter").0, 200);
    }
}

// --------------------------------------------------- SIGKILL (SQLite)

/// kitwork killed during a stream of committed writes: every row that got
/// a 2xx is there after the restart.
#[test]
fn sqlite_sigkill_keeps_acknowledged_writes() {
    let b = Backend::Sqlite;
    let (root, mut s) = start(&b, "db-kill");
    let acked = Mutex::new(Vec::<String>::new());
    let kill = AtomicBool::new(false);
    std::thread::scope(|sc| {
        for t in 0..4 {
            let (acked, kill, addr) = (&acked, &kill, s.addr());
            sc.spawn(move || {
                let mut c = Conn::new(addr);
                for i in 0.. {
                    let key = format!("t{t}-{i}");
                    let q = if i % 2 == 0 { "kv_put" } else { "kv_put_tx" };
                    match c.send("GET", &format!("/q/{q}?k={key}")) {
                        Ok((st, body)) if (200..300).contains(&st) => {
                            assert!(body.contains(&key), "{body}");
                            acked.lock().unwrap().push(key);
                        }
                        Ok((st, body)) => panic!("{st} {body} before the kill"),
                        Err(_) if kill.load(Ordering::SeqCst) => break,
                        Err(e) => panic!("{e} before the kill"),
                    }
                }
            });
        }
        std::thread::sleep(Duration::from_millis(800));
        kill.store(true, Ordering::SeqCst);
        s.signal("KILL");
    });
    assert!(s.wait_exit(Duration::from_secs(5)).is_some());
    drop(s);
    let acked = acked.into_inner().unwrap();
    assert!(
        acked.len() > 20,
        "only {} writes before the kill",
        acked.len()
    );
    let s = Server::start(&root.dir, "server.kitwork.js", &[]);
    let keys = v(&s, "kv_keys");
    let keys: std::collections::HashSet<&str> = keys
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap())
        .collect();
    let missing: Vec<&String> = acked
        .iter()
        .filter(|k| !keys.contains(k.as_str()))
        .collect();
    assert!(missing.is_empty(), "acknowledged but lost: {missing:?}");
}

// ------------------------------------------------------------ registry

/// `tenants/<identity>/<domain>/` is served only while the identity is
/// active in the system database's registry.
#[test]
fn identity_folders_served_only_while_active() {
    use kitwork_db::{registry, sqlite::Sqlite, Database};
    let root = Root::new("db-registry");
    root.write(
        "tenants/acme/acme.test/app.kitwork.js",
        "import { router } from \"kitwork\"\nrouter.get(\"/\").handle(() => \"acme here\")\n",
    );
    root.site(
        "plain.test",
        "import { router } from \"kitwork\"\nrouter.get(\"/\").handle(() => \"plain\")\n",
    );
    let system =
        || Database::Sqlite(Sqlite::open(root.dir.join("data/system.db")).expect("system.db"));
    {
        let s = root.serve("cores: 1");
        assert_eq!(s.get("plain.test", "/").text(), "plain");
        assert_eq!(s.get("acme.test", "/").status, 404, "unknown identity");
    }
    let db = system();
    let rec = futures_lite::future::block_on(async {
        registry::migrate(&db).await.unwrap();
        registry::add(&db, "acme", &["acme.test".into()], "{}")
            .await
            .unwrap()
    });
    assert!(rec.active);
    {
        let s = root.serve("cores: 1");
        let r = s.get("acme.test", "/");
        assert_eq!((r.status, r.text().as_str()), (200, "acme here"));
    }
    futures_lite::future::block_on(async {
        assert!(registry::disable(&db, "acme").await.unwrap());
    });
    {
        let s = root.serve("cores: 1");
        assert_eq!(s.get("acme.test", "/").status, 404, "disabled identity");
        assert_eq!(s.get("plain.test", "/").text(), "plain");
    }
}

/// docs/database.md: the registry lives in the system database, and
/// "Tenant code has no access to it" — through the builder, raw SQL, and
/// on SQLite whatever a statement reaches indirectly (views, triggers,
/// pragmas); the tenant's own tables in the same database stay usable.
fn registry_out_of_reach(b: Backend) {
    let root = Root::new(&format!("db-registry-guard-{}", b.is_pg()));
    root.site(
        HOST,
        r#"import { router, database } from "kitwork"
const db = database.connect("system")
const tries = {
  list: () => db.table("tenants").list(),
  upper: () => db.table("TENANTS").list(),
  prop: () => db.tenants.list(),
  schema: () => db.table("kitwork_schema").list(),
  join: () => db.table("mine").join("tenants", "mine.id", "tenants.identity").list(),
  raw: () => db.raw("SELECT * FROM tenants"),
  raw_quoted: () => db.raw("SELECT * FROM \"tenants\""),
  raw_qualified: () => db.raw("SELECT * FROM public.tenants"),
  raw_cte: () => db.raw("WITH t AS (SELECT identity FROM Tenants) SELECT * FROM t"),
  activate: () => db.raw("UPDATE tenants SET active = ?", [true]),
  insert: () => db.raw("INSERT INTO kitwork_schema (name, version) VALUES ('x', 1)"),
  drop: () => db.raw("DROP TABLE tenants"),
  pragma: () => db.raw("PRAGMA table_info(tenants)"),
  do_block: () => db.raw("DO $$ BEGIN EXECUTE 'UPDATE ten' || 'ants SET active = true'; END $$"),
  xml: () => db.raw("SELECT query_to_xml('SELECT * FROM ten' || 'ants', true, true, '')"),
  func: () => db.raw("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'"),
}
router.get("/try/:t").handle((req) => ({ got: tries[req.params.t]() }))
  .catch((err, req, res) => res.status(500).json({ error: String(err.message) }))
router.get("/mine").handle(() => {
  db.raw("CREATE TABLE IF NOT EXISTS mine (id TEXT PRIMARY KEY, note TEXT)")
  db.table("mine").create({ id: "a", note: "tenants are welcome" })
  return { rows: db.raw("SELECT note FROM mine WHERE note LIKE ?", ["%tenants%"]), n: db.mine.count() }
})
"#,
    );
    let config = match &b {
        Backend::Sqlite => String::new(),
        Backend::Pg(c, name) => format!(
            "databases: [{{ alias: \"system\", type: \"postgres\", host: \"127.0.0.1\", port: {}, user: \"postgres\", name: \"{name}\", sslmode: \"disable\" }}],",
            c.port
        ),
    };
    let s = root.serve(&format!("cores: 1, {config}"));
    let mut tries = vec![
        "list",
        "upper",
        "prop",
        "schema",
        "join",
        "raw",
        "raw_quoted",
        "activate",
        "insert",
        "drop",
        "pragma",
        "raw_cte",
    ];
    if b.is_pg() {
        tries.extend(["raw_qualified", "do_block", "xml", "func"]);
    }
    for t in tries {
        let r = s.get(HOST, &format!("/try/{t}"));
        assert_eq!(
            r.status,
            500,
            "{t}: tenant code reached the registry: {}",
            r.text()
        );
        assert!(
            r.text().contains("registry") || r.text().contains("not allowed"),
            "{t}: {}",
            r.text()
        );
    }
    let r = s.get(HOST, "/mine");
    assert_eq!(r.status, 200, "{}", r.text());
    let v: Value = serde_json::from_slice(&r.body).unwrap();
    assert_eq!(v["rows"][0]["note"], "tenants are welcome");
    assert_eq!(v["n"], 1);
    // The host still reads and writes the registry: an identity added
    // while serving goes live.
    root.write(
        "tenants/acme/acme.test/app.kitwork.js",
        "import { router } from \"kitwork\"\nrouter.get(\"/\").handle(() => \"acme\")\n",
    );
    let out = root.kitwork(&["tenant", "add", "acme", "acme.test"]);
    assert!(out.contains("added acme"), "{out}");
    let live = poll(Duration::from_secs(10), || {
        (s.get("acme.test", "/").status == 200).then_some(())
    });
    assert!(live.is_some(), "the registry poller never served acme");
    let out = root.kitwork(&["tenant", "disable", "acme"]);
    assert!(out.contains("disabled acme"), "{out}");
    let gone = poll(Duration::from_secs(10), || {
        (s.get("acme.test", "/").status == 404).then_some(())
    });
    assert!(gone.is_some(), "acme still served once disabled");
    assert!(root.kitwork(&["tenant", "list"]).contains("acme\tfalse"));
}

#[test]
fn sqlite_registry_out_of_reach() {
    registry_out_of_reach(Backend::sqlite())
}

#[test]
fn pg_registry_out_of_reach() {
    registry_out_of_reach(Backend::pg("e2e_registry_guard"))
}

/// Hot reload follows the registry too: a folder written for an identity
/// that is not active does not go live on save; once added it does, and
/// its saves reload.
#[test]
fn hot_reload_serves_identity_folders_only_while_active() {
    let app = |text: &str| {
        format!(
            "import {{ router }} from \"kitwork\"\nrouter.get(\"/\").handle(() => \"{text}\")\n"
        )
    };
    let root = Root::new("db-reload-registry");
    root.site("plain.test", &app("plain"));
    std::fs::create_dir_all(root.dir.join("tenants/ghost")).unwrap();
    let s = root.serve("cores: 1, hot_reload: true");
    root.write("tenants/ghost/ghost.test/app.kitwork.js", &app("ghost"));
    root.site("plain.test", &app("plain 2"));
    // Events are read in order: once plain.test reloaded, the ghost's
    // save has been seen (and must have been ignored).
    s.wait_log(
        false,
        &["reload tenant=plain.test generation="],
        Duration::from_secs(10),
    );
    assert_eq!(s.get("plain.test", "/").text(), "plain 2");
    assert_eq!(
        s.get("ghost.test", "/").status,
        404,
        "inactive identity served"
    );
    root.kitwork(&["tenant", "add", "ghost", "ghost.test"]);
    let live = poll(Duration::from_secs(10), || {
        (s.get("ghost.test", "/").text() == "ghost").then_some(())
    });
    assert!(live.is_some(), "ghost never went live once added");
    root.write("tenants/ghost/ghost.test/app.kitwork.js", &app("ghost 2"));
    let saved = poll(Duration::from_secs(10), || {
        (s.get("ghost.test", "/").text() == "ghost 2").then_some(())
    });
    assert!(
        saved.is_some(),
        "a save of an active identity's site did not reload"
    );
}
