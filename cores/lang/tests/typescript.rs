//! TypeScript: type syntax is parsed and erased. Each TypeScript program
//! must parse to exactly the AST of the JavaScript written by hand without
//! its types; JavaScript keeps refusing type syntax; TypeScript's constructs
//! with a run-time meaning are removed constructs with their position; the
//! compiler elides imports and exports of types.

mod common {
    pub mod sexpr;
}

use common::sexpr::Printer;
use kitwork_lang::bytecode::disassemble;
use kitwork_lang::compiler::{compile_graph, compile_graph_as, Options};
use kitwork_lang::intern::Interner;
use kitwork_lang::modules::MemLoader;
use kitwork_lang::parser::{parse_module, parse_module_as};
use kitwork_lang::{Locale, Removed, SourceFile, Syntax};
use std::collections::HashMap;

fn parse_in(name: &str, syntax: Syntax, src: &str) -> Result<String, String> {
    let file = SourceFile::new(name, src);
    let mut i = Interner::new();
    match parse_module_as(&file, syntax, &mut i) {
        Ok(m) => Ok(Printer { i: &i }.module(&m)),
        Err(d) => Err(d.render(Locale::En)),
    }
}

fn ts(src: &str) -> Result<String, String> {
    parse_in("t.ts", Syntax::TypeScript, src)
}

fn js(src: &str) -> Result<String, String> {
    parse_in("t.js", Syntax::JavaScript, src)
}

/// `typed` (TypeScript) parses to the AST of `plain` (JavaScript).
#[track_caller]
fn erases(typed: &str, plain: &str) {
    let want = js(plain).unwrap_or_else(|e| panic!("JS oracle {plain:?} failed: {e}"));
    let got = ts(typed).unwrap_or_else(|e| panic!("{typed:?} failed: {e}"));
    assert_eq!(got, want, "typescript: {typed:?}");
}

#[track_caller]
fn ts_err(src: &str) -> String {
    match ts(src) {
        Ok(ast) => panic!("{src:?} parsed: {ast}"),
        Err(e) => e,
    }
}

#[track_caller]
fn removed(src: &str, r: Removed, line: u32, col: u32) {
    let want = format!("t.ts:{line}:{col}: {}", r.message(Locale::En));
    assert_eq!(ts_err(src), want, "source: {src:?}");
}

#[test]
fn the_syntax_follows_the_file_name() {
    assert_eq!(Syntax::from_path("app.kitwork.ts"), Syntax::TypeScript);
    assert_eq!(Syntax::from_path("lib/a.ts"), Syntax::TypeScript);
    assert_eq!(Syntax::from_path("app.kitwork.js"), Syntax::JavaScript);
    assert_eq!(Syntax::from_path("snippet"), Syntax::JavaScript);
    let mut i = Interner::new();
    let src = "let x: number = 1";
    assert!(parse_module(&SourceFile::new("a.ts", src), &mut i).is_ok());
    assert!(parse_module(&SourceFile::new("a.js", src), &mut i).is_err());
}

#[test]
fn annotations_on_variables_parameters_and_returns() {
    erases("let x: number = 1", "let x = 1");
    erases("let a: string, b: number[] = []", "let a, b = []");
    erases("let x!: number", "let x");
    erases(
        "const { a, b }: { a: number; b: string } = o",
        "const { a, b } = o",
    );
    erases("const [a, b]: [number, string?] = t", "const [a, b] = t");
    erases(
        "function f(a: number, b?: string, c: boolean = true, ...r: number[]): void {}",
        "function f(a, b, c = true, ...r) {}",
    );
    erases(
        "function f({ a, b }: P, [c]: [number]): { x: number } { return { x: a } }",
        "function f({ a, b }, [c]) { return { x: a } }",
    );
    erases("function f(this: Window, x: number) {}", "function f(x) {}");
    erases("function f(this: Window) {}", "function f() {}");
    erases(
        "const f = function (x: number): number { return x }",
        "const f = function (x) { return x }",
    );
    erases(
        "const o = { m(x: number): number { return x } }",
        "const o = { m(x) { return x } }",
    );
    erases(
        "for (const x of xs as number[]) {}",
        "for (const x of xs) {}",
    );
}

