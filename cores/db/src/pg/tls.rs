//! TLS for `sslmode=require`: rustls (ring) through futures-rustls over the
//! glommio socket, handed to tokio-postgres as its `TlsConnect`.
//!
//! Why our own `TlsConnect` rather than tokio-postgres-rustls: that crate
//! wraps tokio-rustls over a tokio socket; ours is a glommio socket speaking
//! futures-io, so futures-rustls runs on it directly and one compat layer
//! (the same as the plain path) turns the result into tokio's traits.
//!
//! As libpq's `require`, any server certificate is accepted: the link is
//! encrypted against eavesdroppers, not authenticated. No channel binding
//! is offered (SCRAM falls back to plain SCRAM-SHA-256).

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use futures_rustls::TlsConnector;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, SignatureScheme};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio_postgres::tls::{ChannelBinding, TlsConnect};
use tokio_util::compat::{Compat, FuturesAsyncReadCompatExt};

use super::connect::Socket;

/// The client side of `sslmode=require`, made once per pool.
pub(crate) fn client_config() -> Result<Arc<ClientConfig>, String> {
    // ring rather than rustls' default aws-lc-rs: no C toolchain (cmake)
    // in the build. rustls deprecates ring's provider for lacking
    // post-quantum key exchange, which `require` (no verification) does not
    // need to be meaningful.
    #[allow(deprecated)]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("tls setup: {e}"))?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(AcceptAnyCert(provider)))
        .with_no_client_auth();
    Ok(Arc::new(config))
}

/// `require` semantics: any certificate, but the handshake signatures are
/// still checked (so the peer holds the key of the certificate it sent).
#[derive(Debug)]
struct AcceptAnyCert(Arc<CryptoProvider>);

impl ServerCertVerifier for AcceptAnyCert {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// What tokio-postgres calls to upgrade the socket after the server agreed
/// to TLS. With `sslmode=disable` it is never called.
pub(crate) struct Tls {
    pub config: Option<Arc<ClientConfig>>,
    pub host: String,
}

impl TlsConnect<Compat<Socket>> for Tls {
    type Stream = TlsSocket;
    type Error = io::Error;
    type Future = Pin<Box<dyn Future<Output = io::Result<TlsSocket>>>>;

    fn connect(self, stream: Compat<Socket>) -> Self::Future {
        Box::pin(async move {
            let config = self
                .config
                .ok_or_else(|| io::Error::other("tls requested without a tls config"))?;
            // An IP address or a DNS name (sent as SNI); a name rustls
            // refuses still connects (nothing is verified), as localhost.
            let name = ServerName::try_from(self.host).unwrap_or(ServerName::IpAddress(
                std::net::IpAddr::from(std::net::Ipv4Addr::LOCALHOST).into(),
            ));
            let tls = TlsConnector::from(config)
                .connect(name, stream.into_inner())
                .await?;
            Ok(TlsSocket(tls.compat()))
        })
    }
}

/// A TLS session over the glommio socket, with tokio's io traits.
pub(crate) struct TlsSocket(Compat<futures_rustls::client::TlsStream<Socket>>);

impl tokio_postgres::tls::TlsStream for TlsSocket {
    fn channel_binding(&self) -> ChannelBinding {
        ChannelBinding::none()
    }
}

impl AsyncRead for TlsSocket {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_read(cx, buf)
    }
}

impl AsyncWrite for TlsSocket {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.0).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_shutdown(cx)
    }
}
