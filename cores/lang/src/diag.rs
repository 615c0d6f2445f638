//! Compile-time diagnostics: syntax errors and the removed constructs of
//! LANGUAGE.md, each with file:line:col and, for removed constructs, why it
//! was removed and what to write instead, in English or Vietnamese.

use crate::source::{SourceFile, Span};
use std::fmt;
use std::sync::Arc;

/// Language of diagnostics; `locale: "vi"` in the server config selects Vietnamese.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub enum Locale {
    #[default]
    En,
    Vi,
}

impl Locale {
    pub fn parse(s: &str) -> Option<Locale> {
        match s {
            "en" => Some(Locale::En),
            "vi" => Some(Locale::Vi),
            _ => None,
        }
    }
}

/// A construct of JavaScript that the dialect removes on purpose.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Removed {
    While,
    DoWhile,
    Try,
    Throw,
    Switch,
    Class,
    Async,
    Await,
    Promise,
    Generator,
    Yield,
    Eval,
    FunctionConstructor,
    With,
    Label,
    Regex,
    GetterSetter,
    Proxy,
    Reflect,
    Symbol,
    NewUserFunction,
    /// TypeScript's `enum` and `const enum`.
    Enum,
    /// TypeScript's `namespace` / `module` blocks (not `declare`d).
    Namespace,
    /// TypeScript's decorators, `@x`.
    Decorator,
}

impl Removed {
    /// Every removed construct, for docs and tests.
    pub const ALL: [Removed; 24] = [
        Removed::While,
        Removed::DoWhile,
        Removed::Try,
        Removed::Throw,
        Removed::Switch,
        Removed::Class,
        Removed::Async,
        Removed::Await,
        Removed::Promise,
        Removed::Generator,
        Removed::Yield,
        Removed::Eval,
        Removed::FunctionConstructor,
        Removed::With,
        Removed::Label,
        Removed::Regex,
        Removed::GetterSetter,
        Removed::Proxy,
        Removed::Reflect,
        Removed::Symbol,
        Removed::NewUserFunction,
        Removed::Enum,
        Removed::Namespace,
        Removed::Decorator,
    ];

