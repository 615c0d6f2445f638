//! `HttpError`: why a request could not be read, as the status to answer.

use crate::date::DateCache;
use crate::response::push_decimal;
use std::io;

/// A request that could not be read. `status` is what to answer (4xx/5xx),
/// or 0 when the connection itself failed and no answer can be written.
///
/// After any error the connection's framing is lost: the engine writes
/// [`HttpError::write_response_into`] (when [`HttpError::should_respond`])
/// and closes the connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HttpError {
    /// Status code to answer with; 0 for a failed connection (I/O error).
    pub status: u16,
    /// A short, fixed explanation (sent as the error body).
    pub reason: &'static str,
    /// The I/O error kind when `status` is 0.
    pub io: Option<io::ErrorKind>,
}

impl HttpError {
    pub const fn new(status: u16, reason: &'static str) -> Self {
        HttpError {
            status,
            reason,
            io: None,
        }
    }

    pub(crate) fn from_io(e: &io::Error) -> Self {
        HttpError {
            status: 0,
            reason: "connection failed",
            io: Some(e.kind()),
        }
    }

    pub(crate) const fn bad(reason: &'static str) -> Self {
        Self::new(400, reason)
    }

    /// Whether an error response should be written (the connection still
    /// works and the peer is owed an answer).
    pub fn should_respond(&self) -> bool {
        self.status != 0
    }

    /// Appends a complete response for this error: status line, `Date`,
    /// `Server: kitwork`, `Content-Type: text/plain`, `Content-Length`,
    /// `Connection: close`, and `reason` plus a newline as the body.
    pub fn write_response_into(&self, buf: &mut Vec<u8>, date: &mut DateCache) {
        let status = if (400..=599).contains(&self.status) {
            self.status
        } else {
            500
        };
        buf.extend_from_slice(b"HTTP/1.1 ");
        push_decimal(buf, u64::from(status));
        buf.push(b' ');
        buf.extend_from_slice(crate::response::reason_phrase(status).as_bytes());
        buf.extend_from_slice(b"\r\nDate: ");
        buf.extend_from_slice(date.now());
        buf.extend_from_slice(
            b"\r\nServer: kitwork\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\nContent-Length: ",
        );
        push_decimal(buf, self.reason.len() as u64 + 1);
        buf.extend_from_slice(b"\r\n\r\n");
        buf.extend_from_slice(self.reason.as_bytes());
        buf.push(b'\n');
    }

    /// The response of [`HttpError::write_response_into`] as its own buffer.
    pub fn to_response(&self, date: &mut DateCache) -> Vec<u8> {
        let mut buf = Vec::with_capacity(192);
        self.write_response_into(&mut buf, date);
        buf
    }
}

impl std::fmt::Display for HttpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.io {
            Some(kind) => write!(f, "{}: {kind:?}", self.reason),
            None => write!(f, "{} {}", self.status, self.reason),
        }
    }
}

impl std::error::Error for HttpError {}
