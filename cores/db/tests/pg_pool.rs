//! The pool and transactions against a real server: statement cache, the
//! bound on connections, commit / rollback / drop, no lost update.

mod support;

use std::rc::Rc;
use std::time::{Duration, Instant};

use kitwork_db::pg::testing::Cluster;
use kitwork_db::pg::{PgConfig, PgPool};
use kitwork_db::{Database, DbErrorKind, SqlValue};
use support::{one, run, text};
use SqlValue::*;

fn config(db: &str, pool_size: usize) -> PgConfig {
    PgConfig {
        pool_size,
        ..Cluster::shared().create_database(db)
    }
}

/// Lets detached tasks (a dropped transaction's rollback) run.
async fn settle(pool: &PgPool) {
    let start = Instant::now();
    while pool.stats().idle != pool.stats().open && start.elapsed() < Duration::from_secs(5) {
        glommio::timer::sleep(Duration::from_millis(5)).await;
    }
}

fn idle_in_transaction(db: &str) -> String {
    Cluster::shared().psql(&format!(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = '{db}' AND state LIKE 'idle in transaction%'"
    ))
}

#[test]
fn prepared_statements_are_cached_per_connection() {
    let pool = PgPool::new(config("pool_cache", 1));
    run(async move {
        for i in 0..10 {
            assert_eq!(
                one(pool.query("SELECT $1::int8 * 2", &[Int(i)]).await),
                Int(i * 2)
            );
        }
        assert_eq!(pool.stats().prepares, 1);
        assert_eq!(pool.stats().connects, 1);
        // The server holds one named statement for it.
        let named = one(
            pool.query("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE 'SELECT $1::int8%'", &[])
                .await,
        );
        assert_eq!(named, Int(1));
        // A failed statement leaves the cache and is prepared again.
        pool.execute("CREATE TABLE c (a int)", &[]).await.unwrap();
        assert!(pool.query("SELECT a FROM c", &[]).await.is_ok());
        pool.execute("DROP TABLE c", &[]).await.unwrap();
        pool.execute("CREATE TABLE c (a text)", &[]).await.unwrap();
        let before = pool.stats().prepares;
        let _ = pool.query("SELECT a FROM c", &[]).await; // stale plan may fail once
        assert!(pool.query("SELECT a FROM c", &[]).await.is_ok());
        assert!(pool.stats().prepares > before);
    });
}

#[test]
fn statement_cache_is_bounded() {
    let pool = PgPool::new(PgConfig {
        statement_cache: 4,
        ..config("pool_cache_bound", 1)
    });
    run(async move {
        for i in 0..20 {
            let sql = format!("SELECT {i}::int4 + $1");
            assert_eq!(one(pool.query(&sql, &[Int(1)]).await), Int(i + 1));
        }
        let held = one(pool
            .query("SELECT count(*) FROM pg_prepared_statements", &[])
            .await);
        // At most the cap (the counting statement itself included).
        assert!(matches!(held, Int(n) if n <= 4), "{held:?}");
    });
}

#[test]
fn columns_of_a_table() {
    let pool = PgPool::new(config("pool_columns", 2));
    run(async move {
        pool.execute(
            "CREATE TABLE people (id serial, name text, gone int, \"Mixed\" int, deleted_at timestamptz)",
            &[],
        )
        .await
        .unwrap();
        pool.execute("ALTER TABLE people DROP COLUMN gone", &[])
            .await
            .unwrap();
        let db = Database::Postgres(pool.clone());
        assert_eq!(
            db.columns("people").await.unwrap(),
            ["id", "name", "Mixed", "deleted_at"]
        );
        assert_eq!(db.columns("public.people").await.unwrap().len(), 4);
        let err = db.columns("nobody").await.unwrap_err();
        assert_eq!(err.kind, DbErrorKind::Query);
    });
}

