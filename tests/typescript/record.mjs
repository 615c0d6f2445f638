// Records the oracle of the TypeScript programs: their JavaScript and what node prints.
//
// Usage (needs ts-blank-space, a type stripper built on the official TypeScript parser):
//   npm install --prefix /tmp/tsb ts-blank-space@0.9.0
//   TS_BLANK_SPACE=/tmp/tsb/node_modules/ts-blank-space/out/index.js node tests/typescript/record.mjs
//
// For every tests/typescript/**/<name>.ts this writes <name>.js: the same program with
// its types blanked out by ts-blank-space (replaced with spaces, so every line and
// column is unchanged) and its `./x.ts` import specifiers renamed `./x.js` (same
// length). Then, for every program outside `lib/`, it runs `node <name>.js` and writes
//   <name>.out  node's stdout;
//   <name>.err  only when node stops with an error: one line
//               `tests/typescript/<name>.ts:<line>:<col>: <ErrorName>: <message>`
//               (node's position in the .js, which is the position in the .ts).
// tests/typescript.rs runs `kitwork run` on each .ts against these records, and
// (when node is installed) checks that node still prints them from the .js.

import { readdirSync, readFileSync, writeFileSync, existsSync, unlinkSync, statSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join, relative, basename, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { errorLine } from "../conformance/record.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const { default: blankSpace } = await import(process.env.TS_BLANK_SPACE ?? "ts-blank-space");

function collect(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) collect(full, out);
    else if (name.endsWith(".ts")) out.push(full);
  }
  return out;
}

let failed = false;
const files = collect(here, []);
for (const ts of files) {
  const rel = relative(here, ts).split(sep).join("/");
  const errors = [];
  let js = blankSpace(readFileSync(ts, "utf8"), (node) => errors.push(node.getText()));
  if (errors.length) {
    console.error(`${rel}: ts-blank-space cannot erase: ${errors.join(" | ")}`);
    failed = true;
    continue;
  }
  js = js.replace(/((?:from|import)\s*["'][^"']*)\.ts(["'])/g, "$1.js$2");
  const out = ts.slice(0, -3) + ".js";
  writeFileSync(out, js);
  if (rel.startsWith("lib/")) continue;
  const res = spawnSync(process.execPath, [basename(out)], {
    cwd: dirname(out),
    encoding: "utf8",
    env: { ...process.env, TZ: "UTC" },
  });
  const base = ts.slice(0, -3);
  writeFileSync(base + ".out", res.stdout);
  if (res.status === 0) {
    if (existsSync(base + ".err")) unlinkSync(base + ".err");
    console.log(`ok   ${rel}`);
    continue;
  }
  const line = errorLine(res.stderr);
  if (!line) {
    console.error(`${rel}: could not parse node's error output:\n${res.stderr}`);
    failed = true;
    continue;
  }
  const tsLine = line.replace(/\.js:(\d+):(\d+): /, ".ts:$1:$2: ");
  writeFileSync(base + ".err", tsLine + "\n");
  console.log(`err  ${tsLine}`);
}
console.log(`recorded ${files.length} files`);
if (failed) process.exit(1);
