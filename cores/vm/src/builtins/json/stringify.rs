//! `JSON.stringify` without callbacks, exactly as V8 prints it (cycle
//! messages included), and the ISO date format `toJSON` needs.

use crate::atoms;
use crate::builtins::arg;
use crate::conv::{self, Key};
use crate::error::{limit_error, range_error, type_error, Interrupt, JsResult, LimitKind};
use crate::number;
use crate::object::ObjKind;
use crate::ops;
use crate::string::{JsStr, StrBuilder};
use crate::value::{ObjId, StrId, Value};
use crate::Ctx;
use ahash::AHashSet;
use std::cell::RefCell;

/// Deepest nesting node 20 serializes from module code (4175 nested arrays
/// pass, one more overflows V8's stack); we stop at the same place.
pub const MAX_DEPTH: usize = 4175;

/// `JSON.stringify(value, replacer, space)`.
pub fn json_stringify(ctx: &mut Ctx, _this: Value, args: &[Value]) -> JsResult<Value> {
    let (value, replacer, space) = (arg(args, 0), arg(args, 1), arg(args, 2));
    if ctx.heap.is_callable(replacer) {
        return Err(Interrupt::NeedsJs);
    }
    let list = match replacer {
        Value::Obj(r) if ctx.heap.obj(r).as_array().is_some() => Some(property_list(ctx, r)?),
        _ => None,
    };
    let gap = gap_of(ctx, space)?;
    match stringify_value(ctx, value, list, gap)? {
        Some(s) => Ok(Value::Str(ctx.heap.alloc_str(s)?)),
        None => Ok(Value::Undefined),
    }
}

/// The keys an array replacer allows, deduplicated, in order.
fn property_list(ctx: &mut Ctx, r: ObjId) -> JsResult<Vec<StrId>> {
    let elems = ctx.heap.obj(r).as_array().cloned().unwrap_or_default();
    let mut out: Vec<StrId> = Vec::new();
    for v in elems {
        ctx.charge(1)?;
        let item = match v {
            Value::Str(s) => Some(s),
            Value::Num(_) => Some(conv::to_string(ctx, v)?),
            Value::Obj(o) => match ctx.heap.obj(o).kind {
                ObjKind::Primitive(Value::Str(_) | Value::Num(_)) => Some(conv::to_string(ctx, v)?),
                _ => None,
            },
            _ => None,
        };
        if let Some(s) = item {
            let s = ctx.heap.atom_of(s)?;
            if !out.contains(&s) {
                out.push(s);
            }
        }
    }
    Ok(out)
}

/// The indentation unit from `space`: up to 10 spaces or 10 code units.
fn gap_of(ctx: &mut Ctx, space: Value) -> JsResult<Vec<u16>> {
    let space = match space {
        Value::Obj(o) => match ctx.heap.obj(o).kind {
            ObjKind::Primitive(Value::Num(_)) => Value::Num(conv::to_number(ctx, space)?),
            ObjKind::Primitive(Value::Str(_)) => Value::Str(conv::to_string(ctx, space)?),
            _ => space,
        },
        v => v,
    };
    Ok(match space {
        Value::Num(n) => {
            let n = conv::to_integer(n).clamp(0.0, 10.0) as usize;
            vec![b' ' as u16; n]
        }
        Value::Str(s) => {
            let js = ctx.heap.str(s);
            (0..js.len().min(10)).map(|i| js.at(i)).collect()
        }
        _ => Vec::new(),
    })
}

/// How a container was reached from its parent (for the cycle message).
#[derive(Copy, Clone)]
enum PathKey {
    Index(u32),
    Name(StrId),
}

enum Frame {
    Array {
        o: ObjId,
        next: usize,
        len: usize,
        via: PathKey,
    },
    Object {
        o: ObjId,
        keys: Vec<StrId>,
        next: usize,
        any: bool,
        via: PathKey,
    },
    /// An ordinary object without an array replacer: its own property
    /// list read by position, no key list copied (see [`Ser::emit`]).
    Plain {
        o: ObjId,
        next: u32,
        len: u32,
        any: bool,
        via: PathKey,
    },
}

impl Frame {
    fn obj(&self) -> ObjId {
        match self {
            Frame::Array { o, .. } | Frame::Object { o, .. } | Frame::Plain { o, .. } => *o,
        }
    }
    fn via(&self) -> PathKey {
        match self {
            Frame::Array { via, .. } | Frame::Object { via, .. } | Frame::Plain { via, .. } => *via,
        }
    }
}

/// A value after `toJSON` and unwrapping: what gets written.
enum Prepared {
    /// Omitted in objects, `null` in arrays, `undefined` at the top.
    Skip,
    Text(Value),
    Array(ObjId),
    Object(ObjId),
}

