//! The SQL each builder operation generates, in both dialects.

use kitwork_db::builder::{raw, Built, CmpOp, Cond, Join, JoinKind, Op, Order, Query, Shape};
use kitwork_db::{DbErrorKind, Dialect, SqlValue};

const S: Dialect = Dialect::Sqlite;
const P: Dialect = Dialect::Postgres;

fn t(s: &str) -> SqlValue {
    SqlValue::Text(s.into())
}

/// `(sqlite sql, postgres sql)` of one op, with params and shape checked
/// equal across dialects.
fn both(q: &Query, op: &Op, soft: bool) -> (String, String, Vec<SqlValue>, Shape) {
    let a = q
        .build(op, S, soft)
        .unwrap_or_else(|e| panic!("{op:?}: {e}"));
    let b = q
        .build(op, P, soft)
        .unwrap_or_else(|e| panic!("{op:?}: {e}"));
    assert_eq!(a.params, b.params);
    assert_eq!(a.shape, b.shape);
    (a.sql, b.sql, a.params, a.shape)
}

fn users() -> Query {
    let mut q = Query::new("user");
    q.wheres.push(Cond::And(vec![
        Cond::Cmp {
            col: "price".into(),
            op: CmpOp::Gt,
            value: SqlValue::Int(500),
        },
        Cond::eq("role", t("admin")).unwrap(),
    ]));
    q
}

