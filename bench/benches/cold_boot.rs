//! cold_boot: lex, parse, compile and run a 50-line script in a fresh VM.

use criterion::{criterion_group, criterion_main, Criterion};
use kitwork_bench::{cold_run, COLD};

fn cold(c: &mut Criterion) {
    c.bench_function("cold_boot", |b| b.iter(|| cold_run(COLD)));
}

criterion_group!(benches, cold);
criterion_main!(benches);
