//! The request head: finding its end in the read buffer, parsing it with
//! `httparse`, and deciding the body's framing (the request-smuggling rules).

use crate::error::HttpError;
use crate::limits::Limits;
use crate::request::{absolute_form_authority_start, host_len, path_range, Method, Request};
use std::mem::MaybeUninit;

/// How the body is delimited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Framing {
    /// `Content-Length: n` (0 when neither field was sent).
    Length(u64),
    /// `Transfer-Encoding: chunked`.
    Chunked,
}

/// Header slots on the stack; more than this (when `max_headers` allows it)
/// go to the heap.
const STACK_HEADERS: usize = 64;

/// Scans `buf` from `from` for the empty line that ends a head (CRLF CRLF,
/// or bare LF forms, which httparse accepts too). Returns the index just
/// after it.
pub(crate) fn find_head_end(buf: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(off) = memchr::memchr(b'\n', buf.get(i..)?) {
        let nl = i + off;
        match buf.get(nl + 1) {
            Some(b'\n') => return Some(nl + 2),
            Some(b'\r') if buf.get(nl + 2) == Some(&b'\n') => return Some(nl + 3),
            Some(b'\r') | Some(_) => i = nl + 1,
            // The buffer ends right after this LF: wait for more.
            None => return None,
        }
    }
    None
}

