//! TypeScript end to end: `kitwork run tests/typescript/<name>.ts` prints what
//! node prints for the same program with its types blanked out.
//!
//! Every program `tests/typescript/<name>.ts` (`lib/` holds helper modules)
//! has its oracle beside it, written by `tests/typescript/record.mjs`:
//! `<name>.js`, the program with its types replaced by spaces by
//! ts-blank-space (built on the official TypeScript parser, so the oracle
//! does not share our parser's mistakes; lines and columns are unchanged),
//! `<name>.out`, node's stdout, and `<name>.err` when node stops with an
//! error (`tests/typescript/<name>.ts:<line>:<col>: <Name>: <message>`).
//!
//! * `kitwork_matches_records`: stdout equals `.out`; with `.err` the exit
//!   code is 1 and the error line equals it, else the exit code is 0 and
//!   stderr is empty. The `.js` oracle run by kitwork prints the same.
//! * `records_match_node` (only when `node` is on PATH): node still prints
//!   `.out` from the `.js`.
//! * `check_includes_typescript`, `compile_errors_point_into_typescript`:
//!   `kitwork check` on a directory compiles `*.ts`; a removed TypeScript
//!   construct and a type import without `type` behave as documented.

use std::path::{Path, PathBuf};
use std::process::Command;

const DIR: &str = "tests/typescript";

fn programs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut v: Vec<PathBuf> = std::fs::read_dir(root.join(DIR))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ts"))
        .collect();
    v.sort();
    assert!(v.len() >= 4, "the TypeScript corpus is missing");
    v
}

fn rel(p: &Path) -> String {
    format!("{DIR}/{}", p.file_name().unwrap().to_string_lossy())
}

fn kitwork(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_kitwork"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn kitwork_matches_records() {
    let mut failures = Vec::new();
    for p in programs() {
        let ts = rel(&p);
        let want_out = std::fs::read_to_string(p.with_extension("out"))
            .unwrap_or_else(|_| panic!("{ts}: no .out (run tests/typescript/record.mjs)"));
        let want_err = std::fs::read_to_string(p.with_extension("err"))
            .ok()
            .map(|s| s.trim_end().to_string());
        let (code, out, err) = kitwork(&["run", &ts]);
        if out != want_out {
            failures.push(format!("{ts}: stdout\n--- got\n{out}--- want\n{want_out}"));
        }
        match &want_err {
            Some(line) => {
                let got = err.lines().find(|l| l.starts_with(DIR));
                if code != Some(1) || got != Some(line.as_str()) {
                    failures.push(format!("{ts}: exit {code:?}, error {got:?}, want {line:?}"));
                }
            }
            None => {
                if code != Some(0) || !err.is_empty() {
                    failures.push(format!("{ts}: exit {code:?}, stderr {err}"));
                }
            }
        }
        // The blanked JavaScript is a program of the dialect too.
        let js = ts.replace(".ts", ".js");
        let (js_code, js_out, _) = kitwork(&["run", &js]);
        if js_out != want_out || js_code != code {
            failures.push(format!("{js}: exit {js_code:?}, stdout\n{js_out}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn records_match_node() {
    if Command::new("node").arg("--version").output().is_err() {
        eprintln!("node not found: records not re-checked");
        return;
    }
    let mut failures = Vec::new();
    for p in programs() {
        let js = p.with_extension("js");
        let out = Command::new("node")
            .arg(js.file_name().unwrap())
            .current_dir(js.parent().unwrap())
            .env("TZ", "UTC")
            .output()
            .unwrap();
        let want = std::fs::read_to_string(p.with_extension("out")).unwrap();
        if String::from_utf8_lossy(&out.stdout) != want {
            failures.push(format!("{}: node prints otherwise", js.display()));
        }
        if out.status.success() == p.with_extension("err").exists() {
            failures.push(format!("{}: node's exit status differs", js.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("kitwork-ts-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn check_includes_typescript() {
    let d = tmp("check");
    std::fs::write(d.join("a.js"), "console.log(1)\n").unwrap();
    std::fs::write(d.join("b.ts"), "const b: number = 2\n").unwrap();
    std::fs::write(d.join("c.kitwork.ts"), "export interface C { c: 1 }\n").unwrap();
    let (code, out, err) = kitwork(&["check", &d.to_string_lossy()]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.starts_with("ok: 3 file(s) compiled"), "{out}");
}

#[test]
fn compile_errors_point_into_typescript() {
    let d = tmp("errors");
    let main = d.join("main.ts");
    std::fs::write(
        &main,
        "import { User, make } from \"./lib.ts\"\nconst u: User = make(\"a\")\nconsole.log(u.name)\n",
    )
    .unwrap();
    std::fs::write(
        d.join("lib.ts"),
        "export interface User { name: string }\nexport function make(name: string): User { return { name } }\n",
    )
    .unwrap();
    // A type imported without `type` is elided, as TypeScript does.
    let (code, out, err) = kitwork(&["run", &main.to_string_lossy()]);
    assert_eq!((code, out.as_str()), (Some(0), "a\n"), "{err}");
    // An enum is refused with its lesson, at its position, in both languages.
    let bad = d.join("bad.ts");
    std::fs::write(
        &bad,
        "const x: number = 1\nexport const enum Color { Red }\n",
    )
    .unwrap();
    let path = bad.to_string_lossy();
    let (code, out, err) = kitwork(&["run", &path]);
    assert_eq!(code, Some(2));
    assert!(out.is_empty());
    assert!(
        err.starts_with(&format!("{path}:2:8: 'enum' is not supported:")),
        "{err}"
    );
    assert!(err.contains("Object.freeze"), "{err}");
    let (_, _, err) = kitwork(&["check", &path, "--locale", "vi"]);
    assert!(
        err.starts_with(&format!("{path}:2:8: 'enum' không được hỗ trợ")),
        "{err}"
    );
    // The same types in a .js file stay a JavaScript syntax error.
    let js = d.join("typed.js");
    std::fs::write(&js, "let x: number = 1\n").unwrap();
    let path = js.to_string_lossy();
    let (code, _, err) = kitwork(&["check", &path]);
    assert_eq!(code, Some(2));
    assert!(
        err.starts_with(&format!("{path}:1:6: SyntaxError: Unexpected token ':'")),
        "{err}"
    );
}