#[test]
fn arrows() {
    erases(
        "const f = (a: number): string => String(a)",
        "const f = (a) => String(a)",
    );
    erases("const f = (a?: number) => a", "const f = (a) => a");
    erases(
        "const f = (...a: number[]): number => a.length",
        "const f = (...a) => a.length",
    );
    erases(
        "const f = ({ a }: P): void => {}",
        "const f = ({ a }) => {}",
    );
    erases(
        "const f = (): (x: number) => string => g",
        "const f = () => g",
    );
    erases(
        "const f = (x): x is string => true",
        "const f = (x) => true",
    );
    erases("const f = <T,>(x: T): T => x", "const f = (x) => x");
    erases(
        "const f = <T extends object = {}>(x: T) => x",
        "const f = (x) => x",
    );
    erases(
        "xs.map((x: number): number => x * 2)",
        "xs.map((x) => x * 2)",
    );
    // A parenthesized expression followed by `:` is not an arrow.
    erases("const v = c ? (a) : b", "const v = c ? (a) : b");
    erases(
        "const v = c ? (a) : (b) => b",
        "const v = c ? (a) : (b) => b",
    );
    erases(
        "const v = c ? (a): T => a : d",
        "const v = c ? (a) => a : d",
    );
    erases("const o = { k: (a) }", "const o = { k: (a) }");
}

#[test]
fn generics_and_type_arguments() {
    erases(
        "function id<T>(x: T): T { return x }",
        "function id(x) { return x }",
    );
    erases(
        "function f<const T extends readonly unknown[], K extends keyof T = never>(x: T) {}",
        "function f(x) {}",
    );
    erases(
        "const g = function <T>(x: T) { return x }",
        "const g = function (x) { return x }",
    );
    erases("f<number>(1)", "f(1)");
    erases("a.b<Map<string, number[]>>(c)", "a.b(c)");
    erases("a?.b<T>(c)", "a?.b(c)");
    erases("a?.<T>(c)", "a?.(c)");
    erases(
        "const m = new Map<string, Array<number>>()",
        "const m = new Map()",
    );
    erases("const m: Map<K, V<W>>= new Map()", "const m = new Map()");
    erases("let x: A<B<C<D>>> = 1", "let x = 1");
    erases("let x: A<B<C<D>>>= 1", "let x = 1");
    // `<` stays a comparison unless `<...>(` parses as type arguments.
    erases("x = a < b", "x = a < b");
    erases("x = a < b && c > d", "x = a < b && c > d");
    erases("x = a < b > c", "x = a < b > c");
    erases("x = a < b >> c", "x = a < b >> c");
    erases("x = a < b > (c)", "x = a(c)");
    erases("x = a<b, c>(d)", "x = a(d)");
    erases("x = (a < b, c > (d))", "x = (a(d))");
    erases("x = a < (b) + 1", "x = a < (b) + 1");
}

#[test]
fn assertions() {
    erases("x = a as number", "x = a");
    erases("x = [1, 2] as const", "x = [1, 2]");
    erases("x = a satisfies T", "x = a");
    erases("x = a as unknown as string[]", "x = a");
    erases("x = a + b as number", "x = a + b");
    erases("x = (a as any).b", "x = (a).b");
    erases("x = a!", "x = a");
    erases("x = a!.b![0]!()", "x = a.b[0]()");
    erases("a!.b = 1", "a.b = 1");
    erases("a! = 1", "a = 1");
    erases("x = <number>a", "x = a");
    erases("x = <T[]>(<unknown>a)", "x = (a)");
    erases("x = a !== b", "x = a !== b");
    // A `!` on the next line is a new statement.
    erases("x = a\n!b", "x = a\n!b");
    // `as` on the next line is an identifier of a new statement.
    erases("x = a\nas(1)", "x = a\nas(1)");
}