#[test]
fn waiting_for_a_connection_is_bounded() {
    let pool = PgPool::new(PgConfig {
        acquire_timeout: Duration::from_millis(200),
        ..config("pool_bound", 2)
    });
    run(async move {
        let a = pool.begin().await.unwrap();
        let b = pool.begin().await.unwrap();
        assert_eq!(pool.stats().open, 2);
        let start = Instant::now();
        let err = pool.query("SELECT 1", &[]).await.unwrap_err();
        assert_eq!(err.kind, DbErrorKind::Timeout, "{err}");
        assert!(start.elapsed() >= Duration::from_millis(190));
        assert!(start.elapsed() < Duration::from_secs(2));
        assert_eq!(
            pool.begin().await.err().map(|e| e.kind),
            Some(DbErrorKind::Timeout)
        );
        a.commit().await.unwrap();
        assert_eq!(one(pool.query("SELECT 1", &[]).await), Int(1));
        // A waiter is served as soon as a connection comes back.
        let waiter = {
            let pool = pool.clone();
            glommio::spawn_local(async move { pool.query("SELECT 2", &[]).await })
        };
        let _hold = pool.begin().await.unwrap();
        glommio::timer::sleep(Duration::from_millis(50)).await;
        b.rollback().await.unwrap();
        assert_eq!(one(waiter.await), Int(2));
        assert_eq!(pool.stats().open, 2);
    });
}

#[test]
fn transactions_commit_rollback_and_drop() {
    let db = "pool_tx";
    let pool = PgPool::new(config(db, 3));
    run(async move {
        pool.execute("CREATE TABLE t (id int primary key, v text)", &[])
            .await
            .unwrap();
        // commit
        let mut tx = pool.begin().await.unwrap();
        tx.execute("INSERT INTO t VALUES (1, 'one')", &[])
            .await
            .unwrap();
        assert_eq!(one(tx.query("SELECT count(*) FROM t", &[]).await), Int(1));
        tx.commit().await.unwrap();
        // rollback
        let mut tx = pool.begin().await.unwrap();
        tx.execute("INSERT INTO t VALUES ($1, $2)", &[Int(2), text("two")])
            .await
            .unwrap();
        tx.rollback().await.unwrap();
        // drop: rolled back, the row lock released, the connection reused
        {
            let mut tx = pool.begin().await.unwrap();
            tx.execute("INSERT INTO t VALUES (3, 'three')", &[])
                .await
                .unwrap();
            tx.execute("UPDATE t SET v = 'locked' WHERE id = 1", &[])
                .await
                .unwrap();
        }
        settle(&pool).await;
        assert_eq!(idle_in_transaction(db), "0");
        let rows = pool
            .query("SELECT id, v FROM t ORDER BY id", &[])
            .await
            .unwrap();
        assert_eq!(rows.rows, vec![vec![Int(1), text("one")]]);
        // Through the contract's enums too.
        let d = Database::Postgres(pool.clone());
        let mut tx = d.begin().await.unwrap();
        tx.execute("UPDATE t SET v = 'uno' WHERE id = 1", &[])
            .await
            .unwrap();
        drop(tx);
        let mut tx = d.begin().await.unwrap(); // waits on no lock
        tx.execute("UPDATE t SET v = 'eins' WHERE id = 1", &[])
            .await
            .unwrap();
        tx.commit().await.unwrap();
        assert_eq!(one(d.query("SELECT v FROM t", &[]).await), text("eins"));
        // A failed statement aborts the transaction; commit says so.
        let mut tx = pool.begin().await.unwrap();
        tx.execute("INSERT INTO t VALUES (5, 'five')", &[])
            .await
            .unwrap();
        let dup = tx
            .execute("INSERT INTO t VALUES (1, 'dup')", &[])
            .await
            .unwrap_err();
        assert_eq!(dup.kind, DbErrorKind::Query);
        assert!(dup.message.contains("23505"), "{dup}");
        let err = tx.commit().await.unwrap_err();
        assert_eq!(err.kind, DbErrorKind::Query);
        assert_eq!(one(pool.query("SELECT count(*) FROM t", &[]).await), Int(1));
        settle(&pool).await;
        let s = pool.stats();
        assert_eq!(s.idle, s.open);
        assert!(s.open <= 3);
        assert_eq!(idle_in_transaction(db), "0");
    });
}

#[test]
fn many_dropped_transactions_leak_nothing() {
    let db = "pool_tx_drops";
    let pool = PgPool::new(config(db, 4));
    run(async move {
        pool.execute("CREATE TABLE t (id int)", &[]).await.unwrap();
        let mut tasks = Vec::new();
        for i in 0..50 {
            let pool = pool.clone();
            tasks.push(glommio::spawn_local(async move {
                let mut tx = pool.begin().await.unwrap();
                tx.execute("INSERT INTO t VALUES ($1)", &[Int(i)])
                    .await
                    .unwrap();
                if i % 2 == 0 {
                    tx.commit().await.unwrap();
                } // odd ones dropped
            }));
        }
        for t in tasks {
            t.await;
        }
        settle(&pool).await;
        let s = pool.stats();
        assert_eq!((s.idle, s.open), (s.open, s.open));
        assert!(s.open <= 4);
        assert_eq!(idle_in_transaction(db), "0");
        assert_eq!(
            one(pool.query("SELECT count(*) FROM t", &[]).await),
            Int(25)
        );
    });
}

