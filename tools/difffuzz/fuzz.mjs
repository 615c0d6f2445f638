#!/usr/bin/env node
// Differential fuzzer: kitwork vs node 20 on random programs of the supported subset.
//
//   node tools/difffuzz/fuzz.mjs --seed N --count K --kitwork target/release/kitwork [--minutes M] [--keep DIR] [--jobs J] [--reduce]
//   node tools/difffuzz/fuzz.mjs --print --seed N
//   node tools/difffuzz/fuzz.mjs --self-check --seed N --count K
//
// See tools/difffuzz/README.md.

import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generate, subsetViolations } from "./gen.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const a = {
    seed: 1, count: null, minutes: null, kitwork: null, keep: path.join(HERE, "divergences"),
    jobs: 1, print: false, selfCheck: false, reduce: false, timeout: 5000, quiet: false,
    errorRate: 0.14, features: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) die(`${k} needs a value`);
      return argv[++i];
    };
    switch (k) {
      case "--seed": a.seed = Number(val()); break;
      case "--count": a.count = Number(val()); break;
      case "--minutes": a.minutes = Number(val()); break;
      case "--kitwork": a.kitwork = val(); break;
      case "--keep": a.keep = path.resolve(val()); break;
      case "--jobs": a.jobs = Math.max(1, Number(val())); break;
      case "--timeout": a.timeout = Number(val()); break;
      case "--error-rate": a.errorRate = Number(val()); break;
      case "--print": a.print = true; break;
      case "--features": a.features = true; break;
      case "--self-check": a.selfCheck = true; break;
      case "--reduce": a.reduce = true; break;
      case "--quiet": a.quiet = true; break;
      case "-h": case "--help": usage(0); break;
      default: die(`unknown argument ${k}`);
    }
  }
  if (!Number.isSafeInteger(a.seed) || a.seed < 0) die("--seed must be a non-negative integer");
  return a;
}

function usage(code) {
  console.log(`usage:
  node tools/difffuzz/fuzz.mjs --seed N --count K --kitwork PATH [--minutes M] [--keep DIR] [--jobs J] [--reduce]
  node tools/difffuzz/fuzz.mjs --print --seed N [--features]
  node tools/difffuzz/fuzz.mjs --self-check --seed N --count K [--jobs J]`);
  process.exit(code);
}
function die(msg) {
  console.error(`difffuzz: ${msg}`);
  usage(2);
}

// ---------------------------------------------------------------- processes

function runProc(cmd, args, { timeout, cwd }) {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    const err = [];
    let size = 0;
    let timedOut = false;
    const limit = 8 << 20;
    child.stdout.on("data", (b) => { size += b.length; if (size < limit) out.push(b); });
    child.stderr.on("data", (b) => { if (err.length < 1000) err.push(b); });
    const timer = setTimeout(() => { timedOut = true; child.kill("SIGKILL"); }, timeout);
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, stdout: "", stderr: String(e), ms: 0, timedOut: false, spawnError: true });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({
        code, signal, timedOut,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        ms: Number(process.hrtime.bigint() - t0) / 1e6,
      });
    });
  });
}

// `Name: message` of node's uncaught error.
export function nodeErrorLine(stderr) {
  for (const line of stderr.split("\n")) {
    const m = /^([A-Z][A-Za-z]*Error)(?:: (.*))?$/.exec(line.trimEnd());
    if (m) return m[2] === undefined ? m[1] : `${m[1]}: ${m[2]}`;
  }
  return null;
}
// `Name: message` of kitwork's error line `file:line:col: Name: message`:
// the last stderr line of that shape (a message may go on over more lines,
// as node's does; the first line is compared). Falls back to the node
// format, so that `--kitwork node` works.
export function kitworkErrorLine(stderr) {
  const lines = stderr.split("\n").map((l) => l.trimEnd()).filter((l) => l);
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /^\S+?:\d+:\d+: ([A-Za-z]+: .*)$/.exec(lines[i]);
    if (m) return m[1];
  }
  const last = lines[lines.length - 1] ?? "";
  return nodeErrorLine(stderr) ?? (last || null);
}

function isNodeBinary(p) {
  return /(^|[\\/])node(\.exe)?$/.test(p);
}

