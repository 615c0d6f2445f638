//! Parser tests: the AST printed as S-expressions, ASI, removed constructs
//! and syntax errors with their exact positions, nesting limits, no panics.

mod common {
    pub mod sexpr;
}

use common::sexpr::Printer;
use kitwork_lang::diag::DiagKind;
use kitwork_lang::intern::Interner;
use kitwork_lang::parser::parse_module;
use kitwork_lang::{Locale, Removed, SourceFile};

fn try_parse(src: &str) -> Result<String, String> {
    let file = SourceFile::new("t.js", src);
    let mut i = Interner::new();
    match parse_module(&file, &mut i) {
        Ok(m) => Ok(Printer { i: &i }.module(&m)),
        Err(d) => Err(d.render(Locale::En)),
    }
}

#[track_caller]
fn p(src: &str) -> String {
    try_parse(src).unwrap_or_else(|e| panic!("{src:?} failed: {e}"))
}

#[track_caller]
fn err(src: &str) -> String {
    match try_parse(src) {
        Ok(ast) => panic!("{src:?} parsed: {ast}"),
        Err(e) => e,
    }
}

#[track_caller]
fn check(src: &str, want: &str) {
    assert_eq!(p(src), want, "source: {src:?}");
}

#[track_caller]
fn check_err(src: &str, want: &str) {
    assert_eq!(err(src), want, "source: {src:?}");
}

#[track_caller]
fn check_removed(src: &str, r: Removed, line: u32, col: u32) {
    let want = format!("t.js:{line}:{col}: {}", r.message(Locale::En));
    assert_eq!(err(src), want, "source: {src:?}");
}

#[test]
fn precedence_and_associativity() {
    check("1 + 2 * 3", "(+ 1 (* 2 3))");
    check("1 - 2 - 3", "(- (- 1 2) 3)");
    check("2 ** 3 ** 2", "(** 2 (** 3 2))");
    check("(-2) ** 2", "(** (paren (- 2)) 2)");
    check("2 ** -1", "(** 2 (- 1))");
    check(
        "a || b && c | d ^ e & f == g < h << i + j * k",
        "(|| a (&& b (| c (^ d (& e (== f (< g (<< h (+ i (* j k))))))))))",
    );
    check("a ?? b ?? c", "(?? (?? a b) c)");
    check("(a || b) ?? c", "(?? (paren (|| a b)) c)");
    check("a ? b : c ? d : e", "(? a b (? c d e))");
    check("a = b = c", "(= a (= b c))");
    check("a += b -= c", "(+= a (-= b c))");
    check(
        "a ||= b, c &&= d, e ??= f",
        "(, (||= a b) (&&= c d) (??= e f))",
    );
    check("x **= 2; y >>>= 1", "(**= x 2) (>>>= y 1)");
    check("!a instanceof B", "(instanceof (! a) B)");
    check("typeof a === 'string'", "(=== (typeof a) \"string\")");
    check(
        "'x' in o && !(k in o)",
        "(&& (in \"x\" o) (! (paren (in k o))))",
    );
    check("a++ + ++b", "(+ (++post a) (++pre b))");
    check("-x.y", "(- (. x y))");
    check("void 0, delete o.k", "(, (void 0) (delete (. o k)))");
    check("a ? b = 1 : c", "(? a (= b 1) c)");
}

#[test]
fn precedence_errors() {
    check_err(
        "-a ** b",
        "t.js:1:1: SyntaxError: Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence",
    );
    check_err(
        "a ?? b || c",
        "t.js:1:8: SyntaxError: Unexpected token '||'",
    );
    check_err(
        "a || b ?? c",
        "t.js:1:8: SyntaxError: Unexpected token '??'",
    );
    check_err(
        "a ?? b && c",
        "t.js:1:8: SyntaxError: Unexpected token '&&'",
    );
    check_err(
        "delete x",
        "t.js:1:8: SyntaxError: Delete of an unqualified identifier in strict mode.",
    );
}