#[test]
fn concurrent_read_modify_write_loses_no_update() {
    let pool = PgPool::new(PgConfig {
        acquire_timeout: Duration::from_secs(60),
        ..config("pool_rmw", 4)
    });
    run(async move {
        pool.execute("CREATE TABLE counter (id int primary key, n int8)", &[])
            .await
            .unwrap();
        pool.execute("INSERT INTO counter VALUES (1, 0)", &[])
            .await
            .unwrap();
        let pool = Rc::new(pool);
        let tasks: Vec<_> = (0..200)
            .map(|_| {
                let pool = pool.clone();
                glommio::spawn_local(async move {
                    let mut tx = pool.begin().await?;
                    let n = one(tx
                        .query("SELECT n FROM counter WHERE id = 1 FOR UPDATE", &[])
                        .await);
                    let Int(n) = n else { panic!("{n:?}") };
                    tx.execute("UPDATE counter SET n = $1 WHERE id = 1", &[Int(n + 1)])
                        .await?;
                    tx.commit().await
                })
            })
            .collect();
        for t in tasks {
            t.await.unwrap();
        }
        assert_eq!(
            one(pool.query("SELECT n FROM counter", &[]).await),
            Int(200)
        );
        assert!(pool.stats().open <= 4);
    });
}

#[test]
fn a_cancelled_query_does_not_hold_up_the_next() {
    let pool = PgPool::new(config("pool_cancel", 1));
    run(async move {
        assert_eq!(one(pool.query("SELECT 1", &[]).await), Int(1));
        let slow = glommio::timer::timeout(Duration::from_millis(100), async {
            Ok(pool.query("SELECT pg_sleep(30)", &[]).await)
        })
        .await;
        assert!(slow.is_err(), "timed out");
        // The connection it was on is dropped, not queued behind.
        let start = Instant::now();
        assert_eq!(one(pool.query("SELECT 2", &[]).await), Int(2));
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{:?}",
            start.elapsed()
        );
        assert_eq!(pool.stats().connects, 2);
        assert_eq!(pool.stats().open, 1);
        // And the server was told to cancel it.
        let sleeping = || async {
            one(pool
                .query("SELECT count(*) FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(30)' AND state = 'active'", &[])
                .await)
        };
        let start = Instant::now();
        while sleeping().await != Int(0) {
            assert!(
                start.elapsed() < Duration::from_secs(5),
                "the statement still runs"
            );
            glommio::timer::sleep(Duration::from_millis(20)).await;
        }
        // Same inside a transaction: the dropped transaction's connection
        // goes too, after its rollback or without it.
        let mut tx = pool.begin().await.unwrap();
        let slow = glommio::timer::timeout(Duration::from_millis(100), async {
            Ok(tx.query("SELECT pg_sleep(30)", &[]).await)
        })
        .await;
        assert!(slow.is_err());
        drop(tx);
        let start = Instant::now();
        assert_eq!(one(pool.query("SELECT 3", &[]).await), Int(3));
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{:?}",
            start.elapsed()
        );
    });
}

#[test]
fn one_pool_per_shard_on_two_executors() {
    let cfg = config("pool_shards", 2);
    run({
        let pool = PgPool::new(cfg.clone());
        async move {
            pool.execute("CREATE TABLE c (n int8)", &[]).await.unwrap();
            pool.execute("INSERT INTO c VALUES (0)", &[]).await.unwrap();
        }
    });
    let shards: Vec<_> = (0..2)
        .map(|_| {
            let cfg = cfg.clone();
            std::thread::spawn(move || {
                let pool = PgPool::new(cfg);
                run(async move {
                    for _ in 0..50 {
                        pool.execute("UPDATE c SET n = n + 1", &[]).await.unwrap();
                    }
                    pool.stats()
                })
            })
        })
        .collect();
    for s in shards {
        let stats = s.join().unwrap();
        assert!(stats.open <= 2 && stats.prepares <= 2, "{stats:?}");
    }
    let pool = PgPool::new(cfg);
    run(async move {
        assert_eq!(one(pool.query("SELECT n FROM c", &[]).await), Int(100));
    });
}
