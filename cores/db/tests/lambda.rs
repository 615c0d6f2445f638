//! Lambda source text to conditions, and the refusals with positions.

use kitwork_db::builder::{CmpOp, Cond, Op, Query};
use kitwork_db::lambda::{translate, Lambda};
use kitwork_db::{DbErrorKind, Dialect, SqlValue};

fn sql(src: &str, vars: &[(&str, SqlValue)]) -> (String, Vec<SqlValue>) {
    let mut resolve = |name: &str| {
        vars.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.clone())
    };
    let c = translate(src, "app.kitwork.js", 1, 1, &mut resolve)
        .unwrap_or_else(|e| panic!("{src}: {e}"));
    let mut q = Query::new("t");
    q.wheres.push(c);
    let b = q.build(&Op::List(None), Dialect::Sqlite, false).unwrap();
    let where_ = b
        .sql
        .trim_start_matches("SELECT * FROM \"t\" WHERE ")
        .to_string();
    (where_, b.params)
}

fn refused(src: &str, line: u32, col: u32) -> String {
    let e = translate(src, "app.kitwork.js", line, col, &mut |n| {
        (n == "known").then_some(SqlValue::Int(1))
    })
    .unwrap_err();
    assert_eq!(e.kind, DbErrorKind::Refused, "{src}");
    e.message
}

fn t(s: &str) -> SqlValue {
    SqlValue::Text(s.into())
}