#[test]
fn types() {
    for t in [
        "number",
        "string | undefined",
        "| 'a' | 'b'",
        "A & B",
        "keyof T",
        "typeof x.y",
        "typeof import('./m')",
        "T[K]",
        "T[]",
        "readonly string[]",
        "unique symbol",
        "[a: number, b?: string, ...rest: boolean[]]",
        "(a: number) => void",
        "new (a: number) => T",
        "abstract new () => T",
        "<T>(x: T) => T",
        "{ a: number; b?: string; readonly c: D; [k: string]: unknown; m(): void }",
        "{ [K in keyof T]?: T[K] }",
        "{ -readonly [K in keyof T]-?: T[K] }",
        "T extends string ? 'a' : T extends (infer U)[] ? U : never",
        "`prefix-${string}-${number}`",
        "-1 | 0 | 1 | true | null | void",
        "Array<Map<string, Set<number>>>",
        "import('./m').T<U>",
        "this",
        "(A | B)[]",
        "(a) => void",
        "() => () => void",
        "(...a: T[]) => void",
        "([a, b]: T) => void",
        "({ a }: T) => void",
        "(this: W) => void",
        "((a: T) => void)[]",
    ] {
        let src = format!("let x: {t} = 1");
        erases(&src, "let x = 1");
        let src = format!("type X = {t}\nlet y = 2");
        erases(&src, "; let y = 2");
    }
    erases("function f(x): asserts x is string {}", "function f(x) {}");
    erases("function f(x): asserts x {}", "function f(x) {}");
    erases("function f(this: T): this is U {}", "function f() {}");
}

#[test]
fn declarations_without_code() {
    erases(
        "interface P { x: number; y: number }\nlet a = 1",
        "; let a = 1",
    );
    erases(
        "interface P<T> extends A, B.C<T> { m<U>(u: U): T; (x: number): string; new (): P<T> }",
        ";",
    );
    erases("export interface P { x: number }", ";");
    erases("export default interface P { x: number }", ";");
    erases("type A<T = string> = { a: T }", ";");
    erases("export type A = number;", ";");
    erases("declare const x: number;", ";");
    erases("declare let x: number, y: string", ";");
    erases("declare function f(x: number): void;", ";");
    erases("declare module \"m\" { export const x: number }", ";");
    erases("declare module \"m\";", ";");
    erases("declare namespace N { const x: number }", ";");
    erases("declare global { interface Window { a: 1 } }", ";");
    erases("declare enum E { A, B }", ";");
    erases("export declare const x: number", ";");
    erases(
        "function f(a: string): string\nfunction f(a: number): number\nfunction f(a: any) { return a }",
        "; ; function f(a) { return a }",
    );
    erases("import type { A, B } from \"./m.ts\"", ";");
    erases("import type A from \"./m.ts\"", ";");
    erases("import type * as M from \"./m.ts\"", ";");
    erases(
        "import { type A, b } from \"./m.ts\"",
        "import { b } from \"./m.ts\"",
    );
    erases(
        "import { type A } from \"./m.ts\"",
        "import {} from \"./m.ts\"",
    );
    erases("import type from \"./m.ts\"", "import type from \"./m.ts\"");
    erases("export type { A } from \"./m.ts\"", ";");
    erases("export type { A }", ";");
    erases("export type * from \"./m.ts\"", ";");
    erases("export { type A, b }", "export { b }");
    // `type`, `declare`, `namespace`, `module`, `abstract` stay identifiers.
    erases(
        "type = 1; type(2); declare = 3",
        "type = 1; type(2); declare = 3",
    );
    erases("const type = 1\ntype\nx = 2", "const type = 1\ntype\nx = 2");
    erases(
        "namespace = 1; module.x = 2; abstract(3)",
        "namespace = 1; module.x = 2; abstract(3)",
    );
    erases("let as = 1, satisfies = as", "let as = 1, satisfies = as");
    // Type declarations inside blocks and functions.
    erases(
        "function f() { type T = number; interface I {} return 1 }",
        "function f() { ; ; return 1 }",
    );
}

