//! The JavaScript built-ins, installed once per process into layer 0.
//!
//! Each file owns one family and exposes `install(&mut Builder)`. Natives
//! that take callbacks (`map`, `sort` ...) are written in JavaScript in
//! `prelude.js`, so calling back into user code never grows the Rust stack.

use crate::atoms;
use crate::conv::Key;
use crate::error::JsResult;
use crate::heap::{Heap, Layer};
use crate::interp::{Loaded, Outcome, Shared, Vm};
use crate::object::{NativeFn, ObjKind, Object};
use crate::realm::{Realm, Twins};
use crate::string::JsStr;
use crate::value::{ObjId, Value};
use crate::{BufferConsole, Ctx, Limits};
use std::sync::Arc;

pub mod array;
pub mod console;
pub mod date;
pub mod error;
pub mod function;
pub mod global;
pub mod inspect;
pub mod intrinsics;
pub mod json;
pub mod map_set;
pub mod math;
pub mod number;
pub mod object;
pub mod string;

/// Names of the global bindings the compiler resolves to built-ins, in the
/// order of [`Builtins::globals`].
pub const GLOBAL_NAMES: &[&str] = &[
    "undefined",
    "NaN",
    "Infinity",
    "console",
    "Math",
    "JSON",
    "Object",
    "Array",
    "String",
    "Number",
    "Boolean",
    "Function",
    "Map",
    "Set",
    "Date",
    "Error",
    "TypeError",
    "RangeError",
    "ReferenceError",
    "SyntaxError",
    "URIError",
    "parseInt",
    "parseFloat",
    "isNaN",
    "isFinite",
    "encodeURIComponent",
    "decodeURIComponent",
    "encodeURI",
    "decodeURI",
    "fail",
];

/// Layer 0 and what a VM needs to find things in it.
pub struct Builtins {
    pub layer: Arc<Layer>,
    pub realm: Realm,
    /// Values of [`GLOBAL_NAMES`], same order.
    pub globals: Vec<Value>,
    /// The prelude and the values of [`builtin_names`], for every VM.
    pub shared: Shared,
    /// Every name the compiler resolves to a built-in ([`builtin_names`],
    /// then the host module's `kitwork.*` exports), in `GetBuiltin` order.
    pub names: Vec<&'static str>,
}

/// What an embedder adds to layer 0: the exports of `import {..} from
/// "kitwork"`, each as its full builtin name (`"kitwork.router"`). The
/// installer builds them with the [`Builder`] (natives, objects, methods).
pub type HostInstall = fn(&mut Builder) -> Vec<(&'static str, Value)>;

/// The prelude's modules, in load order: built-ins written in JavaScript
/// because they call back into user code.
const PRELUDE: &[(&str, &str)] = &[
    ("core.js", include_str!("prelude/core.js")),
    ("array.js", include_str!("prelude/array.js")),
    ("map_set.js", include_str!("prelude/map_set.js")),
    ("string.js", include_str!("prelude/string.js")),
    ("json.js", include_str!("prelude/json.js")),
];

/// Every name the compiler resolves to a built-in, in `GetBuiltin` order:
/// the globals of JavaScript, then the `$` intrinsics only the prelude sees.
pub fn builtin_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = GLOBAL_NAMES.to_vec();
    names.push("$twin");
    names.push("$isUserFunction");
    names.extend(intrinsics::INTRINSICS.iter().map(|(n, _, _)| *n));
    names
}

/// `$isUserFunction(v)`: a function written in JavaScript (not a native).
fn is_user_function(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(matches!(
        arg(args, 0),
        Value::Obj(o) if matches!(ctx.heap.obj(o).kind, ObjKind::Closure { .. } | ObjKind::Bound { .. })
    )))
}

/// Twins registered while the prelude runs.
#[derive(Default)]
struct TwinTable {
    natives: Vec<(ObjId, Value)>,
    binary: Value,
    unary: Value,
    generic: Value,
}

