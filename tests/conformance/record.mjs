// Re-records the expected outputs of the conformance corpus with node (the oracle).
//
// Usage (from anywhere):
//   node tests/conformance/record.mjs            # re-record every program
//   node tests/conformance/record.mjs strings/   # only programs whose path contains the filter
//
// For every program tests/conformance/<group>/<name>.js (directories named `lib`
// hold helper modules and are skipped) this runs `node <name>.js` with the file's
// directory as cwd and writes:
//   <name>.out  stdout, byte for byte (always written, possibly empty);
//   <name>.err  only when node exits non-zero: ONE line
//               `tests/conformance/<group>/<name>.js:<line>:<col>: <ErrorName>: <message>`
//               where the position is the uncaught error's first stack frame in a
//               corpus file (for a failure inside an imported helper, the helper's
//               path), and `<ErrorName>: <message>` is the first line of node's error
//               header. The path is relative to the repository root, exactly as
//               `kitwork run tests/conformance/<group>/<name>.js` names it.
// A stale <name>.err is deleted when the program now succeeds.
// The Rust harness tests/conformance.rs compares kitwork against these records, and
// (when node is installed) checks the records still match node.

import { spawnSync } from "node:child_process";
import { readdirSync, writeFileSync, existsSync, unlinkSync, statSync } from "node:fs";
import { dirname, join, relative, basename, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, "..", "..");
const filter = process.argv[2] || "";

function toPosix(p) {
  return p.split(sep).join("/");
}

function collect(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== "lib") collect(full, out);
    } else if (name.endsWith(".js")) {
      out.push(full);
    }
  }
  return out;
}

// Extracts `path:line:col: Name: message` from node's stderr, or null.
export function errorLine(stderr) {
  const lines = stderr.split(/\r?\n/);
  const firstAt = lines.findIndex((l) => /^\s+at /.test(l));
  let header = null;
  let pos = null;
  if (firstAt > 0) {
    let j = firstAt - 1;
    for (; j > 0 && lines[j - 1] !== ""; j--);
    header = lines[j];
    for (let k = firstAt; k < lines.length && /^\s+at /.test(lines[k]); k++) {
      const m = /(file:\/\/[^\s()]+):(\d+):(\d+)\)?\s*$/.exec(lines[k]);
      if (m) {
        pos = { file: fileURLToPath(m[1]), line: m[2], col: m[3] };
        break;
      }
    }
  } else {
    // No stack frames: take the last `Name: message` looking line.
    header = lines.filter((l) => /^[A-Za-z_$][\w$]*: /.test(l)).pop() ?? null;
  }
  if (!pos) {
    // Fallback: node's source excerpt `file:///...:LINE` + source line + caret line.
    const idx = lines.findIndex((l) => /^file:\/\/.*:\d+$/.test(l));
    if (idx >= 0) {
      const m = /^(file:\/\/.*):(\d+)$/.exec(lines[idx]);
      const caret = (lines[idx + 2] || "").indexOf("^");
      pos = { file: fileURLToPath(m[1]), line: m[2], col: String(caret >= 0 ? caret + 1 : 1) };
    }
  }
  if (!header || !pos) return null;
  return `${toPosix(relative(repoRoot, pos.file))}:${pos.line}:${pos.col}: ${header}`;
}

function record(file) {
  const rel = toPosix(relative(here, file));
  const res = spawnSync(process.execPath, [basename(file)], {
    cwd: dirname(file),
    encoding: "utf8",
    timeout: 30000,
    // kitwork's default local time zone is UTC: record Date output the same way.
    env: { ...process.env, TZ: "UTC" },
  });
  const base = file.slice(0, -3);
  writeFileSync(base + ".out", res.stdout);
  if (res.status === 0) {
    if (existsSync(base + ".err")) unlinkSync(base + ".err");
    return { rel, ok: true };
  }
  const line = errorLine(res.stderr);
  if (!line) {
    console.error(`${rel}: could not parse node's error output:\n${res.stderr}`);
    return { rel, ok: false, bad: true };
  }
  writeFileSync(base + ".err", line + "\n");
  return { rel, ok: false, line };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = collect(here, []).filter((f) => toPosix(relative(here, f)).includes(filter));
  let errs = 0;
  let bad = 0;
  for (const f of files) {
    const r = record(f);
    if (r.bad) bad++;
    else if (!r.ok) {
      errs++;
      console.log(`err  ${r.line}`);
    }
  }
  console.log(`recorded ${files.length} programs (${errs} ending in an error, ${bad} unparsable)`);
  if (bad) process.exit(1);
}
