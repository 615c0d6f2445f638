//! Shared by the benchmarks: the bench scripts and how to run them.
//!
//! Each script in `scripts/` defines `run()` (the workload) and calls it at
//! top level, so every engine (ours and the peers in `peers/`) runs the
//! very same text: compile plus run.

use kitwork_lang::bytecode::Program;
use kitwork_lang::compiler::{compile_graph, Options};
use kitwork_lang::modules::MemLoader;
use kitwork_vm::builtins::builtin_names;
use kitwork_vm::{BufferConsole, Limits, Outcome, Vm};
use std::collections::HashMap;
use std::sync::Arc;

/// `(name, source)` of every bench script.
pub const SCRIPTS: &[(&str, &str)] = &[
    ("arith", include_str!("../scripts/arith.js")),
    ("calls", include_str!("../scripts/calls.js")),
    ("closures", include_str!("../scripts/closures.js")),
    (
        "map_filter_reduce",
        include_str!("../scripts/map_filter_reduce.js"),
    ),
    ("strings", include_str!("../scripts/strings.js")),
];

/// The 50-line script of the cold-boot benchmark.
pub const COLD: &str = include_str!("../scripts/cold_boot.js");

pub fn compile(src: &str) -> Arc<Program> {
    let mut files = HashMap::new();
    files.insert("bench.js".to_string(), src.to_string());
    let names = builtin_names();
    let opts = Options {
        builtins: &names,
        prelude: false,
    };
    Arc::new(
        compile_graph("bench.js", &mut MemLoader(files), &opts).expect("bench script compiles"),
    )
}

/// A fresh VM, compile and run: what a cold request costs. Returns the
/// energy spent.
pub fn cold_run(src: &str) -> u64 {
    let program = compile(src);
    let mut vm = Vm::new(Limits::default(), Box::new(BufferConsole::default()));
    let prog = vm.load(program).expect("load");
    match vm.run_main(prog) {
        Outcome::Done(_) => vm.ctx.limits.max_energy - vm.ctx.energy,
        other => panic!("bench script failed: {other:?}"),
    }
}
