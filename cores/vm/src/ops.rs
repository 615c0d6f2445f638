//! Property access and operators with JavaScript semantics.

use crate::atoms;
use crate::conv::{self, key_atom, to_number, to_primitive, to_string, Hint, Key};
use crate::error::{range_error, type_error, JsResult};
use crate::object::{ObjKind, Object, FROZEN, NON_EXTENSIBLE};
use crate::string::JsStr;
use crate::value::{ObjId, StrId, Value};
use crate::Ctx;

// ---------------------------------------------------------------- reading

/// `base[key]`.
pub fn get(ctx: &mut Ctx, base: Value, key: Key) -> JsResult<Value> {
    match base {
        Value::Obj(o) => {
            // A method of an array with no own named properties (`a.push`):
            // straight to its prototype.
            let obj = ctx.heap.obj(o);
            if let (ObjKind::Array(_), Key::Atom(a), Some(p)) = (&obj.kind, key, obj.proto) {
                if a != atoms::LENGTH && obj.props.is_empty() {
                    return get_obj(ctx, p, key, base);
                }
            }
            let v = get_obj(ctx, o, key, base)?;
            if let (Value::Undefined, Some(missing)) = (v, ctx.host_missing) {
                if let ObjKind::Host { .. } = ctx.heap.obj(o).kind {
                    return missing(ctx, o, key).map(|v| v.unwrap_or(Value::Undefined));
                }
            }
            Ok(v)
        }
        Value::Str(s) => {
            let js = ctx.heap.str(s);
            match key {
                Key::Index(i) => {
                    let Some(u) = js.get(i as usize) else {
                        return Ok(Value::Undefined);
                    };
                    Ok(Value::Str(unit_string(ctx, u)?))
                }
                Key::Atom(atoms::LENGTH) => Ok(Value::Num(js.len() as f64)),
                _ => get_obj(ctx, ctx.realm.string_proto, key, base),
            }
        }
        Value::Num(_) => get_obj(ctx, ctx.realm.number_proto, key, base),
        Value::Bool(_) => get_obj(ctx, ctx.realm.boolean_proto, key, base),
        Value::Undefined | Value::Null | Value::Empty | Value::Cell(_) => {
            let what = if matches!(base, Value::Null) {
                "null"
            } else {
                "undefined"
            };
            let k = key_atom(ctx, key)?;
            let k = ctx.heap.str(k).to_rust_string();
            type_error(format!("Cannot read properties of {what} (reading '{k}')"))
        }
    }
}

/// `a.name` for an array `o` without own named properties when its
/// prototype has `name` in a large property list (`users.push`): what
/// [`get`] finds, without its walk. `None`: ask [`get`].
#[inline]
pub fn array_method(ctx: &Ctx, o: ObjId, key: Key) -> Option<Value> {
    let obj = ctx.heap.obj(o);
    let (ObjKind::Array(_), Key::Atom(a), Some(p)) = (&obj.kind, key, obj.proto) else {
        return None;
    };
    if a == atoms::LENGTH || a == atoms::NAME || a == atoms::SIZE || !obj.props.is_empty() {
        return None;
    }
    let proto = ctx.heap.obj(p);
    if !proto.props.is_large() {
        return None;
    }
    ctx.prop_cache.get(p, &proto.props, a)
}

/// The one-unit string for a code unit (interned for ASCII).
pub fn unit_string(ctx: &mut Ctx, u: u16) -> JsResult<StrId> {
    if u < 0x80 {
        Ok(atoms::ascii_char(u as u8))
    } else {
        ctx.heap.intern(JsStr::Utf16(Box::new([u])))
    }
}