#[test]
fn the_issue_example() {
    let (s, p) = sql(r#"u => u.price > 500 && u.role == "admin""#, &[]);
    assert_eq!(s, r#""price" > ?1 AND "role" = ?2"#);
    assert_eq!(p, vec![SqlValue::Int(500), t("admin")]);
}

#[test]
fn operators_and_order() {
    let (s, p) = sql("(u) => 500 < u.price", &[]);
    assert_eq!(s, r#""price" > ?1"#);
    assert_eq!(p, vec![SqlValue::Int(500)]);
    let (s, _) = sql(
        "u => u.a === 1 || u.b !== 2 && !(u.c <= 3) || 4 >= u.d",
        &[],
    );
    assert_eq!(
        s,
        r#"("a" = ?1 OR ("b" <> ?2 AND NOT ("c" <= ?3)) OR "d" <= ?4)"#
    );
    let (s, _) = sql("u => (u.a != 1)", &[]);
    assert_eq!(s, r#""a" <> ?1"#);
    let (s, p) = sql("u => u.x == -2.5 && u.y == 1e3 && u.z == 2.5", &[]);
    assert_eq!(s, r#""x" = ?1 AND "y" = ?2 AND "z" = ?3"#);
    assert_eq!(
        p,
        vec![
            SqlValue::Float(-2.5),
            SqlValue::Int(1000),
            SqlValue::Float(2.5)
        ]
    );
}

#[test]
fn columns_forms() {
    let (s, _) = sql(r#"u => u["first_name"] == "a""#, &[]);
    assert_eq!(s, r#""first_name" = ?1"#);
    let (s, _) = sql(r#"u => u.user.role == "admin" && u.post.id > 3"#, &[]);
    assert_eq!(s, r#""user"."role" = ?1 AND "post"."id" > ?2"#);
    // Column against column; bare boolean columns.
    let (s, p) = sql("u => u.a > u.b", &[]);
    assert_eq!(s, r#""a" > "b""#);
    assert!(p.is_empty());
    let (s, p) = sql("u => u.active && !u.banned", &[]);
    assert_eq!(s, r#""active" = ?1 AND NOT ("banned" = ?2)"#);
    assert_eq!(p, vec![SqlValue::Bool(true), SqlValue::Bool(true)]);
}

#[test]
fn auto_in_like_null() {
    let (s, p) = sql("u => u.id == [1, 2, 3]", &[]);
    assert_eq!(s, r#""id" IN (?1, ?2, ?3)"#);
    assert_eq!(p.len(), 3);
    let (s, _) = sql("u => u.id != []", &[]);
    assert_eq!(s, "1 = 1");
    let (s, _) = sql("u => u.id == []", &[]);
    assert_eq!(s, "1 = 0");
    let (s, _) = sql(r#"u => u.name == "an%""#, &[]);
    assert_eq!(s, r#""name" LIKE ?1"#);
    let (s, _) = sql("u => u.deleted_at == null && u.x != undefined", &[]);
    assert_eq!(s, r#""deleted_at" IS NULL AND "x" IS NOT NULL"#);
    let (s, _) = sql("u => null == u.deleted_at", &[]);
    assert_eq!(s, r#""deleted_at" IS NULL"#);
    // Captured arrays arrive as JSON text.
    let (s, p) = sql(
        "u => u.id == ids",
        &[("ids", SqlValue::Json("[4,5]".into()))],
    );
    assert_eq!(s, r#""id" IN (?1, ?2)"#);
    assert_eq!(p, vec![SqlValue::Int(4), SqlValue::Int(5)]);
    let (s, _) = sql("u => u.id == [a, 2]", &[("a", SqlValue::Int(1))]);
    assert_eq!(s, r#""id" IN (?1, ?2)"#);
}

#[test]
fn captured_variables() {
    let vars = [
        ("min", SqlValue::Int(10)),
        ("filters.role", t("admin")),
        ("q", t("%bob%")),
    ];
    let (s, p) = sql(
        "u => u.price >= min && u.role == filters.role && u.name == q",
        &vars,
    );
    assert_eq!(s, r#""price" >= ?1 AND "role" = ?2 AND "name" LIKE ?3"#);
    assert_eq!(p, vec![SqlValue::Int(10), t("admin"), t("%bob%")]);
    // A compiled lambda binds new values on each call.
    let l = Lambda::compile("u => u.price > min", "a.js", 1, 1).unwrap();
    for n in [1, 2] {
        let c = l.bind(&mut |_| Some(SqlValue::Int(n))).unwrap();
        assert_eq!(
            c,
            Cond::Cmp {
                col: "price".into(),
                op: CmpOp::Gt,
                value: SqlValue::Int(n)
            }
        );
    }
    // A value that is a string is never SQL, whatever it holds.
    let (s, p) = sql("u => u.name == evil", &[("evil", t("' OR 1=1 --"))]);
    assert_eq!(s, r#""name" = ?1"#);
    assert_eq!(p, vec![t("' OR 1=1 --")]);
}

#[test]
fn refusals_say_what_and_where() {
    let m = refused("u => u.name == lower(\"X\")", 3, 10);
    assert!(m.starts_with("app.kitwork.js:3:25:"), "{m}");
    assert!(m.contains("calls a function"), "{m}");
    let m = refused("u => u.name == \"x\" || 1 == 1", 1, 1);
    assert!(m.starts_with("app.kitwork.js:1:23:"), "{m}");
    assert!(m.contains("not columns"), "{m}");
    let m = refused("u => u.price * 2 > 10", 1, 1);
    assert!(m.contains("arithmetic"), "{m}");
    assert!(m.starts_with("app.kitwork.js:1:6:"), "{m}");
    let m = refused("u => `a${u.x}` == u.y", 1, 1);
    assert!(m.contains("template"), "{m}");
    let m = refused("u => { return u.a == 1 }", 1, 1);
    assert!(m.contains("block body"), "{m}");
    let m = refused("(u, v) => u.a == v", 1, 1);
    assert!(m.contains("exactly one"), "{m}");
    let m = refused("function (u) { return u.a == 1 }", 1, 1);
    assert!(m.contains("arrow"), "{m}");
    let m = refused("({a}) => a == 1", 1, 1);
    assert!(m.contains("destructured"), "{m}");
    let m = refused("u => u.a == unknownVar", 1, 1);
    assert!(m.contains("unknownVar"), "{m}");
    assert!(m.starts_with("app.kitwork.js:1:13:"), "{m}");
    let m = refused("u => u.a < null", 1, 1);
    assert!(m.contains("null"), "{m}");
    let m = refused("u => u.a > [1]", 1, 1);
    assert!(m.contains("array"), "{m}");
    let m = refused("u => u == 1", 1, 1);
    assert!(m.contains("whole row"), "{m}");
    let m = refused("u => u.a.b.c == 1", 1, 1);
    assert!(m.contains("table.name"), "{m}");
    let m = refused("u => u[known] == 1", 1, 1);
    assert!(m.contains("string literal"), "{m}");
    let m = refused("u => u[\"a b\"] == 1", 1, 1);
    assert!(m.contains("not a valid column"), "{m}");
    let m = refused("u => u?.a == 1", 1, 1);
    assert!(m.contains("optional"), "{m}");
    let m = refused("u => u.a = 1", 1, 1);
    assert!(m.contains("assign"), "{m}");
    let m = refused("u => u.a ?? 1", 1, 1);
    assert!(m.contains("??"), "{m}");
    let m = refused("u => u.a == (known ? 1 : 2)", 1, 1);
    assert!(m.contains("?:"), "{m}");
    let m = refused("u => known", 1, 1);
    assert!(m.contains("comparison"), "{m}");
    let m = refused("u => u.a == ", 1, 1);
    assert!(m.contains("does not parse"), "{m}");
    let m = refused("u => u.a == 1) || (1", 1, 1);
    assert!(
        m.contains("where() takes") || m.contains("does not parse"),
        "{m}"
    );
    let m = refused("", 1, 1);
    assert!(m.contains("parse") || m.contains("arrow"), "{m}");
}

#[test]
fn positions_on_later_lines() {
    let src = "u =>\n  u.a == 1 &&\n    f(u.b)";
    let m = refused(src, 7, 20);
    assert!(m.starts_with("app.kitwork.js:9:5:"), "{m}");
}

#[test]
fn hostile_sources_do_not_panic() {
    let deep = format!("u => {}u.a == 1{}", "(".repeat(5000), ")".repeat(5000));
    let _ = translate(&deep, "a.js", 1, 1, &mut |_| None);
    let long = format!("u => {}", "u.a == 1 && ".repeat(3000));
    let _ = translate(&long, "a.js", 1, 1, &mut |_| None);
    let nots = format!("u => {}u.a", "!".repeat(10_000));
    let _ = translate(&nots, "a.js", 1, 1, &mut |_| None);
    for src in [
        "\u{2028}",
        "u => u.a == \"\\uD800\"",
        "u => u.é == 1",
        "u => 0x == 1",
        "é => é.a == 1",
        "u=>u.a==1//",
    ] {
        let _ = translate(src, "a.js", 1, 1, &mut |_| None);
    }
    let ok = translate("é => é.a == 1", "a.js", 1, 1, &mut |_| None);
    assert!(ok.is_ok(), "{ok:?}");
}

#[test]
fn cache_keeps_positions_and_values_apart() {
    let src = "u => u.a == v";
    for (line, col) in [(3, 5), (8, 1), (3, 5)] {
        let e = translate(src, "f.js", line, col, &mut |_| None).unwrap_err();
        assert!(
            e.message.starts_with(&format!("f.js:{line}:{}:", col + 12)),
            "{}",
            e.message
        );
    }
    for n in 0..3 {
        let c = translate(src, "f.js", 3, 5, &mut |_| Some(SqlValue::Int(n))).unwrap();
        assert_eq!(
            c,
            Cond::Cmp {
                col: "a".into(),
                op: CmpOp::Eq,
                value: SqlValue::Int(n)
            }
        );
    }
    let e = translate(src, "g.js", 3, 5, &mut |_| None).unwrap_err();
    assert!(e.message.starts_with("g.js:3:17:"), "{}", e.message);
    // The cache is keyed by position: another source at the same file
    // and position (a reloaded module) is its own lambda.
    let c = translate("u => u.b > 1", "f.js", 3, 5, &mut |_| None).unwrap();
    assert_eq!(
        c,
        Cond::Cmp {
            col: "b".into(),
            op: CmpOp::Gt,
            value: SqlValue::Int(1)
        }
    );
    let c = translate(src, "f.js", 3, 5, &mut |_| Some(SqlValue::Int(7))).unwrap();
    assert_eq!(
        c,
        Cond::Cmp {
            col: "a".into(),
            op: CmpOp::Eq,
            value: SqlValue::Int(7)
        }
    );
}
