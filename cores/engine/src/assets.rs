//! Answers that need no VM: files under a tenant's `assets/` (at
//! `/assets/...`), `.txt` files of `views/` at their name (`/robots.txt`),
//! and folders given to a route's `.assets(dir)`. Content type, ETag and
//! Last-Modified with 304, single byte ranges. Paths that climb out of the
//! folder, or symlinks that leave it, are refused.

use crate::dispatch::Reply;
use crate::router::Method;
use crate::tenant::{inside, Image};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

/// A zero-VM answer for this request, if the path names one.
pub fn zero_vm(
    image: &Image,
    method: Option<Method>,
    path: &str,
    req: &kitwork_http::Request,
) -> Option<Reply> {
    if !matches!(method, Some(Method::Get) | Some(Method::Head)) {
        return None;
    }
    if let Some(rest) = path.strip_prefix("/assets/") {
        return Some(serve_file(image, "assets", rest, req));
    }
    let name = path.strip_prefix('/')?;
    if name.ends_with(".txt") && !name.contains('/') {
        let p = format!("views/{name}");
        if inside(&image.dir, &p).is_some_and(|f| f.is_file()) {
            return Some(serve_file(image, "views", name, req));
        }
    }
    None
}

/// The file `rest` (still percent-encoded) under the tenant's folder `dir`.
pub fn serve_file(image: &Image, dir: &str, rest: &str, req: &kitwork_http::Request) -> Reply {
    let rel = kitwork_http::percent_decode(rest, false);
    match resolve(image, dir, &rel) {
        Some(file) => file_reply(&file, |name| req.header(name)),
        None => Reply::text(404, "Not Found"),
    }
}

/// `rel` (decoded) under `dir` of the tenant's folder, if it names a
/// regular file there: no `.`/`..` segments, no hidden files (`.env`),
/// no symlink that leaves the folder.
pub fn resolve(image: &Image, dir: &str, rel: &str) -> Option<PathBuf> {
    let rel = rel.trim_start_matches('/');
    if rel.is_empty()
        || rel.contains('\0')
        || rel.contains('\\')
        || rel.split('/').any(|s| s.is_empty() || s.starts_with('.'))
    {
        return None;
    }
    let base = inside(&image.dir, dir)?;
    let file = inside(&base, rel)?;
    file.is_file().then_some(file)
}

/// A regular file as a response: content type by extension, ETag and
/// Last-Modified with 304, one byte range. `header` reads the request's.
pub fn file_reply<'a>(file: &Path, header: impl Fn(&str) -> Option<&'a str>) -> Reply {
    let Ok(meta) = std::fs::metadata(file) else {
        return Reply::text(404, "Not Found");
    };
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs());
    let etag = format!("\"{:x}-{:x}\"", meta.len(), mtime);
    let last_modified = httpdate(mtime);
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let mut headers = vec![
        (
            "Content-Type".to_string(),
            crate::http_util::content_type(name).to_string(),
        ),
        ("ETag".to_string(), etag.clone()),
        ("Last-Modified".to_string(), last_modified.clone()),
        ("Accept-Ranges".to_string(), "bytes".to_string()),
    ];
    let not_modified = match header("if-none-match") {
        Some(v) => v.split(',').any(|t| t.trim() == etag || t.trim() == "*"),
        None => header("if-modified-since") == Some(last_modified.as_str()),
    };
    if not_modified {
        return Reply {
            status: 304,
            headers,
            body: Vec::new(),
        };
    }
    let Ok(data) = std::fs::read(file) else {
        return Reply::text(404, "Not Found");
    };
    if let Some(range) = header("range") {
        let len = data.len() as u64;
        return match parse_range(range, len) {
            Some((start, end)) => {
                headers.push(("Content-Range".into(), format!("bytes {start}-{end}/{len}")));
                Reply {
                    status: 206,
                    headers,
                    body: data[start as usize..=end as usize].to_vec(),
                }
            }
            None => {
                headers.push(("Content-Range".into(), format!("bytes */{len}")));
                Reply {
                    status: 416,
                    headers,
                    body: Vec::new(),
                }
            }
        };
    }
    Reply {
        status: 200,
        headers,
        body: data,
    }
}

/// One `bytes=a-b`, `a-` or `-n` range within `len`; inclusive ends.
fn parse_range(h: &str, len: u64) -> Option<(u64, u64)> {
    let spec = h.trim().strip_prefix("bytes=")?;
    if spec.contains(',') || len == 0 {
        return None;
    }
    let (a, b) = spec.split_once('-')?;
    let (a, b) = (a.trim(), b.trim());
    let (start, end) = if a.is_empty() {
        let n: u64 = b.parse().ok()?;
        if n == 0 {
            return None;
        }
        (len.saturating_sub(n), len - 1)
    } else {
        let s: u64 = a.parse().ok()?;
        let e = if b.is_empty() {
            len - 1
        } else {
            b.parse::<u64>().ok()?.min(len - 1)
        };
        (s, e)
    };
    (start <= end && start < len).then_some((start, end))
}

/// IMF-fixdate of a Unix time.
pub fn httpdate(secs: u64) -> String {
    let mut d = kitwork_http::DateCache::fixed(secs);
    String::from_utf8_lossy(d.at(secs)).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        assert_eq!(parse_range("bytes=0-4", 10), Some((0, 4)));
        assert_eq!(parse_range("bytes=5-", 10), Some((5, 9)));
        assert_eq!(parse_range("bytes=-3", 10), Some((7, 9)));
        assert_eq!(parse_range("bytes=8-100", 10), Some((8, 9)));
        assert_eq!(parse_range("bytes=10-12", 10), None);
        assert_eq!(parse_range("bytes=0-1,3-4", 10), None);
        assert_eq!(parse_range("items=0-1", 10), None);
        assert_eq!(httpdate(0), "Thu, 01 Jan 1970 00:00:00 GMT");
    }
}