/// Own property of one object, exotic kinds included (no prototype walk).
pub fn get_own(ctx: &Ctx, o: ObjId, key: Key) -> Option<Value> {
    let obj = ctx.heap.obj(o);
    match (&obj.kind, key) {
        // The common cases first: a named key of a plain object, or a
        // method name on an array (anything but `length`), is only in its
        // property list.
        (ObjKind::Ordinary | ObjKind::Host { .. }, Key::Atom(a)) => return obj.props.get(a),
        (ObjKind::Array(_), Key::Atom(a)) if a != atoms::LENGTH => return obj.props.get(a),
        (ObjKind::Array(a) | ObjKind::Arguments(a), Key::Index(i)) => {
            return a
                .get(i as usize)
                .copied()
                .filter(|v| !matches!(v, Value::Empty));
        }
        (ObjKind::Array(a) | ObjKind::Arguments(a), Key::Atom(atoms::LENGTH)) => {
            return Some(Value::Num(a.len() as f64));
        }
        (ObjKind::Closure { name, .. }, Key::Atom(atoms::NAME))
            if obj.props.get(atoms::NAME).is_none() =>
        {
            return Some(Value::Str(*name));
        }
        (ObjKind::Closure { length, .. }, Key::Atom(atoms::LENGTH)) => {
            return Some(Value::Num(*length as f64));
        }
        (ObjKind::Native { name, .. }, Key::Atom(atoms::NAME)) => return Some(Value::Str(*name)),
        (ObjKind::Native { length, .. }, Key::Atom(atoms::LENGTH)) => {
            return Some(Value::Num(*length as f64))
        }
        (ObjKind::Bound { .. }, Key::Atom(atoms::NAME)) if obj.props.get(atoms::NAME).is_none() => {
            return Some(Value::Str(atoms::EMPTY));
        }
        (ObjKind::Map(m) | ObjKind::Set(m), Key::Atom(atoms::SIZE)) if !ctx.heap.is_builtin(o) => {
            return Some(Value::Num(m.live as f64));
        }
        (ObjKind::Primitive(Value::Str(s)), Key::Index(i)) => {
            let js = ctx.heap.str(*s);
            if let Some(u) = js.get(i as usize) {
                if u < 0x80 {
                    return Some(Value::Str(atoms::ascii_char(u as u8)));
                }
                return ctx
                    .heap
                    .lookup_atom(&JsStr::Utf16(Box::new([u])))
                    .map(Value::Str);
            }
            return None;
        }
        (ObjKind::Primitive(Value::Str(s)), Key::Atom(atoms::LENGTH)) => {
            return Some(Value::Num(ctx.heap.str(*s).len() as f64));
        }
        _ => {}
    }
    let atom = match key {
        Key::Atom(a) => a,
        Key::Index(i) => index_atom(ctx, i)?,
    };
    obj.props.get(atom)
}

/// The interned string of an index, if it was ever interned (otherwise no
/// object can have that key as a named property).
fn index_atom(ctx: &Ctx, i: u32) -> Option<StrId> {
    if i < 10 {
        return Some(atoms::ascii_char(b'0' + i as u8));
    }
    ctx.heap.lookup_atom(&JsStr::from_str(&i.to_string()))
}

/// `o[key]` walking the prototype chain; `receiver` is the original base.
pub fn get_obj(ctx: &Ctx, o: ObjId, key: Key, _receiver: Value) -> JsResult<Value> {
    let mut cur = o;
    // Prototype chains are short and acyclic (set_proto refuses cycles);
    // the bound only guards against a bug becoming a hang.
    for _ in 0..10_000 {
        let obj = ctx.heap.obj(cur);
        let own = match key {
            // A named key no exotic kind answers itself (see `get_own`)
            // in a large property list: through the position cache.
            Key::Atom(a)
                if obj.props.is_large()
                    && a != atoms::LENGTH
                    && a != atoms::NAME
                    && a != atoms::SIZE =>
            {
                ctx.prop_cache.get(cur, &obj.props, a)
            }
            _ => get_own(ctx, cur, key),
        };
        if let Some(v) = own {
            return Ok(v);
        }
        match obj.proto {
            Some(p) => cur = p,
            None => return Ok(Value::Undefined),
        }
    }
    Ok(Value::Undefined)
}

/// `key in o` (own or inherited).
pub fn has_property(ctx: &Ctx, o: ObjId, key: Key) -> bool {
    let mut cur = Some(o);
    while let Some(c) = cur {
        if get_own(ctx, c, key).is_some() {
            return true;
        }
        cur = ctx.heap.obj(c).proto;
    }
    false
}

// ---------------------------------------------------------------- writing

