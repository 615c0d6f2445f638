//! One core's shard: its listener (SO_REUSEPORT), its tenant table and VM
//! pools, its connections. Everything here is owned by one glommio
//! executor, so nothing on the request path takes a lock; new tenant
//! generations arrive over a channel from the reload thread.

use crate::config::Config;
use crate::dispatch::{self, Incoming, Reply};
use crate::kit::database::{Databases, DbHost};
use crate::router::{Found, Method};
use crate::sites::{Directory, Site, Update};
use crate::tenant::{self, Image};
use crate::{assets, Shutdown};
use ahash::AHashMap;
use futures_lite::future;
use glommio::net::{TcpListener, TcpStream};
use glommio::timer::Timer;
use kitwork_http::{Conn, DateCache, Response};
use kitwork_vm::Vm;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Arc;
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

/// VMs kept idle per tenant and shard. Every request parked on I/O holds
/// a VM, so past this many in flight at once a VM is dropped on release
/// and a new one made (the module's top-level code run again) on the next
/// acquire: at 64, a database route under 100 keep-alive connections made
/// a VM for about a third of its requests.
const MAX_IDLE_VMS: usize = 128;

/// A tenant generation on this shard, with its VMs. A reload replaces the
/// slot; requests in flight keep the old one (their `Rc`) until they end.
pub struct Slot {
    pub image: Arc<Image>,
    /// Boxed: a `Vm` is a few KB, moved in and out of the pool per request.
    #[allow(clippy::vec_box)]
    free: RefCell<Vec<Box<Vm>>>,
    /// `.cache(seconds)` routes: successful GET answers by target, until
    /// they expire (per shard and generation: a reload starts empty).
    cache: RefCell<AHashMap<String, (Instant, Rc<Reply>)>>,
}

/// Cached answers kept per tenant and shard; past it, the cache is cleared.
const MAX_CACHED: usize = 4096;

/// A connection keeps its request's body buffer up to this capacity; a
/// larger upload's buffer is freed after its request.
const KEPT_BODY: usize = 64 * 1024;

impl Slot {
    fn new(image: Arc<Image>) -> Slot {
        Slot {
            image,
            free: RefCell::new(Vec::new()),
            cache: RefCell::new(AHashMap::new()),
        }
    }

    fn acquire(&self, dbs: &Databases) -> Result<Box<Vm>, String> {
        match self.free.borrow_mut().pop() {
            Some(vm) => Ok(vm),
            None => tenant::make_vm(&self.image, Some(DbHost::new(dbs.clone()))).map(Box::new),
        }
    }

    fn release(&self, mut vm: Box<Vm>) {
        if vm.condemned {
            return;
        }
        vm.reset();
        let mut free = self.free.borrow_mut();
        if free.len() < MAX_IDLE_VMS {
            free.push(vm);
        }
    }
}

/// A tenant as this shard knows it.
enum State {
    /// Found on disk, not compiled yet (compiled on first request).
    Lazy(Site),
    Ready(Rc<Slot>),
    /// The last build failed: answered with 500 until a reload fixes it.
    Broken(Rc<str>),
}

pub struct Shard {
    pub id: usize,
    config: Arc<Config>,
    tenants: RefCell<AHashMap<String, State>>,
    date: RefCell<DateCache>,
    /// Open connections, for graceful shutdown.
    open: Cell<usize>,
    stopping: Cell<bool>,
    /// The code-execution API, when configured.
    pub exec: Option<crate::exec::ExecShard>,
    /// This shard's database handles (its own PostgreSQL pools).
    pub dbs: Databases,
    aliases: Vec<String>,
}

impl Shard {
    pub fn new(
        id: usize,
        config: Arc<Config>,
        dir: &Directory,
        exec_stats: Arc<[crate::exec::Stats]>,
        dbs: Databases,
    ) -> Shard {
        let tenants = dir
            .sites
            .iter()
            .map(|(k, s)| (k.clone(), State::Lazy(s.clone())))
            .collect();
        Shard {
            id,
            tenants: RefCell::new(tenants),
            date: RefCell::new(DateCache::new()),
            open: Cell::new(0),
            stopping: Cell::new(false),
            aliases: config.aliases(),
            dbs,
            exec: config
                .exec
                .is_some()
                .then(|| crate::exec::ExecShard::new(id, exec_stats)),
            config,
        }
    }

    pub fn apply(&self, update: Update) {
        let mut t = self.tenants.borrow_mut();
        match update {
            Update::Ready(image) => {
                t.insert(
                    image.domain.clone(),
                    State::Ready(Rc::new(Slot::new(image))),
                );
            }
            Update::Broken(site, msg) => {
                // A broken save keeps the generation that serves.
                if !matches!(t.get(&site.domain), Some(State::Ready(_))) {
                    t.insert(site.domain, State::Broken(msg.into()));
                }
            }
            Update::Added(site) => {
                t.insert(site.domain.clone(), State::Lazy(site));
            }
            Update::Removed(domain) => {
                t.remove(&domain);
            }
        }
    }

