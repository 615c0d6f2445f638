//! `kitwork serve`: runs the bootstrap, checks its config, starts one
//! pinned glommio executor per core (each with its own SO_REUSEPORT
//! listener and shard), the reload watcher, and stops gracefully on
//! SIGTERM or SIGINT.

use crate::config::Config;
use crate::kit::{self, VmHost};
use crate::shard::{self, Shard};
use crate::sites::{self, Update};
use glommio::net::TcpListener;
use glommio::timer::Timer;
use glommio::{LocalExecutorBuilder, Placement};
use kitwork_lang::compiler::{compile_graph, Options};
use kitwork_lang::modules::FsLoader;
use kitwork_vm::{HostValue, Outcome, StdConsole, Vm};
use std::collections::HashSet;
use std::path::Path;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Set by SIGTERM/SIGINT; shards poll it.
#[derive(Clone)]
pub struct Shutdown(Arc<AtomicBool>);

impl Shutdown {
    pub fn requested(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }

    /// Resolves once shutdown is requested.
    pub async fn wait(&self) {
        while !self.requested() {
            Timer::new(Duration::from_millis(25)).await;
        }
    }
}

/// Runs the bootstrap file in the host VM (the only VM that sees the
/// process environment) and returns the config it passed to `server.run`.
pub fn bootstrap(path: &Path) -> Result<Config, String> {
    let b = kit::builtins();
    let opts = Options {
        builtins: &b.names,
        prelude: false,
    };
    let name = path.to_string_lossy().into_owned();
    let program = compile_graph(&name, &mut FsLoader, &opts)
        .map_err(|d| d.render_with_source(kitwork_lang::Locale::En))?;
    let mut vm = Vm::with_builtins(b, kitwork_vm::Limits::default(), Box::new(StdConsole));
    vm.ctx.host = Some(Box::new(VmHost {
        tenant: "bootstrap".into(),
        is_bootstrap: true,
        ..VmHost::default()
    }));
    let env = HostValue::Object(
        std::env::vars()
            .map(|(k, v)| (k, HostValue::Str(v)))
            .collect(),
    );
    let env = kitwork_vm::host::to_value(&mut vm.ctx, &env).map_err(|_| "environment too large")?;
    vm.set_builtin(kit::env_index(), env);
    let prog = vm.load(Arc::new(program)).map_err(|e| e.to_string())?;
    match vm.run_main(prog) {
        Outcome::Done(_) => {}
        Outcome::Error(e) => return Err(e.to_string()),
        Outcome::Suspended(_) => return Err(format!("{name}: the bootstrap cannot wait on I/O")),
    }
    let host = crate::tenant::vm_host_mut(&mut vm);
    let config = host
        .server_config
        .take()
        .ok_or_else(|| format!("{name}: server.run({{...}}) was never called"))?;
    let base = path.parent().unwrap_or(Path::new("."));
    Config::from_host(&config, base)
}

