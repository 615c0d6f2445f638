//! `util.inspect` with node 20's default options (depth 2, breakLength 80,
//! compact 3, maxArrayLength 100, maxStringLength 10000) and `util.format`
//! (the `%s %d %i %f %j %o %O %c %%` specifiers of `console.log`).
//!
//! A port of node's lib/internal/util/inspect.js for the objects this VM
//! has; the function names follow node's so the two read side by side.
//! It never runs user code (node does not call user `toString` either).
//!
//! Decisions where node's output cannot be reproduced:
//! - Errors print their `stack` property when it is a non-empty string,
//!   otherwise node's form for a stackless error, `[TypeError: msg]`.
//!   `message`, `stack` and `cause` count as non-enumerable (as in V8);
//!   `cause` shows as `[cause]: ...`.
//! - `%o` shows hidden `[length]` of arrays and `[length]`/`[name]` of
//!   functions with depth 4, not node's full showHidden listing.
//! - Where node's `%s`/`%d`/`%i`/`%f`/`%j` would call a user `toString`,
//!   `valueOf` or `toJSON`, the argument is inspected instead.
//! - Display widths of non-ASCII text (array grouping only) use node's
//!   non-ICU table (full-width CJK counts 2, combining marks 0).

use crate::atoms;
use crate::builtins::json;
use crate::conv::{self, Key};
use crate::error::{limit_error, Interrupt, JsResult, LimitKind};
use crate::number;
use crate::object::{IterSource, IterYield, ObjKind};
use crate::ops;
use crate::string::JsStr;
use crate::value::{ObjId, StrId, Value};
use crate::Ctx;

pub fn install(_b: &mut super::Builder) {}

/// `util.inspect(v)` with node's default options.
pub fn inspect(ctx: &mut Ctx, v: Value) -> String {
    inspect_with(ctx, v, 2, false).unwrap_or_default()
}

/// `util.inspect` that reports limit breaches (energy, output size).
pub fn try_inspect(ctx: &mut Ctx, v: Value) -> JsResult<String> {
    inspect_with(ctx, v, 2, false)
}

fn inspect_with(ctx: &mut Ctx, v: Value, depth: i64, show_hidden: bool) -> JsResult<String> {
    let mut i = Insp {
        ctx,
        depth,
        show_hidden,
        indentation: 0,
        seen: Vec::new(),
        circular: Vec::new(),
        current_depth: 0,
        produced: 0,
    };
    i.format_value(v, 0)
}

const BREAK_LENGTH: usize = 80;
const MAX_ARRAY_LENGTH: usize = 100;
const MAX_STRING_LENGTH: usize = 10_000;
const MIN_LINE_LENGTH: usize = 16;
const COMPACT: i64 = 3;

/// Length in UTF-16 code units, as JavaScript's `.length`.
fn jlen(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().map(char::len_utf16).sum()
    }
}

/// Columns a string takes on a terminal (node's getStringWidth).
fn width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let c = c as u32;
            if c < 0x20 || (0x7f..=0x9f).contains(&c) || is_zero_width(c) {
                0
            } else if is_full_width(c) {
                2
            } else {
                1
            }
        })
        .sum()
}

fn is_zero_width(c: u32) -> bool {
    matches!(c, 0x300..=0x36f | 0x200b..=0x200f | 0x20d0..=0x20ff | 0xfe00..=0xfe0f | 0xfe20..=0xfe2f | 0xe0100..=0xe01ef)
}

fn is_full_width(c: u32) -> bool {
    c >= 0x1100
        && (c <= 0x115f
            || c == 0x2329
            || c == 0x232a
            || ((0x2e80..=0x3247).contains(&c) && c != 0x303f)
            || (0x3250..=0x4dbf).contains(&c)
            || (0x4e00..=0xa4c6).contains(&c)
            || (0xa960..=0xa97c).contains(&c)
            || (0xac00..=0xd7a3).contains(&c)
            || (0xf900..=0xfaff).contains(&c)
            || (0xfe10..=0xfe19).contains(&c)
            || (0xfe30..=0xfe6b).contains(&c)
            || (0xff01..=0xff60).contains(&c)
            || (0xffe0..=0xffe6).contains(&c)
            || (0x1b000..=0x1b001).contains(&c)
            || (0x1f200..=0x1f251).contains(&c)
            || (0x1f300..=0x1f64f).contains(&c)
            || (0x20000..=0x3fffd).contains(&c))
}

/// node's `meta` table: how a code unit below 0xa0 is escaped, if it is.
fn meta(c: u16, quote: u16) -> Option<String> {
    Some(match c {
        0x08 => "\\b".into(),
        0x09 => "\\t".into(),
        0x0a => "\\n".into(),
        0x0c => "\\f".into(),
        0x0d => "\\r".into(),
        0..=0x1f | 0x7f..=0x9f => format!("\\x{c:02X}"),
        0x27 if quote == 0x27 => "\\'".into(),
        0x5c => "\\\\".into(),
        _ => return None,
    })
}

