//! `kitwork`: the command line. Wiring only; the work lives in `cores/`.

use kitwork_lang::bytecode::{disassemble, Program};
use kitwork_lang::compiler::{compile_graph, Options};
use kitwork_lang::modules::FsLoader;
use kitwork_lang::{Diagnostic, Locale};
use kitwork_vm::{builtins::builtin_names, Limits, Outcome, StdConsole, Vm};
use std::process::ExitCode;
use std::sync::Arc;

// mimalloc: the VM allocates and frees every run's objects and strings;
// it costs ~6% fewer instructions per request than glibc's malloc
// (BENCHMARK.md, "Instruction counts per request and serving, 2026-12-06
// morning").
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage:
  kitwork run FILE [--max-energy N] [--max-depth N] [--max-memory BYTES] [--locale en|vi]
      compile FILE and the modules it imports, then run it
      (a FILE ending in .ts is TypeScript: its types are checked for syntax and erased)
  kitwork check PATH [--locale en|vi]
      compile only (a file, or every *.js and *.ts file under a directory)
  kitwork disasm FILE
      print the bytecode of FILE
  kitwork serve [server.kitwork.js]
      run the bootstrap file, then serve its tenants until SIGTERM/SIGINT
  kitwork tenant add IDENTITY DOMAIN... | list | disable IDENTITY | enable IDENTITY [--config server.kitwork.js]
      manage the system registry (which tenants/<identity>/ folders serve)

exit status: 0 ok, 1 runtime error, 2 compile error or bad usage";

struct Args {
    command: String,
    path: String,
    limits: Limits,
    locale: Locale,
}

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let command = it.next().ok_or("missing command")?;
    let mut path = None;
    let mut limits = Limits::default();
    let mut locale = Locale::En;
    while let Some(a) = it.next() {
        let mut num = |name: &str| -> Result<u64, String> {
            let v = it.next().ok_or(format!("{name} needs a value"))?;
            v.replace('_', "")
                .parse::<u64>()
                .map_err(|_| format!("{name}: not a number: {v}"))
        };
        match a.as_str() {
            "--max-energy" => limits.max_energy = num("--max-energy")?,
            "--max-depth" => limits.max_depth = num("--max-depth")?.min(u32::MAX as u64) as u32,
            "--max-memory" => limits.max_memory = num("--max-memory")? as usize,
            "--locale" => {
                let v = it.next().ok_or("--locale needs a value")?;
                locale =
                    Locale::parse(&v).ok_or(format!("--locale: unknown locale {v} (en, vi)"))?;
            }
            "-h" | "--help" => return Err(String::new()),
            _ if a.starts_with('-') => return Err(format!("unknown option {a}")),
            _ if path.is_none() => path = Some(a),
            _ => return Err(format!("unexpected argument {a}")),
        }
    }
    let path = match path {
        Some(p) => p,
        None if command == "serve" => "server.kitwork.js".to_string(),
        None => return Err("missing FILE".into()),
    };
    Ok(Args {
        command,
        path,
        limits,
        locale,
    })
}

fn compile(path: &str) -> Result<Program, Diagnostic> {
    let names = builtin_names();
    let opts = Options {
        builtins: &names,
        prelude: false,
    };
    compile_graph(path, &mut FsLoader, &opts)
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    if argv.first().map(String::as_str) == Some("tenant") {
        return tenant(&argv[1..]);
    }
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("kitwork: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match args.command.as_str() {
        "serve" => serve(&args.path),
        "run" => run(&args),
        "check" => check(&args),
        "disasm" => match compile(&args.path) {
            Ok(p) => {
                print!("{}", disassemble(&p));
                ExitCode::SUCCESS
            }
            Err(d) => report(&d, args.locale),
        },
        other => {
            eprintln!("kitwork: unknown command {other}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn tenant(args: &[String]) -> ExitCode {
    let mut rest = Vec::new();
    let mut config = "server.kitwork.js".to_string();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--config" => match it.next() {
                Some(c) => config = c.clone(),
                None => {
                    eprintln!("kitwork: --config needs a file");
                    return ExitCode::from(2);
                }
            },
            _ => rest.push(a.clone()),
        }
    }
    match kitwork_engine::databases::tenant_command(std::path::Path::new(&config), &rest) {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("kitwork: {e}");
            ExitCode::from(2)
        }
    }
}

fn serve(path: &str) -> ExitCode {
    match kitwork_engine::serve(std::path::Path::new(path)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kitwork: {e}");
            ExitCode::from(2)
        }
    }
}

fn report(d: &Diagnostic, locale: Locale) -> ExitCode {
    eprintln!("{}", d.render_with_source(locale));
    ExitCode::from(2)
}

fn run(args: &Args) -> ExitCode {
    let program = match compile(&args.path) {
        Ok(p) => Arc::new(p),
        Err(d) => return report(&d, args.locale),
    };
    let mut vm = Vm::new(args.limits.clone(), Box::new(StdConsole));
    let prog = match vm.load(program) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    let mut outcome = vm.run_main(prog);
    loop {
        match outcome {
            Outcome::Done(_) => return ExitCode::SUCCESS,
            Outcome::Error(e) => {
                use std::io::Write;
                let _ = std::io::stdout().flush();
                eprintln!("{e}");
                return ExitCode::from(1);
            }
            Outcome::Suspended(fut) => {
                let r = futures_lite::future::block_on(fut);
                outcome = vm.resume(r);
            }
        }
    }
}

fn check(args: &Args) -> ExitCode {
    let mut files = Vec::new();
    collect_js(std::path::Path::new(&args.path), &mut files);
    if files.is_empty() {
        eprintln!("kitwork: no .js or .ts files at {}", args.path);
        return ExitCode::from(2);
    }
    let mut failed = false;
    for f in &files {
        if let Err(d) = compile(f) {
            eprintln!("{}", d.render_with_source(args.locale));
            failed = true;
        }
    }
    if failed {
        ExitCode::from(2)
    } else {
        println!("ok: {} file(s) compiled", files.len());
        ExitCode::SUCCESS
    }
}

fn collect_js(p: &std::path::Path, out: &mut Vec<String>) {
    if p.is_dir() {
        let Ok(rd) = std::fs::read_dir(p) else { return };
        let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
        entries.sort();
        for e in entries {
            collect_js(&e, out);
        }
    } else if p.extension().is_some_and(|e| e == "js" || e == "ts") {
        out.push(p.to_string_lossy().into_owned());
    }
}
