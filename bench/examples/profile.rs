//! Runs one bench workload in a loop, for a profiler:
//! `cargo run --release -p kitwork-bench --example profile -- cold_boot 2000`.

use kitwork_bench::{cold_run, COLD, SCRIPTS};

fn main() {
    let mut args = std::env::args().skip(1);
    let name = args.next().unwrap_or_else(|| "cold_boot".into());
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1000);
    let src = if name == "cold_boot" {
        COLD
    } else {
        SCRIPTS
            .iter()
            .find(|(s, _)| *s == name)
            .expect("script name")
            .1
    };
    let t = std::time::Instant::now();
    let mut energy = 0;
    for _ in 0..n {
        energy += cold_run(src);
    }
    let el = t.elapsed();
    eprintln!(
        "{name}: {n} runs, {:?} per run, {} energy per run",
        el / n as u32,
        energy / n as u64
    );
}