/// `$twin(native, fn)`: registers the JavaScript twin of a native;
/// `$twin("binary" | "unary", fn)` the twins of the operators, and
/// `$twin("generic", fn)` the fallback for other natives. Build time only.
fn twin(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    let (target, f) = (arg(args, 0), arg(args, 1));
    let op_name = match target {
        Value::Str(s) => Some(ctx.heap.str(s).to_rust_string()),
        _ => None,
    };
    let Some(t) = ctx
        .host
        .as_mut()
        .and_then(|h| h.downcast_mut::<TwinTable>())
    else {
        return Ok(Value::Undefined);
    };
    match (target, op_name.as_deref()) {
        (_, Some("binary")) => t.binary = f,
        (_, Some("unary")) => t.unary = f,
        (_, Some("generic")) => t.generic = f,
        (Value::Obj(native), _) => t.natives.push((native, f)),
        _ => {}
    }
    Ok(Value::Undefined)
}

/// Compiles the prelude and runs it over the ctx being built.
fn load_prelude(ctx: Ctx, builtin_values: Vec<Value>) -> (Ctx, Shared) {
    use kitwork_lang::compiler::{compile_graph, Options};
    use kitwork_lang::modules::MemLoader;
    let mut files = std::collections::HashMap::new();
    let mut index = String::new();
    for (name, text) in PRELUDE {
        files.insert(format!("prelude/{name}"), text.to_string());
        index.push_str(&format!("import \"./{name}\"\n"));
    }
    files.insert("prelude/index.js".to_string(), index);
    let names = builtin_names();
    let opts = Options {
        builtins: &names,
        prelude: true,
    };
    let program = match compile_graph("prelude/index.js", &mut MemLoader(files), &opts) {
        Ok(p) => Arc::new(p),
        Err(d) => panic!("prelude does not compile: {d}"),
    };
    let mut ctx = ctx;
    let loaded = Arc::new(Loaded::new(&mut ctx, program).expect("prelude constants fit"));
    ctx.host = Some(Box::new(TwinTable::default()));
    let n = loaded.program.n_globals as usize;
    let shared = Shared {
        prelude: loaded,
        prelude_globals: vec![Value::Undefined; n].into(),
        builtin_values: builtin_values.into(),
        twins: Default::default(),
        binary: Value::Undefined,
        unary: Value::Undefined,
        generic: Value::Undefined,
    };
    let mut vm = Vm::with_ctx(ctx, shared.clone());
    vm.unfreeze_prelude();
    if let Outcome::Error(e) = vm.run_main(0) {
        panic!("prelude failed: {e}");
    }
    let globals = vm.prelude_globals();
    let mut ctx = vm.into_ctx();
    let table = ctx
        .host
        .take()
        .and_then(|h| h.downcast::<TwinTable>().ok())
        .map(|t| *t)
        .unwrap_or_default();
    let shared = Shared {
        prelude_globals: globals.into(),
        twins: Arc::new(table.natives.into_iter().collect()),
        binary: table.binary,
        unary: table.unary,
        generic: table.generic,
        ..shared
    };
    (ctx, shared)
}

/// Installs built-ins into a ctx whose run layer will become layer 0.
pub struct Builder<'a> {
    pub ctx: &'a mut Ctx,
    globals: Vec<(&'static str, Value)>,
}

impl<'a> Builder<'a> {
    pub fn realm(&self) -> Realm {
        self.ctx.realm
    }

    /// Interns a name.
    pub fn atom(&mut self, name: &str) -> crate::StrId {
        self.ctx
            .heap
            .intern(JsStr::from_str(name))
            .expect("layer 0 fits")
    }

    /// A native function object.
    pub fn native(&mut self, name: &str, f: NativeFn, length: u8) -> ObjId {
        let name = self.atom(name);
        let proto = self.ctx.realm.function_proto;
        self.ctx
            .heap
            .alloc(Object::new(
                Some(proto),
                ObjKind::Native {
                    f,
                    name,
                    length,
                    ctor: None,
                },
            ))
            .expect("layer 0 fits")
    }

    /// A constructor: `f` when called, `ctor` with `new`; `proto` becomes
    /// its `prototype` and gets `constructor` back.
    pub fn constructor(
        &mut self,
        name: &str,
        f: NativeFn,
        ctor: NativeFn,
        length: u8,
        proto: ObjId,
    ) -> ObjId {
        let c = self.native(name, f, length);
        if let ObjKind::Native { ctor: slot, .. } = &mut self.ctx.heap.obj_mut(c).unwrap().kind {
            *slot = Some(ctor);
        }
        self.value(c, "prototype", Value::Obj(proto));
        self.value(proto, "constructor", Value::Obj(c));
        c
    }

