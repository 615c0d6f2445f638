//! The bytecode format: the only thing the VM knows of the front end.
//!
//! A [`Program`] is one compiled module graph: every module's functions in
//! one table, one constant pool, and one array of module-level variables
//! ("globals"), so an import is just a read of the exporting module's global
//! slot and bindings stay live for free.
//!
//! Code is a byte vector: a one-byte [`Op`] followed by its operands, little
//! endian, in the widths [`Op::operands`] declares. Jump operands are `i32`
//! offsets relative to the end of the jump instruction.
//!
//! Stack conventions used below: `[a b] -> [c]` means the instruction pops
//! `b` (top) and `a` and pushes `c`. A *slot* is a local of the current frame:
//! slot 0 is `this`, slots `1..=n_params` the parameters, then the other
//! locals and compiler temporaries. A local captured by an inner function is
//! *boxed*: its slot holds a cell (allocated by [`Op::NewCell`]) and is read
//! and written through the `*Cell` instructions; inner functions reach the
//! cell through their captures (`*Upval`). Names in operands (`name`, `atom`)
//! are constant-pool indices of strings.

use crate::source::SourceFile;
use std::sync::Arc;

/// One constant of the pool.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Num(f64),
    /// UTF-16 code units, exactly as JavaScript sees the literal.
    Str(Box<[u16]>),
}

/// Where a function finds a variable it does not own, by name (for hosts
/// that read a closure's free variables, e.g. a `where` lambda's values).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Free {
    /// Its capture `i`.
    Capture(u16),
    /// Module-level variable `g` of the program.
    Global(u32),
}

/// Where a closure's capture `i` comes from when [`Op::Closure`] runs in
/// the enclosing function.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Capture {
    /// The enclosing function's boxed slot (its cell).
    Slot(u16),
    /// The enclosing function's own capture.
    Upval(u16),
}

pub mod flags {
    /// An arrow function (no own `this`/`arguments`, not a method).
    pub const ARROW: u8 = 1;
    /// Keep the call's full argument list (for `arguments` or a rest param).
    pub const NEEDS_ARGS: u8 = 2;
    /// A module's top-level code (called once by the program's entry).
    pub const MODULE: u8 = 4;
}

/// One compiled function.
#[derive(Clone, Debug, Default)]
pub struct FuncProto {
    /// `f.name` (empty for anonymous functions).
    pub name: Box<[u16]>,
    /// `f.length`: parameters before the first default or rest.
    pub length: u8,
    /// Parameter slots (1..=n_params); missing arguments read `undefined`.
    pub n_params: u8,
    /// Total slots including `this` and parameters.
    pub n_slots: u16,
    /// How each capture is taken when the closure is created.
    pub captures: Vec<Capture>,
    pub flags: u8,
    /// Index into [`Program::files`].
    pub file: u16,
    pub code: Vec<u8>,
    /// `(pc, byte offset in the file)`, ascending by pc: the instruction at
    /// `pc` (and those after it, until the next entry) came from that offset.
    pub lines: Vec<(u32, u32)>,
    /// Byte range of the function's source text (`Function.prototype.toString`).
    pub source: (u32, u32),
    /// The variables it reads from enclosing functions or its module, by name.
    pub free: Vec<(Box<str>, Free)>,
}

impl Program {
    /// The source text of function `f` (empty when it has none, e.g. module code).
    pub fn source_text(&self, f: usize) -> &str {
        let Some(func) = self.funcs.get(f) else {
            return "";
        };
        let Some(file) = self.files.get(func.file as usize) else {
            return "";
        };
        file.text
            .get(func.source.0 as usize..func.source.1 as usize)
            .unwrap_or("")
    }
}

impl FuncProto {
    /// Byte offset in the source of the instruction at `pc`.
    pub fn offset_at(&self, pc: usize) -> u32 {
        let i = self.lines.partition_point(|&(p, _)| p as usize <= pc);
        if i == 0 {
            0
        } else {
            self.lines[i - 1].1
        }
    }
}

/// A compiled module graph.
#[derive(Clone, Debug, Default)]
pub struct Program {
    pub files: Vec<Arc<SourceFile>>,
    pub consts: Vec<Const>,
    pub funcs: Vec<FuncProto>,
    /// Module-level variables of all modules.
    pub n_globals: u32,
    /// The function to run: calls each module's top-level code in
    /// dependency order.
    pub entry: u32,
    /// The entry module's exports: name -> global slot.
    pub exports: Vec<(String, u32)>,
}

