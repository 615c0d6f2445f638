//! Differential conformance corpus: `kitwork run` must print what node 20 prints.
//!
//! Every program `tests/conformance/<group>/<name>.js` (directories named `lib` hold
//! helper modules and are skipped) has a recorded `<name>.out` (node's stdout) and,
//! when node stops with an uncaught error, a one-line `<name>.err`:
//! `tests/conformance/<group>/<name>.js:<line>:<col>: <ErrorName>: <message>`.
//! Records are written by `node tests/conformance/record.mjs [filter]`.
//!
//! * `kitwork_matches_records` runs `kitwork run tests/conformance/<group>/<name>.js`
//!   from the repository root; stdout must equal `.out` exactly; with a `.err` the exit
//!   code must be 1 and the error line of stderr (the first line starting with the corpus path) must equal the `.err` line; without
//!   one the exit code must be 0 and stderr empty.
//! * `records_match_node` (only when `node` is on PATH) re-runs node on every program
//!   (cwd = the program's directory) and checks the records have not rotted.
//!
//! Both collect every failure and report them together at the end.
//! `CONFORMANCE_FILTER=substr` restricts both tests to programs whose path (relative
//! to tests/conformance) contains `substr`.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

const WORKERS: usize = 2;
const TIMEOUT: Duration = Duration::from_secs(60);
const CORPUS: &str = "tests/conformance";

struct Case {
    /// Path relative to the repository root, with `/` separators.
    rel: String,
    path: PathBuf,
}

impl Case {
    fn short(&self) -> &str {
        self.rel
            .strip_prefix("tests/conformance/")
            .unwrap_or(&self.rel)
    }
    fn sibling(&self, ext: &str) -> PathBuf {
        self.path.with_extension(ext)
    }
    fn expected_out(&self) -> Result<String, String> {
        fs::read_to_string(self.sibling("out")).map_err(|e| {
            format!(
                "cannot read {}: {e} (record it with `node tests/conformance/record.mjs {}`)",
                self.sibling("out").display(),
                self.short()
            )
        })
    }
    fn expected_err(&self) -> Option<String> {
        fs::read_to_string(self.sibling("err"))
            .ok()
            .map(|s| s.trim_end_matches(['\n', '\r']).to_string())
    }
}

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn walk(dir: &Path, root: &Path, out: &mut Vec<Case>) {
    let mut entries: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => return,
    };
    entries.sort();
    for path in entries {
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "lib") {
                continue;
            }
            walk(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "js") {
            let rel = path
                .strip_prefix(root)
                .expect("corpus file under the repository root")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            out.push(Case { rel, path });
        }
    }
}

fn cases() -> Vec<Case> {
    let root = repo_root();
    let mut all = Vec::new();
    walk(&root.join(CORPUS), &root, &mut all);
    assert!(!all.is_empty(), "no programs found under {CORPUS}");
    match std::env::var("CONFORMANCE_FILTER") {
        Ok(f) if !f.is_empty() => all.into_iter().filter(|c| c.short().contains(&f)).collect(),
        _ => all,
    }
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs a command to completion (killing it after TIMEOUT), capturing both streams.
fn run(mut cmd: Command) -> Result<Run, String> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {cmd:?}: {e}"))?;
    let mut out_pipe = child.stdout.take().expect("piped stdout");
    let mut err_pipe = child.stderr.take().expect("piped stderr");
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let deadline = Instant::now() + TIMEOUT;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                let _ = out_reader.join();
                let _ = err_reader.join();
                return Err(format!("timed out after {}s", TIMEOUT.as_secs()));
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("wait failed: {e}")),
        }
    };
    let stdout = String::from_utf8_lossy(&out_reader.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    Ok(Run {
        code: status.code(),
        stdout,
        stderr,
    })
}