/// Where the serializer writes: a JS string (`JSON.stringify`) or UTF-8
/// bytes (the server's `res.json`, no conversion afterwards). Lengths are
/// in UTF-16 code units for both, so caps and energy are the same.
pub trait Sink {
    /// ASCII bytes.
    fn ascii(&mut self, b: &[u8]);
    /// One code unit that is not a surrogate.
    fn unit(&mut self, u: u16);
    /// A surrogate pair.
    fn pair(&mut self, hi: u16, lo: u16);
    /// Any code units (an indentation gap: lone surrogates possible).
    fn units(&mut self, u: &[u16]);
    /// Length so far in UTF-16 code units.
    fn len_units(&self) -> usize;
    /// `b[..len]`, ASCII: a cached key.
    fn ascii_in(&mut self, b: &[u8; KEY_SLOT], len: usize) {
        self.ascii(&b[..len]);
    }
    /// `b` between double quotes: ASCII that needs no escape.
    fn quoted_ascii(&mut self, b: &[u8]) {
        self.ascii(b"\"");
        self.ascii(b);
        self.ascii(b"\"");
    }
}

impl Sink for StrBuilder {
    fn ascii(&mut self, b: &[u8]) {
        self.push_ascii(b);
    }
    fn unit(&mut self, u: u16) {
        self.push_unit(u);
    }
    fn pair(&mut self, hi: u16, lo: u16) {
        self.push_unit(hi);
        self.push_unit(lo);
    }
    fn units(&mut self, u: &[u16]) {
        self.push_units(u);
    }
    fn len_units(&self) -> usize {
        self.len()
    }
}

/// UTF-8 output; lone surrogates (only possible in a gap) become U+FFFD,
/// as the UTF-16 result converted for output would print them.
#[derive(Default)]
pub struct Utf8Sink {
    pub bytes: Vec<u8>,
    units: usize,
}

impl Utf8Sink {
    fn char(&mut self, c: char) {
        let mut b = [0u8; 4];
        self.bytes
            .extend_from_slice(c.encode_utf8(&mut b).as_bytes());
    }
}

impl Sink for Utf8Sink {
    #[inline]
    fn ascii(&mut self, b: &[u8]) {
        self.bytes.extend_from_slice(b);
        self.units += b.len();
    }
    fn unit(&mut self, u: u16) {
        self.char(char::from_u32(u as u32).unwrap_or('\u{FFFD}'));
        self.units += 1;
    }
    fn pair(&mut self, hi: u16, lo: u16) {
        let c = 0x10000 + (((hi as u32) - 0xd800) << 10) + ((lo as u32) - 0xdc00);
        self.char(char::from_u32(c).unwrap_or('\u{FFFD}'));
        self.units += 2;
    }
    fn units(&mut self, u: &[u16]) {
        for c in char::decode_utf16(u.iter().copied()) {
            self.char(c.unwrap_or('\u{FFFD}'));
        }
        self.units += u.len();
    }
    #[inline]
    fn len_units(&self) -> usize {
        self.units
    }
    /// The whole slot copied (a fixed size: no `memcpy` call), the
    /// bytes past `len` cut off again.
    #[inline]
    fn ascii_in(&mut self, b: &[u8; KEY_SLOT], len: usize) {
        let at = self.bytes.len();
        self.bytes.extend_from_slice(b);
        self.bytes.truncate(at + len.min(KEY_SLOT));
        self.units += len;
    }
    #[inline]
    fn quoted_ascii(&mut self, b: &[u8]) {
        // One capacity check for the three parts.
        self.bytes.reserve(b.len() + 2);
        self.bytes.push(b'"');
        self.bytes.extend_from_slice(b);
        self.bytes.push(b'"');
        self.units += b.len() + 2;
    }
}

/// Containers open at stack depths below this are found by scanning
/// `Ser::near` (shallow values, the common case, never touch a hash set);
/// deeper ones are kept in `Ser::open`, made when first needed.
const OPEN_SCAN: usize = 32;

struct Ser<'k, O: Sink> {
    out: O,
    gap: Vec<u16>,
    indent: Vec<u16>,
    list: Option<Vec<StrId>>,
    stack: Vec<Frame>,
    /// The containers of the first `OPEN_SCAN` frames, in stack order:
    /// scanned for cycles (shallow values never touch the hash set).
    near: Vec<ObjId>,
    /// The open containers at stack depth `OPEN_SCAN` and deeper.
    open: Option<AHashSet<ObjId>>,
    /// Key lists of closed objects, reused for the next ones.
    spare: Vec<Vec<StrId>>,
    /// Keys written before, quoted with their colon (the keys of an array
    /// of like objects repeat): see [`KeyCache`].
    keys: &'k mut KeyCache,
}

/// What one serialization leaves for the next on its thread: the key
/// cache (made once; each serialization has its own stamp, so nothing
/// is cleared per call) and the buffers of `Ser::stack` and `Ser::near`
/// (so a shallow value allocates nothing but its output).
struct Scratch {
    keys: KeyCache,
    stack: Vec<Frame>,
    near: Vec<ObjId>,
}

/// Frames a kept `Ser::stack` buffer may hold: a deeper value's buffer
/// is freed afterwards rather than kept.
const KEEP_FRAMES: usize = 64;

thread_local! {
    static SCRATCH: RefCell<Scratch> = const {
        RefCell::new(Scratch {
            keys: KeyCache::new(),
            stack: Vec::new(),
            near: Vec::new(),
        })
    };
}

/// ASCII keys that need no escape, each as `"key":` (or `"key": ` with
/// a gap) in a slot of `KEY_SLOT` bytes, kept inline: no allocation per
/// serialization. Direct-mapped: key `k` lives in slot `k % KEYS`, a key
/// landing on a taken slot replaces it; keys too long for a slot are
/// quoted each time.
const KEYS: usize = 32;
const KEY_SLOT: usize = 24;

