//! Compiler tests: golden disassembly of `tests/golden/*.js` and `*.ts` (set
//! `UPDATE_GOLDEN=1` to rewrite the `.disasm` files) and targeted checks of
//! scoping, captures, TDZ, hoisting, the module graph and compile errors.

use kitwork_lang::bytecode::{disassemble, Capture, Op, Program};
use kitwork_lang::compiler::{compile_graph, Options};
use kitwork_lang::diag::{DiagKind, Diagnostic};
use kitwork_lang::modules::MemLoader;
use kitwork_lang::Removed;
use std::collections::HashMap;
use std::path::Path;

const BUILTINS: &[&str] = &[
    "console",
    "Math",
    "Map",
    "Set",
    "Date",
    "JSON",
    "Object",
    "Array",
    "String",
    "Number",
    "Error",
    "parseInt",
    "$intrinsic",
    "kitwork.router",
    "kitwork.env",
];

fn opts() -> Options<'static> {
    Options {
        builtins: BUILTINS,
        prelude: false,
    }
}

fn compile_files(files: &[(&str, &str)]) -> Result<Program, Diagnostic> {
    let map: HashMap<String, String> = files
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect();
    let mut loader = MemLoader(map);
    compile_graph(files[0].0, &mut loader, &opts())
}

fn compile(src: &str) -> Program {
    match compile_files(&[("main.js", src)]) {
        Ok(p) => p,
        Err(d) => panic!("{}", d.render_with_source(Default::default())),
    }
}

fn error(files: &[(&str, &str)]) -> Diagnostic {
    match compile_files(files) {
        Ok(p) => panic!("expected an error, got\n{}", disassemble(&p)),
        Err(d) => d,
    }
}

fn err1(src: &str) -> Diagnostic {
    error(&[("main.js", src)])
}

/// Opcodes of function `f`, in order.
fn ops(p: &Program, f: usize) -> Vec<Op> {
    let code = &p.funcs[f].code;
    let mut out = Vec::new();
    let mut pc = 0;
    while pc < code.len() {
        let op = Op::from_byte(code[pc]).expect("valid opcode");
        out.push(op);
        pc += op.size();
    }
    out
}

fn func_named(p: &Program, name: &str) -> usize {
    p.funcs
        .iter()
        .position(|f| String::from_utf16_lossy(&f.name) == name)
        .unwrap_or_else(|| panic!("no function {name}"))
}

fn has(p: &Program, f: usize, op: Op) -> bool {
    ops(p, f).contains(&op)
}

// ---------------------------------------------------------------- golden

#[test]
fn golden() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let update = std::env::var("UPDATE_GOLDEN").is_ok();
    let mut failures = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "js" || x == "ts"))
        .collect();
    entries.sort();
    for path in entries {
        let src = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let out = match compile_files(&[(&name, &src)]) {
            Ok(p) => disassemble(&p),
            Err(d) => format!("error: {}\n", d.render(Default::default())),
        };
        let golden = path.with_extension("disasm");
        if update {
            std::fs::write(&golden, &out).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_default();
        if want != out {
            failures.push(format!("{name}:\n{out}"));
        }
    }
    assert!(
        failures.is_empty(),
        "golden mismatch (UPDATE_GOLDEN=1 to rewrite):\n{}",
        failures.join("\n")
    );
}

// ---------------------------------------------------------------- modules

#[test]
fn imports_are_globals_of_the_exporter() {
    let p = compile_files(&[
        ("app/main.js", "import { a, b as bee } from './lib/a.js';\nimport d from './lib/a.js';\nimport * as ns from './lib/b.js';\nexport const out = a + bee + d() + ns.x;\n"),
        ("app/lib/a.js", "import { x } from './b.js';\nexport let a = x;\nexport function b() { return a; }\nexport default function () { return 1; }\n"),
        ("app/lib/b.js", "export const x = 1;\nexport { x as y };\n"),
    ])
    .unwrap();
    // Modules run in dependency order: b, a, main; then the entry.
    let names: Vec<String> = p.files.iter().map(|f| f.name.clone()).collect();
    assert_eq!(names, ["app/lib/b.js", "app/lib/a.js", "app/main.js"]);
    let entry = &p.funcs[p.entry as usize];
    assert_eq!(
        ops(&p, p.entry as usize)
            .iter()
            .filter(|o| **o == Op::Call)
            .count(),
        3
    );
    assert_eq!(entry.flags, 0);
    assert_eq!(p.exports.len(), 1);
    assert_eq!(p.exports[0].0, "out");
    let dis = disassemble(&p);
    assert!(dis.contains("fn #0 \"app/lib/b.js\""), "{dis}");
    // The default export function is named "default".
    func_named(&p, "default");
    // The namespace object is built at the start of main's code.
    let main = func_named(&p, "app/main.js");
    assert_eq!(
        ops(&p, main)[..3],
        [Op::ClearGlobal, Op::NewObject, Op::GetGlobal]
    );
    assert!(!has(&p, main, Op::GetGlobalChecked));
}

