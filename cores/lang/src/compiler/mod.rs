//! The compiler: a whole module graph (AST) to one bytecode [`Program`].
//!
//! Layout (see `bytecode.rs`): every module's top-level code is a function
//! with `flags::MODULE`; `Program.entry` calls them in dependency order.
//! Module-level bindings of all modules are globals (one slot each, unique
//! across modules); an import compiles to the exporting module's slot, so
//! bindings are live. A namespace (`import * as ns`, `export * as ns`) is
//! live too: `ns.x` compiles to `x`'s own binding, and every other use of
//! `ns` builds a fresh frozen, null-prototype namespace object of the
//! current values (members sorted by name, as JS orders them). Divergences:
//! two uses of `ns` are not the same object, and `ns.f()` calls `f` with
//! `this` undefined.
//!
//! Each module is compiled twice: the first pass discovers which locals are
//! captured by inner functions (they must be boxed from their declaration
//! on), which let/const are ever read with a TDZ check (they need the hole
//! at scope entry) and which functions use `arguments` / their own name
//! from an inner function; the second pass emits the real code with that
//! knowledge. The first pass's output is discarded.
//!
//! Frames: the compiler relies on the VM starting every non-parameter slot
//! of a frame as `undefined` (a hoisted `var` reads `undefined` before its
//! assignment without any initializing instruction).

mod expr;
pub mod names;
mod state;
mod stmt;

use crate::ast::{self, ExportDecl, ImportSpec, StmtKind, Sym};
use crate::bytecode::{Const, FuncProto, Op, Program};
use crate::diag::{DiagKind, Diagnostic};
use crate::intern::Interner;
use crate::modules::Loader;
use crate::parser::Syntax;
use crate::source::{SourceFile, Span};
use ahash::AHashMap as HashMap;
use state::*;
use std::sync::Arc;

/// What the compiler knows of the host.
pub struct Options<'a> {
    /// Built-in names, indexed by `GetBuiltin`: globals (`console`, `Math`,
    /// ...), `$`-prefixed prelude intrinsics, and `kitwork.<name>` for the
    /// names `import { name } from "kitwork"` may take.
    pub builtins: &'a [&'a str],
    /// Whether `$`-prefixed names resolve to builtins (prelude code only).
    pub prelude: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dep {
    Kitwork,
    Module(usize),
}

struct Module {
    name: String,
    file: Arc<SourceFile>,
    ast: ast::Module,
    deps: HashMap<String, Dep>,
    /// Module scope: own declarations and imports.
    top: Vec<(Sym, Span, BindKind, Loc)>,
    default_global: Option<u32>,
    exports: Vec<(String, Loc)>,
    ns_builds: Vec<(u32, Vec<(String, Loc)>)>,
    /// TypeScript: names exported as types only (no run-time value).
    type_exports: Vec<String>,
    done: bool,
}

struct Graph<'l> {
    loader: &'l mut dyn Loader,
    interner: Interner,
    mods: Vec<Module>,
    by_name: HashMap<String, usize>,
    stack: Vec<usize>,
    order: Vec<usize>,
    n_globals: u32,
    /// The syntax of the entry module; the others' is their file name's.
    entry_syntax: Syntax,
}

fn semantic(file: &Arc<SourceFile>, span: Span, msg: impl Into<String>) -> Diagnostic {
    Diagnostic {
        kind: DiagKind::Semantic(msg.into()),
        file: file.clone(),
        span,
    }
}

/// Module specifiers of a module, in source order, with their spans.
fn requests(m: &ast::Module) -> Vec<(&str, Span)> {
    let mut out = Vec::new();
    for s in &m.body {
        match &s.kind {
            StmtKind::Import(d) => out.push((d.source.as_str(), d.source_span)),
            StmtKind::Export(ExportDecl::Named {
                from: Some((src, span)),
                ..
            }) => out.push((src.as_str(), *span)),
            StmtKind::Export(ExportDecl::All { from, .. }) => out.push((from.0.as_str(), from.1)),
            _ => {}
        }
    }
    out
}

