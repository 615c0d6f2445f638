//! `where(u => u.price > 500 && u.role == "admin")`: the lambda's source
//! text to a [`Cond`].
//!
//! The engine hands over the source (`Function.prototype.toString`), where
//! it starts (`file`, `line`, `col`) and a resolver for free variables. The
//! text is parsed with kitwork-lang's own parser, then translated:
//!
//! - the parameter's members are columns: `u.col`, `u["col"]`, `u.t.col`
//!   (a joined table's column);
//! - literals (numbers, strings, templates without `${}`, `true`, `false`,
//!   `null`, `undefined`, arrays of these) and captured variables
//!   (`min`, `filters.min`: the resolver gets the dotted path) are values,
//!   always bound as parameters;
//! - `==` `===` `!=` `!==` `<` `<=` `>` `>=` (either operand order), `&&`,
//!   `||`, `!`, parentheses; a bare column (`u => u.active`) is
//!   `"active" = true`; a column against a column (`u.a > u.b`) is allowed;
//! - `== null` is `IS NULL`, `== [..]` is `IN`, `== "a%"` is `LIKE` (and
//!   the `!=` forms), as [`Cond::compare`] does.
//!
//! Everything else is refused ([`DbErrorKind::Refused`]) with
//! `file:line:col` of the part and the reason: calls, templates with
//! `${}`, arithmetic, comparisons of two values that are not columns (`1
//! == 1`), block bodies, several or destructured parameters, ...
//!
//! [`Lambda::compile`] does the parsing once; [`Lambda::bind`] resolves the
//! captured values for one call, so the engine may cache compiled lambdas by
//! their position. [`translate`] is both in one.

use crate::builder::{refused, valid_ident, CmpOp, Cond, Name};
use crate::{DbError, DbErrorKind, SqlValue};
use kitwork_lang::ast::{
    BinaryOp, Expr, ExprKind, FnBody, LogicalOp, PatternKind, StmtKind, UnaryOp,
};
use kitwork_lang::intern::Interner;

/// Longest lambda source accepted.
pub const MAX_SOURCE: usize = 16 * 1024;

/// Translates `src` (a one-parameter arrow with an expression body) to a
/// condition. `resolve` answers the current value of a captured variable
/// by name or dotted path (`filters.min`), `None` when it is not known; a
/// JS array is answered as `SqlValue::Json("[...]")`.
///
/// Compiled lambdas are kept in a small per-thread cache keyed by source
/// text and position (a lambda is a pure function of those), so a handler
/// that runs the same `where` on every request parses it once per thread.
pub fn translate(
    src: &str,
    file: &str,
    line: u32,
    col: u32,
    resolve: &mut dyn FnMut(&str) -> Option<SqlValue>,
) -> Result<Cond, DbError> {
    // Looked up by position (two integers, cheap to hash), then the file
    // and the source compared: the source text is never hashed.
    let hit = CACHE.with(|c| {
        let c = c.borrow();
        c.map.get(&(line, col)).and_then(|list| {
            list.iter()
                .find(|e| *e.src == *src && *e.file == *file)
                .map(|e| e.lambda.bind(resolve))
        })
    });
    if let Some(r) = hit {
        return r;
    }
    let lambda = Lambda::compile(src, file, line, col)?;
    let out = lambda.bind(resolve);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.entries >= CACHE_ENTRIES {
            c.map.clear();
            c.entries = 0;
        }
        c.entries += 1;
        c.map.entry((line, col)).or_default().push(Cached {
            src: src.into(),
            file: file.into(),
            lambda,
        });
    });
    out
}

/// Lambdas (distinct source, file and position) cached per thread before
/// the cache is emptied.
pub const CACHE_ENTRIES: usize = 1024;

struct Cached {
    src: Box<str>,
    file: Box<str>,
    lambda: Lambda,
}

/// Hashes a (line, column) key: a multiply per integer, no SipHash rounds.
/// Tenant code decides where its lambdas are, so it could make keys
/// collide; the cache holds at most [`CACHE_ENTRIES`] lambdas per thread,
/// which bounds what a collision costs.
#[derive(Default)]
struct PosHasher(u64);