#[test]
fn javascript_still_refuses_type_syntax() {
    let cases = [
        (
            "let x: number = 1",
            "t.js:1:6: SyntaxError: Unexpected token ':'",
        ),
        (
            "interface P {}",
            "t.js:1:1: SyntaxError: Unexpected strict mode reserved word",
        ),
        (
            "type A = number",
            "t.js:1:6: SyntaxError: Unexpected identifier 'A'",
        ),
        (
            "x = a as number",
            "t.js:1:7: SyntaxError: Unexpected identifier 'as'",
        ),
        (
            "function f(a?: number) {}",
            "t.js:1:13: SyntaxError: Unexpected token '?'",
        ),
        (
            "enum E { A }",
            "t.js:1:1: SyntaxError: Unexpected reserved word",
        ),
        (
            "@dec\nfunction f() {}",
            "t.js:1:1: SyntaxError: Invalid or unexpected token",
        ),
        (
            "import type { A } from \"./a.js\"",
            "t.js:1:13: SyntaxError: Unexpected token '{'",
        ),
    ];
    for (src, want) in cases {
        assert_eq!(js(src).unwrap_err(), want, "source: {src:?}");
    }
    // `x!` is not a non-null assertion in JavaScript.
    assert!(js("x = a!").is_err());
    // `f<T>(x)` is two comparisons in JavaScript.
    assert_eq!(js("x = f<T>(x)").unwrap(), "(= x (> (< f T) (paren x)))");
}

#[test]
fn removed_typescript_constructs() {
    removed("enum Color { Red, Green }", Removed::Enum, 1, 1);
    removed("let a = 1\nconst enum Color { Red }", Removed::Enum, 2, 1);
    removed("export enum Color { Red }", Removed::Enum, 1, 8);
    removed(
        "namespace N { export const x = 1 }",
        Removed::Namespace,
        1,
        1,
    );
    removed("module M { }", Removed::Namespace, 1, 1);
    removed("export namespace N {}", Removed::Namespace, 1, 8);
    removed("@sealed\nfunction f() {}", Removed::Decorator, 1, 1);
    removed("const o = {\n  @log m() {}\n}", Removed::Decorator, 2, 3);
    removed("abstract class A {}", Removed::Class, 1, 1);
    removed("export abstract class A {}", Removed::Class, 1, 8);
    removed("class A implements B {}", Removed::Class, 1, 1);
    // The teaching message, in both languages.
    let e = ts_err("enum E { A }");
    assert!(e.contains("'enum' is not supported"), "{e}");
    assert!(e.contains("Object.freeze"), "{e}");
    assert!(Removed::Enum.message(Locale::Vi).contains("Object.freeze"));
}

#[test]
fn positions_survive_erasure() {
    // Errors after types point where the source says.
    assert_eq!(
        ts_err("let x: Map<string, number> = 1\nlet y: number = )"),
        "t.ts:2:17: SyntaxError: Unexpected token ')'"
    );
    assert_eq!(
        ts_err("function f(a: number): { b: string } {\n  while (a) {}\n}"),
        format!("t.ts:2:3: {}", Removed::While.message(Locale::En))
    );
    // A malformed type is a syntax error at the bad token.
    assert_eq!(
        ts_err("let x: = 1"),
        "t.ts:1:8: SyntaxError: Unexpected token '='"
    );
    assert_eq!(
        ts_err("let x: Map<string = 1"),
        "t.ts:1:19: SyntaxError: Unexpected token '='"
    );
    assert_eq!(
        ts_err("type T = "),
        "t.ts:1:10: SyntaxError: Unexpected end of input"
    );
}

