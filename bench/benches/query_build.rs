//! query_build: the cost of turning a tenant query into SQL.
//!
//! - `build_list`: `db.table("user").where(<cond>).sort("created_at", "desc").take(20).list()`
//!   with the condition already a `Cond` (a cached lambda bound to values),
//!   to SQL with params, SQLite and PostgreSQL.
//! - `bind_and_build`: a compiled lambda (`Lambda::compile` once, as the
//!   engine caches it by position) bound to a captured value, then built.
//! - `translate_and_build`: `lambda::translate` (its per-thread cache hit:
//!   the steady state of a handler) then build.
//! - `compile_uncached`: `Lambda::compile` alone, parsing the source with
//!   kitwork-lang's parser (the first call of a lambda on a thread).
//! - `build_create`: an insert of a 6-column row.
//!
//! Budget: build and translate of a query at most 2 µs.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use kitwork_db::builder::{Cond, Op, Order, Query};
use kitwork_db::lambda::{translate, Lambda};
use kitwork_db::{Dialect, SqlValue};

const SRC: &str = r#"u => u.price > min && u.role == "admin" && u.id != [1, 2, 3]"#;

fn query(cond: Cond) -> Query {
    let mut q = Query::new("user");
    q.wheres.push(cond);
    q.sort.push(("created_at".into(), Order::Desc));
    q.take = Some(20);
    q
}

fn resolve(name: &str) -> Option<SqlValue> {
    (name == "min").then_some(SqlValue::Int(500))
}

fn benches(c: &mut Criterion) {
    let cond = translate(SRC, "app.js", 1, 1, &mut resolve).unwrap();
    let q = query(cond);
    c.bench_function("build_list_sqlite", |b| {
        b.iter(|| {
            black_box(&q)
                .build(&Op::List(None), Dialect::Sqlite, true)
                .unwrap()
        })
    });
    c.bench_function("build_list_postgres", |b| {
        b.iter(|| {
            black_box(&q)
                .build(&Op::List(None), Dialect::Postgres, true)
                .unwrap()
        })
    });
    let lambda = Lambda::compile(SRC, "app.js", 1, 1).unwrap();
    c.bench_function("bind_and_build", |b| {
        b.iter(|| {
            let cond = black_box(&lambda).bind(&mut resolve).unwrap();
            query(cond)
                .build(&Op::List(None), Dialect::Postgres, true)
                .unwrap()
        })
    });
    c.bench_function("translate_and_build", |b| {
        b.iter(|| {
            let cond = translate(black_box(SRC), "app.js", 1, 1, &mut resolve).unwrap();
            query(cond)
                .build(&Op::List(None), Dialect::Postgres, true)
                .unwrap()
        })
    });
    c.bench_function("compile_uncached", |b| {
        b.iter(|| Lambda::compile(black_box(SRC), "app.js", 1, 1).unwrap())
    });
    let row: Vec<(String, SqlValue)> = ["name", "email", "role", "price", "bio", "active"]
        .iter()
        .enumerate()
        .map(|(i, k)| (k.to_string(), SqlValue::Int(i as i64)))
        .collect();
    let create = Op::Create(row);
    let table = Query::new("user");
    c.bench_function("build_create", |b| {
        b.iter(|| {
            black_box(&table)
                .build(&create, Dialect::Sqlite, false)
                .unwrap()
        })
    });
}

criterion_group!(query_build, benches);
criterion_main!(query_build);