impl std::hash::Hasher for PosHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.write_u64(*b as u64);
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(n as u64);
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

#[derive(Default)]
struct Cache {
    map: std::collections::HashMap<
        (u32, u32),
        Vec<Cached>,
        std::hash::BuildHasherDefault<PosHasher>,
    >,
    /// Lambdas in `map` (several may share a position: other files).
    entries: usize,
}

thread_local! {
    static CACHE: std::cell::RefCell<Cache> = std::cell::RefCell::new(Cache::default());
}

/// A parsed and checked lambda, not yet bound to captured values.
#[derive(Clone, Debug)]
pub struct Lambda {
    root: Node,
    file: String,
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct Pos {
    line: u32,
    col: u32,
}

#[derive(Clone, Debug)]
enum Node {
    And(Vec<Node>),
    Or(Vec<Node>),
    Not(Box<Node>),
    Cmp {
        op: CmpOp,
        left: Operand,
        right: Operand,
        pos: Pos,
    },
    /// A bare column: `"col" = true`.
    Truthy(Name),
    Const(bool),
}

#[derive(Clone, Debug)]
enum Operand {
    Col(Name),
    Lit(SqlValue),
    Var(String, Pos),
    /// An array with a captured variable in it: resolved at each bind.
    Array(Vec<Operand>),
    /// An array of literals only.
    Lits(Vec<SqlValue>),
}

struct Compiler<'a> {
    src: &'a str,
    file: &'a str,
    line: u32,
    col: u32,
    param: String,
    interner: &'a Interner,
}

impl Lambda {
    /// Parses and checks `src` (see the module doc); nothing is resolved yet.
    pub fn compile(src: &str, file: &str, line: u32, col: u32) -> Result<Lambda, DbError> {
        let c0 = Compiler {
            src,
            file,
            line,
            col,
            param: String::new(),
            interner: &Interner::new(),
        };
        if src.len() > MAX_SOURCE {
            return Err(c0.refuse(0, format!("the lambda is longer than {MAX_SOURCE} bytes")));
        }
        let text = format!("({src})");
        let mut interner = Interner::new();
        let module = kitwork_lang::parser::parse(&text, &mut interner).map_err(|e| {
            let msg = match &e.kind {
                kitwork_lang::diag::DiagKind::Syntax(m)
                | kitwork_lang::diag::DiagKind::Semantic(m) => m.clone(),
                kitwork_lang::diag::DiagKind::Removed(r) => r.message(kitwork_lang::Locale::En),
            };
            c0.refuse(e.span.start, format!("the lambda does not parse: {msg}"))
        })?;
        let mut c = Compiler {
            interner: &interner,
            ..c0
        };
        let [stmt] = module.body.as_slice() else {
            return Err(c.refuse(1, "where() takes one arrow function, u => ..."));
        };
        let StmtKind::Expr(e) = &stmt.kind else {
            return Err(c.refuse(1, "where() takes one arrow function, u => ..."));
        };
        let e = unparen(e);
        let ExprKind::Function(f) = &e.kind else {
            return Err(c.refuse(e.span.start, "where() takes an arrow function, u => ..."));
        };
        if !f.is_arrow {
            return Err(c.refuse(
                f.span.start,
                "a function expression cannot be translated: write an arrow, u => u.col == value",
            ));
        }
        if f.params.len() != 1 || f.rest.is_some() {
            return Err(c.refuse(
                f.span.start,
                format!(
                    "the arrow takes {} parameters: it must take exactly one, the row (u => ...)",
                    f.params.len() + f.rest.is_some() as usize
                ),
            ));
        }
        let p = &f.params[0];
        let PatternKind::Ident(sym) = &p.target.kind else {
            return Err(c.refuse(
                p.target.span.start,
                "a destructured parameter cannot be translated: write u => u.col ...",
            ));
        };
        if let Some(d) = &p.default {
            return Err(c.refuse(
                d.span.start,
                "a default value of the parameter cannot be translated",
            ));
        }
        c.param = interner.name(*sym).to_string();
        let body = match &f.body {
            FnBody::Expr(b) => b,
            FnBody::Block(stmts) => {
                let at = stmts.first().map(|s| s.span.start).unwrap_or(f.span.start);
                return Err(c.refuse(
                    at,
                    "an arrow with a block body { ... } cannot be translated: write u => <condition>",
                ));
            }
        };
        let root = c.node(body)?;
        Ok(Lambda {
            root,
            file: file.to_string(),
        })
    }

