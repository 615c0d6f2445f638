//! `Request`: what one parsed request holds, and helpers to read it.

use std::borrow::Cow;

/// The request method. Known methods need no allocation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Head,
    Post,
    Put,
    Delete,
    Patch,
    Options,
    Connect,
    Trace,
    /// Any other token, as sent (case-sensitive).
    Other(String),
}

impl Method {
    pub(crate) fn from_token(s: &str) -> Method {
        match s {
            "GET" => Method::Get,
            "HEAD" => Method::Head,
            "POST" => Method::Post,
            "PUT" => Method::Put,
            "DELETE" => Method::Delete,
            "PATCH" => Method::Patch,
            "OPTIONS" => Method::Options,
            "CONNECT" => Method::Connect,
            "TRACE" => Method::Trace,
            other => Method::Other(other.to_string()),
        }
    }

    /// The method as sent.
    pub fn as_str(&self) -> &str {
        match self {
            Method::Get => "GET",
            Method::Head => "HEAD",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
            Method::Patch => "PATCH",
            Method::Options => "OPTIONS",
            Method::Connect => "CONNECT",
            Method::Trace => "TRACE",
            Method::Other(s) => s,
        }
    }
}

/// One request, head and body read in full.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    /// The method.
    pub method: Method,
    /// The request target exactly as sent (path and query, or an
    /// absolute-form URI, `*`, or an authority for CONNECT). Not decoded.
    pub target: String,
    /// 0 for HTTP/1.0, 1 for HTTP/1.1.
    pub version_minor: u8,
    /// Header fields in order: names lower-cased, values as sent (trimmed by
    /// the parser; non-UTF-8 bytes replaced by U+FFFD). Repeated fields stay
    /// repeated. For an absolute-form target, `host` holds its authority.
    pub headers: Vec<(String, String)>,
    /// The body after transfer decoding (empty when there is none).
    pub body: Vec<u8>,
    /// Whether the connection may serve another request after this one:
    /// HTTP/1.1 unless `Connection: close`; HTTP/1.0 only with
    /// `Connection: keep-alive`.
    pub keep_alive: bool,
    /// The request asked `Expect: 100-continue` (HTTP/1.1 only; the codec
    /// already sent `100 Continue` before reading the body).
    pub expect_continue: bool,
    /// Byte ranges of the path within `target` and of the host in its header.
    pub(crate) path_range: (usize, usize),
    pub(crate) host: Option<(usize, usize)>,
}

impl Default for Request {
    /// An empty GET, to be filled by
    /// [`Conn::next_request_into`](crate::Conn::next_request_into).
    fn default() -> Self {
        Request {
            method: Method::Get,
            target: String::new(),
            version_minor: 1,
            headers: Vec::new(),
            body: Vec::new(),
            keep_alive: true,
            expect_continue: false,
            path_range: (0, 0),
            host: None,
        }
    }
}

impl Request {
    /// The first header field named `name` (ASCII case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The host the request is for: lower-cased, port removed; an IPv6
    /// literal keeps its brackets (`[::1]`). `None` when the request named no
    /// host (an HTTP/1.0 request without `Host`, or an empty `Host`).
    pub fn host(&self) -> Option<&str> {
        let (index, len) = self.host?;
        let value = &self.headers.get(index)?.1;
        value.get(..len).filter(|h| !h.is_empty())
    }

    /// Whether this is a HEAD request (its response carries no body).
    pub fn is_head(&self) -> bool {
        self.method == Method::Head
    }

    /// The raw path (still percent-encoded): the target up to `?`; for an
    /// absolute-form target, its path (`/` when it has none); `*` or the
    /// authority for the other forms.
    pub fn path(&self) -> &str {
        let (start, end) = self.path_range;
        match self.target.get(start..end) {
            Some("") | None => "/",
            Some(p) => p,
        }
    }

    /// The raw query after `?` (empty when there is none), not decoded.
    pub fn query(&self) -> &str {
        let (_, end) = self.path_range;
        match self.target.get(end..) {
            Some(rest) => rest.strip_prefix('?').unwrap_or(""),
            None => "",
        }
    }

    /// The path percent-decoded (see [`percent_decode`]).
    pub fn path_decoded(&self) -> Cow<'_, str> {
        percent_decode(self.path(), false)
    }

    /// The query's `name=value` pairs, split on `&`, each side decoded with
    /// `+` as space. Empty pieces are skipped.
    pub fn query_pairs(&self) -> impl Iterator<Item = (Cow<'_, str>, Cow<'_, str>)> {
        self.query()
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|pair| match pair.split_once('=') {
                Some((n, v)) => (percent_decode(n, true), percent_decode(v, true)),
                None => (percent_decode(pair, true), Cow::Borrowed("")),
            })
    }
}