    /// The tenant for a host, compiling it on first use.
    fn tenant(&self, host: &str) -> Option<Result<Rc<Slot>, Rc<str>>> {
        // The borrow ends with this statement: the default site's lookup
        // below compiles it and so borrows the table mutably.
        let found = match self.tenants.borrow().get(host) {
            Some(State::Ready(s)) => return Some(Ok(s.clone())),
            Some(State::Broken(m)) => return Some(Err(m.clone())),
            Some(State::Lazy(_)) => true,
            None => false,
        };
        let key = if found {
            host.to_string()
        } else {
            let d = self.config.default_site.as_ref()?;
            if d == host {
                return None;
            }
            return self.tenant(&d.clone());
        };
        let site = match self.tenants.borrow().get(&key) {
            Some(State::Lazy(s)) => s.clone(),
            _ => return None,
        };
        let built = tenant::build(
            &site.dir,
            &site.domain,
            site.identity.clone(),
            &self.config.limits,
            self.config.locale,
            &self.aliases,
        );
        let state = match built {
            Ok(image) => State::Ready(Rc::new(Slot::new(image))),
            Err(e) => {
                eprintln!("error tenant={} {e}", site.domain);
                State::Broken(e.0.into())
            }
        };
        let answer = match &state {
            State::Ready(s) => Ok(s.clone()),
            State::Broken(m) => Err(m.clone()),
            State::Lazy(_) => unreachable!(),
        };
        self.tenants.borrow_mut().insert(key, state);
        Some(answer)
    }

    /// `precompile`: builds every tenant not built yet, one at a time,
    /// letting requests through in between.
    pub async fn precompile_all(&self) {
        let lazy: Vec<String> = self
            .tenants
            .borrow()
            .iter()
            .filter(|(_, s)| matches!(s, State::Lazy(_)))
            .map(|(k, _)| k.clone())
            .collect();
        for host in lazy {
            let _ = self.tenant(&host);
            glommio::yield_if_needed().await;
        }
    }

    pub fn stop(&self) {
        self.stopping.set(true);
    }

    pub fn open_connections(&self) -> usize {
        self.open.get()
    }
}

/// Accepts until shutdown, one task per connection.
/// `exec_port`: the listener of the code-execution API's own port.
pub async fn accept_loop(
    shard: Rc<Shard>,
    listener: TcpListener,
    shutdown: Shutdown,
    exec_port: bool,
) {
    loop {
        let accepted = future::or(async { Some(listener.accept().await) }, async {
            shutdown.wait().await;
            None
        })
        .await;
        match accepted {
            None => break,
            Some(Ok(stream)) => {
                let s = shard.clone();
                let stop = shutdown.clone();
                glommio::spawn_local(async move { serve_conn(s, stream, stop, exec_port).await })
                    .detach();
            }
            Some(Err(e)) => {
                eprintln!("accept on shard {}: {e}", shard.id);
                Timer::new(Duration::from_millis(10)).await;
            }
        }
    }
}

struct OpenGuard(Rc<Shard>);

impl Drop for OpenGuard {
    fn drop(&mut self) {
        self.0.open.set(self.0.open.get() - 1);
    }
}