impl<'l> Graph<'l> {
    fn visit(&mut self, name: &str, via: Option<(usize, Span)>) -> Result<usize, Diagnostic> {
        if let Some(&i) = self.by_name.get(name) {
            if !self.mods[i].done {
                let (imp, span) = via.expect("a cycle has an importer");
                let from = self.stack.iter().position(|&m| m == i).unwrap_or(0);
                let mut names: Vec<&str> = self.stack[from..]
                    .iter()
                    .map(|&m| self.mods[m].name.as_str())
                    .collect();
                names.push(&self.mods[i].name);
                return Err(semantic(
                    &self.mods[imp].file,
                    span,
                    format!("import cycle: {}", names.join(" -> ")),
                ));
            }
            return Ok(i);
        }
        let text = match self.loader.read(name) {
            Ok(t) => t,
            Err(msg) => {
                let (file, span) = match via {
                    Some((imp, span)) => (self.mods[imp].file.clone(), span),
                    None => (SourceFile::new(name, ""), Span::default()),
                };
                return Err(semantic(&file, span, msg));
            }
        };
        let file = SourceFile::new(name, text);
        let syntax = if via.is_none() {
            self.entry_syntax
        } else {
            Syntax::from_path(name)
        };
        let ast = crate::parser::parse_module_arc_as(&file, syntax, &mut self.interner)?;
        let i = self.mods.len();
        self.mods.push(Module {
            name: name.to_string(),
            file: file.clone(),
            ast,
            deps: HashMap::new(),
            top: Vec::new(),
            default_global: None,
            exports: Vec::new(),
            ns_builds: Vec::new(),
            type_exports: Vec::new(),
            done: false,
        });
        self.by_name.insert(name.to_string(), i);
        self.stack.push(i);
        let reqs: Vec<(String, Span)> = requests(&self.mods[i].ast)
            .into_iter()
            .map(|(s, sp)| (s.to_string(), sp))
            .collect();
        for (spec, span) in reqs {
            if self.mods[i].deps.contains_key(&spec) {
                continue;
            }
            let dep = if spec == "kitwork" {
                Dep::Kitwork
            } else {
                let child = self
                    .loader
                    .resolve(name, &spec)
                    .map_err(|m| semantic(&file, span, m))?;
                Dep::Module(self.visit(&child, Some((i, span)))?)
            };
            self.mods[i].deps.insert(spec, dep);
        }
        self.stack.pop();
        self.mods[i].done = true;
        self.order.push(i);
        Ok(i)
    }

    fn global(&mut self) -> u32 {
        self.n_globals += 1;
        self.n_globals - 1
    }

    /// Allocates module-level globals, resolves imports and computes exports.
    fn link(&mut self, i: usize, opts: &Options) -> Result<(), Diagnostic> {
        let body = std::mem::take(&mut self.mods[i].ast.body);
        let r = self.link_body(i, &body, opts);
        self.mods[i].ast.body = body;
        r
    }