impl Program {
    /// `file:line:col` of an instruction, for error messages.
    pub fn position(&self, func: usize, pc: usize) -> (&str, u32, u32) {
        let f = &self.funcs[func];
        let file = &self.files[f.file as usize];
        let (line, col) = file.line_col(f.offset_at(pc));
        (&file.name, line, col)
    }
}

/// Operand widths.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Operand {
    U8,
    U16,
    U32,
    I32,
}

impl Operand {
    pub fn size(self) -> usize {
        match self {
            Operand::U8 => 1,
            Operand::U16 => 2,
            Operand::U32 | Operand::I32 => 4,
        }
    }
}

macro_rules! ops {
    ($($(#[doc = $doc:literal])* $name:ident = $text:literal, [$($opnd:ident),*], $cost:literal;)*) => {
        /// The instruction set. Each opcode is declared once, here, with its
        /// operands, its energy cost and its disassembly name.
        #[derive(Copy, Clone, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Op { $($(#[doc = $doc])* $name,)* }

        impl Op {
            pub const ALL: &'static [Op] = &[$(Op::$name,)*];
            pub fn name(self) -> &'static str {
                match self { $(Op::$name => $text,)* }
            }
            pub fn operands(self) -> &'static [Operand] {
                match self { $(Op::$name => &[$(Operand::$opnd),*],)* }
            }
        }

        /// Energy cost of each opcode, indexed by `op as u8`.
        pub const COST: [u8; 256] = {
            let mut c = [0u8; 256];
            $(c[Op::$name as usize] = $cost;)*
            c
        };
    };
}