#[test]
fn literals() {
    check("[1, , 3, ...xs,]", "[1 _ 3 ...xs]");
    check("[,]", "[_]");
    check(
        "({ a: 1, b, [k]: 2, 'x-y': 3, 4: 5, 0x10: 6, f() { return 1 }, ...o, if: 7, get: 8, set() {}, async: 9 })",
        "(paren {a:1 b [k]:2 \"x-y\":3 4:5 16:6 f:(fn () {(return 1)}) ...o if:7 get:8 set:(fn () {}) async:9})",
    );
    check(
        "a.default; a.if.class; a?.new",
        "(. a default) (. (. a if) class) (chain (.? a new))",
    );
    check(
        "null; true; false; this; undefined; arguments",
        "null true false this undefined arguments",
    );
    check("'\\u{1F600}'", "\"😀\"");
    check(
        "`a${b}c${`d${e}`}`",
        "(tpl \"a\" b \"c\" (tpl \"d\" e \"\") \"\")",
    );
    check("tag`x\\unicode${1}`", "(tag tag undefined 1 \"\")");
    check("a.b`c`", "(tag (. a b) \"c\")");
    check("`${ {a: 1}.a }`", "(tpl \"\" (. {a:1} a) \"\")");
}

#[test]
fn calls_new_and_chains() {
    check("f(a, ...b)(c)", "(call (call f a ...b) c)");
    check("new X", "(new X)");
    check("new X(1).y", "(. (new X 1) y)");
    check("new a.b.C(1)(2)", "(call (new (. (. a b) C) 1) 2)");
    check("new new X()()", "(new (new X))");
    check(
        "new Date().toISOString()",
        "(call (. (new Date) toISOString))",
    );
    check("a?.b.c(x)", "(chain (call (. (.? a b) c) x))");
    check("a?.[0]?.(1)", "(chain (call? ([]? a 0) 1))");
    check("(a?.b).c", "(. (paren (chain (.? a b))) c)");
    check("a?.b ?? c", "(?? (chain (.? a b)) c)");
    check("x?.5:1", "(? x 0.5 1)");
    check_err(
        "new a?.b()",
        "t.js:1:6: SyntaxError: Invalid optional chain from new expression",
    );
    check_err(
        "a?.b`x`",
        "t.js:1:5: SyntaxError: Invalid tagged template on optional chain",
    );
    check_err(
        "a?.b = 1",
        "t.js:1:1: SyntaxError: Invalid left-hand side in assignment",
    );
}

#[test]
fn arrows_and_functions() {
    check("x => x + 1", "(=> (x) (+ x 1))");
    check("() => {}", "(=> () {})");
    check("(a, b = 1, ...c) => a", "(=> (a (= b 1) ...c) a)");
    check(
        "([a, b], {c, d: [e] = []}) => c",
        "(=> ([a b] {c:c d:(= [e] [])}) c)",
    );
    check("f(x => y => x + y)", "(call f (=> (x) (=> (y) (+ x y))))");
    check("(x => x)(1)", "(call (paren (=> (x) x)) 1)");
    check("a = () => ({})", "(= a (=> () (paren {})))");
    check("x => {}\n(1)", "(=> (x) {}) (paren 1)");
    check(
        "function f(a, b = 2, ...r) { return a }",
        "(fn f (a (= b 2) ...r) {(return a)})",
    );
    check(
        "const g = function () { return this }",
        "(const g (fn () {(return this)}))",
    );
    check("async => async", "(=> (async) async)");
    check(
        "const async = 1; async(1)",
        "(const async 1) (call async 1)",
    );
    check_err("x\n=> 1", "t.js:2:1: SyntaxError: Unexpected token '=>'");
    check_err(
        "(a, a) => 1",
        "t.js:1:5: SyntaxError: Duplicate parameter name not allowed in this context",
    );
    check_err(
        "(...a, b) => 1",
        "t.js:1:6: SyntaxError: Rest parameter must be last formal parameter",
    );
    check_err(
        "1 + (a) => a",
        "t.js:1:9: SyntaxError: Unexpected token '=>'",
    );
}

