//! The server's configuration: what the bootstrap passed to `server.run`,
//! checked field by field. A bad field is refused at start, by name.

use crate::values::field;
use kitwork_vm::{HostValue, Limits};
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Clone, Debug)]
pub struct DatabaseConfig {
    pub alias: String,
    pub kind: DbKind,
}

#[derive(Clone, Debug)]
pub enum DbKind {
    Sqlite {
        path: PathBuf,
    },
    Postgres {
        host: String,
        port: u16,
        user: String,
        password: String,
        name: String,
        sslmode_require: bool,
    },
}

/// The code-execution API (off unless configured).
#[derive(Clone, Debug)]
pub struct ExecConfig {
    pub port: Option<u16>,
    pub hostname: Option<String>,
    pub token: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Config {
    pub port: u16,
    pub host: String,
    pub root: PathBuf,
    pub data: PathBuf,
    pub hostname: Option<String>,
    pub default_site: Option<String>,
    pub hot_reload: bool,
    pub precompile: bool,
    pub databases: Vec<DatabaseConfig>,
    pub cores: usize,
    pub locale: kitwork_lang::Locale,
    pub limits: Limits,
    pub development: bool,
    pub access_log: bool,
    pub http: kitwork_http::Limits,
    pub read_timeout: Duration,
    pub idle_timeout: Duration,
    pub shutdown_timeout: Duration,
    pub exec: Option<ExecConfig>,
}

const FIELDS: &[&str] = &[
    "port",
    "host",
    "root",
    "data",
    "hostname",
    "default_site",
    "hot_reload",
    "precompile",
    "databases",
    "cores",
    "locale",
    "limits",
    "development",
    "access_log",
    "max_body",
    "max_header_bytes",
    "max_headers",
    "read_timeout",
    "idle_timeout",
    "shutdown_timeout",
    "exec",
];

fn err(field: &str, msg: impl std::fmt::Display) -> String {
    format!("server.run: {field}: {msg}")
}

fn num(v: &HostValue, f: &str, lo: f64, hi: f64) -> Result<f64, String> {
    let n = match v {
        HostValue::Num(n) => *n,
        HostValue::Str(s) => s
            .trim()
            .parse::<f64>()
            .map_err(|_| err(f, format!("expected a number, got {s:?}")))?,
        other => return Err(err(f, format!("expected a number, got {}", kind(other)))),
    };
    if !(lo..=hi).contains(&n) || n.fract() != 0.0 {
        return Err(err(
            f,
            format!("expected a whole number from {lo} to {hi}, got {n}"),
        ));
    }
    Ok(n)
}

fn string(v: &HostValue, f: &str) -> Result<String, String> {
    match v {
        HostValue::Str(s) if !s.is_empty() => Ok(s.clone()),
        HostValue::Num(n) => Ok(n.to_string()),
        other => Err(err(
            f,
            format!("expected a non-empty string, got {}", kind(other)),
        )),
    }
}

fn boolean(v: &HostValue, f: &str) -> Result<bool, String> {
    match v {
        HostValue::Bool(b) => Ok(*b),
        other => Err(err(
            f,
            format!("expected true or false, got {}", kind(other)),
        )),
    }
}

fn kind(v: &HostValue) -> &'static str {
    match v {
        HostValue::Undefined => "undefined",
        HostValue::Null => "null",
        HostValue::Bool(_) => "a boolean",
        HostValue::Num(_) => "a number",
        HostValue::Str(_) => "a string",
        HostValue::Array(_) => "an array",
        HostValue::Object(_) => "an object",
        HostValue::Build(_) => "a host value",
    }
}

fn given(v: Option<&HostValue>) -> Option<&HostValue> {
    v.filter(|v| !matches!(v, HostValue::Undefined | HostValue::Null))
}

impl Config {
    pub fn aliases(&self) -> Vec<String> {
        self.databases.iter().map(|d| d.alias.clone()).collect()
    }