struct KeyCache {
    slots: [KeySlot; KEYS],
    /// The current serialization's stamp: only slots filled under it
    /// are taken (string ids and the colon's gap are per call).
    stamp: u32,
}

/// `text[..len]` is the quoted key and its colon, valid while `stamp`
/// is the cache's.
#[derive(Copy, Clone)]
struct KeySlot {
    key: StrId,
    stamp: u32,
    len: u8,
    text: [u8; KEY_SLOT],
}

impl KeyCache {
    /// Stamp 0: empty until [`KeyCache::begin`].
    const fn new() -> KeyCache {
        let empty = KeySlot {
            key: atoms::EMPTY,
            stamp: 0,
            len: 0,
            text: [0; KEY_SLOT],
        };
        KeyCache {
            slots: [empty; KEYS],
            stamp: 0,
        }
    }

    /// A new serialization: every slot filled before is stale.
    fn begin(&mut self) {
        self.stamp = self.stamp.wrapping_add(1);
        if self.stamp == 0 {
            // Wrapped: slots of stamp 1 may remain; start over.
            *self = KeyCache::new();
            self.stamp = 1;
        }
    }

    #[inline]
    fn get(&self, k: StrId) -> Option<&KeySlot> {
        let slot = &self.slots[k.0 as usize % KEYS];
        (slot.key == k && slot.stamp == self.stamp).then_some(slot)
    }

    /// Puts `k` (its ASCII text `b`, nothing to escape) in its slot if it
    /// fits in one.
    fn add(&mut self, k: StrId, b: &[u8], colon: &[u8]) -> Option<&KeySlot> {
        let end = b.len() + 2 + colon.len();
        if end > KEY_SLOT {
            return None;
        }
        let slot = &mut self.slots[k.0 as usize % KEYS];
        let t = &mut slot.text;
        t[0] = b'"';
        t[1..=b.len()].copy_from_slice(b);
        t[b.len() + 1] = b'"';
        t[b.len() + 2..end].copy_from_slice(colon);
        slot.key = k;
        slot.stamp = self.stamp;
        slot.len = end as u8;
        Some(slot)
    }
}

/// SerializeJSONProperty over a whole value; `None` when the result is
/// `undefined`. User code anywhere (a closure `toJSON`) gives `NeedsJs`.
pub fn stringify_value(
    ctx: &mut Ctx,
    value: Value,
    list: Option<Vec<StrId>>,
    gap: Vec<u16>,
) -> JsResult<Option<JsStr>> {
    Ok(stringify_into(ctx, value, list, gap, StrBuilder::new())?.map(StrBuilder::finish))
}

/// `JSON.stringify(value)` as UTF-8 bytes, the same text a JS string
/// result would print (`None` for `undefined`); `NeedsJs` as for
/// [`stringify_value`].
pub fn stringify_utf8(ctx: &mut Ctx, value: Value) -> JsResult<Option<Vec<u8>>> {
    // A response body: reserved once rather than grown from empty.
    let out = Utf8Sink {
        bytes: Vec::with_capacity(1024),
        units: 0,
    };
    Ok(stringify_into(ctx, value, None, Vec::new(), out)?.map(|s| s.bytes))
}

fn stringify_into<O: Sink>(
    ctx: &mut Ctx,
    value: Value,
    list: Option<Vec<StrId>>,
    gap: Vec<u16>,
    out: O,
) -> JsResult<Option<O>> {
    SCRATCH.with(|cell| {
        let Ok(mut scratch) = cell.try_borrow_mut() else {
            // Already in use further up this thread's stack: a fresh one.
            let mut keys = KeyCache::new();
            keys.begin();
            let s = Ser::new(out, gap, list, Vec::new(), Vec::new(), &mut keys);
            return s.run(ctx, value).map(|(r, _, _)| r);
        };
        let scratch = &mut *scratch;
        scratch.keys.begin();
        let stack = std::mem::take(&mut scratch.stack);
        let near = std::mem::take(&mut scratch.near);
        let s = Ser::new(out, gap, list, stack, near, &mut scratch.keys);
        let (r, mut stack, mut near) = s.run(ctx, value)?;
        stack.clear();
        near.clear();
        if stack.capacity() <= KEEP_FRAMES {
            scratch.stack = stack;
        }
        scratch.near = near;
        Ok(r)
    })
}

impl<'k, O: Sink> Ser<'k, O> {
    fn new(
        out: O,
        gap: Vec<u16>,
        list: Option<Vec<StrId>>,
        stack: Vec<Frame>,
        near: Vec<ObjId>,
        keys: &'k mut KeyCache,
    ) -> Self {
        Ser {
            out,
            gap,
            indent: Vec::new(),
            list,
            stack,
            near,
            open: None,
            spare: Vec::new(),
            keys,
        }
    }

    /// The whole serialization; the output (`None` for `undefined`)
    /// and the emptied stack buffers to keep. An error drops them.
    #[allow(clippy::type_complexity)]
    fn run(mut self, ctx: &mut Ctx, value: Value) -> JsResult<(Option<O>, Vec<Frame>, Vec<ObjId>)> {
        let r = serialize(ctx, value, &mut self)?;
        let out = r.then_some(self.out);
        Ok((out, self.stack, self.near))
    }
}