#[test]
fn destructuring() {
    check(
        "const [a, , b = 1, ...c] = x",
        "(const [a _ (= b 1) ...c] x)",
    );
    check(
        "let {a, b: {c}, d = 2, ...e} = x",
        "(let {a:a b:{c:c} d:(= d 2) ...e} x)",
    );
    check("[a, b] = [b, a]", "(= [a b] [b a])");
    check(
        "({a, b: c.d, e = 1, ...f} = o)",
        "(paren (= {a:a b:(. c d) e:(= e 1) ...f} o))",
    );
    check("[{a = 1}, [b], ...c] = x", "(= [{a:(= a 1)} [b] ...c] x)");
    check("[a.b, c[0]] = y", "(= [(. a b) ([] c 0)] y)");
    check("[(a)] = y", "(= [a] y)");
    check(
        "({ 'k': v, 1: w, [z]: q } = o)",
        "(paren (= {\"k\":v 1:w [z]:q} o))",
    );
    check_err(
        "({a = 1})",
        "t.js:1:5: SyntaxError: Invalid shorthand property initializer",
    );
    check_err(
        "f({a = 1})",
        "t.js:1:6: SyntaxError: Invalid shorthand property initializer",
    );
    check_err(
        "[a, ...b,] = c",
        "t.js:1:8: SyntaxError: Rest element must be last element",
    );
    check_err(
        "[...a, b] = c",
        "t.js:1:5: SyntaxError: Rest element must be last element",
    );
    check_err(
        "f() = 1",
        "t.js:1:1: SyntaxError: Invalid left-hand side in assignment",
    );
    check_err(
        "[a + 1] = x",
        "t.js:1:2: SyntaxError: Invalid destructuring assignment target",
    );
    check_err(
        "a + 1 = 2",
        "t.js:1:1: SyntaxError: Invalid left-hand side in assignment",
    );
    check_err(
        "({a} += 1)",
        "t.js:1:2: SyntaxError: Invalid left-hand side in assignment",
    );
    check_err(
        "++f()",
        "t.js:1:3: SyntaxError: Invalid left-hand side expression in prefix operation",
    );
    check_err(
        "1++",
        "t.js:1:1: SyntaxError: Invalid left-hand side expression in postfix operation",
    );
    check_err(
        "const {a};",
        "t.js:1:7: SyntaxError: Missing initializer in const declaration",
    );
    check_err(
        "let [a];",
        "t.js:1:5: SyntaxError: Missing initializer in destructuring declaration",
    );
    check_err(
        "let eval = 1",
        "t.js:1:5: SyntaxError: Unexpected eval or arguments in strict mode",
    );
}

#[test]
fn statements() {
    check(
        "if (a) b; else if (c) { d } else e",
        "(if a b (if c {d} e))",
    );
    check("for (;;) {}", "(for _ _ _ {})");
    check(
        "for (let i = 0, n = 3; i < n; i++) continue",
        "(for (let i 0 n 3) (< i n) (++post i) (continue))",
    );
    check(
        "for (i = 0; i < 3; i++);",
        "(for (= i 0) (< i 3) (++post i) ;)",
    );
    check(
        "for (const [k, v] of m) break",
        "(for-of (const [k v]) m (break))",
    );
    check("for (var k in o) {}", "(for-in (var k) o {})");
    check("for (x of xs) {}", "(for-of x xs {})");
    check("for (o.k in o) {}", "(for-in (. o k) o {})");
    check("for ([a, b] of pairs) {}", "(for-of [a b] pairs {})");
    check("for ({a = 1} of xs) {}", "(for-of {a:(= a 1)} xs {})");
    check(
        "for (let i = ('x' in o); ;) {}",
        "(for (let i (paren (in \"x\" o))) _ _ {})",
    );
    check("function f() { return }", "(fn f () {(return)})");
    check(
        "{ let a = 1; { const b = 2 } }",
        "{(let a 1) {(const b 2)}}",
    );
    check("var a, b = 1", "(var a b 1)");
    check_err(
        "for (const x;;) {}",
        "t.js:1:12: SyntaxError: Missing initializer in const declaration",
    );
    check_err("for (let a, b of c) {}", "t.js:1:13: SyntaxError: Invalid left-hand side in for-of loop: Must have a single binding.");
    check_err(
        "for (let a = 1 of c) {}",
        "t.js:1:14: SyntaxError: for-of loop variable declaration may not have an initializer.",
    );
    check_err("break", "t.js:1:1: SyntaxError: Illegal break statement");
    check_err(
        "function f() { continue }",
        "t.js:1:16: SyntaxError: Illegal continue statement: no surrounding iteration statement",
    );
    check_err(
        "for (;;) { () => { break } }",
        "t.js:1:20: SyntaxError: Illegal break statement",
    );
    check_err(
        "return 1",
        "t.js:1:1: SyntaxError: Illegal return statement",
    );
    check_err(
        "if (a) let b = 1",
        "t.js:1:8: SyntaxError: Lexical declaration cannot appear in a single-statement context",
    );
    check_err(
        "if (a) function f() {}",
        "t.js:1:8: SyntaxError: In strict mode code, functions can only be declared at top level or inside a block.",
    );
}