    /// `obj.name = native`.
    pub fn method(&mut self, obj: ObjId, name: &str, f: NativeFn, length: u8) -> ObjId {
        let m = self.native(name, f, length);
        self.value(obj, name, Value::Obj(m));
        m
    }

    /// `obj.name = v`.
    pub fn value(&mut self, obj: ObjId, name: &str, v: Value) {
        let key = self.atom(name);
        crate::ops::set_obj(self.ctx, obj, Key::Atom(key), v).expect("layer 0 fits");
    }

    pub fn str_value(&mut self, s: &str) -> Value {
        Value::Str(self.atom(s))
    }

    /// A plain object (namespace like `Math`).
    pub fn object(&mut self) -> ObjId {
        let proto = self.ctx.realm.object_proto;
        self.ctx
            .heap
            .alloc(Object::new(Some(proto), ObjKind::Ordinary))
            .expect("layer 0 fits")
    }

    /// Binds a global name (must be one of [`GLOBAL_NAMES`]).
    pub fn global(&mut self, name: &'static str, v: Value) {
        debug_assert!(
            GLOBAL_NAMES.contains(&name),
            "{name} missing from GLOBAL_NAMES"
        );
        self.globals.push((name, v));
    }
}

fn placeholder(_: &mut Ctx, _: Value, _: &[Value]) -> JsResult<Value> {
    Ok(Value::Undefined)
}

/// Builds layer 0: atoms, prototypes, constructors, namespaces.
pub fn build() -> Builtins {
    build_with(None)
}

