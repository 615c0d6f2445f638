//! A tenant generation: its compiled program, routes and `.env`, built off
//! the request path (at first request, at start, or on reload) and shared
//! read-only by every shard. Each shard runs the program's top-level code
//! once per VM of its pool ([`make_vm`]).

use crate::kit::{self, VmHost};
use crate::router::{Method, Router};
use kitwork_lang::bytecode::Program;
use kitwork_lang::compiler::{compile_graph, Options};
use kitwork_lang::modules::{resolve_relative, Loader};
use kitwork_vm::{Console, HostValue, Limits, Outcome, Vm};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// The entry module of a tenant folder (or its TypeScript twin).
pub const ENTRY: &str = "app.kitwork.js";
pub const ENTRY_TS: &str = "app.kitwork.ts";

/// The entry a tenant folder has, JavaScript first.
pub fn entry_of(dir: &Path) -> Option<&'static str> {
    [ENTRY, ENTRY_TS]
        .into_iter()
        .find(|e| inside(dir, e).is_some_and(|p| p.is_file()))
}

/// What the router needs of a route, shared by every VM of the tenant.
#[derive(Clone, Debug)]
pub struct RouteInfo {
    pub method: Method,
    pub pattern: String,
    pub cache: Option<u32>,
    pub assets: Option<String>,
}

pub struct Image {
    /// The domain (folder name), lower-case.
    pub domain: String,
    /// The owner in the system registry (`tenants/<identity>/<domain>`),
    /// `None` for `tenants/sites/<domain>`.
    pub identity: Option<String>,
    pub dir: PathBuf,
    pub program: Arc<Program>,
    pub routes: Vec<RouteInfo>,
    pub router: Router,
    pub env: Vec<(String, String)>,
    pub limits: Limits,
    pub generation: u64,
}

static GENERATION: AtomicU64 = AtomicU64::new(1);

/// A failed build: the message names the file and position.
#[derive(Debug, Clone)]
pub struct BuildError(pub String);

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Modules of one tenant: names relative to its folder; nothing outside
/// it (no `..` above the folder, no symlink leaving it).
pub struct TenantLoader {
    pub dir: PathBuf,
}

impl Loader for TenantLoader {
    fn resolve(&mut self, importer: &str, spec: &str) -> Result<String, String> {
        let name = resolve_relative(importer, spec)?;
        if name.starts_with("../") || name.starts_with('/') || name == ".." {
            return Err(format!(
                "Cannot import '{spec}': modules must be inside the tenant's folder"
            ));
        }
        Ok(name)
    }

    fn read(&mut self, name: &str) -> Result<String, String> {
        let path = inside(&self.dir, name).ok_or_else(|| format!("Cannot find module '{name}'"))?;
        std::fs::read_to_string(path).map_err(|_| format!("Cannot find module '{name}'"))
    }
}

/// `dir/rel` when it exists and, symlinks resolved, is still inside `dir`.
pub fn inside(dir: &Path, rel: &str) -> Option<PathBuf> {
    if rel.split('/').any(|s| s == "..") {
        return None;
    }
    let root = dir.canonicalize().ok()?;
    let p = root.join(rel.trim_start_matches('/')).canonicalize().ok()?;
    p.starts_with(&root).then_some(p)
}

/// `KEY=value` lines; `#` comments, optional `export `, quotes stripped.
pub fn parse_env(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_prefix("export ").unwrap_or(line);
        let Some((k, v)) = line.split_once('=') else {
            continue;
        };
        let v = v.trim();
        let v = v
            .strip_prefix('"')
            .and_then(|x| x.strip_suffix('"'))
            .or_else(|| v.strip_prefix('\'').and_then(|x| x.strip_suffix('\'')))
            .unwrap_or(v);
        let k = k.trim().to_string();
        out.retain(|(ok, _)| *ok != k);
        out.push((k, v.to_string()));
    }
    out
}