/// strEscape: quotes a string the way node shows it inside structures.
pub fn str_escape(units: &[u16]) -> String {
    let has = |c: u8| units.contains(&(c as u16));
    let mut quote = b'\'' as u16;
    if has(b'\'') {
        if !has(b'"') {
            quote = b'"' as u16;
        } else if !has(b'`') && !units.windows(2).any(|w| w == [b'$' as u16, b'{' as u16]) {
            quote = b'`' as u16;
        }
    }
    let mut out = String::with_capacity(units.len() + 2);
    out.push(quote as u8 as char);
    let mut i = 0;
    while i < units.len() {
        let c = units[i];
        if let Some(m) = meta(c, quote) {
            out.push_str(&m);
        } else if (0xd800..=0xdfff).contains(&c) {
            match units.get(i + 1) {
                Some(&lo) if c <= 0xdbff && (0xdc00..=0xdfff).contains(&lo) => {
                    let cp = 0x10000 + (((c as u32) - 0xd800) << 10) + (lo as u32 - 0xdc00);
                    out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
                    i += 1;
                }
                _ => out.push_str(&format!("\\u{c:x}")),
            }
        } else {
            out.push(char::from_u32(c as u32).unwrap_or('\u{FFFD}'));
        }
        i += 1;
    }
    out.push(quote as u8 as char);
    out
}

/// formatNumber without numeric separators: `-0` keeps its sign.
pub fn format_number(n: f64) -> String {
    if n == 0.0 && n.is_sign_negative() {
        "-0".into()
    } else {
        number::to_js_string(n)
    }
}

/// A property to print: an own enumerable one, or a hidden one (`[cause]`).
#[derive(Copy, Clone)]
enum PKey {
    Own(StrId),
    Hidden(StrId),
}

#[derive(Copy, Clone, PartialEq, Eq)]
enum Extras {
    Object,
    ArrayExtras,
}

enum Formatter {
    Empty,
    Array,
    Set,
    Map,
    /// The first entries left in a Map/Set iterator, `true` for key-value
    /// pairs, and how many entries are left in all.
    Iterator(Vec<Value>, bool, usize),
}

struct Insp<'c> {
    ctx: &'c mut Ctx,
    depth: i64,
    show_hidden: bool,
    indentation: usize,
    seen: Vec<ObjId>,
    circular: Vec<ObjId>,
    current_depth: i64,
    /// Characters produced so far (bounds the work on huge objects).
    produced: usize,
}

