//! Writing responses: `Response`, its head, reason phrases, chunked framing.
//!
//! Everything appends to a caller's `Vec<u8>`: the engine collects the
//! responses of pipelined requests in one buffer (see
//! [`Conn::out`](crate::Conn::out)) and writes them with one system call.

use crate::date::DateCache;

/// How the body goes out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body {
    /// A complete body, sent with `Content-Length`.
    Bytes(Vec<u8>),
    /// A body written later in chunks (`Transfer-Encoding: chunked`), as
    /// Server-Sent Events are: the head goes out first, then each piece
    /// through [`ChunkedWriter::write_chunk`], and finally
    /// [`ChunkedWriter::write_last_chunk`]. Only for HTTP/1.1 clients.
    Stream,
}

/// A response to serialize.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response {
    /// Status code (100..=999; anything else is written as 500).
    pub status: u16,
    /// Header fields as given by the handler. The codec owns the framing
    /// fields: `Content-Length`, `Transfer-Encoding` and `Connection` given
    /// here are dropped, as is any field whose name is not a token or whose
    /// value holds CR, LF or NUL (no header injection). A `Date` or `Server`
    /// given here replaces the default one.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Body,
}

impl Response {
    /// A response with a complete body and no header fields.
    pub fn new(status: u16, body: impl Into<Vec<u8>>) -> Self {
        Response {
            status,
            headers: Vec::new(),
            body: Body::Bytes(body.into()),
        }
    }

    /// Appends the head: status line with its reason phrase, the handler's
    /// fields, `Date` (from `date`), `Server: kitwork`, the framing
    /// (`Content-Length`, or `Transfer-Encoding: chunked` for a streamed
    /// body; neither for 1xx, 204 and 304) and `Connection: close` when
    /// `keep_alive` is false. The head is the same for GET and HEAD.
    pub fn write_head_into(&self, buf: &mut Vec<u8>, keep_alive: bool, date: &mut DateCache) {
        let status = if (100..=999).contains(&self.status) {
            self.status
        } else {
            500
        };
        if status == 200 {
            buf.extend_from_slice(b"HTTP/1.1 200 OK\r\n");
        } else {
            buf.extend_from_slice(b"HTTP/1.1 ");
            push_decimal(buf, u64::from(status));
            buf.push(b' ');
            buf.extend_from_slice(reason_phrase(status).as_bytes());
            buf.extend_from_slice(b"\r\n");
        }
        let mut has_date = false;
        let mut has_server = false;
        for (name, value) in &self.headers {
            if !valid_name(name) || !valid_value(value) {
                continue;
            }
            if name.eq_ignore_ascii_case("content-length")
                || name.eq_ignore_ascii_case("transfer-encoding")
                || name.eq_ignore_ascii_case("connection")
            {
                continue;
            }
            has_date |= name.eq_ignore_ascii_case("date");
            has_server |= name.eq_ignore_ascii_case("server");
            buf.extend_from_slice(name.as_bytes());
            buf.extend_from_slice(b": ");
            buf.extend_from_slice(value.as_bytes());
            buf.extend_from_slice(b"\r\n");
        }
        match (has_date, has_server) {
            (false, false) => {
                buf.extend_from_slice(b"Date: ");
                buf.extend_from_slice(date.now());
                buf.extend_from_slice(b"\r\nServer: kitwork\r\n");
            }
            (false, true) => {
                buf.extend_from_slice(b"Date: ");
                buf.extend_from_slice(date.now());
                buf.extend_from_slice(b"\r\n");
            }
            (true, false) => buf.extend_from_slice(b"Server: kitwork\r\n"),
            (true, true) => {}
        }
        // 1xx, 204 and 304 carry no body and so no framing field.
        if has_body(status) {
            match &self.body {
                Body::Bytes(bytes) => {
                    buf.extend_from_slice(b"Content-Length: ");
                    push_decimal(buf, bytes.len() as u64);
                    buf.extend_from_slice(b"\r\n");
                }
                Body::Stream => buf.extend_from_slice(b"Transfer-Encoding: chunked\r\n"),
            }
        }
        if !keep_alive {
            buf.extend_from_slice(b"Connection: close\r\n");
        }
        buf.extend_from_slice(b"\r\n");
    }

