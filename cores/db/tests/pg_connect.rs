//! Reaching the server: password and trust, TCP and Unix socket, TLS
//! (`sslmode=require`), refused and unreachable servers with backoff.

mod support;

use std::time::{Duration, Instant};

use kitwork_db::pg::testing::{Cluster, Options, PASSWORD};
use kitwork_db::pg::{PgConfig, PgPool, SslMode};
use kitwork_db::{DbErrorKind, SqlValue};
use support::{one, run};

const SSL_IN_USE: &str = "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()";

#[test]
fn password_authentication() {
    let cluster = Cluster::start_with(Options {
        password_auth: true,
        ..Options::default()
    });
    let good = PgPool::new(cluster.config());
    let bad = PgPool::new(PgConfig {
        password: Some("wrong".into()),
        ..cluster.config()
    });
    let none = PgPool::new(PgConfig {
        password: None,
        ..cluster.config()
    });
    let socket = PgPool::new(cluster.socket_config());
    run(async move {
        assert_eq!(
            one(good.query("SELECT current_user::text", &[]).await),
            SqlValue::Text("postgres".into())
        );
        let err = bad.query("SELECT 1", &[]).await.unwrap_err();
        assert_eq!(err.kind, DbErrorKind::Connection);
        assert!(err.message.contains("28P01"), "{err}");
        // Within the backoff the pool does not knock again.
        let err = bad.query("SELECT 1", &[]).await.unwrap_err();
        assert_eq!(err.kind, DbErrorKind::Connection);
        assert!(err.message.contains("next attempt"), "{err}");
        assert_eq!(bad.stats().open, 0);
        let err = none.query("SELECT 1", &[]).await.unwrap_err();
        assert_eq!(err.kind, DbErrorKind::Connection, "{err}");
        // The Unix socket is trust.
        assert_eq!(one(socket.query("SELECT 1", &[]).await), SqlValue::Int(1));
    });
}

#[test]
fn tls_with_sslmode_require() {
    let cluster = Cluster::start_with(Options {
        ssl: true,
        password_auth: true,
        ..Options::default()
    });
    let tls = PgPool::new(cluster.config());
    assert_eq!(tls.config().sslmode, SslMode::Require);
    let plain = PgPool::new(PgConfig {
        sslmode: SslMode::Disable,
        ..cluster.config()
    });
    let url = PgPool::new(
        PgConfig::from_url(&format!(
            "postgres://postgres:{PASSWORD}@127.0.0.1:{}/postgres?sslmode=require",
            cluster.port
        ))
        .unwrap(),
    );
    run(async move {
        assert_eq!(one(tls.query(SSL_IN_USE, &[]).await), SqlValue::Bool(true));
        assert_eq!(
            one(plain.query(SSL_IN_USE, &[]).await),
            SqlValue::Bool(false)
        );
        assert_eq!(one(url.query(SSL_IN_USE, &[]).await), SqlValue::Bool(true));
        // A statement with parameters and a transaction over TLS.
        let mut tx = tls.begin().await.unwrap();
        let big = SqlValue::Bytes((0..=255u8).cycle().take(100_000).collect());
        assert_eq!(
            one(tx
                .query("SELECT $1::bytea", std::slice::from_ref(&big))
                .await),
            big
        );
        tx.commit().await.unwrap();
    });
}

#[test]
fn require_against_a_server_without_tls_fails_cleanly() {
    let cfg = PgConfig {
        sslmode: SslMode::Require,
        ..Cluster::shared().config()
    };
    let pool = PgPool::new(cfg);
    run(async move {
        let err = pool.query("SELECT 1", &[]).await.unwrap_err();
        assert_eq!(err.kind, DbErrorKind::Connection, "{err}");
    });
}

#[test]
fn refused_then_backoff() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let pool = PgPool::new(PgConfig::from_fields(
        "127.0.0.1",
        port,
        "postgres",
        None,
        "postgres",
    ));
    run(async move {
        let err = pool.query("SELECT 1", &[]).await.unwrap_err();
        assert_eq!(err.kind, DbErrorKind::Connection, "{err}");
        assert!(!err.message.contains("next attempt"), "{err}");
        let err = pool.execute("SELECT 1", &[]).await.unwrap_err();
        assert!(err.message.contains("next attempt"), "{err}");
        glommio::timer::sleep(Duration::from_millis(120)).await;
        let err = pool.begin().await.err().unwrap();
        assert_eq!(err.kind, DbErrorKind::Connection);
        assert!(
            !err.message.contains("next attempt"),
            "a new attempt after the backoff: {err}"
        );
        assert_eq!(pool.stats().open, 0);
    });
}

#[test]
fn connect_timeout_bounds_an_unreachable_host() {
    // A blackholed address (TEST-NET-1); some sandboxes answer "unreachable"
    // at once instead, which must also be a clean Connection error.
    let pool = PgPool::new(PgConfig {
        connect_timeout: Duration::from_millis(300),
        ..PgConfig::from_fields("192.0.2.1", 5432, "postgres", None, "postgres")
    });
    run(async move {
        let start = Instant::now();
        let err = pool.query("SELECT 1", &[]).await.unwrap_err();
        assert_eq!(err.kind, DbErrorKind::Connection, "{err}");
        assert!(
            start.elapsed() < Duration::from_secs(3),
            "{:?}",
            start.elapsed()
        );
    });
}

#[test]
fn host_names_resolve() {
    let pool = PgPool::new(PgConfig {
        host: "localhost".into(),
        ..Cluster::shared().config()
    });
    run(async move {
        assert_eq!(one(pool.query("SELECT 1", &[]).await), SqlValue::Int(1));
    });
}