/// Serializes `value` into `s.out`; false when it is `undefined`.
fn serialize<O: Sink>(ctx: &mut Ctx, value: Value, s: &mut Ser<'_, O>) -> JsResult<bool> {
    let root = PathKey::Name(atoms::EMPTY);
    match prepare(ctx, value, root)? {
        Prepared::Skip => return Ok(false),
        p => s.emit(ctx, p, root)?,
    }
    while let Some(top) = s.stack.last_mut() {
        ctx.charge(1)?;
        match top {
            Frame::Array { o, next, len, .. } => {
                let (o, i, len) = (*o, *next, *len);
                if i == len {
                    s.close(b']', len > 0);
                    continue;
                }
                *next += 1;
                if i > 0 {
                    s.out.ascii(b",");
                }
                s.newline();
                // An array's own element directly; holes and the rest as `get`.
                let own = match &ctx.heap.obj(o).kind {
                    ObjKind::Array(a) => a.get(i).copied().filter(|v| !matches!(v, Value::Empty)),
                    _ => None,
                };
                let v = match own {
                    Some(v) => v,
                    None => ops::get(ctx, Value::Obj(o), Key::Index(i as u32))?,
                };
                let key = PathKey::Index(i as u32);
                match prepare_fast(ctx, v, key)? {
                    Prepared::Skip => s.out.ascii(b"null"),
                    Prepared::Text(v) => write_primitive(ctx, v, &mut s.out),
                    p => s.emit(ctx, p, key)?,
                }
            }
            Frame::Object {
                o, keys, next, any, ..
            } => {
                let o = *o;
                let Some(&k) = keys.get(*next) else {
                    let any = *any;
                    s.close(b'}', any);
                    continue;
                };
                *next += 1;
                // An ordinary object's own data property directly (its
                // keys came from its own list); anything else as `get`.
                let obj = ctx.heap.obj(o);
                let own = match obj.kind {
                    ObjKind::Ordinary => obj.props.get(k),
                    _ => None,
                };
                let v = match own {
                    Some(v) => v,
                    None => {
                        let pk = conv::str_key(ctx, k)?;
                        ops::get(ctx, Value::Obj(o), pk)?
                    }
                };
                s.member(ctx, k, v)?;
            }
            Frame::Plain {
                o, next, len, any, ..
            } => {
                let (o, i) = (*o, *next);
                // The list cannot change while the object is open: no
                // user code runs here (a closure `toJSON` is `NeedsJs`),
                // and a native `toJSON` that alters it gets it as `this`
                // and gives it back, a cycle. The end of the list stops
                // it all the same.
                let entry = match i < *len {
                    true => ctx.heap.obj(o).props.entry_at(i as usize),
                    false => None,
                };
                let Some((k, v)) = entry else {
                    let any = *any;
                    s.close(b'}', any);
                    continue;
                };
                *next += 1;
                s.member(ctx, k, v)?;
                if !matches!(v, Value::Obj(_)) {
                    // Still the top frame: the primitives that follow.
                    s.primitive_run(ctx)?;
                }
            }
        }
        if s.out.len_units() > ctx.heap.max_string {
            return too_long(ctx, s.out.len_units());
        }
    }
    if s.out.len_units() > ctx.heap.max_string {
        return too_long(ctx, s.out.len_units());
    }
    ctx.charge(s.out.len_units() as u64 / 16)?;
    Ok(true)
}

fn too_long<T>(ctx: &Ctx, len: usize) -> JsResult<T> {
    limit_error(
        LimitKind::StringSize,
        format!(
            "string length {len} exceeds the cap of {} code units",
            ctx.heap.max_string
        ),
    )
}