#[test]
fn asi() {
    check("a\nb", "a b");
    check("let a = 1\nlet b = 2", "(let a 1) (let b 2)");
    check("function f() { return\n1 }", "(fn f () {(return) 1})");
    check("a\n++b", "a (++pre b)");
    check("a\n(b)", "(call a b)");
    check("a\n[0]", "([] a 0)");
    check("a\n.b", "(. a b)");
    check("a\n`t`", "(tag a \"t\")");
    check("{ a } b", "{a} b");
    check("for (;;) { break\n}", "(for _ _ _ {(break)})");
    check("x = 1;;", "(= x 1) ;");
    check("const f = () => 1\nf()", "(const f (=> () 1)) (call f)");
    check_err("a b", "t.js:1:3: SyntaxError: Unexpected identifier 'b'");
    check_err(
        "let a = 1 let b",
        "t.js:1:11: SyntaxError: Unexpected token 'let'",
    );
    check_err(
        "a\n++\nb\n++",
        "t.js:4:3: SyntaxError: Unexpected end of input",
    );
}

#[test]
fn modules() {
    check(
        "import d, { a, b as c, default as e, \"x-y\" as f } from \"./m.js\"",
        "(import \"./m.js\" (default d) (a a) (b c) (default e) (x-y f))",
    );
    check(
        "import * as ns from 'kitwork'",
        "(import \"kitwork\" (* ns))",
    );
    check(
        "import d, * as ns from 'm'",
        "(import \"m\" (default d) (* ns))",
    );
    check("import './side.js'", "(import \"./side.js\")");
    check("import {} from 'm'", "(import \"m\")");
    check("export const a = 1, b = 2", "(export (const a 1 b 2))");
    check("export function f() {}", "(export (fn f () {}))");
    check(
        "export default function f() {}",
        "(export-default-fn (fn f () {}))",
    );
    check(
        "export default function () {}",
        "(export-default (fn () {}))",
    );
    check("export default a + 1", "(export-default (+ a 1))");
    check(
        "export { a, b as c, d as default }",
        "(export (a a) (b c) (d default))",
    );
    check(
        "export { default, x as \"y z\" } from 'm'",
        "(export (default default) (x y z) from \"m\")",
    );
    check("export * from 'm'", "(export-all \"m\")");
    check("export * as ns from 'm'", "(export-all ns \"m\")");
    check_err(
        "export { default }",
        "t.js:1:10: SyntaxError: Unexpected token 'default'",
    );
    check_err(
        "import { if } from 'm'",
        "t.js:1:10: SyntaxError: Unexpected token 'if'",
    );
    check_err(
        "{ import a from 'm' }",
        "t.js:1:3: SyntaxError: import and export may only appear at the top level of a module",
    );
    check_err("import a 'm'", "t.js:1:10: SyntaxError: Unexpected string");
}