    /// The condition with the captured values of this call.
    pub fn bind(&self, resolve: &mut dyn FnMut(&str) -> Option<SqlValue>) -> Result<Cond, DbError> {
        bind_node(&self.root, &self.file, resolve, 0)
    }
}

fn unparen(mut e: &Expr) -> &Expr {
    while let ExprKind::Paren(inner) = &e.kind {
        e = inner;
    }
    e
}

fn at(file: &str, pos: Pos, msg: impl std::fmt::Display) -> DbError {
    DbError::new(
        DbErrorKind::Refused,
        format!(
            "{file}:{}:{}: where() cannot be translated to SQL: {msg}",
            pos.line, pos.col
        ),
    )
}

impl Compiler<'_> {
    /// Position of a byte offset of the wrapped text `(src)`.
    fn pos(&self, offset: u32) -> Pos {
        let off = (offset as usize).saturating_sub(1).min(self.src.len());
        let mut off = off;
        while !self.src.is_char_boundary(off) {
            off -= 1;
        }
        let before = &self.src[..off];
        match before.rfind('\n') {
            None => Pos {
                line: self.line,
                col: self.col.saturating_add(before.chars().count() as u32),
            },
            Some(nl) => Pos {
                line: self
                    .line
                    .saturating_add(before.matches('\n').count() as u32),
                col: before[nl + 1..].chars().count() as u32 + 1,
            },
        }
    }

    fn refuse(&self, offset: u32, msg: impl std::fmt::Display) -> DbError {
        at(self.file, self.pos(offset), msg)
    }

    /// The source text of a span of the wrapped text, shortened.
    fn text(&self, e: &Expr) -> String {
        let s = (e.span.start as usize).saturating_sub(1);
        let t = (e.span.end as usize).saturating_sub(1);
        let t = t.min(self.src.len());
        let s = s.min(t);
        let snippet = self.src.get(s..t).unwrap_or("");
        let mut out: String = snippet.chars().take(40).collect();
        if snippet.chars().count() > 40 {
            out.push_str("...");
        }
        out
    }

    fn node(&self, e: &Expr) -> Result<Node, DbError> {
        kitwork_lang::grow_stack(|| self.node_inner(e))
    }

    fn node_inner(&self, e: &Expr) -> Result<Node, DbError> {
        match &e.kind {
            ExprKind::Paren(inner) => self.node(inner),
            ExprKind::Logical { op, left, right } => {
                if *op == LogicalOp::Nullish {
                    return Err(self.refuse(
                        e.span.start,
                        "?? has no SQL meaning here: use == null / != null",
                    ));
                }
                let (l, r) = (self.node(left)?, self.node(right)?);
                // `a || b || c` is one OR of three, not nested pairs.
                let splice = |n: Node, and: bool, out: &mut Vec<Node>| match n {
                    Node::And(list) if and => out.extend(list),
                    Node::Or(list) if !and => out.extend(list),
                    n => out.push(n),
                };
                let and = *op == LogicalOp::And;
                let mut list = Vec::new();
                splice(l, and, &mut list);
                splice(r, and, &mut list);
                match op {
                    LogicalOp::And => Ok(Node::And(list)),
                    _ => Ok(Node::Or(list)),
                }
            }
            ExprKind::Unary {
                op: UnaryOp::Not,
                arg,
            } => Ok(Node::Not(Box::new(self.node(arg)?))),
            ExprKind::Binary { op, left, right } => {
                let cmp = match op {
                    BinaryOp::Eq | BinaryOp::StrictEq => CmpOp::Eq,
                    BinaryOp::NotEq | BinaryOp::StrictNotEq => CmpOp::Ne,
                    BinaryOp::Lt => CmpOp::Lt,
                    BinaryOp::LtEq => CmpOp::Le,
                    BinaryOp::Gt => CmpOp::Gt,
                    BinaryOp::GtEq => CmpOp::Ge,
                    _ => {
                        return Err(self.refuse(
                            e.span.start,
                            format!(
                                "`{}` is arithmetic or an operator SQL is not given: only comparisons (== != < <= > >=), && || ! are translated",
                                self.text(e)
                            ),
                        ))
                    }
                };
                let l = self.operand(left)?;
                let r = self.operand(right)?;
                if !matches!(l, Operand::Col(_)) && !matches!(r, Operand::Col(_)) {
                    return Err(self.refuse(
                        e.span.start,
                        format!(
                            "`{}` compares two values that are not columns of {}: each comparison needs a column ({}.name)",
                            self.text(e),
                            self.param,
                            self.param
                        ),
                    ));
                }
                Ok(Node::Cmp {
                    op: cmp,
                    left: l,
                    right: r,
                    pos: self.pos(e.span.start),
                })
            }
            ExprKind::Bool(b) => Ok(Node::Const(*b)),
            ExprKind::Member { .. } | ExprKind::Index { .. } => match self.operand(e)? {
                Operand::Col(c) => Ok(Node::Truthy(c)),
                _ => Err(self.refuse(
                    e.span.start,
                    format!(
                        "`{}` is not a condition: compare a column ({}.name == value)",
                        self.text(e),
                        self.param
                    ),
                )),
            },
            _ => Err(self.refuse(e.span.start, self.why(e))),
        }
    }

    /// Why an expression is not translated.
    fn why(&self, e: &Expr) -> String {
        let t = self.text(e);
        match &e.kind {
            ExprKind::Call { .. } | ExprKind::New { .. } | ExprKind::TaggedTemplate { .. } => {
                format!("`{t}` calls a function: functions do not run inside a database query; compute the value before the query and capture it")
            }
            ExprKind::Template { .. } => {
                format!("`{t}` is a template with ${{}}: build the string before the query and capture it")
            }
            ExprKind::Binary { .. } | ExprKind::Unary { .. } | ExprKind::Update { .. } => {
                format!("`{t}` is arithmetic or an operator SQL is not given: only comparisons (== != < <= > >=), && || ! are translated")
            }
            ExprKind::Assign { .. } => format!("`{t}` assigns: a condition only compares"),
            ExprKind::Function(_) => format!("`{t}` is a function: a condition only compares"),
            ExprKind::Cond { .. } => format!("`{t}`: ?: is not translated; use && and ||"),
            ExprKind::OptionalChain(_) => format!("`{t}`: optional chaining ?. is not translated"),
            _ => format!(
                "`{t}` is not a comparison of a column of {} with a value",
                self.param
            ),
        }
    }

    fn operand(&self, e: &Expr) -> Result<Operand, DbError> {
        kitwork_lang::grow_stack(|| self.operand_inner(e))
    }

    fn operand_inner(&self, e: &Expr) -> Result<Operand, DbError> {
        match &e.kind {
            ExprKind::Paren(inner) => self.operand(inner),
            ExprKind::Num(n) => Ok(Operand::Lit(number(*n))),
            ExprKind::Unary {
                op: UnaryOp::Neg,
                arg,
            } if matches!(unparen(arg).kind, ExprKind::Num(_)) => match unparen(arg).kind {
                ExprKind::Num(n) => Ok(Operand::Lit(number(-n))),
                _ => Err(self.refuse(e.span.start, self.why(e))),
            },
            ExprKind::Str(s) => Ok(Operand::Lit(SqlValue::Text(String::from_utf16_lossy(s)))),
            ExprKind::Template { quasis, exprs } if exprs.is_empty() && quasis.len() == 1 => {
                match &quasis[0].cooked {
                    Some(s) => Ok(Operand::Lit(SqlValue::Text(String::from_utf16_lossy(s)))),
                    None => Err(self.refuse(e.span.start, "an invalid escape in a template")),
                }
            }
            ExprKind::Bool(b) => Ok(Operand::Lit(SqlValue::Bool(*b))),
            ExprKind::Null => Ok(Operand::Lit(SqlValue::Null)),
            ExprKind::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items {
                    match item {
                        Some(kitwork_lang::ast::ArrayElem::Expr(x)) => {
                            let o = self.operand(x)?;
                            if matches!(o, Operand::Col(_) | Operand::Array(_) | Operand::Lits(_)) {
                                return Err(self.refuse(
                                    x.span.start,
                                    "an array in a condition holds plain values only",
                                ));
                            }
                            out.push(o);
                        }
                        Some(kitwork_lang::ast::ArrayElem::Spread(x)) => {
                            return Err(self.refuse(
                                x.span.start,
                                "a spread ... in an array is not translated",
                            ))
                        }
                        None => {
                            return Err(
                                self.refuse(e.span.start, "an array with holes is not translated")
                            )
                        }
                    }
                }
                // An array of literals only (the common `u.id == [1, 2]`)
                // is its values, ready to copy at each bind.
                let lits: Option<Vec<SqlValue>> = out
                    .iter()
                    .map(|o| match o {
                        Operand::Lit(v) => Some(v.clone()),
                        _ => None,
                    })
                    .collect();
                Ok(match lits {
                    Some(values) => Operand::Lits(values),
                    None => Operand::Array(out),
                })
            }
            ExprKind::Ident(sym) => {
                let name = self.interner.name(*sym);
                if name == self.param {
                    Err(self.refuse(
                        e.span.start,
                        format!(
                            "`{name}` is the whole row: compare one of its columns ({name}.name)"
                        ),
                    ))
                } else if name == "undefined" {
                    Ok(Operand::Lit(SqlValue::Null))
                } else {
                    Ok(Operand::Var(name.to_string(), self.pos(e.span.start)))
                }
            }
            ExprKind::Member { optional: true, .. } | ExprKind::Index { optional: true, .. } => {
                Err(self.refuse(
                    e.span.start,
                    format!("`{}`: optional chaining ?. is not translated", self.text(e)),
                ))
            }
            ExprKind::Member { .. } | ExprKind::Index { .. } => self.path(e),
            _ => Err(self.refuse(e.span.start, self.why(e))),
        }
    }

    /// `u.a`, `u["a"]`, `u.t.a` (columns) or `x.y.z` (a captured path).
    fn path(&self, e: &Expr) -> Result<Operand, DbError> {
        let mut parts: Vec<String> = Vec::new();
        let mut cur = e;
        loop {
            match &cur.kind {
                ExprKind::Member {
                    object,
                    prop,
                    optional: false,
                } => {
                    parts.push(self.interner.name(prop.sym).to_string());
                    cur = object;
                }
                ExprKind::Index {
                    object,
                    index,
                    optional: false,
                } => match &unparen(index).kind {
                    ExprKind::Str(s) => {
                        parts.push(String::from_utf16_lossy(s));
                        cur = object;
                    }
                    _ => {
                        return Err(self.refuse(
                            index.span.start,
                            format!("`{}`: a computed [name] must be a string literal", self.text(e)),
                        ))
                    }
                },
                ExprKind::Paren(inner) => cur = inner,
                ExprKind::Ident(sym) => {
                    let base = self.interner.name(*sym);
                    parts.reverse();
                    if base == self.param {
                        if parts.len() > 2 {
                            return Err(self.refuse(
                                e.span.start,
                                format!("`{}`: a column is {base}.name or {base}.table.name", self.text(e)),
                            ));
                        }
                        let col = parts.join(".");
                        if !valid_ident(&col, true) {
                            return Err(self.refuse(
                                e.span.start,
                                format!("`{}`: {col:?} is not a valid column name (letters, digits, _)", self.text(e)),
                            ));
                        }
                        return Ok(Operand::Col(col.into()));
                    }
                    let mut path = base.to_string();
                    for p in parts {
                        path.push('.');
                        path.push_str(&p);
                    }
                    return Ok(Operand::Var(path, self.pos(e.span.start)));
                }
                _ => {
                    return Err(self.refuse(
                        e.span.start,
                        format!(
                            "`{}` reads a property of something that is not a column or a captured variable",
                            self.text(e)
                        ),
                    ))
                }
            }
        }
    }
}