fn describe_for_write(ctx: &Ctx, o: ObjId) -> &'static str {
    if ctx.heap.obj(o).flags & crate::object::NAMESPACE != 0 {
        return "[object Module]";
    }
    match ctx.heap.obj(o).kind {
        ObjKind::Array(_) => "[object Array]",
        ObjKind::Closure { .. } | ObjKind::Native { .. } | ObjKind::Bound { .. } => "function",
        _ => "#<Object>",
    }
}

/// `base[key] = val` in strict mode.
pub fn set(ctx: &mut Ctx, base: Value, key: Key, val: Value) -> JsResult<()> {
    match base {
        Value::Obj(o) => set_obj(ctx, o, key, val),
        Value::Undefined | Value::Null | Value::Empty | Value::Cell(_) => {
            let what = if matches!(base, Value::Null) {
                "null"
            } else {
                "undefined"
            };
            let k = key_atom(ctx, key)?;
            let k = ctx.heap.str(k).to_rust_string();
            type_error(format!("Cannot set properties of {what} (setting '{k}')"))
        }
        _ => {
            let k = key_atom(ctx, key)?;
            let k = ctx.heap.str(k).to_rust_string();
            let kind = ctx.heap.str(conv::typeof_atom(ctx, base)).to_rust_string();
            let shown = crate::ops::display_primitive(ctx, base);
            type_error(format!("Cannot create property '{k}' on {kind} '{shown}'"))
        }
    }
}

pub fn display_primitive(ctx: &mut Ctx, v: Value) -> String {
    match to_string(ctx, v) {
        Ok(s) => ctx.heap.str(s).to_rust_string(),
        Err(_) => String::new(),
    }
}

pub fn set_obj(ctx: &mut Ctx, o: ObjId, key: Key, val: Value) -> JsResult<()> {
    let max_array = ctx.heap.max_array;
    let flags = ctx.heap.obj(o).flags;
    if flags & FROZEN != 0 {
        let k = key_atom(ctx, key)?;
        let ks = ctx.heap.str(k).to_rust_string();
        let exists = get_own(ctx, o, key).is_some();
        let what = describe_for_write(ctx, o);
        return if exists {
            type_error(format!(
                "Cannot assign to read only property '{ks}' of object '{what}'"
            ))
        } else {
            type_error(format!(
                "Cannot add property {ks}, object is not extensible"
            ))
        };
    }
    // Arrays: elements and length.
    if let ObjKind::Array(_) | ObjKind::Arguments(_) = ctx.heap.obj(o).kind {
        match key {
            Key::Index(i) => {
                let i = i as usize;
                if i >= max_array {
                    ctx.heap.check_array_len(i + 1)?;
                }
                let obj = ctx.heap.obj_mut(o)?;
                let (ObjKind::Array(a) | ObjKind::Arguments(a)) = &mut obj.kind else {
                    unreachable!()
                };
                if i < a.len() {
                    a[i] = val;
                    return Ok(());
                }
                if flags & NON_EXTENSIBLE != 0 {
                    return type_error(format!(
                        "Cannot add property {i}, object is not extensible"
                    ));
                }
                let grow = (i + 1 - a.len()) * 16;
                a.resize(i, Value::Empty);
                a.push(val);
                return ctx.heap.charge(grow);
            }
            Key::Atom(atoms::LENGTH) => {
                let n = to_number(ctx, val)?;
                let len = n as u32;
                if len as f64 != n {
                    return range_error("Invalid array length");
                }
                ctx.heap.check_array_len(len as usize)?;
                let obj = ctx.heap.obj_mut(o)?;
                if let ObjKind::Array(a) | ObjKind::Arguments(a) = &mut obj.kind {
                    let old = a.len();
                    a.resize(len as usize, Value::Empty);
                    let grow = (len as usize).saturating_sub(old) * 16;
                    return ctx.heap.charge(grow);
                }
                return Ok(());
            }
            _ => {}
        }
    }
    let atom = key_atom(ctx, key)?;
    let index = match key {
        Key::Index(i) => Some(i),
        Key::Atom(_) => None,
    };
    let heap = &mut ctx.heap;
    // Read-only check needs the index of index-keys for ordering.
    let exists = heap.obj(o).props.find(atom).is_some();
    if !exists && flags & NON_EXTENSIBLE != 0 {
        let ks = heap.str(atom).to_rust_string();
        return type_error(format!(
            "Cannot add property {ks}, object is not extensible"
        ));
    }
    if !exists {
        heap.charge(24)?;
    }
    let obj = heap.obj_mut(o)?;
    let moved = obj.props.insert(atom, val, index);
    // Keeping integer-like keys ordered may move entries: paid in energy.
    if moved >= 16 {
        ctx.charge(moved as u64 / 16)?;
    }
    Ok(())
}