impl Insp<'_> {
    /// Accounts a produced piece against energy and the string cap.
    fn account(&mut self, s: &str) -> JsResult<()> {
        self.produced += s.len();
        self.ctx.charge(1 + s.len() as u64 / 16)?;
        if self.produced > self.ctx.heap.max_string {
            return limit_error(
                LimitKind::StringSize,
                format!(
                    "inspected output exceeds the cap of {} code units",
                    self.ctx.heap.max_string
                ),
            );
        }
        Ok(())
    }

    fn format_value(&mut self, v: Value, recurse_times: i64) -> JsResult<String> {
        let o = match v {
            Value::Obj(o) => o,
            Value::Null => return Ok("null".into()),
            v => {
                let s = self.format_primitive(v);
                self.account(&s)?;
                return Ok(s);
            }
        };
        if self.seen.contains(&o) {
            let index = match self.circular.iter().position(|&c| c == o) {
                Some(i) => i + 1,
                None => {
                    self.circular.push(o);
                    self.circular.len()
                }
            };
            return Ok(format!("[Circular *{index}]"));
        }
        let s = self.format_raw(o, recurse_times)?;
        self.account(&s)?;
        Ok(s)
    }

    fn format_primitive(&self, v: Value) -> String {
        match v {
            Value::Str(s) => {
                let js = self.ctx.heap.str(s);
                let shown = js.len().min(MAX_STRING_LENGTH);
                let units: Vec<u16> = (0..shown).map(|i| js.at(i)).collect();
                let mut trailer = String::new();
                if js.len() > MAX_STRING_LENGTH {
                    let remaining = js.len() - MAX_STRING_LENGTH;
                    trailer = format!(
                        "... {remaining} more character{}",
                        if remaining > 1 { "s" } else { "" }
                    );
                }
                if units.len() > MIN_LINE_LENGTH
                    && units.len() + self.indentation + 4 > BREAK_LENGTH
                {
                    // Split after each newline, one quoted piece per line.
                    let mut pieces = Vec::new();
                    let mut start = 0;
                    for (i, &c) in units.iter().enumerate() {
                        if c == b'\n' as u16 && i + 1 < units.len() {
                            pieces.push(str_escape(&units[start..=i]));
                            start = i + 1;
                        }
                    }
                    pieces.push(str_escape(&units[start..]));
                    let sep = format!(" +\n{}", " ".repeat(self.indentation + 2));
                    return pieces.join(&sep) + &trailer;
                }
                str_escape(&units) + &trailer
            }
            Value::Num(n) => format_number(n),
            Value::Bool(b) => b.to_string(),
            _ => "undefined".into(),
        }
    }

    fn name_of(&self, s: StrId) -> String {
        self.ctx.heap.str(s).to_rust_string()
    }

    /// getConstructorName: `None` for a null prototype.
    fn constructor_name(&self, o: ObjId) -> Option<String> {
        let r = self.ctx.realm;
        let known = [
            (r.object_proto, "Object"),
            (r.function_proto, "Function"),
            (r.array_proto, "Array"),
            (r.string_proto, "String"),
            (r.number_proto, "Number"),
            (r.boolean_proto, "Boolean"),
            (r.error_proto, "Error"),
            (r.type_error_proto, "TypeError"),
            (r.range_error_proto, "RangeError"),
            (r.reference_error_proto, "ReferenceError"),
            (r.syntax_error_proto, "SyntaxError"),
            (r.uri_error_proto, "URIError"),
            (r.map_proto, "Map"),
            (r.set_proto, "Set"),
            (r.date_proto, "Date"),
        ];
        let heap = &self.ctx.heap;
        let mut cur = heap.obj(o).proto?;
        for _ in 0..10_000 {
            if let Some((_, n)) = known.iter().find(|(id, _)| *id == cur) {
                return Some((*n).into());
            }
            if let Some(Value::Obj(c)) = heap.obj(cur).props.get(atoms::CONSTRUCTOR) {
                if heap.obj(c).is_callable() {
                    if let Some(Value::Str(n)) = ops::get_own(self.ctx, c, Key::Atom(atoms::NAME)) {
                        if !heap.str(n).is_empty() {
                            return Some(self.name_of(n));
                        }
                    }
                }
            }
            match heap.obj(cur).proto {
                Some(p) => cur = p,
                None => break,
            }
        }
        // A chain ending in a null prototype without a known constructor.
        Some("Object <[Object: null prototype] {}>".into())
    }

    /// Symbol.toStringTag of the objects this VM has.
    fn tag(&self, o: ObjId) -> &'static str {
        let obj = self.ctx.heap.obj(o);
        if obj.flags & crate::object::NAMESPACE != 0 {
            return "Module";
        }
        match &obj.kind {
            ObjKind::Map(_) => "Map",
            ObjKind::Set(_) => "Set",
            ObjKind::Iterator(st) => match st.source {
                IterSource::Array(_) | IterSource::Keys(..) => "Array Iterator",
                IterSource::Str(_) => "String Iterator",
                IterSource::Map(m) => match self.ctx.heap.obj(m).kind {
                    ObjKind::Set(_) => "Set Iterator",
                    _ => "Map Iterator",
                },
            },
            // Math and JSON carry their tag (Object.prototype.toString's).
            ObjKind::Ordinary => match super::intrinsics::class_tag(self.ctx, o) {
                tag @ ("Math" | "JSON") => tag,
                _ => "",
            },
            _ => "",
        }
    }

    /// Own enumerable string keys (node's getKeys), as printable keys.
    fn keys(&mut self, o: ObjId) -> JsResult<Vec<PKey>> {
        let obj = self.ctx.heap.obj(o);
        let is_error = matches!(obj.kind, ObjKind::Error);
        let skip_indices = matches!(
            obj.kind,
            ObjKind::Array(_) | ObjKind::Primitive(Value::Str(_))
        );
        let mut out = Vec::new();
        if skip_indices {
            if !self.ctx.heap.is_builtin(o) {
                out.extend(obj.props.keys().map(PKey::Own));
            }
        } else {
            for k in ops::own_keys(self.ctx, o)? {
                if let Value::Str(s) = k {
                    if is_error && matches!(s, atoms::MESSAGE | atoms::STACK | atoms::CAUSE) {
                        continue;
                    }
                    out.push(PKey::Own(s));
                }
            }
        }
        if self.show_hidden {
            match self.ctx.heap.obj(o).kind {
                ObjKind::Array(_) | ObjKind::Primitive(Value::Str(_)) => {
                    out.insert(0, PKey::Hidden(atoms::LENGTH))
                }
                ObjKind::Closure { .. } | ObjKind::Native { .. } | ObjKind::Bound { .. } => {
                    out.insert(0, PKey::Hidden(atoms::NAME));
                    out.insert(0, PKey::Hidden(atoms::LENGTH));
                }
                _ => {}
            }
        }
        Ok(out)
    }

    fn format_raw(&mut self, o: ObjId, recurse_times: i64) -> JsResult<String> {
        let constructor = self.constructor_name(o);
        let tag = self.tag(o);
        let tag = if Some(tag) == constructor.as_deref() {
            ""
        } else {
            tag
        };
        let mut keys;
        let mut base = String::new();
        let mut formatter = Formatter::Empty;
        let mut braces: [String; 2] = ["{".into(), "}".into()];
        let mut extras = Extras::Object;
        let kind = self.ctx.heap.obj(o).kind.clone();
        match &kind {
            ObjKind::Array(a) => {
                let prefix = if constructor.as_deref() != Some("Array") || !tag.is_empty() {
                    get_prefix(
                        constructor.as_deref(),
                        tag,
                        "Array",
                        &format!("({})", a.len()),
                    )
                } else {
                    String::new()
                };
                keys = self.keys(o)?;
                braces[0] = format!("{prefix}[");
                braces[1] = "]".into();
                if a.is_empty() && keys.is_empty() {
                    return Ok(format!("{}]", braces[0]));
                }
                extras = Extras::ArrayExtras;
                formatter = Formatter::Array;
            }
            ObjKind::Set(m) | ObjKind::Map(m) => {
                let is_set = matches!(kind, ObjKind::Set(_));
                let name = if is_set { "Set" } else { "Map" };
                let prefix =
                    get_prefix(constructor.as_deref(), tag, name, &format!("({})", m.live));
                keys = self.keys(o)?;
                if m.live == 0 && keys.is_empty() {
                    return Ok(format!("{prefix}{{}}"));
                }
                braces[0] = format!("{prefix}{{");
                formatter = if is_set {
                    Formatter::Set
                } else {
                    Formatter::Map
                };
            }
            ObjKind::Iterator(st) if matches!(st.source, IterSource::Map(_)) => {
                keys = self.keys(o)?;
                let IterSource::Map(m) = st.source else {
                    unreachable!()
                };
                let is_set = matches!(self.ctx.heap.obj(m).kind, ObjKind::Set(_));
                let pairs = st.yields == IterYield::Entries;
                let (live, count) = if st.done {
                    (Vec::new(), 0)
                } else {
                    self.live_entries(m, st.pos)
                };
                self.ctx.charge(count as u64 / 64)?;
                let mut list = Vec::new();
                for (k, v) in live {
                    let v = if is_set { k } else { v };
                    match st.yields {
                        IterYield::Keys => list.push(k),
                        IterYield::Values => list.push(v),
                        IterYield::Entries => list.extend([k, v]),
                    }
                }
                let kind = if is_set { "Set" } else { "Map" };
                let inner = if pairs {
                    format!("{kind} Entries")
                } else {
                    format!("{kind} Iterator")
                };
                braces[0] = format!("[{inner}] {{");
                formatter = Formatter::Iterator(list, pairs, count);
            }
            _ => {
                keys = self.keys(o)?;
                if self.ctx.heap.obj(o).is_callable() {
                    base = self.function_base(o, constructor.as_deref());
                    if keys.is_empty() {
                        return Ok(base);
                    }
                } else if constructor.as_deref() == Some("Object") {
                    if matches!(kind, ObjKind::Arguments(_)) {
                        braces[0] = "[Arguments] {".into();
                    } else if !tag.is_empty() {
                        braces[0] = format!(
                            "{}{{",
                            get_prefix(constructor.as_deref(), tag, "Object", "")
                        );
                    }
                    if keys.is_empty() {
                        return Ok(format!("{}}}", braces[0]));
                    }
                } else if let ObjKind::Date(t) = kind {
                    base = json::date_iso_string(t).unwrap_or_else(|| "Invalid Date".into());
                    let prefix = get_prefix(constructor.as_deref(), tag, "Date", "");
                    if prefix != "Date " {
                        base = format!("{prefix}{base}");
                    }
                    if keys.is_empty() {
                        return Ok(base);
                    }
                } else if matches!(kind, ObjKind::Error) {
                    base = self.format_error(o, constructor.as_deref(), tag, &mut keys)?;
                    if keys.is_empty() {
                        return Ok(base);
                    }
                } else if let ObjKind::Primitive(p) = kind {
                    base = self.boxed_base(p, constructor.as_deref(), tag);
                    if keys.is_empty() {
                        return Ok(base);
                    }
                } else {
                    let style = get_ctx_style(constructor.as_deref(), tag);
                    if keys.is_empty() {
                        return Ok(format!("{style}{{}}"));
                    }
                    braces[0] = format!("{style}{{");
                }
            }
        }
        if recurse_times > self.depth {
            let style = get_ctx_style(constructor.as_deref(), tag);
            let name = &style[..style.len() - 1];
            return Ok(if constructor.is_some() {
                format!("[{name}]")
            } else {
                name.to_string()
            });
        }
        let recurse_times = recurse_times + 1;
        self.seen.push(o);
        self.current_depth = recurse_times;
        let mut output = match formatter {
            Formatter::Empty => Vec::new(),
            Formatter::Array => self.format_array(o, recurse_times)?,
            Formatter::Set => self.format_set(o, recurse_times, false)?,
            Formatter::Map => self.format_set(o, recurse_times, true)?,
            Formatter::Iterator(list, pairs, count) => {
                self.format_iter(&list, pairs, count, recurse_times)?
            }
        };
        for k in keys {
            let p = self.format_property(o, k, recurse_times, extras)?;
            output.push(p);
        }
        if let Some(i) = self.circular.iter().position(|&c| c == o) {
            let reference = format!("<ref *{}>", i + 1);
            base = if base.is_empty() {
                reference
            } else {
                format!("{reference} {base}")
            };
        }
        self.seen.pop();
        let value = matches!(extras, Extras::ArrayExtras).then_some(o);
        Ok(self.reduce_to_single_string(output, &base, &braces, extras, recurse_times, value))
    }

    fn function_base(&self, o: ObjId, constructor: Option<&str>) -> String {
        let mut base = String::from("[Function");
        if constructor.is_none() {
            base.push_str(" (null prototype)");
        }
        let name = ops::get_obj(self.ctx, o, Key::Atom(atoms::NAME), Value::Obj(o))
            .unwrap_or(Value::Undefined);
        match name {
            Value::Str(s) if self.ctx.heap.str(s).is_empty() => base.push_str(" (anonymous)"),
            Value::Str(s) => {
                base.push_str(": ");
                base.push_str(&self.name_of(s));
            }
            v => {
                base.push_str(": ");
                base.push_str(self.format_primitive(v).trim_matches('\''));
            }
        }
        base.push(']');
        if let Some(c) = constructor {
            if c != "Function" {
                base.push(' ');
                base.push_str(c);
            }
        }
        base
    }

    fn boxed_base(&self, p: Value, constructor: Option<&str>, tag: &str) -> String {
        let ty = match p {
            Value::Num(_) => "Number",
            Value::Str(_) => "String",
            _ => "Boolean",
        };
        let mut base = format!("[{ty}");
        match constructor {
            None => base.push_str(" (null prototype)"),
            Some(c) if c != ty => base.push_str(&format!(" ({c})")),
            _ => {}
        }
        base.push_str(": ");
        base.push_str(&self.format_primitive(p));
        base.push(']');
        if !tag.is_empty() && Some(tag) != constructor {
            base.push_str(&format!(" [{tag}]"));
        }
        base
    }

    /// String(v) for a property of an error (never user code).
    fn plain_string(&mut self, v: Value) -> String {
        match v {
            Value::Obj(_) => match conv::to_string(self.ctx, v) {
                Ok(s) => self.name_of(s),
                Err(_) => String::new(),
            },
            v => match conv::to_string(self.ctx, v) {
                Ok(s) => self.name_of(s),
                Err(_) => String::new(),
            },
        }
    }

    fn format_error(
        &mut self,
        o: ObjId,
        constructor: Option<&str>,
        tag: &str,
        keys: &mut Vec<PKey>,
    ) -> JsResult<String> {
        let get = |ctx: &Ctx, k: StrId| {
            ops::get_obj(ctx, o, Key::Atom(k), Value::Obj(o)).unwrap_or(Value::Undefined)
        };
        let name_v = get(self.ctx, atoms::NAME);
        let message_v = get(self.ctx, atoms::MESSAGE);
        let stack_v = get(self.ctx, atoms::STACK);
        let name = if name_v.is_nullish() {
            "Error".to_string()
        } else {
            self.plain_string(name_v)
        };
        let truthy = conv::to_boolean(self.ctx, stack_v);
        let mut stack = if truthy {
            self.plain_string(stack_v)
        } else {
            // Error.prototype.toString
            let n = if matches!(name_v, Value::Undefined) {
                "Error".into()
            } else {
                self.plain_string(name_v)
            };
            let m = if matches!(message_v, Value::Undefined) {
                String::new()
            } else {
                self.plain_string(message_v)
            };
            if n.is_empty() {
                m
            } else if m.is_empty() {
                n
            } else {
                format!("{n}: {m}")
            }
        };
        // removeDuplicateErrorKeys
        for k in [atoms::NAME, atoms::MESSAGE, atoms::STACK] {
            if let Some(i) = keys
                .iter()
                .position(|p| matches!(p, PKey::Own(s) if *s == k))
            {
                let v = get(self.ctx, k);
                let s = self.plain_string(v);
                if stack.contains(&s) {
                    keys.remove(i);
                }
            }
        }
        if ops::has_property(self.ctx, o, Key::Atom(atoms::CAUSE))
            && !keys.iter().any(|p| matches!(p, PKey::Own(atoms::CAUSE)))
        {
            keys.push(PKey::Hidden(atoms::CAUSE));
        }
        // improveStack
        let len = jlen(&name);
        if name.ends_with("Error")
            && stack.starts_with(&name)
            && (stack.len() == name.len() || stack[name.len()..].starts_with([':', '\n']))
        {
            let prefix = get_prefix(constructor, tag, "Error", "");
            let prefix = &prefix[..prefix.len() - 1];
            if name != prefix {
                stack = if prefix.contains(&name) {
                    if len == 0 {
                        format!("{prefix}: {stack}")
                    } else {
                        format!("{prefix}{}", &stack[name.len()..])
                    }
                } else {
                    format!("{prefix} [{name}]{}", &stack[name.len()..])
                };
            }
        }
        // Ignore the message if the stack contains it; bracket a stackless error.
        let message = match message_v {
            Value::Undefined | Value::Null => String::new(),
            v => self.plain_string(v),
        };
        let mut pos = if message.is_empty() {
            None
        } else {
            match stack.find(&message) {
                Some(0) | None => None,
                Some(p) => Some(p + message.len()),
            }
        };
        if pos.is_some_and(|p| p > stack.len()) {
            pos = None;
        }
        if !stack[pos.unwrap_or(0)..].contains("\n    at") {
            stack = format!("[{stack}]");
        }
        if self.indentation != 0 {
            stack = stack.replace('\n', &format!("\n{}", " ".repeat(self.indentation)));
        }
        Ok(stack)
    }

    fn array_len(&self, o: ObjId) -> usize {
        self.ctx.heap.obj(o).as_array().map_or(0, |a| a.len())
    }

    fn elem(&self, o: ObjId, i: usize) -> Value {
        let a = self.ctx.heap.obj(o).as_array();
        a.and_then(|a| a.get(i).copied()).unwrap_or(Value::Empty)
    }

    fn format_array(&mut self, o: ObjId, recurse_times: i64) -> JsResult<Vec<String>> {
        let total = self.array_len(o);
        let len = total.min(MAX_ARRAY_LENGTH);
        let mut output = Vec::new();
        for i in 0..len {
            let v = self.elem(o, i);
            if matches!(v, Value::Empty) {
                return self.format_special_array(o, total, recurse_times, len, output, i);
            }
            output.push(self.format_item(v, recurse_times)?);
        }
        if total > len {
            output.push(remaining_text(total - len));
        }
        Ok(output)
    }

    /// A holey array: runs of holes print as `<n empty items>`.
    fn format_special_array(
        &mut self,
        o: ObjId,
        total: usize,
        recurse_times: i64,
        max_length: usize,
        mut output: Vec<String>,
        start: usize,
    ) -> JsResult<Vec<String>> {
        let mut index = start;
        let mut key = start;
        while key < total && output.len() < max_length {
            let v = self.elem(o, key);
            if matches!(v, Value::Empty) {
                key += 1;
                continue;
            }
            if key != index {
                let empty = key - index;
                output.push(format!(
                    "<{empty} empty item{}>",
                    if empty > 1 { "s" } else { "" }
                ));
                index = key;
                if output.len() == max_length {
                    break;
                }
            }
            output.push(self.format_item(v, recurse_times)?);
            index += 1;
            key += 1;
        }
        self.ctx.charge((key - start) as u64 / 64)?;
        let remaining = total - index;
        if output.len() != max_length {
            if remaining > 0 {
                output.push(format!(
                    "<{remaining} empty item{}>",
                    if remaining > 1 { "s" } else { "" }
                ));
            }
        } else if remaining > 0 {
            output.push(remaining_text(remaining));
        }
        Ok(output)
    }

    /// formatProperty for an array element: the value alone.
    fn format_item(&mut self, v: Value, recurse_times: i64) -> JsResult<String> {
        self.indentation += 2;
        let s = self.format_value(v, recurse_times);
        self.indentation -= 2;
        s
    }

    /// The first `MAX_ARRAY_LENGTH` live entries of a Map or Set from
    /// position `from`, and how many live entries there are from there.
    fn live_entries(&self, m: ObjId, from: usize) -> (Vec<(Value, Value)>, usize) {
        let (ObjKind::Map(d) | ObjKind::Set(d)) = &self.ctx.heap.obj(m).kind else {
            return (Vec::new(), 0);
        };
        let mut shown = Vec::new();
        let mut count = 0;
        for (k, v) in d.entries.iter().skip(from).flatten() {
            if shown.len() < MAX_ARRAY_LENGTH {
                shown.push((*k, *v));
            }
            count += 1;
        }
        (shown, count)
    }

    fn format_set(&mut self, o: ObjId, recurse_times: i64, is_map: bool) -> JsResult<Vec<String>> {
        let (live, count) = self.live_entries(o, 0);
        self.ctx.charge(count as u64 / 64)?;
        let mut output = Vec::new();
        self.indentation += 2;
        for &(k, v) in &live {
            let r = self.format_value(k, recurse_times).and_then(|ks| {
                if is_map {
                    Ok(format!("{ks} => {}", self.format_value(v, recurse_times)?))
                } else {
                    Ok(ks)
                }
            });
            match r {
                Ok(s) => output.push(s),
                Err(e) => {
                    self.indentation -= 2;
                    return Err(e);
                }
            }
        }
        self.indentation -= 2;
        if count > live.len() {
            output.push(remaining_text(count - live.len()));
        }
        Ok(output)
    }

    fn format_iter(
        &mut self,
        list: &[Value],
        pairs: bool,
        len: usize,
        recurse_times: i64,
    ) -> JsResult<Vec<String>> {
        let step = if pairs { 2 } else { 1 };
        let max = (list.len() / step).min(MAX_ARRAY_LENGTH);
        let mut output = Vec::new();
        self.indentation += 2;
        let mut res = Ok(());
        for i in 0..max {
            let r = if pairs {
                self.format_value(list[2 * i], recurse_times).and_then(|k| {
                    let v = self.format_value(list[2 * i + 1], recurse_times)?;
                    let braces = ["[".to_string(), "]".to_string()];
                    Ok(self.reduce_to_single_string(
                        vec![k, v],
                        "",
                        &braces,
                        Extras::ArrayExtras,
                        recurse_times,
                        None,
                    ))
                })
            } else {
                self.format_value(list[i], recurse_times)
            };
            match r {
                Ok(s) => output.push(s),
                Err(e) => {
                    res = Err(e);
                    break;
                }
            }
        }
        self.indentation -= 2;
        res?;
        if len > max {
            output.push(remaining_text(len - max));
        }
        Ok(output)
    }

    /// `key: value` for an object property (or array extra property).
    fn format_property(
        &mut self,
        o: ObjId,
        key: PKey,
        recurse_times: i64,
        _extras: Extras,
    ) -> JsResult<String> {
        let (k, hidden) = match key {
            PKey::Own(k) => (k, false),
            PKey::Hidden(k) => (k, true),
        };
        let pk = conv::str_key(self.ctx, k)?;
        let v = ops::get_obj(self.ctx, o, pk, Value::Obj(o))?;
        self.indentation += 2;
        let s = self.format_value(v, recurse_times);
        self.indentation -= 2;
        let s = s?;
        let js = self.ctx.heap.str(k);
        let name = if js.eq_str("__proto__") {
            "['__proto__']".to_string()
        } else if hidden {
            format!("[{}]", js.to_rust_string())
        } else if is_identifier_key(js) {
            js.to_rust_string()
        } else {
            str_escape(&js.units())
        };
        Ok(format!("{name}: {s}"))
    }

    fn reduce_to_single_string(
        &self,
        mut output: Vec<String>,
        base: &str,
        braces: &[String; 2],
        extras: Extras,
        recurse_times: i64,
        value: Option<ObjId>,
    ) -> String {
        let entries = output.len();
        if extras == Extras::ArrayExtras && entries > 6 {
            output = self.group_array_elements(output, value);
        }
        if self.current_depth - recurse_times < COMPACT && entries == output.len() {
            let start = output.len() + self.indentation + jlen(&braces[0]) + jlen(base) + 10;
            if is_below_break_length(&output, start, base) {
                let joined = output.join(", ");
                if !joined.contains('\n') {
                    let b = if base.is_empty() {
                        String::new()
                    } else {
                        format!("{base} ")
                    };
                    return format!("{b}{} {joined} {}", braces[0], braces[1]);
                }
            }
        }
        let indentation = format!("\n{}", " ".repeat(self.indentation));
        let b = if base.is_empty() {
            String::new()
        } else {
            format!("{base} ")
        };
        format!(
            "{b}{}{indentation}  {}{indentation}{}",
            braces[0],
            output.join(&format!(",{indentation}  ")),
            braces[1]
        )
    }

    /// groupArrayElements: many short entries go in aligned columns.
    fn group_array_elements(&self, output: Vec<String>, value: Option<ObjId>) -> Vec<String> {
        let mut total_length = 0usize;
        let mut max_length = 0usize;
        let mut output_length = output.len();
        // The "... more items" entry (or whatever is 101st) does not take part.
        if output.len() > MAX_ARRAY_LENGTH {
            output_length -= 1;
        }
        let separator_space = 2;
        let data_len: Vec<usize> = output[..output_length].iter().map(|s| width(s)).collect();
        for &len in &data_len {
            total_length += len + separator_space;
            max_length = max_length.max(len);
        }
        let actual_max = max_length + separator_space;
        if actual_max * 3 + self.indentation < BREAK_LENGTH
            && (total_length as f64 / actual_max as f64 > 5.0 || max_length <= 6)
        {
            let approx_char_heights = 2.5;
            let average_bias =
                (actual_max as f64 - total_length as f64 / output.len() as f64).sqrt();
            let biased_max = (actual_max as f64 - 3.0 - average_bias).max(1.0);
            let columns = js_round(
                (approx_char_heights * biased_max * output_length as f64).sqrt() / biased_max,
            )
            .min((BREAK_LENGTH.saturating_sub(self.indentation) as f64 / actual_max as f64).floor())
            .min((COMPACT * 4) as f64)
            .min(15.0);
            if columns.is_nan() || columns <= 1.0 {
                return output;
            }
            let columns = columns as usize;
            let mut max_line_length = Vec::with_capacity(columns);
            for i in 0..columns {
                let mut line_max = 0;
                let mut j = i;
                while j < output.len() {
                    if let Some(&d) = data_len.get(j) {
                        line_max = line_max.max(d);
                    }
                    j += columns;
                }
                max_line_length.push(line_max + separator_space);
            }
            let mut pad_start = true;
            if let Some(arr) = value.and_then(|o| self.ctx.heap.obj(o).as_array()) {
                for i in 0..output.len() {
                    if !matches!(arr.get(i), Some(Value::Num(_))) {
                        pad_start = false;
                        break;
                    }
                }
            }
            let mut tmp = Vec::new();
            let mut i = 0;
            while i < output_length {
                let max = (i + columns).min(output_length);
                let mut line = String::new();
                let mut j = i;
                while j < max - 1 {
                    let cell = format!("{}, ", output[j]);
                    let padding = max_line_length[j - i] + jlen(&output[j]) - data_len[j];
                    pad(&mut line, &cell, padding, pad_start);
                    j += 1;
                }
                if pad_start {
                    let padding =
                        max_line_length[j - i] + jlen(&output[j]) - data_len[j] - separator_space;
                    pad(&mut line, &output[j], padding, true);
                } else {
                    line.push_str(&output[j]);
                }
                tmp.push(line);
                i += columns;
            }
            if output_length < output.len() {
                tmp.push(output[output_length].clone());
            }
            return tmp;
        }
        output
    }
}