ops! {
    // ---------------------------------------------------------- constants
    /// `[] -> [undefined]`
    Undef = "undef", [], 1;
    /// `[] -> [null]`
    Null = "null", [], 1;
    /// `[] -> [true]`
    True = "true", [], 1;
    /// `[] -> [false]`
    False = "false", [], 1;
    /// `[] -> [n]`: a small integer.
    Int = "int", [I32], 1;
    /// `[] -> [consts[k]]` (number or string).
    Const = "const", [U16], 1;

    // ---------------------------------------------------------- stack
    /// `[a] -> []`
    Pop = "pop", [], 1;
    /// `[a] -> [a a]`
    Dup = "dup", [], 1;
    /// `[a b] -> [a b a b]`
    Dup2 = "dup2", [], 1;
    /// `[a b] -> [b a]`
    Swap = "swap", [], 1;

    // ---------------------------------------------------------- locals
    /// `[] -> [slot]`
    GetLocal = "get_local", [U16], 1;
    /// `[v] -> []`: slot = v.
    SetLocal = "set_local", [U16], 1;
    /// `[] -> [slot]`, ReferenceError `Cannot access 'name' before
    /// initialization` if the slot is still empty (temporal dead zone).
    GetLocalChecked = "get_local_checked", [U16, U16], 1;
    /// `[] -> []`: slot = the hole marker (a `let`/`const` entering its TDZ).
    ClearLocal = "clear_local", [U16], 1;
    /// `[] -> []`: slot = a new cell holding the slot's current value
    /// (a boxed variable's declaration; the value is usually the TDZ hole
    /// or `undefined`).
    NewCell = "new_cell", [U16], 2;
    /// `[] -> [cell value]` of a boxed slot.
    GetCell = "get_cell", [U16], 1;
    /// `[] -> [cell value]`, TDZ-checked as GetLocalChecked.
    GetCellChecked = "get_cell_checked", [U16, U16], 1;
    /// `[v] -> []`: store into a boxed slot's cell.
    SetCell = "set_cell", [U16], 1;
    /// `[] -> []`: replace a boxed slot's cell by a fresh cell with the
    /// same value (per-iteration `let` bindings of a `for` loop).
    Rebox = "rebox", [U16], 2;
    /// `[] -> [value of capture i]`
    GetUpval = "get_upval", [U16], 1;
    /// `[] -> [value of capture i]`, TDZ-checked.
    GetUpvalChecked = "get_upval_checked", [U16, U16], 1;
    /// `[v] -> []`: store into capture i.
    SetUpval = "set_upval", [U16], 1;
    /// `[] -> [globals[g]]` (module-level variable).
    GetGlobal = "get_global", [U32], 1;
    /// `[] -> [globals[g]]`, TDZ-checked (`name` for the message).
    GetGlobalChecked = "get_global_checked", [U32, U16], 1;
    /// `[v] -> []`: globals[g] = v. TypeError during a request once module
    /// state is frozen.
    SetGlobal = "set_global", [U32], 1;
    /// `[] -> []`: globals[g] = the TDZ hole.
    ClearGlobal = "clear_global", [U32], 1;
    /// `[] -> [builtin]`: entry `i` of the builtin names the compiler was
    /// given (`console`, `Math`, ...; `$` intrinsics in the prelude).
    GetBuiltin = "get_builtin", [U16], 1;
    /// `[] -> [the function being run]` (a named function expression's
    /// own name).
    Callee = "callee", [], 1;
    /// `[] -> []`: ReferenceError `name is not defined`.
    ThrowRef = "throw_ref", [U16], 1;
    /// `[] -> []`: TypeError `Assignment to constant variable.`
    ThrowConst = "throw_const", [], 1;
    /// `[] -> [arguments object]` of the current (non-arrow) call.
    Arguments = "arguments", [], 4;
    /// `[] -> [array]` of the arguments past the first `n` (rest parameter).
    Rest = "rest", [U8], 4;

    // ---------------------------------------------------------- properties
    /// `[obj] -> [obj.atom]`; TypeError `Cannot read properties of undefined
    /// (reading 'atom')` on nullish.
    GetProp = "get_prop", [U16], 2;
    /// `[obj v] -> [v]`: obj.atom = v.
    SetProp = "set_prop", [U16], 3;
    /// `[obj key] -> [obj[key]]`
    GetIndex = "get_index", [], 2;
    /// `[obj key v] -> [v]`
    SetIndex = "set_index", [], 3;
    /// `[obj] -> [obj.atom obj]`: the function and `this` of a method call.
    GetMethod = "get_method", [U16], 2;
    /// `[obj key] -> [obj[key] obj]`
    GetMethodIndex = "get_method_index", [], 2;
    /// `[obj] -> [bool]`: `delete obj.atom`.
    DeleteProp = "delete_prop", [U16], 2;
    /// `[obj key] -> [bool]`: `delete obj[key]`.
    DeleteIndex = "delete_index", [], 2;

    // ---------------------------------------------------------- literals
    /// `[] -> [{}]` with room for `n` properties (those an object literal
    /// defines by name; spreads add theirs as they come).
    NewObject = "new_object", [U8], 3;
    /// `[] -> [[]]` with capacity for `n` elements.
    NewArray = "new_array", [U16], 3;
    /// `[arr v] -> [arr]`: append.
    ArrayPush = "array_push", [], 1;
    /// `[arr] -> [arr]`: append a hole.
    ArrayHole = "array_hole", [], 1;
    /// `[arr iterable] -> [arr]`: append every value of the iterable.
    /// TypeError `name is not iterable` (`name` renders the operand as V8
    /// does); an empty name means a call's spread argument, with V8's
    /// message for that case.
    ArraySpread = "array_spread", [U16], 2;
    /// `[obj v] -> [obj]`: define own property `atom` (object literals).
    DefineField = "define_field", [U16], 2;
    /// `[obj v] -> [obj]`: define own property `atom` of an object literal
    /// that cannot have it yet (the compiler saw every earlier key: no
    /// spread or computed key before it, not `__proto__`, not an index),
    /// so no search for an existing one. Same cost as `DefineField`.
    InitField = "init_field", [U16], 2;
    /// `[obj key v] -> [obj]`: define own property (computed key).
    DefineIndex = "define_index", [], 2;
    /// `[obj src] -> [obj]`: copy src's own enumerable properties (`...src`).
    ObjectSpread = "object_spread", [], 2;
    /// `[src k1 .. kn] -> [rest]`: a new object with src's own enumerable
    /// properties except keys k1..kn (object rest pattern).
    ObjectRest = "object_rest", [U8], 3;
    /// `[] -> [closure]` of function `f`, taking its captures (see
    /// [`Capture`]) from the current frame.
    Closure = "closure", [U32], 3;
    /// `[s1 .. sn] -> [s1 + .. + sn]`: concatenation of strings (templates).
    Concat = "concat", [U8], 2;
    /// `[v] -> [ToString(v)]` (template substitutions).
    ToStr = "to_str", [], 1;

    // ---------------------------------------------------------- operators
    /// `[a b] -> [a + b]`, and so on for each binary operator.
    Add = "add", [], 1;
    Sub = "sub", [], 1;
    Mul = "mul", [], 1;
    Div = "div", [], 1;
    Rem = "rem", [], 1;
    Exp = "exp", [], 2;
    Shl = "shl", [], 1;
    Shr = "shr", [], 1;
    UShr = "ushr", [], 1;
    BitAnd = "bit_and", [], 1;
    BitOr = "bit_or", [], 1;
    BitXor = "bit_xor", [], 1;
    Eq = "eq", [], 1;
    Ne = "ne", [], 1;
    StrictEq = "strict_eq", [], 1;
    StrictNe = "strict_ne", [], 1;
    Lt = "lt", [], 1;
    Le = "le", [], 1;
    Gt = "gt", [], 1;
    Ge = "ge", [], 1;
    /// `[v ctor] -> [bool]`
    InstanceOf = "instance_of", [], 2;
    /// `[key obj] -> [bool]`; TypeError on a non-object.
    In = "in", [], 2;
    /// `[a] -> [-a]`
    Neg = "neg", [], 1;
    /// `[a] -> [ToNumber(a)]` (unary `+`, and the old value of `x++`).
    ToNum = "to_num", [], 1;
    /// `[a] -> [!a]`
    Not = "not", [], 1;
    /// `[a] -> [~a]`
    BitNot = "bit_not", [], 1;
    /// `[a] -> [typeof a]`
    Typeof = "typeof", [], 1;
    /// `[n] -> [n + 1]` (operand already a number).
    Inc = "inc", [], 1;
    /// `[n] -> [n - 1]`
    Dec = "dec", [], 1;

    // ---------------------------------------------------------- jumps
    Jump = "jump", [I32], 1;
    /// `[v] -> []`, jump if falsy.
    JumpIfFalse = "jump_if_false", [I32], 1;
    /// `[v] -> []`, jump if truthy.
    JumpIfTrue = "jump_if_true", [I32], 1;
    /// `&&`: if `v` is falsy jump keeping it, else pop it.
    AndJump = "and_jump", [I32], 1;
    /// `||`: if `v` is truthy jump keeping it, else pop it.
    OrJump = "or_jump", [I32], 1;
    /// `??`: if `v` is not nullish jump keeping it, else pop it.
    NullishJump = "nullish_jump", [I32], 1;
    /// Optional chaining: if the top is null or undefined, pop it and `n`
    /// more values, push `undefined` and jump (to the chain's end).
    ChainJump = "chain_jump", [U8, I32], 1;
    /// `[v] -> [v]`, jump if `v` is `undefined` (default values).
    JumpIfUndef = "jump_if_undef", [I32], 1;
    /// `[v] -> [v]`, jump unless `v` is `undefined`.
    JumpIfNotUndef = "jump_if_not_undef", [I32], 1;

    // ---------------------------------------------------------- calls
    /// `[f this a1 .. an] -> [result]`. `name` renders the callee for
    /// `name is not a function`.
    Call = "call", [U8, U16], 5;
    /// `[f this args_array] -> [result]` (spread arguments).
    CallSpread = "call_spread", [U16], 5;
    /// `[ctor a1 .. an] -> [object]`: `new` on a built-in constructor.
    New = "new", [U8, U16], 5;
    /// `[ctor args_array] -> [object]`
    NewSpread = "new_spread", [U16], 5;
    /// `[v] -> (caller gets v)`
    Return = "return", [], 1;
    /// `[] -> (caller gets undefined)`
    ReturnUndef = "return_undef", [], 1;

    // ---------------------------------------------------------- iteration
    /// `[v] -> [iter]`; TypeError `v is not iterable` (`name` renders v).
    GetIter = "get_iter", [U16], 2;
    /// `[obj] -> [iter]` over obj's enumerable string keys (for-in; nullish
    /// gives an empty iteration).
    ForInIter = "for_in_iter", [], 3;
    /// `[iter] -> [iter v]`, or `[iter]` and jump when done.
    IterNext = "iter_next", [I32], 2;
    /// `[iter] -> [iter v]`, `v` undefined when done (array patterns).
    IterNextOrUndef = "iter_next_or_undef", [], 2;
    /// `[iter] -> [iter array]` of the remaining values (rest patterns).
    IterRest = "iter_rest", [], 2;
    /// `[v] -> [v]`: TypeError `Cannot destructure <name> as it is undefined.`
    /// when v is nullish (`name` is V8's wording: `'x'` or `property 'a' of 'x'`).
    CheckObjectCoercible = "check_object_coercible", [U16], 1;

    // ---------------------------------------------------------- misc
    /// `[] -> []`: no operation (patched-out code).
    Nop = "nop", [], 0;
    /// `[obj] -> [obj]`: makes a freshly built object a module namespace:
    /// null prototype, frozen, shown as `[Module: null prototype]`.
    MakeNamespace = "make_namespace", [], 1;

    // ---------------------------------------------------------- fused
    /// `[] -> []`: `x++` as a statement on local slot `s`, put in front of
    /// its generic sequence `get_local s; to_num; inc; set_local s` (8
    /// bytes). When the slot holds a number and 4 units of energy are left:
    /// adds 1, charges the sequence's 4 units and skips it. Otherwise falls
    /// through to the sequence at no cost (energy as if it were absent).
    IncLocal = "inc_local", [U16], 0;
    /// `x--` likewise (`dec` in the sequence).
    DecLocal = "dec_local", [U16], 0;
    /// `[] -> []`: a test of a local against a small integer, a constant or
    /// another local, put in front of its generic sequence `get_local s;
    /// int n | const k | get_local t; lt | le | gt | ge; jump_if_false d`.
    /// When both are numbers and 4 units of energy are left: compares,
    /// charges the sequence's 4 units and continues after it (or jumps as
    /// its `jump_if_false` would). Otherwise falls through to the sequence
    /// at no cost (energy as if it were absent).
    CmpJump = "cmp_jump", [], 0;
}