// ---------------------------------------------------------------- comparison

function firstDiff(exp, act) {
  const e = exp.split("\n");
  const a = act.split("\n");
  const n = Math.max(e.length, a.length);
  for (let i = 0; i < n; i++) {
    if (e[i] !== a[i]) {
      const show = (l) => (l === undefined ? "<end of output>" : JSON.stringify(l));
      const ctx = (lines) => lines.slice(Math.max(0, i - 3), i + 4).map((l, j) => `      ${Math.max(0, i - 3) + j + 1}| ${l}`).join("\n");
      return `first differing line ${i + 1}:\n  node    ${show(e[i])}\n  kitwork ${show(a[i])}\n  node context:\n${ctx(e)}\n  kitwork context:\n${ctx(a)}`;
    }
  }
  return "outputs are equal";
}

function compare(node, kit) {
  const kinds = [];
  if (kit.timedOut) kinds.push("kitwork-timeout");
  else if (kit.signal || /panicked at|RUST_BACKTRACE/.test(kit.stderr)) kinds.push("kitwork-crash");
  const nodeOk = node.code === 0;
  const kitOk = kit.code === 0;
  if (!kinds.length) {
    if (!kitOk && kit.code === 2 && nodeOk) kinds.push("kitwork-rejected");
    else if (nodeOk !== kitOk) kinds.push("exit-status");
    if (!nodeOk && !kitOk && kit.code !== 2) {
      const ne = nodeErrorLine(node.stderr);
      const ke = kitworkErrorLine(kit.stderr);
      if (ne !== ke) kinds.push("error-message");
    }
  }
  if (node.stdout !== kit.stdout) kinds.push("stdout");
  return kinds;
}

function excerpt(s, max = 4000) {
  if (s.length <= max) return s;
  return s.slice(0, max) + `\n... (${s.length - max} more chars)`;
}

function describe(seed, features, kinds, node, kit, kitCmd) {
  const ne = nodeErrorLine(node.stderr);
  const ke = kitworkErrorLine(kit.stderr);
  return [
    `seed: ${seed}`,
    `divergence: ${kinds.join(", ")}`,
    `features: ${features.join(" ")}`,
    `reproduce: node seed-${seed}.js; ${kitCmd} seed-${seed}.js   (in the divergences directory, which has a package.json with "type": "module")`,
    ``,
    `node:    exit ${node.code}${ne ? `, error ${JSON.stringify(ne)}` : ""}`,
    `kitwork: exit ${kit.code}${kit.signal ? ` signal ${kit.signal}` : ""}${kit.timedOut ? " (timed out)" : ""}${kit.code !== 0 && ke ? `, error ${JSON.stringify(ke)}` : ""}`,
    ``,
    kinds.includes("stdout") ? firstDiff(node.stdout, kit.stdout) : "stdout: identical",
    ``,
    `---- node stdout`,
    excerpt(node.stdout),
    `---- kitwork stdout`,
    excerpt(kit.stdout),
    `---- node stderr`,
    excerpt(node.stderr, 2000),
    `---- kitwork stderr`,
    excerpt(kit.stderr, 2000),
    ``,
  ].join("\n");
}

// ---------------------------------------------------------------- reduction

// Splits a program into top-level statements (a chunk starts at a line with no
// indentation that does not begin with `}`).
function chunks(src) {
  const out = [];
  for (const line of src.split("\n")) {
    if (line === "") continue;
    if (out.length && (/^[\s}]/.test(line) || line.startsWith(")"))) out[out.length - 1] += "\n" + line;
    else out.push(line);
  }
  return out;
}