/// Runs `check` over the cases on WORKERS threads; returns (case name, message) failures.
fn run_all<F>(cases: &[Case], check: F) -> Vec<(String, String)>
where
    F: Fn(&Case) -> Result<(), String> + Sync,
{
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    thread::scope(|s| {
        for _ in 0..WORKERS.min(cases.len().max(1)) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(case) = cases.get(i) else { break };
                if let Err(msg) = check(case) {
                    failures
                        .lock()
                        .unwrap()
                        .push((case.short().to_string(), msg));
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    failures
}

fn excerpt(text: &str) -> String {
    const MAX_LINES: usize = 12;
    let lines: Vec<&str> = text.lines().collect();
    let mut s: String = lines
        .iter()
        .take(MAX_LINES)
        .map(|l| format!("      | {l}\n"))
        .collect();
    if lines.len() > MAX_LINES {
        s.push_str(&format!(
            "      | ... ({} more lines)\n",
            lines.len() - MAX_LINES
        ));
    }
    if s.is_empty() {
        s.push_str("      (empty)\n");
    }
    s
}

/// Describes the first difference between two outputs, with excerpts of both.
fn stdout_diff(expected: &str, actual: &str) -> String {
    let exp: Vec<&str> = expected.split('\n').collect();
    let act: Vec<&str> = actual.split('\n').collect();
    let n = exp.len().max(act.len());
    let mut first = String::new();
    for i in 0..n {
        let (e, a) = (exp.get(i), act.get(i));
        if e != a {
            let show = |l: Option<&&str>| match l {
                Some(l) => format!("{l:?}"),
                None => "<end of output>".to_string(),
            };
            first = format!(
                "    first differing line {}:\n      expected {}\n      actual   {}\n",
                i + 1,
                show(e),
                show(a)
            );
            break;
        }
    }
    format!(
        "stdout differs\n{first}    expected stdout:\n{}    actual stdout:\n{}",
        excerpt(expected),
        excerpt(actual)
    )
}

/// The error line of kitwork's stderr: the first line that starts with a
/// corpus path (`file:line:col: Kind: message`); a message may go on over
/// more lines, like JSON's circular-structure error.
fn error_line(s: &str) -> &str {
    s.lines()
        .find(|l| l.starts_with("tests/conformance/"))
        .unwrap_or_else(|| s.trim_end().lines().last().unwrap_or(""))
}

fn report(what: &str, total: usize, failures: Vec<(String, String)>) {
    if failures.is_empty() {
        eprintln!("{what}: all {total} programs pass");
        return;
    }
    let mut msg = String::new();
    for (name, why) in &failures {
        msg.push_str(&format!("--- {name}: {why}\n"));
    }
    panic!(
        "{what}: {} of {total} programs failed\n{msg}{what}: {} of {total} programs failed",
        failures.len(),
        failures.len()
    );
}

fn check_kitwork(case: &Case) -> Result<(), String> {
    let expected_out = case.expected_out()?;
    let expected_err = case.expected_err();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kitwork"));
    cmd.arg("run").arg(&case.rel).current_dir(repo_root());
    let got = run(cmd)?;
    let mut problems = Vec::new();
    match &expected_err {
        Some(err_line) => {
            if got.code != Some(1) {
                problems.push(format!("expected exit code 1, got {:?}", got.code));
            }
            let actual = error_line(&got.stderr);
            if actual != err_line {
                problems.push(format!(
                    "last stderr line differs\n      expected {err_line:?}\n      actual   {actual:?}"
                ));
            }
        }
        None => {
            if got.code != Some(0) {
                problems.push(format!("expected exit code 0, got {:?}", got.code));
            }
            if !got.stderr.is_empty() {
                problems.push(format!(
                    "expected empty stderr, got:\n{}",
                    excerpt(&got.stderr)
                ));
            }
        }
    }
    if got.stdout != expected_out {
        problems.push(stdout_diff(&expected_out, &got.stdout));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n    "))
    }
}

#[test]
fn kitwork_matches_records() {
    let cases = cases();
    if cases.is_empty() {
        eprintln!("CONFORMANCE_FILTER matched no program");
        return;
    }
    let failures = run_all(&cases, check_kitwork);
    report("conformance (kitwork vs records)", cases.len(), failures);
}

// ---- records_match_node: keeps the recorded outputs honest -------------------------

fn node_available() -> bool {
    Command::new("node")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn percent_decode(s: &str) -> String {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push(h * 16 + l);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `file:///a/b.js` -> `/a/b.js`, made relative to the repository root when possible.
fn url_to_rel(url: &str) -> String {
    let path = percent_decode(url.strip_prefix("file://").unwrap_or(url));
    // node reports real paths (symlinks resolved).
    let root = fs::canonicalize(repo_root()).unwrap_or_else(|_| repo_root());
    let root = root.to_string_lossy();
    let root = root.trim_end_matches('/');
    match path.strip_prefix(root) {
        Some(rest) => rest.trim_start_matches('/').to_string(),
        None => path,
    }
}

/// Splits `...:<digits>` off the end of `s`.
fn split_num(s: &str) -> Option<(&str, &str)> {
    let (head, num) = s.rsplit_once(':')?;
    (!num.is_empty() && num.bytes().all(|b| b.is_ascii_digit())).then_some((head, num))
}

/// The `.err` line record.mjs derives from node's stderr (same algorithm).
fn node_error_line(stderr: &str) -> Option<String> {
    let lines: Vec<&str> = stderr.lines().collect();
    let is_frame = |l: &str| l.starts_with(' ') && l.trim_start().starts_with("at ");
    let first_at = lines.iter().position(|l| is_frame(l));
    let mut pos = None;
    let header = match first_at {
        Some(k) if k > 0 => {
            let mut j = k - 1;
            while j > 0 && !lines[j - 1].is_empty() {
                j -= 1;
            }
            for l in lines[k..].iter().take_while(|l| is_frame(l)) {
                let l = l.trim_end().trim_end_matches(')');
                let Some(start) = l.find("file://") else {
                    continue;
                };
                let loc = &l[start..];
                if let Some((rest, col)) = split_num(loc) {
                    if let Some((file, line)) = split_num(rest) {
                        pos = Some((url_to_rel(file), line.to_string(), col.to_string()));
                        break;
                    }
                }
            }
            Some(lines[j].to_string())
        }
        _ => lines
            .iter()
            .rev()
            .find(|l| {
                l.split_once(": ").is_some_and(|(name, _)| {
                    !name.is_empty()
                        && name
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
                })
            })
            .map(|l| l.to_string()),
    };
    if pos.is_none() {
        if let Some(idx) = lines
            .iter()
            .position(|l| l.starts_with("file://") && split_num(l).is_some())
        {
            let (file, line) = split_num(lines[idx]).unwrap();
            let caret = lines
                .get(idx + 2)
                .and_then(|l| l.find('^'))
                .map_or(1, |c| c + 1);
            pos = Some((url_to_rel(file), line.to_string(), caret.to_string()));
        }
    }
    let header = header?;
    let (file, line, col) = pos?;
    Some(format!("{file}:{line}:{col}: {header}"))
}

fn check_node(case: &Case) -> Result<(), String> {
    let expected_out = case.expected_out()?;
    let expected_err = case.expected_err();
    let dir = case.path.parent().expect("program has a directory");
    let name = case.path.file_name().expect("program has a file name");
    let mut cmd = Command::new("node");
    cmd.env("TZ", "UTC");
    cmd.arg(name).current_dir(dir);
    let got = run(cmd)?;
    let mut problems = Vec::new();
    if got.code == Some(0) {
        if let Some(e) = &expected_err {
            problems.push(format!(
                "node now succeeds but {e:?} is recorded as its error"
            ));
        }
    } else {
        let actual = node_error_line(&got.stderr);
        match (&expected_err, actual) {
            (Some(e), Some(a)) if *e == a => {}
            (Some(e), Some(a)) => problems.push(format!(
                "node's error changed\n      recorded {e:?}\n      node     {a:?}"
            )),
            (None, Some(a)) => {
                problems.push(format!("node now fails with {a:?}, no .err recorded"))
            }
            (_, None) => problems.push(format!(
                "node exited with {:?} and an unparsable stderr:\n{}",
                got.code,
                excerpt(&got.stderr)
            )),
        }
    }
    if got.stdout != expected_out {
        problems.push(stdout_diff(&expected_out, &got.stdout));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} (re-record with `node tests/conformance/record.mjs {}`)",
            problems.join("\n    "),
            case.short()
        ))
    }
}

#[test]
fn records_match_node() {
    if !node_available() {
        eprintln!("records_match_node: node is not on PATH, skipped");
        return;
    }
    let cases = cases();
    if cases.is_empty() {
        eprintln!("CONFORMANCE_FILTER matched no program");
        return;
    }
    let failures = run_all(&cases, check_node);
    report("conformance (records vs node)", cases.len(), failures);
}
