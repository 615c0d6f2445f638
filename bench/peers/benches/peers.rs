//! Compile plus run of each bench script, a fresh context per run, on
//! kitwork, QuickJS-ng (rquickjs) and Boa. Criterion groups the three
//! engines per script so their ratios come from one run.

use criterion::{criterion_group, criterion_main, Criterion};
use kitwork_bench::{cold_run, COLD, SCRIPTS};

fn quickjs(src: &str) {
    let rt = rquickjs::Runtime::new().unwrap();
    let ctx = rquickjs::Context::full(&rt).unwrap();
    ctx.with(|ctx| {
        let _: rquickjs::Value = ctx.eval(src).unwrap();
    });
}

fn boa(src: &str) {
    let mut ctx = boa_engine::Context::default();
    ctx.eval(boa_engine::Source::from_bytes(src)).unwrap();
}

fn peers(c: &mut Criterion) {
    let all: Vec<(&str, &str)> = SCRIPTS.iter().copied().chain([("cold_boot", COLD)]).collect();
    for (name, src) in all {
        let mut g = c.benchmark_group(format!("peers/{name}"));
        g.sample_size(20);
        g.bench_function("kitwork", |b| b.iter(|| cold_run(src)));
        g.bench_function("quickjs", |b| b.iter(|| quickjs(src)));
        g.bench_function("boa", |b| b.iter(|| boa(src)));
        g.finish();
    }
}

criterion_group!(benches, peers);
criterion_main!(benches);