async function reduce(src, kinds, orig, runBoth) {
  let parts = chunks(src);
  const origErr = nodeErrorLine(orig.stderr);
  const still = async (candidate) => {
    const code = candidate.join("\n") + "\n";
    const { node, kit } = await runBoth(code);
    if (node.timedOut) return false;
    // node must behave as before (no new error from a removed declaration)
    if (node.code !== orig.code || nodeErrorLine(node.stderr) !== origErr) return false;
    const k = compare(node, kit);
    return kinds.every((x) => k.includes(x));
  };
  let n = 2;
  let tries = 0;
  while (parts.length >= 2 && tries < 400) {
    const size = Math.ceil(parts.length / n);
    let removed = false;
    for (let start = parts.length - size; start >= 0 && tries < 400; start -= size) {
      const candidate = parts.slice(0, start).concat(parts.slice(start + size));
      tries++;
      if (candidate.length && (await still(candidate))) {
        parts = candidate;
        removed = true;
      }
    }
    if (!removed) {
      if (size === 1) break;
      n = Math.min(parts.length, n * 2);
    }
  }
  // second pass: single self-contained lines inside blocks
  let lines = parts.join("\n").split("\n");
  const balanced = (l) => {
    let d = 0;
    for (const c of l.replace(/"(\\.|[^"\\])*"|'(\\.|[^'\\])*'/g, '""')) {
      if ("([{".includes(c)) d++;
      else if (")]}".includes(c) && --d < 0) return false;
    }
    return d === 0;
  };
  for (let i = lines.length - 1; i >= 0 && tries < 600; i--) {
    if (!/;\s*$/.test(lines[i]) || !balanced(lines[i])) continue;
    const candidate = lines.slice(0, i).concat(lines.slice(i + 1));
    tries++;
    if (await still(candidate)) lines = candidate;
  }
  return lines.join("\n") + "\n";
}

// ---------------------------------------------------------------- pool

async function pool(jobs, next, work) {
  const workers = [];
  for (let j = 0; j < jobs; j++) {
    workers.push((async () => {
      for (;;) {
        const item = next();
        if (item === null) return;
        await work(item);
      }
    })());
  }
  await Promise.all(workers);
}

function makeTemp() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "difffuzz-"));
  fs.writeFileSync(path.join(dir, "package.json"), '{"type":"module"}\n');
  return dir;
}

function makeSeedSource(args) {
  const start = args.seed;
  const deadline = args.minutes != null ? Date.now() + args.minutes * 60_000 : null;
  const count = args.count ?? (deadline ? Infinity : 100);
  let i = 0;
  return () => {
    if (i >= count) return null;
    if (deadline && Date.now() >= deadline) return null;
    return start + i++;
  };
}

function pct(a, b) {
  return b ? `${((100 * a) / b).toFixed(1)}%` : "-";
}

// ---------------------------------------------------------------- modes

