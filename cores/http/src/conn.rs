//! `Conn`: one connection's read buffer, output buffer and request loop.
//!
//! Why the output buffer lives here: pipelined requests are answered in
//! order, and the `100 Continue` that [`Conn::next_request`] may send must
//! not overtake the answers to earlier requests. So the engine appends
//! responses to [`Conn::out`], and the connection writes that buffer before
//! it would wait for input (and before a `100 Continue`). Responses to a
//! burst of pipelined requests so leave in one write.

use crate::error::HttpError;
use crate::head::{find_head_end, parse_head_into, Framing};
use crate::limits::Limits;
use crate::request::Request;
use crate::response::CONTINUE;
use futures_lite::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

/// Initial size of the read buffer; it grows (up to about the head limit
/// plus one read) only for larger heads.
const INITIAL_READ: usize = 4096;
/// The least free space offered to one read.
const MIN_READ: usize = 1024;

/// A server-side HTTP/1.1 connection over a byte stream.
///
/// Not cancel-safe: if a `next_request` future is dropped before it
/// finishes (a timeout), the framing is lost and the connection must be
/// closed, not read again.
pub struct Conn<S> {
    stream: S,
    rbuf: Vec<u8>,
    /// Unread input is `rbuf[rstart..rend]`.
    rstart: usize,
    rend: usize,
    out: Vec<u8>,
    eof: bool,
}

impl<S: AsyncRead + AsyncWrite + Unpin> Conn<S> {
    /// Wraps a connected stream.
    pub fn new(stream: S) -> Self {
        Conn {
            stream,
            rbuf: vec![0; INITIAL_READ],
            rstart: 0,
            rend: 0,
            out: Vec::new(),
            eof: false,
        }
    }

    /// Reads the next request, its body included. `Ok(None)` means the peer
    /// closed the connection cleanly between requests. Empty lines before a
    /// request are skipped. Pending output is written before any wait for
    /// input.
    ///
    /// On `Err`, answer with [`HttpError::write_response_into`] (when
    /// [`HttpError::should_respond`]) and close: the rest of the input can
    /// no longer be framed.
    pub async fn next_request(&mut self, limits: &Limits) -> Result<Option<Request>, HttpError> {
        let mut request = Request::default();
        Ok(self
            .next_request_into(&mut request, limits)
            .await?
            .then_some(request))
    }

    /// [`Conn::next_request`] into a request the caller keeps, reusing its
    /// strings and vectors: once they have grown to the connection's usual
    /// requests, reading one allocates nothing. Returns `Ok(false)` at a
    /// clean end of input (then `req` is left as it was).
    pub async fn next_request_into(
        &mut self,
        req: &mut Request,
        limits: &Limits,
    ) -> Result<bool, HttpError> {
        let head_end = match self.read_head(limits).await? {
            Some(end) => end,
            None => return Ok(false),
        };
        let head = self.rbuf.get(self.rstart..head_end).unwrap_or(&[]);
        let framing = parse_head_into(head, limits, req)?;
        self.rstart = head_end;
        let has_body = match framing {
            Framing::Length(n) => {
                if n > limits.max_body as u64 {
                    return Err(HttpError::new(413, "body too large"));
                }
                n > 0
            }
            Framing::Chunked => true,
        };
        if has_body && req.expect_continue {
            self.out.extend_from_slice(CONTINUE);
        }
        match framing {
            Framing::Length(n) => {
                // n <= max_body, a usize.
                let n = usize::try_from(n).map_err(|_| HttpError::new(413, "body too large"))?;
                self.read_sized_body(&mut req.body, n).await?;
            }
            Framing::Chunked => self.read_chunked_body(&mut req.body, limits).await?,
        }
        Ok(true)
    }

    /// The output buffer: append responses here (see
    /// [`Response::write_into`](crate::Response::write_into)); it is written
    /// by [`Conn::flush`], and before `next_request` waits for input.
    pub fn out(&mut self) -> &mut Vec<u8> {
        &mut self.out
    }

    /// Writes `data` after any pending output, without copying it into the
    /// output buffer (for large bodies). Does not flush the stream.
    pub async fn write_all(&mut self, data: &[u8]) -> std::io::Result<()> {
        self.write_out().await?;
        self.stream.write_all(data).await
    }

    /// Writes the pending output and flushes the stream.
    pub async fn flush(&mut self) -> std::io::Result<()> {
        self.write_out().await?;
        self.stream.flush().await
    }

    /// Whether input for another request is already buffered (the engine
    /// may delay its flush to batch the pipelined answers).
    pub fn has_buffered_input(&self) -> bool {
        self.rend > self.rstart
    }

    /// The stream, to use after the HTTP exchange (an upgrade) or for
    /// socket options.
    pub fn get_mut(&mut self) -> &mut S {
        &mut self.stream
    }

