//! Helpers shared by the `serve` tests: a temp folder with tenants, the
//! real binary started on a free port with its logs in files, and a small
//! HTTP/1.1 client over `std::net::TcpStream` that writes raw bytes.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// A bootstrap with the fields every test wants; `extra` is spliced into
/// the config object (`"cores: 1, development: true"`).
pub fn bootstrap(extra: &str) -> String {
    format!(
        "import {{ server, env }} from \"kitwork\"\n\
         server.run({{ port: env.PORT, host: \"127.0.0.1\", root: \"tenants\", {extra} }})\n"
    )
}

/// A fresh folder for one test: `<dir>/server.kitwork.js`, tenants under
/// `<dir>/tenants`, logs in `<dir>/stdout.log` and `<dir>/stderr.log`.
pub struct Root {
    pub dir: PathBuf,
}

impl Root {
    pub fn new(name: &str) -> Root {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "kitwork-serve-{}-{}-{name}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("tenants/sites")).unwrap();
        Root { dir }
    }

    /// Writes `rel` (relative to the test folder), creating its parents.
    pub fn write(&self, rel: &str, text: &str) -> PathBuf {
        let p = self.dir.join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&p, text).unwrap();
        p
    }

    /// Runs `kitwork <args> --config server.kitwork.js` in this folder (as
    /// an operator would, beside a running server); answers stdout, or
    /// panics with stderr when it fails.
    pub fn kitwork(&self, args: &[&str]) -> String {
        let out = Command::new(env!("CARGO_BIN_EXE_kitwork"))
            .args(args)
            .args(["--config", "server.kitwork.js"])
            .current_dir(&self.dir)
            .env("PORT", "1")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            out.status.success(),
            "kitwork {args:?}: {}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        text
    }

    /// The folder of site `domain`.
    pub fn site_dir(&self, domain: &str) -> PathBuf {
        self.dir.join("tenants/sites").join(domain)
    }

    /// Writes `<tenants>/sites/<domain>/app.kitwork.js`.
    pub fn site(&self, domain: &str, app: &str) -> PathBuf {
        self.write(&format!("tenants/sites/{domain}/app.kitwork.js"), app)
    }

    /// Writes a file of site `domain`.
    pub fn site_file(&self, domain: &str, rel: &str, text: &str) -> PathBuf {
        self.write(&format!("tenants/sites/{domain}/{rel}"), text)
    }

    /// Starts `kitwork serve` with `bootstrap(extra)`.
    pub fn serve(&self, extra: &str) -> Server {
        self.write("server.kitwork.js", &bootstrap(extra));
        Server::start(&self.dir, "server.kitwork.js", &[])
    }
}

impl Drop for Root {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// A port nobody listens on right now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A running `kitwork serve`; SIGTERM then SIGKILL on drop.
pub struct Server {
    pub port: u16,
    pub child: Option<Child>,
    pub dir: PathBuf,
    status: Option<ExitStatus>,
}

fn spawn(dir: &Path, bootstrap: &str, port: u16, env: &[(&str, &str)]) -> Child {
    let out = std::fs::File::create(dir.join("stdout.log")).unwrap();
    let err = std::fs::File::create(dir.join("stderr.log")).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kitwork"));
    cmd.arg("serve")
        .arg(dir.join(bootstrap))
        .current_dir(dir)
        .env("PORT", port.to_string())
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.spawn().unwrap()
}

impl Server {
    /// Starts the binary on `dir/bootstrap` with `env` added to its
    /// environment and waits until it accepts connections.
    pub fn start(dir: &Path, bootstrap: &str, env: &[(&str, &str)]) -> Server {
        for _attempt in 0..3 {
            let port = free_port();
            let child = spawn(dir, bootstrap, port, env);
            let mut s = Server {
                port,
                child: Some(child),
                dir: dir.to_path_buf(),
                status: None,
            };
            let deadline = Instant::now() + Duration::from_secs(20);
            loop {
                if let Some(st) = s.try_wait() {
                    let err = s.stderr();
                    if err.contains("cannot listen") {
                        break; // the port was taken meanwhile: another one
                    }
                    panic!("kitwork serve exited at start ({st}):\n{err}");
                }
                if s.stdout().contains("kitwork: serving") && TcpStream::connect(s.addr()).is_ok() {
                    return s;
                }
                assert!(
                    Instant::now() < deadline,
                    "kitwork serve did not start:\n{}",
                    s.stderr()
                );
                std::thread::sleep(Duration::from_millis(10));
            }
        }
        panic!("no free port after 3 attempts");
    }

