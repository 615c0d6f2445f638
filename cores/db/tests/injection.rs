//! An injection corpus through values, table and column names and lambda
//! bodies, run against a real SQLite file: every case is refused or
//! harmless, checked by the victim table still holding its rows.

mod common;

use common::*;
use kitwork_db::builder::{raw, Cond, Op, Order, Query};
use kitwork_db::lambda::translate;
use kitwork_db::{Database, DbErrorKind, Dialect, SqlValue};

const VALUES: &[&str] = &[
    "' OR 1=1 --",
    "'; DROP TABLE victim; --",
    "\"; DROP TABLE victim; --",
    "1; DELETE FROM victim",
    "?1",
    "$1",
    "\\'; DROP TABLE victim; --",
    "%' OR '1'='1",
    "x') OR ('1'='1",
    "\0'; DROP TABLE victim",
    "*/ DROP TABLE victim /*",
];

const NAMES: &[&str] = &[
    "user; DROP TABLE x",
    "victim; DROP TABLE victim",
    "a\"b",
    "a\" = 1 OR \"1",
    "name\"; DROP TABLE victim; --",
    "victim\" WHERE 1=1 --",
    "1=1",
    "*",
    "name--",
    "name/**/",
    "name) OR (1=1",
    "victim.name.x",
    "",
    " name",
    "naïve",
];

fn setup() -> (TempDir, Database) {
    let (d, db) = fresh("inject");
    exec(
        &db,
        "CREATE TABLE victim (id INTEGER PRIMARY KEY, name TEXT, secret TEXT, deleted_at TIMESTAMP)",
    );
    exec(&db, "CREATE TABLE x (id INTEGER PRIMARY KEY)");
    exec(
        &db,
        "INSERT INTO victim (name, secret) VALUES ('ann', 's1'), ('bob', 's2')",
    );
    exec(&db, "INSERT INTO x (id) VALUES (1)");
    (d, db)
}

fn intact(db: &Database) {
    assert_eq!(count(db, "victim"), 2, "victim lost rows");
    assert_eq!(count(db, "x"), 1, "x lost rows");
    let r = block_on(db.query("SELECT name, secret FROM victim ORDER BY id", &[])).unwrap();
    assert_eq!(
        r.rows,
        vec![vec![text("ann"), text("s1")], vec![text("bob"), text("s2")]],
        "victim rows changed"
    );
}

/// Runs whatever the builder produced; errors from the database are fine
/// (the point is that nothing else happened).
fn try_run(db: &Database, q: &Query, op: Op) {
    if let Ok(b) = q.build(&op, Dialect::Sqlite, true) {
        let _ = run(db, &b);
    }
}

#[test]
fn values_are_only_data() {
    let (_d, db) = setup();
    for v in VALUES {
        // Reads match nothing (no row is named like that).
        let mut q = Query::new("victim");
        q.wheres.push(Cond::eq("name", text(v)).unwrap());
        let b = q.build(&Op::List(None), Dialect::Sqlite, true).unwrap();
        assert!(
            v.len() < 4 || !b.sql.contains(v),
            "{v} spliced into {}",
            b.sql
        );
        assert_eq!(b.params.last(), Some(&text(v)));
        let r = rows(&db, &b);
        // A value with % is a LIKE pattern: still no row matches these.
        assert!(r.rows.is_empty(), "{v} matched rows");
        // Writes with the value as data store it verbatim.
        let row = vec![("name".to_string(), text(v))];
        let mut w = Query::new("victim");
        w.wheres.push(Cond::eq("id", SqlValue::Int(999)).unwrap());
        try_run(&db, &w, Op::Update(row.clone()));
        try_run(&db, &w, Op::Delete);
        try_run(&db, &w, Op::Destroy);
        // Lambda with a captured hostile value.
        let c = translate("u => u.name == v", "a.js", 1, 1, &mut |_| Some(text(v))).unwrap();
        let mut q = Query::new("victim");
        q.wheres.push(c);
        assert!(rows(
            &db,
            &q.build(&Op::List(None), Dialect::Sqlite, true).unwrap()
        )
        .rows
        .is_empty());
        // Raw SQL with the value as a parameter.
        let b = raw(
            "SELECT * FROM victim WHERE name = ?",
            vec![text(v)],
            Dialect::Sqlite,
        )
        .unwrap();
        assert!(rows(&db, &b).rows.is_empty());
    }
    intact(&db);
    // And they round trip verbatim through a scratch table.
    exec(&db, "CREATE TABLE scratch (id INTEGER PRIMARY KEY, v TEXT)");
    for v in VALUES {
        let b = Query::new("scratch")
            .build(
                &Op::Create(vec![("v".into(), text(v))]),
                Dialect::Sqlite,
                false,
            )
            .unwrap();
        let r = rows(&db, &b);
        assert_eq!(r.rows[0][1], text(v));
    }
    intact(&db);
}