#[test]
fn deep_types_are_refused_not_overflowed() {
    let deep = format!(
        "let x: {}number{} = 1",
        "Array<".repeat(400),
        ">".repeat(400)
    );
    let e = ts_err(&deep);
    assert!(e.contains("nesting too deep"), "{e}");
    let ok = format!("let x: {}number{} = 1", "Array<".repeat(50), ">".repeat(50));
    assert!(ts(&ok).is_ok());
}

// ---------------------------------------------------------------- compiler

const BUILTINS: &[&str] = &["console", "Object", "kitwork.router"];

fn opts() -> Options<'static> {
    Options {
        builtins: BUILTINS,
        prelude: false,
    }
}

fn graph(files: &[(&str, &str)]) -> Result<String, String> {
    let map: HashMap<String, String> = files
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect();
    compile_graph(files[0].0, &mut MemLoader(map), &opts())
        .map(|p| disassemble(&p))
        .map_err(|d| d.render(Locale::En))
}

#[test]
fn imports_and_exports_of_types_are_elided() {
    let lib = "export interface User { name: string }\n\
               export type Id = number\n\
               export const Color = Object.freeze({ Red: \"red\" })\n\
               export type Color = \"red\"\n\
               interface Local { a: 1 }\n\
               export { Local }\n\
               export default interface Def { x: 1 }\n\
               export function mk(name: string): User { return { name } }\n";
    let main = "import Def, { User, Id, Color, Local, mk } from \"./lib.ts\"\n\
                import { User as U2 } from \"./re.ts\"\n\
                import { Local as L3 } from \"./star.ts\"\n\
                const u: User = mk(\"a\")\n\
                console.log(u.name, Color.Red)\n";
    let re =
        "export { User, mk } from \"./lib.ts\"\nimport { Id } from \"./lib.ts\"\nexport { Id }\n";
    let star = "export * from \"./lib.ts\"\n";
    graph(&[
        ("main.ts", main),
        ("lib.ts", lib),
        ("re.ts", re),
        ("star.ts", star),
    ])
    .unwrap();
    // Names of `import type` and `export type {}` are types too.
    graph(&[
        (
            "main.ts",
            "import { A, B, C } from \"./mid.ts\"\nconsole.log(1)\n",
        ),
        (
            "mid.ts",
            "import type { User as A } from \"./lib.ts\"\nimport type Def from \"./lib.ts\"\n\
             const v = 1\nexport { A, Def as B }\nexport type { v as C }\n",
        ),
        ("lib.ts", lib),
    ])
    .unwrap();
    // A name that is neither a value nor a type is still an error.
    let e = graph(&[
        ("main.ts", "import { Nope } from \"./lib.ts\"\n"),
        ("lib.ts", lib),
    ])
    .unwrap_err();
    assert_eq!(
        e,
        "main.ts:1:10: SyntaxError: The requested module './lib.ts' does not provide an export named 'Nope'"
    );
    // `import type` does not even load the module.
    graph(&[(
        "main.ts",
        "import type { A } from \"./missing.ts\"\nconsole.log(1)\n",
    )])
    .unwrap();
    // JavaScript imports TypeScript and the other way round.
    graph(&[
        ("main.js", "import { f } from \"./a.ts\"\nf()\n"),
        (
            "a.ts",
            "import { g } from \"./b.js\"\nexport function f(): void { g() }\n",
        ),
        ("b.js", "export function g() {}\n"),
    ])
    .unwrap();
}