    /// Appends the head and, unless `head_only` (the request was HEAD) or the
    /// status has no body, a `Bytes` body. A `Stream` body is the caller's
    /// to write afterwards.
    pub fn write_into(
        &self,
        buf: &mut Vec<u8>,
        head_only: bool,
        keep_alive: bool,
        date: &mut DateCache,
    ) {
        self.write_head_into(buf, keep_alive, date);
        if head_only || !has_body(self.status) {
            return;
        }
        if let Body::Bytes(bytes) = &self.body {
            buf.extend_from_slice(bytes);
        }
    }
}

/// Whether responses with this status may carry a body (not 1xx, 204, 304).
pub fn has_body(status: u16) -> bool {
    !((100..200).contains(&status) || status == 204 || status == 304)
}

/// Chunked transfer framing for [`Body::Stream`].
pub struct ChunkedWriter;

impl ChunkedWriter {
    /// Appends `data` as one chunk. Empty data appends nothing (an empty
    /// chunk would end the body).
    pub fn write_chunk(buf: &mut Vec<u8>, data: &[u8]) {
        if data.is_empty() {
            return;
        }
        push_hex(buf, data.len() as u64);
        buf.extend_from_slice(b"\r\n");
        buf.extend_from_slice(data);
        buf.extend_from_slice(b"\r\n");
    }

    /// Appends the last chunk, ending the body (no trailers).
    pub fn write_last_chunk(buf: &mut Vec<u8>) {
        buf.extend_from_slice(b"0\r\n\r\n");
    }
}

/// The `100 Continue` interim response.
pub(crate) const CONTINUE: &[u8] = b"HTTP/1.1 100 Continue\r\n\r\n";

pub(crate) fn push_decimal(buf: &mut Vec<u8>, mut v: u64) {
    let mut tmp = [0u8; 20];
    let mut i = tmp.len();
    loop {
        i -= 1;
        tmp[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    buf.extend_from_slice(&tmp[i..]);
}

fn push_hex(buf: &mut Vec<u8>, mut v: u64) {
    let mut tmp = [0u8; 16];
    let mut i = tmp.len();
    loop {
        i -= 1;
        tmp[i] = b"0123456789abcdef"[(v & 15) as usize];
        v >>= 4;
        if v == 0 {
            break;
        }
    }
    buf.extend_from_slice(&tmp[i..]);
}

/// `tchar` (RFC 9110, 5.6.2) by byte.
static TCHAR: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric()
            || matches!(
                c,
                b'!' | b'#'
                    | b'$'
                    | b'%'
                    | b'&'
                    | b'\''
                    | b'*'
                    | b'+'
                    | b'-'
                    | b'.'
                    | b'^'
                    | b'_'
                    | b'`'
                    | b'|'
                    | b'~'
            );
        b += 1;
    }
    t
};

pub(crate) fn is_tchar(b: u8) -> bool {
    TCHAR[usize::from(b)]
}

fn valid_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(is_tchar)
}

fn valid_value(value: &str) -> bool {
    value.bytes().all(|b| b != b'\r' && b != b'\n' && b != 0)
}

/// The reason phrase of a status code ("Unknown" for unlisted codes).
pub fn reason_phrase(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        101 => "Switching Protocols",
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        203 => "Non-Authoritative Information",
        204 => "No Content",
        205 => "Reset Content",
        206 => "Partial Content",
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Content Too Large",
        414 => "URI Too Long",
        415 => "Unsupported Media Type",
        416 => "Range Not Satisfiable",
        417 => "Expectation Failed",
        422 => "Unprocessable Content",
        426 => "Upgrade Required",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        _ => "Unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        let mut b = Vec::new();
        push_decimal(&mut b, 0);
        b.push(b' ');
        push_decimal(&mut b, u64::MAX);
        b.push(b' ');
        push_hex(&mut b, 0);
        b.push(b' ');
        push_hex(&mut b, 0x1a2b);
        assert_eq!(b, b"0 18446744073709551615 0 1a2b");
    }

    #[test]
    fn tchar_table() {
        for b in 0..=255u8 {
            let want = b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
            assert_eq!(is_tchar(b), want, "byte {b}");
        }
    }
}