    fn link_body(
        &mut self,
        i: usize,
        body: &[ast::Stmt],
        opts: &Options,
    ) -> Result<(), Diagnostic> {
        let file = self.mods[i].file.clone();
        let dup = |sym: Sym, span: Span, names: &Interner| {
            semantic(
                &file,
                span,
                format!("Identifier '{}' has already been declared", names.name(sym)),
            )
        };
        let mut top: Vec<(Sym, Span, BindKind, Loc)> = Vec::new();
        let mut index: HashMap<Sym, usize> = HashMap::new();
        // Lexical declarations (let/const/function) and vars.
        let lex: Vec<(Sym, Span, BindKind)> = collect_lexical(body)
            .iter()
            .map(|d| (d.sym, d.span, d.kind))
            .collect();
        for (sym, span, kind) in lex {
            if index.contains_key(&sym) {
                return Err(dup(sym, span, &self.interner));
            }
            let g = self.global();
            index.insert(sym, top.len());
            top.push((sym, span, kind, Loc::Global(g)));
        }
        let mut vars = Vec::new();
        collect_vars(body, &mut vars);
        for (sym, span) in vars {
            match index.get(&sym) {
                Some(&j) if matches!(top[j].2, BindKind::Var) => {}
                Some(_) => return Err(dup(sym, span, &self.interner)),
                None => {
                    let g = self.global();
                    index.insert(sym, top.len());
                    top.push((sym, span, BindKind::Var, Loc::Global(g)));
                }
            }
        }
        // Imports.
        let mut ns_builds = Vec::new();
        // TypeScript: local names of types (declared or imported).
        let mut type_locals: Vec<Sym> = self.mods[i].ast.types.clone();
        let mut type_exports: Vec<String> = self.mods[i]
            .ast
            .type_exports
            .iter()
            .map(|s| self.interner.name(*s).to_string())
            .collect();
        for s in body {
            let StmtKind::Import(d) = &s.kind else {
                continue;
            };
            let dep = self.mods[i].deps[&d.source];
            for spec in &d.specifiers {
                // TypeScript: an import of a type has no value; elided.
                let type_import = match spec {
                    ImportSpec::Default(local) => {
                        self.is_type_export(dep, "default").then_some(local)
                    }
                    ImportSpec::Named { imported, local } => self
                        .is_type_export(dep, self.interner.name(imported.sym))
                        .then_some(local),
                    ImportSpec::Namespace(_) => None,
                };
                if let Some(local) = type_import {
                    type_locals.push(local.sym);
                    continue;
                }
                let (local, loc) = match spec {
                    ImportSpec::Default(local) => (
                        *local,
                        self.import_name(dep, "default", &d.source, local.span, &file, opts)?,
                    ),
                    ImportSpec::Named { imported, local } => {
                        let n = self.interner.name(imported.sym).to_string();
                        (
                            *local,
                            self.import_name(dep, &n, &d.source, imported.span, &file, opts)?,
                        )
                    }
                    ImportSpec::Namespace(local) => {
                        let g = self.global();
                        ns_builds.push((g, self.namespace_of(dep, opts)));
                        (*local, Loc::Global(g))
                    }
                };
                if index.contains_key(&local.sym) {
                    return Err(dup(local.sym, local.span, &self.interner));
                }
                index.insert(local.sym, top.len());
                top.push((local.sym, local.span, BindKind::Import, loc));
            }
        }
        // Exports: explicit ones first, then `export *`.
        let mut exports: Vec<(String, Loc)> = Vec::new();
        let mut default_global = None;
        let mut stars = Vec::new();
        for s in body {
            let StmtKind::Export(ex) = &s.kind else {
                continue;
            };
            match ex {
                ExportDecl::Decl(inner) => {
                    let mut names = Vec::new();
                    match &inner.kind {
                        StmtKind::Var(d) => {
                            for dc in &d.decls {
                                pattern_names(&dc.target, &mut names);
                            }
                        }
                        StmtKind::Function(f) => {
                            if let Some(n) = &f.name {
                                names.push((n.sym, n.span));
                            }
                        }
                        _ => {}
                    }
                    for (sym, _) in names {
                        let loc = top[index[&sym]].3;
                        exports.push((self.interner.name(sym).to_string(), loc));
                    }
                }
                ExportDecl::DefaultExpr(_) => {
                    let g = self.global();
                    default_global = Some(g);
                    exports.push(("default".into(), Loc::Global(g)));
                }
                ExportDecl::DefaultFunction(f) => {
                    let loc = match &f.name {
                        Some(n) => top[index[&n.sym]].3,
                        None => {
                            let g = self.global();
                            default_global = Some(g);
                            Loc::Global(g)
                        }
                    };
                    exports.push(("default".into(), loc));
                }
                ExportDecl::Named { specs, from: None } => {
                    for sp in specs {
                        if !index.contains_key(&sp.local.sym) && type_locals.contains(&sp.local.sym)
                        {
                            type_exports.push(self.interner.name(sp.exported.sym).to_string());
                            continue;
                        }
                        let Some(&j) = index.get(&sp.local.sym) else {
                            return Err(semantic(
                                &file,
                                sp.local.span,
                                format!(
                                    "Export '{}' is not defined in module",
                                    self.interner.name(sp.local.sym)
                                ),
                            ));
                        };
                        exports.push((self.interner.name(sp.exported.sym).to_string(), top[j].3));
                    }
                }
                ExportDecl::Named {
                    specs,
                    from: Some((src, _)),
                } => {
                    let dep = self.mods[i].deps[src];
                    for sp in specs {
                        let n = self.interner.name(sp.local.sym).to_string();
                        if self.is_type_export(dep, &n) {
                            type_exports.push(self.interner.name(sp.exported.sym).to_string());
                            continue;
                        }
                        let loc = self.import_name(dep, &n, src, sp.local.span, &file, opts)?;
                        exports.push((self.interner.name(sp.exported.sym).to_string(), loc));
                    }
                }
                ExportDecl::All { alias, from } => {
                    let dep = self.mods[i].deps[&from.0];
                    match alias {
                        Some(a) => {
                            let g = self.global();
                            ns_builds.push((g, self.namespace_of(dep, opts)));
                            exports.push((self.interner.name(a.sym).to_string(), Loc::Global(g)));
                        }
                        None => stars.push(dep),
                    }
                }
            }
        }
        for dep in stars {
            for (n, loc) in self.namespace_of(dep, opts) {
                if n != "default" && !exports.iter().any(|(e, _)| *e == n) {
                    exports.push((n, loc));
                }
            }
            if let Dep::Module(m) = dep {
                for n in &self.mods[m].type_exports {
                    if n != "default" && !exports.iter().any(|(e, _)| e == n) {
                        type_exports.push(n.clone());
                    }
                }
            }
        }
        type_exports.retain(|n| !exports.iter().any(|(e, _)| e == n));
        let m = &mut self.mods[i];
        m.top = top;
        m.exports = exports;
        m.default_global = default_global;
        m.ns_builds = ns_builds;
        m.type_exports = type_exports;
        Ok(())
    }

