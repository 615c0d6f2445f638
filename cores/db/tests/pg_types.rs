//! Every SqlValue <-> PostgreSQL type pairing, against a real server.

mod support;

use kitwork_db::pg::testing::Cluster;
use kitwork_db::pg::PgPool;
use kitwork_db::{DbErrorKind, SqlValue};
use support::{one, run, text};
use SqlValue::*;

fn pool(db: &str) -> PgPool {
    PgPool::new(Cluster::shared().create_database(db))
}

#[test]
fn round_trip_of_every_type() {
    let pool = pool("types_round_trip");
    run(async move {
        pool.execute(
            "CREATE TABLE t (
                i2 int2, i4 int4, i8 int8, f4 float4, f8 float8, n numeric,
                s text, vc varchar(20), bp char(3), b bool, by bytea,
                j json, jb jsonb, ts timestamp, tz timestamptz, d date, u uuid
            )",
            &[],
        )
        .await
        .unwrap();
        let big = (1i64 << 53) + 1;
        let row = vec![
            Int(-32768),
            Int(2_147_483_647),
            Int(big),
            Float(1.5),
            Float(-0.1),
            text("12345678901234567890.0123456789"),
            text("héllo ☃"),
            text("varchar"),
            text("ab"),
            Bool(true),
            Bytes(vec![0, 1, 2, 255]),
            Json(r#"{"a": [1, 2]}"#.into()),
            Json(r#"{"b": {"c": null}}"#.into()),
            Timestamp("2026-01-02T03:04:05.678Z".into()),
            Timestamp("1969-07-20T20:17:40.000Z".into()),
            text("2024-02-29"),
            text("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"),
        ];
        let n = pool
            .execute(
                "INSERT INTO t VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17)",
                &row,
            )
            .await
            .unwrap();
        assert_eq!(n, 1);
        pool.execute("INSERT INTO t (i2) VALUES (NULL)", &[])
            .await
            .unwrap();
        let rows = pool
            .query("SELECT * FROM t ORDER BY i2 NULLS LAST", &[])
            .await
            .unwrap();
        assert_eq!(
            rows.columns,
            [
                "i2", "i4", "i8", "f4", "f8", "n", "s", "vc", "bp", "b", "by", "j", "jb", "ts",
                "tz", "d", "u"
            ]
        );
        let mut expected = row.clone();
        expected[8] = text("ab "); // char(3) pads
        expected[12] = Json(r#"{"b": {"c": null}}"#.into()); // jsonb normalizes spacing as this
        assert_eq!(rows.rows[0], expected);
        assert!(
            rows.rows[1].iter().all(|v| *v == Null),
            "{:?}",
            rows.rows[1]
        );
        // int8 beyond 2^53 survives both ways, also through a text parameter.
        assert_eq!(
            one(pool.query("SELECT $1::int8 + 1", &[Int(big)]).await),
            Int(big + 1)
        );
        assert_eq!(
            one(pool
                .query("SELECT i8 FROM t WHERE i8 = $1", &[text(&big.to_string())])
                .await),
            Int(big)
        );
    });
}

#[test]
fn results_of_expressions() {
    let pool = pool("types_expressions");
    run(async move {
        let q = |sql: &'static str| {
            let pool = pool.clone();
            async move { one(pool.query(sql, &[]).await) }
        };
        assert_eq!(q("SELECT 1::int2").await, Int(1));
        assert_eq!(q("SELECT 4294967295::oid").await, Int(4294967295));
        assert_eq!(q("SELECT 9223372036854775807::int8").await, Int(i64::MAX));
        assert_eq!(q("SELECT 0.1::numeric(10,3)").await, text("0.100"));
        assert_eq!(q("SELECT -0.00012::numeric").await, text("-0.00012"));
        assert_eq!(q("SELECT 'NaN'::numeric").await, text("NaN"));
        assert_eq!(
            q("SELECT 1e20::numeric").await,
            text("100000000000000000000")
        );
        assert_eq!(q("SELECT 'x'::name").await, text("x"));
        assert_eq!(q("SELECT NULL::text").await, Null);
        assert_eq!(q("SELECT NULL").await, Null);
        assert_eq!(q("SELECT 'lit'").await, text("lit"));
        assert_eq!(
            q("SELECT '2026-03-04 05:06:07.891234+02'::timestamptz").await,
            Timestamp("2026-03-04T03:06:07.891Z".into())
        );
        assert_eq!(
            q("SELECT 'infinity'::timestamptz").await,
            Timestamp("infinity".into())
        );
        assert_eq!(q("SELECT '0044-03-15'::date").await, text("0044-03-15"));
        assert_eq!(q("SELECT '[1,2]'::jsonb").await, Json("[1, 2]".into()));
        assert_eq!(q("SELECT gen_random_uuid() IS NOT NULL").await, Bool(true));
        // Arrays read as JSON.
        assert_eq!(
            q("SELECT ARRAY[1, NULL, 3]").await,
            Json("[1,null,3]".into())
        );
        assert_eq!(
            q("SELECT ARRAY[[1,2],[3,4]]::int8[]").await,
            Json("[[1,2],[3,4]]".into())
        );
        assert_eq!(q("SELECT '{}'::text[]").await, Json("[]".into()));
        assert_eq!(
            q(r#"SELECT ARRAY['a"b', E'c\\d\n', NULL]"#).await,
            Json(r#"["a\"b","c\\d\n",null]"#.into())
        );
        assert_eq!(
            q("SELECT ARRAY[1.50::numeric, 'NaN']").await,
            Json(r#"["1.50","NaN"]"#.into())
        );
        assert_eq!(
            q("SELECT ARRAY[true, false]").await,
            Json("[true,false]".into())
        );
        assert_eq!(
            q(r#"SELECT ARRAY['{"a":1}'::jsonb]"#).await,
            Json(r#"[{"a": 1}]"#.into())
        );
        assert_eq!(
            q("SELECT ARRAY['\\x0aff'::bytea]").await,
            Json(r#"["\\x0aff"]"#.into())
        );
        assert_eq!(
            q("SELECT ARRAY['2026-01-02T03:04:05Z'::timestamptz, '2026-01-02'::date]").await,
            Json(r#"["2026-01-02T03:04:05.000Z","2026-01-02T00:00:00.000Z"]"#.into())
        );
        assert_eq!(
            q("SELECT array_agg(x) FROM generate_series(1, 3) x").await,
            Json("[1,2,3]".into())
        );
        pool.execute("CREATE TYPE mood AS ENUM ('sad', 'ok')", &[])
            .await
            .unwrap();
        pool.execute("CREATE DOMAIN posint AS int4 CHECK (VALUE > 0)", &[])
            .await
            .unwrap();
        assert_eq!(q("SELECT 'ok'::mood").await, text("ok"));
        assert_eq!(q("SELECT 5::posint").await, Int(5));
        assert_eq!(
            one(pool.query("SELECT $1::mood", &[text("sad")]).await),
            text("sad")
        );
        assert_eq!(
            one(pool.query("SELECT $1::posint", &[Int(7)]).await),
            Int(7)
        );
    });
}

#[test]
fn parameters_convert_to_the_inferred_type() {
    let pool = pool("types_params");
    run(async move {
        let cases: Vec<(&str, SqlValue, SqlValue)> = vec![
            ("SELECT $1::int4", Float(3.0), Int(3)),
            ("SELECT $1::int2", text("12"), Int(12)),
            ("SELECT $1::float8", Int(2), Float(2.0)),
            ("SELECT $1::float4", text("0.5"), Float(0.5)),
            ("SELECT $1::numeric", Float(0.25), text("0.25")),
            ("SELECT $1::numeric", Int(-7), text("-7")),
            ("SELECT $1::numeric", text("1.000"), text("1.000")),
            ("SELECT $1::text", Int(42), text("42")),
            ("SELECT $1::text", Bool(false), text("false")),
            ("SELECT $1::bool", text("t"), Bool(true)),
            ("SELECT $1::json", text("[1]"), Json("[1]".into())),
            (
                "SELECT $1::jsonb",
                text(r#"{"a":1}"#),
                Json(r#"{"a": 1}"#.into()),
            ),
            ("SELECT $1::text", Json("{}".into()), text("{}")),
            (
                "SELECT $1::uuid",
                text("{A0EEBC999C0B4EF8BB6D6BB9BD380A11}"),
                text("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"),
            ),
            ("SELECT $1::date", text("2000-01-01"), text("2000-01-01")),
            (
                "SELECT $1::date",
                Timestamp("2026-05-06T07:08:09.000Z".into()),
                text("2026-05-06"),
            ),
            (
                "SELECT $1::timestamptz",
                text("2026-05-06 09:08:09+02:00"),
                Timestamp("2026-05-06T07:08:09.000Z".into()),
            ),
            (
                "SELECT $1::timestamp",
                Timestamp("2026-05-06T07:08:09.123Z".into()),
                Timestamp("2026-05-06T07:08:09.123Z".into()),
            ),
            ("SELECT $1::int8", Null, Null),
            ("SELECT $1::bytea", Null, Null),
        ];
        for (sql, param, want) in cases {
            let got = one(pool.query(sql, std::slice::from_ref(&param)).await);
            assert_eq!(got, want, "{sql} with {param:?}");
        }
    });
}

#[test]
fn bad_pairings_are_query_errors_and_the_connection_survives() {
    let pool = PgPool::new(kitwork_db::pg::PgConfig {
        pool_size: 1,
        ..Cluster::shared().create_database("types_errors")
    });
    run(async move {
        let cases: Vec<(&str, Vec<SqlValue>)> = vec![
            ("SELECT $1::int4", vec![Int(1 << 40)]),
            ("SELECT $1::int2", vec![Float(1.5)]),
            ("SELECT $1::int4", vec![text("twelve")]),
            ("SELECT $1::bytea", vec![Int(1)]),
            ("SELECT $1::bool", vec![Bytes(vec![1])]),
            ("SELECT $1::uuid", vec![text("not-a-uuid")]),
            ("SELECT $1::timestamptz", vec![text("yesterday-ish")]),
            ("SELECT $1::numeric", vec![text("1e5")]),
            ("SELECT $1::int4", vec![]),
            ("SELECT 1", vec![Int(1)]),
            ("SELECT '1 day'::interval", vec![]),
            ("SELEC 1", vec![]),
            ("SELECT 1/0", vec![]),
        ];
        for (sql, params) in cases {
            let err = pool.query(sql, &params).await.unwrap_err();
            assert_eq!(err.kind, DbErrorKind::Query, "{sql}: {err}");
            assert!(!err.message.is_empty());
        }
        let err = pool
            .query("SELECT '1 day'::interval", &[])
            .await
            .unwrap_err();
        assert!(err.message.contains("interval"), "{err}");
        // One connection served every failure and is still good.
        assert_eq!(one(pool.query("SELECT 1", &[]).await), Int(1));
        assert_eq!(pool.stats().connects, 1);
    });
}
