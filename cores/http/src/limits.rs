//! Every bound the codec enforces on a request, in one place.

/// Bounds on one request, checked while it is read. A breach is an
/// [`HttpError`](crate::HttpError) with the status named on each field.
///
/// Timers (read timeout, idle timeout) are not here: the engine owns them and
/// wraps [`Conn::next_request`](crate::Conn::next_request) in its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Bytes in the request line (`GET /path HTTP/1.1`, without its line
    /// end). Default 8 KiB. Breach: 414 URI Too Long.
    pub max_request_line: usize,
    /// Bytes in the whole head: request line, header fields and the empty
    /// line that ends them. Also bounds a chunked body's trailer section.
    /// Default 16 KiB. Breach: 431 Request Header Fields Too Large.
    pub max_header_bytes: usize,
    /// Header fields in the head (and trailer fields in a chunked body).
    /// Default 64. Breach: 431.
    pub max_headers: usize,
    /// Bytes of body after transfer decoding. Default 1 MiB.
    /// Breach: 413 Content Too Large.
    pub max_body: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_request_line: 8 << 10,
            max_header_bytes: 16 << 10,
            max_headers: 64,
            max_body: 1 << 20,
        }
    }
}