    /// Checks the bootstrap's config; relative paths are taken from `base`
    /// (the bootstrap file's folder).
    pub fn from_host(v: &HostValue, base: &Path) -> Result<Config, String> {
        let HostValue::Object(fields) = v else {
            return Err(format!(
                "server.run: expected a config object, got {}",
                kind(v)
            ));
        };
        if let Some((k, _)) = fields.iter().find(|(k, _)| !FIELDS.contains(&k.as_str())) {
            return Err(format!(
                "server.run: unknown field {k:?} (known: {})",
                FIELDS.join(", ")
            ));
        }
        let get = |name: &str| given(field(fields, name));
        let path = |name: &str, default: &str| -> Result<PathBuf, String> {
            let s = match get(name) {
                Some(v) => string(v, name)?,
                None => default.to_string(),
            };
            Ok(base.join(s))
        };
        let ms = |name: &str, default: u64| -> Result<Duration, String> {
            Ok(Duration::from_millis(match get(name) {
                Some(v) => num(v, name, 1.0, 3_600_000.0)? as u64,
                None => default,
            }))
        };
        let flag = |name: &str, default: bool| -> Result<bool, String> {
            get(name).map_or(Ok(default), |v| boolean(v, name))
        };
        let all_cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let mut http = kitwork_http::Limits::default();
        if let Some(v) = get("max_body") {
            http.max_body = num(v, "max_body", 0.0, (1u64 << 32) as f64)? as usize;
        }
        if let Some(v) = get("max_header_bytes") {
            http.max_header_bytes = num(v, "max_header_bytes", 256.0, (1 << 20) as f64)? as usize;
        }
        if let Some(v) = get("max_headers") {
            http.max_headers = num(v, "max_headers", 1.0, 1024.0)? as usize;
        }
        let root = path("root", "tenants")?;
        let config = Config {
            port: match get("port") {
                Some(v) => num(v, "port", 0.0, 65535.0)? as u16,
                None => 8080,
            },
            host: get("host").map_or(Ok("0.0.0.0".into()), |v| string(v, "host"))?,
            data: path("data", "data")?,
            root,
            hostname: get("hostname").map(|v| string(v, "hostname")).transpose()?,
            default_site: get("default_site")
                .map(|v| string(v, "default_site").map(|s| s.to_ascii_lowercase()))
                .transpose()?,
            hot_reload: flag("hot_reload", false)?,
            precompile: flag("precompile", false)?,
            databases: match get("databases") {
                Some(v) => databases(v, base)?,
                None => Vec::new(),
            },
            cores: match get("cores") {
                Some(v) => num(v, "cores", 1.0, 1024.0)? as usize,
                None => all_cores,
            },
            locale: match get("locale") {
                Some(v) => {
                    let s = string(v, "locale")?;
                    kitwork_lang::Locale::parse(&s)
                        .ok_or_else(|| err("locale", format!("unknown locale {s:?} (en, vi)")))?
                }
                None => kitwork_lang::Locale::En,
            },
            limits: match get("limits") {
                Some(v) => limits(v)?,
                None => tenant_limits(),
            },
            development: flag("development", false)?,
            access_log: flag("access_log", true)?,
            http,
            read_timeout: ms("read_timeout", 10_000)?,
            idle_timeout: ms("idle_timeout", 60_000)?,
            shutdown_timeout: ms("shutdown_timeout", 10_000)?,
            exec: get("exec").map(exec).transpose()?,
        };
        let mut config = config;
        if !config.databases.iter().any(|d| d.alias == "system") {
            // The registry's home: an SQLite file, so a fresh machine
            // needs no database service.
            let path = config.data.join("system.db");
            config.databases.push(DatabaseConfig {
                alias: "system".into(),
                kind: DbKind::Sqlite { path },
            });
        }
        if config.host.parse::<std::net::IpAddr>().is_err() {
            return Err(err("host", format!("not an IP address: {:?}", config.host)));
        }
        Ok(config)
    }
}

/// Energy between yields of a tenant's run (~70 µs at ~300 units/µs): a long
/// handler lets the other connections of its core through.
pub const YIELD_EVERY: u64 = 20_000;

