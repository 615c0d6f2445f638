//! The VM pool: acquire and release allocate nothing; module state is
//! frozen after load; nothing a run allocates survives its release.

mod common;

use common::{compile, SharedConsole};
use kitwork_vm::{Limits, Outcome, Value, Vm, VmPool};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct Counting;

thread_local! {
    /// Allocations made by this thread (other tests run on other threads).
    static ALLOCS: Cell<u64> = const { Cell::new(0) };
}

fn allocs() -> u64 {
    ALLOCS.with(|c| c.get())
}

fn count() {
    // `try_with`: the slot may be gone while a thread shuts down.
    let _ = ALLOCS.try_with(|c| c.set(c.get() + 1));
}

// SAFETY: forwards to the system allocator; only counts calls, in a
// const-initialized thread local that never allocates itself.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        count();
        System.alloc(l)
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        System.dealloc(p, l)
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        count();
        System.realloc(p, l, n)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

const APP: &str = r#"
const config = { greeting: "hello", hits: 0 };
let counter = 0;
export function handler(name) {
  const parts = [config.greeting, name, String(name.length)];
  return parts.join(" ");
}
export function touch_object() { config.hits = config.hits + 1; return config.hits }
export function touch_binding() { counter = counter + 1; return counter }
"#;

fn tenant_vm() -> Vm {
    let mut vm = Vm::new(Limits::default(), Box::new(SharedConsole::default()));
    let prog = vm.load(compile(APP)).unwrap();
    assert!(matches!(vm.run_main(prog), Outcome::Done(_)));
    vm.freeze_module();
    vm
}

fn export(vm: &Vm, name: &str) -> Value {
    vm.export(1, name).expect("export")
}

#[test]
fn module_state_is_frozen_after_load() {
    let mut vm = tenant_vm();
    let f = export(&vm, "touch_object");
    match vm.call(f, Value::Undefined, &[]) {
        Outcome::Error(e) => assert!(
            e.to_string()
                .contains("TypeError: Cannot modify module state"),
            "{e}"
        ),
        other => panic!("{other:?}"),
    }
    vm.reset();
    let f = export(&vm, "touch_binding");
    match vm.call(f, Value::Undefined, &[]) {
        Outcome::Error(e) => assert!(
            e.to_string()
                .contains("TypeError: Cannot modify module state"),
            "{e}"
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn acquire_and_release_allocate_nothing() {
    let mut pool = VmPool::new(tenant_vm);
    pool.fill(2);
    // Warm up: the first cycles size the stack and the arenas.
    for _ in 0..10 {
        let vm = pool.acquire();
        pool.release(vm);
    }
    let before = allocs();
    for _ in 0..1000 {
        let vm = pool.acquire();
        pool.release(vm);
    }
    let after = allocs();
    assert_eq!(after - before, 0, "acquire/release allocated");
}

#[test]
fn a_run_leaves_nothing_behind() {
    let mut pool = VmPool::new(tenant_vm);
    let mut vm = pool.acquire();
    let h = export(&vm, "handler");
    let name = vm.ctx.heap.str_value("world").unwrap();
    match vm.call(h, Value::Undefined, &[name]) {
        Outcome::Done(Value::Str(s)) => {
            assert_eq!(vm.ctx.heap.str(s).to_rust_string(), "hello world 5")
        }
        other => panic!("{other:?}"),
    }
    assert!(vm.ctx.heap.used > 0);
    pool.release(vm);
    let vm = pool.acquire();
    assert_eq!(vm.ctx.heap.used, 0, "the run region was dropped whole");
    assert_eq!(vm.ctx.heap.run.objects.len(), 0);
    assert_eq!(vm.ctx.heap.run.strings.len(), 0);
}

#[test]
fn a_vm_that_broke_a_limit_is_condemned() {
    let mut pool = VmPool::new(|| {
        let mut vm = Vm::new(
            Limits {
                max_energy: 10_000,
                ..Limits::default()
            },
            Box::new(SharedConsole::default()),
        );
        let prog = vm
            .load(compile("export function spin() { for (;;) {} }"))
            .unwrap();
        assert!(matches!(vm.run_main(prog), Outcome::Done(_)));
        vm.freeze_module();
        vm
    });
    let mut vm = pool.acquire();
    let f = vm.export(1, "spin").unwrap();
    assert!(matches!(
        vm.call(f, Value::Undefined, &[]),
        Outcome::Error(_)
    ));
    pool.release(vm);
    assert_eq!(pool.condemned, 1);
    assert_eq!(pool.idle(), 0);
}

#[test]
fn reset_drops_programs_loaded_in_the_run_region() {
    let mut vm = Vm::new(Limits::default(), Box::new(SharedConsole::default()));
    let prog = vm
        .load(compile(
            "const s = \"a fresh string constant\"\nexport const n = s.length\n",
        ))
        .unwrap();
    assert!(matches!(vm.run_main(prog), Outcome::Done(_)));
    vm.reset();
    // Its constants were in the dropped region: the program is gone, and
    // using its id is an error, not a dangling read.
    assert!(vm.export(prog, "n").is_none());
    assert!(matches!(vm.run_main(prog), Outcome::Error(_)));
    let again = vm
        .load(compile("export const n = \"fresh\".length\n"))
        .unwrap();
    assert_eq!(again, prog, "the id is reused after the reset");
    assert!(matches!(vm.run_main(again), Outcome::Done(_)));
}

#[test]
fn reused_boxes_change_neither_results_nor_accounting() {
    // Object literals and templates reuse property lists and string boxes
    // a reset kept: the same run must give the same text and the same
    // bytes charged whether or not the pools are warm.
    let mut vm = Vm::new(Limits::default(), Box::new(SharedConsole::default()));
    let src = r#"
export function handler(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push({ id: i, name: `User ${i}`, email: `user${i}@example.com`, x: `${i}${"é"}` });
  }
  return JSON.stringify(out);
}
"#;
    let prog = vm.load(compile(src)).unwrap();
    assert!(matches!(vm.run_main(prog), Outcome::Done(_)));
    vm.freeze_module();
    let h = vm.export(prog, "handler").unwrap();
    let mut seen = Vec::new();
    for _ in 0..3 {
        let text = match vm.call(h, Value::Undefined, &[Value::Num(12.0)]) {
            Outcome::Done(Value::Str(s)) => vm.ctx.heap.str(s).to_rust_string(),
            other => panic!("{other:?}"),
        };
        seen.push((text, vm.ctx.heap.used));
        vm.reset();
    }
    assert!(seen[0]
        .0
        .contains(r#"{"id":11,"name":"User 11","email":"user11@example.com","x":"11é"}"#));
    assert_eq!(seen[0], seen[1]);
    assert_eq!(seen[1], seen[2]);
}
