//! One file per limit under tests/limits/: each runs `kitwork run` and
//! must stop with its controlled error (kind, message, line) after the
//! output so far, never a crash. Header comments give the expectations:
//! `// flags: ...`, `// stdout: line` (repeatable), `// error: file:line: Kind: message`
//! (the column is not part of the expectation).

use std::path::Path;
use std::process::Command;

fn header(src: &str, key: &str) -> Vec<String> {
    src.lines()
        .take_while(|l| l.starts_with("//"))
        .filter_map(|l| l.strip_prefix(&format!("// {key}: ")).map(str::to_string))
        .collect()
}

#[test]
fn every_limit_is_a_controlled_error() {
    let dir = Path::new("tests/limits");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    let mut failures = Vec::new();
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        let path = f.to_string_lossy().to_string();
        let flags: Vec<String> = header(&src, "flags")
            .iter()
            .flat_map(|l| l.split_whitespace().map(str::to_string).collect::<Vec<_>>())
            .collect();
        let out = Command::new(env!("CARGO_BIN_EXE_kitwork"))
            .arg("run")
            .arg(&path)
            .args(&flags)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let want_out: String = header(&src, "stdout")
            .iter()
            .map(|l| format!("{l}\n"))
            .collect();
        let want_err = header(&src, "error").pop().expect("an error header");
        // `file:line:col: Kind: msg` -> drop the column for the comparison.
        let got_err = stderr.lines().last().unwrap_or("").to_string();
        let got_no_col = {
            let mut parts = got_err.splitn(4, ':');
            let (a, b, _col, rest) = (parts.next(), parts.next(), parts.next(), parts.next());
            format!(
                "{}:{}:{}",
                a.unwrap_or(""),
                b.unwrap_or(""),
                rest.unwrap_or("")
            )
        };
        if out.status.code() != Some(1) || stdout != want_out || got_no_col != want_err {
            failures.push(format!(
                "{path}: status {:?}\n  stdout {stdout:?} (want {want_out:?})\n  stderr {got_err:?}\n  want   {want_err:?}",
                out.status.code()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