/// Defines an own data property (object literals, host objects).
pub fn define(ctx: &mut Ctx, o: ObjId, key: Key, val: Value) -> JsResult<()> {
    // A named key on an extensible plain object: straight into its list
    // (what `set_obj` ends with, minus its checks for the other cases).
    if let (Key::Atom(atom), Ok(obj)) = (key, ctx.heap.obj_mut(o)) {
        if obj.flags == 0 && matches!(obj.kind, ObjKind::Ordinary | ObjKind::Host { .. }) {
            let before = obj.props.len();
            obj.props.insert(atom, val, None);
            // A limit error ends the run: no program sees the property.
            return if obj.props.len() > before {
                ctx.heap.charge(24)
            } else {
                Ok(())
            };
        }
    }
    set_obj(ctx, o, key, val)
}

/// Defines a property of an object literal that cannot have it yet (see
/// `Op::InitField`): a named key on a plain object goes straight to the end
/// of its list; anything else takes [`define`]'s path.
#[inline]
pub fn init_field(ctx: &mut Ctx, o: ObjId, key: Key, val: Value) -> JsResult<()> {
    if let (Key::Atom(atom), Ok(obj)) = (key, ctx.heap.obj_mut(o)) {
        if obj.flags == 0 && matches!(obj.kind, ObjKind::Ordinary) {
            obj.props.push_new(atom, val);
            // A limit error ends the run: no program sees the property.
            return ctx.heap.charge(24);
        }
    }
    define(ctx, o, key, val)
}

/// `delete base[key]`; strict mode: deleting from a frozen object throws.
pub fn delete(ctx: &mut Ctx, base: Value, key: Key) -> JsResult<bool> {
    let Value::Obj(o) = base else {
        if base.is_nullish() {
            let k = key_atom(ctx, key)?;
            let k = ctx.heap.str(k).to_rust_string();
            let what = if matches!(base, Value::Null) {
                "null"
            } else {
                "undefined"
            };
            return type_error(format!(
                "Cannot convert undefined or null to object (deleting '{k}' of {what})"
            ));
        }
        return Ok(true);
    };
    if ctx.heap.obj(o).flags & (FROZEN | crate::object::SEALED) != 0
        && get_own(ctx, o, key).is_some()
    {
        let k = key_atom(ctx, key)?;
        let k = ctx.heap.str(k).to_rust_string();
        return type_error(format!(
            "Cannot delete property '{k}' of {}",
            describe_for_write(ctx, o)
        ));
    }
    if let (ObjKind::Array(_) | ObjKind::Arguments(_), Key::Index(i)) = (&ctx.heap.obj(o).kind, key)
    {
        let obj = ctx.heap.obj_mut(o)?;
        if let ObjKind::Array(a) | ObjKind::Arguments(a) = &mut obj.kind {
            if let Some(slot) = a.get_mut(i as usize) {
                *slot = Value::Empty;
            }
        }
        return Ok(true);
    }
    if let (ObjKind::Array(_), Key::Atom(atoms::LENGTH)) = (&ctx.heap.obj(o).kind, key) {
        return type_error("Cannot delete property 'length' of [object Array]");
    }
    let atom = match key {
        Key::Atom(a) => a,
        Key::Index(i) => match index_atom(ctx, i) {
            Some(a) => a,
            None => return Ok(true),
        },
    };
    if ctx.heap.obj(o).props.find(atom).is_none() {
        return Ok(true);
    }
    let obj = ctx.heap.obj_mut(o)?;
    obj.props.remove(atom);
    Ok(true)
}