#[test]
fn reexports_resolve_through() {
    let p = compile_files(&[
        (
            "main.js",
            "import { y, z, x } from './mid.js';\nexport { y };\nexport * from './mid.js';\n",
        ),
        (
            "mid.js",
            "export * from './leaf.js';\nexport { x as z } from './leaf.js';\n",
        ),
        (
            "leaf.js",
            "export const x = 1;\nexport const y = 2;\nexport default 5;\n",
        ),
    ])
    .unwrap();
    let mut ex: Vec<&str> = p.exports.iter().map(|(n, _)| n.as_str()).collect();
    ex.sort();
    assert_eq!(ex, ["x", "y", "z"]);
    let x = p.exports.iter().find(|(n, _)| n == "x").unwrap().1;
    let z = p.exports.iter().find(|(n, _)| n == "z").unwrap().1;
    assert_eq!(x, z, "re-exports alias the same global");
    assert!(!ex.contains(&"default"));
}

#[test]
fn import_cycle_is_refused() {
    let d = error(&[
        ("a.js", "import { b } from './b.js';\nexport const a = 1;\n"),
        ("b.js", "import { a } from './a.js';\nexport const b = 2;\n"),
    ]);
    assert_eq!(
        d.kind,
        DiagKind::Semantic("import cycle: a.js -> b.js -> a.js".into())
    );
    assert_eq!(d.file.name, "b.js");
    assert_eq!(d.line_col(), (1, 19));
}

#[test]
fn missing_export_is_refused_at_the_specifier() {
    let d = error(&[
        ("main.js", "import { a,\n  nope } from './x.js';\n"),
        ("x.js", "export const a = 1;\n"),
    ]);
    assert_eq!(
        d.kind,
        DiagKind::Semantic(
            "The requested module './x.js' does not provide an export named 'nope'".into()
        )
    );
    assert_eq!(d.line_col(), (2, 3));
    let d = err1("import { server } from 'kitwork';\n");
    assert!(
        matches!(d.kind, DiagKind::Semantic(ref m) if m.contains("'kitwork' does not provide an export named 'server'"))
    );
    let d = err1("import x from 'lodash';\n");
    assert_eq!(
        d.kind,
        DiagKind::Semantic("Cannot find module 'lodash'".into())
    );
    let d = err1("import x from './missing.js';\n");
    assert_eq!(
        d.kind,
        DiagKind::Semantic("Cannot find module 'missing.js'".into())
    );
}

#[test]
fn kitwork_imports_are_builtins() {
    let p =
        compile("import { router, env } from 'kitwork';\nrouter.get(env.PORT);\nnew router();\n");
    let main = func_named(&p, "main.js");
    let code = ops(&p, main);
    assert!(code.contains(&Op::GetBuiltin));
    assert!(!code.contains(&Op::GetGlobal));
}

// ---------------------------------------------------------------- names

#[test]
fn undeclared_names_throw_at_run_time() {
    let p = compile("console.log(1);\nmissing;\nmissing = 2;\nconst t = typeof missing;\n");
    let main = func_named(&p, "main.js");
    let code = ops(&p, main);
    assert_eq!(code.iter().filter(|o| **o == Op::ThrowRef).count(), 2);
    // The read points at the identifier.
    let pc = offset_of(&p, main, Op::ThrowRef, 0);
    assert_eq!(p.position(main, pc), ("main.js", 2, 1));
    // The write points at the `=`.
    let pc = offset_of(&p, main, Op::ThrowRef, 1);
    assert_eq!(p.position(main, pc), ("main.js", 3, 9));
}

fn offset_of(p: &Program, f: usize, op: Op, nth: usize) -> usize {
    let code = &p.funcs[f].code;
    let mut pc = 0;
    let mut seen = 0;
    while pc < code.len() {
        let o = Op::from_byte(code[pc]).unwrap();
        if o == op {
            if seen == nth {
                return pc;
            }
            seen += 1;
        }
        pc += o.size();
    }
    panic!("{op:?} #{nth} not found");
}