/// Builds layer 0 with a host module's exports after the built-ins.
pub fn build_with(host: Option<HostInstall>) -> Builtins {
    let heap = Heap::bootstrap();
    let zero = ObjId(0);
    let twins = Twins {
        add: Value::Undefined,
        to_string: Value::Undefined,
        to_number: Value::Undefined,
        loose_eq: Value::Undefined,
        less_than: Value::Undefined,
    };
    let mut ctx = Ctx {
        heap,
        realm: Realm {
            object_proto: zero,
            function_proto: zero,
            array_proto: zero,
            string_proto: zero,
            number_proto: zero,
            boolean_proto: zero,
            error_proto: zero,
            type_error_proto: zero,
            range_error_proto: zero,
            reference_error_proto: zero,
            syntax_error_proto: zero,
            uri_error_proto: zero,
            map_proto: zero,
            set_proto: zero,
            date_proto: zero,
            iterator_proto: zero,
            object_ctor: zero,
            array_ctor: zero,
            function_ctor: zero,
            error_ctor: zero,
            twins,
        },
        limits: Limits::default(),
        energy: u64::MAX,
        reserve: 0,
        deadline: None,
        module_globals: Vec::new(),
        host_missing: None,
        prop_cache: Default::default(),
        console: Box::new(BufferConsole::default()),
        host: None,
        programs: Vec::new(),
    };
    // Fixed ids first: well-known atoms, then one-character ASCII strings.
    for (i, name) in atoms::NAMES.iter().enumerate() {
        let id = ctx.heap.intern(JsStr::from_str(name)).unwrap();
        assert_eq!(id.0 as usize, i, "duplicate well-known atom {name:?}");
    }
    for c in 0u8..0x80 {
        let id = ctx.heap.intern(JsStr::Ascii(Box::new([c]))).unwrap();
        assert_eq!(id, atoms::ascii_char(c));
    }
    // Prototypes, before anything that links to them.
    let object_proto = ctx
        .heap
        .alloc(Object::new(None, ObjKind::Ordinary))
        .unwrap();
    let mk = |ctx: &mut Ctx, kind: ObjKind| {
        ctx.heap
            .alloc(Object::new(Some(object_proto), kind))
            .unwrap()
    };
    let fproto_kind = ObjKind::Native {
        f: placeholder,
        name: atoms::EMPTY,
        length: 0,
        ctor: None,
    };
    let function_proto = mk(&mut ctx, fproto_kind);
    let array_proto = mk(&mut ctx, ObjKind::Array(Vec::new()));
    let string_proto = mk(&mut ctx, ObjKind::Primitive(Value::Str(atoms::EMPTY)));
    let number_proto = mk(&mut ctx, ObjKind::Primitive(Value::Num(0.0)));
    let boolean_proto = mk(&mut ctx, ObjKind::Primitive(Value::Bool(false)));
    let error_proto = mk(&mut ctx, ObjKind::Ordinary);
    let sub_error = |ctx: &mut Ctx| {
        ctx.heap
            .alloc(Object::new(Some(error_proto), ObjKind::Ordinary))
            .unwrap()
    };
    let type_error_proto = sub_error(&mut ctx);
    let range_error_proto = sub_error(&mut ctx);
    let reference_error_proto = sub_error(&mut ctx);
    let syntax_error_proto = sub_error(&mut ctx);
    let uri_error_proto = sub_error(&mut ctx);
    let map_proto = mk(&mut ctx, ObjKind::Ordinary);
    let set_proto = mk(&mut ctx, ObjKind::Ordinary);
    let date_proto = mk(&mut ctx, ObjKind::Ordinary);
    let iterator_proto = mk(&mut ctx, ObjKind::Ordinary);
    ctx.realm = Realm {
        object_proto,
        function_proto,
        array_proto,
        string_proto,
        number_proto,
        boolean_proto,
        error_proto,
        type_error_proto,
        range_error_proto,
        reference_error_proto,
        syntax_error_proto,
        uri_error_proto,
        map_proto,
        set_proto,
        date_proto,
        iterator_proto,
        twins,
        ..ctx.realm
    };
    let mut b = Builder {
        ctx: &mut ctx,
        globals: Vec::new(),
    };
    let undef = Value::Undefined;
    b.global("undefined", undef);
    b.global("NaN", Value::Num(f64::NAN));
    b.global("Infinity", Value::Num(f64::INFINITY));
    object::install(&mut b);
    function::install(&mut b);
    array::install(&mut b);
    string::install(&mut b);
    number::install(&mut b);
    math::install(&mut b);
    json::install(&mut b);
    console::install(&mut b);
    error::install(&mut b);
    map_set::install(&mut b);
    date::install(&mut b);
    global::install(&mut b);
    let named = std::mem::take(&mut b.globals);
    let globals: Vec<Value> = GLOBAL_NAMES
        .iter()
        .map(|name| {
            named
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| *v)
                .unwrap_or(Value::Undefined)
        })
        .collect();
    let mut values = globals.clone();
    let t = b.native("$twin", twin, 2);
    values.push(Value::Obj(t));
    let u = b.native("$isUserFunction", is_user_function, 1);
    values.push(Value::Obj(u));
    for (name, f, len) in intrinsics::INTRINSICS {
        let o = b.native(name, *f, *len);
        values.push(Value::Obj(o));
    }
    let mut names = builtin_names();
    if let Some(install) = host {
        for (name, v) in install(&mut b) {
            names.push(name);
            values.push(v);
        }
    }
    let (mut ctx, shared) = load_prelude(ctx, values);
    let realm = ctx.realm;
    let layer = ctx.heap.freeze();
    Builtins {
        layer,
        realm,
        globals,
        shared,
        names,
    }
}

/// Argument `i`, or `undefined`.
#[inline]
pub fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::Undefined)
}

/// Shared by the built-ins' unit tests.
#[cfg(test)]
pub(crate) mod test_support {
    use super::GLOBAL_NAMES;
    use crate::{BufferConsole, Ctx, Limits, Value};

    /// A ctx over the process's built-ins with default limits.
    pub(crate) fn ctx() -> Ctx {
        Ctx::new(
            crate::builtins(),
            None,
            Limits::default(),
            Box::new(BufferConsole::default()),
        )
    }

    /// The value of a global built-in (`"Math"`, `"JSON"` ...).
    pub(crate) fn global(name: &str) -> Value {
        let i = GLOBAL_NAMES.iter().position(|n| *n == name);
        crate::builtins().globals[i.unwrap_or_else(|| panic!("no global {name}"))]
    }
}