/// Energy an [`Op::CmpJump`] charges for the sequence it stands for.
pub const CMP_JUMP_COST: u64 = 4;

/// Bytes of the generic sequence an [`Op::IncLocal`] or [`Op::DecLocal`]
/// skips, and the energy it charges for them.
pub const INC_LOCAL_SKIP: usize = 8;
pub const INC_LOCAL_COST: u64 = 4;

impl Op {
    /// Decodes an opcode byte.
    pub fn from_byte(b: u8) -> Option<Op> {
        Op::ALL.get(b as usize).copied()
    }

    /// Size of the instruction, opcode included.
    pub fn size(self) -> usize {
        1 + self.operands().iter().map(|o| o.size()).sum::<usize>()
    }
}

/// Reads a little-endian operand at `at`.
#[inline]
pub fn read_u16(code: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([code[at], code[at + 1]])
}
#[inline]
pub fn read_u32(code: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([code[at], code[at + 1], code[at + 2], code[at + 3]])
}
#[inline]
pub fn read_i32(code: &[u8], at: usize) -> i32 {
    read_u32(code, at) as i32
}

/// Human-readable listing of a program (`kitwork disasm`, golden files).
pub fn disassemble(p: &Program) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    for (i, f) in p.funcs.iter().enumerate() {
        let name = String::from_utf16_lossy(&f.name);
        let _ = writeln!(
            out,
            "fn #{i} {:?} length={} params={} slots={} captures={:?} flags={}",
            name, f.length, f.n_params, f.n_slots, f.captures, f.flags
        );
        let mut pc = 0;
        while pc < f.code.len() {
            let Some(op) = Op::from_byte(f.code[pc]) else {
                let _ = writeln!(out, "  {pc:5}  <bad opcode {}>", f.code[pc]);
                break;
            };
            let _ = write!(out, "  {pc:5}  {}", op.name());
            let mut at = pc + 1;
            for o in op.operands() {
                if at + o.size() > f.code.len() {
                    break;
                }
                match o {
                    Operand::U8 => {
                        let _ = write!(out, " {}", f.code[at]);
                    }
                    Operand::U16 => {
                        let v = read_u16(&f.code, at);
                        let _ = write!(out, " {v}");
                        if matches!(
                            op,
                            Op::Const
                                | Op::GetProp
                                | Op::SetProp
                                | Op::GetMethod
                                | Op::DefineField
                                | Op::InitField
                                | Op::DeleteProp
                                | Op::ThrowRef
                                | Op::Call
                                | Op::New
                                | Op::CallSpread
                                | Op::NewSpread
                                | Op::GetIter
                                | Op::ArraySpread
                                | Op::CheckObjectCoercible
                        ) {
                            if let Some(c) = p.consts.get(v as usize) {
                                let _ = write!(out, " ({})", const_text(c));
                            }
                        }
                    }
                    Operand::U32 => {
                        let _ = write!(out, " {}", read_u32(&f.code, at));
                    }
                    Operand::I32 if op == Op::Int => {
                        let _ = write!(out, " {}", read_i32(&f.code, at));
                    }
                    Operand::I32 => {
                        let d = read_i32(&f.code, at);
                        let target = (pc + op.size()) as i64 + d as i64;
                        let _ = write!(out, " -> {target}");
                    }
                }
                at += o.size();
            }
            out.push('\n');
            pc += op.size();
        }
    }
    out
}

fn const_text(c: &Const) -> String {
    match c {
        Const::Num(n) => format!("{n}"),
        Const::Str(s) => format!("{:?}", String::from_utf16_lossy(s)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcodes_round_trip_and_have_names() {
        assert!(Op::ALL.len() < 256);
        for (i, op) in Op::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert_eq!(Op::from_byte(i as u8), Some(*op));
            assert!(!op.name().is_empty());
        }
    }
}
