//! Opening one connection: a glommio socket (TCP or Unix), adapted to
//! tokio's io traits, handed to `tokio_postgres::Config::connect_raw`; the
//! connection future (the driver that reads and writes the socket) runs as a
//! detached task on the current glommio executor. No tokio runtime.

use std::io;
use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use futures_lite::{AsyncRead, AsyncWrite};
use glommio::net::{TcpStream, UnixStream};
use rustls::ClientConfig;
use tokio_postgres::config::SslMode as PgSslMode;
use tokio_postgres::Client;
use tokio_util::compat::FuturesAsyncReadCompatExt;

use super::config::{PgConfig, SslMode};
use super::tls::Tls;
use crate::{DbError, DbErrorKind};

/// The socket under one connection.
pub(crate) enum Socket {
    Tcp(TcpStream),
    Unix(UnixStream),
}

fn conn_err(message: impl std::fmt::Display) -> DbError {
    DbError::new(DbErrorKind::Connection, format!("postgres: {message}"))
}

/// Opens, authenticates and starts driving one connection, all within
/// `connect_timeout`.
pub(crate) async fn connect(
    cfg: &PgConfig,
    tls: Option<Arc<ClientConfig>>,
) -> Result<Client, DbError> {
    let attempt = async {
        let unix = cfg.host.starts_with('/');
        let socket = open(cfg).await?;
        let mut pg = tokio_postgres::Config::new();
        pg.user(&cfg.user)
            .dbname(&cfg.dbname)
            .application_name("kitwork")
            .ssl_mode(match cfg.sslmode {
                SslMode::Require if !unix => PgSslMode::Require,
                _ => PgSslMode::Disable,
            });
        if let Some(p) = &cfg.password {
            pg.password(p);
        }
        let tls = Tls {
            config: tls,
            host: cfg.host.clone(),
        };
        let (client, connection) = pg
            .connect_raw(socket.compat(), tls)
            .await
            .map_err(|e| conn_err(super::pool::describe(&e)))?;
        // Ends (and the client reads as closed) when the socket fails or
        // every handle of the client is dropped.
        glommio::spawn_local(async move {
            let _ = connection.await;
        })
        .detach();
        Ok(client)
    };
    match glommio::timer::timeout(cfg.connect_timeout, async { Ok(attempt.await) }).await {
        Ok(result) => result,
        Err(_) => Err(conn_err(format!(
            "connecting to {}:{} timed out after {:?}",
            cfg.host, cfg.port, cfg.connect_timeout
        ))),
    }
}

/// Asks the server to cancel the statement running on the session of
/// `token` (over a new socket, as the protocol wants). Best effort, bounded
/// by `connect_timeout`.
pub(crate) async fn cancel(
    token: tokio_postgres::CancelToken,
    cfg: &PgConfig,
    tls: Option<Arc<ClientConfig>>,
) {
    let attempt = async {
        let socket = open(cfg).await.ok()?;
        let tls = Tls {
            config: tls,
            host: cfg.host.clone(),
        };
        token.cancel_query_raw(socket.compat(), tls).await.ok()
    };
    let _ = glommio::timer::timeout(cfg.connect_timeout, async { Ok(attempt.await) }).await;
}

async fn open(cfg: &PgConfig) -> Result<Socket, DbError> {
    if cfg.host.starts_with('/') {
        let path = format!("{}/.s.PGSQL.{}", cfg.host.trim_end_matches('/'), cfg.port);
        return UnixStream::connect(&path)
            .await
            .map(Socket::Unix)
            .map_err(|e| conn_err(format!("{path}: {e}")));
    }
    let addrs: Vec<SocketAddr> = match cfg.host.parse::<IpAddr>() {
        Ok(ip) => vec![SocketAddr::new(ip, cfg.port)],
        Err(_) => {
            // Name resolution blocks: keep it off the shard.
            let (host, port) = (cfg.host.clone(), cfg.port);
            glommio::executor()
                .spawn_blocking(move || {
                    (host.as_str(), port)
                        .to_socket_addrs()
                        .map(|a| a.collect::<Vec<_>>())
                })
                .await
                .map_err(|e| conn_err(format!("resolving {}: {e}", cfg.host)))?
        }
    };
    let mut last = None;
    for addr in addrs {
        match TcpStream::connect(addr).await {
            Ok(s) => {
                let _ = s.set_nodelay(true);
                return Ok(Socket::Tcp(s));
            }
            Err(e) => last = Some(format!("{addr}: {e}")),
        }
    }
    Err(conn_err(last.unwrap_or_else(|| {
        format!("{} resolves to no address", cfg.host)
    })))
}

impl AsyncRead for Socket {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut [u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Socket::Tcp(s) => Pin::new(s).poll_read(cx, buf),
            Socket::Unix(s) => Pin::new(s).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Socket {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Socket::Tcp(s) => Pin::new(s).poll_write(cx, buf),
            Socket::Unix(s) => Pin::new(s).poll_write(cx, buf),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Socket::Tcp(s) => Pin::new(s).poll_flush(cx),
            Socket::Unix(s) => Pin::new(s).poll_flush(cx),
        }
    }

    fn poll_close(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Socket::Tcp(s) => Pin::new(s).poll_close(cx),
            Socket::Unix(s) => Pin::new(s).poll_close(cx),
        }
    }
}
