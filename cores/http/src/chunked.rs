//! Decoding a `Transfer-Encoding: chunked` request body.
//!
//! Strict on framing, since framing is where request smuggling lives: every
//! line ends in CRLF (a bare LF is an error), the size is hex digits only
//! and may not overflow, extensions are checked for control bytes and
//! ignored, and trailer fields are parsed, bounded and dropped.

use crate::conn::Conn;
use crate::error::HttpError;
use crate::head::find_head_end;
use crate::limits::Limits;
use futures_lite::io::{AsyncRead, AsyncWrite};

/// Longest chunk-size line (size and extensions), without its CRLF.
const MAX_CHUNK_LINE: usize = 4096;

impl<S: AsyncRead + AsyncWrite + Unpin> Conn<S> {
    pub(crate) async fn read_chunked_body(
        &mut self,
        body: &mut Vec<u8>,
        limits: &Limits,
    ) -> Result<(), HttpError> {
        loop {
            let len = self.read_crlf_line(MAX_CHUNK_LINE).await?;
            let size = parse_chunk_line(self.buffered().get(..len).unwrap_or(&[]))?;
            self.consume(len + 2);
            if size == 0 {
                break;
            }
            let room = limits.max_body.saturating_sub(body.len()) as u64;
            if size > room {
                return Err(HttpError::new(413, "body too large"));
            }
            // size <= room <= usize::MAX.
            let mut remaining = usize::try_from(size).unwrap_or(0);
            while remaining > 0 {
                if self.buffered().is_empty() && self.fill().await? == 0 {
                    return Err(HttpError::bad("connection closed inside a chunk"));
                }
                let take = remaining.min(self.buffered().len());
                body.extend_from_slice(self.buffered().get(..take).unwrap_or(&[]));
                self.consume(take);
                remaining -= take;
            }
            while self.buffered().len() < 2 {
                if self.fill().await? == 0 {
                    return Err(HttpError::bad("connection closed inside a chunk"));
                }
            }
            if self.buffered().get(..2) != Some(b"\r\n") {
                return Err(HttpError::bad("chunk data not followed by CRLF"));
            }
            self.consume(2);
        }
        self.skip_trailers(limits).await
    }

    /// Waits for a CRLF-terminated line at the start of the buffer and
    /// returns its length without the CRLF.
    async fn read_crlf_line(&mut self, max: usize) -> Result<usize, HttpError> {
        let mut scanned = 0;
        loop {
            let buffered = self.buffered();
            if let Some(off) = buffered
                .get(scanned..)
                .and_then(|b| b.iter().position(|&c| c == b'\n'))
            {
                let nl = scanned + off;
                if nl == 0 || buffered.get(nl - 1) != Some(&b'\r') {
                    return Err(HttpError::bad("bare LF in chunked framing"));
                }
                if nl - 1 > max {
                    return Err(HttpError::bad("chunk line too long"));
                }
                return Ok(nl - 1);
            }
            if buffered.len() > max + 1 {
                return Err(HttpError::bad("chunk line too long"));
            }
            scanned = buffered.len();
            if self.fill().await? == 0 {
                return Err(HttpError::bad("connection closed inside a chunked body"));
            }
        }
    }

    /// Reads the trailer section after the last chunk, up to its empty line.
    async fn skip_trailers(&mut self, limits: &Limits) -> Result<(), HttpError> {
        loop {
            let b = self.buffered();
            match b {
                [b'\r', b'\n', ..] => {
                    self.consume(2);
                    return Ok(());
                }
                [] | [b'\r'] => {}
                [b'\r', _, ..] | [b'\n', ..] => {
                    return Err(HttpError::bad("bad line end after the last chunk"))
                }
                _ => {
                    if let Some(end) = find_head_end(b, 0) {
                        if end > limits.max_header_bytes {
                            return Err(HttpError::new(431, "trailer section too large"));
                        }
                        let section = b.get(..end).unwrap_or(&[]);
                        check_trailers(section, limits)?;
                        self.consume(end);
                        return Ok(());
                    }
                    if b.len() > limits.max_header_bytes {
                        return Err(HttpError::new(431, "trailer section too large"));
                    }
                }
            }
            if self.fill().await? == 0 {
                return Err(HttpError::bad(
                    "connection closed inside the trailer section",
                ));
            }
        }
    }
}

/// Parses `1*HEXDIG [ BWS ";" extensions ]`, returning the size.
pub(crate) fn parse_chunk_line(line: &[u8]) -> Result<u64, HttpError> {
    let digits = line.iter().take_while(|b| b.is_ascii_hexdigit()).count();
    if digits == 0 {
        return Err(HttpError::bad("bad chunk size"));
    }
    let mut size: u64 = 0;
    for &b in line.get(..digits).unwrap_or(&[]) {
        let v = match b {
            b'0'..=b'9' => b - b'0',
            b'a'..=b'f' => b - b'a' + 10,
            _ => b.wrapping_sub(b'A').wrapping_add(10),
        };
        size = size
            .checked_mul(16)
            .and_then(|s| s.checked_add(u64::from(v)))
            .ok_or(HttpError::bad("chunk size overflows"))?;
    }
    let rest = line.get(digits..).unwrap_or(&[]);
    let ext_start = rest
        .iter()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count();
    match rest.get(ext_start..) {
        None | Some([]) if ext_start == 0 => Ok(size),
        Some([b';', ext @ ..]) if ext.iter().all(|&b| b == b'\t' || (b >= 0x20 && b != 0x7f)) => {
            Ok(size)
        }
        _ => Err(HttpError::bad("bad chunk extension")),
    }
}

/// Trailer fields must parse as header fields, within the header limits,
/// and every line must end in CRLF.
fn check_trailers(section: &[u8], limits: &Limits) -> Result<(), HttpError> {
    let bare_lf = section
        .iter()
        .enumerate()
        .any(|(i, &b)| b == b'\n' && (i == 0 || section.get(i - 1) != Some(&b'\r')));
    if bare_lf {
        return Err(HttpError::bad("bare LF in trailer section"));
    }
    let mut slots = vec![httparse::EMPTY_HEADER; limits.max_headers.min(1024)];
    match httparse::parse_headers(section, &mut slots) {
        Ok(httparse::Status::Complete(_)) => Ok(()),
        Err(httparse::Error::TooManyHeaders) => Err(HttpError::new(431, "too many trailer fields")),
        _ => Err(HttpError::bad("malformed trailer section")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunk_lines() {
        assert_eq!(parse_chunk_line(b"0"), Ok(0));
        assert_eq!(parse_chunk_line(b"1aF"), Ok(0x1af));
        assert_eq!(parse_chunk_line(b"5;name=value"), Ok(5));
        assert_eq!(parse_chunk_line(b"5 ; name=\"v\""), Ok(5));
        assert_eq!(parse_chunk_line(b"0000000000000000000000005"), Ok(5));
        assert!(parse_chunk_line(b"").is_err());
        assert!(parse_chunk_line(b"x").is_err());
        assert!(parse_chunk_line(b"-5").is_err());
        assert!(parse_chunk_line(b"5 ").is_err());
        assert!(parse_chunk_line(b"5 x").is_err());
        assert!(parse_chunk_line(b"5;a\0b").is_err());
        assert!(parse_chunk_line(b"5;a\rb").is_err());
        assert!(parse_chunk_line(b"0x5").is_err());
        assert!(parse_chunk_line(b"10000000000000000").is_err());
        assert_eq!(parse_chunk_line(b"ffffffffffffffff"), Ok(u64::MAX));
    }
}