/// Parses a complete head (`head` ends with its empty line) into `req`,
/// reusing its strings and vectors (no allocation once they have grown to
/// the connection's usual requests). The body is cleared, not read.
pub(crate) fn parse_head_into(
    head: &[u8],
    limits: &Limits,
    req: &mut Request,
) -> Result<Framing, HttpError> {
    if head.starts_with(b"PRI * HTTP/2.0") {
        return Err(HttpError::new(505, "HTTP/2 is not served here"));
    }
    // Uninitialized slots: no 2 KiB memset per request.
    let mut stack = [const { MaybeUninit::<httparse::Header<'_>>::uninit() }; STACK_HEADERS];
    let mut heap;
    let slots: &mut [MaybeUninit<httparse::Header<'_>>] = match stack.get_mut(..limits.max_headers)
    {
        Some(slots) => slots,
        None => {
            heap = Vec::with_capacity(limits.max_headers);
            heap.resize_with(limits.max_headers, MaybeUninit::uninit);
            &mut heap
        }
    };
    let mut parsed = httparse::Request::new(&mut []);
    match parsed.parse_with_uninit_headers(head, slots) {
        Ok(httparse::Status::Complete(_)) => {}
        Ok(httparse::Status::Partial) => return Err(HttpError::bad("malformed request head")),
        Err(httparse::Error::TooManyHeaders) => {
            return Err(HttpError::new(431, "too many header fields"))
        }
        Err(httparse::Error::Version) => return Err(version_error(head)),
        Err(_) => return Err(HttpError::bad("malformed request head")),
    }
    let (Some(method), Some(target), Some(version_minor)) =
        (parsed.method, parsed.path, parsed.version)
    else {
        return Err(HttpError::bad("malformed request line"));
    };
    let method = Method::from_token(method);
    let absolute = !target.starts_with('/') && absolute_form_authority_start(target).is_some();
    if !(target.starts_with('/')
        || (target == "*" && method == Method::Options)
        || method == Method::Connect
        || absolute)
    {
        return Err(HttpError::bad("bad request target"));
    }

    req.method = method;
    req.version_minor = version_minor;
    req.target.clear();
    req.target.push_str(target);
    req.body.clear();
    req.expect_continue = false;
    let count = parsed.headers.len();
    req.headers.truncate(count);
    for (i, h) in parsed.headers.iter().enumerate() {
        if req.headers.len() <= i {
            req.headers.push((String::new(), String::new()));
        }
        let Some((name, value)) = req.headers.get_mut(i) else {
            break;
        };
        name.clear();
        name.push_str(h.name);
        name.make_ascii_lowercase();
        value.clear();
        match std::str::from_utf8(h.value) {
            Ok(v) => value.push_str(v),
            Err(_) => value.push_str(&String::from_utf8_lossy(h.value)),
        }
    }

    let mut content_length: Option<u64> = None;
    let mut chunked = false;
    let mut transfer_encoding = false;
    let mut conn_close = false;
    let mut conn_keep_alive = false;
    let mut host_index: Option<usize> = None;
    for (i, (name, value)) in req.headers.iter().enumerate() {
        match name.as_str() {
            "content-length" => {
                if content_length.is_some() {
                    return Err(HttpError::bad("repeated Content-Length"));
                }
                content_length = Some(parse_content_length(value)?);
            }
            "transfer-encoding" => {
                transfer_encoding = true;
                for coding in value.split(',').map(str::trim) {
                    if chunked {
                        // Nothing may follow chunked, nor repeat it.
                        return Err(HttpError::bad("chunked is not the last transfer coding"));
                    }
                    if coding.eq_ignore_ascii_case("chunked") {
                        chunked = true;
                    } else if coding.is_empty() {
                        return Err(HttpError::bad("empty transfer coding"));
                    }
                    // Any other coding (gzip, ...) we cannot decode: 501
                    // below, once chunked's place is known.
                }
            }
            "connection" => {
                for opt in value.split(',').map(str::trim) {
                    conn_close |= opt.eq_ignore_ascii_case("close");
                    conn_keep_alive |= opt.eq_ignore_ascii_case("keep-alive");
                }
            }
            // HTTP/1.0 expectations are ignored (RFC 9110, 10.1.1).
            "expect" if version_minor == 1 => {
                if value.trim().eq_ignore_ascii_case("100-continue") {
                    req.expect_continue = true;
                } else {
                    return Err(HttpError::new(417, "unsupported expectation"));
                }
            }
            "host" => {
                if host_index.is_some() {
                    return Err(HttpError::bad("repeated Host"));
                }
                host_index = Some(i);
            }
            _ => {}
        }
    }

    let framing = if transfer_encoding {
        if version_minor == 0 {
            return Err(HttpError::bad("Transfer-Encoding in an HTTP/1.0 request"));
        }
        if content_length.is_some() {
            return Err(HttpError::bad("both Content-Length and Transfer-Encoding"));
        }
        if !chunked || !only_chunked(&req.headers) {
            return Err(HttpError::new(501, "unsupported transfer coding"));
        }
        Framing::Chunked
    } else {
        Framing::Length(content_length.unwrap_or(0))
    };

    // The host: an absolute-form target's authority wins over Host.
    if absolute {
        let start = absolute_form_authority_start(&req.target).unwrap_or(0);
        let rest = req.target.get(start..).unwrap_or("");
        let end = rest.find(['/', '?']).unwrap_or(rest.len());
        let authority = rest.get(..end).unwrap_or("");
        if authority.contains('@') {
            return Err(HttpError::bad("userinfo in request target"));
        }
        match host_index.and_then(|i| req.headers.get_mut(i)) {
            Some((_, value)) => {
                value.clear();
                value.push_str(authority);
            }
            None => {
                host_index = Some(req.headers.len());
                req.headers
                    .push(("host".to_string(), authority.to_string()));
            }
        }
    }
    req.host = match host_index {
        Some(i) => {
            let Some((_, value)) = req.headers.get_mut(i) else {
                return Err(HttpError::bad("bad Host"));
            };
            value.make_ascii_lowercase();
            let len = host_len(value).ok_or(HttpError::bad("bad Host"))?;
            Some((i, len))
        }
        None if version_minor == 1 => return Err(HttpError::bad("missing Host")),
        None => None,
    };

    req.keep_alive = if version_minor == 1 {
        !conn_close
    } else {
        conn_keep_alive && !conn_close
    };
    req.path_range = path_range(&req.target);
    Ok(framing)
}

/// True when the transfer codings of all Transfer-Encoding fields together
/// are exactly `chunked`.
fn only_chunked(headers: &[(String, String)]) -> bool {
    let mut codings = headers
        .iter()
        .filter(|(n, _)| n == "transfer-encoding")
        .flat_map(|(_, v)| v.split(','))
        .map(str::trim);
    matches!(codings.next(), Some(c) if c.eq_ignore_ascii_case("chunked"))
        && codings.next().is_none()
}

/// `1*DIGIT`, nothing else (no sign, no spaces, no list).
fn parse_content_length(value: &str) -> Result<u64, HttpError> {
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return Err(HttpError::bad("bad Content-Length"));
    }
    let mut n: u64 = 0;
    for b in value.bytes() {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(u64::from(b - b'0')))
            .ok_or(HttpError::new(413, "body too large"))?;
    }
    Ok(n)
}

/// httparse only reads `HTTP/1.0` and `HTTP/1.1`; tell a well-formed other
/// version (505) from garbage (400).
fn version_error(head: &[u8]) -> HttpError {
    let line_end = head
        .iter()
        .position(|&b| b == b'\r' || b == b'\n')
        .unwrap_or(head.len());
    let line = head.get(..line_end).unwrap_or(&[]);
    let mut parts = line.split(|&b| b == b' ');
    let version = match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(_), Some(_), Some(version), None) => version,
        _ => return HttpError::bad("malformed request line"),
    };
    match version {
        [b'H', b'T', b'T', b'P', b'/', major, b'.', minor]
            if major.is_ascii_digit() && minor.is_ascii_digit() =>
        {
            HttpError::new(505, "HTTP version not supported")
        }
        [b'H', b'T', b'T', b'P', b'/', major] if major.is_ascii_digit() => {
            HttpError::new(505, "HTTP version not supported")
        }
        _ => HttpError::bad("malformed request line"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_end() {
        assert_eq!(find_head_end(b"GET / HTTP/1.1\r\n\r\n", 0), Some(18));
        assert_eq!(find_head_end(b"GET / HTTP/1.1\n\n", 0), Some(16));
        assert_eq!(find_head_end(b"GET / HTTP/1.1\r\nA: b\r\n", 0), None);
        assert_eq!(find_head_end(b"GET / HTTP/1.1\r\nA: b\r\n\r", 0), None);
        assert_eq!(
            find_head_end(b"GET / HTTP/1.1\r\nA: b\r\n\r\nrest", 10),
            Some(24)
        );
    }
}
