//! The command line as a user meets it: exit codes, where messages go,
//! nothing runs before the whole module graph compiled.

use std::process::{Command, Output};

fn kitwork(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kitwork"))
        .args(args)
        .output()
        .unwrap()
}

fn write(dir: &std::path::Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, text).unwrap();
    p.to_string_lossy().into_owned()
}

fn tmp(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("kitwork-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn a_compile_error_runs_nothing_and_exits_2() {
    let d = tmp("compile");
    let main = write(
        &d,
        "main.js",
        "import { f } from \"./lib.js\"\nconsole.log(\"should not print\")\nf()\n",
    );
    write(
        &d,
        "lib.js",
        "export function f() {\n  let i = 0\n  while (i < 3) i++\n}\n",
    );
    let out = kitwork(&["run", &main]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        out.stdout.is_empty(),
        "nothing ran: {:?}",
        String::from_utf8_lossy(&out.stdout)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "lib.js:3:3: 'while' is not supported: unbounded loops are removed on purpose."
        ),
        "{err}"
    );
    assert!(err.contains("Use .map() / .filter() / .find()"), "{err}");
}

#[test]
fn vietnamese_diagnostics_with_the_locale_switch() {
    let d = tmp("vi");
    let main = write(&d, "app.js", "let x = 1\nwhile (x) {}\n");
    let out = kitwork(&["check", &main, "--locale", "vi"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("app.js:2:1: 'while' không được hỗ trợ"),
        "{err}"
    );
}

#[test]
fn a_runtime_error_comes_after_the_output_so_far_and_exits_1() {
    let d = tmp("runtime");
    let main = write(&d, "main.js", "console.log(\"one\")\nconst user = undefined\nconsole.log(user.name)\nconsole.log(\"never\")\n");
    let out = kitwork(&["run", &main]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "one\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.trim_end().ends_with(
            "main.js:3:18: TypeError: Cannot read properties of undefined (reading 'name')"
        ),
        "{err}"
    );
}

#[test]
fn check_compiles_a_directory_without_running() {
    let d = tmp("check");
    write(&d, "a.js", "console.log(1)\n");
    write(&d, "sub/b.js", "export const b = 2\n");
    let out = kitwork(&["check", &d.to_string_lossy()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.starts_with(b"ok: 2 file(s) compiled"));
}

#[test]
fn bad_usage_exits_2_with_help() {
    let out = kitwork(&["run"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("usage:"));
}
