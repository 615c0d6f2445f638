//! Runs one of query_build's workloads `n` times, for callgrind:
//! instructions per iteration are the difference of two counts,
//!
//! ```sh
//! cargo build --release -p kitwork-bench --example query_loop
//! for n in 1 10001; do valgrind --tool=callgrind --callgrind-out-file=/dev/null \
//!   target/release/examples/query_loop translate_and_build $n 2>&1 | grep refs; done
//! ```
//!
//! Workloads: `translate_and_build` (the default), `bind_and_build`,
//! `build_list_postgres`, `build_create`, `compile_uncached`, as in
//! `benches/query_build.rs`.

use kitwork_db::builder::{Cond, Op, Order, Query};
use kitwork_db::lambda::{translate, Lambda};
use kitwork_db::{Dialect, SqlValue};
use std::hint::black_box;

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

fn main() {
    let mut args = std::env::args().skip(1);
    let name = args.next().unwrap_or_else(|| "translate_and_build".into());
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let lambda = Lambda::compile(SRC, "app.js", 1, 1).unwrap();
    let ready = query(translate(SRC, "app.js", 1, 1, &mut resolve).unwrap());
    let row: Vec<(String, SqlValue)> = ["name", "email", "role", "price", "bio", "active"]
        .iter()
        .enumerate()
        .map(|(i, k)| (k.to_string(), SqlValue::Int(i as i64)))
        .collect();
    let create = Op::Create(row);
    let table = Query::new("user");
    let mut total = 0;
    for _ in 0..n {
        let built = match name.as_str() {
            "translate_and_build" => {
                let cond = translate(black_box(SRC), "app.js", 1, 1, &mut resolve).unwrap();
                query(cond).build(&Op::List(None), Dialect::Postgres, true)
            }
            "bind_and_build" => {
                let cond = black_box(&lambda).bind(&mut resolve).unwrap();
                query(cond).build(&Op::List(None), Dialect::Postgres, true)
            }
            "build_list_postgres" => {
                black_box(&ready).build(&Op::List(None), Dialect::Postgres, true)
            }
            "build_create" => black_box(&table).build(&create, Dialect::Sqlite, false),
            "compile_uncached" => {
                let l = Lambda::compile(black_box(SRC), "app.js", 1, 1).unwrap();
                query(l.bind(&mut resolve).unwrap()).build(&Op::List(None), Dialect::Postgres, true)
            }
            other => panic!("no workload {other}"),
        }
        .unwrap();
        total += built.sql.len() + built.params.len();
    }
    println!("{total}");
}
