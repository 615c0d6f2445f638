//! Where and how a shard's pool reaches PostgreSQL.

use std::time::Duration;

/// Whether the connection is encrypted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SslMode {
    /// Plain TCP (or a Unix socket). The default.
    #[default]
    Disable,
    /// TLS (rustls) or fail. As libpq's `require`, the server's certificate
    /// is not verified: the link is encrypted, not authenticated. Ignored on a
    /// Unix socket, as libpq does.
    Require,
}

/// One database as one shard's pool sees it. Every shard builds its own
/// [`PgPool`](super::PgPool) from a copy; `pool_size` is per shard.
#[derive(Clone, Debug, PartialEq)]
pub struct PgConfig {
    /// A host name, an IP address, or (starting with `/`) the directory of
    /// the server's Unix socket. Default `127.0.0.1`. A host name is resolved
    /// on a blocking thread at each connect.
    pub host: String,
    /// TCP port, or the number in the socket file name `.s.PGSQL.<port>`.
    /// Default 5432.
    pub port: u16,
    /// Default `postgres`.
    pub user: String,
    /// Default none (trust or peer authentication).
    pub password: Option<String>,
    /// Default `postgres`.
    pub dbname: String,
    /// Default [`SslMode::Disable`].
    pub sslmode: SslMode,
    /// Connections one shard may hold open at once. Default 4.
    pub pool_size: usize,
    /// Bound on opening one connection (socket, TLS, authentication).
    /// Default 5 s.
    pub connect_timeout: Duration,
    /// Bound on waiting for a free connection when all `pool_size` are busy;
    /// past it a call fails with `DbErrorKind::Timeout`. Default 5 s.
    pub acquire_timeout: Duration,
    /// Prepared statements kept per connection (least recently used is
    /// closed first). Default 256.
    pub statement_cache: usize,
}

impl Default for PgConfig {
    fn default() -> PgConfig {
        PgConfig {
            host: "127.0.0.1".into(),
            port: 5432,
            user: "postgres".into(),
            password: None,
            dbname: "postgres".into(),
            sslmode: SslMode::Disable,
            pool_size: 4,
            connect_timeout: Duration::from_secs(5),
            acquire_timeout: Duration::from_secs(5),
            statement_cache: 256,
        }
    }
}

impl PgConfig {
    /// The connection fields; every other field at its default (change them
    /// with struct update syntax: `PgConfig { pool_size: 8, ..cfg }`).
    pub fn from_fields(
        host: &str,
        port: u16,
        user: &str,
        password: Option<&str>,
        dbname: &str,
    ) -> PgConfig {
        PgConfig {
            host: host.into(),
            port,
            user: user.into(),
            password: password.map(Into::into),
            dbname: dbname.into(),
            ..PgConfig::default()
        }
    }

    /// Reads `postgres://user:password@host:port/dbname?sslmode=require`
    /// (also `postgresql://`; every part but the host optional; user and
    /// password percent-decoded; `sslmode` one of disable, prefer (taken as
    /// disable), require). Other query parameters are refused.
    pub fn from_url(url: &str) -> Result<PgConfig, String> {
        let rest = url
            .strip_prefix("postgres://")
            .or_else(|| url.strip_prefix("postgresql://"))
            .ok_or("a PostgreSQL url starts with postgres://")?;
        let (rest, query) = match rest.split_once('?') {
            Some((r, q)) => (r, Some(q)),
            None => (rest, None),
        };
        let (authority, path) = match rest.split_once('/') {
            Some((a, p)) => (a, p),
            None => (rest, ""),
        };
        let mut cfg = PgConfig::default();
        let hostport = match authority.rsplit_once('@') {
            Some((userinfo, hostport)) => {
                let (user, password) = match userinfo.split_once(':') {
                    Some((u, p)) => (u, Some(p)),
                    None => (userinfo, None),
                };
                if !user.is_empty() {
                    cfg.user = percent_decode(user)?;
                }
                cfg.password = password.map(percent_decode).transpose()?;
                hostport
            }
            None => authority,
        };
        let (host, port) = match hostport.strip_prefix('[') {
            // [::1]:5432
            Some(v6) => {
                let (h, after) = v6.split_once(']').ok_or("unclosed [ in the host")?;
                (h, after.strip_prefix(':'))
            }
            None => match hostport.rsplit_once(':') {
                Some((h, p)) => (h, Some(p)),
                None => (hostport, None),
            },
        };
        if !host.is_empty() {
            cfg.host = percent_decode(host)?;
        }
        if let Some(p) = port {
            cfg.port = p.parse().map_err(|_| format!("bad port {p:?}"))?;
        }
        if !path.is_empty() {
            cfg.dbname = percent_decode(path)?;
        }
        for pair in query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
            match pair.split_once('=') {
                Some(("sslmode", "disable" | "prefer" | "allow")) => cfg.sslmode = SslMode::Disable,
                Some(("sslmode", "require")) => cfg.sslmode = SslMode::Require,
                _ => return Err(format!("unsupported url parameter {pair:?}")),
            }
        }
        Ok(cfg)
    }
}

fn percent_decode(s: &str) -> Result<String, String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or_else(|| format!("bad percent escape in {s:?}"))?;
            out.push(hex);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| format!("{s:?} is not UTF-8 once decoded"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url() {
        let c =
            PgConfig::from_url("postgres://app:p%40ss@db.local:6543/shop?sslmode=require").unwrap();
        assert_eq!(c.user, "app");
        assert_eq!(c.password.as_deref(), Some("p@ss"));
        assert_eq!(c.host, "db.local");
        assert_eq!(c.port, 6543);
        assert_eq!(c.dbname, "shop");
        assert_eq!(c.sslmode, SslMode::Require);
        let c = PgConfig::from_url("postgresql://%2Ftmp%2Fpg/x").unwrap();
        assert_eq!(c.host, "/tmp/pg");
        assert_eq!(c.port, 5432);
        assert!(PgConfig::from_url("mysql://x").is_err());
        assert!(PgConfig::from_url("postgres://h/d?foo=1").is_err());
    }
}
