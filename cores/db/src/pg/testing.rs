//! A throwaway PostgreSQL cluster for tests (feature `testing`): this
//! crate's `pg_*` tests and the engine's end-to-end tests start real
//! servers with it, never a mock.
//!
//! ```no_run
//! use kitwork_db::pg::{testing::Cluster, PgPool};
//! let cluster = Cluster::start();           // stopped and removed on drop
//! let pool = PgPool::new(cluster.config()); // 127.0.0.1:<free port>
//! // or, one per test binary, kept until the process exits:
//! let db = Cluster::shared().create_database("my_test");
//! ```
//!
//! The binaries are found in `$KITWORK_PG_BIN`, else the newest
//! `/usr/lib/postgresql/*/bin`, else `$PATH`. PostgreSQL refuses to run as
//! root, so when the test runs as root every server command runs as the
//! `postgres` user (`runuser`), in a scratch dir handed to
//! it (`/dev/shm` when there is one). `initdb` runs
//! once per machine (with `--no-sync`, kept in the scratch dir as
//! `kitwork-pg-template-*`); each cluster copies that template, so a start
//! costs under a second. Settings
//! trade durability for speed (`fsync=off`) unless asked otherwise.
//!
//! Everything here panics on failure (with the server's log): it is for
//! tests only.

use std::fs;
use std::net::TcpListener;
use std::os::unix::fs::{chown, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use super::{PgConfig, SslMode};

/// The superuser's password in every cluster (used when `password_auth`).
pub const PASSWORD: &str = "kitwork";

/// How to start a cluster. `Default`: trust authentication, no TLS, fsync
/// off.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// TCP connections must authenticate with SCRAM-SHA-256 and
    /// [`PASSWORD`] (the Unix socket stays trust). Default false (trust).
    pub password_auth: bool,
    /// `ssl = on` with a fresh self-signed certificate (rcgen). Default
    /// false.
    pub ssl: bool,
    /// Keep `fsync` on (for crash-safety tests). Default false.
    pub fsync: bool,
}

/// A running (or stopped, between [`Cluster::stop`] and
/// [`Cluster::start_again`]) PostgreSQL server in a scratch dir.
#[derive(Debug)]
pub struct Cluster {
    /// TCP port on 127.0.0.1, also the number of the socket file.
    pub port: u16,
    /// Its own dir: data in `data/`, the Unix socket and logs at its top.
    pub dir: PathBuf,
    pub options: Options,
    bin: PathBuf,
}

struct Env {
    bin: PathBuf,
    /// `Some((uid, gid))` of `postgres` when we are root.
    run_as: Option<(u32, u32)>,
    template: PathBuf,
}

static ENV: OnceLock<Env> = OnceLock::new();
static SHARED: OnceLock<Cluster> = OnceLock::new();
static COUNTER: AtomicUsize = AtomicUsize::new(0);

impl Cluster {
    /// Starts a fresh cluster with the default [`Options`].
    pub fn start() -> Cluster {
        Cluster::start_with(Options::default())
    }

