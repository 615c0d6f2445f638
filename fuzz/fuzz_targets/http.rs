//! Feed arbitrary bytes to `Conn::next_request` over an in-memory stream,
//! under small limits so they are reached. Any panic is a bug; errors are
//! fine but must be 4xx/5xx. The same input must read the same whether it
//! arrives whole or in small pieces, and every request read is answered
//! through the response writer.
#![no_main]

use futures_lite::future::block_on;
use kitwork_http::{Conn, DateCache, HttpError, Limits, MemStream, Request, Response};
use libfuzzer_sys::fuzz_target;

fn read_all(
    input: &[u8],
    step: usize,
    limits: &Limits,
) -> (Vec<Request>, Option<HttpError>, Vec<u8>) {
    let mut conn = Conn::new(MemStream::new(input, step));
    let mut date = DateCache::fixed(0);
    let mut requests = Vec::new();
    // In pieces, one reused Request (next_request_into); whole, a fresh one
    // each time (next_request): the two must agree.
    let reuse = step != 0;
    let mut kept = Request::default();
    let end = block_on(async {
        loop {
            let next = if reuse {
                match conn.next_request_into(&mut kept, limits).await {
                    Ok(true) => Ok(Some(kept.clone())),
                    Ok(false) => Ok(None),
                    Err(e) => Err(e),
                }
            } else {
                conn.next_request(limits).await
            };
            match next {
                Ok(Some(req)) => {
                    assert!(req.body.len() <= limits.max_body);
                    assert!(req.headers.len() <= limits.max_headers + 1);
                    let _ = (req.host(), req.path(), req.query(), req.path_decoded());
                    let _ = req.query_pairs().count();
                    let resp = Response::new(200, req.target.clone().into_bytes());
                    resp.write_into(conn.out(), req.is_head(), req.keep_alive, &mut date);
                    requests.push(req);
                }
                Ok(None) => return None,
                Err(e) => return Some(e),
            }
        }
    });
    if let Some(e) = end {
        assert!((400..=599).contains(&e.status), "{e:?}");
        let _ = e.to_response(&mut date);
    }
    block_on(conn.flush()).expect("in-memory writes cannot fail");
    let written = conn.get_mut().written.clone();
    (requests, end, written)
}

fuzz_target!(|data: &[u8]| {
    let Some((&knobs, input)) = data.split_first() else {
        return;
    };
    let limits = Limits {
        max_request_line: 32 + usize::from(knobs & 0x3f),
        max_header_bytes: 128 + 8 * usize::from(knobs & 0x3f),
        max_headers: 1 + usize::from(knobs >> 6) * 3,
        max_body: 64 + usize::from(knobs & 0x0f) * 16,
    };
    let step = 1 + usize::from(knobs >> 4);
    let whole = read_all(input, 0, &limits);
    let pieces = read_all(input, step, &limits);
    assert_eq!(whole.0, pieces.0, "requests differ with step {step}");
    assert_eq!(whole.1, pieces.1, "ending differs with step {step}");
    assert_eq!(whole.2, pieces.2, "output differs with step {step}");
});