#[test]
fn removed_constructs() {
    use Removed::*;
    check_removed("let i = 0\nwhile (i < 3) i++", While, 2, 1);
    check_removed("do { } while (x)", DoWhile, 1, 1);
    check_removed("function f() {\n  try { a() } catch (e) {}\n}", Try, 2, 3);
    check_removed("throw new Error('x')", Throw, 1, 1);
    check_removed("switch (x) { case 1: }", Switch, 1, 1);
    check_removed("class A {}", Class, 1, 1);
    check_removed("const A = class {}", Class, 1, 11);
    check_removed("export class A {}", Class, 1, 8);
    check_removed("export default class {}", Class, 1, 16);
    check_removed("async function f() {}", Async, 1, 1);
    check_removed("const f = async () => 1", Async, 1, 11);
    check_removed("const f = async x => 1", Async, 1, 11);
    check_removed("const f = async function () {}", Async, 1, 11);
    check_removed("const o = { async m() {} }", Async, 1, 13);
    check_removed("export default async function () {}", Async, 1, 16);
    check_removed("f(await g())", Await, 1, 3);
    check_removed("for await (const x of y) {}", Await, 1, 5);
    check_removed("function* g() {}", Generator, 1, 1);
    check_removed("const g = function* () {}", Generator, 1, 11);
    check_removed("const o = { *g() {} }", Generator, 1, 13);
    check_removed("function f() { yield 1 }", Yield, 1, 16);
    check_removed("with (o) {}", With, 1, 1);
    check_removed("outer: for (;;) {}", Label, 1, 1);
    check_removed("for (;;) { break outer }", Label, 1, 18);
    check_removed("for (;;) { continue outer }", Label, 1, 21);
    check_removed("const r = /ab+c/g", Regex, 1, 11);
    check_removed("s.split(/,/)", Regex, 1, 9);
    check_removed("if (x) /re/.test(s)", Regex, 1, 8);
    // After an expression a `/` is division, as in JavaScript.
    check(
        "x = a\n/re/g.test(s)",
        "(= x (/ (/ a re) (call (. g test) s)))",
    );
    check_removed("const o = { get x() { return 1 } }", GetterSetter, 1, 13);
    check_removed("const o = { set x(v) {} }", GetterSetter, 1, 13);
    check_removed("const o = { get [k]() {} }", GetterSetter, 1, 13);
    check_removed("const o = {\n  get\n  x() {} }", GetterSetter, 2, 3);
    // The rendered message names the construct, why and what to write instead.
    assert_eq!(
        err("let i = 0\nwhile (i < 3) i++"),
        "t.js:2:1: 'while' is not supported: unbounded loops are removed on purpose. Use .map() / .filter() / .find() over an array, or a for loop over a bounded range."
    );
}

#[test]
fn syntax_error_positions() {
    check_err("f(1, 2", "t.js:1:7: SyntaxError: Unexpected end of input");
    check_err("f(1 2)", "t.js:1:5: SyntaxError: Unexpected number");
    check_err("let x = ;", "t.js:1:9: SyntaxError: Unexpected token ';'");
    check_err("a.b.)", "t.js:1:5: SyntaxError: Unexpected token ')'");
    check_err(
        "let x = 'abc\nlet y",
        "t.js:1:9: SyntaxError: Unterminated string constant",
    );
    check_err(
        "let x = `abc",
        "t.js:1:9: SyntaxError: Unterminated template literal",
    );
    check_err(
        "let x = 1;\nlet y = 08",
        "t.js:2:9: SyntaxError: Decimals with leading zeros are not allowed in strict mode.",
    );
    check_err(
        "let x = 017",
        "t.js:1:9: SyntaxError: Octal literals are not allowed in strict mode.",
    );
    check_err(
        "let x = 10n",
        "t.js:1:9: SyntaxError: BigInt is not supported",
    );
    check_err(
        "let x = @",
        "t.js:1:9: SyntaxError: Invalid or unexpected token",
    );
    check_err(
        "`a\\u{zz}`",
        "t.js:1:3: SyntaxError: Invalid Unicode escape sequence",
    );
    check_err(
        "let let = 1",
        "t.js:1:5: SyntaxError: let is disallowed as a lexically bound name",
    );
    check_err(
        "var static = 1",
        "t.js:1:5: SyntaxError: Unexpected strict mode reserved word",
    );
    check_err("enum", "t.js:1:1: SyntaxError: Unexpected reserved word");
    check_err(
        "super.x",
        "t.js:1:1: SyntaxError: 'super' keyword unexpected here",
    );
    check_err("x = {", "t.js:1:6: SyntaxError: Unexpected end of input");
    check_err("(", "t.js:1:2: SyntaxError: Unexpected end of input");
    check_err(")", "t.js:1:1: SyntaxError: Unexpected token ')'");
    check_err("a => {", "t.js:1:7: SyntaxError: Unexpected end of input");
    check_err("f(...)", "t.js:1:6: SyntaxError: Unexpected token ')'");
    check_err(
        "({a:1} = 1)",
        "t.js:1:5: SyntaxError: Invalid destructuring assignment target",
    );
    // The first error wins: a parse error before a lexical error.
    check_err(
        "a b 'unterminated",
        "t.js:1:3: SyntaxError: Unexpected identifier 'b'",
    );
    check_err(
        "a 'unterminated",
        "t.js:1:3: SyntaxError: Unterminated string constant",
    );
    // Unicode columns count characters.
    check_err(
        "let s = 'Phường'; s s",
        "t.js:1:21: SyntaxError: Unexpected identifier 's'",
    );
}