/// Decodes `%XX` escapes (and `+` as space when `plus_as_space`). A `%` not
/// followed by two hex digits stays as it is; bytes that do not decode to
/// UTF-8 become U+FFFD. Borrows when there is nothing to decode.
pub fn percent_decode(s: &str, plus_as_space: bool) -> Cow<'_, str> {
    let bytes = s.as_bytes();
    if !bytes
        .iter()
        .any(|&b| b == b'%' || (plus_as_space && b == b'+'))
    {
        return Cow::Borrowed(s);
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'%' => {
                let hi = bytes.get(i + 1).and_then(|&h| hex_val(h));
                let lo = bytes.get(i + 2).and_then(|&l| hex_val(l));
                if let (Some(hi), Some(lo)) = (hi, lo) {
                    out.push(hi << 4 | lo);
                    i += 3;
                    continue;
                }
                out.push(b'%');
            }
            b'+' if plus_as_space => out.push(b' '),
            _ => out.push(b),
        }
        i += 1;
    }
    match String::from_utf8(out) {
        Ok(s) => Cow::Owned(s),
        Err(e) => Cow::Owned(String::from_utf8_lossy(e.as_bytes()).into_owned()),
    }
}

fn hex_val(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Where the path lies in `target`: (start, end), end being where the query
/// starts (`?`) or the target's length.
pub(crate) fn path_range(target: &str) -> (usize, usize) {
    let bytes = target.as_bytes();
    let query_at = |from: usize| {
        bytes
            .iter()
            .skip(from)
            .position(|&b| b == b'?')
            .map_or(bytes.len(), |p| p + from)
    };
    if bytes.first() == Some(&b'/') {
        return (0, query_at(0));
    }
    if let Some(after_scheme) = absolute_form_authority_start(target) {
        let path_start = bytes
            .iter()
            .skip(after_scheme)
            .position(|&b| b == b'/' || b == b'?')
            .map_or(bytes.len(), |p| p + after_scheme);
        return (path_start, query_at(path_start));
    }
    (0, bytes.len())
}

/// For `http://` or `https://` targets, the index where the authority starts.
pub(crate) fn absolute_form_authority_start(target: &str) -> Option<usize> {
    let scheme_end = target.find("://")?;
    let scheme = target.get(..scheme_end)?;
    if scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") {
        Some(scheme_end + 3)
    } else {
        None
    }
}

/// Bytes of a host name: ASCII letters, digits, `.`, `-`, `_`.
static HOST_NAME_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'_');
        b += 1;
    }
    t
};

/// Validates a Host value (`name`, `name:port`, `[v6]`, `[v6]:port`, or
/// empty) and returns the length of the host without its port.
pub(crate) fn host_len(value: &str) -> Option<usize> {
    let bytes = value.as_bytes();
    let host_end = if bytes.first() == Some(&b'[') {
        let close = bytes.iter().position(|&b| b == b']')?;
        let inner = bytes.get(1..close)?;
        if inner.is_empty()
            || !inner
                .iter()
                .all(|&b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
        {
            return None;
        }
        close + 1
    } else {
        // One pass: the name's bytes up to the first `:` (or the end).
        let mut end = bytes.len();
        for (i, &b) in bytes.iter().enumerate() {
            if b == b':' {
                end = i;
                break;
            }
            if !HOST_NAME_BYTE[usize::from(b)] {
                return None;
            }
        }
        end
    };
    match bytes.get(host_end..)? {
        [] => Some(host_end),
        [b':', port @ ..] if port.len() <= 5 && port.iter().all(u8::is_ascii_digit) => {
            Some(host_end)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode() {
        assert_eq!(percent_decode("/a%20b", false), "/a b");
        assert_eq!(percent_decode("a+b%2", true), "a b%2");
        assert_eq!(percent_decode("%zz%", false), "%zz%");
        assert_eq!(percent_decode("%ff", false), "\u{fffd}");
        assert!(matches!(percent_decode("/plain", false), Cow::Borrowed(_)));
    }

    #[test]
    fn hosts() {
        assert_eq!(host_len("example.com"), Some(11));
        assert_eq!(host_len("example.com:8080"), Some(11));
        assert_eq!(host_len("[::1]:80"), Some(5));
        assert_eq!(host_len("[::1]"), Some(5));
        assert_eq!(host_len(""), Some(0));
        assert_eq!(host_len("a b"), None);
        assert_eq!(host_len("a:b"), None);
        assert_eq!(host_len("a:1:2"), None);
        assert_eq!(host_len("[::1"), None);
        assert_eq!(host_len("[]"), None);
        assert_eq!(host_len("x@evil"), None);
        assert_eq!(host_len("a:123456"), None);
    }

    #[test]
    fn paths() {
        assert_eq!(path_range("/a?b"), (0, 2));
        assert_eq!(path_range("/a"), (0, 2));
        assert_eq!(path_range("http://h:1/x?y"), (10, 12));
        assert_eq!(path_range("http://h"), (8, 8));
        assert_eq!(path_range("*"), (0, 1));
    }
}
