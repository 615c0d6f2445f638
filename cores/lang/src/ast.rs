//! The syntax tree the parser builds and the compiler reads.
//!
//! Every node carries a [`Span`] (byte offsets into its file) so any later
//! diagnostic can point at file:line:col. Names are interned [`Sym`]s; string
//! literals are UTF-16 code units, exactly as JavaScript sees them (a lone
//! surrogate from `"\uD800"` survives).

use crate::source::Span;

/// An interned identifier or property name; see [`crate::intern::Interner`].
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct Sym(pub u32);

/// UTF-16 code units of a string literal or template chunk.
pub type Utf16 = Box<[u16]>;

#[derive(Debug)]
pub struct Module {
    pub body: Vec<Stmt>,
    /// TypeScript: names of the types (interfaces, type aliases) declared at
    /// module level. They have no run-time value: `export { T }` of one
    /// exports nothing, and an import of one is elided.
    pub types: Vec<Sym>,
    /// TypeScript: the names this module exports as types only (`export
    /// interface`, `export type`, `export declare`; `default` for `export
    /// default interface`).
    pub type_exports: Vec<Sym>,
}

#[derive(Debug, Clone, Copy)]
pub struct Ident {
    pub sym: Sym,
    pub span: Span,
}

// ---------------------------------------------------------------- statements

#[derive(Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum StmtKind {
    Var(VarDecl),
    /// `function f() {}` as a statement (hoisted).
    Function(Box<Function>),
    Expr(Expr),
    Block(Vec<Stmt>),
    Empty,
    If {
        test: Expr,
        cons: Box<Stmt>,
        alt: Option<Box<Stmt>>,
    },
    For {
        init: Option<ForInit>,
        test: Option<Expr>,
        update: Option<Expr>,
        body: Box<Stmt>,
    },
    ForIn {
        left: ForLeft,
        right: Expr,
        body: Box<Stmt>,
    },
    ForOf {
        left: ForLeft,
        right: Expr,
        body: Box<Stmt>,
    },
    Break,
    Continue,
    Return(Option<Expr>),
    Import(ImportDecl),
    Export(ExportDecl),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VarKind {
    Var,
    Let,
    Const,
}

#[derive(Debug)]
pub struct VarDecl {
    pub kind: VarKind,
    pub decls: Vec<Declarator>,
}

#[derive(Debug)]
pub struct Declarator {
    pub target: Pattern,
    pub init: Option<Expr>,
}

#[derive(Debug)]
pub enum ForInit {
    Var(VarDecl),
    Expr(Expr),
}

/// The left side of `for (... of x)` / `for (... in x)`.
#[derive(Debug)]
pub enum ForLeft {
    /// `for (const [k, v] of ...)`: a fresh declaration each iteration.
    Decl(VarKind, Pattern),
    /// `for (x of ...)` / `for (obj.k in ...)`: assigns an existing target.
    Target(Pattern),
}

// ---------------------------------------------------------------- modules

#[derive(Debug)]
pub struct ImportDecl {
    /// The specifier as written: `"./util.js"`, `"kitwork"`.
    pub source: String,
    pub source_span: Span,
    pub specifiers: Vec<ImportSpec>,
}

#[derive(Debug)]
pub enum ImportSpec {
    /// `import d from "m"`
    Default(Ident),
    /// `import { a as b } from "m"`: `imported` is `a`, `local` is `b`.
    Named { imported: Ident, local: Ident },
    /// `import * as ns from "m"`
    Namespace(Ident),
}

#[derive(Debug)]
pub enum ExportDecl {
    /// `export const x = 1`, `export function f() {}`
    Decl(Box<Stmt>),
    /// `export default <expr>`; a named function declaration keeps its name
    /// through [`ExportDecl::DefaultFunction`].
    DefaultExpr(Expr),
    /// `export default function f() {}` (hoisted, binds `f` locally too)
    DefaultFunction(Box<Function>),
    /// `export { a, b as c }` (from this module) or
    /// `export { a as b } from "m"` when `from` is set.
    Named {
        specs: Vec<ExportSpec>,
        from: Option<(String, Span)>,
    },
    /// `export * from "m"` and `export * as ns from "m"`.
    All {
        alias: Option<Ident>,
        from: (String, Span),
    },
}

#[derive(Debug)]
pub struct ExportSpec {
    /// Name inside the module (or inside `from`).
    pub local: Ident,
    /// Name other modules see.
    pub exported: Ident,
}

// ---------------------------------------------------------------- functions

#[derive(Debug)]
pub struct Function {
    pub name: Option<Ident>,
    pub params: Vec<Param>,
    pub rest: Option<Pattern>,
    pub body: FnBody,
    pub is_arrow: bool,
    /// Whole function, from `function`/first param to closing brace.
    pub span: Span,
}

#[derive(Debug)]
pub struct Param {
    pub target: Pattern,
    pub default: Option<Expr>,
}

#[derive(Debug)]
pub enum FnBody {
    Block(Vec<Stmt>),
    /// Arrow with an expression body: `x => x + 1`.
    Expr(Box<Expr>),
}

// ---------------------------------------------------------------- patterns