#[test]
fn seed_examples_parse() {
    let server = r#"// server.kitwork.js — run once at start, in the host VM
import { server, env } from "kitwork"
server.run({
  port: env.PORT || 8080,
  root: env.ROOT || "tenants",
  hostname: "kitwork.io",
  hot_reload: true,
  databases: [{ alias: "system", type: "postgres", host: env.DB_HOST || "localhost",
                port: env.DB_PORT || 5432, user: env.DB_USER || "postgres",
                password: env.DB_PASSWORD || "your_password", name: env.DB_NAME || "postgres",
                sslmode: "disable" }]
})
"#;
    p(server);
    let app = r#"import { router, database } from "kitwork"
const db = database.connect("system")
router.get("/api/users").handle((req, res) => {
  const users = db.table("user").list(10)
  return res.json({ success: true, users: users, time: new Date().toISOString() })
})
"#;
    check(
        app,
        "(import \"kitwork\" (router router) (database database)) \
         (const db (call (. database connect) \"system\")) \
         (call (. (call (. router get) \"/api/users\") handle) (=> (req res) {\
         (const users (call (. (call (. db table) \"user\") list) 10)) \
         (return (call (. res json) {success:true users:users time:(call (. (new Date) toISOString))}))}))",
    );
}

fn deep(open: &str, close: &str, n: usize) -> String {
    format!("x = {}1{}", open.repeat(n), close.repeat(n))
}

fn is_too_deep(src: &str) -> bool {
    let file = SourceFile::new("t.js", src);
    let mut i = Interner::new();
    match parse_module(&file, &mut i) {
        Err(d) => matches!(&d.kind, DiagKind::Semantic(m) if m.contains("nesting too deep")),
        Ok(_) => false,
    }
}

#[test]
fn nesting_limits() {
    // Run on a thread with a modest stack, like the test harness default.
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(|| {
            assert!(try_parse(&deep("(", ")", 100)).is_ok());
            assert!(try_parse(&deep("[", "]", 100)).is_ok());
            for (o, c) in [
                ("(", ")"),
                ("[", "]"),
                ("{a:", "}"),
                ("- ", ""),
                ("!", ""),
                ("typeof ", ""),
                ("new ", ""),
                ("a => ", ""),
                ("a ? b : ", ""),
                ("`${", "}`"),
                ("f(", ")"),
                ("y = ", ""),
            ] {
                assert!(is_too_deep(&deep(o, c, 100_000)), "{o}");
                assert!(is_too_deep(&deep(o, c, 300)), "{o}");
            }
            let n = 100_000;
            assert!(is_too_deep(&format!("{}{}", "{".repeat(n), "}".repeat(n))));
            assert!(is_too_deep(&"if (a) ".repeat(n)));
            assert!(is_too_deep(&format!(
                "let {}a{} = 1",
                "[".repeat(n),
                "]".repeat(n)
            )));
            assert!(is_too_deep(&format!("x = {}", "1 ** ".repeat(n) + "1")));
            assert!(is_too_deep(&format!("x = {}", "1 + ".repeat(n) + "1")));
            assert!(is_too_deep(&format!("x = a{}", ".b".repeat(n))));
            assert!(is_too_deep(&format!("x = f{}", "()".repeat(n))));
            assert!(is_too_deep(&format!(
                "x = {}",
                "function f() { return ".repeat(n)
            )));
            // Chains nested in parentheses count all their levels.
            let inner = format!("({})", "a + ".repeat(200) + "a");
            assert!(is_too_deep(&format!(
                "x = {}",
                format!("({inner} + ").repeat(50)
            )));
            // Long flat lists are fine.
            let flat = format!("x = [{}]", "1, ".repeat(n));
            assert!(try_parse(&flat).is_ok());
            let stmts = "a = 1;\n".repeat(n);
            assert!(try_parse(&stmts).is_ok());
        })
        .unwrap()
        .join()
        .unwrap();
}

