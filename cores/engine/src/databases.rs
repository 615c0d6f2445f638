//! The configured databases: opened once at start (SQLite: one handle
//! whose threads every shard shares), made per shard (PostgreSQL: each
//! shard its own pool on its own executor), and the system registry.

use crate::config::{Config, DbKind};
use crate::kit::database::Databases;
use kitwork_db::pg::{PgConfig, PgPool, SslMode};
use kitwork_db::sqlite::{Sqlite, SqliteOptions};
use kitwork_db::{registry, Database};
use std::collections::HashSet;
use std::rc::Rc;

/// A database as it crosses to the shards.
#[derive(Clone)]
pub enum Opened {
    /// Tenants' handle, and the host's (the same but on the system
    /// database, where tenants' connections are denied the registry).
    Sqlite {
        tenants: Sqlite,
        host: Sqlite,
    },
    Postgres(PgConfig),
}

/// The alias of the database that holds the registry.
pub const SYSTEM: &str = "system";

/// Opens every configured database (SQLite files are created).
pub fn open(config: &Config) -> Result<Vec<(String, Opened)>, String> {
    let mut out = Vec::new();
    for d in &config.databases {
        let o = match &d.kind {
            DbKind::Sqlite { path } => {
                let open = |guard_registry| {
                    let opts = SqliteOptions {
                        guard_registry,
                        ..SqliteOptions::default()
                    };
                    Sqlite::open_with_options(path, opts)
                        .map_err(|e| format!("database {:?}: {}: {e}", d.alias, path.display()))
                };
                let host = open(false)?;
                let tenants = if d.alias == SYSTEM {
                    open(true)?
                } else {
                    host.clone()
                };
                Opened::Sqlite { tenants, host }
            }
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

/// This shard's handles, as tenants use them.
pub fn for_shard(opened: &[(String, Opened)]) -> Databases {
    Rc::new(
        opened
            .iter()
            .map(|(a, o)| (a.clone(), Some(Rc::new(handle(o, false)))))
            .collect(),
    )
}

/// A handle on `o` for tenants, or for the host's registry code.
fn handle(o: &Opened, host: bool) -> Database {
    match o {
        Opened::Sqlite { tenants, host: h } => {
            Database::Sqlite(if host { h } else { tenants }.clone())
        }
        Opened::Postgres(c) => Database::Postgres(PgPool::new(c.clone())),
    }
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
        let Some((_, o)) = opened.iter().find(|(a, _)| a == SYSTEM) else {
            return Err("no system database".to_string());
        };
        let db = &handle(o, true);
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

/// `kitwork tenant add|list|disable|enable`: manages the registry of the
/// bootstrap's system database. Answers what to print.
pub fn tenant_command(bootstrap: &std::path::Path, args: &[String]) -> Result<String, String> {
    let config = crate::serve::bootstrap(bootstrap)?;
    let opened = open(&config)?;
    let usage =
        "usage: kitwork tenant add IDENTITY DOMAIN... | list | disable IDENTITY | enable IDENTITY";
    match args.first().map(String::as_str) {
        Some("add") => {
            let identity = args.get(1).ok_or(usage)?.clone();
            let domains: Vec<String> = args[2..].iter().map(|d| d.to_ascii_lowercase()).collect();
            if let Some(bad) = domains.iter().find(|d| !crate::sites::is_domain(d)) {
                return Err(format!("{bad:?} is not a domain name"));
            }
            let r = with_system(&opened, async move |db: &Database| {
                registry::add(db, &identity, &domains, "{}").await
            })?;
            Ok(format!(
                "added {} ({}), active",
                r.identity,
                r.domains.join(", ")
            ))
        }
        Some("list") => {
            let list = with_system(&opened, async |db: &Database| registry::list(db).await)?;
            let mut out = String::from("identity\tactive\tdomains\n");
            for r in list {
                out.push_str(&format!(
                    "{}\t{}\t{}\n",
                    r.identity,
                    r.active,
                    r.domains.join(",")
                ));
            }
            Ok(out.trim_end().to_string())
        }
        Some(verb @ ("disable" | "enable")) => {
            let identity = args.get(1).ok_or(usage)?.clone();
            let on = verb == "enable";
            let id = identity.clone();
            let found = with_system(&opened, async move |db: &Database| {
                if on {
                    registry::enable(db, &id).await
                } else {
                    registry::disable(db, &id).await
                }
            })?;
            if !found {
                return Err(format!("no tenant {identity:?} in the registry"));
            }
            Ok(format!("{verb}d {identity}"))
        }
        _ => Err(usage.to_string()),
    }
}

/// The identities active in the registry, as the watchers share them.
pub type Active = std::sync::Arc<std::sync::RwLock<HashSet<String>>>;

pub fn read(a: &Active) -> std::sync::RwLockReadGuard<'_, HashSet<String>> {
    a.read().unwrap_or_else(|p| p.into_inner())
}

/// Follows the registry while serving: every `every`, the active
/// identities are read again; an identity enabled goes live (its folders
/// are added to every shard), one disabled stops serving.
pub fn watch_registry(
    opened: Vec<(String, Opened)>,
    root: std::path::PathBuf,
    shards: Vec<async_channel::Sender<crate::sites::Update>>,
    shutdown: crate::Shutdown,
    shared: Active,
    every: std::time::Duration,
) {
    use crate::sites::{discover, Update};
    let Some(system) = opened
        .iter()
        .find(|(a, _)| a == SYSTEM)
        .map(|(_, o)| o.clone())
    else {
        return;
    };
    // One executor and one handle for the life of the watcher (a
    // PostgreSQL pool keeps its connection between reads).
    let spawned = glommio::LocalExecutorBuilder::default()
        .name("registry")
        .spawn(move || async move {
            let db = handle(&system, true);
            let mut active = read(&shared).clone();
            while !shutdown.requested() {
                let step = std::time::Duration::from_millis(50);
                let mut waited = std::time::Duration::ZERO;
                while waited < every && !shutdown.requested() {
                    glommio::timer::sleep(step).await;
                    waited += step;
                }
                let now = match registry::active_identities(&db).await {
                    Ok(a) => a,
                    Err(e) => {
                        eprintln!("registry: system database: {e}");
                        continue;
                    }
                };
                if now == active {
                    continue;
                }
                let gone: HashSet<String> = active.difference(&now).cloned().collect();
                let came: HashSet<String> = now.difference(&active).cloned().collect();
                let before = discover(&root, &gone);
                let after = discover(&root, &came);
                for site in before.sites.values().filter(|s| s.identity.is_some()) {
                    println!("registry tenant={} identity disabled", site.domain);
                    for s in &shards {
                        let _ = s.try_send(Update::Removed(site.domain.clone()));
                    }
                }
                for site in after.sites.values().filter(|s| s.identity.is_some()) {
                    println!("registry tenant={} identity active", site.domain);
                    for s in &shards {
                        let _ = s.try_send(Update::Added(site.clone()));
                    }
                }
                *shared.write().unwrap_or_else(|p| p.into_inner()) = now.clone();
                active = now;
            }
        });
    if let Err(e) = spawned {
        eprintln!("registry: cannot start the watcher: {e}");
    }
}