async function fuzz(args) {
  if (!args.kitwork) die("--kitwork PATH is required (or use --self-check / --print)");
  const kitwork = isNodeBinary(args.kitwork) ? args.kitwork : path.resolve(args.kitwork);
  const kitArgs = (file) => (isNodeBinary(kitwork) ? [file] : ["run", file]);
  const kitCmd = isNodeBinary(kitwork) ? kitwork : `${kitwork} run`;
  const tmp = makeTemp();
  fs.mkdirSync(args.keep, { recursive: true });
  // so that `node DIR/seed-N.js` runs the saved program as an ES module
  fs.writeFileSync(path.join(args.keep, "package.json"), '{"type":"module"}\n');
  const t0 = Date.now();
  const stats = { programs: 0, divergent: 0, skipped: 0, nodeErrors: 0, kinds: {}, feat: {}, featDiv: {}, errPairs: {} };
  const next = makeSeedSource(args);
  let counter = 0;

  const runBoth = async (src) => {
    const file = path.join(tmp, `p${counter++}.js`);
    fs.writeFileSync(file, src);
    const node = await runProc(process.execPath, [file], { timeout: args.timeout, cwd: tmp });
    const kit = await runProc(kitwork, kitArgs(file), { timeout: args.timeout, cwd: tmp });
    fs.rmSync(file, { force: true });
    return { node, kit };
  };

  await pool(args.jobs, next, async (seed) => {
    const { src, features } = generate(seed, { errorRate: args.errorRate });
    const { node, kit } = await runBoth(src);
    if (kit.spawnError) die(`cannot run ${kitwork}: ${kit.stderr}`);
    // node itself did not finish (timeout, or killed: out of memory on an
    // unbounded program): no oracle, so no comparison.
    if (node.timedOut || node.signal || node.code === null) { stats.skipped++; return; }
    stats.programs++;
    if (node.code !== 0) stats.nodeErrors++;
    for (const f of features) stats.feat[f] = (stats.feat[f] || 0) + 1;
    const kinds = compare(node, kit);
    if (!kinds.length) return;
    stats.divergent++;
    for (const k of kinds) stats.kinds[k] = (stats.kinds[k] || 0) + 1;
    for (const f of features) stats.featDiv[f] = (stats.featDiv[f] || 0) + 1;
    if (kinds.includes("error-message")) {
      const key = `${nodeErrorLine(node.stderr)}  <>  ${kitworkErrorLine(kit.stderr)}`;
      stats.errPairs[key] = (stats.errPairs[key] || 0) + 1;
    }
    const base = path.join(args.keep, `seed-${seed}`);
    fs.writeFileSync(`${base}.js`, src);
    fs.writeFileSync(`${base}.diff`, describe(seed, features, kinds, node, kit, kitCmd));
    if (args.reduce) {
      const small = await reduce(src, kinds, node, runBoth);
      const again = await runBoth(small);
      fs.writeFileSync(`${base}.min.js`, small);
      fs.appendFileSync(`${base}.diff`, `\n==== reduced program (${base}.min.js)\n${small}\n${describe(seed, features, compare(again.node, again.kit), again.node, again.kit, kitCmd)}`);
    }
    if (!args.quiet) console.log(`seed ${seed}: ${kinds.join(", ")}  -> ${path.relative(process.cwd(), base)}.diff`);
  });

  fs.rmSync(tmp, { recursive: true, force: true });
  const secs = (Date.now() - t0) / 1000;
  console.log(`\n==== difffuzz summary`);
  console.log(`seeds ${args.seed}.. ; ${stats.programs} programs in ${secs.toFixed(0)} s; ${stats.divergent} divergent (${pct(stats.divergent, stats.programs)}); ${stats.nodeErrors} programs end in a runtime error on node; ${stats.skipped} skipped (node did not finish)`);
  console.log(`divergences saved under ${path.relative(process.cwd(), args.keep) || "."}`);
  if (stats.divergent) {
    console.log(`\nby kind:`);
    for (const [k, v] of Object.entries(stats.kinds).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(18)} ${v}`);
  }
  console.log(`\nby feature (programs using it / divergent among them):`);
  const rows = Object.keys(stats.feat).map((f) => [f, stats.feat[f], stats.featDiv[f] || 0]);
  rows.sort((a, b) => b[2] / b[1] - a[2] / a[1] || b[1] - a[1]);
  for (const [f, n, d] of rows) console.log(`  ${f.padEnd(28)} ${String(n).padStart(6)} ${String(d).padStart(6)}  ${pct(d, n).padStart(6)}`);
  const pairs = Object.entries(stats.errPairs).sort((a, b) => b[1] - a[1]).slice(0, 15);
  if (pairs.length) {
    console.log(`\nmost frequent error-message mismatches (node <> kitwork):`);
    for (const [k, v] of pairs) console.log(`  ${String(v).padStart(4)}  ${k}`);
  }
  process.exitCode = stats.divergent ? 1 : 0;
}

async function selfCheck(args) {
  const tmp = makeTemp();
  const wrapper = path.join(tmp, "cpu-wrapper.mjs");
  fs.writeFileSync(wrapper, `process.on("exit", () => { const u = process.cpuUsage(); process.stderr.write("\\ndifffuzz-cpu-ms " + Math.round((u.user + u.system) / 1000) + "\\n"); });
import { pathToFileURL } from "node:url";
await import(pathToFileURL(process.argv[2]).href);
`);
  const t0 = Date.now();
  const next = makeSeedSource({ ...args, count: args.count ?? 200 });
  const problems = [];
  const st = { programs: 0, errors: 0, planned: 0, unplanned: {}, slow: 0, maxMs: 0, bytes: 0, lines: 0, feat: {} };
  await pool(args.jobs, next, async (seed) => {
    const { src, features } = generate(seed, { errorRate: args.errorRate });
    st.programs++;
    st.lines += src.split("\n").length;
    for (const f of features) st.feat[f] = (st.feat[f] || 0) + 1;
    const v = subsetViolations(src);
    if (v.length) problems.push(`seed ${seed}: subset violation: ${v.join("; ")}`);
    const again = generate(seed, { errorRate: args.errorRate }).src;
    if (again !== src) problems.push(`seed ${seed}: generator is not deterministic`);
    const file = path.join(tmp, `seed-${seed}.js`);
    fs.writeFileSync(file, src);
    const a = await runProc(process.execPath, [file], { timeout: 3000, cwd: tmp });
    // second run under a wrapper that reports the CPU time used (wall time is
    // meaningless on a loaded machine)
    const b = await runProc(process.execPath, [wrapper, file], { timeout: 3000, cwd: tmp });
    const cpu = /\ndifffuzz-cpu-ms (\d+)\n/.exec(b.stderr);
    b.ms = cpu ? Number(cpu[1]) : b.ms;
    b.stderr = b.stderr.replace(/\ndifffuzz-cpu-ms \d+\n/, "");
    const ms = b.ms;
    if (ms > st.maxMs) { st.maxMs = ms; st.maxSeed = seed; }
    st.bytes += a.stdout.length;
    if (a.timedOut || b.timedOut) problems.push(`seed ${seed}: does not terminate within 3 s`);
    else if (b.ms > 1000) { st.slow++; problems.push(`seed ${seed}: slow (${b.ms.toFixed(0)} ms of CPU)`); }
    if (a.stdout !== b.stdout || a.code !== b.code || nodeErrorLine(a.stderr) !== nodeErrorLine(b.stderr))
      problems.push(`seed ${seed}: not deterministic on node`);
    if (a.code === 0 && a.stderr) problems.push(`seed ${seed}: stderr on success: ${a.stderr.slice(0, 200)}`);
    if (a.code !== 0) {
      st.errors++;
      const line = nodeErrorLine(a.stderr) ?? a.stderr.slice(0, 200);
      if (/^SyntaxError/.test(line) && !features.includes("error:json-syntax")) problems.push(`seed ${seed}: program does not parse: ${line}`);
      if (features.includes("runtime-error")) st.planned++;
      else {
        const key = line.replace(/\b[a-z]+\d+\b/g, "<v>").replace(/'[^']*'/g, "'…'");
        (st.unplanned[key] ||= []).push(seed);
      }
    }
    fs.rmSync(file, { force: true });
  });
  fs.rmSync(tmp, { recursive: true, force: true });
  const secs = (Date.now() - t0) / 1000;
  console.log(`==== difffuzz self-check: ${st.programs} programs (seeds ${args.seed}..) in ${secs.toFixed(0)} s`);
  console.log(`  average ${(st.lines / st.programs).toFixed(0)} lines, ${(st.bytes / st.programs).toFixed(0)} bytes of output; most CPU-hungry program ${st.maxMs.toFixed(0)} ms (seed ${st.maxSeed})`);
  console.log(`  ${st.errors} end in a runtime error (${pct(st.errors, st.programs)}): ${st.planned} planned, ${st.errors - st.planned} incidental`);
  const un = Object.entries(st.unplanned).sort((a, b) => b[1].length - a[1].length);
  if (un.length) {
    console.log(`  incidental runtime errors:`);
    for (const [k, seeds] of un.slice(0, 25)) console.log(`    ${String(seeds.length).padStart(4)}  ${k}   (e.g. seed ${seeds[0]})`);
  }
  console.log(`  feature coverage (programs):`);
  const fs_ = Object.entries(st.feat).sort((a, b) => b[1] - a[1]);
  for (let i = 0; i < fs_.length; i += 4) console.log("    " + fs_.slice(i, i + 4).map(([f, n]) => `${f} ${n}`.padEnd(30)).join(""));
  if (problems.length) {
    console.log(`  PROBLEMS (${problems.length}):`);
    for (const p of problems.slice(0, 50)) console.log(`    ${p}`);
    process.exitCode = 1;
  } else console.log(`  clean: deterministic, terminating, within the subset`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.print) {
    const { src, features } = generate(args.seed, { errorRate: args.errorRate });
    process.stdout.write(src);
    if (args.features) process.stderr.write(`features: ${features.join(" ")}\n`);
    return;
  }
  if (args.selfCheck) return selfCheck(args);
  return fuzz(args);
}

main();