/// padStart / padEnd with spaces to `target` code units.
fn pad(out: &mut String, s: &str, target: usize, start: bool) {
    let n = target.saturating_sub(jlen(s));
    if start {
        out.extend(std::iter::repeat_n(' ', n));
        out.push_str(s);
    } else {
        out.push_str(s);
        out.extend(std::iter::repeat_n(' ', n));
    }
}

/// Math.round: halves go up.
fn js_round(x: f64) -> f64 {
    (x + 0.5).floor()
}

fn remaining_text(n: usize) -> String {
    format!("... {n} more item{}", if n > 1 { "s" } else { "" })
}

fn is_below_break_length(output: &[String], start: usize, base: &str) -> bool {
    let mut total = output.len() + start;
    if total + output.len() > BREAK_LENGTH {
        return false;
    }
    for s in output {
        total += jlen(s);
        if total > BREAK_LENGTH {
            return false;
        }
    }
    base.is_empty() || !base.contains('\n')
}

/// `/^[a-zA-Z_][a-zA-Z_0-9]*$/`
fn is_identifier_key(s: &JsStr) -> bool {
    let Some(b) = s.as_ascii() else { return false };
    match b.split_first() {
        Some((f, rest)) => {
            (f.is_ascii_alphabetic() || *f == b'_')
                && rest.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_')
        }
        None => false,
    }
}

