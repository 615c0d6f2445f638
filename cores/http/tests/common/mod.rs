//! Helpers shared by the integration tests.
#![allow(dead_code)]

use futures_lite::future::block_on;
use kitwork_http::{Conn, HttpError, Limits, MemStream, Request};

/// What a connection yielded: the requests read, then how it ended
/// (`None` for a clean end of input), and everything written to the peer.
pub struct Run {
    pub requests: Vec<Request>,
    pub end: Option<HttpError>,
    pub written: Vec<u8>,
}

/// Reads requests from `input` served `step` bytes per read until the end
/// of input or the first error.
pub fn run_with(input: &[u8], step: usize, limits: &Limits) -> Run {
    let mut conn = Conn::new(MemStream::new(input, step));
    let mut requests = Vec::new();
    let end = block_on(async {
        loop {
            match conn.next_request(limits).await {
                Ok(Some(r)) => requests.push(r),
                Ok(None) => return None,
                Err(e) => return Some(e),
            }
        }
    });
    block_on(conn.flush()).unwrap();
    let written = conn.get_mut().written.clone();
    Run {
        requests,
        end,
        written,
    }
}

pub fn run(input: &[u8]) -> Run {
    run_with(input, 0, &Limits::default())
}

/// The single error `input` must produce (after any good requests).
pub fn error_of(input: &[u8]) -> HttpError {
    error_with(input, &Limits::default())
}

pub fn error_with(input: &[u8], limits: &Limits) -> HttpError {
    let whole = run_with(input, 0, limits);
    let trickled = run_with(input, 1, limits);
    let e = whole
        .end
        .unwrap_or_else(|| panic!("no error for {:?}", String::from_utf8_lossy(input)));
    // Served byte by byte, the same input gives the same answer.
    assert_eq!(
        Some(e),
        trickled.end,
        "byte-by-byte differs for {:?}",
        String::from_utf8_lossy(input)
    );
    e
}
