//! PostgreSQL restarted under load: clean Connection errors while it is
//! down, then recovery without restarting anything on our side.

mod support;

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use kitwork_db::pg::testing::Cluster;
use kitwork_db::pg::{PgConfig, PgPool};
use kitwork_db::{DbError, DbErrorKind, SqlValue};
use support::run;

const UP: u8 = 0;
const DOWN: u8 = 1;
const BACK: u8 = 2;

#[derive(Default, Debug)]
struct Tally {
    ok_before: u64,
    ok_after: u64,
    connection_errors: u64,
    /// Errors of another kind, with their phase: must stay empty.
    other: Vec<(u8, String)>,
    /// When the last error happened.
    last_error: Option<Instant>,
}

impl Tally {
    fn record(&mut self, phase: u8, r: Result<(), DbError>) {
        match r {
            Ok(()) if phase == UP => self.ok_before += 1,
            Ok(()) => self.ok_after += 1,
            Err(e) if e.kind == DbErrorKind::Connection => {
                self.connection_errors += 1;
                self.last_error = Some(Instant::now());
            }
            Err(e) => {
                self.other.push((phase, e.to_string()));
                self.last_error = Some(Instant::now());
            }
        }
    }
}

#[test]
fn restart_mid_load_gives_connection_errors_then_recovers() {
    let cluster = Cluster::start();
    let phase = Arc::new(AtomicU8::new(UP));
    let pool = PgPool::new(PgConfig {
        pool_size: 4,
        connect_timeout: Duration::from_secs(1),
        acquire_timeout: Duration::from_secs(2),
        ..cluster.config()
    });
    std::thread::scope(|s| {
        s.spawn(|| {
            std::thread::sleep(Duration::from_millis(500));
            cluster.stop();
            phase.store(DOWN, Ordering::SeqCst);
            std::thread::sleep(Duration::from_millis(700));
            cluster.start_again();
            phase.store(BACK, Ordering::SeqCst);
        });
        run(async {
            pool.execute(
                "CREATE TABLE hits (task int, at timestamptz DEFAULT now())",
                &[],
            )
            .await
            .unwrap();
            let tally = Rc::new(RefCell::new(Tally::default()));
            let back_at = Rc::new(RefCell::new(None::<Instant>));
            let tasks: Vec<_> = (0..8)
                .map(|task| {
                    let (pool, tally, phase, back_at) =
                        (pool.clone(), tally.clone(), phase.clone(), back_at.clone());
                    glommio::spawn_local(async move {
                        loop {
                            let now_phase = phase.load(Ordering::SeqCst);
                            if now_phase == BACK {
                                let at = *back_at.borrow_mut().get_or_insert_with(Instant::now);
                                if at.elapsed() > Duration::from_secs(3) {
                                    break;
                                }
                            }
                            let r = if task % 2 == 0 {
                                pool.execute(
                                    "INSERT INTO hits (task) VALUES ($1)",
                                    &[SqlValue::Int(task)],
                                )
                                .await
                                .map(|_| ())
                            } else {
                                async {
                                    let mut tx = pool.begin().await?;
                                    tx.query("SELECT count(*) FROM hits", &[]).await?;
                                    tx.execute(
                                        "INSERT INTO hits (task) VALUES ($1)",
                                        &[SqlValue::Int(task)],
                                    )
                                    .await?;
                                    tx.commit().await
                                }
                                .await
                            };
                            tally.borrow_mut().record(now_phase, r);
                            glommio::timer::sleep(Duration::from_millis(5)).await;
                        }
                    })
                })
                .collect();
            for t in tasks {
                t.await;
            }
            // A fresh statement works on the new connections.
            let rows = pool.query("SELECT count(*) FROM hits", &[]).await.unwrap();
            assert!(matches!(rows.rows[0][0], SqlValue::Int(n) if n > 20));
            let t = tally.borrow();
            let back = back_at.borrow().expect("the server came back");
            assert!(t.ok_before > 10, "{t:?}");
            assert!(t.connection_errors > 0, "the outage was seen: {t:?}");
            assert!(t.other.is_empty(), "only Connection errors: {t:?}");
            assert!(t.ok_after > 10, "recovered: {t:?}");
            // Back to normal within the backoff ceiling (1 s) and then some.
            let last = t.last_error.expect("errors");
            assert!(
                last < back + Duration::from_millis(1500),
                "errors went on after the restart: {t:?}"
            );
            assert!(pool.stats().open <= 4);
        });
    });
}
