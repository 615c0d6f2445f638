//! `MemStream`: an in-memory stream for tests, fuzzing and benchmarks.

use futures_lite::io::{AsyncRead, AsyncWrite};
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

/// Serves fixed input, at most `step` bytes per read (1 gives a peer that
/// trickles one byte at a time), then end of input; keeps what is written.
#[derive(Clone, Debug, Default)]
pub struct MemStream {
    input: Vec<u8>,
    pos: usize,
    step: usize,
    /// Everything written to the stream.
    pub written: Vec<u8>,
    /// Number of `write` calls (to check that output is batched).
    pub writes: usize,
}

impl MemStream {
    /// A stream that returns `input` in reads of up to `step` bytes
    /// (`step` 0 means as much as the reader asks for).
    pub fn new(input: impl Into<Vec<u8>>, step: usize) -> Self {
        MemStream {
            input: input.into(),
            pos: 0,
            step: if step == 0 { usize::MAX } else { step },
            written: Vec::new(),
            writes: 0,
        }
    }
}

impl AsyncRead for MemStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
        buf: &mut [u8],
    ) -> Poll<io::Result<usize>> {
        let this = &mut *self;
        let rest = this.input.get(this.pos..).unwrap_or(&[]);
        let n = rest.len().min(buf.len()).min(this.step);
        if let (Some(dst), Some(src)) = (buf.get_mut(..n), rest.get(..n)) {
            dst.copy_from_slice(src);
        }
        this.pos += n;
        Poll::Ready(Ok(n))
    }
}

impl AsyncWrite for MemStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        self.written.extend_from_slice(buf);
        self.writes += 1;
        Poll::Ready(Ok(buf.len()))
    }

    fn poll_flush(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_close(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}