async fn serve_conn(shard: Rc<Shard>, stream: TcpStream, shutdown: Shutdown, exec_port: bool) {
    shard.open.set(shard.open.get() + 1);
    let _guard = OpenGuard(shard.clone());
    let _ = stream.set_nodelay(true);
    let ip = stream
        .peer_addr()
        .map(|a| a.ip().to_string())
        .unwrap_or_default();
    let config = shard.config.clone();
    let watch = Rc::new(Watch::new());
    let mut conn = Conn::new(Timed {
        stream,
        watch: watch.clone(),
    });
    // Dropped with the connection, which cancels it.
    let _watchdog = glommio::spawn_local(watchdog(watch.clone(), config.clone(), shutdown.clone()));
    // Kept across the connection's requests: reading one reuses its strings.
    let mut request = kitwork_http::Request::default();
    loop {
        // The read timeout runs from the first byte of a request (now, if
        // it is already buffered); before that, the idle timeout, and an
        // idle connection closes at shutdown.
        let idle_since = Instant::now();
        watch.idle_since.set(idle_since);
        watch
            .first_byte
            .set(conn.has_buffered_input().then_some(idle_since));
        watch.fired.set(false);
        watch.waiting.set(true);
        let next = future::or(
            async { Some(conn.next_request_into(&mut request, &config.http).await) },
            async {
                Fired(&watch).await;
                None
            },
        )
        .await;
        watch.waiting.set(false);
        match next {
            None => {
                if watch.first_byte.get().is_some() {
                    let e = kitwork_http::HttpError::new(408, "request timeout");
                    e.write_response_into(conn.out(), &mut shard.date.borrow_mut());
                    let _ = conn.flush().await;
                }
                return;
            }
            Some(Ok(false)) => return,
            Some(Ok(true)) => {}
            Some(Err(e)) => {
                if e.should_respond() {
                    e.write_response_into(conn.out(), &mut shard.date.borrow_mut());
                    let _ = conn.flush().await;
                }
                return;
            }
        };
        let started = config.access_log.then(Instant::now);
        let wants_keep_alive = request.keep_alive;
        let head_only = request.is_head();
        let reply = handle(&shard, &request, &ip, exec_port).await;
        if request.body.capacity() > KEPT_BODY {
            request.body = Vec::new();
        }
        // Decided after the handler: a shutdown that began while it ran
        // answers `Connection: close`, so the client does not reuse a
        // connection that is about to close.
        let keep_alive = wants_keep_alive && !shard.stopping.get() && !shutdown.requested();
        if let Some(started) = started {
            access_log(&shard, &reply, started);
        }
        let response = Response {
            status: reply.status,
            headers: reply.headers,
            body: kitwork_http::Body::Bytes(reply.body),
        };
        response.write_into(
            conn.out(),
            head_only,
            keep_alive,
            &mut shard.date.borrow_mut(),
        );
        // Pipelined requests already buffered: answer them all, then write once.
        let last = !conn.has_buffered_input() || !keep_alive;
        if last {
            // Let the other connections with a request ready answer theirs
            // first, so the responses go out back to back: the first send
            // wakes the client, the next ones find it awake. Sending each at
            // once woke an idle client per response (an inter-processor
            // interrupt charged to this core): /api/users under wrk -c100
            // went from 28-31 to 22 µs CPU per request. With one connection
            // the yield returns at once.
            future::yield_now().await;
        }
        if last && conn.flush().await.is_err() {
            return;
        }
        if !keep_alive {
            return;
        }
    }
}

/// A connection's timeouts, shared with its watchdog task.
///
/// Why a watchdog: a timer armed and disarmed around every request (a
/// reactor insert and removal, a clock read per poll) cost more than the
/// whole constant route. The watchdog wakes every 100 ms at most (to
/// notice a first byte or a shutdown, as the per-request timer did), and
/// the request path only sets cells.
struct Watch {
    /// When the current request's first byte arrived (read timeout).
    first_byte: Cell<Option<Instant>>,
    /// When the connection began waiting for a request (idle timeout).
    idle_since: Cell<Instant>,
    /// True while the connection waits for a request: the timeouts apply.
    waiting: Cell<bool>,
    /// Set by the watchdog when a timeout passed while waiting.
    fired: Cell<bool>,
    waker: RefCell<Option<Waker>>,
}

impl Watch {
    fn new() -> Watch {
        Watch {
            first_byte: Cell::new(None),
            idle_since: Cell::new(Instant::now()),
            waiting: Cell::new(false),
            fired: Cell::new(false),
            waker: RefCell::new(None),
        }
    }
}

/// Ready once the watchdog fired.
struct Fired<'a>(&'a Watch);

impl Future for Fired<'_> {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0.fired.get() {
            return Poll::Ready(());
        }
        let mut w = self.0.waker.borrow_mut();
        if !w.as_ref().is_some_and(|w| w.will_wake(cx.waker())) {
            *w = Some(cx.waker().clone());
        }
        Poll::Pending
    }
}

/// Fires `watch` when the read timeout (from a first byte) or the idle
/// timeout passes while the connection waits, or at shutdown when idle.
async fn watchdog(watch: Rc<Watch>, config: Arc<Config>, shutdown: Shutdown) {
    const TICK: Duration = Duration::from_millis(100);
    loop {
        let mut nap = TICK;
        if watch.waiting.get() && !watch.fired.get() {
            let deadline = match watch.first_byte.get() {
                Some(t) => Some(t + config.read_timeout),
                None if shutdown.requested() => None,
                None => Some(watch.idle_since.get() + config.idle_timeout),
            };
            let now = Instant::now();
            match deadline {
                Some(d) if now < d => nap = (d - now).min(TICK),
                _ => {
                    watch.fired.set(true);
                    if let Some(w) = watch.waker.borrow_mut().take() {
                        w.wake();
                    }
                }
            }
        }
        Timer::new(nap).await;
    }
}

/// The connection's stream, noting when the first byte of a request
/// arrives: the read timeout runs from there (a client that sends half a
/// head and stalls gets 408 after `read_timeout`, not `idle_timeout`).
struct Timed {
    stream: TcpStream,
    watch: Rc<Watch>,
}