    /// Runs the binary to its exit (a config it must refuse); returns its
    /// status and stderr. Killed after 10 s.
    pub fn run_to_exit(dir: &Path, bootstrap: &str) -> (ExitStatus, String) {
        let mut child = spawn(dir, bootstrap, free_port(), &[]);
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(st) = child.try_wait().unwrap() {
                let err = std::fs::read_to_string(dir.join("stderr.log")).unwrap_or_default();
                return (st, err);
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                panic!("kitwork serve did not exit on a bad config");
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    pub fn addr(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    pub fn stdout(&self) -> String {
        std::fs::read_to_string(self.dir.join("stdout.log")).unwrap_or_default()
    }

    pub fn stderr(&self) -> String {
        std::fs::read_to_string(self.dir.join("stderr.log")).unwrap_or_default()
    }

    /// Waits until stderr (or stdout) holds a line with every one of
    /// `parts`; returns that line.
    pub fn wait_log(&self, stderr: bool, parts: &[&str], timeout: Duration) -> String {
        let deadline = Instant::now() + timeout;
        loop {
            let text = if stderr { self.stderr() } else { self.stdout() };
            if let Some(l) = text.lines().find(|l| parts.iter().all(|p| l.contains(p))) {
                return l.to_string();
            }
            assert!(
                Instant::now() < deadline,
                "no log line with {parts:?} in {}:\n{text}",
                if stderr { "stderr" } else { "stdout" }
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// A new connection.
    pub fn connect(&self) -> Client {
        Client::new(TcpStream::connect(self.addr()).unwrap())
    }

    /// One request on a new connection: `GET path` for `host`.
    pub fn get(&self, host: &str, path: &str) -> Resp {
        self.request(&format!(
            "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        ))
    }

    /// Sends raw `text` on a new connection and reads one response.
    pub fn request(&self, text: &str) -> Resp {
        self.request_bytes(text.as_bytes())
    }

    pub fn request_bytes(&self, raw: &[u8]) -> Resp {
        let head = raw.starts_with(b"HEAD ");
        let mut c = self.connect();
        c.send(raw);
        c.read_response(head)
            .unwrap_or_else(|| panic!("no response to {:?}", String::from_utf8_lossy(raw)))
    }

    pub fn signal(&self, sig: &str) {
        let pid = self.child.as_ref().unwrap().id();
        let ok = Command::new("kill")
            .args([&format!("-{sig}"), &pid.to_string()])
            .status()
            .unwrap()
            .success();
        assert!(ok, "kill -{sig} {pid}");
    }

    pub fn try_wait(&mut self) -> Option<ExitStatus> {
        if self.status.is_none() {
            self.status = self.child.as_mut().unwrap().try_wait().unwrap();
        }
        self.status
    }

    /// Waits for the exit, at most `timeout`.
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if let Some(s) = self.try_wait() {
                return Some(s);
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        None
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if self.try_wait().is_some() {
            return;
        }
        self.signal("TERM");
        if self.wait_exit(Duration::from_secs(3)).is_none() {
            let child = self.child.as_mut().unwrap();
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// A response as read off the wire.
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Resp {
    /// The first header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn headers_named(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// One connection, with a read buffer so pipelined answers can be read
/// one by one.
pub struct Client {
    pub stream: TcpStream,
    buf: Vec<u8>,
}

impl Client {
    pub fn new(stream: TcpStream) -> Client {
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        stream.set_nodelay(true).unwrap();
        Client {
            stream,
            buf: Vec::new(),
        }
    }

    pub fn send(&mut self, raw: &[u8]) {
        self.stream.write_all(raw).unwrap();
    }

    /// Reads more bytes; 0 at end of input (or a reset, taken as a close).
    fn fill(&mut self) -> usize {
        let mut chunk = [0u8; 16 << 10];
        match self.stream.read(&mut chunk) {
            Ok(n) => {
                self.buf.extend_from_slice(&chunk[..n]);
                n
            }
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => 0,
            Err(e) => panic!("read: {e}"),
        }
    }

    fn take_line(&mut self) -> Option<String> {
        loop {
            if let Some(i) = self.buf.windows(2).position(|w| w == b"\r\n") {
                let line = String::from_utf8_lossy(&self.buf[..i]).into_owned();
                self.buf.drain(..i + 2);
                return Some(line);
            }
            if self.fill() == 0 {
                return None;
            }
        }
    }

    fn take(&mut self, n: usize) -> Vec<u8> {
        while self.buf.len() < n {
            assert!(self.fill() > 0, "connection closed inside a body");
        }
        self.buf.drain(..n).collect()
    }

    /// Reads one response (`None` if the connection closed before one
    /// began). `head`: the request was HEAD, so no body follows.
    pub fn read_response(&mut self, head: bool) -> Option<Resp> {
        let status_line = self.take_line()?;
        let mut parts = status_line.splitn(3, ' ');
        let version = parts.next().unwrap_or("");
        assert!(
            version.starts_with("HTTP/1."),
            "bad status line {status_line:?}"
        );
        let status: u16 = parts
            .next()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("bad status line {status_line:?}"));
        let mut headers = Vec::new();
        loop {
            let line = self.take_line().expect("connection closed inside a head");
            if line.is_empty() {
                break;
            }
            let (k, v) = line.split_once(':').expect("header without ':'");
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
        let mut resp = Resp {
            status,
            headers,
            body: Vec::new(),
        };
        if head || status == 204 || status == 304 || (100..200).contains(&status) {
            return Some(resp);
        }
        if resp
            .header("transfer-encoding")
            .is_some_and(|t| t.eq_ignore_ascii_case("chunked"))
        {
            loop {
                let size_line = self.take_line().expect("closed inside a chunked body");
                let size = usize::from_str_radix(size_line.split(';').next().unwrap().trim(), 16)
                    .expect("bad chunk size");
                if size == 0 {
                    while !self.take_line().expect("closed in trailers").is_empty() {}
                    break;
                }
                let data = self.take(size);
                resp.body.extend_from_slice(&data);
                assert_eq!(self.take(2), b"\r\n");
            }
        } else if let Some(n) = resp.header("content-length") {
            let n: usize = n.parse().expect("bad Content-Length");
            resp.body = self.take(n);
        } else {
            while self.fill() > 0 {}
            resp.body = std::mem::take(&mut self.buf);
        }
        Some(resp)
    }

    /// Whether the server closed the connection (within the read timeout),
    /// with nothing more to read.
    pub fn closed(&mut self) -> bool {
        self.buf.is_empty() && self.fill() == 0
    }

    pub fn set_read_timeout(&self, d: Duration) {
        self.stream.set_read_timeout(Some(d)).unwrap();
    }
}

/// Polls `f` every 20 ms until it returns `Some`, at most `timeout`.
pub fn poll<T>(timeout: Duration, mut f: impl FnMut() -> Option<T>) -> Option<T> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(v) = f() {
            return Some(v);
        }
        if Instant::now() > deadline {
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Copies a folder tree (files and folders only).
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dst = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &dst);
        } else {
            std::fs::copy(e.path(), &dst).unwrap();
        }
    }
}