fn get_prefix(constructor: Option<&str>, tag: &str, fallback: &str, size: &str) -> String {
    match constructor {
        // A module namespace object: node shows its tag as the name.
        None if tag == "Module" => format!("[Module{size}: null prototype] "),
        None => {
            if !tag.is_empty() && fallback != tag {
                format!("[{fallback}{size}: null prototype] [{tag}] ")
            } else {
                format!("[{fallback}{size}: null prototype] ")
            }
        }
        Some(c) if !tag.is_empty() && c != tag => format!("{c}{size} [{tag}] "),
        Some(c) => format!("{c}{size} "),
    }
}

/// getCtxStyle: the fallback name of a null-prototype object is `Object`.
fn get_ctx_style(constructor: Option<&str>, tag: &str) -> String {
    get_prefix(constructor, tag, "Object", "")
}

// ---------------------------------------------------------------- format

/// `util.format(...args)`: what `console.log` prints for its arguments.
pub fn format_args(ctx: &mut Ctx, args: &[Value]) -> JsResult<String> {
    let mut out = String::new();
    let mut a = 0;
    let mut join = "";
    if let Some(&Value::Str(first)) = args.first() {
        if args.len() == 1 {
            return Ok(ctx.heap.str(first).to_rust_string());
        }
        let f = ctx.heap.str(first).units();
        let mut last = 0;
        let mut i = 0;
        while i + 1 < f.len() {
            if f[i] == b'%' as u16 {
                i += 1;
                let next = f[i];
                if a + 1 != args.len() {
                    let piece = match next as u8 {
                        b's' => {
                            a += 1;
                            Some(format_s(ctx, args[a])?)
                        }
                        b'j' => {
                            a += 1;
                            Some(format_j(ctx, args[a])?)
                        }
                        b'd' => {
                            a += 1;
                            Some(format_number(to_number_or_nan(ctx, args[a])?))
                        }
                        b'O' => {
                            a += 1;
                            Some(try_inspect(ctx, args[a])?)
                        }
                        b'o' => {
                            a += 1;
                            Some(inspect_with(ctx, args[a], 4, true)?)
                        }
                        b'i' => {
                            a += 1;
                            let s = string_or_inspect(ctx, args[a])?;
                            Some(format_number(parse_int(&s)))
                        }
                        b'f' => {
                            a += 1;
                            let s = string_or_inspect(ctx, args[a])?;
                            Some(format_number(parse_float(&s)))
                        }
                        b'c' => {
                            a += 1;
                            Some(String::new())
                        }
                        b'%' => {
                            out.push_str(&String::from_utf16_lossy(&f[last..i]));
                            last = i + 1;
                            None
                        }
                        _ => None,
                    };
                    if let Some(p) = piece {
                        if last != i - 1 {
                            out.push_str(&String::from_utf16_lossy(&f[last..i - 1]));
                        }
                        out.push_str(&p);
                        last = i + 1;
                    }
                } else if next == b'%' as u16 {
                    out.push_str(&String::from_utf16_lossy(&f[last..i]));
                    last = i + 1;
                }
            }
            i += 1;
        }
        if last != 0 {
            a += 1;
            join = " ";
            if last < f.len() {
                out.push_str(&String::from_utf16_lossy(&f[last..]));
            }
        }
    }
    while a < args.len() {
        out.push_str(join);
        match args[a] {
            Value::Str(s) => out.push_str(&ctx.heap.str(s).to_rust_string()),
            v => out.push_str(&try_inspect(ctx, v)?),
        }
        join = " ";
        a += 1;
        if out.len() > ctx.heap.max_string {
            return limit_error(
                LimitKind::StringSize,
                format!(
                    "console output exceeds the cap of {} code units",
                    ctx.heap.max_string
                ),
            );
        }
    }
    Ok(out)
}