fn number(n: f64) -> SqlValue {
    if n.fract() == 0.0 && n.abs() <= 9_007_199_254_740_992.0 && !(n == 0.0 && n.is_sign_negative())
    {
        SqlValue::Int(n as i64)
    } else {
        SqlValue::Float(n)
    }
}

enum Val {
    One(SqlValue),
    Many(Vec<SqlValue>),
}

fn value(
    o: &Operand,
    file: &str,
    resolve: &mut dyn FnMut(&str) -> Option<SqlValue>,
) -> Result<Val, DbError> {
    match o {
        Operand::Lit(v) => Ok(Val::One(v.clone())),
        Operand::Var(name, pos) => match resolve(name) {
            Some(v) => Ok(Val::One(v)),
            None => Err(at(
                file,
                *pos,
                format!(
                    "`{name}` is not a variable the query can see: capture a const or a parameter"
                ),
            )),
        },
        Operand::Lits(values) => Ok(Val::Many(values.clone())),
        Operand::Array(items) => {
            let mut out = Vec::with_capacity(items.len());
            for i in items {
                match value(i, file, resolve)? {
                    Val::One(v) => out.push(v),
                    Val::Many(_) => return Err(refused("nested arrays are not translated")),
                }
            }
            Ok(Val::Many(out))
        }
        Operand::Col(_) => Err(refused("internal: a column where a value was expected")),
    }
}

