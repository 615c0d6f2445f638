//! A compact S-expression printer of the AST, for parser tests.

use kitwork_lang::ast::*;
use kitwork_lang::intern::Interner;

pub struct Printer<'a> {
    pub i: &'a Interner,
}

fn u16s(s: &[u16]) -> String {
    format!("{:?}", String::from_utf16_lossy(s))
}

fn num(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

impl Printer<'_> {
    fn n(&self, s: Sym) -> String {
        self.i.name(s).to_string()
    }

    pub fn module(&self, m: &Module) -> String {
        m.body
            .iter()
            .map(|s| self.stmt(s))
            .collect::<Vec<_>>()
            .join(" ")
    }

    pub fn stmts(&self, v: &[Stmt]) -> String {
        v.iter().map(|s| self.stmt(s)).collect::<Vec<_>>().join(" ")
    }

    fn var(&self, d: &VarDecl) -> String {
        let k = match d.kind {
            VarKind::Var => "var",
            VarKind::Let => "let",
            VarKind::Const => "const",
        };
        let ds: Vec<String> = d
            .decls
            .iter()
            .map(|d| match &d.init {
                Some(e) => format!("{} {}", self.pat(&d.target), self.expr(e)),
                None => self.pat(&d.target),
            })
            .collect();
        format!("({k} {})", ds.join(" "))
    }

    fn for_left(&self, l: &ForLeft) -> String {
        match l {
            ForLeft::Decl(k, p) => format!("({:?} {})", k, self.pat(p)).to_lowercase(),
            ForLeft::Target(p) => self.pat(p),
        }
    }

    pub fn stmt(&self, s: &Stmt) -> String {
        match &s.kind {
            StmtKind::Var(d) => self.var(d),
            StmtKind::Function(f) => self.func(f),
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Block(v) => format!("{{{}}}", self.stmts(v)),
            StmtKind::Empty => ";".into(),
            StmtKind::If { test, cons, alt } => match alt {
                Some(a) => format!(
                    "(if {} {} {})",
                    self.expr(test),
                    self.stmt(cons),
                    self.stmt(a)
                ),
                None => format!("(if {} {})", self.expr(test), self.stmt(cons)),
            },
            StmtKind::For {
                init,
                test,
                update,
                body,
            } => {
                let init = match init {
                    None => "_".into(),
                    Some(ForInit::Var(d)) => self.var(d),
                    Some(ForInit::Expr(e)) => self.expr(e),
                };
                let o = |e: &Option<Expr>| e.as_ref().map_or("_".into(), |e| self.expr(e));
                format!("(for {init} {} {} {})", o(test), o(update), self.stmt(body))
            }
            StmtKind::ForIn { left, right, body } => format!(
                "(for-in {} {} {})",
                self.for_left(left),
                self.expr(right),
                self.stmt(body)
            ),
            StmtKind::ForOf { left, right, body } => format!(
                "(for-of {} {} {})",
                self.for_left(left),
                self.expr(right),
                self.stmt(body)
            ),
            StmtKind::Break => "(break)".into(),
            StmtKind::Continue => "(continue)".into(),
            StmtKind::Return(e) => match e {
                Some(e) => format!("(return {})", self.expr(e)),
                None => "(return)".into(),
            },
            StmtKind::Import(d) => {
                let specs: Vec<String> = d
                    .specifiers
                    .iter()
                    .map(|s| match s {
                        ImportSpec::Default(i) => format!("(default {})", self.n(i.sym)),
                        ImportSpec::Named { imported, local } => {
                            format!("({} {})", self.n(imported.sym), self.n(local.sym))
                        }
                        ImportSpec::Namespace(i) => format!("(* {})", self.n(i.sym)),
                    })
                    .collect();
                format!(
                    "(import {:?}{}{})",
                    d.source,
                    if specs.is_empty() { "" } else { " " },
                    specs.join(" ")
                )
            }
            StmtKind::Export(e) => match e {
                ExportDecl::Decl(s) => format!("(export {})", self.stmt(s)),
                ExportDecl::DefaultExpr(e) => format!("(export-default {})", self.expr(e)),
                ExportDecl::DefaultFunction(f) => format!("(export-default-fn {})", self.func(f)),
                ExportDecl::Named { specs, from } => {
                    let specs: Vec<String> = specs
                        .iter()
                        .map(|s| format!("({} {})", self.n(s.local.sym), self.n(s.exported.sym)))
                        .collect();
                    match from {
                        Some((f, _)) => format!("(export {} from {f:?})", specs.join(" ")),
                        None => format!("(export {})", specs.join(" ")),
                    }
                }
                ExportDecl::All { alias, from } => match alias {
                    Some(a) => format!("(export-all {} {:?})", self.n(a.sym), from.0),
                    None => format!("(export-all {:?})", from.0),
                },
            },
        }
    }

    pub fn func(&self, f: &Function) -> String {
        let mut ps: Vec<String> = f
            .params
            .iter()
            .map(|p| match &p.default {
                Some(d) => format!("(= {} {})", self.pat(&p.target), self.expr(d)),
                None => self.pat(&p.target),
            })
            .collect();
        if let Some(r) = &f.rest {
            ps.push(format!("...{}", self.pat(r)));
        }
        let body = match &f.body {
            FnBody::Block(v) => format!("{{{}}}", self.stmts(v)),
            FnBody::Expr(e) => self.expr(e),
        };
        let head = if f.is_arrow {
            "=>".to_string()
        } else {
            match &f.name {
                Some(n) => format!("fn {}", self.n(n.sym)),
                None => "fn".into(),
            }
        };
        format!("({head} ({}) {body})", ps.join(" "))
    }

    fn key(&self, k: &PropKey) -> String {
        match k {
            PropKey::Ident(i) => self.n(i.sym),
            PropKey::Str(s, _) => u16s(s),
            PropKey::Num(n, _) => num(*n),
            PropKey::Computed(e) => format!("[{}]", self.expr(e)),
        }
    }

    pub fn pat(&self, p: &Pattern) -> String {
        match &p.kind {
            PatternKind::Ident(s) => self.n(*s),
            PatternKind::Array { elems, rest } => {
                let mut v: Vec<String> = elems
                    .iter()
                    .map(|e| match e {
                        None => "_".into(),
                        Some(PatElem {
                            target,
                            default: Some(d),
                        }) => {
                            format!("(= {} {})", self.pat(target), self.expr(d))
                        }
                        Some(PatElem {
                            target,
                            default: None,
                        }) => self.pat(target),
                    })
                    .collect();
                if let Some(r) = rest {
                    v.push(format!("...{}", self.pat(r)));
                }
                format!("[{}]", v.join(" "))
            }
            PatternKind::Object { props, rest } => {
                let mut v: Vec<String> = props
                    .iter()
                    .map(|p| {
                        let t = match &p.default {
                            Some(d) => format!("(= {} {})", self.pat(&p.target), self.expr(d)),
                            None => self.pat(&p.target),
                        };
                        format!("{}:{}", self.key(&p.key), t)
                    })
                    .collect();
                if let Some(r) = rest {
                    v.push(format!("...{}", self.pat(r)));
                }
                format!("{{{}}}", v.join(" "))
            }
            PatternKind::Expr(e) => self.expr(e),
        }
    }

    fn args(&self, a: &[Arg]) -> String {
        a.iter()
            .map(|a| match a {
                Arg::Expr(e) => format!(" {}", self.expr(e)),
                Arg::Spread(e) => format!(" ...{}", self.expr(e)),
            })
            .collect()
    }

    fn tpl(&self, quasis: &[TemplateChunk], exprs: &[Expr]) -> String {
        let mut s = String::new();
        for (i, q) in quasis.iter().enumerate() {
            match &q.cooked {
                Some(c) => s.push_str(&u16s(c)),
                None => s.push_str("undefined"),
            }
            if let Some(e) = exprs.get(i) {
                s.push(' ');
                s.push_str(&self.expr(e));
                s.push(' ');
            }
        }
        s
    }

    pub fn expr(&self, e: &Expr) -> String {
        use ExprKind::*;
        match &e.kind {
            Num(n) => num(*n),
            Str(s) => u16s(s),
            Template { quasis, exprs } => format!("(tpl {})", self.tpl(quasis, exprs)),
            TaggedTemplate { tag, quasis, exprs } => {
                format!("(tag {} {})", self.expr(tag), self.tpl(quasis, exprs))
            }
            Bool(b) => b.to_string(),
            Null => "null".into(),
            Ident(s) => self.n(*s),
            This => "this".into(),
            Array(v) => {
                let v: Vec<String> = v
                    .iter()
                    .map(|e| match e {
                        None => "_".into(),
                        Some(ArrayElem::Expr(e)) => self.expr(e),
                        Some(ArrayElem::Spread(e)) => format!("...{}", self.expr(e)),
                    })
                    .collect();
                format!("[{}]", v.join(" "))
            }
            Object(props) => {
                let v: Vec<String> = props
                    .iter()
                    .map(|p| match p {
                        Prop::KeyValue(k, v) => format!("{}:{}", self.key(k), self.expr(v)),
                        Prop::Shorthand(i) => self.n(i.sym),
                        Prop::Method(k, f) => format!("{}:{}", self.key(k), self.func(f)),
                        Prop::Spread(e) => format!("...{}", self.expr(e)),
                    })
                    .collect();
                format!("{{{}}}", v.join(" "))
            }
            Function(f) => self.func(f),
            Unary { op, arg } => {
                let o = match op {
                    UnaryOp::Neg => "-",
                    UnaryOp::Plus => "+",
                    UnaryOp::Not => "!",
                    UnaryOp::BitNot => "~",
                    UnaryOp::Typeof => "typeof",
                    UnaryOp::Void => "void",
                    UnaryOp::Delete => "delete",
                };
                format!("({o} {})", self.expr(arg))
            }
            Update { op, prefix, target } => {
                let o = if *op == UpdateOp::Inc { "++" } else { "--" };
                if *prefix {
                    format!("({o}pre {})", self.pat(target))
                } else {
                    format!("({o}post {})", self.pat(target))
                }
            }
            Binary { op, left, right } => {
                format!("({} {} {})", binop(*op), self.expr(left), self.expr(right))
            }
            Logical { op, left, right } => {
                format!("({} {} {})", logop(*op), self.expr(left), self.expr(right))
            }
            Assign { op, target, value } => {
                let o = match op {
                    AssignOp::Assign => "=".to_string(),
                    AssignOp::Op(b) => format!("{}=", binop(*b)),
                    AssignOp::Logical(l) => format!("{}=", logop(*l)),
                };
                format!("({o} {} {})", self.pat(target), self.expr(value))
            }
            Cond { test, cons, alt } => {
                format!(
                    "(? {} {} {})",
                    self.expr(test),
                    self.expr(cons),
                    self.expr(alt)
                )
            }
            Call {
                callee,
                args,
                optional,
            } => format!(
                "(call{} {}{})",
                if *optional { "?" } else { "" },
                self.expr(callee),
                self.args(args)
            ),
            New { callee, args } => format!("(new {}{})", self.expr(callee), self.args(args)),
            Member {
                object,
                prop,
                optional,
            } => format!(
                "(.{} {} {})",
                if *optional { "?" } else { "" },
                self.expr(object),
                self.n(prop.sym)
            ),
            Index {
                object,
                index,
                optional,
            } => format!(
                "([]{} {} {})",
                if *optional { "?" } else { "" },
                self.expr(object),
                self.expr(index)
            ),
            OptionalChain(e) => format!("(chain {})", self.expr(e)),
            Seq(v) => format!(
                "(, {})",
                v.iter().map(|e| self.expr(e)).collect::<Vec<_>>().join(" ")
            ),
            Paren(e) => format!("(paren {})", self.expr(e)),
        }
    }
}

fn logop(op: LogicalOp) -> &'static str {
    match op {
        LogicalOp::And => "&&",
        LogicalOp::Or => "||",
        LogicalOp::Nullish => "??",
    }
}

fn binop(op: BinaryOp) -> &'static str {
    use BinaryOp::*;
    match op {
        Add => "+",
        Sub => "-",
        Mul => "*",
        Div => "/",
        Rem => "%",
        Exp => "**",
        Shl => "<<",
        Shr => ">>",
        UShr => ">>>",
        BitAnd => "&",
        BitOr => "|",
        BitXor => "^",
        Eq => "==",
        NotEq => "!=",
        StrictEq => "===",
        StrictNotEq => "!==",
        Lt => "<",
        LtEq => "<=",
        Gt => ">",
        GtEq => ">=",
        In => "in",
        Instanceof => "instanceof",
    }
}