/// Is `toString` on this object's chain user code?
fn has_user_to_string(ctx: &Ctx, o: ObjId) -> bool {
    let f = ops::get_obj(ctx, o, Key::Atom(atoms::TO_STRING), Value::Obj(o))
        .unwrap_or(Value::Undefined);
    matches!(f, Value::Obj(f) if matches!(ctx.heap.obj(f).kind, ObjKind::Closure { .. } | ObjKind::Bound { .. }))
}

fn format_s(ctx: &mut Ctx, v: Value) -> JsResult<String> {
    match v {
        Value::Num(n) => Ok(format_number(n)),
        // Functions are not objects to `%s` (typeof is "function"): String(f).
        Value::Obj(o) if !has_user_to_string(ctx, o) && !ctx.heap.obj(o).is_callable() => {
            inspect_with(ctx, v, 0, false)
        }
        v => string_or_inspect(ctx, v),
    }
}

/// String(v); user code (not available here) falls back to inspection.
fn string_or_inspect(ctx: &mut Ctx, v: Value) -> JsResult<String> {
    match conv::to_string(ctx, v) {
        Ok(s) => Ok(ctx.heap.str(s).to_rust_string()),
        Err(Interrupt::NeedsJs) => try_inspect(ctx, v),
        Err(e) => Err(e),
    }
}