    /// TypeScript: `name` is exported by `dep` as a type only (an import of
    /// it is elided).
    fn is_type_export(&self, dep: Dep, name: &str) -> bool {
        match dep {
            Dep::Kitwork => false,
            Dep::Module(m) => {
                let m = &self.mods[m];
                !m.exports.iter().any(|(n, _)| n == name)
                    && m.type_exports.iter().any(|n| n == name)
            }
        }
    }

    fn import_name(
        &self,
        dep: Dep,
        name: &str,
        spec: &str,
        span: Span,
        file: &Arc<SourceFile>,
        opts: &Options,
    ) -> Result<Loc, Diagnostic> {
        let found = match dep {
            Dep::Kitwork => {
                let full = format!("kitwork.{name}");
                opts.builtins
                    .iter()
                    .position(|b| *b == full)
                    .map(|b| Loc::Builtin(b as u16))
            }
            Dep::Module(m) => self.mods[m]
                .exports
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, l)| *l),
        };
        found.ok_or_else(|| {
            semantic(
                file,
                span,
                format!("The requested module '{spec}' does not provide an export named '{name}'"),
            )
        })
    }

    /// A module's exports sorted by name (namespace objects).
    fn namespace_of(&self, dep: Dep, opts: &Options) -> Vec<(String, Loc)> {
        let mut v: Vec<(String, Loc)> = match dep {
            Dep::Kitwork => opts
                .builtins
                .iter()
                .enumerate()
                .filter_map(|(i, b)| {
                    b.strip_prefix("kitwork.")
                        .map(|n| (n.to_string(), Loc::Builtin(i as u16)))
                })
                .collect(),
            Dep::Module(m) => self.mods[m].exports.clone(),
        };
        v.sort_by(|a, b| {
            let a16: Vec<u16> = a.0.encode_utf16().collect();
            let b16: Vec<u16> = b.0.encode_utf16().collect();
            a16.cmp(&b16)
        });
        v
    }
}

