//! kitwork-http: the server side of HTTP/1.1 over any async byte stream.
//!
//! Owns the wire format: reading request heads and bodies (pipelining,
//! `Content-Length` and chunked bodies, `Expect: 100-continue`, keep-alive
//! rules), every limit on a request with the status its breach answers, and
//! writing responses (status line, `Date`, framing, chunked streaming). The
//! engine drives it on glommio's TCP streams; tests drive it in memory.
//!
//! It must not depend on glommio, tokio, the VM or the engine: streams are
//! `futures-lite`'s `AsyncRead + AsyncWrite`, heads are parsed by
//! `httparse` (line ends found with `memchr`), and timers (read and idle
//! timeouts) belong to the engine, which wraps [`Conn::next_request`] in
//! its own.
//!
//! # How the engine drives a connection
//!
//! 1. `Conn::new(stream)`, one `Request::default()` kept per connection.
//! 2. Loop: [`Conn::next_request_into`] (or [`Conn::next_request`]);
//!    `Ok(false)` / `Ok(None)` is a clean close.
//! 3. Answer into [`Conn::out`] with [`Response::write_into`] (pass
//!    `req.is_head()` and `req.keep_alive`); stop after a request that is
//!    not keep-alive, then [`Conn::flush`].
//! 4. On `Err(e)`: if `e.should_respond()`, append
//!    [`HttpError::write_response_into`], flush, and close.
//!
//! # Why these choices
//!
//! - Strict framing: `Content-Length` with `Transfer-Encoding`, a repeated
//!   `Content-Length`, a coding other than exactly `chunked`, or a bare LF
//!   inside chunked framing is an error, never a guess, because two parsers
//!   that guess differently are a request-smuggling hole.
//! - One output buffer per connection ([`Conn::out`]): answers to pipelined
//!   requests leave in one write, in order, and `100 Continue` never
//!   overtakes them.
//! - No panics on input: every index into input goes through `get`.
//!
//! # File map
//!
//! - `limits.rs`: `Limits`, every bound on a request, with defaults
//! - `conn.rs`: `Conn`, the read buffer, the request loop, `Content-Length`
//!   bodies, the output buffer
//! - `head.rs`: finding and parsing the head; framing and smuggling rules
//! - `chunked.rs`: chunked request bodies (sizes, extensions, trailers)
//! - `request.rs`: `Request`, `Method`, host, path, query and decoding helpers
//! - `response.rs`: `Response`, `Body`, reason phrases, `ChunkedWriter`
//! - `error.rs`: `HttpError` and its ready-made error response
//! - `date.rs`: `DateCache`, the `Date` value formatted once per second
//! - `mem.rs`: `MemStream`, an in-memory stream for tests and fuzzing
//!
//! # Example
//!
//! ```
//! use kitwork_http::{Conn, DateCache, Limits, MemStream, Response};
//! futures_lite::future::block_on(async {
//!     let input = "GET /hi?x=1 HTTP/1.1\r\nHost: Example.COM:8080\r\n\r\n";
//!     let mut conn = Conn::new(MemStream::new(input, 0));
//!     let mut date = DateCache::new();
//!     let limits = Limits::default();
//!     while let Some(req) = conn.next_request(&limits).await.unwrap() {
//!         assert_eq!((req.path(), req.query()), ("/hi", "x=1"));
//!         assert_eq!(req.host(), Some("example.com"));
//!         let resp = Response::new(200, "hello");
//!         resp.write_into(conn.out(), req.is_head(), req.keep_alive, &mut date);
//!     }
//!     conn.flush().await.unwrap();
//!     let written = String::from_utf8(conn.get_mut().written.clone()).unwrap();
//!     assert!(written.starts_with("HTTP/1.1 200 OK\r\n"));
//!     assert!(written.ends_with("Content-Length: 5\r\n\r\nhello"));
//! });
//! ```

mod chunked;
mod conn;
mod date;
mod error;
mod head;
mod limits;
pub mod mem;
mod request;
mod response;

pub use conn::Conn;
pub use date::{DateCache, DATE_LEN};
pub use error::HttpError;
pub use limits::Limits;
pub use mem::MemStream;
pub use request::{percent_decode, Method, Request};
pub use response::{has_body, reason_phrase, Body, ChunkedWriter, Response};