/// Compiles the tenant in `dir` and learns its routes by loading it once.
pub fn build(
    dir: &Path,
    domain: &str,
    identity: Option<String>,
    limits: &Limits,
    locale: kitwork_lang::Locale,
    aliases: &[String],
) -> Result<Arc<Image>, BuildError> {
    let names = &kit::builtins().names;
    let opts = Options {
        builtins: names,
        prelude: false,
    };
    let mut loader = TenantLoader {
        dir: dir.to_path_buf(),
    };
    let Some(entry) = entry_of(dir) else {
        return Err(BuildError(format!(
            "{}: no {ENTRY} (nor {ENTRY_TS})",
            dir.display()
        )));
    };
    let program = compile_graph(entry, &mut loader, &opts)
        .map_err(|d| BuildError(d.render_with_source(locale)))?;
    let env = std::fs::read_to_string(dir.join(".env"))
        .map(|t| parse_env(&t))
        .unwrap_or_default();
    let mut image = Image {
        domain: domain.to_string(),
        identity,
        dir: dir.to_path_buf(),
        program: Arc::new(program),
        routes: Vec::new(),
        router: Router::default(),
        env,
        limits: limits.clone(),
        generation: GENERATION.fetch_add(1, Ordering::Relaxed),
    };
    let probe = kit::database::DbHost::new(std::rc::Rc::new(
        aliases.iter().map(|a| (a.clone(), None)).collect(),
    ));
    let vm = make_vm(&image, Some(probe)).map_err(BuildError)?;
    let host = vm_host(&vm);
    for (i, r) in host.routes.iter().enumerate() {
        if r.handle.is_none() && r.assets.is_none() {
            return Err(BuildError(format!(
                "{ENTRY}: route {} {} has no .handle(fn) (nor .assets(dir))",
                r.method.as_str(),
                r.pattern
            )));
        }
        image
            .router
            .add(r.method, &r.pattern, i as u32)
            .map_err(|e| BuildError(format!("{ENTRY}: {}", e.0)))?;
        image.routes.push(RouteInfo {
            method: r.method,
            pattern: r.pattern.clone(),
            cache: r.cache,
            assets: r.assets.clone(),
        });
    }
    Ok(Arc::new(image))
}

pub fn vm_host(vm: &Vm) -> &VmHost {
    vm.ctx
        .host
        .as_ref()
        .and_then(|h| h.downcast_ref::<VmHost>())
        .expect("tenant VMs carry a VmHost")
}

pub fn vm_host_mut(vm: &mut Vm) -> &mut VmHost {
    vm.ctx
        .host
        .as_mut()
        .and_then(|h| h.downcast_mut::<VmHost>())
        .expect("tenant VMs carry a VmHost")
}

/// Console of a tenant: lines go to the server's log with the tenant's name.
pub struct TenantConsole {
    pub tenant: Arc<str>,
}

impl Console for TenantConsole {
    fn log(&mut self, line: &str) {
        println!("console tenant={} {line}", self.tenant);
    }
    fn error(&mut self, line: &str) {
        eprintln!("console.error tenant={} {line}", self.tenant);
    }
}

/// A VM with the tenant's module loaded and frozen (its routes registered
/// in its [`VmHost`]). With `expect`, the routes must match the image's.
pub fn make_vm(image: &Image, db: Option<kit::database::DbHost>) -> Result<Vm, String> {
    let b = kit::builtins();
    let console = TenantConsole {
        tenant: Arc::from(image.domain.as_str()),
    };
    let mut vm = Vm::with_builtins(b, image.limits.clone(), Box::new(console));
    vm.ctx.host_missing = Some(kit::database::missing);
    vm.ctx.host = Some(Box::new(VmHost {
        tenant: image.domain.clone(),
        loading: true,
        db: db.unwrap_or_default(),
        ..VmHost::default()
    }));
    let env = HostValue::Object(
        image
            .env
            .iter()
            .map(|(k, v)| (k.clone(), HostValue::Str(v.clone())))
            .collect(),
    );
    let env = kitwork_vm::host::to_value(&mut vm.ctx, &env)
        .map_err(|_| format!("{}: .env does not fit in memory", image.domain))?;
    vm.set_builtin(kit::env_index(), env);
    let prog = vm.load(image.program.clone()).map_err(|e| e.to_string())?;
    match vm.run_main(prog) {
        Outcome::Done(_) => {}
        Outcome::Error(e) => return Err(e.to_string()),
        Outcome::Suspended(_) => {
            return Err(format!(
                "{ENTRY}: top-level code waited on I/O (a query?); do that inside a handler"
            ))
        }
    }
    let host = vm_host_mut(&mut vm);
    host.loading = false;
    host.db.keep();
    vm.freeze_module();
    if !image.routes.is_empty() && vm_host(&vm).routes.len() != image.routes.len() {
        return Err(format!(
            "{ENTRY}: the module registered different routes on a second load"
        ));
    }
    Ok(vm)
}