/// Compiles the module graph reachable from `entry` into one program.
/// Nothing runs before the whole graph compiled cleanly. Each module's
/// syntax follows its name ([`Syntax::from_path`]: `*.ts` is TypeScript).
pub fn compile_graph(
    entry: &str,
    loader: &mut dyn Loader,
    opts: &Options,
) -> Result<Program, Diagnostic> {
    compile_graph_as(entry, Syntax::from_path(entry), loader, opts)
}

/// [`compile_graph`] with the entry module parsed as `entry_syntax`,
/// whatever its name: source given in memory (a snippet of TypeScript
/// under the name `snippet`). The modules it imports still follow their
/// own names (`./lib.ts` is TypeScript, `./lib.js` JavaScript).
pub fn compile_graph_as(
    entry: &str,
    entry_syntax: Syntax,
    loader: &mut dyn Loader,
    opts: &Options,
) -> Result<Program, Diagnostic> {
    let mut g = Graph {
        entry_syntax,
        loader,
        interner: Interner::new(),
        mods: Vec::new(),
        by_name: HashMap::new(),
        stack: Vec::new(),
        order: Vec::new(),
        n_globals: 0,
    };
    let entry_idx = g.visit(entry, None)?;
    let order = g.order.clone();
    for &i in &order {
        g.link(i, opts)?;
    }
    let namespaces: HashMap<u32, Vec<(String, Loc)>> = g
        .mods
        .iter()
        .flat_map(|m| m.ns_builds.iter().cloned())
        .collect();
    let view = GraphView {
        opts,
        names: &g.interner,
        namespaces: &namespaces,
    };
    let mut prog = Program::default();
    let mut pool = ConstPool::default();
    let mut module_fns = Vec::new();
    for (fi, &i) in order.iter().enumerate() {
        let m = &g.mods[i];
        prog.files.push(m.file.clone());
        let file_idx = u16::try_from(fi)
            .map_err(|_| semantic(&m.file, Span::default(), "too many modules"))?;
        // Pass 1: discover captures, TDZ checks and lazy bindings.
        let empty = PassInfo::default();
        let mut scratch_pool = pool.clone_pool();
        let mut scratch_funcs = prog.funcs.clone();
        let info = {
            let mut mc = new_mc(
                &view,
                m,
                file_idx,
                &mut scratch_pool,
                &mut scratch_funcs,
                &empty,
            );
            compile_module(&mut mc, m)?;
            mc.info_out
        };
        // Pass 2: the real code.
        let mut mc = new_mc(&view, m, file_idx, &mut pool, &mut prog.funcs, &info);
        let f = compile_module(&mut mc, m)?;
        module_fns.push((f, m.name.clone()));
    }
    // The entry: run each module's top-level code in dependency order.
    let mut code = Vec::new();
    let entry_file = g.mods[entry_idx].file.clone();
    for (f, name) in &module_fns {
        let k = pool
            .add(Const::Str(utf16(name)))
            .ok_or_else(|| semantic(&entry_file, Span::default(), "too many constants"))?;
        code.push(Op::Closure as u8);
        code.extend_from_slice(&f.to_le_bytes());
        code.push(Op::Undef as u8);
        code.push(Op::Call as u8);
        code.push(0);
        code.extend_from_slice(&k.to_le_bytes());
        code.push(Op::Pop as u8);
    }
    code.push(Op::ReturnUndef as u8);
    prog.entry = prog.funcs.len() as u32;
    prog.funcs.push(FuncProto {
        name: Box::new([]),
        n_slots: 1,
        file: order.iter().position(|&i| i == entry_idx).unwrap_or(0) as u16,
        code,
        ..FuncProto::default()
    });
    prog.consts = pool.consts;
    prog.n_globals = g.n_globals;
    prog.exports = g.mods[entry_idx]
        .exports
        .iter()
        .filter_map(|(n, l)| match l {
            Loc::Global(gl) => Some((n.clone(), *gl)),
            _ => None,
        })
        .collect();
    Ok(prog)
}