    /// The construct as a user would write it.
    pub fn name(self) -> &'static str {
        match self {
            Removed::While => "while",
            Removed::DoWhile => "do",
            Removed::Try => "try",
            Removed::Throw => "throw",
            Removed::Switch => "switch",
            Removed::Class => "class",
            Removed::Async => "async",
            Removed::Await => "await",
            Removed::Promise => "Promise",
            Removed::Generator => "function*",
            Removed::Yield => "yield",
            Removed::Eval => "eval",
            Removed::FunctionConstructor => "Function",
            Removed::With => "with",
            Removed::Label => "label",
            Removed::Regex => "regular expression",
            Removed::GetterSetter => "get/set accessor",
            Removed::Proxy => "Proxy",
            Removed::Reflect => "Reflect",
            Removed::Symbol => "Symbol",
            Removed::NewUserFunction => "new on a function of your own",
            Removed::Enum => "enum",
            Removed::Namespace => "namespace",
            Removed::Decorator => "decorator",
        }
    }

    fn why(self, locale: Locale) -> &'static str {
        use Removed::*;
        match (self, locale) {
            (While | DoWhile, Locale::En) => "unbounded loops are removed on purpose",
            (While | DoWhile, Locale::Vi) => "vòng lặp không giới hạn bị loại bỏ có chủ đích",
            (Try | Throw, Locale::En) => "there is one visible error path",
            (Try | Throw, Locale::Vi) => "chỉ có một đường xử lý lỗi rõ ràng",
            (Switch, Locale::En) => "there are fewer ways to disagree",
            (Switch, Locale::Vi) => "ít cách viết hơn thì ít hiểu lầm hơn",
            (Class, Locale::En) => "data is data",
            (Class, Locale::Vi) => "dữ liệu chỉ là dữ liệu",
            (Async | Await | Promise, Locale::En) => {
                "I/O already reads synchronously; the engine suspends the request while it waits"
            }
            (Async | Await | Promise, Locale::Vi) => {
                "I/O đã đọc tuần tự; engine tự tạm dừng request trong lúc chờ"
            }
            (Generator | Yield, Locale::En) => "generators hide control flow",
            (Generator | Yield, Locale::Vi) => "generator che giấu luồng điều khiển",
            (Eval | FunctionConstructor | With, Locale::En) => "code must be known at compile time",
            (Eval | FunctionConstructor | With, Locale::Vi) => {
                "mã phải được biết tại thời điểm biên dịch"
            }
            (Label, Locale::En) => "labels are hidden jumps",
            (Label, Locale::Vi) => "nhãn là những bước nhảy ẩn",
            (Regex, Locale::En) => {
                "regular expressions are not supported yet; when added, only linear-time patterns"
            }
            (Regex, Locale::Vi) => {
                "biểu thức chính quy chưa được hỗ trợ; khi có, chỉ các mẫu thời gian tuyến tính"
            }
            (GetterSetter | Proxy | Reflect | Symbol, Locale::En) => {
                "they run invisible code on property access"
            }
            (GetterSetter | Proxy | Reflect | Symbol, Locale::Vi) => {
                "chúng chạy mã ẩn khi truy cập thuộc tính"
            }
            (NewUserFunction, Locale::En) => "constructor functions are classes by another name",
            (NewUserFunction, Locale::Vi) => "hàm khởi tạo chỉ là class dưới tên khác",
            (Enum, Locale::En) => {
                "an enum is an object in disguise, with a reverse mapping nobody wrote"
            }
            (Enum, Locale::Vi) => "enum là một object trá hình, kèm ánh xạ ngược không ai viết",
            (Namespace, Locale::En) => "a module already is a namespace",
            (Namespace, Locale::Vi) => "mỗi module đã là một namespace",
            (Decorator, Locale::En) => "they run invisible code on declarations",
            (Decorator, Locale::Vi) => "chúng chạy mã ẩn trên các khai báo",
        }
    }

    fn instead(self, locale: Locale) -> &'static str {
        use Removed::*;
        match (self, locale) {
            (While | DoWhile, Locale::En) => {
                "Use .map() / .filter() / .find() over an array, or a for loop over a bounded range."
            }
            (While | DoWhile, Locale::Vi) => {
                "Dùng .map() / .filter() / .find() trên mảng, hoặc vòng for trên một khoảng giới hạn."
            }
            (Try | Throw, Locale::En) => {
                "Call fail(message) to stop with an error; handle it in the route's .catch(), clean up in .finally()."
            }
            (Try | Throw, Locale::Vi) => {
                "Gọi fail(message) để dừng với lỗi; xử lý trong .catch() của route, dọn dẹp trong .finally()."
            }
            (Switch, Locale::En) => "Use if / else, or look the value up in an object.",
            (Switch, Locale::Vi) => "Dùng if / else, hoặc tra giá trị trong một object.",
            (Class, Locale::En) => "Use object literals and functions that return them.",
            (Class, Locale::Vi) => "Dùng object literal và các hàm trả về chúng.",
            (Async | Await | Promise, Locale::En) => {
                "Call the API directly: db.table(\"user\").list(10) returns the rows."
            }
            (Async | Await | Promise, Locale::Vi) => {
                "Gọi API trực tiếp: db.table(\"user\").list(10) trả về các dòng."
            }
            (Generator | Yield, Locale::En) => "Build an array and loop over it with for...of.",
            (Generator | Yield, Locale::Vi) => "Tạo một mảng và duyệt bằng for...of.",
            (Eval | FunctionConstructor | With, Locale::En) => {
                "Put the code in a module and import it."
            }
            (Eval | FunctionConstructor | With, Locale::Vi) => {
                "Đặt mã vào một module và import nó."
            }
            (Label, Locale::En) => "Move the loop into a function and return from it.",
            (Label, Locale::Vi) => "Đưa vòng lặp vào một hàm và return từ đó.",
            (Regex, Locale::En) => {
                "Use string methods: includes, startsWith, split, replaceAll, indexOf."
            }
            (Regex, Locale::Vi) => {
                "Dùng các phương thức chuỗi: includes, startsWith, split, replaceAll, indexOf."
            }
            (GetterSetter | Proxy | Reflect | Symbol, Locale::En) => {
                "Use plain properties and functions."
            }
            (GetterSetter | Proxy | Reflect | Symbol, Locale::Vi) => {
                "Dùng thuộc tính thường và hàm."
            }
            (NewUserFunction, Locale::En) => {
                "Call a factory function that returns an object literal (drop the new)."
            }
            (NewUserFunction, Locale::Vi) => {
                "Gọi một hàm factory trả về object literal (bỏ new)."
            }
            (Enum, Locale::En) => {
                "Use an object literal, frozen with Object.freeze: const Color = Object.freeze({ Red: \"red\", Green: \"green\" })."
            }
            (Enum, Locale::Vi) => {
                "Dùng object literal, đóng băng bằng Object.freeze: const Color = Object.freeze({ Red: \"red\", Green: \"green\" })."
            }
            (Namespace, Locale::En) => {
                "Put the code in its own module and import it: import * as name from \"./name.ts\"."
            }
            (Namespace, Locale::Vi) => {
                "Đặt mã vào một module riêng và import nó: import * as name from \"./name.ts\"."
            }
            (Decorator, Locale::En) => "Call the function yourself: const f = wrap(g).",
            (Decorator, Locale::Vi) => "Tự gọi hàm: const f = wrap(g).",
        }
    }

    /// `'while' is not supported: <why>. <instead>`
    pub fn message(self, locale: Locale) -> String {
        let not = match locale {
            Locale::En => "is not supported",
            Locale::Vi => "không được hỗ trợ",
        };
        format!(
            "'{}' {}: {}. {}",
            self.name(),
            not,
            self.why(locale),
            self.instead(locale)
        )
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum DiagKind {
    /// A construct the dialect removes on purpose.
    Removed(Removed),
    /// Malformed source: the message says what was expected.
    Syntax(String),
    /// Well-formed but refused: a bad import, a duplicate declaration,
    /// an assignment to an import, a limit of the compiler ...
    Semantic(String),
}

/// One compile error, with where it is.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub kind: DiagKind,
    pub file: Arc<SourceFile>,
    pub span: Span,
}

impl Diagnostic {
    pub fn line_col(&self) -> (u32, u32) {
        self.file.line_col(self.span.start)
    }

    /// `file:line:col: message` in the given locale, without source excerpt.
    pub fn render(&self, locale: Locale) -> String {
        let (line, col) = self.line_col();
        let msg = match &self.kind {
            DiagKind::Removed(r) => r.message(locale),
            DiagKind::Syntax(m) => format!("SyntaxError: {m}"),
            DiagKind::Semantic(m) => format!("SyntaxError: {m}"),
        };
        format!("{}:{}:{}: {}", self.file.name, line, col, msg)
    }

    /// [`Diagnostic::render`] followed by the source line and a caret.
    pub fn render_with_source(&self, locale: Locale) -> String {
        let (line, col) = self.line_col();
        let text = self.file.line_text(line);
        let pad: String = text
            .chars()
            .take(col as usize - 1)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        format!(
            "{}\n  {line:>4} | {text}\n       | {pad}^",
            self.render(locale)
        )
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Locale::En))
    }
}