    pub fn start_with(options: Options) -> Cluster {
        let env = env();
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = scratch().join(format!("kitwork-pg-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        let data = dir.join("data");
        let cp = Command::new("cp")
            .arg("-a")
            .arg(&env.template)
            .arg(&data)
            .status();
        assert!(
            matches!(cp, Ok(s) if s.success()),
            "copying the template cluster failed"
        );
        let port = free_port();
        let auth = if options.password_auth {
            "scram-sha-256"
        } else {
            "trust"
        };
        fs::write(
            data.join("pg_hba.conf"),
            format!(
                "local all all trust\nhost all all 127.0.0.1/32 {auth}\nhost all all ::1/128 {auth}\n"
            ),
        )
        .expect("pg_hba.conf");
        let mut conf = format!(
            "\n# kitwork test cluster\nport = {port}\nlisten_addresses = '127.0.0.1'\n\
             unix_socket_directories = '{}'\nmax_connections = 200\nshared_buffers = 32MB\n\
             synchronous_commit = off\n",
            dir.display()
        );
        if !options.fsync {
            conf.push_str("fsync = off\nfull_page_writes = off\n");
        }
        if options.ssl {
            let cert = rcgen::generate_simple_self_signed(vec!["localhost".into()])
                .expect("self-signed certificate");
            fs::write(data.join("server.crt"), cert.cert.pem()).expect("server.crt");
            fs::write(data.join("server.key"), cert.key_pair.serialize_pem()).expect("server.key");
            fs::set_permissions(data.join("server.key"), fs::Permissions::from_mode(0o600))
                .expect("chmod server.key");
            conf.push_str("ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n");
        }
        let mut file = fs::read_to_string(data.join("postgresql.conf")).expect("postgresql.conf");
        file.push_str(&conf);
        fs::write(data.join("postgresql.conf"), file).expect("postgresql.conf");
        give_to_postgres(&dir, env.run_as);
        let cluster = Cluster {
            port,
            dir,
            options,
            bin: env.bin.clone(),
        };
        cluster.start_again();
        cluster
    }

    /// One cluster per test process (default [`Options`]), started on first
    /// use and stopped (its dir removed) by a watchdog once the process has
    /// exited. Give each test its own database ([`Cluster::create_database`])
    /// or its own tables.
    pub fn shared() -> &'static Cluster {
        SHARED.get_or_init(|| {
            let c = Cluster::start();
            let as_postgres = if env().run_as.is_some() {
                "runuser -u postgres -- "
            } else {
                ""
            };
            watchdog(&format!(
                "{as_postgres}'{}' stop -D '{}' -m immediate -w; rm -rf '{}'",
                c.bin.join("pg_ctl").display(),
                c.dir.join("data").display(),
                c.dir.display()
            ));
            c
        })
    }

    /// Connects over TCP to 127.0.0.1 as `postgres` to database `postgres`
    /// (with [`PASSWORD`] when `password_auth`; `sslmode=require` when
    /// `ssl`), pool defaults otherwise.
    pub fn config(&self) -> PgConfig {
        let password = self.options.password_auth.then_some(PASSWORD);
        let mut c = PgConfig::from_fields("127.0.0.1", self.port, "postgres", password, "postgres");
        if self.options.ssl {
            c.sslmode = SslMode::Require;
        }
        c
    }

    /// Connects through the Unix socket in [`Cluster::dir`] (always trust).
    pub fn socket_config(&self) -> PgConfig {
        PgConfig::from_fields(
            &self.dir.to_string_lossy(),
            self.port,
            "postgres",
            None,
            "postgres",
        )
    }

    /// Creates a database (dropping one of that name first) and answers
    /// [`Cluster::config`] pointed at it.
    pub fn create_database(&self, name: &str) -> PgConfig {
        let quoted = format!("\"{}\"", name.replace('"', "\"\""));
        self.psql(&format!("DROP DATABASE IF EXISTS {quoted} WITH (FORCE)"));
        self.psql(&format!("CREATE DATABASE {quoted}"));
        PgConfig {
            dbname: name.to_owned(),
            ..self.config()
        }
    }

    /// Runs SQL with `psql` over the socket, answers its unaligned output.
    pub fn psql(&self, sql: &str) -> String {
        self.psql_in("postgres", sql)
    }

    pub fn psql_in(&self, dbname: &str, sql: &str) -> String {
        let out = self
            .command("psql")
            .args(["-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h"])
            .arg(&self.dir)
            .args([
                "-p",
                &self.port.to_string(),
                "-U",
                "postgres",
                "-d",
                dbname,
                "-c",
                sql,
            ])
            .stdin(Stdio::null())
            .output()
            .expect("running psql");
        assert!(
            out.status.success(),
            "psql {sql:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim_end().to_owned()
    }

    /// Stops the server at once (`pg_ctl stop -m immediate`): clients see
    /// their connections drop.
    pub fn stop(&self) {
        self.pg_ctl(&["stop", "-m", "immediate", "-w"]);
    }

    /// Starts the server again on the same port and dir; returns once it
    /// accepts connections.
    pub fn start_again(&self) {
        let log = self.dir.join("postgres.log");
        self.pg_ctl(&["start", "-w", "-t", "60", "-l", &log.to_string_lossy()]);
    }

    fn pg_ctl(&self, args: &[&str]) {
        let out = self
            .command("pg_ctl")
            .arg("-D")
            .arg(self.dir.join("data"))
            .args(args)
            .stdin(Stdio::null())
            .output()
            .expect("running pg_ctl");
        if !out.status.success() {
            let log = fs::read_to_string(self.dir.join("postgres.log")).unwrap_or_default();
            panic!(
                "pg_ctl {args:?} failed: {}{}\n--- postgres.log ---\n{log}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }

    /// A server binary, run as `postgres` when we are root.
    fn command(&self, name: &str) -> Command {
        command(&self.bin.join(name), env().run_as)
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = self
            .command("pg_ctl")
            .arg("-D")
            .arg(self.dir.join("data"))
            .args(["stop", "-m", "immediate", "-w"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let _ = fs::remove_dir_all(&self.dir);
    }
}

fn command(program: &Path, run_as: Option<(u32, u32)>) -> Command {
    match run_as {
        Some(_) => {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(program);
            c
        }
        None => Command::new(program),
    }
}

fn env() -> &'static Env {
    ENV.get_or_init(|| {
        let bin = find_bin();
        let root = fs::metadata("/proc/self")
            .map(|m| m.uid() == 0)
            .unwrap_or(false);
        let run_as = root.then(|| {
            let id = |flag: &str| -> u32 {
                let out = Command::new("id")
                    .args([flag, "postgres"])
                    .output()
                    .expect("id postgres");
                String::from_utf8_lossy(&out.stdout)
                    .trim()
                    .parse()
                    .expect("running as root needs a `postgres` user to run the server as")
            };
            (id("-u"), id("-g"))
        });
        let template = template(&bin, run_as);
        Env {
            bin,
            run_as,
            template,
        }
    })
}

/// The initdb'd data dir every cluster copies. Made once per machine
/// (per server binaries and user) and kept in the scratch dir: initdb costs
/// seconds, a copy a fraction. It is built under a private name and renamed
/// into place, so a reader sees it whole or not at all; it is never started.
/// Changes when the template's initdb options do.
const TEMPLATE: u32 = 2;

fn template(bin: &Path, run_as: Option<(u32, u32)>) -> PathBuf {
    let key: u64 = bin
        .to_string_lossy()
        .bytes()
        .chain(PASSWORD.bytes())
        .fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
        });
    let me = fs::metadata("/proc/self").map(|m| m.uid()).unwrap_or(0);
    let dir = scratch().join(format!("kitwork-pg-template-{TEMPLATE}-{me}-{key:016x}"));
    let template = dir.join("data");
    if template.join("PG_VERSION").exists() {
        return template;
    }
    let building = scratch().join(format!(
        "kitwork-pg-template-{TEMPLATE}-{me}-{key:016x}.{}",
        std::process::id()
    ));
    let _ = fs::remove_dir_all(&building);
    fs::create_dir_all(&building).expect("template dir");
    let pwfile = building.join("pwfile");
    fs::write(&pwfile, format!("{PASSWORD}\n")).expect("pwfile");
    give_to_postgres(&building, run_as);
    let out = command(&bin.join("initdb"), run_as)
        .arg("-D")
        .arg(building.join("data"))
        .args([
            "--no-sync",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--locale=C",
            "--auth=trust",
            "--wal-segsize=1",
        ])
        .arg(format!("--pwfile={}", pwfile.display()))
        .stdin(Stdio::null())
        .output()
        .expect("running initdb");
    assert!(
        out.status.success(),
        "initdb failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // Another process may have won the race: then use its copy.
    if fs::rename(&building, &dir).is_err() {
        let _ = fs::remove_dir_all(&building);
    }
    assert!(
        template.join("PG_VERSION").exists(),
        "no template at {}",
        template.display()
    );
    template
}

/// Where clusters live: `$KITWORK_PG_TMP`, else `/dev/shm` (memory: a
/// cluster is ~20 MB and copying it to disk is most of a start on a busy
/// machine), else the temp dir.
fn scratch() -> PathBuf {
    if let Some(d) = std::env::var_os("KITWORK_PG_TMP") {
        return PathBuf::from(d);
    }
    let shm = Path::new("/dev/shm");
    let writable = fs::metadata(shm).map(|m| m.is_dir() && m.permissions().mode() & 0o002 != 0);
    if writable.unwrap_or(false) {
        return shm.to_path_buf();
    }
    std::env::temp_dir()
}

/// `$KITWORK_PG_BIN`, else the newest `/usr/lib/postgresql/*/bin`, else
/// the dir of `initdb` on `$PATH`.
fn find_bin() -> PathBuf {
    if let Some(dir) = std::env::var_os("KITWORK_PG_BIN") {
        return PathBuf::from(dir);
    }
    let mut versions: Vec<(u32, PathBuf)> = fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let v = e.file_name().to_string_lossy().parse::<u32>().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").exists().then_some((v, bin))
        })
        .collect();
    versions.sort();
    if let Some((_, bin)) = versions.pop() {
        return bin;
    }
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .find(|d| d.join("initdb").exists())
        .expect("no PostgreSQL server binaries (initdb): install postgresql or set KITWORK_PG_BIN")
}

/// Hands a dir tree to the `postgres` user when we are root.
fn give_to_postgres(dir: &Path, run_as: Option<(u32, u32)>) {
    let Some((uid, gid)) = run_as else { return };
    fn walk(p: &Path, uid: u32, gid: u32) {
        let _ = chown(p, Some(uid), Some(gid));
        if p.is_dir() && !p.is_symlink() {
            for e in fs::read_dir(p).into_iter().flatten().flatten() {
                walk(&e.path(), uid, gid);
            }
        }
    }
    walk(dir, uid, gid);
}

/// Runs `cleanup` (a shell line) once this process has exited: statics are
/// never dropped, so this is how the shared cluster goes.
fn watchdog(cleanup: &str) {
    let pid = std::process::id();
    let _ = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "while kill -0 {pid} 2>/dev/null; do sleep 0.2; done; {cleanup}"
        ))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
}

/// A port nobody listens on now (the server binds it a moment later).
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}
