// Seeded generator of random programs in kitwork's supported JavaScript subset.
//
// Every program is deterministic, terminates quickly (all loops are bounded by
// small literals, recursion is bounded, growth of strings/arrays is capped) and
// never uses a removed construct (see /work/shared/LANGUAGE.md, rule 2).
// A fraction of programs end in a deliberate runtime error.

export function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mixSeed(n) {
  // spread consecutive seeds apart
  let h = (Number(n) * 2654435761) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

// ---------------------------------------------------------------- literal pools

const STRINGS = [
  "", "a", "b", "ab", "abc", "abcabc", "hello", "Hello, World", "  padded  ", " x ",
  "12", "3.5", "-7", "0x1F", "1e3", " 42 ", "007", "12px", "true", "null", "undefined",
  "x,y,z", "a-b-c", "a b c", "one two", "Phường Bến Nghé", "Bến", "Việt Nam", "it's",
  'say "hi"', "tab\\there", "line\\nbreak", "😀ok", "ß", "İstanbul", "café", "ABC", "Zebra",
  "apple", "banana", "cherry", "kitwork", "%20", "a/b?c=d", "[1,2]", "{}", "NaN", "Infinity",
  "-0", "0", "1", "10", "9", "2", "__proto__x", "$", "$$", "naïve", "ǅ", "ﬀ",
];
const SHORT_STRINGS = ["", "a", "b", "-", ",", " ", "ab", "x", "Z", "ß", "é", "0", "1", "ờ", "_", "12"];
const SEPARATORS = ["", ",", " ", "-", "a", "b", ", ", "ab", "x", "é"];
const REPLACEMENTS = ["X", "", "__", "[$&]", "$$", "$'", "$`", "ư", "-"];
const KEYS = ["a", "b", "c", "x", "y", "z", "len", "name", "value", "key", "total", "_", "$k"];
const INT_KEYS = ["0", "1", "2", "10", "-1", "01", "1.5", "4294967295", "4294967294", "9"];
const QUOTED_KEYS = ["a-b", "two words", "ờ", "1a", "", "constructor"];

const NUM_SPECIAL = [
  "0.1", "0.2", "0.3", "0.5", "1.5", "2.5", "-2.5", "-0.5", "0.25", "1e21", "1e-7", "1.5e-7",
  "123.456", "2147483648", "4294967295", "4294967296", "-2147483649", "9007199254740993",
  "9007199254740991", "1e300", "5e-324", "1.7976931348623157e308", "100", "1000000",
  "123456789", "0.000001", "1e-6", "33.333", "7.25", "1e100", "-1e21", "0xff", "0b1011",
  "0o17", "1_000", "12.5", "99.99", "0.7", "1.005", "2.675", "8.345",
];

// A check on the generated text: removed keywords (as words, outside string
// literals and comments) and forbidden API calls. Returns a list of problems.
export function subsetViolations(src) {
  // Strip comments and string/template literal bodies so words inside strings
  // do not count.  (The generator never puts these words in strings either,
  // but we do not rely on that.)
  let code = "";
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "/" && src[i + 1] === "/") {
      while (i < src.length && src[i] !== "\n") i++;
      code += "\n";
      continue;
    }
    if (c === '"' || c === "'" || c === "`") {
      const q = c;
      code += q;
      i++;
      for (; i < src.length && src[i] !== q; i++) {
        if (src[i] === "\\") i++;
        else if (q === "`" && src[i] === "$" && src[i + 1] === "{") {
          // keep template substitutions: scan to matching brace
          let depth = 0;
          code += " ";
          for (; i < src.length; i++) {
            if (src[i] === "{") depth++;
            else if (src[i] === "}") {
              depth--;
              if (depth === 0) break;
            }
            code += src[i] === "$" ? " " : src[i];
          }
          code += " ";
        }
      }
      code += q;
      continue;
    }
    code += c;
  }
  const problems = [];
  const bad = [
    /\bwhile\b/, /\bdo\b/, /\btry\b/, /\bcatch\b/, /\bfinally\b/, /\bthrow\b/, /\bswitch\b/,
    /\bcase\b/, /\bclass\b/, /\basync\b/, /\bawait\b/, /\bPromise\b/, /\byield\b/,
    /function\s*\*/, /\beval\b/, /\bFunction\b/, /(?<!\.)\bwith\s*\(/, /\bRegExp\b/, /\bProxy\b/,
    /\bReflect\b/, /\bSymbol\b/, /\bMath\.random\b/, /\bDate\.now\b/, /\bnew Date\s*\(\s*\)/,
    /\bset(Timeout|Interval|Immediate)\b/, /\bqueueMicrotask\b/, /\bget\s+\w+\s*\(/,
    /\bset\s+\w+\s*\(/, /^\s*\w+\s*:\s*(for|\{)/m, /\bdebugger\b/, /\bextends\b/,
    /\bprocess\b/, /\brequire\b/, /\bimport\s*\(/, /\/[^/\s*][^/\n]*\/[gimsuy]*\s*[.,;)]/,
  ];
  for (const re of bad) if (re.test(code)) problems.push(`matches ${re}`);
  // `new` only on built-in constructors
  const news = code.match(/\bnew\s+([A-Za-z_$][\w$]*)/g) || [];
  for (const n of news) {
    const ctor = n.split(/\s+/)[1];
    if (!["Map", "Set", "Array", "Error", "TypeError", "RangeError", "Date", "Object", "String", "Number", "Boolean"].includes(ctor))
      problems.push(`new on non-builtin ${ctor}`);
  }
  return problems;
}

// ---------------------------------------------------------------- generator

const PRIMS = new Set(["num", "str", "bool"]);

// Wraps an expression in parentheses unless a member access or call can be
// appended to it without changing its meaning.
export function atom(s) {
  if (/^[\d.\-+!~]/.test(s)) return `(${s})`;
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'" || c === "`") {
      const q = c;
      for (i++; i < s.length && s[i] !== q; i++) {
        if (s[i] === "\\") i++;
        else if (q === "`" && s[i] === "$" && s[i + 1] === "{") {
          let d = 0;
          for (; i < s.length; i++) {
            if (s[i] === "{") d++;
            else if (s[i] === "}" && --d === 0) break;
          }
        }
      }
      continue;
    }
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (depth === 0 && (c === " " || c === "?" || c === ":")) return `(${s})`;
  }
  return s;
}

export class Gen {
  constructor(seed, opts = {}) {
    this.seed = seed;
    this.r = mulberry32(mixSeed(seed));
    this.id = 0;
    this.frames = [[]];
    this.lines = [];
    this.ind = 0;
    this.features = new Set();
    this.loopDepth = 0; // loops in the current function
    this.fnDepth = 0;
    this.mult = 1; // estimated executions of the current code per program run
    this.fnCost = null; // accumulated cost of the function being generated
    this.varRefs = 0;
    this.errorPlanned = opts.errorRate ?? 0.14;
    this.breakable = false;
    this.returnType = null;
    this.iterLoop = 0; // id of the innermost for-of / for-in loop (0: none)
  }

  // ---- randomness
  rnd() { return this.r(); }
  int(a, b) { return a + Math.floor(this.r() * (b - a + 1)); }
  pick(a) { return a[Math.floor(this.r() * a.length)]; }
  chance(p) { return this.r() < p; }
  choose(table) {
    let total = 0;
    for (const [w] of table) total += w;
    let x = this.r() * total;
    for (const [w, f] of table) {
      if ((x -= w) < 0) return f();
    }
    return table[table.length - 1][1]();
  }
  f(tag) { this.features.add(tag); }
  fresh(prefix) { return prefix + ++this.id; }

  // ---- scopes
  pushFrame() { this.frames.push([]); }
  popFrame() { this.frames.pop(); }
  declare(name, type, extra = {}) {
    const v = { name, type, mut: true, locked: false, fnDepth: this.fnDepth, iterLoop: this.iterLoop, ...extra };
    this.frames[this.frames.length - 1].push(v);
    return v;
  }
  visible() {
    const seen = new Set();
    const out = [];
    for (let i = this.frames.length - 1; i >= 0; i--) {
      for (let j = this.frames[i].length - 1; j >= 0; j--) {
        const v = this.frames[i][j];
        if (seen.has(v.name)) continue;
        seen.add(v.name);
        out.push(v);
      }
    }
    return out;
  }
  vars(type, pred = () => true) {
    return this.visible().filter((v) => v.type === type && pred(v));
  }
  useVar(v) {
    this.varRefs++;
    return v.name;
  }
  // a variable that may be mutated in place (arrays, maps, sets, objects)
  mutable(type) {
    return this.vars(type, (v) => !v.locked && v.fnDepth === this.fnDepth && !v.frozen);
  }
  assignable(type) {
    return this.vars(type, (v) => v.mut && !v.locked && (v.fnDepth === this.fnDepth || PRIMS.has(type)));
  }

  emit(line) { this.lines.push("  ".repeat(this.ind) + line); }

  // ================================================================ expressions
  // Every expression generator returns source text.  Compound results are
  // parenthesized so that operator precedence never changes the meaning.

  numLit() {
    return this.choose([
      [6, () => String(this.int(0, 10))],
      [2, () => String(this.int(11, 300))],
      [2, () => `(-${this.int(1, 20)})`],
      [4, () => { this.f("num-edge"); const s = this.pick(NUM_SPECIAL); if (s.includes("_")) this.f("numeric-separator"); return s.startsWith("-") ? `(${s})` : s; }],
      [1, () => { this.f("neg-zero"); return "(-0)"; }],
      [1, () => { this.f("nan-inf"); return this.pick(["NaN", "Infinity", "(-Infinity)"]); }],
      [1, () => { this.f("number-constants"); return `Number.${this.pick(["MAX_SAFE_INTEGER", "MIN_SAFE_INTEGER", "EPSILON", "MAX_VALUE", "MIN_VALUE", "POSITIVE_INFINITY", "NaN"])}`; }],
    ]);
  }
  smallInt() { return String(this.int(0, 6)); }
  strLit(pool = STRINGS) {
    const s = this.pick(pool);
    if (/[^\x00-\x7f]/.test(s)) this.f("unicode");
    if (/😀/.test(s)) this.f("surrogates");
    if (this.chance(0.2) && !s.includes("'")) return `'${s}'`;
    return `"${s.replace(/"/g, '\\"')}"`;
  }

  numLeaf() {
    const vs = this.vars("num");
    if (vs.length && this.chance(0.6)) return this.useVar(this.pick(vs));
    return this.numLit();
  }
  strLeaf() {
    const vs = this.vars("str");
    if (vs.length && this.chance(0.55)) return this.useVar(this.pick(vs));
    return this.strLit();
  }

  num(d = 2) {
    if (d <= 0) return this.numLeaf();
    const n = () => this.num(d - 1);
    const s = () => this.str(d - 1);
    return this.choose([
      [6, () => this.numLeaf()],
      [8, () => { const op = this.pick(["+", "-", "*", "/", "%"]); this.f("arith"); return `(${n()} ${op} ${n()})`; }],
      [2, () => { this.f("exponent"); const b = this.chance(0.5) ? String(this.int(-10, 10)) : `(${n()} | 0) % 7`; const e = this.int(-3, 9); return this.chance(0.7) ? `((${b}) ** ${e < 0 ? `(${e})` : e})` : `Math.pow(${b}, ${e})`; }],
      [1, () => { this.f("precedence"); return this.precedence(); }],
      [4, () => { this.f("bitwise"); const op = this.pick(["&", "|", "^", "<<", ">>", ">>>"]); return `(${n()} ${op} ${n()})`; }],
      [2, () => { const op = this.pick(["-", "+", "~", "- -"]); this.f(op === "~" ? "bitwise" : "unary"); return `(${op}${n()})`; }],
      [3, () => { this.f("coercion"); return this.choose([
        [2, () => `(+${s()})`],
        [2, () => `Number(${s()})`],
        [2, () => `(${s()} * ${n()})`],
        [2, () => `(${s()} - ${n()})`],
        [1, () => `(${this.bool(d - 1)} + ${n()})`],
        [1, () => `(${this.any(d - 1)} - ${this.any(d - 1)})`],
        [1, () => `(null + ${n()})`],
        [1, () => `(+${this.pick(["[]", "[5]", "[1, 2]", "{}", "null", "undefined", "true", "false", '""', '" \\n"', '"\\t12\\n"'])})`],
        [1, () => `Number(${this.any(d - 1)})`],
      ]); }],
      [3, () => { this.f("string-methods"); return this.choose([
        [3, () => `${this.strAtom(d - 1)}.length`],
        [2, () => `${this.strAtom(d - 1)}.indexOf(${s()}${this.chance(0.3) ? ", " + n() : ""})`],
        [1, () => `${this.strAtom(d - 1)}.lastIndexOf(${s()})`],
        [2, () => `${this.strAtom(d - 1)}.charCodeAt(${this.smallInt()})`],
        [1, () => `(${this.strAtom(d - 1)}.codePointAt(${this.smallInt()}) ?? -1)`],
        [1, () => `${this.strAtom(d - 1)}.split(${this.strLit(SEPARATORS)}).length`],
      ]); }],
      [3, () => { this.f("math"); return this.choose([
        [4, () => `Math.${this.pick(["abs", "floor", "ceil", "round", "trunc", "sign"])}(${n()})`],
        [2, () => `Math.${this.pick(["min", "max"])}(${this.list(() => n(), 0, 4)})`],
        [1, () => { this.f("spread"); return `Math.${this.pick(["min", "max"])}(...${this.arr(d - 1)})`; }],
        [2, () => `Math.sqrt(${this.chance(0.6) ? this.int(0, 40) ** 2 : n()})`],
        [1, () => `Math.${this.pick(["PI", "E", "LN2", "SQRT2"])}`],
        [1, () => `Math.${this.pick(["clz32", "fround"])}(${n()})`],
        [1, () => `Math.imul(${n()}, ${n()})`],
        [2, () => { this.f("math-transcendental"); return `Math.${this.pick(["sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "exp", "expm1", "log", "log2", "log10", "log1p", "cbrt"])}(${this.chance(0.5) ? n() : `${n()} / ${this.int(1, 97)}`})`; }],
        [1, () => { this.f("math-transcendental"); return this.chance(0.5) ? `Math.atan2(${n()}, ${n()})` : `(${n()} / ${this.int(1, 31)}) ** (${n()} / ${this.int(1, 31)})`; }],
      ]); }],
      [3, () => { this.f("array-methods"); return this.choose([
        [3, () => `${this.arrAtom(d - 1)}.length`],
        [2, () => { this.f("callbacks"); return `${this.arrAtom(d - 1)}.reduce((${this.p("acc")}, ${this.p("x")}) => ${this.lastP(2)} + ${this.lastP(1)}, ${n()})`; }],
        [1, () => { this.f("callbacks"); const acc = this.fresh("acc"), x = this.fresh("x"); return `${this.arrAtom(d - 1)}.reduceRight((${acc}, ${x}) => ${acc} * 2 - ${x}, 0)`; }],
        [2, () => `${this.arrAtom(d - 1)}.indexOf(${n()})`],
        [1, () => `${this.arrAtom(d - 1)}.lastIndexOf(${n()})`],
        [2, () => { this.f("callbacks"); return `${this.arrAtom(d - 1)}.findIndex(${this.pred(d - 1)})`; }],
        [2, () => { this.f("callbacks"); this.f("nullish"); return `(${this.arrAtom(d - 1)}.${this.pick(["find", "findLast"])}(${this.pred(d - 1)}) ?? ${n()})`; }],
        [2, () => { this.f("nullish"); return `(${this.arrAtom(d - 1)}.at(${this.int(-4, 4)}) ?? ${n()})`; }],
        [2, () => { this.f("nullish"); return `(${this.arrAtom(d - 1)}[${this.int(0, 5)}] ?? ${n()})`; }],
        [1, () => `${this.sarrAtom(d - 1)}.length`],
      ]); }],
      [2, () => { this.f("parse"); return this.choose([
        [2, () => `parseInt(${s()})`],
        [1, () => `parseInt(${s()}, ${this.pick(["2", "8", "10", "16", "36", "0"])})`],
        [2, () => `parseFloat(${s()})`],
        [1, () => `Number.parseFloat(${this.strLit()})`],
      ]); }],
      [2, () => { this.f("ternary"); return `(${this.bool(d - 1)} ? ${n()} : ${n()})`; }],
      [2, () => { const vs = this.assignable("num"); if (!vs.length) return this.numLeaf(); this.f("incdec"); const v = this.useVar(this.pick(vs)); return this.pick([`${v}++`, `${v}--`, `++${v}`, `--${v}`].map((x) => `(${x})`)); }],
      [4, () => this.callNum(d)],
      [2, () => { const os = this.vars("obj"); if (!os.length) return this.numLeaf(); this.f("objects"); this.f("nullish"); const o = this.pick(os); return `(${this.objRead(o)} ?? ${n()})`; }],
      [1, () => { const ms = this.vars("map"); if (!ms.length) return this.numLeaf(); this.f("map"); const m = this.useVar(this.pick(ms)); return this.chance(0.3) ? `${m}.size` : `(${m}.get(${this.strLit(KEYS.map((k) => k))}) ?? ${n()})`; }],
      [1, () => { const ss = this.vars("set"); if (!ss.length) return this.numLeaf(); this.f("set"); return `${this.useVar(this.pick(ss))}.size`; }],
      [1, () => { this.f("comma"); return `(${this.any(d - 1)}, ${n()})`; }],
      [1, () => { this.f("optional-chaining"); return `(${this.maybeObj(d - 1)}?.${this.pick(KEYS)} ?? ${n()})`; }],
      [1, () => { this.f("optional-chaining"); return this.choose([
        [2, () => `(${this.pick(["null", "undefined", this.arrAtom(0)])}?.[${this.int(0, 3)}] ?? ${n()})`],
        [1, () => `(${this.maybeObj(0)}?.${this.pick(KEYS)}?.length ?? ${n()})`],
        [1, () => { const fs = this.callable("num").filter((f) => f.required === 0); const f = fs.length ? this.useVar(this.pick(fs)) : this.pick(["undefined", "null"]); return `(${f}?.() ?? ${n()})`; }],
        [1, () => `(${this.maybeObj(0)}?.${this.pick(["nope", "missing"])}?.(${n()}) ?? ${n()})`],
      ]); }],
      [1, () => { this.f("objects"); return `Object.keys(${this.objExpr(d - 1)}).length`; }],
      [1, () => { this.f("json"); return `(JSON.parse(${this.chance(0.5) ? this.strLit(["12", "-0", "1e3", " 7 ", "0.5"]) : `JSON.stringify(${n()})`}) ?? 0)`; }],
    ]);
  }

  precedence() {
    const leaf = () => (this.chance(0.5) ? String(this.int(1, 9)) : this.numLeaf());
    const ops = ["+", "-", "*", "/", "%", "**", "<<", ">>", "&", "|", "^"];
    let e = leaf();
    const k = this.int(2, 4);
    for (let i = 0; i < k; i++) {
      const op = this.pick(ops);
      // `**` with a non-literal left side is fine, but keep exponents small
      e += ` ${op} ${op === "**" ? String(this.int(0, 3)) : leaf()}`;
    }
    return `(${e})`;
  }

  // arrow-parameter helpers
  p(prefix) {
    const name = this.fresh(prefix);
    (this._ps ||= []).push(name);
    return name;
  }
  lastP(k) { return this._ps[this._ps.length - k]; }

  list(fn, lo, hi) {
    const k = this.int(lo, hi);
    const out = [];
    for (let i = 0; i < k; i++) out.push(fn());
    return out.join(", ");
  }

  // a callback `(x) => bool` over numbers
  pred(d) {
    const x = this.fresh("x");
    this.pushFrame();
    this.declare(x, "num", { mut: false });
    const oldMult = this.mult;
    this.mult *= 10;
    const body = this.chance(0.5)
      ? `${x} ${this.pick([">", "<", ">=", "<=", "===", "!=="])} ${this.numLeaf()}`
      : this.chance(0.5) ? `${x} % ${this.int(2, 4)} === ${this.int(0, 1)}` : this.bool(Math.min(d, 1));
    this.mult = oldMult;
    this.popFrame();
    return `(${x}) => ${body}`;
  }
  // a callback `(x, i) => num`
  mapper(d) {
    const x = this.fresh("x");
    const i = this.fresh("i");
    this.pushFrame();
    this.declare(x, "num", { mut: false });
    const withIndex = this.chance(0.3);
    if (withIndex) this.declare(i, "num", { mut: false });
    const oldMult = this.mult;
    this.mult *= 10;
    const body = this.chance(0.4) ? `${x} ${this.pick(["+", "-", "*", "%"])} ${this.numLeaf()}` : this.num(Math.min(d, 1));
    this.mult = oldMult;
    this.popFrame();
    return withIndex ? `(${x}, ${i}) => ${body}` : `${x} => ${body}`;
  }

  strAtom(d) { return atom(this.str(d)); }
  arrAtom(d) { return atom(this.arr(d, false)); }
  sarrAtom(d) { return atom(this.sarr(d, false)); }

  str(d = 2) {
    if (d <= 0) return this.strLeaf();
    const n = () => this.num(d - 1);
    const s = () => this.str(d - 1);
    const sa = () => this.strAtom(d - 1);
    return this.choose([
      [6, () => this.strLeaf()],
      [5, () => { this.f("concat"); return `(${s()} + ${s()})`; }],
      [3, () => { this.f("coercion"); return this.chance(0.5) ? `(${s()} + ${n()})` : `(${n()} + ${s()})`; }],
      [2, () => { this.f("coercion"); return `(${this.any(d - 1)} + ${this.chance(0.5) ? '""' : s()})`; }],
      [4, () => { this.f("template"); return this.template(d); }],
      [4, () => { this.f("number-format"); return this.numFormat(d); }],
      [10, () => { this.f("string-methods"); return this.strMethod(d); }],
      [3, () => { this.f("array-methods"); return this.choose([
        [3, () => `${this.arrAtom(d - 1)}.join(${this.chance(0.3) ? "" : this.strLit(SEPARATORS)})`],
        [3, () => `${this.sarrAtom(d - 1)}.join(${this.chance(0.3) ? "" : this.strLit(SEPARATORS)})`],
        [1, () => `String(${this.arrAtom(d - 1)})`],
        [1, () => `(${this.sarrAtom(d - 1)}.at(${this.int(-3, 3)}) ?? ${s()})`],
        [1, () => `${this.sarrAtom(d - 1)}.toString()`],
      ]); }],
      [3, () => { this.f("json"); return this.choose([
        [3, () => `JSON.stringify(${this.chance(0.5) ? this.arr(d - 1, false) : this.objExpr(d - 1)})`],
        [1, () => `JSON.stringify(${this.objExpr(d - 1)}, null, ${this.pick(["2", "1", '"--"', "0", "4"])})`],
        [1, () => { this.f("json-replacer"); return `JSON.stringify(${this.objExpr(d - 1)}, [${this.list(() => this.strLit(KEYS.concat(INT_KEYS)), 1, 3)}])`; }],
        [1, () => `JSON.stringify(${s()})`],
        [1, () => `JSON.stringify([${this.list(() => this.any(0), 1, 4)}])`],
      ]); }],
      [2, () => { this.f("typeof"); return `(typeof ${this.anyAtom(d - 1)})`; }],
      [2, () => { this.f("ternary"); return `(${this.bool(d - 1)} ? ${s()} : ${s()})`; }],
      [2, () => { this.f("coercion"); return this.chance(0.5) ? `String(${this.any(d - 1)})` : `\`\${${this.any(d - 1)}}\``; }],
      [1, () => { this.f("objects"); return `Object.keys(${this.objExpr(d - 1)}).join(${this.strLit(SEPARATORS)})`; }],
      [4, () => this.callStr(d)],
      [1, () => { this.f("spread"); this.f("string-iteration"); return `[...${sa()}].reverse().join("")`; }],
      [1, () => { this.f("callbacks"); const c = this.fresh("c"); return `${sa()}.split("").map((${c}) => ${c} + ${c}).join(${this.strLit(SEPARATORS)})`; }],
      [1, () => { this.f("uri"); return `${this.pick(["encodeURIComponent", "encodeURI"])}(${s()})`; }],
      [1, () => { const os = this.vars("obj"); if (!os.length) return this.strLeaf(); this.f("objects"); return `String(${this.objRead(this.pick(os))})`; }],
      [1, () => { this.f("string-iteration"); return `String.fromCharCode(${this.list(() => String(this.int(32, 126)), 1, 4)})`; }],
    ]);
  }

  template(d) {
    const parts = [];
    const k = this.int(1, 3);
    const lit = () => this.pick(["", "a", " = ", ": ", "[", "] ", "x", "ờ ", "-", ", "]);
    let out = "`" + lit();
    for (let i = 0; i < k; i++) {
      const e = this.choose([
        [3, () => this.num(d - 1)],
        [3, () => this.str(d - 1)],
        [1, () => this.bool(d - 1)],
        [1, () => this.any(d - 1)],
      ]);
      out += "${" + e + "}" + lit();
    }
    parts.push(out + "`");
    return parts[0];
  }

  numFormat(d) {
    const n = () => this.num(d - 1);
    const atomN = () => atom(n());
    return this.choose([
      [3, () => `String(${n()})`],
      [3, () => `${atomN()}.toFixed(${this.int(0, 8)})`],
      [2, () => `${atomN()}.toString()`],
      [2, () => { this.f("radix"); return `${atomN()}.toString(${this.pick(["2", "16", "36", "8", "3", "7"])})`; }],
      [2, () => { this.f("toPrecision"); return `${atomN()}.toPrecision(${this.int(1, 12)})`; }],
      [1, () => { this.f("toExponential"); return `${atomN()}.toExponential(${this.int(0, 8)})`; }],
      [2, () => `(${n()} + "")`],
      [2, () => { this.f("num-edge"); return `String(${this.pick(["0.1 + 0.2", "1e21", "-0", "1e-7", "123e-20", "2 ** 53 + 1", "1 / 3", "100 / 3", "-1e-7", "0.000001", "1e21 + 1", "2 ** 70", "-(2 ** 31)", "0.1 * 3", "4.35 * 100", "1.1 * 1.1", "5e-324", "9.95", "(0.1).toFixed(20)"])})`; }],
      [1, () => { this.f("num-edge"); return `(${this.pick(["1.005", "1.45", "2.5", "8.345", "0.5", "1.55", "-1.5", "123.456", "1e21", "0.000001", "10.235"])}).toFixed(${this.int(0, 4)})`; }],
      [1, () => { this.f("radix"); return `(${this.pick(["0.5", "0.1", "255.5", "-255", "3.75", "1e21", "123.456", "-0.25", "2 ** 53"])}).toString(${this.pick(["2", "16", "36", "8", "3"])})`; }],
    ]);
  }

  strMethod(d) {
    const n = () => this.num(d - 1);
    const s = () => this.str(d - 1);
    const sa = () => this.strAtom(d - 1);
    const si = () => (this.chance(0.7) ? String(this.int(-6, 8)) : n());
    return this.choose([
      [3, () => `${sa()}.slice(${si()}${this.chance(0.5) ? ", " + si() : ""})`],
      [2, () => `${sa()}.substring(${si()}${this.chance(0.5) ? ", " + si() : ""})`],
      [1, () => `${sa()}.substr(${si()}${this.chance(0.5) ? ", " + si() : ""})`],
      [2, () => `${sa()}.${this.pick(["trim", "trimStart", "trimEnd"])}()`],
      [2, () => `${sa()}.${this.pick(["padStart", "padEnd"])}(${this.int(0, 12)}${this.chance(0.6) ? ", " + this.strLit(SHORT_STRINGS) : ""})`],
      [2, () => `${sa()}.repeat(${this.int(0, 3)})`],
      [3, () => `${sa()}.${this.pick(["toUpperCase", "toLowerCase"])}()`],
      [2, () => { this.f("nullish"); return `(${sa()}.at(${this.int(-5, 5)}) ?? ${this.strLit(SHORT_STRINGS)})`; }],
      [1, () => `${sa()}.charAt(${this.int(-1, 6)})`],
      [1, () => { this.f("nullish"); return `(${sa()}[${this.int(0, 6)}] ?? "")`; }],
      [3, () => { this.f("replace"); return `${sa()}.${this.pick(["replace", "replaceAll"])}(${this.strLit(SEPARATORS.concat(SHORT_STRINGS))}, ${this.strLit(REPLACEMENTS)})`; }],
      [1, () => { this.f("replace"); this.f("callbacks"); const m = this.fresh("m"); return `${sa()}.${this.pick(["replace", "replaceAll"])}(${this.strLit(SHORT_STRINGS.filter((x) => x))}, (${m}) => ${m}.toUpperCase() + "!")`; }],
      [2, () => `${sa()}.split(${this.strLit(SEPARATORS)}${this.chance(0.2) ? ", " + this.int(0, 3) : ""}).join(${this.strLit(SEPARATORS)})`],
      [1, () => `${sa()}.concat(${s()}, ${n()})`],
    ]);
  }

  bool(d = 2) {
    const vs = this.vars("bool");
    if (d <= 0) return vs.length && this.chance(0.5) ? this.useVar(this.pick(vs)) : this.pick(["true", "false"]);
    const n = () => this.num(d - 1);
    const s = () => this.str(d - 1);
    const b = () => this.bool(d - 1);
    return this.choose([
      [2, () => (vs.length ? this.useVar(this.pick(vs)) : this.pick(["true", "false"]))],
      [6, () => { this.f("comparison"); return `(${n()} ${this.pick(["<", "<=", ">", ">=", "===", "!==", "==", "!="])} ${n()})`; }],
      [3, () => { this.f("comparison"); return `(${s()} ${this.pick(["<", "<=", ">", ">=", "===", "!=="])} ${s()})`; }],
      [4, () => { this.f("loose-equality"); return `(${this.any(d - 1)} ${this.pick(["==", "!=", "===", "!=="])} ${this.any(d - 1)})`; }],
      [2, () => { this.f("loose-equality"); return `(${this.pick(['"1"', '""', '"0"', "0", "null", "undefined", "NaN", "[]", "[0]", "[1]", "false", "true", '" "', '"1,2"', "[1, 2]", "-0", '"abc"', "{}"])} ${this.pick(["==", "!=", "===", "<", ">=", ">"])} ${this.pick(['"1"', '""', '"0"', "0", "1", "null", "undefined", "NaN", "[]", "false", "true", "-0", '"abc"', '"b"', "{}", '"[object Object]"'])})`; }],
      [3, () => { this.f("comparison"); this.f("coercion"); return `(${this.pick([n, s])()} ${this.pick(["<", "<=", ">", ">=", "==", "!="])} ${this.pick([n, s])()})`; }],
      [3, () => { this.f("logical"); return `(${b()} ${this.pick(["&&", "||"])} ${b()})`; }],
      [2, () => { this.f("logical"); return `!${this.anyAtom(d - 1)}`; }],
      [1, () => { this.f("logical"); return `!!${this.anyAtom(d - 1)}`; }],
      [3, () => { this.f("string-methods"); return `${this.strAtom(d - 1)}.${this.pick(["includes", "startsWith", "endsWith"])}(${s()})`; }],
      [2, () => { this.f("array-methods"); return `${this.arrAtom(d - 1)}.includes(${n()})`; }],
      [2, () => { this.f("array-methods"); this.f("callbacks"); return `${this.arrAtom(d - 1)}.${this.pick(["some", "every"])}(${this.pred(d - 1)})`; }],
      [1, () => { this.f("typeof"); return `Array.isArray(${this.any(d - 1)})`; }],
      [1, () => `Number.${this.pick(["isInteger", "isSafeInteger", "isFinite", "isNaN"])}(${n()})`],
      [1, () => { this.f("coercion"); return `${this.pick(["isNaN", "isFinite"])}(${this.any(d - 1)})`; }],
      [1, () => { this.f("in"); return `(${this.strLit(KEYS.concat(INT_KEYS))} in ${this.objExpr(d - 1)})`; }],
      [1, () => { this.f("in"); return `(${this.int(0, 4)} in ${this.arrAtom(d - 1)})`; }],
      [1, () => { this.f("instanceof"); return `(${this.any(d - 1)} instanceof ${this.pick(["Array", "Object", "Map", "Set"])})`; }],
      [1, () => { const ms = this.vars("map"); if (!ms.length) return "true"; this.f("map"); return `${this.useVar(this.pick(ms))}.has(${this.strLit(KEYS)})`; }],
      [1, () => { const ss = this.vars("set"); if (!ss.length) return "false"; this.f("set"); return `${this.useVar(this.pick(ss))}.has(${this.chance(0.5) ? n() : s()})`; }],
      [1, () => `Object.is(${n()}, ${n()})`],
      [1, () => { this.f("ternary"); return `(${b()} ? ${b()} : ${b()})`; }],
    ]);
  }

  // ---- arrays of numbers.  fresh=true: never an alias of an existing array.
  arr(d = 2, fresh = true) {
    const vs = this.vars("arr");
    const leaf = () => {
      if (vs.length && this.chance(0.6)) {
        const v = this.useVar(this.pick(vs));
        return fresh ? (this.chance(0.5) ? `[...${v}]` : `${v}.slice()`) : v;
      }
      return this.arrLit(Math.max(d - 1, 0));
    };
    if (d <= 0) return leaf();
    const a = () => this.arr(d - 1, false);
    const n = () => this.num(d - 1);
    return this.choose([
      [5, leaf],
      [4, () => { this.f("array-methods"); this.f("callbacks"); return `${a()}.map(${this.mapper(d - 1)})`; }],
      [3, () => { this.f("array-methods"); this.f("callbacks"); return `${a()}.filter(${this.pred(d - 1)})`; }],
      [3, () => { this.f("array-methods"); return `${a()}.slice(${this.int(-4, 4)}${this.chance(0.5) ? ", " + this.int(-3, 6) : ""})`; }],
      [2, () => { this.f("array-methods"); return `${a()}.concat(${this.list(() => (this.chance(0.7) ? a() : n()), 1, 2)})`; }],
      [3, () => { this.f("spread"); return `[${this.list(() => (this.chance(0.5) ? "..." + a() : n()), 1, 4)}]`; }],
      [2, () => { this.f("sort"); return this.sortExpr(d); }],
      [1, () => { this.f("array-methods"); return `${a()}.${this.pick(["toReversed", "toSorted"])}()`; }],
      [1, () => { this.f("array-methods"); return this.chance(0.5) ? `[${this.arrLit(0)}, [${n()}, [${n()}]]].flat(${this.pick(["2", "Infinity"])})` : `[${this.arrLit(0)}, ${a()}].flat(${this.pick(["", "1", "2", "Infinity"])})`; }],
      [1, () => { this.f("array-methods"); this.f("callbacks"); const x = this.fresh("x"); return `${a()}.flatMap((${x}) => [${x}, ${x} * ${this.int(-2, 3)}])`; }],
      [2, () => { this.f("array-from"); const i = this.fresh("i"); this.pushFrame(); this.declare(i, "num", { mut: false }); const body = this.chance(0.5) ? `${i} * ${this.int(1, 7)}` : this.num(1); this.popFrame(); return `Array.from({ length: ${this.int(0, this.chance(0.15) ? 130 : 8)} }, (_, ${i}) => ${body})`; }],
      [1, () => { this.f("array-from"); return this.pick([`Array.of(${this.list(n, 0, 3)})`, `new Array(${this.int(0, 5)}).fill(${n()})`, `Array(${this.int(1, 4)}).fill(${n()})`]); }],
      [1, () => { this.f("string-methods"); this.f("callbacks"); const c = this.fresh("c"); return `${this.strAtom(d - 1)}.split("").map((${c}) => ${c}.charCodeAt(0))`; }],
      [1, () => { this.f("objects"); return `Object.values(${this.objExpr(d - 1)}).map(Number)`; }],
      [1, () => { this.f("set"); this.f("spread"); return `[...new Set(${a()})]`; }],
      [1, () => { this.f("array-methods"); return `[...${a()}.keys()]`; }],
      [1, () => { this.f("array-methods"); return `[${n()}, ${n()}].with(${this.int(-2, 1)}, ${n()})`; }],
      [1, () => { this.f("array-methods"); return `${this.arrLit(0)}.fill(${n()}, ${this.int(-3, 3)})`; }],
      [1, () => { this.f("array-methods"); const x = this.fresh("x"); return `${this.sarrAtom(d - 1)}.map((${x}) => ${x}.length)`; }],
      [1, () => { this.f("parse"); return `${this.pick(['["1", "2", "3"]', '["10", "10", "10"]', '["7", "x", "08"]'])}.map(${this.pick(["parseInt", "Number", "parseFloat"])})`; }],
    ]);
  }

  arrLit(d) {
    const k = this.choose([[1, () => 0], [6, () => this.int(1, 5)], [1, () => this.int(6, 12)]]);
    const els = [];
    for (let i = 0; i < k; i++) els.push(this.chance(0.6) ? String(this.int(-5, 20)) : this.num(d));
    return `[${els.join(", ")}]`;
  }

  sortExpr(d) {
    const src = this.arr(d - 1, true);
    const safe = `${src}.filter(Number.isFinite)`;
    return this.choose([
      [3, () => `${src}.sort()`],
      [3, () => { const x = this.fresh("x"), y = this.fresh("y"); return `${safe}.sort((${x}, ${y}) => ${x} - ${y})`; }],
      [2, () => { const x = this.fresh("x"), y = this.fresh("y"); return `${safe}.sort((${x}, ${y}) => ${y} - ${x})`; }],
      [2, () => { this.f("stable-sort"); const x = this.fresh("x"), y = this.fresh("y"); return `${safe}.sort((${x}, ${y}) => (${x} & 3) - (${y} & 3))`; }],
      [1, () => { const x = this.fresh("x"), y = this.fresh("y"); return `${safe}.toSorted((${x}, ${y}) => ${x} - ${y})`; }],
      [1, () => { this.f("stable-sort"); const x = this.fresh("x"), y = this.fresh("y"); return `${src}.sort((${x}, ${y}) => 0)`; }],
      [1, () => { const x = this.fresh("x"), y = this.fresh("y"); return `${safe}.sort((${x}, ${y}) => (${x} < ${y} ? 1 : ${x} > ${y} ? -1 : 0))`; }],
    ]);
  }

  // ---- arrays of strings
  sarr(d = 2, fresh = true) {
    const vs = this.vars("sarr");
    const leaf = () => {
      if (vs.length && this.chance(0.6)) {
        const v = this.useVar(this.pick(vs));
        return fresh ? `[...${v}]` : v;
      }
      return `[${this.list(() => this.strLit(), 0, 5)}]`;
    };
    if (d <= 0) return leaf();
    const s = () => this.str(d - 1);
    return this.choose([
      [4, leaf],
      [3, () => { this.f("split"); return `${this.strAtom(d - 1)}.split(${this.strLit(SEPARATORS)}${this.chance(0.2) ? ", " + this.int(0, 4) : ""})`; }],
      [2, () => { this.f("objects"); return `Object.keys(${this.objExpr(d - 1)})`; }],
      [2, () => { this.f("callbacks"); const x = this.fresh("x"); return `${this.arr(d - 1, false)}.map((${x}) => String(${x}))`; }],
      [2, () => { this.f("callbacks"); const x = this.fresh("x"); return `${this.sarr(d - 1, false)}.map((${x}) => ${x}.${this.pick(["toUpperCase()", "trim()", "slice(1)", "padStart(3, \"*\")", "at(0) ?? \"\""])})`; }],
      [2, () => { this.f("sort"); return `${this.sarr(d - 1, true)}.sort()`; }],
      [1, () => { this.f("sort"); this.f("stable-sort"); const x = this.fresh("x"), y = this.fresh("y"); return `${this.sarr(d - 1, true)}.sort((${x}, ${y}) => ${x}.length - ${y}.length)`; }],
      [1, () => { this.f("callbacks"); const x = this.fresh("x"); return `${this.sarr(d - 1, false)}.filter((${x}) => ${x}.length ${this.pick([">", "<", "==="])} ${this.int(0, 4)})`; }],
      [1, () => { this.f("spread"); this.f("string-iteration"); return `[...${this.strAtom(d - 1)}]`; }],
      [1, () => { this.f("destructuring"); this.f("objects"); const k = this.fresh("k"), v = this.fresh("v"); return `Object.entries(${this.objExpr(d - 1)}).map(([${k}, ${v}]) => ${k} + "=" + ${v})`; }],
      [1, () => { this.f("for-in-order"); return `Object.keys(${this.intKeyObj()})`; }],
      [1, () => `${this.sarr(d - 1, false)}.concat(${s()})`],
    ]);
  }

  intKeyObj() {
    const keys = [];
    const k = this.int(2, 6);
    for (let i = 0; i < k; i++) keys.push(this.chance(0.5) ? this.pick(INT_KEYS) : this.pick(KEYS));
    return `{ ${[...new Set(keys)].map((key) => `${/^[A-Za-z_$][\w$]*$|^(0|[1-9]\d*)$/.test(key) ? key : JSON.stringify(key)}: ${this.int(0, 9)}`).join(", ")} }`;
  }

  // ---- objects with number values; shape known by the variable entry
  objLitWithKeys(d) {
    const keys = [];
    const parts = [];
    const k = this.int(0, 5);
    for (let i = 0; i < k; i++) {
      const kind = this.rnd();
      let key;
      if (kind < 0.6) key = this.pick(KEYS);
      else if (kind < 0.85) { key = this.pick(INT_KEYS); this.f("for-in-order"); }
      else { key = this.pick(QUOTED_KEYS); this.f("quoted-keys"); }
      if (keys.includes(key)) continue;
      keys.push(key);
      const src = /^[A-Za-z_$][\w$]*$|^(0|[1-9]\d*)$/.test(key) ? key : JSON.stringify(key);
      parts.push(`${src}: ${this.num(d)}`);
    }
    // shorthand from a num variable
    const nv = this.vars("num");
    if (nv.length && this.chance(0.25)) {
      const v = this.pick(nv);
      if (!keys.includes(v.name)) { keys.push(v.name); parts.push(this.useVar(v)); this.f("shorthand"); }
    }
    if (this.chance(0.15)) { this.f("computed-keys"); parts.push(`["k" + ${this.int(0, 3)}]: ${this.num(0)}`); }
    return { code: parts.length ? `{ ${parts.join(", ")} }` : "{}", keys };
  }
  objExpr(d = 1) {
    const os = this.vars("obj");
    return this.choose([
      [3, () => (os.length ? this.useVar(this.pick(os)) : this.objLitWithKeys(Math.max(0, d - 1)).code)],
      [2, () => this.objLitWithKeys(Math.max(0, d - 1)).code],
      [1, () => { if (!os.length) return "{}"; this.f("spread"); return `{ ...${this.useVar(this.pick(os))}, ${this.pick(KEYS)}: ${this.num(0)} }`; }],
      [1, () => { if (!os.length) return "{}"; this.f("objects"); return `Object.assign({}, ${this.useVar(this.pick(os))}, ${this.objLitWithKeys(0).code})`; }],
    ]);
  }
  objRead(o) {
    this.useVar(o);
    const keys = o.keys || [];
    if (keys.length && this.chance(0.8)) {
      const k = this.pick(keys);
      if (/^[A-Za-z_$][\w$]*$/.test(k) && this.chance(0.7)) return `${o.name}.${k}`;
      return `${o.name}[${JSON.stringify(k)}]`;
    }
    return `${o.name}[${this.strLit(KEYS)}]`;
  }
  // something that is an object, or null/undefined
  maybeObj(d) {
    const os = this.vars("obj");
    const pool = [() => "null", () => "undefined", () => this.objExpr(d)];
    if (os.length) pool.push(() => this.useVar(this.pick(os)));
    const xs = this.vars("any");
    if (xs.length) pool.push(() => this.useVar(this.pick(xs)));
    return this.pick(pool)();
  }

  // ---- values of any type, for coercion, equality and printing
  any(d = 2) {
    const anyVars = this.vars("any");
    return this.choose([
      [3, () => this.num(d)],
      [3, () => this.str(d)],
      [1, () => this.bool(d)],
      [2, () => this.pick(["null", "undefined", "NaN", "(-0)", "[]", "{}", "[null]", "[undefined, 1]", "[[]]", "true", "false", '""', "0", '"0"', '" "', "(void 0)", `(void ${this.num(0)})`])],
      [1, () => this.arr(Math.min(d, 1), false)],
      [1, () => this.objExpr(Math.min(d, 1))],
      [1, () => this.sarr(Math.min(d, 1), false)],
      [2, () => (anyVars.length ? this.useVar(this.pick(anyVars)) : "undefined")],
    ]);
  }
  anyAtom(d) { return atom(this.any(d)); }

  // things worth printing with console.log
  printable(d = 2) {
    return this.choose([
      [4, () => this.num(d)],
      [4, () => this.str(d)],
      [2, () => this.bool(d)],
      [3, () => this.arr(d, false)],
      [2, () => this.sarr(d, false)],
      [2, () => this.objExpr(d)],
      [2, () => this.any(d)],
      [1, () => { const ms = this.vars("map"); if (!ms.length) return this.mapExpr(); this.f("map"); return this.useVar(this.pick(ms)); }],
      [1, () => { const ss = this.vars("set"); if (!ss.length) return this.setExpr(); this.f("set"); return this.useVar(this.pick(ss)); }],
      [2, () => { this.f("inspect-nested"); return this.nested(this.int(1, 5)); }],
      [1, () => { this.f("inspect-special"); return this.pick([
        "[undefined, null, -0, 0, NaN]", "[1, , 3]", "[, ,]", "new Array(5)", "[ -0 ]", "{ a: undefined, b: null }",
        "[\"it's\", 'say \"hi\"', `both ' and \"`]", "[\"a\\nb\", \"tab\\t\"]", "{ 'a-b': 1, 2: 'two', ok: true }",
        "[[[[1]]]]", "{ a: { b: { c: { d: { e: 1 } } } } }", "[{ a: [{ b: [1] }] }]", "Object.create(null)",
        "[function () {}, () => 1]", "new Map([[{ a: 1 }, [1, 2]]])", "new Set([[1, 2], { a: 1 }])",
        "[1.5, -0, 1e21, 1e-7, 2 ** 53]", "{ x: 1e21, y: -1e-7, z: 0.1 + 0.2 }",
        "Array.from({ length: 27 }, (_, i) => i * 37)", "Array.from({ length: 120 }, (_, i) => i)",
        "Array.from({ length: 8 }, (_, i) => \"item\" + i)", "[\"😀\".slice(0, 1)]",
        "{ [\"__proto__\"]: 1, b: 2 }", "{ toString: 1, valueOf: 2 }", "[new Map(), new Set(), {}, []]",
        "\"a\".repeat(120)", "[\"a\".repeat(30), \"b\".repeat(30), \"c\".repeat(30)]",
        "Object.fromEntries([[\"x\", 1], [\"y\", [2, 3]]])", "new Error(\"boom\").message",
        "[new Map([[1, { a: [1, 2, { b: 3 }] }]])]", "{ m: new Map([[\"k\", new Set([1])]]) }",
"Object.freeze([1, { a: 2 }])",
        "Object.isFrozen(Object.freeze({}))", "[1, 2, 3].entries().next()", "new Map([[NaN, 1], [-0, 2], [0, 3]])",
        "new Set([NaN, NaN, 0, -0, \"0\"])", "[0.1 + 0.2, 0.3, 1 / 3, 2 / 3, 10 / 3]", "[1e21, 1e-7, 123e-20, 1e300 * 10]",
      ]); }],
      [0.2, () => { this.f("boxed-primitives"); return this.pick(["[new Number(5), new String(\"ab\"), new Boolean(false)]", "new String(\"héllo\")", "new Number(-0)"]); }],
      [1, () => { this.f("json"); return `JSON.parse(JSON.stringify(${this.chance(0.5) ? this.nested(this.int(1, 3)) : this.any(1)} ?? null))`; }],
      [1, () => { this.f("objects"); const k = this.fresh("k"), v = this.fresh("v"); return `Object.fromEntries(Object.entries(${this.objExpr(1)}).map(([${k}, ${v}]) => [${k}.toUpperCase(), ${v}]))`; }],
      [1, () => { const fs = this.vars("fn1"); if (!fs.length) return "null"; this.f("print-function"); return this.useVar(this.pick(fs)); }],
    ]);
  }
  nested(depth) {
    if (depth <= 0) return this.chance(0.5) ? this.num(0) : this.strLit();
    const k = this.int(1, 4);
    if (this.chance(0.5)) {
      const parts = [];
      for (let i = 0; i < k; i++) parts.push(this.chance(0.6) ? this.nested(depth - 1) : this.num(0));
      return `[${parts.join(", ")}]`;
    }
    const parts = [];
    const used = new Set();
    for (let i = 0; i < k; i++) {
      const key = this.pick(KEYS.concat(INT_KEYS.slice(0, 4)));
      if (used.has(key)) continue;
      used.add(key);
      parts.push(`${/^[A-Za-z_$][\w$]*$|^(0|[1-9]\d*)$/.test(key) ? key : JSON.stringify(key)}: ${this.chance(0.6) ? this.nested(depth - 1) : this.any(0)}`);
    }
    return `{ ${parts.join(", ")} }`;
  }
  mapExpr() {
    this.f("map");
    return `new Map([${this.list(() => `[${this.strLit(KEYS)}, ${this.num(0)}]`, 0, 4)}])`;
  }
  setExpr() {
    this.f("set");
    return `new Set([${this.list(() => (this.chance(0.6) ? this.num(0) : this.strLit(SHORT_STRINGS)), 0, 5)}])`;
  }

  // ---- calls to user functions
  callable(ret) {
    return this.vars("fn", (f) => f.ret === ret && f.cost * this.mult <= 3000 && !(this.fnDepth > 0 && this.loopDepth > 0 && f.cost > 3));
  }
  chargeCall(f) {
    if (this.fnCost) this.fnCost.v += f.cost * Math.min(this.mult, 50);
  }
  callArgs(f, d) {
    const args = [];
    let all = true;
    for (let i = 0; i < f.params.length; i++) {
      const p = f.params[i];
      if (p.def && i >= f.required && this.chance(0.3)) { all = false; break; }
      args.push(p.type === "num" ? this.num(Math.min(d, 1)) : this.str(Math.min(d, 1)));
    }
    if (all && f.rest && this.chance(0.6)) {
      if (this.chance(0.4)) { this.f("spread"); args.push("..." + this.arr(0, false)); }
      else for (let i = this.int(0, 3); i > 0; i--) args.push(this.num(0));
    }
    return args.join(", ");
  }
  callNum(d) {
    const fs = this.callable("num");
    const counters = this.vars("counter");
    const fn1 = this.vars("fn1", (f) => (f.cost || 1) * this.mult <= 3000);
    const opts = [];
    if (fs.length) opts.push([4, () => { const f = this.pick(fs); this.chargeCall(f); this.f("functions"); return `${this.useVar(f)}(${this.callArgs(f, d - 1)})`; }]);
    if (counters.length) opts.push([2, () => { this.f("closures"); const c = this.pick(counters); return this.useVar(c) + (c.obj ? `.${this.pick(["inc", "inc", "get"])}()` : "()"); }]);
    if (fn1.length) opts.push([2, () => { this.f("higher-order"); const g = this.pick(fn1); return `${this.useVar(g)}(${this.num(Math.min(d - 1, 1))})`; }]);
    const thisObjs = this.vars("thisobj");
    if (thisObjs.length) opts.push([1, () => { this.f("this"); const o = this.pick(thisObjs); return `${this.useVar(o)}.${this.pick(o.methods)}()`; }]);
    if (!opts.length) return this.numLeaf();
    return this.choose(opts);
  }
  callStr(d) {
    const fs = this.callable("str");
    if (!fs.length) return this.strLeaf();
    const f = this.pick(fs);
    this.chargeCall(f);
    this.f("functions");
    return `${this.useVar(f)}(${this.callArgs(f, d - 1)})`;
  }

  // ================================================================ statements

  block(k, body) {
    this.pushFrame();
    this.ind++;
    if (body) body();
    for (let i = 0; i < k; i++) this.stmt();
    this.ind--;
    this.popFrame();
  }

  // a value and its type for a declaration
  typedValue(d = 2) {
    return this.choose([
      [5, () => ["num", this.num(d)]],
      [5, () => ["str", this.str(d)]],
      [2, () => ["bool", this.bool(d)]],
      [3, () => ["arr", this.arr(d, true)]],
      [2, () => ["sarr", this.sarr(d, true)]],
      [1, () => ["any", this.any(d)]],
    ]);
  }

  capStr(expr, before) {
    return this.varRefs > before ? `(${expr}).slice(0, ${this.int(8, 40)})` : expr;
  }
  capArr(expr, before) {
    return this.varRefs > before ? `${/^[\w$]+$|^\[.*\]$/.test(expr) ? expr : `(${expr})`}.slice(0, ${this.int(4, 12)})` : expr;
  }

  declStmt() {
    const kw = this.choose([[5, () => "let"], [5, () => "const"], [1, () => "var"]]);
    const before = this.varRefs;
    let [type, val] = this.typedValue(2);
    if (type === "str") val = this.capStr(val, before);
    if (type === "arr" || type === "sarr") val = this.capArr(val, before);
    const prefix = { num: "n", str: "s", bool: "b", arr: "a", sarr: "sa", any: "x" }[type];
    const name = this.fresh(prefix);
    this.f("declarations");
    if (kw === "var") this.f("var");
    this.emit(`${kw} ${name} = ${val};`);
    this.declare(name, type, { mut: kw !== "const" });
  }

  objDecl() {
    const name = this.fresh("o");
    const { code, keys } = this.objLitWithKeys(1);
    this.f("objects");
    this.emit(`const ${name} = ${code};`);
    this.declare(name, "obj", { mut: false, keys });
  }

  assignStmt() {
    return this.choose([
      [4, () => {
        const vs = this.assignable("num");
        if (!vs.length) return this.declStmt();
        const v = this.pick(vs);
        const op = this.pick(["=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", ">>>=", "&=", "|=", "^=", "**=", "||=", "&&=", "??="]);
        this.f(op.length === 3 && /[|&?]{2}=/.test(op) ? "logical-assignment" : "compound-assignment");
        const rhs = op === "**=" ? String(this.int(0, 2)) : this.num(1);
        this.emit(`${this.useVar(v)} ${op} ${rhs};`);
      }],
      [3, () => {
        const vs = this.assignable("str");
        if (!vs.length) return this.declStmt();
        const v = this.pick(vs);
        if (this.chance(0.6)) {
          // growth is linear: the right side never references a variable that could be long
          const rhs = this.chance(0.5) ? this.strLit(SHORT_STRINGS) : this.chance(0.5) ? this.num(0) : `\`\${${this.num(0)}}\``;
          this.f("compound-assignment");
          this.emit(`${this.useVar(v)} += ${rhs};`);
        } else {
          const before = this.varRefs;
          const rhs = this.str(2);
          this.emit(`${this.useVar(v)} = ${this.capStr(rhs, before)};`);
        }
      }],
      [2, () => {
        const vs = this.assignable("any");
        if (!vs.length) return this.declStmt();
        const v = this.pick(vs);
        const op = this.pick(["=", "||=", "&&=", "??=", "+="]);
        this.f(op === "=" || op === "+=" ? "compound-assignment" : "logical-assignment");
        const before = this.varRefs;
        const rhs = op === "+=" ? this.strLit(SHORT_STRINGS) : this.any(1);
        if (op !== "+=" && this.varRefs > before && this.loopDepth > 0) return; // avoid growth through aliasing in loops
        this.emit(`${this.useVar(v)} ${op} ${rhs};`);
      }],
      [1, () => {
        const vs = this.assignable("bool");
        if (!vs.length) return this.declStmt();
        this.emit(`${this.useVar(this.pick(vs))} = ${this.bool(2)};`);
      }],
      [1, () => {
        const vs = this.assignable("arr").filter((v) => v.fnDepth === this.fnDepth);
        if (!vs.length || this.loopDepth > 0) return this.declStmt();
        const before = this.varRefs;
        const rhs = this.arr(2, true);
        this.emit(`${this.useVar(this.pick(vs))} = ${this.capArr(rhs, before)};`);
      }],
      [1, () => {
        const vs = this.assignable("num");
        if (!vs.length) return this.declStmt();
        this.f("incdec");
        const v = this.useVar(this.pick(vs));
        this.emit(this.pick([`${v}++;`, `${v}--;`, `++${v};`, `--${v};`]));
      }],
    ]);
  }

  logStmt() {
    this.f("console.log");
    const k = this.choose([[6, () => 1], [3, () => 2], [1, () => 3], [1, () => 0]]);
    const args = [];
    const fmt = k > 1 && this.chance(0.3);
    if (fmt) {
      args.push(this.strLit(["label:", "x =", "->", "[debug]", "kết quả:", "%s", "%d items", "%%", "a %i b", "%j", "%s and %s"]));
      if (args[0].includes("%")) this.f("format-specifiers");
    }
    // %d and %i convert their argument with Number(), which throws on objects
    // without a primitive value: give them numbers and strings only
    const numeric = fmt && /%[di]/.test(args[0]);
    for (let i = args.length; i < k; i++) args.push(numeric ? (this.chance(0.5) ? this.num(2) : this.str(2)) : this.printable(2));
    this.emit(`console.log(${args.join(", ")});`);
  }

  ifStmt() {
    this.f("if");
    this.emit(`if (${this.bool(2)}) {`);
    this.block(this.int(1, 3));
    let chain = this.int(0, 2);
    while (chain-- > 0) {
      if (this.chance(0.5)) {
        this.emit(`} else if (${this.bool(1)}) {`);
        this.block(this.int(1, 2));
      } else {
        this.emit(`} else {`);
        this.block(this.int(1, 2));
        break;
      }
    }
    this.emit(`}`);
  }

  forStmt() {
    if (this.loopDepth >= 2) return this.logStmt();
    this.f("for");
    const i = this.fresh("i");
    const kw = this.chance(0.85) ? "let" : "var";
    if (kw === "var") this.f("var");
    const n = this.int(0, 6);
    const form = this.choose([
      [5, () => [`${kw} ${i} = 0; ${i} < ${n}; ${i}++`, n]],
      [2, () => [`${kw} ${i} = ${n}; ${i} > 0; ${i}--`, n]],
      [1, () => [`${kw} ${i} = 0; ${i} <= ${n * 3}; ${i} += 3`, n + 1]],
      [1, () => [`${kw} ${i} = 1; ${i} < ${2 ** n}; ${i} *= 2`, n]],
    ]);
    this.emit(`for (${form[0]}) {`);
    const oldMult = this.mult;
    this.mult *= Math.max(1, form[1]);
    this.loopDepth++;
    const oldBreak = this.breakable;
    this.breakable = true;
    this.block(this.int(1, 3), () => {
      this.declare(i, "num", { mut: false });
      if (this.chance(0.25)) {
        this.f("break-continue");
        this.emit(`if (${i} ${this.pick(["===", ">", "<", ">="])} ${this.int(0, 4)}) ${this.pick(["break", "continue"])};`);
      }
    });
    this.breakable = oldBreak;
    this.loopDepth--;
    this.mult = oldMult;
    this.emit(`}`);
  }

  forOfStmt() {
    if (this.loopDepth >= 2) return this.logStmt();
    this.f("for-of");
    const x = this.fresh("x");
    const opts = [
      [4, () => { const vs = this.vars("arr"); if (vs.length && this.chance(0.6)) { const v = this.pick(vs); return [this.useVar(v), "num", v]; } return [this.arr(1, true), "num", null]; }],
      [2, () => [this.strAtom(1), "str", null]],
      [2, () => { const vs = this.vars("sarr"); if (vs.length && this.chance(0.6)) { const v = this.pick(vs); return [this.useVar(v), "str", v]; } return [this.sarr(1, true), "str", null]; }],
      [1, () => { const ms = this.vars("map"); if (!ms.length) return [this.arr(0, true), "num", null]; this.f("map"); const m = this.pick(ms); return [this.useVar(m), "entry", m]; }],
      [1, () => { const ss = this.vars("set"); if (!ss.length) return [this.arr(0, true), "num", null]; this.f("set"); const s = this.pick(ss); return [this.useVar(s), "any", s]; }],
      [1, () => { this.f("objects"); this.f("destructuring"); return [`Object.entries(${this.objExpr(1)})`, "entry", null]; }],
      [1, () => { this.f("array-methods"); this.f("destructuring"); return [`${this.arr(0, true)}.entries()`, "ientry", null]; }],
    ];
    const [iter, etype, locked] = this.choose(opts);
    const kw = this.chance(0.8) ? "const" : "let";
    let head;
    let body = () => {};
    if (etype === "entry") {
      const k = this.fresh("k"), v = this.fresh("v");
      head = `${kw} [${k}, ${v}] of ${iter}`;
      body = () => { this.declare(k, "str", { mut: false }); this.declare(v, "any", { mut: false }); };
    } else if (etype === "ientry") {
      const k = this.fresh("k"), v = this.fresh("v");
      head = `${kw} [${k}, ${v}] of ${iter}`;
      body = () => { this.declare(k, "num", { mut: false }); this.declare(v, "num", { mut: false }); };
    } else {
      head = `${kw} ${x} of ${iter}`;
      body = () => this.declare(x, etype, { mut: false });
    }
    this.emit(`for (${head}) {`);
    const wasLocked = locked?.locked;
    if (locked) locked.locked = true;
    const oldMult = this.mult;
    this.mult *= 8;
    this.loopDepth++;
    const oldBreak = this.breakable;
    this.breakable = true;
    const oldIter = this.iterLoop;
    this.iterLoop = ++this.id;
    this.block(this.int(1, 3), body);
    this.iterLoop = oldIter;
    this.breakable = oldBreak;
    this.loopDepth--;
    this.mult = oldMult;
    if (locked) locked.locked = wasLocked;
    this.emit(`}`);
  }

  forInStmt() {
    if (this.loopDepth >= 2) return this.logStmt();
    this.f("for-in");
    const k = this.fresh("k");
    const os = this.vars("obj");
    let target;
    let locked = null;
    if (os.length && this.chance(0.6)) { locked = this.pick(os); target = this.useVar(locked); }
    else target = this.chance(0.5) ? this.intKeyObj() : this.arr(0, true);
    this.emit(`for (const ${k} in ${target}) {`);
    const wasLocked = locked?.locked;
    if (locked) locked.locked = true;
    const oldMult = this.mult;
    this.mult *= 8;
    this.loopDepth++;
    const oldIter = this.iterLoop;
    this.iterLoop = ++this.id;
    this.block(this.int(1, 2), () => {
      this.declare(k, "str", { mut: false });
      if (locked && this.chance(0.5)) this.emit(`console.log(${k}, ${locked.name}[${k}]);`);
    });
    this.iterLoop = oldIter;
    this.loopDepth--;
    this.mult = oldMult;
    if (locked) locked.locked = wasLocked;
    this.emit(`}`);
  }

  arrayMutation() {
    const vs = this.mutable("arr");
    if (!vs.length) return this.declStmt();
    const v = this.pick(vs);
    const a = this.useVar(v);
    this.f("array-mutation");
    const topLevel = this.loopDepth === 0 && this.fnDepth === 0;
    // Inside a for-of / for-in whose iterable may be derived from this array,
    // growing it could make the work exponential: only shrinking or
    // constant-size mutations then.
    if (v.iterLoop !== this.iterLoop) {
      this.choose([
        [2, () => this.emit(`console.log(${a}.pop(), ${a}.length);`)],
        [1, () => this.emit(`console.log(${a}.splice(${this.int(-3, 3)}, ${this.int(0, 3)}), ${a});`)],
        [2, () => { this.f("sort"); this.emit(`${a}.sort();`); }],
        [1, () => this.emit(`${a}.reverse();`)],
        [2, () => this.emit(`${a}[${this.int(0, 4)}] = ${this.num(1)};`)],
        [1, () => this.emit(`${a}.fill(${this.num(0)}, ${this.int(0, 3)});`)],
      ]);
      return;
    }
    this.choose([
      [4, () => this.emit(`${a}.push(${this.list(() => this.num(1), 1, 3)});`)],
      [1, () => { if (!topLevel) return this.emit(`${a}.push(${this.num(0)});`); this.f("spread"); this.emit(`${a}.push(...${this.arr(1, false)});`); }],
      [2, () => this.emit(`console.log(${a}.pop(), ${a}.length);`)],
      [1, () => this.emit(`console.log(${a}.shift(), ${a}.unshift(${this.num(0)}), ${a});`)],
      [2, () => this.emit(`console.log(${a}.splice(${this.int(-3, 3)}${this.chance(0.7) ? ", " + this.int(0, 3) : ""}${this.chance(0.5) ? ", " + this.list(() => this.num(0), 1, 2) : ""}), ${a});`)],
      [2, () => { this.f("sort"); this.emit(`${a}.sort();`); }],
      [2, () => { this.f("sort"); const x = this.fresh("x"), y = this.fresh("y"); this.emit(`${a}.sort((${x}, ${y}) => (${x} | 0) - (${y} | 0));`); }],
      [1, () => this.emit(`${a}.reverse();`)],
      [2, () => this.emit(`${a}[${this.int(0, this.chance(0.1) ? 9 : 4)}] = ${this.num(1)};`)],
      [1, () => { this.f("array-length"); this.emit(`${a}.length = ${this.int(0, 6)};`); }],
      [1, () => this.emit(`${a}.fill(${this.num(0)}, ${this.int(0, 3)});`)],
      [1, () => this.emit(`${a}.copyWithin(0, ${this.int(1, 3)});`)],
    ]);
  }

  objMutation() {
    const vs = this.mutable("obj");
    if (!vs.length) return this.objDecl();
    const o = this.pick(vs);
    this.f("objects");
    this.choose([
      [4, () => {
        const key = this.chance(0.7) && o.keys.length ? this.pick(o.keys) : this.pick(KEYS.concat(INT_KEYS));
        if (!o.keys.includes(key)) o.keys.push(key);
        const acc = /^[A-Za-z_$][\w$]*$/.test(key) && this.chance(0.6) ? `${o.name}.${key}` : `${o.name}[${JSON.stringify(key)}]`;
        const op = this.pick(["=", "=", "+=", "??=", "||="]);
        if (op !== "=") this.f("logical-assignment");
        this.emit(`${acc} ${op} ${this.num(1)};`);
      }],
      [1, () => { this.f("delete"); const key = o.keys.length ? this.pick(o.keys) : "a"; this.emit(`console.log(delete ${o.name}[${JSON.stringify(key)}], ${o.name});`); }],
      [1, () => { const { code, keys } = this.objLitWithKeys(0); for (const k of keys) if (!o.keys.includes(k)) o.keys.push(k); this.emit(`Object.assign(${o.name}, ${code});`); }],
      [1, () => { this.f("objects"); this.emit(`console.log(Object.entries(${o.name}), Object.values(${o.name}));`); }],
    ]);
  }

  mapSetStmt() {
    return this.choose([
      [2, () => { const name = this.fresh("m"); this.emit(`const ${name} = ${this.mapExpr()};`); this.declare(name, "map", { mut: false }); }],
      [2, () => { const name = this.fresh("st"); this.emit(`const ${name} = ${this.setExpr()};`); this.declare(name, "set", { mut: false }); }],
      [3, () => {
        const ms = this.mutable("map");
        if (!ms.length) return this.logStmt();
        this.f("map");
        const m = this.useVar(this.pick(ms));
        this.choose([
          [3, () => this.emit(`${m}.set(${this.strLit(KEYS)}, ${this.num(1)});`)],
          [1, () => this.emit(`${m}.set(${this.strLit(KEYS)}, (${m}.get(${this.strLit(KEYS)}) ?? 0) + 1);`)],
          [1, () => this.emit(`console.log(${m}.delete(${this.strLit(KEYS)}), ${m}.size);`)],
          [1, () => this.emit(`console.log([...${m}.keys()], [...${m}.values()], [...${m}]);`)],
          [1, () => { const k = this.fresh("k"), v = this.fresh("v"); this.emit(`${m}.forEach((${v}, ${k}) => console.log(${k}, ${v}));`); }],
        ]);
      }],
      [3, () => {
        const ss = this.mutable("set");
        if (!ss.length) return this.logStmt();
        this.f("set");
        const s = this.useVar(this.pick(ss));
        this.choose([
          [3, () => this.emit(`${s}.add(${this.chance(0.6) ? this.num(1) : this.strLit(SHORT_STRINGS)});`)],
          [1, () => this.emit(`console.log(${s}.delete(${this.num(0)}), ${s}.size, [...${s}]);`)],
          [1, () => this.emit(`console.log(${s}.has(${this.num(0)}), ${s});`)],
        ]);
      }],
    ]);
  }

  destructStmt() {
    this.f("destructuring");
    return this.choose([
      [3, () => {
        const a = this.fresh("d"), b = this.fresh("d"), r = this.fresh("r");
        const def = this.chance(0.5);
        const rest = this.chance(0.4);
        const skip = this.chance(0.2) ? ", " : "";
        this.emit(`const [${a}, ${skip}${b}${def ? " = " + this.num(0) : ""}${rest ? ", ..." + r : ""}] = ${this.arr(1, true)};`);
        this.declare(a, "any", { mut: false });
        this.declare(b, def ? "any" : "any", { mut: false });
        if (rest) this.declare(r, "arr", { mut: false });
      }],
      [3, () => {
        const os = this.vars("obj");
        const src = os.length ? this.pick(os) : null;
        const srcCode = src ? this.useVar(src) : this.objLitWithKeys(1).code;
        const keys = src?.keys?.length ? src.keys : ["a", "b"];
        const k1 = this.pick(keys.filter((k) => /^[A-Za-z_$][\w$]*$/.test(k)).concat(["zz"]));
        const alias = this.fresh("d");
        const parts = [`${/^[A-Za-z_$][\w$]*$/.test(k1) ? k1 : JSON.stringify(k1)}: ${alias}${this.chance(0.5) ? " = " + this.num(0) : ""}`];
        const rest = this.chance(0.4) ? this.fresh("ro") : null;
        if (rest) parts.push("..." + rest);
        this.emit(`const { ${parts.join(", ")} } = ${srcCode};`);
        this.declare(alias, "any", { mut: false });
        if (rest) this.declare(rest, "obj", { mut: false, keys: keys.filter((k) => k !== k1) });
      }],
      [1, () => {
        const a = this.fresh("d"), b = this.fresh("d"), c = this.fresh("d");
        this.f("nested-destructuring");
        this.emit(`const { ${a}, ${b}: [${c} = ${this.num(0)}, ...${this.fresh("r")}] = [] } = { ${a}: ${this.num(0)}, ${b}: ${this.chance(0.7) ? this.arr(0, true) : "undefined"} };`);
        this.declare(a, "num", { mut: false });
        this.declare(c, "any", { mut: false });
      }],
      [1, () => {
        const vs = this.assignable("num");
        if (vs.length < 2) return this.declStmt();
        this.f("swap");
        const x = this.pick(vs), y = this.pick(vs.filter((v) => v !== x));
        this.emit(`[${x.name}, ${y.name}] = [${y.name}, ${x.name}];`);
      }],
    ]);
  }

  // function declarations and expressions
  funcStmt() {
    if (this.fnDepth >= 2) return this.logStmt();
    return this.choose([
      [4, () => this.namedFunction()],
      [3, () => this.arrowFunction()],
      [2, () => this.counterFactory()],
      [2, () => this.loopClosures()],
      [1, () => this.thisObject()],
      [1, () => this.higherOrder()],
      [1, () => this.recursion()],
      [1, () => this.hoisting()],
    ]);
  }

  fnBody(params, ret, k) {
    // params: [{name, type}]; returns lines emitted into this.lines
    const oldLoop = this.loopDepth, oldMult = this.mult, oldCost = this.fnCost, oldBreak = this.breakable;
    this.loopDepth = 0;
    this.mult = 1;
    this.breakable = false;
    this.fnCost = { v: 1 };
    this.fnDepth++;
    this.pushFrame();
    for (const p of params) this.declare(p.name, p.type, { mut: true });
    this.ind++;
    for (let i = 0; i < k; i++) this.stmt();
    if (this.chance(0.2)) {
      this.f("early-return");
      this.emit(`if (${this.bool(1)}) return ${ret === "num" ? this.num(1) : this.str(1)};`);
    }
    const before = this.varRefs;
    let r = ret === "num" ? this.num(2) : this.str(2);
    if (ret === "str") r = this.capStr(r, before);
    this.emit(`return ${r};`);
    this.ind--;
    this.popFrame();
    this.fnDepth--;
    const cost = this.fnCost.v;
    this.loopDepth = oldLoop;
    this.mult = oldMult;
    this.fnCost = oldCost;
    this.breakable = oldBreak;
    return cost;
  }

  makeParams() {
    const params = [];
    const k = this.int(0, 3);
    let required = 0;
    let defaults = false;
    for (let i = 0; i < k; i++) {
      const type = this.chance(0.7) ? "num" : "str";
      const name = this.fresh(type === "num" ? "p" : "q");
      const def = this.chance(0.3) || defaults;
      if (def) defaults = true; else required++;
      params.push({ name, type, def, defVal: def ? (type === "num" ? this.num(0) : this.strLit()) : null });
    }
    const rest = this.chance(0.2) ? this.fresh("rest") : null;
    if (params.some((p) => p.def)) this.f("default-params");
    if (rest) this.f("rest-params");
    return { params, required, rest };
  }
  paramSrc(sig) {
    const ps = sig.params.map((p) => (p.def ? `${p.name} = ${p.defVal}` : p.name));
    if (sig.rest) ps.push("..." + sig.rest);
    return ps.join(", ");
  }

  namedFunction() {
    this.f("functions");
    const sig = this.makeParams();
    const ret = this.chance(0.65) ? "num" : "str";
    const name = this.fresh("f");
    const useArgs = this.chance(0.15);
    this.emit(`function ${name}(${this.paramSrc(sig)}) {`);
    const params = sig.params.map((p) => ({ name: p.name, type: p.type }));
    if (sig.rest) params.push({ name: sig.rest, type: "arr" });
    if (useArgs) {
      this.f("arguments");
      this.ind++;
      this.emit(`console.log(arguments.length, ${sig.params.length ? "arguments[0]" : "typeof arguments[1]"});`);
      this.ind--;
    }
    const cost = this.fnBody(params, ret, this.int(0, 3));
    this.emit(`}`);
    this.declare(name, "fn", { mut: false, ret, params: sig.params, required: sig.required, rest: !!sig.rest, cost });
  }

  arrowFunction() {
    this.f("arrow");
    const sig = this.makeParams();
    const ret = this.chance(0.7) ? "num" : "str";
    const name = this.fresh("g");
    const params = sig.params.map((p) => ({ name: p.name, type: p.type }));
    if (sig.rest) params.push({ name: sig.rest, type: "arr" });
    const paren = `(${this.paramSrc(sig)})`;
    if (this.chance(0.5)) {
      // expression body
      this.fnDepth++;
      this.pushFrame();
      for (const p of params) this.declare(p.name, p.type, { mut: true });
      const oldMult = this.mult, oldLoop = this.loopDepth;
      this.mult = 1;
      this.loopDepth = 0;
      const before = this.varRefs;
      let body = ret === "num" ? this.num(2) : this.str(2);
      if (ret === "str") body = this.capStr(body, before);
      this.mult = oldMult;
      this.loopDepth = oldLoop;
      this.popFrame();
      this.fnDepth--;
      this.emit(`const ${name} = ${paren} => ${body};`);
      this.declare(name, "fn", { mut: false, ret, params: sig.params, required: sig.required, rest: !!sig.rest, cost: 3 });
    } else {
      this.emit(`const ${name} = ${paren} => {`);
      const cost = this.fnBody(params, ret, this.int(0, 3));
      this.emit(`};`);
      this.declare(name, "fn", { mut: false, ret, params: sig.params, required: sig.required, rest: !!sig.rest, cost });
    }
  }

  counterFactory() {
    this.f("closures");
    const make = this.fresh("make");
    const c = this.fresh("count");
    const start = this.fresh("start");
    const step = this.int(-3, 5) || 1;
    const obj = this.chance(0.5);
    this.emit(`function ${make}(${start} = ${this.int(0, 10)}) {`);
    this.emit(`  let ${c} = ${start};`);
    if (obj) {
      this.emit(`  return { inc: () => (${c} += ${step}), get: () => ${c}, reset() { ${c} = ${start}; return ${c}; } };`);
      this.f("method-shorthand");
    } else this.emit(`  return () => { ${c} ${this.pick(["+=", "-=", "*="])} ${step}; return ${c}; };`);
    this.emit(`}`);
    const k = this.int(1, 2);
    for (let i = 0; i < k; i++) {
      const name = this.fresh("ctr");
      this.emit(`const ${name} = ${make}(${this.chance(0.5) ? this.int(-5, 20) : ""});`);
      this.declare(name, "counter", { mut: false, obj });
      if (obj && this.chance(0.5)) this.emit(`console.log(${name}.inc(), ${name}.inc(), ${name}.get(), ${name}.reset());`);
      else this.emit(`console.log(${obj ? `${name}.inc()` : `${name}()`}, ${obj ? `${name}.inc()` : `${name}()`});`);
    }
  }

  loopClosures() {
    this.f("closures");
    this.f("loop-closures");
    const fs = this.fresh("fns");
    const i = this.fresh("i");
    const n = this.int(1, 5);
    const kw = this.chance(0.75) ? "let" : "var";
    if (kw === "var") this.f("var");
    this.emit(`const ${fs} = [];`);
    this.emit(`for (${kw} ${i} = 0; ${i} < ${n}; ${i}++) {`);
    this.pushFrame();
    this.declare(i, "num", { mut: false });
    const body = this.chance(0.5) ? `${i} * ${this.int(1, 9)}` : this.num(1);
    this.popFrame();
    if (this.chance(0.3)) {
      const j = this.fresh("j");
      this.emit(`  const ${j} = ${i} + ${this.int(1, 3)};`);
      this.emit(`  ${fs}.push(() => ${j} + ${body});`);
    } else this.emit(`  ${fs}.push(() => ${body});`);
    this.emit(`}`);
    const f = this.fresh("f");
    this.emit(`console.log(${fs}.map((${f}) => ${f}()));`);
    this.declare(fs, "fnarr", { mut: false, len: n });
  }

  thisObject() {
    this.f("this");
    const name = this.fresh("obj");
    const v = this.num(0);
    this.emit(`const ${name} = {`);
    this.emit(`  v: ${v},`);
    this.emit(`  twice: function () { return this.v * 2; },`);
    this.emit(`  add(${this.fresh("p")} = 1) { this.v += 1; return this.v; },`);
    this.emit(`  kind: () => typeof this,`);
    this.emit(`};`);
    this.f("method-shorthand");
    this.emit(`console.log(${name}.twice(), ${name}.kind(), ${name}.add(), ${name}.v);`);
    this.declare(name, "thisobj", { mut: false, methods: ["twice", "add"] });
  }

  higherOrder() {
    this.f("higher-order");
    return this.choose([
      [2, () => {
        const name = this.fresh("adder");
        const k = this.fresh("k");
        this.emit(`const ${name} = (${k}) => (${this.fresh("x").replace(/.*/, (x) => { this._hx = x; return x; })}) => ${this._hx} ${this.pick(["+", "*", "-"])} ${k};`);
        const g = this.fresh("h");
        this.emit(`const ${g} = ${name}(${this.num(0)});`);
        this.declare(g, "fn1", { mut: false, cost: 1 });
      }],
      [1, () => {
        const fn1 = this.vars("fn1");
        if (fn1.length < 1) return this.arrowFunction();
        const a = this.pick(fn1), b = this.pick(fn1);
        const comp = this.fresh("compose");
        const x = this.fresh("x");
        this.emit(`const ${comp} = (f, g) => (${x}) => f(g(${x}));`);
        const h = this.fresh("h");
        this.emit(`const ${h} = ${comp}(${a.name}, ${b.name});`);
        this.declare(h, "fn1", { mut: false, cost: (a.cost || 1) + (b.cost || 1) + 1 });
      }],
      [1, () => {
        const name = this.fresh("h");
        const x = this.fresh("x");
        this.pushFrame();
        this.declare(x, "num", { mut: false });
        const body = this.num(1);
        this.popFrame();
        this.emit(`function ${name}(${x}) { return ${body}; }`);
        this.declare(name, "fn1", { mut: false, cost: 2 });
        if (this.chance(0.5)) { this.f("callbacks"); this.emit(`console.log(${this.arr(1, false)}.map(${name}));`); }
      }],
    ]);
  }

  recursion() {
    this.f("recursion");
    const name = this.fresh("rec");
    const n = this.fresh("n");
    this.emit(this.pick([
      `function ${name}(${n}) { return ${n} <= 1 ? 1 : ${n} * ${name}(${n} - 1); }`,
      `function ${name}(${n}) { return ${n} < 2 ? ${n} : ${name}(${n} - 1) + ${name}(${n} - 2); }`,
      `function ${name}(${n}) { if (${n} <= 0) return 0; return ${n} % 10 + ${name}(Math.trunc(${n} / 10)); }`,
    ]));
    this.emit(`console.log(${name}(${this.int(0, 12)}), ${name}(${this.int(0, 9)}));`);
  }

  hoisting() {
    this.f("hoisting");
    const name = this.fresh("hoisted");
    const x = this.fresh("x");
    this.emit(`console.log(${name}(${this.int(0, 9)}), typeof ${name});`);
    this.emit(`function ${name}(${x}) { return ${x} * ${this.int(2, 5)} + ${this.int(0, 3)}; }`);
    if (this.chance(0.5)) {
      const v = this.fresh("hv");
      this.emit(`console.log(typeof ${v}, ${v});`);
      this.emit(`var ${v} = ${this.num(0)};`);
      this.declare(v, "num", { mut: true });
    }
  }

  blockStmt() {
    this.f("block-scope");
    this.emit(`{`);
    this.pushFrame();
    this.ind++;
    // shadow an outer binding with a different type
    const outer = this.visible().filter((v) => ["num", "str", "bool", "arr"].includes(v.type) && v.fnDepth === this.fnDepth);
    if (outer.length && this.chance(0.7)) {
      this.f("shadowing");
      const v = this.pick(outer);
      const [type, val] = v.type === "str" ? ["num", this.numLit()] : ["str", this.strLit()];
      this.emit(`${this.chance(0.5) ? "let" : "const"} ${v.name} = ${val};`);
      this.declare(v.name, type, { mut: false });
      this.emit(`console.log(${v.name});`);
    }
    for (let i = this.int(1, 3); i > 0; i--) this.stmt();
    this.ind--;
    this.popFrame();
    this.emit(`}`);
  }

  stmt() {
    const depth = this.ind;
    const nested = depth > 3;
    this.choose([
      [6, () => this.declStmt()],
      [5, () => this.logStmt()],
      [4, () => this.assignStmt()],
      [nested ? 0 : 2, () => this.ifStmt()],
      [nested ? 0 : 2, () => this.forStmt()],
      [nested ? 0 : 1.5, () => this.forOfStmt()],
      [nested ? 0 : 0.7, () => this.forInStmt()],
      [2, () => this.arrayMutation()],
      [1, () => this.objDecl()],
      [1.5, () => this.objMutation()],
      [1, () => this.mapSetStmt()],
      [1.5, () => this.destructStmt()],
      [this.fnDepth > 0 || this.loopDepth > 0 ? 0.3 : 2.5, () => this.funcStmt()],
      [nested ? 0 : 0.5, () => this.blockStmt()],
    ]);
  }

  // ================================================================ runtime errors

  errorStmt() {
    this.f("runtime-error");
    const u = this.fresh("u");
    const e = this.choose([
      [2, () => [`const ${u} = ${this.pick(["undefined", "null"])};`, `console.log(${u}.${this.pick(KEYS)});`, "read-prop-of-nullish"]],
      [1, () => [`let ${u} = null;`, `${u}.${this.pick(KEYS)} = 1;`, "set-prop-of-nullish"]],
      [1, () => [`const ${u} = {};`, `console.log(${u}.a.b);`, "read-prop-of-nullish"]],
      [2, () => [`const ${u} = { a: 1 };`, `${u}.${this.pick(["missing", "a", "toFixed"])}();`, "call-non-function"]],
      [1, () => [`const ${u} = [1, 2];`, `console.log(${u}[${this.int(2, 5)}]());`, "call-non-function"]],
      [1, () => [`const ${u} = ${this.num(0)};`, `console.log(${u}.toUpperCase());`, "call-non-function"]],
      [1, () => [`const ${u} = () => ${this.int(1, 9)};`, `console.log(${u}()());`, "call-non-function"]],
      [1, () => [`const ${u} = ${this.int(1, 9)};`, `${u} = 2;`, "const-assign"]],
      [1, () => [``, `console.log(${this.fresh("undeclared")});`, "undeclared"]],
      [1, () => [``, `${this.fresh("undeclaredFn")}();`, "undeclared"]],
      [1, () => [`{`, `  console.log(typeof ${u});\n  let ${u} = 1;\n}`, "tdz"]],
      [1, () => [``, `console.log([].reduce((a, b) => a + b));`, "reduce-empty"]],
      [1, () => [``, `console.log(${this.strLit()}.repeat(${this.pick(["-1", "Infinity", "-0.5"])}));`, "range-error"]],
      [1, () => [``, `console.log((${this.int(0, 99)}).toFixed(${this.pick(["101", "-1"])}));`, "range-error"]],
      [1, () => [``, `console.log((${this.int(0, 99)}).toString(${this.pick(["1", "37", "0"])}));`, "range-error"]],
      [1, () => [``, `console.log((1.5).toPrecision(${this.pick(["0", "101"])}));`, "range-error"]],
      [1, () => [``, `console.log(new Array(${this.pick(["-1", "1.5", "4294967296"])}));`, "range-error"]],
      [1, () => [`const ${u} = [1];`, `${u}.length = -1;`, "range-error"]],
      [1, () => [``, `console.log(JSON.parse(${this.strLit(['"{bad"', '"[1,]"', '""', '"{\\"a\\":}"', '"undefined"', "\"'x'\"", '"01"', '"[1, 2"'])}));`, "json-syntax"]],
      [1, () => [``, `console.log(Object.keys(${this.pick(["undefined", "null"])}));`, "to-object"]],
      [1, () => [``, `const { a: ${u} } = ${this.pick(["null", "undefined"])};`, "destructure-nullish"]],
      [1, () => [``, `const [${u}] = ${this.pick(["null", "undefined", "5", "{}"])};`, "not-iterable"]],
      [1, () => [``, `for (const ${u} of ${this.pick(["{}", "5", "null", "{ a: 1 }"])}) console.log(${u});`, "not-iterable"]],
      [1, () => [``, `console.log(${this.strLit(KEYS)} in ${this.strLit()});`, "in-primitive"]],
      [1, () => [``, `console.log([] instanceof ${this.pick(["5", "{}", '"Array"'])});`, "instanceof"]],
      [1, () => [`const ${u} = Object.freeze({ a: 1 });`, `${u}.${this.pick(["a", "b"])} = 2;`, "frozen"]],
      [1, () => [``, `console.log(${this.pick(["decodeURIComponent(\"%\")", "decodeURIComponent(\"%E0%A4%A\")", "encodeURIComponent(\"\\uD800\")"])});`, "uri-error"]],
      [1, () => [``, `console.log([...${this.pick(["5", "{}", "null"])}]);`, "not-iterable"]],
      [1, () => [`const ${u} = Object.create(null);`, `console.log("" + ${u});`, "to-primitive"]],
      [1, () => [`const ${u} = { twice: function () { return this.v * 2; } };`, `const ${u}m = ${u}.twice;\nconsole.log(${u}m());`, "this-undefined"]],
      [1, () => [`const ${u} = [1, 2, 3];`, `console.log(${u}.with(${this.pick(["3", "-4", "10"])}, 0));`, "range-error"]],
      [1, () => [`const ${u} = new Map();`, `console.log(${u}.get("k").x);`, "read-prop-of-nullish"]],
      [1, () => [``, `console.log(${this.pick(["null", "undefined"])}[0]);`, "read-prop-of-nullish"]],
      [1, () => [`const ${u} = undefined;`, `console.log(${u}?.a.b, ${u}.c);`, "read-prop-of-nullish"]],
      [1, () => [``, `console.log(String.fromCodePoint(-1));`, "range-error"]],
    ]);
    this.f("error:" + e[2]);
    if (e[0]) this.emit(e[0]);
    for (const line of e[1].split("\n")) this.emit(line);
  }

  // ================================================================ program

  program() {
    this.emit(`// difffuzz seed ${this.seed}`);
    const k = this.int(10, 32);
    const withError = this.chance(this.errorPlanned);
    const errorAt = withError ? this.int(Math.floor(k / 2), k) : -1;
    for (let i = 0; i < k; i++) {
      if (i === errorAt) this.errorStmt();
      this.stmt();
      // keep output flowing
      if (this.chance(0.25)) this.logStmt();
    }
    if (errorAt === k) this.errorStmt();
    // print the final state of a few variables
    const finals = this.visible().filter((v) => ["num", "str", "bool", "arr", "sarr", "obj", "any", "map", "set"].includes(v.type));
    const show = [];
    for (let i = 0; i < 3 && finals.length; i++) show.push(this.pick(finals).name);
    if (show.length) this.emit(`console.log(${[...new Set(show)].join(", ")});`);
    return this.lines.join("\n") + "\n";
  }
}

export function generate(seed, opts) {
  const g = new Gen(seed, opts);
  const src = g.program();
  return { src, features: [...g.features].sort() };
}
