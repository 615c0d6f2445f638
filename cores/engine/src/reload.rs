//! Hot reload: an inotify watcher thread over the tenants' root. A save
//! rebuilds that tenant off the request path and sends the new generation
//! to every shard; a build error keeps the old generation serving and logs
//! the diagnostic; a new folder goes live and a removed one goes away.

use crate::config::Config;
use crate::sites::{is_domain, site_of, Site, Update};
use crate::tenant;
use crate::Shutdown;
use inotify::{Inotify, WatchDescriptor, WatchMask};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Starts the watcher thread.
/// `tenants/<identity>/` folders are followed only while `active` (the
/// registry) holds the identity.
pub fn watch(
    config: Arc<Config>,
    shards: Vec<async_channel::Sender<Update>>,
    shutdown: Shutdown,
    active: crate::databases::Active,
) {
    // The watches are in place before the server says it is ready, so a
    // save right after start is not missed.
    let watcher = match Watcher::over(&config.root) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("reload: cannot watch {}: {e}", config.root.display());
            return;
        }
    };
    let spawned = std::thread::Builder::new()
        .name("reload".into())
        .spawn(move || {
            if let Err(e) = run(watcher, &config, &shards, &shutdown, &active) {
                eprintln!("reload: watcher stopped: {e}");
            }
        });
    if let Err(e) = spawned {
        eprintln!("reload: cannot start the watcher: {e}");
    }
}

/// How long the events after a save's first are gathered into one rebuild.
const GATHER: Duration = Duration::from_millis(1);

const MASK: WatchMask = WatchMask::CLOSE_WRITE
    .union(WatchMask::CREATE)
    .union(WatchMask::DELETE)
    .union(WatchMask::MOVED_FROM)
    .union(WatchMask::MOVED_TO)
    .union(WatchMask::DELETE_SELF);

struct Watcher {
    inotify: Inotify,
    paths: HashMap<WatchDescriptor, PathBuf>,
}

impl Watcher {
    /// Watches the tenants' root, canonicalized, and every folder under it.
    fn over(root: &Path) -> std::io::Result<Watcher> {
        let root = root.canonicalize()?;
        let mut w = Watcher {
            inotify: Inotify::init()?,
            paths: HashMap::new(),
        };
        w.add_tree(&root);
        Ok(w)
    }

    /// Watches `dir` and every folder under it. Folders inotify refuses
    /// are logged: the first with the reason, the rest as a count (a
    /// start over ten thousand sites past the limit is two lines).
    fn add_tree(&mut self, dir: &Path) {
        let mut refused = 0;
        self.walk(dir, &mut refused);
        if refused > 1 {
            eprintln!(
                "hot reload: {refused} folders under {} are not watched",
                dir.display()
            );
        }
    }

    fn walk(&mut self, dir: &Path, refused: &mut usize) {
        match self.inotify.watches().add(dir, MASK) {
            Ok(wd) => {
                self.paths.insert(wd, dir.to_path_buf());
            }
            Err(e) => {
                if *refused == 0 {
                    eprintln!(
                        "hot reload: cannot watch {}: {e}; saves under it need a restart \
                         (the limit is sysctl fs.inotify.max_user_watches)",
                        dir.display()
                    );
                }
                *refused += 1;
            }
        }
        if let Ok(rd) = std::fs::read_dir(dir) {
            for e in rd.flatten() {
                if e.file_type().is_ok_and(|t| t.is_dir()) {
                    self.walk(&e.path(), refused);
                }
            }
        }
    }
}

fn run(
    mut w: Watcher,
    config: &Config,
    shards: &[async_channel::Sender<Update>],
    shutdown: &Shutdown,
    active: &crate::databases::Active,
) -> std::io::Result<()> {
    let root = config.root.canonicalize()?;
    let mut buf = vec![0u8; 64 << 10];
    let send = |u: &dyn Fn() -> Update| {
        for s in shards {
            let _ = s.try_send(u());
        }
    };
    while !shutdown.requested() {
        let mut touched: HashSet<(Option<String>, String)> = HashSet::new();
        let mut new_dirs = Vec::new();
        // Block for the first event (a read blocked at exit ends with the
        // process), then gather what follows for GATHER: an editor's save
        // is several events.
        let mut first: Option<Instant> = None;
        loop {
            let events = match first {
                None => w.inotify.read_events_blocking(&mut buf)?,
                Some(at) => match w.inotify.read_events(&mut buf) {
                    Ok(ev) => ev,
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                        if at.elapsed() > GATHER {
                            break;
                        }
                        std::thread::sleep(GATHER / 8);
                        continue;
                    }
                    Err(e) => return Err(e),
                },
            };
            first.get_or_insert_with(Instant::now);
            for ev in events {
                let Some(dir) = w.paths.get(&ev.wd) else {
                    continue;
                };
                let path = match ev.name {
                    Some(n) => dir.join(n),
                    None => dir.clone(),
                };
                if ev.mask.contains(inotify::EventMask::ISDIR)
                    && ev
                        .mask
                        .intersects(inotify::EventMask::CREATE | inotify::EventMask::MOVED_TO)
                {
                    new_dirs.push(path.clone());
                }
                if let Some(site) = site_of(&root, &path) {
                    touched.insert(site);
                }
            }
        }
        for d in new_dirs {
            w.add_tree(&d);
        }
        for (identity, domain) in touched {
            if !is_domain(&domain) {
                continue;
            }
            if let Some(id) = &identity {
                if !crate::databases::read(active).contains(id) {
                    continue;
                }
            }
            let dir = match &identity {
                None => root.join("sites").join(&domain),
                Some(id) => root.join(id).join(&domain),
            };
            if !dir.is_dir() {
                println!("reload tenant={domain} removed");
                send(&|| Update::Removed(domain.clone()));
                continue;
            }
            let site = Site {
                domain: domain.clone(),
                identity: identity.clone(),
                dir: dir.clone(),
            };
            if tenant::entry_of(&dir).is_none() {
                send(&|| Update::Added(site.clone()));
                continue;
            }
            let started = Instant::now();
            match tenant::build(
                &dir,
                &domain,
                identity.clone(),
                &config.limits,
                config.locale,
                &config.aliases(),
            ) {
                Ok(image) => {
                    println!(
                        "reload tenant={domain} generation={} built in {} us",
                        image.generation,
                        started.elapsed().as_micros()
                    );
                    send(&|| Update::Ready(image.clone()));
                }
                Err(e) => {
                    eprintln!("reload tenant={domain} kept the previous generation: {e}");
                    send(&|| Update::Broken(site.clone(), e.0.clone()));
                }
            }
        }
    }
    Ok(())
}