/// Number(v) for `%d`; user code (not available here) gives NaN, a
/// TypeError (no conversion at all) ends the call as in node.
fn to_number_or_nan(ctx: &mut Ctx, v: Value) -> JsResult<f64> {
    match conv::to_number(ctx, v) {
        Ok(n) => Ok(n),
        Err(Interrupt::NeedsJs) => Ok(f64::NAN),
        Err(e) => Err(e),
    }
}

fn format_j(ctx: &mut Ctx, v: Value) -> JsResult<String> {
    match json::stringify_value(ctx, v, None, Vec::new()) {
        Ok(Some(s)) => Ok(s.to_rust_string()),
        Ok(None) => Ok("undefined".into()),
        Err(Interrupt::Error(_, m)) if m.starts_with("Converting circular structure to JSON") => {
            Ok("[Circular]".into())
        }
        Err(Interrupt::NeedsJs) => try_inspect(ctx, v),
        Err(e) => Err(e),
    }
}

fn trim_start_js(s: &str) -> &str {
    s.trim_start_matches(|c: char| (c as u32) < 0x10000 && number::is_js_space(c as u32 as u16))
}

/// parseInt(s) with no radix.
fn parse_int(s: &str) -> f64 {
    let s = trim_start_js(s);
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (radix, s) = if s.starts_with("0x") || s.starts_with("0X") {
        (16, &s[2..])
    } else {
        (10, s)
    };
    let digits: &str = &s[..s.find(|c: char| !c.is_digit(radix)).unwrap_or(s.len())];
    if digits.is_empty() {
        return f64::NAN;
    }
    let v = if radix == 10 {
        digits.parse::<f64>().unwrap_or(f64::NAN)
    } else {
        number::parse_radix_digits(digits, radix).unwrap_or(f64::NAN)
    };
    if neg {
        -v
    } else {
        v
    }
}

/// parseFloat(s): the longest decimal literal prefix.
fn parse_float(s: &str) -> f64 {
    let s = trim_start_js(s);
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'-' | b'+')) {
        i = 1;
    }
    if s[i..].starts_with("Infinity") {
        return if b.first() == Some(&b'-') {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    let digits_start = i;
    let mut digits = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
        digits += 1;
    }
    if i < b.len() && b[i] == b'.' {
        let dot = i;
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            digits += 1;
        }
        if digits == 0 {
            i = dot;
        }
    }
    if digits == 0 {
        return f64::NAN;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'-' || b[j] == b'+') {
            j += 1;
        }
        let exp_start = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > exp_start {
            i = j;
        }
    }
    let _ = digits_start;
    s[..i]
        .trim_end_matches('.')
        .parse::<f64>()
        .unwrap_or(f64::NAN)
}

#[cfg(test)]
pub(crate) mod node_cases;
#[cfg(test)]
mod tests;
