//! Every removed construct of LANGUAGE.md, end to end: `kitwork check`
//! refuses it with file:line:col, the construct's name, why it was removed
//! and what to write instead, in English and (with `--locale vi`) Vietnamese.

use kitwork_lang::{Locale, Removed};
use std::process::Command;

/// One program per removed construct, with where the diagnostic points.
const CASES: &[(Removed, &str, u32, u32)] = &[
    (Removed::While, "let i = 0\nwhile (i < 3) i++\n", 2, 1),
    (
        Removed::DoWhile,
        "let i = 0\ndo { i++ } while (i < 3)\n",
        2,
        1,
    ),
    (
        Removed::Try,
        "try {\n  JSON.parse(\"x\")\n} catch (e) {}\n",
        1,
        1,
    ),
    (
        Removed::Throw,
        "function f() {\n  throw new Error(\"x\")\n}\n",
        2,
        3,
    ),
    (
        Removed::Switch,
        "const x = 1\nswitch (x) { case 1: break }\n",
        2,
        1,
    ),
    (Removed::Class, "class User {}\n", 1, 1),
    (Removed::Async, "const load = async () => 1\n", 1, 14),
    (
        Removed::Await,
        "function f(g) {\n  return await g()\n}\n",
        2,
        10,
    ),
    (Removed::Promise, "const p = Promise.resolve(1)\n", 1, 11),
    (Removed::Generator, "function* ids() {}\n", 1, 1),
    (Removed::Yield, "function f() {\n  yield 1\n}\n", 2, 3),
    (Removed::Eval, "const v = eval(\"1 + 1\")\n", 1, 11),
    (
        Removed::FunctionConstructor,
        "const f = new Function(\"return 1\")\n",
        1,
        15,
    ),
    (Removed::With, "const o = {}\nwith (o) {}\n", 2, 1),
    (
        Removed::Label,
        "outer: for (let i = 0; i < 3; i++) {}\n",
        1,
        1,
    ),
    (Removed::Regex, "const parts = \"a,b\".split(/,/)\n", 1, 27),
    (
        Removed::GetterSetter,
        "const o = {\n  get total() { return 1 }\n}\n",
        2,
        3,
    ),
    (Removed::Proxy, "const p = new Proxy({}, {})\n", 1, 15),
    (Removed::Reflect, "const k = Reflect.ownKeys({})\n", 1, 11),
    (Removed::Symbol, "const s = Symbol(\"id\")\n", 1, 11),
    (
        Removed::NewUserFunction,
        "function User(name) { return { name } }\nconst u = new User(\"a\")\n",
        2,
        11,
    ),
];

/// TypeScript's removed constructs, in `.ts` files (in a `.js` file they are
/// plain syntax errors).
const TS_CASES: &[(Removed, &str, u32, u32)] = &[
    (
        Removed::Enum,
        "const a: number = 1
enum Color { Red, Green }
",
        2,
        1,
    ),
    (
        Removed::Namespace,
        "namespace Util {
  export const x = 1
}
",
        1,
        1,
    ),
    (
        Removed::Decorator,
        "const o = {
  @memo total() { return 1 }
}
",
        2,
        3,
    ),
];

fn check(path: &str, locale: &str) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_kitwork"))
        .args(["check", path, "--locale", locale])
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_removed_construct_is_a_compile_error_with_its_lesson() {
    for r in Removed::ALL {
        assert!(
            CASES.iter().chain(TS_CASES).any(|c| c.0 == r),
            "no end-to-end case for {r:?}"
        );
    }
    let dir = std::env::temp_dir().join(format!("kitwork-removed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut failures = Vec::new();
    let ts = vec![false; CASES.len()]
        .into_iter()
        .chain(vec![true; TS_CASES.len()]);
    for (i, ((r, src, line, col), ts)) in CASES.iter().chain(TS_CASES).zip(ts).enumerate() {
        let path = dir.join(format!("case{i}.{}", if ts { "ts" } else { "js" }));
        std::fs::write(&path, src).unwrap();
        let path = path.to_string_lossy().into_owned();
        for (flag, locale) in [("en", Locale::En), ("vi", Locale::Vi)] {
            let (code, stdout, stderr) = check(&path, flag);
            let want = format!("{path}:{line}:{col}: {}", r.message(locale));
            if code != Some(2) || !stdout.is_empty() || stderr.lines().next() != Some(want.as_str())
            {
                failures.push(format!(
                    "{r:?} ({flag}): exit {code:?}\n  got  {:?}\n  want {want:?}",
                    stderr.lines().next()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