impl<O: Sink> Ser<'_, O> {
    fn newline(&mut self) {
        if !self.gap.is_empty() {
            self.out.ascii(b"\n");
            self.out.units(&self.indent);
        }
    }

    /// Property `k` of the object on top of the stack, value `v` (not yet
    /// prepared): written with its key unless it is skipped.
    #[inline]
    fn member(&mut self, ctx: &mut Ctx, k: StrId, v: Value) -> JsResult<()> {
        let key = PathKey::Name(k);
        let p = prepare_fast(ctx, v, key)?;
        if matches!(p, Prepared::Skip) {
            return Ok(());
        }
        let had = match self.stack.last_mut() {
            Some(Frame::Object { any, .. } | Frame::Plain { any, .. }) => {
                std::mem::replace(any, true)
            }
            _ => true,
        };
        if had {
            self.out.ascii(b",");
        }
        self.newline();
        self.write_key(ctx, k);
        match p {
            Prepared::Text(v) => write_primitive(ctx, v, &mut self.out),
            p => self.emit(ctx, p, key)?,
        }
        Ok(())
    }

    /// More members of the plain object on top of the stack while their
    /// values are strings, numbers, booleans or `null`, written without
    /// going round the main loop: each is still one of its steps (one
    /// unit of energy, the length cap checked after it).
    fn primitive_run(&mut self, ctx: &mut Ctx) -> JsResult<()> {
        let Some(&Frame::Plain {
            o, next, len, any, ..
        }) = self.stack.last()
        else {
            return Ok(());
        };
        let (mut i, mut had) = (next, any);
        while i < len {
            let Some((k, v)) = ctx.heap.obj(o).props.entry_at(i as usize) else {
                break;
            };
            if !matches!(
                v,
                Value::Str(_) | Value::Num(_) | Value::Bool(_) | Value::Null
            ) {
                break;
            }
            // The end of the step before, then this one's unit.
            if self.out.len_units() > ctx.heap.max_string {
                return too_long(ctx, self.out.len_units());
            }
            ctx.charge(1)?;
            if had {
                self.out.ascii(b",");
            }
            had = true;
            self.newline();
            self.write_key(ctx, k);
            write_primitive(ctx, v, &mut self.out);
            i += 1;
        }
        if let Some(Frame::Plain { next, any, .. }) = self.stack.last_mut() {
            (*next, *any) = (i, had);
        }
        Ok(())
    }

    /// A property's key and its colon: a cached key here (the common
    /// case, inline in its callers), the rest in [`Ser::write_new_key`].
    #[inline]
    fn write_key(&mut self, ctx: &Ctx, k: StrId) {
        if let Some(t) = self.keys.get(k) {
            self.out.ascii_in(&t.text, t.len as usize);
            return;
        }
        self.write_new_key(ctx, k);
    }

    /// [`Ser::write_key`] of a key not in the cache: cached if it can be.
    #[inline(never)]
    fn write_new_key(&mut self, ctx: &Ctx, k: StrId) {
        let colon: &[u8] = if self.gap.is_empty() { b":" } else { b": " };
        let text = ctx.heap.str(k);
        if let JsStr::Ascii(b) = text {
            if !any_escaped(b) {
                if let Some(t) = self.keys.add(k, b, colon) {
                    self.out.ascii_in(&t.text, t.len as usize);
                    return;
                }
            }
        }
        quote_json(text, &mut self.out);
        self.out.ascii(colon);
    }

    fn close(&mut self, brace: u8, nonempty: bool) {
        let Some(f) = self.stack.pop() else { return };
        if self.stack.len() >= OPEN_SCAN {
            if let Some(open) = &mut self.open {
                open.remove(&f.obj());
            }
        } else {
            self.near.pop();
        }
        if let Frame::Object { mut keys, .. } = f {
            keys.clear();
            self.spare.push(keys);
        }
        if !self.gap.is_empty() {
            self.indent
                .truncate(self.indent.len().saturating_sub(self.gap.len()));
        }
        if nonempty {
            self.newline();
        }
        self.out.ascii(&[brace]);
    }

    /// Writes a primitive or opens a container.
    fn emit(&mut self, ctx: &mut Ctx, p: Prepared, via: PathKey) -> JsResult<()> {
        let o = match p {
            Prepared::Skip => return Ok(()),
            Prepared::Text(v) => {
                write_primitive(ctx, v, &mut self.out);
                return Ok(());
            }
            Prepared::Array(o) | Prepared::Object(o) => o,
        };
        if self.is_open(o) {
            return type_error(self.cycle_message(ctx, o, via));
        }
        if self.stack.len() >= MAX_DEPTH {
            return range_error("Maximum call stack size exceeded");
        }
        match p {
            Prepared::Array(_) => {
                let len = ctx.heap.obj(o).as_array().map_or(0, |a| a.len());
                if len == 0 {
                    self.out.ascii(b"[]");
                    return Ok(());
                }
                self.opened(o);
                self.out.ascii(b"[");
                self.stack.push(Frame::Array {
                    o,
                    next: 0,
                    len,
                    via,
                });
            }
            _ if self.list.is_none() && plain_len(ctx, o).is_some() => {
                // Its keys are its property list, in order, as
                // `enumerable_keys` would copy them.
                let len = ctx.heap.obj(o).props.len();
                self.opened(o);
                ctx.charge(len as u64)?;
                self.out.ascii(b"{");
                self.stack.push(Frame::Plain {
                    o,
                    next: 0,
                    len: len as u32,
                    any: false,
                    via,
                });
            }
            _ => {
                let mut keys = self.spare.pop().unwrap_or_default();
                match &self.list {
                    Some(l) => keys.extend_from_slice(l),
                    None => enumerable_keys(ctx, o, &mut keys)?,
                }
                self.opened(o);
                ctx.charge(keys.len() as u64)?;
                self.out.ascii(b"{");
                self.stack.push(Frame::Object {
                    o,
                    keys,
                    next: 0,
                    any: false,
                    via,
                });
            }
        }
        Ok(())
    }

    #[inline]
    fn is_open(&self, o: ObjId) -> bool {
        self.near.contains(&o) || self.open.as_ref().is_some_and(|s| s.contains(&o))
    }

    /// Marks `o` open as the frame about to be pushed for it.
    #[inline]
    fn opened(&mut self, o: ObjId) {
        if self.stack.len() >= OPEN_SCAN {
            self.open.get_or_insert_with(AHashSet::new).insert(o);
        } else {
            self.near.push(o);
        }
        if !self.gap.is_empty() {
            self.indent.extend_from_slice(&self.gap);
        }
    }

    /// V8's "Converting circular structure to JSON" message: the first two
    /// links of the circle, an ellipsis, the last link, the closing key.
    fn cycle_message(&self, ctx: &Ctx, o: ObjId, closing: PathKey) -> String {
        let start = self.stack.iter().position(|f| f.obj() == o).unwrap_or(0);
        let mut m = String::from(
            "Converting circular structure to JSON\n    --> starting at object with constructor ",
        );
        m.push_str(&ctor_name(ctx, o));
        let n = self.stack.len();
        let line = |m: &mut String, f: &Frame| {
            m.push_str("\n    |     ");
            m.push_str(&path_key(ctx, f.via()));
            m.push_str(" -> object with constructor ");
            m.push_str(&ctor_name(ctx, f.obj()));
        };
        let prefix_end = n.min(start + 1 + 2);
        for f in &self.stack[start + 1..prefix_end] {
            line(&mut m, f);
        }
        if n > prefix_end + 1 {
            m.push_str("\n    |     ...");
        }
        for f in &self.stack[prefix_end.max(n.saturating_sub(1))..n] {
            line(&mut m, f);
        }
        m.push_str("\n    --- ");
        m.push_str(&path_key(ctx, closing));
        m.push_str(" closes the circle");
        m
    }
}