#[test]
fn source_in_memory_compiles_as_typescript_when_asked() {
    let files = |t: &str| MemLoader([("snippet".to_string(), t.to_string())].into());
    let src = "const n: number = 1\nconsole.log(n as number)\n";
    assert!(compile_graph("snippet", &mut files(src), &opts()).is_err());
    let p = compile_graph_as("snippet", Syntax::TypeScript, &mut files(src), &opts()).unwrap();
    let plain = compile_graph_as(
        "snippet",
        Syntax::JavaScript,
        &mut files("const n = 1\nconsole.log(n)\n"),
        &opts(),
    )
    .unwrap();
    // Same code; the line table may differ only where columns moved.
    let strip = |s: String| {
        s.lines()
            .filter(|l| !l.contains("line"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(strip(disassemble(&p)), strip(disassemble(&plain)));
}

// ---------------------------------------------------------------- fuzzing

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

const CORPUS: &str = r#"import type { A } from "./a.ts"; import { type B, c } from './b.ts'
export interface P<T extends object = {}> extends Q<T>, R { a?: number; readonly [k: string]: T; m<U>(u: U): void }
export type M<T> = { -readonly [K in keyof T as `get${K & string}`]+?: T[K] extends infer U ? U[] : never }
declare const z: unique symbol; declare module "m" { const x: 1 } declare function d(): asserts z is string
let x!: Map<string, Array<Set<number>>>= new Map<string, Array<Set<number>>>()
function f<T, const U extends readonly T[]>(this: Window, a?: T, { b }: { b: U } = {} as any, ...r: [x: 1, y?: 2]): a is T { return a as unknown as boolean }
const g = <T,>(a: T): ((x: T) => T) => (x) => x!, h = c ? (a): T => a : (b) => b
f<number>(1) < 2 > (3); a < b >> c; o?.m<T>(1)!.n![0] satisfies T; <T>x; y as const
enum E { A } namespace N {} @dec function k(x: number): string; abstract class K {}
"#;

fn parse_ts_bytes(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes).into_owned();
    let file = SourceFile::new("fuzz.ts", text);
    let mut i = Interner::new();
    if let Err(d) = parse_module(&file, &mut i) {
        let _ = d.render_with_source(Locale::En);
        let _ = d.render(Locale::Vi);
    }
}

#[test]
fn no_panic_on_typescript_mutations() {
    // All but the last line (the removed constructs) is valid TypeScript.
    let valid = &CORPUS[..CORPUS.trim_end().rfind('\n').unwrap()];
    ts(valid).unwrap();
    let src = CORPUS.as_bytes();
    for end in 0..=src.len() {
        parse_ts_bytes(&src[..end]);
        parse_ts_bytes(&src[end..]);
    }
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
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
                1 => {
                    let set = b"{}()[]<>`'\";,.?:=|&!@\n";
                    v.insert(at, set[rng.below(set.len())])
                }
                2 if at < v.len() => v[at] = rng.next() as u8,
                _ => {
                    let piece = pieces[rng.below(pieces.len())];
                    let at = at.min(v.len());
                    v.splice(at..at, piece.bytes());
                }
            }
        }
        parse_ts_bytes(&v);
    }
}

#[test]
fn no_panic_on_typescript_token_soup() {
    let words = [
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "<",
        ">",
        ">>",
        ">=",
        ">>=",
        "`",
        "${",
        "=>",
        "...",
        "?.",
        "?",
        ":",
        "=",
        ",",
        ";",
        "|",
        "&",
        "!",
        "@",
        "a",
        "T",
        "1",
        "'s'",
        "let",
        "const",
        "function",
        "return",
        "import",
        "export",
        "type",
        "interface",
        "declare",
        "enum",
        "namespace",
        "module",
        "abstract",
        "class",
        "as",
        "satisfies",
        "keyof",
        "typeof",
        "infer",
        "extends",
        "is",
        "asserts",
        "readonly",
        "unique",
        "new",
        "this",
        "from",
        "\n",
    ];
    let mut rng = Rng(777);
    for _ in 0..6000 {
        let n = rng.below(40);
        let s: String = (0..n)
            .map(|_| words[rng.below(words.len())])
            .collect::<Vec<_>>()
            .join(" ");
        parse_ts_bytes(s.as_bytes());
    }
}