/// Own enumerable string keys in JavaScript order (`Object.keys`).
pub fn own_keys(ctx: &mut Ctx, o: ObjId) -> JsResult<Vec<Value>> {
    if ctx.heap.is_builtin(o) {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    let n_elems = match &ctx.heap.obj(o).kind {
        ObjKind::Array(a) | ObjKind::Arguments(a) => a
            .iter()
            .enumerate()
            .filter(|(_, v)| !matches!(v, Value::Empty))
            .map(|(i, _)| i)
            .collect::<Vec<_>>(),
        ObjKind::Primitive(Value::Str(s)) => (0..ctx.heap.str(*s).len()).collect(),
        _ => Vec::new(),
    };
    for i in n_elems {
        out.push(Value::Str(conv::number_to_str(ctx, i as f64)?));
    }
    let obj = ctx.heap.obj(o);
    out.extend(
        obj.props
            .keys()
            .filter(|&k| !is_hidden(&obj.kind, k))
            .map(Value::Str),
    );
    Ok(out)
}

/// Properties JavaScript keeps non-enumerable that we store as ordinary
/// ones: an error's `message`/`stack`/`cause`, a function's `name`/`length`.
pub fn is_hidden(kind: &ObjKind, key: StrId) -> bool {
    match kind {
        ObjKind::Error => matches!(key, atoms::MESSAGE | atoms::STACK | atoms::CAUSE),
        ObjKind::Bound { .. } | ObjKind::Closure { .. } | ObjKind::Native { .. } => {
            matches!(key, atoms::NAME | atoms::LENGTH)
        }
        _ => false,
    }
}

// ---------------------------------------------------------------- objects

pub fn new_object(ctx: &mut Ctx) -> JsResult<ObjId> {
    new_object_with(ctx, 0)
}

/// A plain object with room for `n` properties (an object literal's).
pub fn new_object_with(ctx: &mut Ctx, n: usize) -> JsResult<ObjId> {
    let obj = Object {
        proto: Some(ctx.realm.object_proto),
        props: ctx.heap.props_with_capacity(n),
        kind: ObjKind::Ordinary,
        flags: 0,
    };
    ctx.heap.alloc(obj)
}

pub fn new_array(ctx: &mut Ctx, elems: Vec<Value>) -> JsResult<ObjId> {
    ctx.heap.check_array_len(elems.len())?;
    let proto = ctx.realm.array_proto;
    ctx.heap
        .alloc(Object::new(Some(proto), ObjKind::Array(elems)))
}

/// A new error object of the given constructor name and message.
pub fn new_error(ctx: &mut Ctx, kind: crate::JsErrorKind, message: &str) -> JsResult<ObjId> {
    use crate::JsErrorKind as K;
    let r = ctx.realm;
    let proto = match kind {
        K::Error => r.error_proto,
        K::TypeError => r.type_error_proto,
        K::RangeError => r.range_error_proto,
        K::ReferenceError => r.reference_error_proto,
        K::SyntaxError => r.syntax_error_proto,
        K::UriError => r.uri_error_proto,
    };
    let o = ctx.heap.alloc(Object::new(Some(proto), ObjKind::Error))?;
    let m = ctx.heap.str_value(message)?;
    set_obj(ctx, o, Key::Atom(atoms::MESSAGE), m)?;
    Ok(o)
}

// ---------------------------------------------------------------- operators

/// `===`
pub fn strict_eq(ctx: &Ctx, a: Value, b: Value) -> bool {
    match (a, b) {
        (Value::Num(x), Value::Num(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x == y || ctx.heap.str(x).eq_units(ctx.heap.str(y)),
        (Value::Undefined | Value::Empty, Value::Undefined | Value::Empty) => true,
        (Value::Null, Value::Null) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Obj(x), Value::Obj(y)) => x == y,
        _ => false,
    }
}

/// SameValueZero (`includes`, Map and Set keys).
pub fn same_value_zero(ctx: &Ctx, a: Value, b: Value) -> bool {
    match (a, b) {
        (Value::Num(x), Value::Num(y)) => x == y || (x.is_nan() && y.is_nan()),
        _ => strict_eq(ctx, a, b),
    }
}

/// SameValue (`Object.is`).
pub fn same_value(ctx: &Ctx, a: Value, b: Value) -> bool {
    match (a, b) {
        (Value::Num(x), Value::Num(y)) => {
            (x.is_nan() && y.is_nan()) || (x == y && x.is_sign_negative() == y.is_sign_negative())
        }
        _ => strict_eq(ctx, a, b),
    }
}

/// `==`
pub fn loose_eq(ctx: &mut Ctx, a: Value, b: Value) -> JsResult<bool> {
    use Value::*;
    Ok(match (a, b) {
        (Undefined | Null | Empty, Undefined | Null | Empty) => true,
        (Undefined | Null | Empty, _) | (_, Undefined | Null | Empty) => false,
        (Num(_), Num(_)) | (Str(_), Str(_)) | (Bool(_), Bool(_)) | (Obj(_), Obj(_)) => {
            strict_eq(ctx, a, b)
        }
        (Num(x), Str(s)) | (Str(s), Num(x)) => x == conv::str_to_number(ctx.heap.str(s)),
        (Bool(x), _) => return loose_eq(ctx, Num(x as u8 as f64), b),
        (_, Bool(y)) => return loose_eq(ctx, a, Num(y as u8 as f64)),
        (Obj(_), _) => {
            let p = to_primitive(ctx, a, Hint::Default)?;
            return loose_eq(ctx, p, b);
        }
        (_, Obj(_)) => {
            let p = to_primitive(ctx, b, Hint::Default)?;
            return loose_eq(ctx, a, p);
        }
        _ => false,
    })
}

/// `a + b` on any values.
pub fn add(ctx: &mut Ctx, a: Value, b: Value) -> JsResult<Value> {
    if let (Value::Num(x), Value::Num(y)) = (a, b) {
        return Ok(Value::Num(x + y));
    }
    let a = to_primitive(ctx, a, Hint::Default)?;
    let b = to_primitive(ctx, b, Hint::Default)?;
    if matches!(a, Value::Str(_)) || matches!(b, Value::Str(_)) {
        let sa = to_string(ctx, a)?;
        let sb = to_string(ctx, b)?;
        return concat(ctx, sa, sb);
    }
    Ok(Value::Num(to_number(ctx, a)? + to_number(ctx, b)?))
}

pub fn concat(ctx: &mut Ctx, a: StrId, b: StrId) -> JsResult<Value> {
    let (x, y) = (ctx.heap.str(a), ctx.heap.str(b));
    if x.is_empty() {
        return Ok(Value::Str(b));
    }
    if y.is_empty() {
        return Ok(Value::Str(a));
    }
    let len = x.len() + y.len();
    let s = x.concat(y);
    ctx.charge(len as u64 / 64)?;
    Ok(Value::Str(ctx.heap.alloc_str(s)?))
}

/// Abstract relational comparison: `Some(true)` when `a < b`, `None` for
/// undefined (NaN involved).
pub fn less_than(ctx: &mut Ctx, a: Value, b: Value, left_first: bool) -> JsResult<Option<bool>> {
    let (pa, pb) = if left_first {
        let pa = to_primitive(ctx, a, Hint::Number)?;
        (pa, to_primitive(ctx, b, Hint::Number)?)
    } else {
        let pb = to_primitive(ctx, b, Hint::Number)?;
        (to_primitive(ctx, a, Hint::Number)?, pb)
    };
    if let (Value::Str(x), Value::Str(y)) = (pa, pb) {
        return Ok(Some(
            ctx.heap.str(x).cmp_units(ctx.heap.str(y)) == std::cmp::Ordering::Less,
        ));
    }
    let x = to_number(ctx, pa)?;
    let y = to_number(ctx, pb)?;
    if x.is_nan() || y.is_nan() {
        return Ok(None);
    }
    Ok(Some(x < y))
}

/// `v instanceof ctor` for built-in constructors.
pub fn instance_of(ctx: &mut Ctx, v: Value, ctor: Value) -> JsResult<bool> {
    let Value::Obj(c) = ctor else {
        return type_error("Right-hand side of 'instanceof' is not an object");
    };
    if !ctx.heap.obj(c).is_callable() {
        return type_error("Right-hand side of 'instanceof' is not callable");
    }
    let Value::Obj(mut o) = v else {
        return Ok(false);
    };
    let proto = get_obj(ctx, c, Key::Atom(atoms::PROTOTYPE), ctor)?;
    let Value::Obj(proto) = proto else {
        return Ok(false);
    };
    loop {
        match ctx.heap.obj(o).proto {
            Some(p) if p == proto => return Ok(true),
            Some(p) => o = p,
            None => return Ok(false),
        }
    }
}