#[test]
fn builtins_and_shadowing() {
    let p = compile(
        "const a = Math.max(1, 2);\nfunction f(Math) { return Math; }\nconst $x = $intrinsic;\n",
    );
    let f = func_named(&p, "f");
    assert!(!has(&p, f, Op::GetBuiltin));
    // `$` names are builtins only in the prelude.
    let main = func_named(&p, "main.js");
    assert!(has(&p, main, Op::ThrowRef));
    let mut loader = MemLoader(HashMap::from([(
        "p.js".to_string(),
        "$intrinsic(1);".to_string(),
    )]));
    let p = compile_graph(
        "p.js",
        &mut loader,
        &Options {
            builtins: BUILTINS,
            prelude: true,
        },
    )
    .unwrap();
    let main = func_named(&p, "p.js");
    assert!(!has(&p, main, Op::ThrowRef));
}

#[test]
fn removed_identifiers_point_at_the_identifier() {
    for (src, r, col) in [
        ("const x = 1;\nconst y = eval('1');", Removed::Eval, 11),
        (
            "const x = 1;\nconst y = new Function('a');",
            Removed::FunctionConstructor,
            15,
        ),
        (
            "const x = 1;\nconst p = Promise.resolve(1);",
            Removed::Promise,
            11,
        ),
        (
            "const x = 1;\nconst p = typeof Symbol;",
            Removed::Symbol,
            18,
        ),
        (
            "const x = 1;\nfunction f() { return Reflect; }",
            Removed::Reflect,
            23,
        ),
        (
            "const x = 1;\nconst p = new Proxy({}, {});",
            Removed::Proxy,
            15,
        ),
        ("const x = 1;\nconst p = RegExp;", Removed::Regex, 11),
    ] {
        let d = err1(src);
        assert_eq!(d.kind, DiagKind::Removed(r), "{src}");
        assert_eq!(d.line_col(), (2, col), "{src}");
    }
    // Shadowed: fine. As property names: fine.
    compile("const Symbol = 1; const o = { eval: 1 }; o.eval; o.Promise; Symbol;");
}

#[test]
fn new_on_user_functions_is_refused() {
    for src in [
        "function F() {}\nconst x = 1; new F();",
        "const f = function F() { return new F(); };",
    ] {
        let d = err1(src);
        assert_eq!(d.kind, DiagKind::Removed(Removed::NewUserFunction), "{src}");
    }
    // A variable may hold a built-in constructor (`const M = Map`): the VM
    // decides at run time, with node's message for a non-constructor.
    for src in [
        "const F = () => 1;\nnew F();",
        "function g(F) { return new F(); }",
    ] {
        let p = compile(src);
        assert!(
            p.funcs.iter().any(|f| f.code.contains(&(Op::New as u8))),
            "{src}"
        );
    }
    let d = error(&[
        ("main.js", "import { F } from './f.js';\nnew F();"),
        ("f.js", "export function F() {}"),
    ]);
    assert_eq!(d.kind, DiagKind::Removed(Removed::NewUserFunction));
    assert_eq!(d.line_col(), (2, 1));
    let p = compile("const m = new Map();\nconst o = { F() {} };\nnew o.F();\n");
    assert!(has(&p, func_named(&p, "main.js"), Op::New));
}

// ---------------------------------------------------------------- scopes

#[test]
fn captured_locals_are_boxed_and_module_bindings_are_not() {
    let p = compile("let g = 1;\nconst f = function (a, b) { let c = a; return () => c + g; };\n");
    let f = func_named(&p, "f");
    assert_eq!(ops(&p, f)[..2], [Op::ClearLocal, Op::NewCell]);
    let arrow = p
        .funcs
        .iter()
        .position(|x| x.flags & kitwork_lang::bytecode::flags::ARROW != 0)
        .unwrap();
    assert_eq!(p.funcs[arrow].captures, [Capture::Slot(3)]);
    assert!(has(&p, arrow, Op::GetGlobal));
    assert!(!has(&p, arrow, Op::GetGlobalChecked));
}

#[test]
fn tdz_checks_only_where_needed() {
    let p = compile("function f() { let a = 1; a; return () => a; }\nfunction g() { h(); let b = 2; function h() { return b; } }\n");
    assert!(!has(&p, func_named(&p, "f"), Op::GetLocalChecked));
    assert!(has(&p, func_named(&p, "h"), Op::GetUpvalChecked));
}

#[test]
fn hoisting() {
    // Function declarations run before the body; vars are undefined.
    let p = compile("f();\nfunction f() { return v; var v = 1; }\n{ g(); function g() {} }\n");
    let main = func_named(&p, "main.js");
    let code = ops(&p, main);
    assert_eq!(code[0], Op::Closure);
    let f = func_named(&p, "f");
    assert!(!has(&p, f, Op::GetLocalChecked));
    // Duplicate lexical declarations are refused.
    let d = err1("let a = 1;\nlet a = 2;");
    assert_eq!(
        d.kind,
        DiagKind::Semantic("Identifier 'a' has already been declared".into())
    );
}