/// A tiny deterministic PRNG (xorshift) for the fuzz tests.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const CORPUS: &str = r#"#!/usr/bin/env kitwork
import d, { a as b, c } from "./m.js"; import * as ns from 'x'
export const [x1, , x2 = 3, ...xs] = [1, 2, 3], { p, q: { r = 1 }, ...rest } = o ?? {}
export default function named(a, { b, c } = {}, ...r) { return a?.b?.[c]?.(...r) ?? `t${a}\u{1F600}${`n${b}`}` }
let s = 'Phường Bến Nghé\n\x41\u0042', n = .5e-3 + 0x1F + 0b11 + 0o17 + 1_000
for (let i = 0; i < 10; i++) { if (i % 2) continue; else { s += i } }
for (const [k, v] of Object.entries(o)) for (const key in v) { [a, b] = [b, a]; ({ x: o.y = 1 } = v) }
const f = (a, b = () => ({}), ...c) => a ** -b ** 2 >>> 1 | (c && !a) || typeof a === "undefined"
o.m = { f() { return this }, [k + 1]: new Date().getTime(), 'a-b': void 0, ...rest, if: 1, get: 2 }
x ||= y; x &&= z; x ??= w; x **= 2; x >>>= 1; a = b ? c : d ? e : f, g
label: for (;;) break label
while (true) {} do {} while (0); try {} catch {} class A {} async function g() { await h() }
const re = /ab+c/gi
"#;

fn parse_bytes(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes).into_owned();
    let file = SourceFile::new("fuzz.js", text);
    let mut i = Interner::new();
    if let Err(d) = parse_module(&file, &mut i) {
        // Rendering must work for every diagnostic position too.
        let _ = d.render_with_source(Locale::En);
        let _ = d.render(Locale::Vi);
    }
}

#[test]
fn no_panic_on_truncations_and_mutations() {
    let src = CORPUS.as_bytes();
    for end in 0..=src.len() {
        parse_bytes(&src[..end]);
        parse_bytes(&src[end..]);
    }
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let pieces: Vec<&str> = CORPUS
        .split_inclusive(|c: char| !c.is_alphanumeric())
        .collect();
    for _ in 0..3000 {
        let mut v = src.to_vec();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(v.len() + 1);
            match rng.below(4) {
                0 if at < v.len() => {
                    v.remove(at);
                }
                1 => v.insert(
                    at,
                    b"{}()[]`'\"/\\$;,.?:=+-*!<>\n\x00\xe2\xff"[rng.below(25)],
                ),
                2 if at < v.len() => v[at] = rng.next() as u8,
                _ => {
                    let piece = pieces[rng.below(pieces.len())];
                    let at = at.min(v.len());
                    v.splice(at..at, piece.bytes());
                }
            }
        }
        parse_bytes(&v);
    }
}

#[test]
fn no_panic_on_random_token_soup() {
    let words = [
        "(", ")", "[", "]", "{", "}", "`", "${", "'", "\"", "/", "=>", "...", "?.", "??", "=", ",",
        ";", ":", "?", "a", "1", ".5", "0x", "let", "const", "var", "function", "return", "for",
        "of", "in", "if", "else", "new", "import", "export", "default", "from", "as", "*", "async",
        "get", "set", "\n", " ", "++", "--", "-", "**", "break", "continue", "this", "yield",
        "await", "class", "while", "\\u0061", "#", "@", "\u{2028}", "ế",
    ];
    let mut rng = Rng(12345);
    for _ in 0..5000 {
        let n = rng.below(40);
        let s: String = (0..n)
            .map(|_| words[rng.below(words.len())])
            .collect::<Vec<_>>()
            .join(" ");
        parse_bytes(s.as_bytes());
        let s: String = (0..n).map(|_| words[rng.below(words.len())]).collect();
        parse_bytes(s.as_bytes());
    }
    let mut bytes = [0u8; 64];
    for _ in 0..5000 {
        for b in bytes.iter_mut() {
            *b = rng.next() as u8;
        }
        parse_bytes(&bytes[..rng.below(64)]);
    }
}

#[test]
fn removed_list_is_complete_for_parser() {
    // Every removed construct the parser owns has a test above; the rest
    // (identifier-level) are the compiler's.
    for r in Removed::ALL {
        assert!(!r.message(Locale::En).is_empty());
    }
}