fn path_key(ctx: &Ctx, k: PathKey) -> String {
    match k {
        PathKey::Index(i) => format!("index {i}"),
        PathKey::Name(s) => format!("property '{}'", ctx.heap.str(s).to_rust_string()),
    }
}

/// `'Object'`, `'Array'` ...: the name V8 puts in the cycle message.
fn ctor_name(ctx: &Ctx, o: ObjId) -> String {
    let r = &ctx.realm;
    let mut cur = ctx.heap.obj(o).proto;
    for _ in 0..10_000 {
        let Some(p) = cur else { break };
        let known = [
            (r.object_proto, "Object"),
            (r.array_proto, "Array"),
            (r.function_proto, "Function"),
            (r.map_proto, "Map"),
            (r.set_proto, "Set"),
            (r.date_proto, "Date"),
            (r.error_proto, "Error"),
        ];
        if let Some((_, n)) = known.iter().find(|(id, _)| *id == p) {
            return format!("'{n}'");
        }
        if let Some(Value::Obj(c)) = ctx.heap.obj(p).props.get(atoms::CONSTRUCTOR) {
            if let Some(Value::Str(name)) = ops::get_own(ctx, c, Key::Atom(atoms::NAME)) {
                if !ctx.heap.str(name).is_empty() {
                    return format!("'{}'", ctx.heap.str(name).to_rust_string());
                }
            }
        }
        cur = ctx.heap.obj(p).proto;
    }
    "'Object'".into()
}

/// Own enumerable string keys as JSON sees them (an error's `message`,
/// `stack` and `cause` are not enumerable in JavaScript).
fn enumerable_keys(ctx: &mut Ctx, o: ObjId, out: &mut Vec<StrId>) -> JsResult<()> {
    let obj = ctx.heap.obj(o);
    // An ordinary object's keys are its property list, in order.
    if matches!(obj.kind, ObjKind::Ordinary) && !ctx.heap.is_builtin(o) {
        out.extend(obj.props.keys());
        return Ok(());
    }
    let is_error = matches!(obj.kind, ObjKind::Error);
    for k in ops::own_keys(ctx, o)? {
        if let Value::Str(s) = k {
            if is_error && matches!(s, atoms::MESSAGE | atoms::STACK | atoms::CAUSE) {
                continue;
            }
            out.push(s);
        }
    }
    Ok(())
}

/// [`prepare`] with a string, number, boolean or `null` (what it
/// gives back as they are) answered here without the call.
#[inline]
fn prepare_fast(ctx: &mut Ctx, v: Value, key: PathKey) -> JsResult<Prepared> {
    match v {
        Value::Str(_) | Value::Num(_) | Value::Bool(_) | Value::Null => Ok(Prepared::Text(v)),
        Value::Obj(o) => prepare_obj(ctx, o, key),
        _ => prepare(ctx, v, key),
    }
}

/// [`prepare`] of an object: a plain object or array with no own
/// `toJSON` is answered here (what `prepare` gives back for it, see
/// `to_json_of`), without the call.
fn prepare_obj(ctx: &mut Ctx, o: ObjId, key: PathKey) -> JsResult<Prepared> {
    let obj = ctx.heap.obj(o);
    let r = &ctx.realm;
    let plain = match obj.kind {
        ObjKind::Ordinary => obj.proto == Some(r.object_proto),
        ObjKind::Array(_) => obj.proto == Some(r.array_proto),
        _ => false,
    } && !ctx.heap.is_builtin(o)
        && !has_own(obj, atoms::TO_JSON);
    match (plain, &obj.kind) {
        (true, ObjKind::Array(_)) => Ok(Prepared::Array(o)),
        (true, _) => Ok(Prepared::Object(o)),
        _ => prepare(ctx, Value::Obj(o), key),
    }
}

/// Whether `obj` has own property `k`: a few keys scanned directly.
#[inline]
fn has_own(obj: &crate::object::Object, k: StrId) -> bool {
    if obj.props.is_large() {
        return obj.props.get(k).is_some();
    }
    obj.props.keys().any(|x| x == k)
}