#[test]
fn list_plain_and_filtered() {
    let q = Query::new("user");
    let (s, p, params, shape) = both(&q, &Op::List(Some(10)), false);
    assert_eq!(s, r#"SELECT * FROM "user" LIMIT 10"#);
    assert_eq!(p, r#"SELECT * FROM "user" LIMIT 10"#);
    assert!(params.is_empty());
    assert_eq!(shape, Shape::Rows);

    let (s, p, params, _) = both(&users(), &Op::List(None), false);
    assert_eq!(
        s,
        r#"SELECT * FROM "user" WHERE "price" > ?1 AND "role" = ?2"#
    );
    assert_eq!(
        p,
        r#"SELECT * FROM "user" WHERE "price" > $1 AND "role" = $2"#
    );
    assert_eq!(params, vec![SqlValue::Int(500), t("admin")]);
}

#[test]
fn list_soft_sort_skip_take_select() {
    let mut q = users();
    q.sort = vec![
        ("created_at".into(), Order::Desc),
        ("id".into(), Order::Asc),
    ];
    q.skip = Some(20);
    q.take = Some(5);
    q.select = vec!["id".into(), "name".into()];
    let (s, p, _, _) = both(&q, &Op::List(Some(50)), true);
    assert_eq!(
        s,
        r#"SELECT "id", "name" FROM "user" WHERE "deleted_at" IS NULL AND "price" > ?1 AND "role" = ?2 ORDER BY "created_at" DESC, "id" ASC LIMIT 5 OFFSET 20"#
    );
    assert_eq!(
        p,
        r#"SELECT "id", "name" FROM "user" WHERE "deleted_at" IS NULL AND "price" > $1 AND "role" = $2 ORDER BY "created_at" DESC, "id" ASC LIMIT 5 OFFSET 20"#
    );
    // skip without any limit: SQLite needs LIMIT -1.
    let mut q = Query::new("user");
    q.skip = Some(3);
    let (s, p, _, _) = both(&q, &Op::List(None), false);
    assert_eq!(s, r#"SELECT * FROM "user" LIMIT -1 OFFSET 3"#);
    assert_eq!(p, r#"SELECT * FROM "user" OFFSET 3"#);
}

#[test]
fn first_last_find() {
    let q = Query::new("user");
    let (s, p, _, shape) = both(&q, &Op::First, true);
    assert_eq!(
        s,
        r#"SELECT * FROM "user" WHERE "deleted_at" IS NULL ORDER BY "id" ASC LIMIT 1"#
    );
    assert_eq!(p, s);
    assert_eq!(shape, Shape::Row);
    let (s, _, _, _) = both(&q, &Op::Last, false);
    assert_eq!(s, r#"SELECT * FROM "user" ORDER BY "id" DESC LIMIT 1"#);
    // Sorted: last is the reversed sort.
    let mut q2 = Query::new("user");
    q2.sort = vec![("name".into(), Order::Asc), ("age".into(), Order::Desc)];
    let (s, _, _, _) = both(&q2, &Op::Last, false);
    assert_eq!(
        s,
        r#"SELECT * FROM "user" ORDER BY "name" DESC, "age" ASC LIMIT 1"#
    );
    let (s, _, _, _) = both(&q2, &Op::First, false);
    assert_eq!(
        s,
        r#"SELECT * FROM "user" ORDER BY "name" ASC, "age" DESC LIMIT 1"#
    );

    let (s, p, params, shape) = both(&users(), &Op::Find(SqlValue::Int(7)), true);
    assert_eq!(
        s,
        r#"SELECT * FROM "user" WHERE "deleted_at" IS NULL AND "price" > ?1 AND "role" = ?2 AND "id" = ?3 LIMIT 1"#
    );
    assert_eq!(
        p,
        r#"SELECT * FROM "user" WHERE "deleted_at" IS NULL AND "price" > $1 AND "role" = $2 AND "id" = $3 LIMIT 1"#
    );
    assert_eq!(params.len(), 3);
    assert_eq!(shape, Shape::Row);
}

#[test]
fn exists_count_aggregates() {
    let q = users();
    let (s, p, _, shape) = both(&q, &Op::Exists, false);
    assert_eq!(
        s,
        r#"SELECT 1 FROM "user" WHERE "price" > ?1 AND "role" = ?2 LIMIT 1"#
    );
    assert_eq!(
        p,
        r#"SELECT 1 FROM "user" WHERE "price" > $1 AND "role" = $2 LIMIT 1"#
    );
    assert_eq!(shape, Shape::Exists);
    let mut q2 = q.clone();
    q2.take = Some(3);
    q2.sort = vec![("id".into(), Order::Asc)];
    let (s, _, _, shape) = both(&q2, &Op::Count, true);
    assert_eq!(
        s,
        r#"SELECT COUNT(*) FROM "user" WHERE "deleted_at" IS NULL AND "price" > ?1 AND "role" = ?2"#
    );
    assert_eq!(shape, Shape::Count);
    let (s, p, _, shape) = both(&Query::new("order"), &Op::Sum("total".into()), false);
    assert_eq!(s, r#"SELECT SUM("total") FROM "order""#);
    assert_eq!(
        p,
        r#"SELECT CAST(SUM("total") AS DOUBLE PRECISION) FROM "order""#
    );
    assert_eq!(shape, Shape::Value);
    let (s, p, _, _) = both(&Query::new("order"), &Op::Avg("total".into()), false);
    assert_eq!(s, r#"SELECT AVG("total") FROM "order""#);
    assert_eq!(
        p,
        r#"SELECT CAST(AVG("total") AS DOUBLE PRECISION) FROM "order""#
    );
    let (s, p, _, _) = both(&Query::new("order"), &Op::Min("total".into()), false);
    assert_eq!(s, r#"SELECT MIN("total") FROM "order""#);
    assert_eq!(p, s);
    let (s, p, _, _) = both(&Query::new("order"), &Op::Max("total".into()), false);
    assert_eq!(s, r#"SELECT MAX("total") FROM "order""#);
    assert_eq!(p, s);
}

#[test]
fn create_and_insert() {
    let q = Query::new("user");
    let row = vec![
        ("name".to_string(), t("Ann")),
        ("age".to_string(), SqlValue::Int(30)),
    ];
    let (s, p, params, shape) = both(&q, &Op::Create(row.clone()), false);
    assert_eq!(
        s,
        r#"INSERT INTO "user" ("name", "age") VALUES (?1, ?2) RETURNING *"#
    );
    assert_eq!(
        p,
        r#"INSERT INTO "user" ("name", "age") VALUES ($1, $2) RETURNING *"#
    );
    assert_eq!(params, vec![t("Ann"), SqlValue::Int(30)]);
    assert_eq!(shape, Shape::Row);
    let (s, _, _, _) = both(&q, &Op::Create(vec![]), false);
    assert_eq!(s, r#"INSERT INTO "user" DEFAULT VALUES RETURNING *"#);

    // Many rows; the second lists its columns in another order.
    let row2 = vec![
        ("age".to_string(), SqlValue::Int(41)),
        ("name".to_string(), t("Bo")),
    ];
    let (s, p, params, shape) = both(&q, &Op::Insert(vec![row.clone(), row2]), false);
    assert_eq!(
        s,
        r#"INSERT INTO "user" ("name", "age") VALUES (?1, ?2), (?3, ?4) RETURNING *"#
    );
    assert_eq!(
        p,
        r#"INSERT INTO "user" ("name", "age") VALUES ($1, $2), ($3, $4) RETURNING *"#
    );
    assert_eq!(
        params,
        vec![t("Ann"), SqlValue::Int(30), t("Bo"), SqlValue::Int(41)]
    );
    assert_eq!(shape, Shape::Rows);

    // Rows with different columns are refused.
    let bad = vec![("name".to_string(), t("Cy"))];
    let e = q.build(&Op::Insert(vec![row, bad]), S, false).unwrap_err();
    assert_eq!(e.kind, DbErrorKind::Refused);
    assert_eq!(
        q.build(&Op::Insert(vec![]), S, false).unwrap_err().kind,
        DbErrorKind::Refused
    );
}

#[test]
fn update_increment_delete_destroy() {
    let mut q = Query::new("user");
    q.wheres.push(Cond::eq("id", SqlValue::Int(3)).unwrap());
    let set = vec![("name".to_string(), t("Zed"))];
    let (s, p, params, shape) = both(&q, &Op::Update(set.clone()), true);
    assert_eq!(
        s,
        r#"UPDATE "user" SET "name" = ?1 WHERE "deleted_at" IS NULL AND "id" = ?2 RETURNING *"#
    );
    assert_eq!(
        p,
        r#"UPDATE "user" SET "name" = $1 WHERE "deleted_at" IS NULL AND "id" = $2 RETURNING *"#
    );
    assert_eq!(params, vec![t("Zed"), SqlValue::Int(3)]);
    assert_eq!(shape, Shape::Rows);

    let (s, p, _, _) = both(&q, &Op::Increment("visits".into(), SqlValue::Int(2)), false);
    assert_eq!(
        s,
        r#"UPDATE "user" SET "visits" = COALESCE("visits", 0) + ?1 WHERE "id" = ?2 RETURNING *"#
    );
    assert_eq!(
        p,
        r#"UPDATE "user" SET "visits" = COALESCE("visits", 0) + $1 WHERE "id" = $2 RETURNING *"#
    );

    let (s, p, _, shape) = both(&q, &Op::Delete, true);
    assert_eq!(
        s,
        r#"UPDATE "user" SET "deleted_at" = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE "deleted_at" IS NULL AND "id" = ?1"#
    );
    assert_eq!(
        p,
        r#"UPDATE "user" SET "deleted_at" = now() WHERE "deleted_at" IS NULL AND "id" = $1"#
    );
    assert_eq!(shape, Shape::Affected);
    let (s, p, _, _) = both(&q, &Op::Delete, false);
    assert_eq!(s, r#"DELETE FROM "user" WHERE "id" = ?1"#);
    assert_eq!(p, r#"DELETE FROM "user" WHERE "id" = $1"#);
    // destroy ignores soft delete: it removes soft-deleted rows too.
    let (s, p, _, shape) = both(&q, &Op::Destroy, true);
    assert_eq!(s, r#"DELETE FROM "user" WHERE "id" = ?1"#);
    assert_eq!(p, r#"DELETE FROM "user" WHERE "id" = $1"#);
    assert_eq!(shape, Shape::Affected);
}

#[test]
fn writes_without_where_are_refused() {
    let q = Query::new("user");
    let mut trivially = Query::new("user");
    trivially
        .wheres
        .push(Cond::from_pairs(Vec::<(String, SqlValue)>::new()).unwrap());
    trivially.wheres.push(Cond::And(vec![Cond::Const(true)]));
    for q in [&q, &trivially] {
        for op in [
            Op::Update(vec![("a".into(), SqlValue::Int(1))]),
            Op::Increment("a".into(), SqlValue::Int(1)),
            Op::Delete,
            Op::Destroy,
        ] {
            for d in [S, P] {
                for soft in [false, true] {
                    let e = q.build(&op, d, soft).unwrap_err();
                    assert_eq!(e.kind, DbErrorKind::Refused, "{op:?}");
                    assert!(e.message.contains("without a where"), "{}", e.message);
                }
            }
        }
    }
    // Empty update, non-number increment, writes with take are refused too.
    let mut q = Query::new("user");
    q.wheres.push(Cond::eq("id", SqlValue::Int(1)).unwrap());
    assert!(q.build(&Op::Update(vec![]), S, false).is_err());
    assert!(q
        .build(&Op::Increment("a".into(), t("1")), S, false)
        .is_err());
    q.take = Some(1);
    assert!(q.build(&Op::Destroy, S, false).is_err());
}

#[test]
fn conditions_auto_forms() {
    let q = |c: Cond| {
        let mut q = Query::new("t");
        q.wheres.push(c);
        let s = q.build(&Op::List(None), S, false).unwrap();
        let p = q.build(&Op::List(None), P, false).unwrap();
        (s, p)
    };
    let (s, p) = q(Cond::eq("id", SqlValue::Json("[1,2,3]".into())).unwrap());
    assert_eq!(s.sql, r#"SELECT * FROM "t" WHERE "id" IN (?1, ?2, ?3)"#);
    assert_eq!(p.sql, r#"SELECT * FROM "t" WHERE "id" IN ($1, $2, $3)"#);
    assert_eq!(
        s.params,
        vec![SqlValue::Int(1), SqlValue::Int(2), SqlValue::Int(3)]
    );
    let (s, _) = q(Cond::compare("id", CmpOp::Ne, SqlValue::Json("[\"a\"]".into())).unwrap());
    assert_eq!(s.sql, r#"SELECT * FROM "t" WHERE "id" NOT IN (?1)"#);
    // Empty arrays: IN () is false, NOT IN () is true.
    let (s, _) = q(Cond::eq("id", SqlValue::Json("[]".into())).unwrap());
    assert_eq!(s.sql, r#"SELECT * FROM "t" WHERE 1 = 0"#);
    let (s, _) = q(Cond::compare("id", CmpOp::Ne, SqlValue::Json("[]".into())).unwrap());
    assert_eq!(s.sql, r#"SELECT * FROM "t" WHERE 1 = 1"#);
    // null inside an array.
    let (s, _) = q(Cond::eq("id", SqlValue::Json("[1,null]".into())).unwrap());
    assert_eq!(
        s.sql,
        r#"SELECT * FROM "t" WHERE ("id" IN (?1) OR "id" IS NULL)"#
    );
    let (s, _) = q(Cond::eq("name", t("an%")).unwrap());
    assert_eq!(s.sql, r#"SELECT * FROM "t" WHERE "name" LIKE ?1"#);
    let (s, _) = q(Cond::compare("name", CmpOp::Ne, t("%x")).unwrap());
    assert_eq!(s.sql, r#"SELECT * FROM "t" WHERE "name" NOT LIKE ?1"#);
    let (s, _) = q(Cond::eq("deleted", SqlValue::Null).unwrap());
    assert_eq!(s.sql, r#"SELECT * FROM "t" WHERE "deleted" IS NULL"#);
    let (s, _) = q(Cond::compare("deleted", CmpOp::Ne, SqlValue::Null).unwrap());
    assert_eq!(s.sql, r#"SELECT * FROM "t" WHERE "deleted" IS NOT NULL"#);
    assert!(Cond::compare("a", CmpOp::Lt, SqlValue::Null).is_err());
    assert!(Cond::compare("a", CmpOp::Lt, SqlValue::Json("[1]".into())).is_err());
    // A JSON object is a plain value.
    let (s, _) = q(Cond::eq("meta", SqlValue::Json("{\"a\":1}".into())).unwrap());
    assert_eq!(s.sql, r#"SELECT * FROM "t" WHERE "meta" = ?1"#);
    // OR / NOT / nesting and booleans.
    let (s, p) = q(Cond::Or(vec![
        Cond::And(vec![
            Cond::eq("a", SqlValue::Int(1)).unwrap(),
            Cond::eq("b", SqlValue::Bool(true)).unwrap(),
        ]),
        Cond::Not(Box::new(Cond::eq("c", t("x")).unwrap())),
        Cond::Cols {
            left: "d".into(),
            op: CmpOp::Le,
            right: "e".into(),
        },
    ]));
    assert_eq!(
        s.sql,
        r#"SELECT * FROM "t" WHERE (("a" = ?1 AND "b" = ?2) OR NOT ("c" = ?3) OR "d" <= "e")"#
    );
    assert_eq!(
        p.sql,
        r#"SELECT * FROM "t" WHERE (("a" = $1 AND "b" = $2) OR NOT ("c" = $3) OR "d" <= "e")"#
    );
    // The object form.
    let c = Cond::from_pairs(vec![
        ("role", t("admin")),
        ("id", SqlValue::Json("[1,2]".into())),
    ])
    .unwrap();
    let (s, _) = q(c);
    assert_eq!(
        s.sql,
        r#"SELECT * FROM "t" WHERE "role" = ?1 AND "id" IN (?2, ?3)"#
    );
}

#[test]
fn joins_qualify() {
    let mut q = Query::new("post");
    q.joins.push(Join {
        table: "user".into(),
        left: "post.user_id".into(),
        right: "user.id".into(),
        kind: JoinKind::Inner,
    });
    q.joins.push(Join {
        table: "tag".into(),
        left: "post.tag_id".into(),
        right: "tag.id".into(),
        kind: JoinKind::Left,
    });
    q.select = vec!["post.id".into(), "user.name".into()];
    q.wheres.push(Cond::eq("user.role", t("admin")).unwrap());
    let (s, p, _, _) = both(&q, &Op::First, true);
    assert_eq!(
        s,
        r#"SELECT "post"."id", "user"."name" FROM "post" JOIN "user" ON "post"."user_id" = "user"."id" LEFT JOIN "tag" ON "post"."tag_id" = "tag"."id" WHERE "post"."deleted_at" IS NULL AND "user"."role" = ?1 ORDER BY "post"."id" ASC LIMIT 1"#
    );
    assert_eq!(p, s.replace("?1", "$1"));
    let (s, _, _, _) = both(&q, &Op::Find(SqlValue::Int(1)), false);
    assert!(s.contains(r#"AND "post"."id" = ?2 LIMIT 1"#), "{s}");
    // Writes with joins are refused.
    assert!(q.build(&Op::Destroy, S, false).is_err());
}

#[test]
fn identifiers_are_validated() {
    for bad in [
        "user; DROP TABLE x",
        "a\"b",
        "",
        "1abc",
        "a b",
        "a.b.c",
        "é",
        "x--",
        &"a".repeat(64),
    ] {
        let q = Query::new(bad);
        let e = q.build(&Op::List(None), S, false).unwrap_err();
        assert_eq!(e.kind, DbErrorKind::Refused, "{bad}");
        let mut q = Query::new("t");
        q.wheres.push(Cond::eq(bad, SqlValue::Int(1)).unwrap());
        assert_eq!(
            q.build(&Op::List(None), P, false).unwrap_err().kind,
            DbErrorKind::Refused
        );
        let q = Query::new("t");
        let e = q.build(
            &Op::Create(vec![(bad.to_string(), SqlValue::Int(1))]),
            S,
            false,
        );
        assert_eq!(e.unwrap_err().kind, DbErrorKind::Refused);
        let mut q = Query::new("t");
        q.sort.push((bad.into(), Order::Asc));
        assert!(q.build(&Op::First, S, false).is_err());
        let q = Query::new("t");
        assert!(q.build(&Op::Sum(bad.to_string()), S, false).is_err());
    }
    // A table is never qualified; 63 characters is the limit.
    assert!(Query::new("a.b").build(&Op::List(None), S, false).is_err());
    assert!(Query::new("a".repeat(63))
        .build(&Op::List(None), S, false)
        .is_ok());
}

#[test]
fn too_many_params_refused() {
    let mut q = Query::new("t");
    let values: Vec<String> = (0..30_001).map(|i| i.to_string()).collect();
    q.wheres
        .push(Cond::eq("id", SqlValue::Json(format!("[{}]", values.join(",")))).unwrap());
    assert_eq!(
        q.build(&Op::List(None), S, false).unwrap_err().kind,
        DbErrorKind::Refused
    );
}

#[test]
fn raw_placeholders() {
    let b: Built = raw(
        "SELECT * FROM t WHERE a = ? AND b = ?",
        vec![SqlValue::Int(1), t("x")],
        S,
    )
    .unwrap();
    assert_eq!(b.sql, "SELECT * FROM t WHERE a = ?1 AND b = ?2");
    let b = raw(
        "SELECT * FROM t WHERE a = ? AND b = ?",
        vec![SqlValue::Int(1), t("x")],
        P,
    )
    .unwrap();
    assert_eq!(b.sql, "SELECT * FROM t WHERE a = $1 AND b = $2");
    assert_eq!(b.shape, Shape::Rows);
    // ? inside strings, quoted identifiers, comments and dollar quotes stay.
    let sql = "SELECT '?', \"a?\", E'\\'?', $x$ ? $x$ FROM t -- ?\n WHERE /* ? */ a = ?";
    let b = raw(sql, vec![SqlValue::Int(1)], P).unwrap();
    assert_eq!(
        b.sql,
        "SELECT '?', \"a?\", E'\\'?', $x$ ? $x$ FROM t -- ?\n WHERE /* ? */ a = $1"
    );
    let b = raw("SELECT 'it''s ?' WHERE a = ?", vec![SqlValue::Int(1)], S).unwrap();
    assert_eq!(b.sql, "SELECT 'it''s ?' WHERE a = ?1");
    // Count mismatch, numbered placeholders, unterminated literals: refused.
    for (sql, n) in [
        ("SELECT ?", 0),
        ("SELECT 1", 1),
        ("SELECT $1", 1),
        ("SELECT ?1", 1),
        ("SELECT '?", 0),
        ("SELECT /* ?", 0),
    ] {
        let params = vec![SqlValue::Int(1); n];
        assert_eq!(
            raw(sql, params, P).unwrap_err().kind,
            DbErrorKind::Refused,
            "{sql}"
        );
    }
}

#[test]
fn deep_conditions_do_not_overflow() {
    let mut c = Cond::eq("a", SqlValue::Int(1)).unwrap();
    for i in 0..5000 {
        c = if i % 2 == 0 {
            Cond::Not(Box::new(c))
        } else {
            Cond::Or(vec![c, Cond::eq("b", SqlValue::Int(i)).unwrap()])
        };
    }
    let mut q = Query::new("t");
    q.wheres.push(c);
    // On a small thread stack too: growth is on demand.
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            let b = q.build(&Op::List(None), S, false).unwrap();
            assert_eq!(b.params.len(), 2501);
        })
        .unwrap()
        .join()
        .unwrap();
}

/// The names of a raw statement: words and quoted identifiers, never the
/// inside of literals or comments.
#[test]
fn raw_names_skip_literals_and_comments() {
    let names = kitwork_db::builder::raw_names(
        "SELECT \"Ten\"\"x\", n1 FROM Main.t -- tenants\n WHERE a = 'tenants' AND $q$tenants$q$ = ? /* tenants */ AND E'\\'tenants' = 1.5e3",
    )
    .unwrap();
    assert_eq!(
        names,
        ["select", "Ten\"x", "n1", "from", "main", "t", "where", "a", "and", "and", "e"]
    );
    assert!(kitwork_db::builder::raw_names("SELECT 'open").is_err());
    // A dollar-quoted string after a word and a space is a string: its `?`
    // is no placeholder.
    let b = raw(
        "SELECT $q$?$q$, ?",
        vec![SqlValue::Int(1)],
        Dialect::Postgres,
    )
    .unwrap();
    assert_eq!(b.sql, "SELECT $q$?$q$, $1");
}
