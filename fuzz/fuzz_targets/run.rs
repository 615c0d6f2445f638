//! Lex, parse, compile and run arbitrary input under tight limits. Any
//! panic, abort or Rust stack overflow is a bug; errors are fine.
#![no_main]

use kitwork_lang::compiler::{compile_graph, Options};
use kitwork_lang::modules::MemLoader;
use kitwork_vm::builtins::builtin_names;
use kitwork_vm::{BufferConsole, Limits, Outcome, Vm};
use libfuzzer_sys::fuzz_target;
use std::collections::HashMap;
use std::sync::Arc;

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data).into_owned();
    let mut files = HashMap::new();
    files.insert("fuzz.js".to_string(), src);
    let names = builtin_names();
    let opts = Options {
        builtins: &names,
        prelude: false,
    };
    let Ok(program) = compile_graph("fuzz.js", &mut MemLoader(files), &opts) else {
        return;
    };
    let limits = Limits {
        max_energy: 200_000,
        max_memory: 8 << 20,
        max_string: 1 << 20,
        max_array: 1 << 16,
        ..Limits::default()
    };
    let mut vm = Vm::new(limits, Box::new(BufferConsole::default()));
    let Ok(prog) = vm.load(Arc::new(program)) else {
        return;
    };
    if let Outcome::Suspended(_) = vm.run_main(prog) {
        panic!("nothing in the language suspends without a host native");
    }
});