/// The number of own properties of an ordinary object that is not a
/// built-in (its keys are its property list), `None` for anything else.
#[inline]
fn plain_len(ctx: &Ctx, o: ObjId) -> Option<usize> {
    let obj = ctx.heap.obj(o);
    (matches!(obj.kind, ObjKind::Ordinary) && !ctx.heap.is_builtin(o)).then(|| obj.props.len())
}

/// Steps 2-4 of SerializeJSONProperty: `toJSON`, unwrapping boxes.
fn prepare(ctx: &mut Ctx, v: Value, key: PathKey) -> JsResult<Prepared> {
    let mut v = v.or_undefined();
    if let Value::Obj(o) = v {
        let to_json = to_json_of(ctx, o)?;
        let date = match ctx.heap.obj(o).kind {
            ObjKind::Date(t) => Some(t),
            _ => None,
        };
        match to_json {
            Value::Obj(f) if ctx.heap.obj(f).is_callable() => match ctx.heap.obj(f).kind {
                ObjKind::Native { f: native, .. } => {
                    if let Some(t) = date {
                        return date_json(ctx, t);
                    }
                    let k = match key {
                        PathKey::Index(i) => Value::Str(conv::number_to_str(ctx, i as f64)?),
                        PathKey::Name(s) => Value::Str(s),
                    };
                    v = native(ctx, v, &[k])?;
                }
                _ => return Err(Interrupt::NeedsJs),
            },
            Value::Undefined if date.is_some() => return date_json(ctx, date.unwrap_or(f64::NAN)),
            _ => {}
        }
    }
    let Value::Obj(o) = v else {
        return Ok(match v {
            Value::Undefined => Prepared::Skip,
            v => Prepared::Text(v),
        });
    };
    Ok(match ctx.heap.obj(o).kind {
        ObjKind::Primitive(Value::Num(_)) => Prepared::Text(Value::Num(conv::to_number(ctx, v)?)),
        ObjKind::Primitive(Value::Str(_)) => Prepared::Text(Value::Str(conv::to_string(ctx, v)?)),
        ObjKind::Primitive(b @ Value::Bool(_)) => Prepared::Text(b),
        ObjKind::Array(_) => Prepared::Array(o),
        _ if ctx.heap.obj(o).is_callable() => Prepared::Skip,
        _ => Prepared::Object(o),
    })
}

/// `o.toJSON`. A plain object or array whose prototype is the built-in
/// `Object.prototype` / `Array.prototype` needs only its own properties
/// looked at: the built-ins are frozen (layer 0) and neither prototype
/// has a `toJSON` (`to_json_not_on_builtin_prototypes` checks it).
fn to_json_of(ctx: &Ctx, o: ObjId) -> JsResult<Value> {
    let obj = ctx.heap.obj(o);
    let plain = matches!(obj.kind, ObjKind::Ordinary | ObjKind::Array(_))
        && (obj.proto == Some(ctx.realm.object_proto) || obj.proto == Some(ctx.realm.array_proto))
        && !ctx.heap.is_builtin(o);
    if plain {
        return Ok(obj.props.get(atoms::TO_JSON).unwrap_or(Value::Undefined));
    }
    ops::get_obj(ctx, o, Key::Atom(atoms::TO_JSON), Value::Obj(o))
}

/// `Date.prototype.toJSON`: the ISO string, `null` for an invalid date.
fn date_json(ctx: &mut Ctx, t: f64) -> JsResult<Prepared> {
    Ok(match date_iso_string(t) {
        Some(s) => Prepared::Text(ctx.heap.str_value(&s)?),
        None => Prepared::Text(Value::Null),
    })
}

fn write_primitive<O: Sink>(ctx: &Ctx, v: Value, out: &mut O) {
    match v {
        Value::Null => out.ascii(b"null"),
        Value::Bool(true) => out.ascii(b"true"),
        Value::Bool(false) => out.ascii(b"false"),
        Value::Num(n) if n.is_finite() => {
            out.ascii(number::js_ascii(n, &mut [0; number::ASCII_MAX]))
        }
        Value::Num(_) => out.ascii(b"null"),
        Value::Str(s) => quote_json(ctx.heap.str(s), out),
        _ => out.ascii(b"null"),
    }
}

/// Which bytes JSON escapes: controls, `"` and `\\` (and bytes of 0x80
/// and up, never in an ASCII string, kept off the fast path anyway).
static ESCAPED: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = i < 0x20 || i == b'"' as usize || i == b'\\' as usize || i >= 0x80;
        i += 1;
    }
    t
};

/// Whether any byte of `b` is one [`ESCAPED`] marks, eight at a time.
#[inline]
fn any_escaped(b: &[u8]) -> bool {
    if b.len() < 8 {
        if b.len() < 4 {
            return b.iter().any(|&c| ESCAPED[c as usize]);
        }
        // Four to seven bytes: the first four and the last four, as the
        // two halves of one word (they may overlap).
        let mut w = [0u8; 8];
        w[..4].copy_from_slice(&b[..4]);
        w[4..].copy_from_slice(&b[b.len() - 4..]);
        return escaped_in_word(&w);
    }
    let mut words = b.chunks_exact(8);
    if words.by_ref().any(escaped_in_word) {
        return true;
    }
    // The last (partial) word as the final eight bytes, overlapping.
    !words.remainder().is_empty() && escaped_in_word(&b[b.len() - 8..])
}