#[test]
fn names_are_refused() {
    let (_d, db) = setup();
    for n in NAMES {
        let ops = || {
            vec![
                Op::List(None),
                Op::First,
                Op::Count,
                Op::Sum((*n).into()),
                Op::Create(vec![((*n).into(), SqlValue::Int(1))]),
                Op::Update(vec![((*n).into(), SqlValue::Int(1))]),
                Op::Increment((*n).into(), SqlValue::Int(1)),
                Op::Delete,
                Op::Destroy,
            ]
        };
        // As a table.
        let mut q = Query::new(*n);
        q.wheres.push(Cond::eq("id", SqlValue::Int(1)).unwrap());
        for op in ops() {
            let e = q.build(&op, Dialect::Sqlite, true).unwrap_err();
            assert_eq!(e.kind, DbErrorKind::Refused, "table {n:?} {op:?}");
            assert!(q.build(&op, Dialect::Postgres, true).is_err());
        }
        // As a column: in a where, a sort, a select, a write.
        let mut q = Query::new("victim");
        q.wheres.push(Cond::eq(*n, SqlValue::Int(1)).unwrap());
        for op in ops() {
            assert_eq!(
                q.build(&op, Dialect::Sqlite, true).unwrap_err().kind,
                DbErrorKind::Refused,
                "column {n:?} {op:?}"
            );
        }
        let mut q = Query::new("victim");
        q.sort.push(((*n).into(), Order::Asc));
        assert!(q.build(&Op::List(None), Dialect::Sqlite, true).is_err());
        let mut q = Query::new("victim");
        q.select.push((*n).into());
        assert!(q.build(&Op::List(None), Dialect::Sqlite, true).is_err());
        let mut q = Query::new("victim");
        q.wheres.push(Cond::eq("id", SqlValue::Int(1)).unwrap());
        assert!(q
            .build(
                &Op::Update(vec![((*n).into(), text("x"))]),
                Dialect::Sqlite,
                true
            )
            .is_err());
        // As the table of columns().
        assert!(block_on(db.columns(n)).is_err(), "columns({n:?})");
        // In a lambda, as a computed member.
        let src = format!("u => u[{}] == 1", serde_json_string(n));
        assert!(
            translate(&src, "a.js", 1, 1, &mut |_| None).is_err(),
            "{src}"
        );
    }
    intact(&db);
}

fn serde_json_string(s: &str) -> String {
    // A JS string literal of `s` (JSON strings are JS strings).
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\0' => out.push_str("\\u0000"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[test]
fn lambda_bodies_are_refused_or_harmless() {
    let (_d, db) = setup();
    let refused = [
        r#"u => u.name == "x" || 1 == 1"#,
        r#"u => u.name == "x" || true == true"#,
        r#"u => u.name == "x" || "a" == "a""#,
        r#"u => u.name == dropTable("victim")"#,
        r#"u => u.name == db.raw("DROP TABLE victim")"#,
        r#"u => eval("1") == u.id"#,
        r#"u => u.name == `${"' OR 1=1 --"}`"#,
        r#"u => u.id == u.id + 1"#,
        r#"u => (u.name = "x") == "x""#,
        r#"u => { u.name = "x"; return true }"#,
        r#"u => u.name == "x"; DROP TABLE victim; --"#,
        r#"u => u.name == "x" /* */ ) || (1"#,
        r#"u => u["name\"; DROP TABLE victim; --"] == 1"#,
        r#"u => u.constructor.constructor("return 1")() == 1"#,
        r#"u => new Function("x") == u.id"#,
        r#"u => u.id in [1]"#,
        r#"u => typeof u.id == "number""#,
        r#"u => [...u] == 1"#,
    ];
    for src in refused {
        let e = translate(src, "app.js", 4, 2, &mut |n| {
            (n == "db").then_some(SqlValue::Int(1))
        });
        match e {
            Err(e) => {
                assert_eq!(e.kind, DbErrorKind::Refused, "{src}");
                assert!(e.message.starts_with("app.js:"), "{src}: {}", e.message);
            }
            Ok(c) => panic!("{src} translated to {c:?}"),
        }
    }
    // Allowed forms whose strings are only ever values.
    let harmless = [
        r#"u => u.name == "' OR 1=1 --""#,
        r#"u => u.name == "x\"; DROP TABLE victim; --""#,
        r#"u => u.name == `'; DROP TABLE victim; --`"#,
        r#"u => u.secret != "s1" && u.name == "Robert'); DROP TABLE victim;--""#,
        r#"u => u.name == ["' OR 1=1", "x"]"#,
        r#"u => u.name == "%' OR '1'='1""#,
        r#"u => u.name == null || u.name == "--""#,
    ];
    for src in harmless {
        let c =
            translate(src, "app.js", 1, 1, &mut |_| None).unwrap_or_else(|e| panic!("{src}: {e}"));
        let mut q = Query::new("victim");
        q.wheres.push(c);
        for op in [
            Op::List(None),
            Op::Count,
            Op::Update(vec![("secret".into(), text("pwned"))]),
            Op::Delete,
            Op::Destroy,
        ] {
            let b = q.build(&op, Dialect::Sqlite, true).unwrap();
            assert!(
                !b.sql.contains("DROP") && !b.sql.contains("OR 1=1"),
                "{}",
                b.sql
            );
            let _ = run(&db, &b);
        }
    }
    intact(&db);
}

#[test]
fn raw_sql_cannot_smuggle_a_second_statement() {
    let (_d, db) = setup();
    for sql in [
        "SELECT * FROM victim WHERE name = ?; DROP TABLE victim",
        "SELECT 1; DELETE FROM victim",
    ] {
        let n = sql.matches('?').count();
        if let Ok(b) = raw(sql, vec![text("ann"); n], Dialect::Sqlite) {
            assert!(run(&db, &b).is_err(), "{sql}");
        }
    }
    intact(&db);
}
