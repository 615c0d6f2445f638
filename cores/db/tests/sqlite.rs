//! The SQLite backend on real files in temp dirs: values, builder
//! operations end to end, soft delete, transactions, concurrency,
//! durability across SIGKILL.

mod common;

use common::*;
use kitwork_db::builder::{Cond, Op, Query, Shape};
use kitwork_db::sqlite::Sqlite;
use kitwork_db::{Database, DbErrorKind, Dialect, SqlValue};
use std::future::Future;

const BIG: i64 = 9_007_199_254_740_993; // 2^53 + 1

fn build(q: &Query, op: Op, soft: bool) -> kitwork_db::builder::Built {
    q.build(&op, Dialect::Sqlite, soft).unwrap()
}

#[test]
fn values_round_trip() {
    let (_d, db) = fresh("values");
    exec(
        &db,
        "CREATE TABLE v (id INTEGER PRIMARY KEY, i INTEGER, f REAL, s TEXT, b BLOB, j JSON, \
         flag BOOLEAN, ts TIMESTAMP, dt DATETIME, n TEXT)",
    );
    let row = vec![
        ("i".to_string(), SqlValue::Int(BIG)),
        ("f".to_string(), SqlValue::Float(1.5)),
        ("s".to_string(), text("héllo ' \" \\ \0 end")),
        ("b".to_string(), SqlValue::Bytes(vec![0, 1, 2, 255, 0])),
        (
            "j".to_string(),
            SqlValue::Json(r#"{"a":[1,2],"b":null}"#.into()),
        ),
        ("flag".to_string(), SqlValue::Bool(true)),
        (
            "ts".to_string(),
            SqlValue::Timestamp("2026-01-02T03:04:05.678Z".into()),
        ),
        (
            "dt".to_string(),
            SqlValue::Timestamp("2026-01-02T03:04:05.000Z".into()),
        ),
        ("n".to_string(), SqlValue::Null),
    ];
    let q = Query::new("v");
    let created = rows(&db, &build(&q, Op::Create(row.clone()), false));
    let expect = vec![
        SqlValue::Int(1),
        SqlValue::Int(BIG),
        SqlValue::Float(1.5),
        text("héllo ' \" \\ \0 end"),
        SqlValue::Bytes(vec![0, 1, 2, 255, 0]),
        SqlValue::Json(r#"{"a":[1,2],"b":null}"#.into()),
        SqlValue::Bool(true),
        SqlValue::Timestamp("2026-01-02T03:04:05.678Z".into()),
        SqlValue::Timestamp("2026-01-02T03:04:05.000Z".into()),
        SqlValue::Null,
    ];
    assert_eq!(
        created.columns,
        vec!["id", "i", "f", "s", "b", "j", "flag", "ts", "dt", "n"]
    );
    assert_eq!(
        created.rows,
        vec![expect.clone()],
        "RETURNING * maps types too"
    );
    let read = rows(&db, &build(&q, Op::Find(SqlValue::Int(1)), false));
    assert_eq!(read.rows, vec![expect]);

    // SQLite's own forms of time are normalised to ISO; false reads false.
    exec(
        &db,
        "INSERT INTO v (id, flag, ts, dt) VALUES (2, 0, '2026-03-04 05:06:07', 1767225600)",
    );
    let r = block_on(db.query("SELECT flag, ts, dt FROM v WHERE id = 2", &[])).unwrap();
    assert_eq!(
        r.rows[0],
        vec![
            SqlValue::Bool(false),
            SqlValue::Timestamp("2026-03-04T05:06:07.000Z".into()),
            SqlValue::Timestamp("2026-01-01T00:00:00.000Z".into()),
        ]
    );
    // Extremes of i64 and float.
    let r = block_on(db.query(
        "SELECT ?1, ?2, ?3",
        &[
            SqlValue::Int(i64::MAX),
            SqlValue::Int(i64::MIN),
            SqlValue::Float(-0.25),
        ],
    ))
    .unwrap();
    assert_eq!(
        r.rows[0],
        vec![
            SqlValue::Int(i64::MAX),
            SqlValue::Int(i64::MIN),
            SqlValue::Float(-0.25)
        ]
    );
}

fn seed_users(db: &Database, soft: bool) {
    exec(
        db,
        &format!(
            "CREATE TABLE \"user\" (id INTEGER PRIMARY KEY, name TEXT NOT NULL, role TEXT, \
             price INTEGER, visits INTEGER{})",
            if soft { ", deleted_at TIMESTAMP" } else { "" }
        ),
    );
    let rows: Vec<_> = [
        ("ann", "admin", 700),
        ("bob", "user", 100),
        ("cy", "admin", 300),
        ("di", "user", 900),
    ]
    .iter()
    .map(|(n, r, p)| {
        vec![
            ("name".to_string(), text(n)),
            ("role".to_string(), text(r)),
            ("price".to_string(), SqlValue::Int(*p)),
        ]
    })
    .collect();
    let out = rows_of(db, &build(&Query::new("user"), Op::Insert(rows), soft));
    assert_eq!(out.rows.len(), 4);
}

fn rows_of(db: &Database, b: &kitwork_db::builder::Built) -> kitwork_db::Rows {
    rows(db, b)
}

fn one(db: &Database, q: &Query, op: Op, soft: bool) -> SqlValue {
    let b = build(q, op, soft);
    let r = rows(db, &b);
    r.rows
        .first()
        .and_then(|r| r.first().cloned())
        .unwrap_or(SqlValue::Null)
}

#[test]
fn builder_end_to_end() {
    let (_d, db) = fresh("e2e");
    seed_users(&db, false);
    let cols = block_on(db.columns("user")).unwrap();
    assert!(!cols.contains(&"deleted_at".to_string()));
    let mut q = Query::new("user");
    q.wheres.push(
        kitwork_db::lambda::translate(
            r#"u => u.price > 500 && u.role == "admin""#,
            "app.js",
            1,
            1,
            &mut |_| None,
        )
        .unwrap(),
    );
    let r = rows(&db, &build(&q, Op::List(None), false));
    assert_eq!(r.rows.len(), 1);
    assert_eq!(r.rows[0][1], text("ann"));
    assert_eq!(
        one(&db, &Query::new("user"), Op::Count, false),
        SqlValue::Int(4)
    );
    assert_eq!(
        one(&db, &Query::new("user"), Op::Sum("price".into()), false),
        SqlValue::Int(2000)
    );
    assert_eq!(
        one(&db, &Query::new("user"), Op::Avg("price".into()), false),
        SqlValue::Float(500.0)
    );
    assert_eq!(
        one(&db, &Query::new("user"), Op::Max("price".into()), false),
        SqlValue::Int(900)
    );
    let b = build(&q, Op::Exists, false);
    assert_eq!(b.shape, Shape::Exists);
    assert_eq!(rows(&db, &b).rows.len(), 1);
    // first / last by id, and by sort.
    assert_eq!(
        rows(&db, &build(&Query::new("user"), Op::Last, false)).rows[0][1],
        text("di")
    );
    let mut sorted = Query::new("user");
    sorted
        .sort
        .push(("price".into(), kitwork_db::builder::Order::Asc));
    assert_eq!(
        rows(&db, &build(&sorted, Op::First, false)).rows[0][1],
        text("bob")
    );
    assert_eq!(
        rows(&db, &build(&sorted, Op::Last, false)).rows[0][1],
        text("di")
    );
    // auto-IN / LIKE through the object form.
    let mut q = Query::new("user");
    q.wheres
        .push(Cond::from_pairs(vec![("name", text("%n%"))]).unwrap());
    assert_eq!(rows(&db, &build(&q, Op::List(None), false)).rows.len(), 1);
    let mut q = Query::new("user");
    q.wheres
        .push(Cond::from_pairs(vec![("id", SqlValue::Json("[1,3,99]".into()))]).unwrap());
    assert_eq!(rows(&db, &build(&q, Op::List(None), false)).rows.len(), 2);
    // update returns the rows, increment adds.
    let mut q = Query::new("user");
    q.wheres.push(Cond::eq("role", text("user")).unwrap());
    let r = rows(
        &db,
        &build(&q, Op::Update(vec![("role".into(), text("member"))]), false),
    );
    assert_eq!(r.rows.len(), 2);
    let r = rows(
        &db,
        &build(&q, Op::Increment("visits".into(), SqlValue::Int(1)), false),
    );
    assert_eq!(r.rows.len(), 0, "nobody is role=user any more");
    let mut q = Query::new("user");
    q.wheres.push(Cond::eq("id", SqlValue::Int(1)).unwrap());
    rows(
        &db,
        &build(&q, Op::Increment("visits".into(), SqlValue::Int(5)), false),
    );
    let r = rows(
        &db,
        &build(&q, Op::Increment("visits".into(), SqlValue::Int(2)), false),
    );
    assert_eq!(r.rows[0][4], SqlValue::Int(7));
    // delete without deleted_at is a hard delete.
    match run(&db, &build(&q, Op::Delete, false)).unwrap() {
        Out::Affected(n) => assert_eq!(n, 1),
        o => panic!("{o:?}"),
    }
    assert_eq!(count(&db, "user"), 3);
}

#[test]
fn soft_delete() {
    let (_d, db) = fresh("soft");
    seed_users(&db, true);
    let soft = block_on(db.columns("user"))
        .unwrap()
        .iter()
        .any(|c| c == "deleted_at");
    assert!(soft);
    let mut q = Query::new("user");
    q.wheres.push(Cond::eq("role", text("admin")).unwrap());
    assert_eq!(
        run(&db, &build(&q, Op::Delete, soft)).unwrap(),
        Out::Affected(2)
    );
    // Deleting again changes nothing: already deleted.
    assert_eq!(
        run(&db, &build(&q, Op::Delete, soft)).unwrap(),
        Out::Affected(0)
    );
    assert_eq!(count(&db, "user"), 4, "rows are kept");
    assert_eq!(
        one(&db, &Query::new("user"), Op::Count, soft),
        SqlValue::Int(2)
    );
    assert_eq!(
        rows(&db, &build(&Query::new("user"), Op::List(None), soft))
            .rows
            .len(),
        2
    );
    assert!(rows(
        &db,
        &build(&Query::new("user"), Op::Find(SqlValue::Int(1)), soft)
    )
    .rows
    .is_empty());
    // deleted_at is an ISO timestamp.
    let r = block_on(db.query("SELECT deleted_at FROM \"user\" WHERE id = 1", &[])).unwrap();
    match &r.rows[0][0] {
        SqlValue::Timestamp(s) => assert!(s.ends_with('Z') && s.len() == 24, "{s}"),
        v => panic!("{v:?}"),
    }
    // update skips soft-deleted rows; destroy removes them.
    let r = rows(
        &db,
        &build(
            &q,
            Op::Update(vec![("price".into(), SqlValue::Int(1))]),
            soft,
        ),
    );
    assert!(r.rows.is_empty());
    assert_eq!(
        run(&db, &build(&q, Op::Destroy, soft)).unwrap(),
        Out::Affected(2)
    );
    assert_eq!(count(&db, "user"), 2);
}

#[test]
fn writes_without_where_refused_and_nothing_changes() {
    let (_d, db) = fresh("nowhere");
    seed_users(&db, false);
    let q = Query::new("user");
    for op in [
        Op::Update(vec![("role".into(), text("x"))]),
        Op::Delete,
        Op::Destroy,
    ] {
        let e = q.build(&op, Dialect::Sqlite, false).unwrap_err();
        assert_eq!(e.kind, DbErrorKind::Refused);
    }
    assert_eq!(count(&db, "user"), 4);
}

#[test]
fn transactions_commit_rollback_drop() {
    let (_d, db) = fresh("tx");
    exec(&db, "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
    block_on(async {
        let mut tx = db.begin().await.unwrap();
        tx.execute("INSERT INTO t (v) VALUES (?1)", &[text("a")])
            .await
            .unwrap();
        // Inside: visible to the transaction.
        let r = tx.query("SELECT COUNT(*) FROM t", &[]).await.unwrap();
        assert_eq!(r.rows[0][0], SqlValue::Int(1));
        tx.commit().await.unwrap();
        assert_eq!(count(&db, "t"), 1);

        let mut tx = db.begin().await.unwrap();
        tx.execute("INSERT INTO t (v) VALUES (?1)", &[text("b")])
            .await
            .unwrap();
        tx.rollback().await.unwrap();
        assert_eq!(count(&db, "t"), 1);

        let mut tx = db.begin().await.unwrap();
        tx.execute("INSERT INTO t (v) VALUES (?1)", &[text("c")])
            .await
            .unwrap();
        drop(tx);
        // The writer is clean again: a new transaction and a plain write work.
        assert_eq!(count(&db, "t"), 1);
        let mut tx = db.begin().await.unwrap();
        tx.execute("INSERT INTO t (v) VALUES (?1)", &[text("d")])
            .await
            .unwrap();
        tx.commit().await.unwrap();
        db.execute("INSERT INTO t (v) VALUES (?1)", &[text("e")])
            .await
            .unwrap();
        let r = db.query("SELECT v FROM t ORDER BY id", &[]).await.unwrap();
        let vs: Vec<_> = r.rows.into_iter().map(|mut r| r.remove(0)).collect();
        assert_eq!(vs, vec![text("a"), text("d"), text("e")]);

        // An error inside a transaction leaves it usable.
        let mut tx = db.begin().await.unwrap();
        assert!(tx
            .execute("INSERT INTO nope VALUES (1)", &[])
            .await
            .is_err());
        tx.execute("INSERT INTO t (v) VALUES (?1)", &[text("f")])
            .await
            .unwrap();
        tx.commit().await.unwrap();
        assert_eq!(count(&db, "t"), 4);
    });
}

#[test]
fn savepoints() {
    let (_d, db) = fresh("sp");
    exec(&db, "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
    block_on(async {
        let mut tx = db.begin().await.unwrap();
        tx.execute("INSERT INTO t (v) VALUES ('outer')", &[])
            .await
            .unwrap();
        tx.savepoint(1).await.unwrap();
        tx.execute("INSERT INTO t (v) VALUES ('inner-kept')", &[])
            .await
            .unwrap();
        tx.savepoint(2).await.unwrap();
        tx.execute("INSERT INTO t (v) VALUES ('inner-undone')", &[])
            .await
            .unwrap();
        tx.rollback_to(2).await.unwrap();
        tx.release(1).await.unwrap();
        tx.commit().await.unwrap();
    });
    let r = block_on(db.query("SELECT v FROM t ORDER BY id", &[])).unwrap();
    let vs: Vec<_> = r.rows.into_iter().map(|mut r| r.remove(0)).collect();
    assert_eq!(vs, vec![text("outer"), text("inner-kept")]);
}

#[test]
fn concurrent_read_modify_write_loses_nothing() {
    let (_d, db) = fresh("conc");
    exec(
        &db,
        "CREATE TABLE c (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)",
    );
    exec(&db, "INSERT INTO c (id, n) VALUES (1, 0)");
    let Database::Sqlite(handle) = &db else {
        unreachable!()
    };
    let threads = 4;
    let per = 50;
    std::thread::scope(|s| {
        for _ in 0..threads {
            // The handle crosses threads; the Database around it (which
            // may hold a shard-local PostgreSQL pool) is made on each.
            let handle = handle.clone();
            s.spawn(move || {
                let db = Database::Sqlite(handle);
                block_on(async {
                    for _ in 0..per {
                        let mut tx = db.begin().await.unwrap();
                        let r = tx.query("SELECT n FROM c WHERE id = 1", &[]).await.unwrap();
                        let SqlValue::Int(n) = r.rows[0][0] else {
                            panic!()
                        };
                        tx.execute("UPDATE c SET n = ?1 WHERE id = 1", &[SqlValue::Int(n + 1)])
                            .await
                            .unwrap();
                        tx.commit().await.unwrap();
                    }
                })
            });
        }
        // Readers run meanwhile and never see a torn value.
        let handle = handle.clone();
        s.spawn(move || {
            let db = Database::Sqlite(handle);
            block_on(async {
                for _ in 0..100 {
                    let r = db.query("SELECT n FROM c WHERE id = 1", &[]).await.unwrap();
                    assert!(matches!(r.rows[0][0], SqlValue::Int(n) if (0..=200).contains(&n)));
                }
            })
        });
    });
    let r = block_on(db.query("SELECT n FROM c", &[])).unwrap();
    assert_eq!(r.rows[0][0], SqlValue::Int((threads * per) as i64));
}

#[test]
fn many_tasks_on_one_thread_interleave() {
    // Many transactions awaited concurrently on one executor thread: the
    // writer serves them one after another, none blocks the executor.
    let (_d, db) = fresh("tasks");
    exec(
        &db,
        "CREATE TABLE c (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)",
    );
    exec(&db, "INSERT INTO c (id, n) VALUES (1, 0)");
    let futs: Vec<_> = (0..20)
        .map(|_| {
            let db = &db;
            async move {
                let mut tx = db.begin().await.unwrap();
                let r = tx.query("SELECT n FROM c WHERE id = 1", &[]).await.unwrap();
                let SqlValue::Int(n) = r.rows[0][0] else {
                    panic!()
                };
                tx.execute("UPDATE c SET n = ?1 WHERE id = 1", &[SqlValue::Int(n + 1)])
                    .await
                    .unwrap();
                tx.commit().await.unwrap();
            }
        })
        .collect();
    // Poll all of them together (a join_all): each waits for the writer.
    let mut futs: Vec<_> = futs.into_iter().map(|f| Some(Box::pin(f))).collect();
    block_on(futures_lite::future::poll_fn(|cx| {
        let mut pending = false;
        for slot in futs.iter_mut() {
            if let Some(f) = slot {
                if f.as_mut().poll(cx).is_ready() {
                    *slot = None;
                } else {
                    pending = true;
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    }));
    let r = block_on(db.query("SELECT n FROM c", &[])).unwrap();
    assert_eq!(r.rows[0][0], SqlValue::Int(20));
}

#[test]
fn raw_sql_is_confined() {
    let (d, db) = fresh("confined");
    exec(&db, "CREATE TABLE t (id INTEGER PRIMARY KEY)");
    // Transaction control outside db.transaction is undone and refused.
    let e = block_on(db.execute("BEGIN", &[])).unwrap_err();
    assert_eq!(e.kind, DbErrorKind::Refused);
    let e = block_on(db.query("BEGIN", &[])).unwrap_err();
    assert_eq!(e.kind, DbErrorKind::Refused);
    exec(&db, "INSERT INTO t (id) VALUES (1)");
    // COMMIT inside a transaction is refused; the transaction goes on.
    block_on(async {
        let mut tx = db.begin().await.unwrap();
        tx.execute("INSERT INTO t (id) VALUES (2)", &[])
            .await
            .unwrap();
        assert!(tx.execute("COMMIT", &[]).await.is_err());
        tx.execute("INSERT INTO t (id) VALUES (3)", &[])
            .await
            .unwrap();
        tx.rollback().await.unwrap();
    });
    // id 2 was committed by the raw COMMIT, id 3 was rolled back.
    assert_eq!(count(&db, "t"), 2);
    // ATTACH is disabled; two statements in one call are refused.
    let other = d.file("other.db");
    let e = block_on(db.execute(&format!("ATTACH DATABASE '{}' AS o", other.display()), &[]));
    assert!(e.is_err());
    assert!(!other.exists());
    let vac = d.file("copy.db");
    let e = block_on(db.execute(&format!("VACUUM INTO '{}'", vac.display()), &[]));
    assert!(e.is_err());
    assert!(!vac.exists());
    // Pragmas: reads work, settings are refused.
    for p in [
        "PRAGMA synchronous=OFF",
        "PRAGMA journal_mode=DELETE",
        "PRAGMA writable_schema=ON",
        "PRAGMA foreign_keys=OFF",
    ] {
        assert!(block_on(db.execute(p, &[])).is_err(), "{p}");
        assert!(block_on(db.query(p, &[])).is_err(), "{p}");
    }
    let r = block_on(db.query("PRAGMA synchronous", &[])).unwrap();
    assert_eq!(r.rows[0][0], SqlValue::Int(2));
    let r = block_on(db.query("PRAGMA table_info(t)", &[])).unwrap();
    assert_eq!(r.rows.len(), 1);
    assert!(block_on(db.execute("INSERT INTO t (id) VALUES (9); DROP TABLE t", &[])).is_err());
    assert_eq!(count(&db, "t"), 2);
    // Parameter count mismatch is an error, not a NULL.
    assert!(block_on(db.query("SELECT ?1, ?2", &[SqlValue::Int(1)])).is_err());
}

#[test]
fn columns_cache_follows_schema_changes() {
    let (_d, db) = fresh("columns");
    assert_eq!(block_on(db.columns("t")).unwrap(), Vec::<String>::new());
    exec(&db, "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)");
    assert_eq!(block_on(db.columns("t")).unwrap(), vec!["id", "a"]);
    exec(&db, "ALTER TABLE t ADD COLUMN deleted_at TIMESTAMP");
    assert_eq!(
        block_on(db.columns("t")).unwrap(),
        vec!["id", "a", "deleted_at"]
    );
    assert_eq!(
        block_on(db.columns("t; x")).unwrap_err().kind,
        DbErrorKind::Refused
    );
}

#[test]
fn reopen_keeps_data_and_handles_are_cheap() {
    let dir = TempDir::new("reopen");
    let path = dir.file("nested/deeper/x.db");
    {
        let s = Sqlite::open(&path).unwrap();
        let s2 = s.clone();
        let db = Database::Sqlite(s2);
        exec(&db, "CREATE TABLE t (v TEXT)");
        exec(&db, "INSERT INTO t VALUES ('kept')");
        drop(s);
    }
    let db = Database::Sqlite(Sqlite::open(&path).unwrap());
    assert_eq!(count(&db, "t"), 1);
    let r = block_on(db.query("PRAGMA journal_mode", &[])).unwrap();
    assert_eq!(r.rows[0][0], text("wal"));
    let r = block_on(db.query("PRAGMA synchronous", &[])).unwrap();
    assert_eq!(r.rows[0][0], SqlValue::Int(2), "FULL");
}

/// The child half of `committed_writes_survive_sigkill`.
#[test]
fn sigkill_child() {
    let Ok(path) = std::env::var("KITWORK_DB_SIGKILL_CHILD") else {
        return;
    };
    let db = Database::Sqlite(Sqlite::open(&path).unwrap());
    exec(&db, "CREATE TABLE t (v INTEGER)");
    block_on(async {
        for i in 0..50 {
            let mut tx = db.begin().await.unwrap();
            tx.execute("INSERT INTO t VALUES (?1)", &[SqlValue::Int(i)])
                .await
                .unwrap();
            tx.commit().await.unwrap();
        }
    });
    println!("COMMITTED");
    use std::io::Write;
    std::io::stdout().flush().unwrap();
    std::thread::sleep(std::time::Duration::from_secs(60));
}

#[test]
fn committed_writes_survive_sigkill() {
    use std::io::BufRead;
    let dir = TempDir::new("sigkill");
    let path = dir.file("k.db");
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "sigkill_child",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("KITWORK_DB_SIGKILL_CHILD", &path)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let out = child.stdout.take().unwrap();
    let mut saw = false;
    for line in std::io::BufReader::new(out).lines() {
        if line.unwrap().contains("COMMITTED") {
            saw = true;
            break;
        }
    }
    assert!(saw, "the child did not commit");
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let db = Database::Sqlite(Sqlite::open(&path).unwrap());
    assert_eq!(count(&db, "t"), 50);
}

#[test]
fn idle_transaction_is_rolled_back_and_frees_the_writer() {
    let dir = TempDir::new("idle");
    let s = Sqlite::open_with_options(
        dir.file("i.db"),
        kitwork_db::sqlite::SqliteOptions {
            readers: 1,
            tx_idle: std::time::Duration::from_millis(200),
            ..Default::default()
        },
    )
    .unwrap();
    let db = Database::Sqlite(s);
    exec(&db, "CREATE TABLE t (v INTEGER)");
    block_on(async {
        let mut tx = db.begin().await.unwrap();
        tx.execute("INSERT INTO t VALUES (1)", &[]).await.unwrap();
        // Another writer waits for the held writer, then gets it once the
        // idle transaction was rolled back.
        let started = std::time::Instant::now();
        db.execute("INSERT INTO t VALUES (2)", &[]).await.unwrap();
        assert!(started.elapsed() >= std::time::Duration::from_millis(150));
        let e = tx
            .execute("INSERT INTO t VALUES (3)", &[])
            .await
            .unwrap_err();
        assert_eq!(e.kind, DbErrorKind::Timeout);
        assert!(tx.commit().await.is_err());
    });
    let r = block_on(db.query("SELECT v FROM t", &[])).unwrap();
    assert_eq!(r.rows, vec![vec![SqlValue::Int(2)]]);
}

/// A handle opened with `guard_registry` (tenants' handle on the system
/// database) reaches none of the registry's tables, even through a view
/// or a pragma; the host's handle on the same file does.
#[test]
fn guarded_handle_is_denied_the_registry() {
    let (d, host) = fresh("guard");
    block_on(kitwork_db::registry::migrate(&host)).unwrap();
    exec(
        &host,
        "CREATE VIEW everyone AS SELECT identity FROM tenants",
    );
    exec(&host, "CREATE TABLE mine (id INTEGER PRIMARY KEY)");
    let opts = kitwork_db::sqlite::SqliteOptions {
        guard_registry: true,
        ..Default::default()
    };
    let guarded =
        Database::Sqlite(Sqlite::open_with_options(d.file("data/app.db"), opts).expect("open"));
    for sql in [
        "SELECT * FROM tenants",
        "SELECT * FROM main.TENANTS",
        "SELECT * FROM everyone",
        "SELECT * FROM kitwork_schema",
        "PRAGMA table_info(tenants)",
        "UPDATE tenants SET active = 1",
        "DELETE FROM kitwork_schema",
        "DROP TABLE tenants",
        "ALTER TABLE tenants RENAME TO t2",
    ] {
        let e = block_on(guarded.query(sql, &[]));
        assert!(e.is_err(), "{sql}: {e:?}");
    }
    exec(&guarded, "INSERT INTO mine (id) VALUES (1)");
    assert_eq!(count(&guarded, "mine"), 1);
    // A trigger's body is checked when it fires, on the guarded handle.
    exec(
        &guarded,
        "CREATE TRIGGER t AFTER INSERT ON mine BEGIN \
         INSERT INTO tenants (identity, created_at, updated_at) VALUES ('evil', '', ''); END",
    );
    assert!(block_on(guarded.execute("INSERT INTO mine (id) VALUES (2)", &[])).is_err());
    assert_eq!(count(&guarded, "mine"), 1);
    assert_eq!(count(&host, "tenants"), 0);
}
