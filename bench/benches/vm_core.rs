//! vm_core: the interpreter's steady state. Each script is compiled once;
//! an iteration resets the VM, loads the program (interning its constants)
//! and runs its top level, as a pooled VM runs a request. Throughput is in
//! energy units, which for these scripts is within a few percent of the
//! instruction count (most opcodes weigh 1): criterion's "elements/s" is
//! instructions per second. Also: VM reset and pool acquire/release.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use kitwork_bench::{compile, SCRIPTS};
use kitwork_vm::{BufferConsole, Limits, Outcome, Vm, VmPool};

fn scripts(c: &mut Criterion) {
    let mut g = c.benchmark_group("vm_core");
    for (name, src) in SCRIPTS {
        let program = compile(src);
        let mut vm = Vm::new(Limits::default(), Box::new(BufferConsole::default()));
        let prog = vm.load(program.clone()).unwrap();
        let before = vm.ctx.energy;
        assert!(matches!(vm.run_main(prog), Outcome::Done(_)));
        let spent = before - vm.ctx.energy;
        g.throughput(Throughput::Elements(spent));
        g.bench_function(*name, |b| {
            b.iter(|| {
                // A reset drops the run region and the program loaded in it;
                // loading again only re-interns its constants.
                vm.reset();
                let prog = vm.load(program.clone()).unwrap();
                match vm.run_main(prog) {
                    Outcome::Done(v) => v,
                    other => panic!("{other:?}"),
                }
            })
        });
    }
    g.finish();
}

fn reset_and_pool(c: &mut Criterion) {
    let mut g = c.benchmark_group("vm_core");
    let mut vm = Vm::new(Limits::default(), Box::new(BufferConsole::default()));
    g.bench_function("reset", |b| b.iter(|| vm.reset()));
    let mut pool = VmPool::new(|| Vm::new(Limits::default(), Box::new(BufferConsole::default())));
    pool.fill(4);
    g.bench_function("pool_acquire_release", |b| {
        b.iter(|| {
            let vm = pool.acquire();
            pool.release(vm);
        })
    });
    g.finish();
}

criterion_group!(benches, scripts, reset_and_pool);
criterion_main!(benches);
