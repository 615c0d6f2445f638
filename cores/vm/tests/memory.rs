//! 100,000 runs of a handler in one pooled VM leave the process's memory flat.

mod common;

use common::{compile, SharedConsole};
use kitwork_vm::{Limits, Outcome, Value, Vm, VmPool};

const APP: &str = r#"
const routes = { "/": "home", "/about": "about" };
export function handler(path, n) {
  const items = [];
  for (let i = 0; i < 20; i++) items.push({ id: i, label: `item ${i} of ${path}` });
  const page = routes[path] ?? "missing";
  return JSON.stringify({ page, n, total: items.map(x => x.id).reduce((a, b) => a + b, 0), first: items[0] });
}
"#;

fn rss_kib() -> u64 {
    let s = std::fs::read_to_string("/proc/self/statm").expect("statm");
    let pages: u64 = s.split_whitespace().nth(1).unwrap().parse().unwrap();
    pages * 4
}

#[test]
fn hundred_thousand_runs_keep_memory_flat() {
    let mut pool = VmPool::new(|| {
        let mut vm = Vm::new(Limits::default(), Box::new(SharedConsole::default()));
        let prog = vm.load(compile(APP)).unwrap();
        assert!(matches!(vm.run_main(prog), Outcome::Done(_)));
        vm.freeze_module();
        vm
    });
    let run = |pool: &mut VmPool, i: usize| {
        let mut vm = pool.acquire();
        let h = vm.export(1, "handler").unwrap();
        let path = vm.ctx.heap.str_value("/about").unwrap();
        match vm.call(h, Value::Undefined, &[path, Value::Num(i as f64)]) {
            Outcome::Done(Value::Str(_)) => {}
            other => panic!("run {i}: {other:?}"),
        }
        pool.release(vm);
    };
    for i in 0..10_000 {
        run(&mut pool, i);
    }
    let warm = rss_kib();
    for i in 10_000..100_000 {
        run(&mut pool, i);
    }
    let end = rss_kib();
    eprintln!("rss after 10k runs: {warm} KiB, after 100k: {end} KiB");
    assert!(
        end <= warm + 1024,
        "memory grew from {warm} KiB to {end} KiB"
    );
}

#[test]
fn fresh_vms_and_compiles_do_not_leak() {
    let src =
        "const xs = [1, 2, 3].map(x => ({ x, s: `n${x}` }));\nconsole.log(JSON.stringify(xs));\n";
    let once = || {
        let mut vm = Vm::new(Limits::default(), Box::new(SharedConsole::default()));
        let prog = vm.load(compile(src)).unwrap();
        assert!(matches!(vm.run_main(prog), Outcome::Done(_)));
    };
    for _ in 0..2_000 {
        once();
    }
    let warm = rss_kib();
    for _ in 0..20_000 {
        once();
    }
    let end = rss_kib();
    eprintln!("rss after 2k cold runs: {warm} KiB, after 22k: {end} KiB");
    assert!(
        end <= warm + 2048,
        "memory grew from {warm} KiB to {end} KiB"
    );
}

/// An array literal is charged 16 bytes per element once: NewArray reserves
/// (and charges) its slots, the elements then fill them. Pushes past the
/// literal's own slots are charged per element.
#[test]
fn array_literals_are_charged_once_per_element() {
    let src = r#"
export function empty() { return [] }
export function hundred() {
  return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
          1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
          1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
          1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
          1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
}
export function spread1() { const a = [1, 2]; return [...a] }
export function spread3() { const a = [1, 2]; return [...a, ...a, ...a] }
"#;
    let used_by = |name: &str| {
        let mut vm = Vm::new(Limits::default(), Box::new(SharedConsole::default()));
        let prog = vm.load(compile(src)).unwrap();
        assert!(matches!(vm.run_main(prog), Outcome::Done(_)));
        vm.freeze_module();
        let f = vm.export(1, name).unwrap();
        let before = vm.ctx.heap.used;
        assert!(matches!(
            vm.call(f, Value::Undefined, &[]),
            Outcome::Done(Value::Obj(_))
        ));
        vm.ctx.heap.used - before
    };
    assert_eq!(used_by("hundred") - used_by("empty"), 100 * 16);
    assert_eq!(used_by("spread3") - used_by("spread1"), 4 * 16);
}
