//! Helpers shared by the VM's integration tests.
#![allow(dead_code)]

use kitwork_lang::bytecode::Program;
use kitwork_lang::compiler::{compile_graph, Options};
use kitwork_lang::modules::MemLoader;
use kitwork_vm::builtins::builtin_names;
use kitwork_vm::{BufferConsole, Console, Limits, Outcome, Value, Vm};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

/// Compiles one module (`main.js`).
pub fn compile(src: &str) -> Arc<Program> {
    let mut files = HashMap::new();
    files.insert("main.js".to_string(), src.to_string());
    let names = builtin_names();
    let opts = Options {
        builtins: &names,
        prelude: false,
    };
    match compile_graph("main.js", &mut MemLoader(files), &opts) {
        Ok(p) => Arc::new(p),
        Err(d) => panic!("{d}"),
    }
}

/// A console whose output the test can read while the VM owns it.
#[derive(Clone, Default)]
pub struct SharedConsole(pub Rc<RefCell<BufferConsole>>);

impl Console for SharedConsole {
    fn log(&mut self, line: &str) {
        self.0.borrow_mut().log(line)
    }
    fn error(&mut self, line: &str) {
        self.0.borrow_mut().error(line)
    }
}

impl SharedConsole {
    pub fn out(&self) -> String {
        self.0.borrow().out.clone()
    }
}

/// A VM with `src` loaded and its top-level code run.
pub fn vm_with(src: &str, limits: Limits) -> (Vm, u16, SharedConsole) {
    let console = SharedConsole::default();
    let mut vm = Vm::new(limits, Box::new(console.clone()));
    let prog = vm.load(compile(src)).expect("load");
    match vm.run_main(prog) {
        Outcome::Done(_) => {}
        other => panic!("top level: {other:?}"),
    }
    (vm, prog, console)
}

/// Runs `src` to completion, returning its console output or the error line.
pub fn run(src: &str, limits: Limits) -> Result<String, String> {
    let console = SharedConsole::default();
    let mut vm = Vm::new(limits, Box::new(console.clone()));
    let prog = vm.load(compile(src)).map_err(|e| e.to_string())?;
    match vm.run_main(prog) {
        Outcome::Done(_) => Ok(console.out()),
        Outcome::Error(e) => Err(e.to_string()),
        Outcome::Suspended(_) => Err("suspended".into()),
    }
}

pub fn num(v: Value) -> f64 {
    match v {
        Value::Num(n) => n,
        other => panic!("not a number: {other:?}"),
    }
}