/// Default bounds of a tenant's request.
pub fn tenant_limits() -> Limits {
    Limits {
        yield_every: YIELD_EVERY,
        ..Limits::default()
    }
}

fn limits(v: &HostValue) -> Result<Limits, String> {
    let HostValue::Object(fields) = v else {
        return Err(err(
            "limits",
            format!("expected an object, got {}", kind(v)),
        ));
    };
    let mut l = tenant_limits();
    for (k, v) in fields {
        let f = format!("limits.{k}");
        match k.as_str() {
            "max_energy" => l.max_energy = num(v, &f, 1.0, 1e15)? as u64,
            "max_depth" => l.max_depth = num(v, &f, 1.0, 10_000.0)? as u32,
            "max_memory" => l.max_memory = num(v, &f, 65536.0, (1u64 << 40) as f64)? as usize,
            _ => {
                return Err(format!(
                    "server.run: unknown field {f:?} (known: max_energy, max_depth, max_memory)"
                ))
            }
        }
    }
    Ok(l)
}

fn exec(v: &HostValue) -> Result<ExecConfig, String> {
    let HostValue::Object(fields) = v else {
        return Err(err("exec", format!("expected an object, got {}", kind(v))));
    };
    let mut e = ExecConfig {
        port: None,
        hostname: None,
        token: None,
    };
    for (k, v) in fields {
        let f = format!("exec.{k}");
        match k.as_str() {
            "port" => e.port = Some(num(v, &f, 0.0, 65535.0)? as u16),
            "hostname" => e.hostname = Some(string(v, &f)?.to_ascii_lowercase()),
            "token" => e.token = Some(string(v, &f)?),
            _ => {
                return Err(format!(
                    "server.run: unknown field {f:?} (known: port, hostname, token)"
                ))
            }
        }
    }
    if e.port.is_none() && e.hostname.is_none() {
        return Err(err(
            "exec",
            "give a port or a hostname for the code-execution API",
        ));
    }
    Ok(e)
}

fn databases(v: &HostValue, base: &Path) -> Result<Vec<DatabaseConfig>, String> {
    let HostValue::Array(items) = v else {
        return Err(err(
            "databases",
            format!("expected an array, got {}", kind(v)),
        ));
    };
    let mut out: Vec<DatabaseConfig> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let at = |k: &str| format!("databases[{i}].{k}");
        let HostValue::Object(fields) = item else {
            return Err(err(&format!("databases[{i}]"), "expected an object"));
        };
        let get = |k: &str| given(field(fields, k));
        let req = |k: &str| -> Result<String, String> {
            get(k)
                .ok_or_else(|| format!("server.run: {} is missing", at(k)))
                .and_then(|v| string(v, &at(k)))
        };
        let alias = req("alias")?;
        if out.iter().any(|d| d.alias == alias) {
            return Err(err(&at("alias"), format!("{alias:?} is given twice")));
        }
        let ty = req("type")?;
        let kind = match ty.as_str() {
            "sqlite" => DbKind::Sqlite {
                path: base.join(
                    get("path")
                        .map_or(Ok(format!("data/{alias}.db")), |v| string(v, &at("path")))?,
                ),
            },
            "postgres" | "postgresql" => DbKind::Postgres {
                host: req("host")?,
                port: get("port").map_or(Ok(5432.0), |v| num(v, &at("port"), 1.0, 65535.0))? as u16,
                user: req("user")?,
                password: get("password")
                    .map_or(Ok(String::new()), |v| string(v, &at("password")))?,
                name: req("name")?,
                sslmode_require: match get("sslmode")
                    .map(|v| string(v, &at("sslmode")))
                    .transpose()?
                    .as_deref()
                {
                    None | Some("disable") => false,
                    Some("require") => true,
                    Some(o) => {
                        return Err(err(
                            &at("sslmode"),
                            format!("{o:?} is not disable or require"),
                        ))
                    }
                },
            },
            other => {
                return Err(err(
                    &at("type"),
                    format!("{other:?} is not sqlite or postgres"),
                ))
            }
        };
        out.push(DatabaseConfig { alias, kind });
    }
    Ok(out)
}