impl futures_lite::AsyncRead for Timed {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut [u8],
    ) -> Poll<std::io::Result<usize>> {
        let this = self.get_mut();
        let r = Pin::new(&mut this.stream).poll_read(cx, buf);
        if matches!(r, Poll::Ready(Ok(n)) if n > 0) && this.watch.first_byte.get().is_none() {
            this.watch.first_byte.set(Some(Instant::now()));
        }
        r
    }
}

impl futures_lite::AsyncWrite for Timed {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.get_mut().stream).poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_flush(cx)
    }

    fn poll_close(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_close(cx)
    }
}

/// Filled by `handle` for the access log.
#[derive(Default)]
pub struct LogLine {
    pub host: String,
    pub method: String,
    pub target: String,
}

thread_local! {
    static LAST: RefCell<LogLine> = RefCell::new(LogLine::default());
}

fn access_log(shard: &Shard, reply: &Reply, started: Instant) {
    LAST.with(|l| {
        let l = l.borrow();
        println!(
            "access shard={} host={} method={} target={:?} status={} bytes={} us={}",
            shard.id,
            l.host,
            l.method,
            l.target,
            reply.status,
            reply.body.len(),
            started.elapsed().as_micros()
        );
    });
}

async fn handle(
    shard: &Rc<Shard>,
    request: &kitwork_http::Request,
    ip: &str,
    exec_port: bool,
) -> Reply {
    let host = request.host().unwrap_or("");
    if shard.config.access_log {
        LAST.with(|l| {
            let mut l = l.borrow_mut();
            l.host.clear();
            l.host.push_str(host);
            l.method = request.method.as_str().to_string();
            l.target.clone_from(&request.target);
        });
    }
    if let (Some(exec), Some(cfg)) = (&shard.exec, &shard.config.exec) {
        if exec_port || cfg.hostname.as_deref() == Some(host) {
            return exec
                .handle(
                    request.method.as_str(),
                    request.path(),
                    request,
                    cfg.token.as_deref(),
                )
                .await;
        }
    }
    let slot = match shard.tenant(host) {
        None => return Reply::text(404, "Not Found"),
        Some(Err(msg)) => {
            return if shard.config.development {
                Reply::text(500, &format!("Internal Server Error\n\n{msg}\n"))
            } else {
                Reply::text(500, "Internal Server Error")
            }
        }
        Some(Ok(s)) => s,
    };
    let image = &slot.image;
    let path = request.path();
    let method = Method::parse(request.method.as_str());
    if let Some(reply) = assets::zero_vm(image, method, path, request) {
        return reply;
    }
    let Some(method) = method else {
        return Reply::text(501, "Not Implemented");
    };
    let (route, params) = match image.router.find(method, path) {
        Found::Route { id, params } => (id, params),
        Found::NotFound => return Reply::text(404, "Not Found"),
        Found::MethodNotAllowed(allow) => {
            let mut r = Reply::text(405, "Method Not Allowed");
            r.headers.push(("Allow".into(), allow.join(", ")));
            return r;
        }
    };
    if let Some(dir) = &image.routes[route as usize].assets {
        // The router decoded the parameter and serve_file decodes its
        // input: escape '%' so the path is decoded once (`a%2541.txt`
        // names `a%41.txt`, not `aA.txt`), as under /assets/.
        let rest = params.last().map(|(_, v)| v.replace('%', "%25"));
        return assets::serve_file(image, dir, rest.as_deref().unwrap_or(""), request);
    }
    let cache_for = image.routes[route as usize]
        .cache
        .filter(|_| matches!(method, Method::Get | Method::Head));
    if cache_for.is_some() {
        if let Some((until, r)) = slot.cache.borrow().get(&request.target) {
            if Instant::now() < *until {
                return Reply::clone(r);
            }
        }
    }
    let mut vm = match slot.acquire(&shard.dbs) {
        Ok(vm) => vm,
        Err(e) => {
            eprintln!("error tenant={} {e}", image.domain);
            return Reply::text(500, "Internal Server Error");
        }
    };
    let inc = Incoming::of(request, path, ip);
    let reply = dispatch::run(
        &mut vm,
        image,
        route,
        inc,
        &params,
        shard.config.development,
    )
    .await;
    slot.release(vm);
    if let Some(secs) = cache_for.filter(|_| reply.status == 200) {
        let mut c = slot.cache.borrow_mut();
        if c.len() >= MAX_CACHED {
            c.clear();
        }
        let until = Instant::now() + Duration::from_secs(secs as u64);
        c.insert(request.target.clone(), (until, Rc::new(reply.clone())));
    }
    reply
}