    /// Gives back the stream and any input read past the last request.
    pub fn into_inner(self) -> (S, Vec<u8>) {
        let rest = self
            .rbuf
            .get(self.rstart..self.rend)
            .unwrap_or(&[])
            .to_vec();
        (self.stream, rest)
    }

    async fn write_out(&mut self) -> std::io::Result<()> {
        if !self.out.is_empty() {
            let result = self.stream.write_all(&self.out).await;
            self.out.clear();
            result?;
        }
        Ok(())
    }

    /// Reads until a whole head is buffered at `rstart`; returns the index
    /// after it, or `None` on a clean end of input.
    async fn read_head(&mut self, limits: &Limits) -> Result<Option<usize>, HttpError> {
        let mut scanned: usize = 0;
        loop {
            // Skip empty lines left between requests (RFC 9112, 2.2).
            loop {
                let skip = match self.buffered() {
                    [b'\n', ..] => 1,
                    [b'\r', b'\n', ..] => 2,
                    _ => break,
                };
                self.consume(skip);
                scanned = 0;
            }
            let buffered = self.rbuf.get(self.rstart..self.rend).unwrap_or(&[]);
            if let Some(end) = find_head_end(buffered, scanned.saturating_sub(2)) {
                let line = memchr::memchr(b'\n', buffered).unwrap_or(end);
                if line > limits.max_request_line.saturating_add(1) {
                    return Err(HttpError::new(414, "request line too long"));
                }
                if end > limits.max_header_bytes {
                    return Err(HttpError::new(431, "request head too large"));
                }
                return Ok(Some(self.rstart + end));
            }
            match memchr::memchr(b'\n', buffered) {
                None if buffered.len() > limits.max_request_line.saturating_add(1) => {
                    return Err(HttpError::new(414, "request line too long"));
                }
                Some(line) if line > limits.max_request_line.saturating_add(1) => {
                    return Err(HttpError::new(414, "request line too long"));
                }
                _ => {}
            }
            if buffered.len() > limits.max_header_bytes {
                return Err(HttpError::new(431, "request head too large"));
            }
            scanned = buffered.len();
            if self.fill().await? == 0 {
                return if self.rstart == self.rend {
                    Ok(None)
                } else {
                    Err(HttpError::bad("connection closed inside a request head"))
                };
            }
        }
    }

    /// Reads more input into the buffer (after writing pending output).
    /// Returns the number of bytes read; 0 at end of input.
    pub(crate) async fn fill(&mut self) -> Result<usize, HttpError> {
        self.write_out().await.map_err(|e| HttpError::from_io(&e))?;
        if self.eof {
            return Ok(0);
        }
        if self.rstart == self.rend {
            self.rstart = 0;
            self.rend = 0;
        }
        if self.rbuf.len() - self.rend < MIN_READ {
            if self.rstart > 0 {
                self.rbuf.copy_within(self.rstart..self.rend, 0);
                self.rend -= self.rstart;
                self.rstart = 0;
            }
            if self.rbuf.len() - self.rend < MIN_READ {
                let len = (self.rbuf.len() * 2).max(self.rend + MIN_READ);
                self.rbuf.resize(len, 0);
            }
        }
        let spare = self.rbuf.get_mut(self.rend..).unwrap_or(&mut []);
        let n = self
            .stream
            .read(spare)
            .await
            .map_err(|e| HttpError::from_io(&e))?;
        if n == 0 {
            self.eof = true;
        }
        self.rend += n;
        Ok(n)
    }

    /// The unread input.
    pub(crate) fn buffered(&self) -> &[u8] {
        self.rbuf.get(self.rstart..self.rend).unwrap_or(&[])
    }

    pub(crate) fn consume(&mut self, n: usize) {
        self.rstart = (self.rstart + n).min(self.rend);
    }

    /// Reads a `Content-Length` body of `n` bytes: first what is buffered,
    /// then straight from the stream into `body`, growing it as bytes come
    /// (a peer that announces 1 MiB and sends nothing holds no 1 MiB).
    async fn read_sized_body(&mut self, body: &mut Vec<u8>, n: usize) -> Result<(), HttpError> {
        let take = n.min(self.buffered().len());
        body.extend_from_slice(self.buffered().get(..take).unwrap_or(&[]));
        self.consume(take);
        if body.len() < n {
            self.write_out().await.map_err(|e| HttpError::from_io(&e))?;
        }
        while body.len() < n {
            let old = body.len();
            let step = (n - old).min(64 << 10);
            body.resize(old + step, 0);
            let dst = body.get_mut(old..).unwrap_or(&mut []);
            let got = self
                .stream
                .read(dst)
                .await
                .map_err(|e| HttpError::from_io(&e))?;
            body.truncate(old + got);
            if got == 0 {
                self.eof = true;
                return Err(HttpError::bad("connection closed inside a request body"));
            }
        }
        Ok(())
    }
}