/// Serves until SIGTERM/SIGINT. Returns when every shard stopped.
pub fn serve(bootstrap_file: &Path) -> Result<(), String> {
    let config = Arc::new(bootstrap(bootstrap_file)?);
    let shutdown = Shutdown(Arc::new(AtomicBool::new(false)));
    for sig in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT] {
        signal_hook::flag::register(sig, shutdown.0.clone()).map_err(|e| e.to_string())?;
    }
    if !config.root.is_dir() {
        return Err(format!(
            "server.run: root: {} is not a folder",
            config.root.display()
        ));
    }
    let opened = crate::databases::open(&config)?;
    let active: HashSet<String> = crate::databases::active_identities(&opened)?;
    let started = Instant::now();
    let dir = sites::discover(&config.root, &active);
    // Bind once here so a port in use is reported before anything starts.
    let addr = format!("{}:{}", config.host, config.port);
    std::net::TcpListener::bind(&addr)
        .map_err(|e| format!("server.run: port: cannot listen on {addr}: {e}"))?;
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    let exec_stats: Arc<[crate::exec::Stats]> =
        (0..config.cores).map(|_| Default::default()).collect();
    let exec_addr = config
        .exec
        .as_ref()
        .and_then(|e| e.port)
        .map(|p| format!("{}:{p}", config.host));
    if let Some(a) = &exec_addr {
        std::net::TcpListener::bind(a)
            .map_err(|e| format!("server.run: exec.port: cannot listen on {a}: {e}"))?;
    }
    let mut senders = Vec::new();
    let mut handles = Vec::new();
    for core in 0..config.cores {
        let (tx, rx) = async_channel::unbounded::<Update>();
        senders.push(tx);
        let config = config.clone();
        let dir = dir.clone();
        let shutdown = shutdown.clone();
        let addr = addr.clone();
        let exec_addr = exec_addr.clone();
        let exec_stats = exec_stats.clone();
        let opened = opened.clone();
        let placement = if config.cores <= cpus {
            Placement::Fixed(core)
        } else {
            Placement::Unbound
        };
        let handle = LocalExecutorBuilder::new(placement)
            .name(&format!("shard-{core}"))
            // See DESIGN.md: a shallow ring costs far fewer wake-ups per
            // request on a small VM (~12 -> ~5.5 us of CPU per request).
            .ring_depth(16)
            // glommio polls for I/O only between task-queue runs: when the
            // queue empties or this timer fires (default 100 ms). A VM
            // that yields (every yield_every units) is runnable again at
            // once, so without a short timer a busy core would accept and
            // read other connections only every 100 ms.
            .preempt_timer(Duration::from_millis(1))
            .spawn(move || async move {
                let dbs = crate::databases::for_shard(&opened);
                let shard = Rc::new(Shard::new(core, config.clone(), &dir, exec_stats, dbs));
                let s = shard.clone();
                glommio::spawn_local(async move {
                    while let Ok(u) = rx.recv().await {
                        s.apply(u);
                    }
                })
                .detach();
                if config.precompile {
                    let s = shard.clone();
                    glommio::spawn_local(async move { s.precompile_all().await }).detach();
                }
                let listener = match TcpListener::bind(&addr) {
                    Ok(l) => l,
                    Err(e) => {
                        eprintln!("shard {core}: cannot listen on {addr}: {e}");
                        return;
                    }
                };
                if let Some(a) = &exec_addr {
                    match TcpListener::bind(a) {
                        Ok(l) => {
                            let (s, stop) = (shard.clone(), shutdown.clone());
                            glommio::spawn_local(shard::accept_loop(s, l, stop, true)).detach();
                        }
                        Err(e) => eprintln!("shard {core}: cannot listen on {a}: {e}"),
                    }
                }
                shard::accept_loop(shard.clone(), listener, shutdown.clone(), false).await;
                shard.stop();
                let deadline = Instant::now() + config.shutdown_timeout;
                while shard.open_connections() > 0 && Instant::now() < deadline {
                    Timer::new(Duration::from_millis(10)).await;
                }
            })
            .map_err(|e| format!("cannot start shard {core}: {e}"))?;
        handles.push(handle);
    }
    // The identities active now, kept current by the registry watcher
    // and read by the reload watcher (never on the request path).
    let active = Arc::new(std::sync::RwLock::new(active));
    crate::databases::watch_registry(
        opened.clone(),
        config.root.clone(),
        senders.clone(),
        shutdown.clone(),
        active.clone(),
        Duration::from_secs(2),
    );
    if config.hot_reload {
        crate::reload::watch(config.clone(), senders.clone(), shutdown.clone(), active);
    }
    println!(
        "kitwork: serving {} site(s) from {} on http://{addr} with {} shard(s) (ready in {} ms)",
        dir.sites.len(),
        config.root.display(),
        config.cores,
        started.elapsed().as_millis()
    );
    if let Some(a) = &exec_addr {
        println!("kitwork: code-execution API on http://{a}/api/v1/execute");
    }
    for h in handles {
        let _ = h.join();
    }
    println!("kitwork: stopped");
    Ok(())
}