/// What every module of a graph compiles against.
struct GraphView<'a> {
    opts: &'a Options<'a>,
    names: &'a Interner,
    namespaces: &'a HashMap<u32, Vec<(String, Loc)>>,
}

fn new_mc<'a>(
    view: &GraphView<'a>,
    m: &Module,
    file_idx: u16,
    consts: &'a mut ConstPool,
    funcs: &'a mut Vec<FuncProto>,
    info: &'a PassInfo,
) -> ModCompiler<'a> {
    let (opts, names, namespaces) = (view.opts, view.names, view.namespaces);
    ModCompiler {
        opts,
        names,
        file: m.file.clone(),
        file_idx,
        consts,
        funcs,
        info_in: info,
        info_out: PassInfo::default(),
        fns: Vec::new(),
        sym_arguments: names.get("arguments"),
        default_global: m.default_global,
        namespaces,
        stmt_start: u32::MAX,
    }
}

fn compile_module(mc: &mut ModCompiler, m: &Module) -> Result<u32, Diagnostic> {
    let idx = mc.funcs.len() as u32;
    mc.funcs.push(FuncProto::default());
    mc.fns.push(FnState {
        is_module: true,
        next_slot: 1,
        max_slot: 1,
        ..FnState::default()
    });
    mc.push_scope();
    for &(sym, span, kind, loc) in &m.top {
        let f = mc.f();
        let id = f.vars.len();
        f.vars.push(VarInfo {
            key: (span.start, K_BIND),
            loc,
            kind,
            boxed: false,
            initialized: !kind.lexical(),
        });
        f.scopes[0].names.insert(sym, id);
        if kind.lexical() {
            if let Loc::Global(g) = loc {
                mc.op32(Op::ClearGlobal, g);
            }
        }
    }
    // The namespace's own slot (what the host reads through
    // `Program.exports`); code reading it is compiled to a fresh build.
    for (g, items) in &m.ns_builds {
        mc.build_namespace(items.clone(), Span::default())?;
        mc.op32(Op::SetGlobal, *g);
    }
    // Hoisted declarations: functions are initialized before any code runs.
    mc.hoist_lexical_module(&m.ast.body)?;
    for s in &m.ast.body {
        if let StmtKind::Export(ExportDecl::DefaultFunction(f)) = &s.kind {
            if f.name.is_none() {
                let name = utf16("default");
                mc.emit_closure(f, &name, false)?;
                let g = m.default_global.expect("default slot");
                mc.op32(Op::SetGlobal, g);
            }
        }
    }
    for s in &m.ast.body {
        mc.stmt(s)?;
    }
    mc.op(Op::ReturnUndef);
    mc.pop_scope();
    let st = mc.fns.pop().expect("module state");
    mc.funcs[idx as usize] = FuncProto {
        name: utf16(&m.name),
        length: 0,
        n_params: 0,
        n_slots: st.max_slot.min(u16::MAX as u32) as u16,
        captures: Vec::new(),
        flags: crate::bytecode::flags::MODULE,
        file: mc.file_idx,
        code: st.code,
        lines: st.lines,
        source: (0, 0),
        free: Vec::new(),
    };
    Ok(idx)
}

impl<'a> ModCompiler<'a> {
    /// Module top level: globals already exist; initialize the functions.
    fn hoist_lexical_module(&mut self, body: &[ast::Stmt]) -> R<()> {
        for d in collect_lexical(body) {
            let Some(f) = d.func else { continue };
            let id = self.lookup_current_scope(d.sym).expect("module binding");
            self.emit_closure(f, &[], false)?;
            self.f().vars[id].initialized = true;
            if let Loc::Global(g) = self.fr().vars[id].loc {
                self.op32(Op::SetGlobal, g);
            }
        }
        Ok(())
    }
}