/// [`any_escaped`] of exactly eight bytes, as one 64-bit word: each term
/// sets the high bit of some byte exactly when some byte is below 0x20,
/// is `"`, is `\\`, or is 0x80 and up (a borrow only leaves a byte that
/// already qualified, so the answer is exact though the byte may not be).
#[inline]
fn escaped_in_word(w: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut a = [0u8; 8];
    a.copy_from_slice(w);
    let x = u64::from_le_bytes(a);
    let quote = x ^ (ONES * b'"' as u64);
    let slash = x ^ (ONES * b'\\' as u64);
    let t = (x.wrapping_sub(ONES * 0x20) & !x)
        | (quote.wrapping_sub(ONES) & !quote)
        | (slash.wrapping_sub(ONES) & !slash)
        | x;
    t & HIGH != 0
}

/// ASCII bytes JSON writes as they are (not `"`, `\\` or a control).
#[inline]
fn plain(b: u8) -> bool {
    !ESCAPED[b as usize]
}

/// The escape of a code unit below 0x20 or `"` / `\\`, into `buf`.
fn escape(c: u16, buf: &mut [u8; 6]) -> &[u8] {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short: &[u8] = match c {
        0x22 => b"\\\"",
        0x5c => b"\\\\",
        0x08 => b"\\b",
        0x0c => b"\\f",
        0x0a => b"\\n",
        0x0d => b"\\r",
        0x09 => b"\\t",
        _ => {
            *buf = [b'\\', b'u', 0, 0, 0, 0];
            for (i, shift) in [12, 8, 4, 0].into_iter().enumerate() {
                buf[2 + i] = HEX[((c >> shift) & 0xf) as usize];
            }
            return &buf[..];
        }
    };
    short
}

/// QuoteJSONString, well-formed: lone surrogates become `\udXXX`.
#[inline]
pub fn quote_json<O: Sink>(s: &JsStr, out: &mut O) {
    if let JsStr::Ascii(b) = s {
        // The common case, nothing to escape: one copy.
        if !any_escaped(b) {
            out.quoted_ascii(b);
            return;
        }
    }
    quote_escaped(s, out);
}

/// [`quote_json`] of a string with something to escape or not ASCII.
#[inline(never)]
fn quote_escaped<O: Sink>(s: &JsStr, out: &mut O) {
    let mut buf = [0u8; 6];
    out.ascii(b"\"");
    match s {
        JsStr::Ascii(b) => {
            // Runs of plain bytes at once.
            let mut rest: &[u8] = b;
            while !rest.is_empty() {
                let run = rest.iter().position(|&c| !plain(c)).unwrap_or(rest.len());
                out.ascii(&rest[..run]);
                if let Some(&c) = rest.get(run) {
                    out.ascii(escape(c as u16, &mut buf));
                    rest = &rest[run + 1..];
                } else {
                    break;
                }
            }
        }
        JsStr::Utf16(u) => {
            let n = u.len();
            let mut i = 0;
            while i < n {
                let c = u[i];
                match c {
                    0..=0x7f if plain(c as u8) => out.ascii(&[c as u8]),
                    0..=0x1f | 0x22 | 0x5c => out.ascii(escape(c, &mut buf)),
                    0xd800..=0xdbff if matches!(u.get(i + 1), Some(0xdc00..=0xdfff)) => {
                        out.pair(c, u[i + 1]);
                        i += 1;
                    }
                    0xd800..=0xdfff => out.ascii(escape(c, &mut buf)),
                    _ => out.unit(c),
                }
                i += 1;
            }
        }
    }
    out.ascii(b"\"");
}

/// `Date.prototype.toISOString` of a time value; `None` when invalid
/// (the caller throws `RangeError: Invalid time value` or writes `null`).
pub fn date_iso_string(t: f64) -> Option<String> {
    if !t.is_finite() || t.abs() > 8.64e15 {
        return None;
    }
    crate::builtins::date::format::to_iso_string(t)
}

#[cfg(test)]
mod tests {
    use super::{any_escaped, ESCAPED};

    /// The word-at-a-time test against the byte table: every byte value
    /// at every position of strings up to 24 bytes, among plain bytes.
    #[test]
    fn any_escaped_matches_the_table() {
        for len in 0..=24usize {
            for at in 0..len {
                for c in 0..=255u8 {
                    let mut b = vec![b'a'; len];
                    b[at] = c;
                    assert_eq!(any_escaped(&b), ESCAPED[c as usize], "{len} {at} {c}");
                    // Next to a byte just past each boundary.
                    for &n in &[0x1fu8, 0x20, 0x21, 0x23, 0x5b, 0x5d, 0x7f] {
                        if len > 1 {
                            b[(at + 1) % len] = n;
                            let want = b.iter().any(|&c| ESCAPED[c as usize]);
                            assert_eq!(any_escaped(&b), want, "{len} {at} {c} {n}");
                        }
                    }
                }
            }
            assert!(!any_escaped(&vec![b'~'; len]));
        }
    }
}
