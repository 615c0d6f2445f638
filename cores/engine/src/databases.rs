//! The configured databases: opened once at start (SQLite: one handle
//! whose threads every shard shares), made per shard (PostgreSQL: each
//! shard its own pool on its own executor), and the system registry.

use crate::config::{Config, DbKind};
use crate::kit::database::Databases;
use kitwork_db::pg::{PgConfig, PgPool, SslMode};
use kitwork_db::sqlite::Sqlite;
use kitwork_db::{registry, Database};
use std::collections::HashSet;
use std::rc::Rc;

/// A database as it crosses to the shards.
#[derive(Clone)]
pub enum Opened {
    Sqlite(Sqlite),
    Postgres(PgConfig),
}

/// Opens every configured database (SQLite files are created).
pub fn open(config: &Config) -> Result<Vec<(String, Opened)>, String> {
    let mut out = Vec::new();
    for d in &config.databases {
        let o = match &d.kind {
            DbKind::Sqlite { path } => Opened::Sqlite(
                Sqlite::open(path)
                    .map_err(|e| format!("database {:?}: {}: {e}", d.alias, path.display()))?,
            ),
            DbKind::Postgres {
                host,
                port,
                user,
                password,
                name,
                sslmode_require,
            } => {
                let mut c = PgConfig::from_fields(
                    host,
                    *port,
                    user,
                    (!password.is_empty()).then_some(password.as_str()),
                    name,
                );
                if *sslmode_require {
                    c.sslmode = SslMode::Require;
                }
                Opened::Postgres(c)
            }
        };
        out.push((d.alias.clone(), o));
    }
    Ok(out)
}

/// This shard's handles.
pub fn for_shard(opened: &[(String, Opened)]) -> Databases {
    Rc::new(
        opened
            .iter()
            .map(|(a, o)| {
                let db = match o {
                    Opened::Sqlite(s) => Database::Sqlite(s.clone()),
                    Opened::Postgres(c) => Database::Postgres(PgPool::new(c.clone())),
                };
                (a.clone(), Some(Rc::new(db)))
            })
            .collect(),
    )
}

/// Runs `f` on the system database on a short-lived executor of its own
/// (PostgreSQL pools need one), at start and for `kitwork tenant`.
pub fn with_system<T: 'static>(
    opened: &[(String, Opened)],
    f: impl AsyncFnOnce(&Database) -> Result<T, kitwork_db::DbError> + 'static,
) -> Result<T, String> {
    let ex = glommio::LocalExecutorBuilder::default()
        .name("registry")
        .make()
        .map_err(|e| e.to_string())?;
    ex.run(async move {
        let handles = for_shard(opened);
        let Some((_, Some(db))) = handles.iter().find(|(a, _)| a == "system") else {
            return Err("no system database".to_string());
        };
        registry::migrate(db)
            .await
            .map_err(|e| format!("system database: {e}"))?;
        f(db).await.map_err(|e| format!("system database: {e}"))
    })
}

/// Identities whose folders may serve.
pub fn active_identities(opened: &[(String, Opened)]) -> Result<HashSet<String>, String> {
    with_system(opened, async |db: &Database| {
        registry::active_identities(db).await
    })
}
