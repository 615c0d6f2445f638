//! The system registry on SQLite (the PostgreSQL side runs in pg_* tests).

mod common;

use common::*;
use kitwork_db::registry;
use kitwork_db::sqlite::Sqlite;
use kitwork_db::{Database, DbErrorKind, SqlValue};

#[test]
fn migrate_add_list_disable_enable() {
    let (d, db) = fresh("registry");
    block_on(async {
        assert_eq!(
            registry::migrate(&db).await.unwrap(),
            registry::latest_version()
        );
        // Idempotent.
        assert_eq!(
            registry::migrate(&db).await.unwrap(),
            registry::latest_version()
        );
        let cols = db.columns("tenants").await.unwrap();
        assert_eq!(
            cols,
            vec![
                "identity",
                "domains",
                "active",
                "limits",
                "created_at",
                "updated_at"
            ]
        );

        let a = registry::add(
            &db,
            "acme",
            &["acme.com".into(), "www.acme.com".into()],
            r#"{"rps":100}"#,
        )
        .await
        .unwrap();
        assert_eq!(a.identity, "acme");
        assert_eq!(a.domains, vec!["acme.com", "www.acme.com"]);
        assert!(a.active);
        assert_eq!(a.limits, r#"{"rps":100}"#);
        assert!(a.created_at.ends_with('Z'), "{}", a.created_at);
        registry::add(&db, "beta", &["beta.io".into()], "{}")
            .await
            .unwrap();

        // add again: domains and limits change, created_at stays.
        let a2 = registry::add(&db, "acme", &["acme.org".into()], "{}")
            .await
            .unwrap();
        assert_eq!(a2.domains, vec!["acme.org"]);
        assert_eq!(a2.created_at, a.created_at);
        assert_eq!(a2.limits, "{}");

        let list = registry::list(&db).await.unwrap();
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].identity, "acme");
        assert_eq!(list[1].identity, "beta");

        assert!(registry::disable(&db, "acme").await.unwrap());
        assert!(!registry::disable(&db, "nobody").await.unwrap());
        let active = registry::active_identities(&db).await.unwrap();
        assert_eq!(
            active.into_iter().collect::<Vec<_>>(),
            vec!["beta".to_string()]
        );
        // A disabled tenant stays disabled when added again.
        let again = registry::add(&db, "acme", &["acme.org".into()], "{}")
            .await
            .unwrap();
        assert!(!again.active);
        assert!(registry::enable(&db, "acme").await.unwrap());
        assert_eq!(registry::active_identities(&db).await.unwrap().len(), 2);

        // Refusals: bad identity, limits not an object.
        for bad in [
            "",
            "a b",
            "a'; DROP TABLE tenants; --",
            "../x",
            "..",
            ".hidden",
            "-x",
        ] {
            let e = registry::add(&db, bad, &[], "{}").await.unwrap_err();
            assert_eq!(e.kind, DbErrorKind::Refused, "{bad}");
        }
        assert!(registry::add(&db, "c", &[], "[1]").await.is_err());
        assert!(registry::add(&db, "c", &[], "nope").await.is_err());
        assert_eq!(registry::list(&db).await.unwrap().len(), 2);

        // The stored types are what the declared types say.
        let r = db
            .query(
                "SELECT domains, active, created_at FROM tenants WHERE identity = 'beta'",
                &[],
            )
            .await
            .unwrap();
        assert!(matches!(r.rows[0][0], SqlValue::Json(_)));
        assert_eq!(r.rows[0][1], SqlValue::Bool(true));
        assert!(matches!(r.rows[0][2], SqlValue::Timestamp(_)));
    });
    // Survives a reopen; migrate on an up-to-date file does nothing.
    let path = d.file("data/app.db");
    drop(db);
    let db = Database::Sqlite(Sqlite::open(path).unwrap());
    block_on(async {
        assert_eq!(
            registry::migrate(&db).await.unwrap(),
            registry::latest_version()
        );
        assert_eq!(registry::list(&db).await.unwrap().len(), 2);
        let r = db
            .query("SELECT name, version FROM kitwork_schema", &[])
            .await
            .unwrap();
        assert_eq!(
            r.rows,
            vec![vec![
                text("registry"),
                SqlValue::Int(registry::latest_version())
            ]]
        );
    });
}