/// A binding or assignment target.
#[derive(Debug)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum PatternKind {
    Ident(Sym),
    /// `[a, , b = 1, ...rest]`; `None` is an elision.
    Array {
        elems: Vec<Option<PatElem>>,
        rest: Option<Box<Pattern>>,
    },
    /// `{ a, b: [c], d = 1, ...rest }`
    Object {
        props: Vec<PatProp>,
        rest: Option<Box<Pattern>>,
    },
    /// Only in assignments: `obj.x = 1`, `[a.b, c[0]] = arr`.
    /// The expression is a `Member` or `Index` (the parser checks).
    Expr(Box<Expr>),
}

#[derive(Debug)]
pub struct PatElem {
    pub target: Pattern,
    pub default: Option<Expr>,
}

#[derive(Debug)]
pub struct PatProp {
    pub key: PropKey,
    pub target: Pattern,
    pub default: Option<Expr>,
}

// ---------------------------------------------------------------- expressions

#[derive(Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum ExprKind {
    Num(f64),
    Str(Utf16),
    /// `` `a${x}b` ``: `quasis.len() == exprs.len() + 1`.
    Template {
        quasis: Vec<TemplateChunk>,
        exprs: Vec<Expr>,
    },
    /// `` tag`a${x}` ``: called as `tag(strings, ...exprs)`.
    TaggedTemplate {
        tag: Box<Expr>,
        quasis: Vec<TemplateChunk>,
        exprs: Vec<Expr>,
    },
    Bool(bool),
    Null,
    /// Any identifier, `undefined` included (it is a global binding in JS).
    Ident(Sym),
    This,
    /// `[1, , ...xs]`; `None` is a hole.
    Array(Vec<Option<ArrayElem>>),
    Object(Vec<Prop>),
    /// `function` expression or arrow (see [`Function::is_arrow`]).
    Function(Box<Function>),
    Unary {
        op: UnaryOp,
        arg: Box<Expr>,
    },
    /// `++x`, `x--` ...; the target is an Ident, Member or Index pattern.
    Update {
        op: UpdateOp,
        prefix: bool,
        target: Box<Pattern>,
    },
    Binary {
        op: BinaryOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    Logical {
        op: LogicalOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    /// `=` and the compound forms. Destructuring targets only with `=`.
    Assign {
        op: AssignOp,
        target: Box<Pattern>,
        value: Box<Expr>,
    },
    Cond {
        test: Box<Expr>,
        cons: Box<Expr>,
        alt: Box<Expr>,
    },
    /// `f(a, ...b)`; `optional` is the `?.` in `f?.(x)`.
    Call {
        callee: Box<Expr>,
        args: Vec<Arg>,
        optional: bool,
    },
    New {
        callee: Box<Expr>,
        args: Vec<Arg>,
    },
    /// `obj.name` / `obj?.name`
    Member {
        object: Box<Expr>,
        prop: Ident,
        optional: bool,
    },
    /// `obj[expr]` / `obj?.[expr]`
    Index {
        object: Box<Expr>,
        index: Box<Expr>,
        optional: bool,
    },
    /// The end of an optional chain: a `?.` inside `inner` that meets
    /// null/undefined makes the whole chain `undefined`.
    OptionalChain(Box<Expr>),
    /// `a, b, c`
    Seq(Vec<Expr>),
    /// `(expr)`: kept so `(a?.b).c` and `(f)()` keep their meaning.
    Paren(Box<Expr>),
}

#[derive(Debug)]
pub struct TemplateChunk {
    /// `None` where an escape is invalid (allowed only in tagged templates).
    pub cooked: Option<Utf16>,
    pub raw: Utf16,
}

#[derive(Debug)]
pub enum ArrayElem {
    Expr(Expr),
    Spread(Expr),
}

#[derive(Debug)]
pub enum Arg {
    Expr(Expr),
    Spread(Expr),
}

#[derive(Debug)]
pub enum Prop {
    /// `key: value`
    KeyValue(PropKey, Expr),
    /// `{ x }`
    Shorthand(Ident),
    /// `{ f() {} }`
    Method(PropKey, Box<Function>),
    /// `{ ...obj }`
    Spread(Expr),
}

#[derive(Debug)]
pub enum PropKey {
    /// `a:` (an identifier or keyword used as a name)
    Ident(Ident),
    /// `"a-b":`
    Str(Utf16, Span),
    /// `1:` / `0x10:` (the compiler prints it as JS does: `16`)
    Num(f64, Span),
    /// `[expr]:`
    Computed(Box<Expr>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Plus,
    Not,
    BitNot,
    Typeof,
    Void,
    Delete,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpdateOp {
    Inc,
    Dec,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Exp,
    Shl,
    Shr,
    UShr,
    BitAnd,
    BitOr,
    BitXor,
    Eq,
    NotEq,
    StrictEq,
    StrictNotEq,
    Lt,
    LtEq,
    Gt,
    GtEq,
    In,
    Instanceof,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogicalOp {
    And,
    Or,
    Nullish,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignOp {
    Assign,
    /// `+=`, `-=`, ... `**=`, `<<=`, ... : the binary op applied.
    Op(BinaryOp),
    /// `&&=`, `||=`, `??=`: assign only when the logical op would pick the right.
    Logical(LogicalOp),
}
