//! Resumable execution: a native returns a pending future, the VM returns
//! `Suspended`, a real executor drives the future, the VM resumes.

mod common;

use common::{vm_with, SharedConsole};
use kitwork_vm::error::{HostValue, Interrupt, JsResult};
use kitwork_vm::object::{ObjKind, Object};
use kitwork_vm::{conv, Ctx, Limits, Outcome, Value, Vm};
use std::time::{Duration, Instant};

/// `sleep(ms)`: waits on a real timer, then answers `ms`.
fn sleep(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    let ms = conv::to_number(ctx, args.first().copied().unwrap_or(Value::Undefined))?;
    Err(Interrupt::Suspend(Box::pin(async move {
        async_io::Timer::after(Duration::from_millis(ms as u64)).await;
        Ok(HostValue::Num(ms))
    })))
}

fn native(vm: &mut Vm, f: kitwork_vm::object::NativeFn) -> Value {
    let proto = vm.ctx.realm.function_proto;
    let name = vm
        .ctx
        .heap
        .intern(kitwork_vm::JsStr::from_str("sleep"))
        .unwrap();
    let o = vm
        .ctx
        .heap
        .alloc(Object::new(
            Some(proto),
            ObjKind::Native {
                f,
                name,
                length: 1,
                ctor: None,
            },
        ))
        .unwrap();
    Value::Obj(o)
}

/// Drives a call to completion on a real executor, counting suspensions.
fn drive(vm: &mut Vm, mut out: Outcome) -> (Outcome, u32) {
    let mut waits = 0;
    while let Outcome::Suspended(fut) = out {
        waits += 1;
        let r = futures_lite::future::block_on(fut);
        out = vm.resume(r);
    }
    (out, waits)
}

const SRC: &str = r#"
export function handler(sleep) {
  console.log("before");
  const xs = [5, 10].map(ms => sleep(ms) * 2);
  console.log("after", xs.length);
  return xs[0] + xs[1];
}
"#;

#[test]
fn sleep_suspends_and_resumes_with_the_value() {
    let (mut vm, prog, console): (Vm, u16, SharedConsole) = vm_with(SRC, Limits::default());
    let handler = vm.export(prog, "handler").expect("export");
    let sleep = native(&mut vm, sleep);
    let started = Instant::now();
    let first = vm.call(handler, Value::Undefined, &[sleep]);
    assert!(matches!(first, Outcome::Suspended(_)), "{first:?}");
    assert_eq!(console.out(), "before\n", "runs up to the first wait");
    let (done, waits) = drive(&mut vm, first);
    assert_eq!(waits, 2, "one suspension per sleep call");
    match done {
        Outcome::Done(Value::Num(n)) => assert_eq!(n, 30.0),
        other => panic!("{other:?}"),
    }
    assert_eq!(console.out(), "before\nafter 2\n");
    assert!(
        started.elapsed() >= Duration::from_millis(15),
        "the timers really ran"
    );
}

#[test]
fn a_failed_wait_is_an_error_at_the_call() {
    fn broken(_: &mut Ctx, _: Value, _: &[Value]) -> JsResult<Value> {
        Err(Interrupt::Suspend(Box::pin(async {
            Err("connection refused".to_string())
        })))
    }
    let (mut vm, prog, _c) = vm_with(SRC, Limits::default());
    let handler = vm.export(prog, "handler").unwrap();
    let f = native(&mut vm, broken);
    let out = vm.call(handler, Value::Undefined, &[f]);
    let (done, _) = drive(&mut vm, out);
    match done {
        Outcome::Error(e) => {
            assert!(e.to_string().contains("connection refused"), "{e}");
            assert!(e.to_string().starts_with("main.js:4:"), "{e}");
        }
        other => panic!("{other:?}"),
    }
}

const BURN: &str = r#"
export function burn(n) {
  let total = 0;
  for (let i = 0; i < n; i++) total += i % 7;
  return total;
}
"#;

fn burner(limits: Limits) -> (Vm, Value) {
    let mut vm = Vm::new(limits, Box::new(SharedConsole::default()));
    let prog = vm.load(common::compile(BURN)).unwrap();
    assert!(matches!(vm.run_main(prog), Outcome::Done(_)));
    vm.freeze_module();
    let f = vm.export(prog, "burn").unwrap();
    (vm, f)
}

#[test]
fn a_long_run_yields_every_slice_and_resumes_where_it_stopped() {
    let expect: f64 = (0..200_000u64).map(|i| (i % 7) as f64).sum();
    let (mut vm, f) = burner(Limits {
        yield_every: 10_000,
        ..Limits::default()
    });
    let out = vm.call(f, Value::Undefined, &[Value::Num(200_000.0)]);
    let (out, yields) = drive(&mut vm, out);
    match out {
        Outcome::Done(Value::Num(n)) => assert_eq!(n, expect),
        other => panic!("{other:?}"),
    }
    // ~11 units per iteration: well over a hundred slices of 10,000.
    assert!(yields > 100, "{yields} yields");
    // Without yield_every the same run never suspends.
    let (mut vm, f) = burner(Limits::default());
    let out = vm.call(f, Value::Undefined, &[Value::Num(200_000.0)]);
    assert_eq!(drive(&mut vm, out).1, 0);
}

#[test]
fn energy_still_runs_out_across_slices() {
    let (mut vm, f) = burner(Limits {
        yield_every: 10_000,
        max_energy: 100_000,
        ..Limits::default()
    });
    let out = vm.call(f, Value::Undefined, &[Value::Num(1e9)]);
    let (out, yields) = drive(&mut vm, out);
    match out {
        Outcome::Error(e) => assert!(e.to_string().contains("EnergyLimit"), "{e}"),
        other => panic!("{other:?}"),
    }
    assert!((5..=10).contains(&yields), "{yields} yields");
}

#[test]
fn a_passed_deadline_stops_the_run_at_the_next_yield() {
    let (mut vm, f) = burner(Limits {
        yield_every: 10_000,
        ..Limits::default()
    });
    vm.ctx.deadline = Some(Instant::now());
    let out = vm.call(f, Value::Undefined, &[Value::Num(1e9)]);
    match drive(&mut vm, out).0 {
        Outcome::Error(e) => assert!(e.to_string().contains("TimeLimit"), "{e}"),
        other => panic!("{other:?}"),
    }
    assert!(vm.condemned);
}