#[test]
fn function_names_and_lengths() {
    let p = compile("const f = () => {};\nconst o = { m() {}, k: function () {}, 1: () => {} };\nexport default () => {};\nfunction g(a, b = 1, c) {}\nlet h; h = function () {};\n");
    for n in ["f", "m", "k", "1", "default", "g", "h"] {
        func_named(&p, n);
    }
    assert_eq!(p.funcs[func_named(&p, "g")].length, 1);
    assert_eq!(p.funcs[func_named(&p, "g")].n_params, 3);
}

#[test]
fn call_names_render_like_v8() {
    let p = compile("const o = {}; const k = 'x';\no.foo(1);\no.a.b();\no[k]();\no['x']();\nfoo2();\no.f()();\n(0, o.f)();\nfunction foo2() {}\n");
    let strs: Vec<String> = p
        .consts
        .iter()
        .filter_map(|c| match c {
            kitwork_lang::bytecode::Const::Str(s) => Some(String::from_utf16_lossy(s)),
            _ => None,
        })
        .collect();
    for want in [
        "o.foo",
        "o.a.b",
        "o[k]",
        "o.x",
        "foo2",
        "o.f(...)",
        "(0 , o.f)",
    ] {
        assert!(strs.iter().any(|s| s == want), "missing {want}: {strs:?}");
    }
}

#[test]
fn runtime_error_positions_match_node() {
    // Each case: source, the opcode that fails, (line, col) node reports.
    let cases: &[(&str, Op, (u32, u32))] = &[
        ("const obj={};\n  obj.foo(1)", Op::Call, (2, 7)),
        ("const obj={a:{}};\n  obj.a.b(1)", Op::Call, (2, 9)),
        ("const o={}; const k='z';\n  o[k](1)", Op::Call, (2, 7)),
        ("let f=1;\n   f(2)", Op::Call, (2, 4)),
        ("const x={};\n  x.y.z", Op::GetProp, (2, 7)),
        ("const c=1;\n   c = 2", Op::ThrowConst, (2, 6)),
        ("const c=1;\n  c++", Op::ThrowConst, (2, 4)),
        ("const c=1;\n  ++c", Op::ThrowConst, (2, 5)),
        ("const o={};\n  o.a.b = 3", Op::SetProp, (2, 9)),
        ("const o={};\n  1 in o.a", Op::In, (2, 5)),
        ("const o={};\n  new o.x()", Op::New, (2, 3)),
        ("function f(){ return 1; }\n  f()()", Op::Call, (2, 6)),
        ("const o={};\n  (o.f)()", Op::Call, (2, 8)),
    ];
    for (src, op, want) in cases {
        let p = compile(src);
        let main = func_named(&p, "main.js");
        let n = ops(&p, main).iter().filter(|o| *o == op).count();
        let pc = offset_of(&p, main, *op, n - 1);
        let (_, l, c) = p.position(main, pc);
        assert_eq!((l, c), *want, "{src}");
    }
    // The read of `x.y.z` where `x.y` fails: the property name of `.y`.
    let p = compile("const x={};\n  x.y.z");
    let main = func_named(&p, "main.js");
    let pc = offset_of(&p, main, Op::GetProp, 0);
    assert_eq!(p.position(main, pc), ("main.js", 2, 5));
}

#[test]
fn limits() {
    let params: Vec<String> = (0..256).map(|i| format!("p{i}")).collect();
    let d = err1(&format!("function f({}) {{}}", params.join(", ")));
    assert!(matches!(d.kind, DiagKind::Semantic(ref m) if m.contains("too many parameters")));
    let args: Vec<String> = (0..256).map(|i| i.to_string()).collect();
    let d = err1(&format!("console.log({});", args.join(", ")));
    assert!(matches!(d.kind, DiagKind::Semantic(ref m) if m.contains("too many arguments")));
}

#[test]
fn break_and_continue_in_loops() {
    let p = compile("for (const x of [1]) { if (x) break; if (!x) continue; }\nfor (let i = 0; ; i++) { if (i) break; continue; }\nfor (const k in {}) { break; }\n");
    let main = func_named(&p, "main.js");
    let code = ops(&p, main);
    assert_eq!(code.iter().filter(|o| **o == Op::IterNext).count(), 2);
    let d = err1("break;");
    assert!(matches!(
        d.kind,
        DiagKind::Semantic(_) | DiagKind::Syntax(_)
    ));
}