fn bind_node(
    n: &Node,
    file: &str,
    resolve: &mut dyn FnMut(&str) -> Option<SqlValue>,
    depth: u32,
) -> Result<Cond, DbError> {
    // Grow the stack only every 32 levels: checking costs more than a
    // shallow node.
    if depth % 32 == 31 {
        kitwork_lang::grow_stack(|| bind_inner(n, file, resolve, depth))
    } else {
        bind_inner(n, file, resolve, depth)
    }
}

fn bind_inner(
    n: &Node,
    file: &str,
    resolve: &mut dyn FnMut(&str) -> Option<SqlValue>,
    depth: u32,
) -> Result<Cond, DbError> {
    match n {
        Node::And(list) | Node::Or(list) => {
            let mut out = Vec::with_capacity(list.len());
            for item in list {
                out.push(bind_node(item, file, resolve, depth + 1)?);
            }
            Ok(if matches!(n, Node::And(_)) {
                Cond::And(out)
            } else {
                Cond::Or(out)
            })
        }
        Node::Not(inner) => Ok(Cond::Not(Box::new(bind_node(
            inner,
            file,
            resolve,
            depth + 1,
        )?))),
        Node::Truthy(col) => Ok(Cond::Cmp {
            col: col.clone(),
            op: CmpOp::Eq,
            value: SqlValue::Bool(true),
        }),
        Node::Const(b) => Ok(Cond::Const(*b)),
        Node::Cmp {
            op,
            left,
            right,
            pos,
        } => {
            let (col, op, other) = match (left, right) {
                (Operand::Col(a), Operand::Col(b)) => {
                    return Ok(Cond::Cols {
                        left: a.clone(),
                        op: *op,
                        right: b.clone(),
                    })
                }
                (Operand::Col(c), other) => (c, *op, other),
                (other, Operand::Col(c)) => (c, op.flip(), other),
                _ => return Err(at(file, *pos, "compares two values that are not columns")),
            };
            match value(other, file, resolve)? {
                Val::One(v) => {
                    Cond::compare(col.clone(), op, v).map_err(|e| at(file, *pos, e.message))
                }
                Val::Many(values) => match op {
                    CmpOp::Eq | CmpOp::Ne => Ok(Cond::In {
                        col: col.clone(),
                        values,
                        negated: op == CmpOp::Ne,
                    }),
                    _ => Err(at(
                        file,
                        *pos,
                        format!("cannot order column {col} against an array: use == (IN) or != (NOT IN)"),
                    )),
                },
            }
        }
    }
}
