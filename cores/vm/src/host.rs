//! Values crossing between the host and a VM.

use crate::error::{HostValue, JsResult};
use crate::object::{ObjKind, Object, Props};
use crate::ops;
use crate::string::JsStr;
use crate::value::{ObjId, StrId, Value};
use crate::Ctx;

/// Builds a VM value from a host value (I/O results on resume).
pub fn to_value(ctx: &mut Ctx, h: &HostValue) -> JsResult<Value> {
    Ok(match h {
        HostValue::Undefined => Value::Undefined,
        HostValue::Null => Value::Null,
        HostValue::Bool(b) => Value::Bool(*b),
        HostValue::Num(n) => Value::Num(*n),
        HostValue::Str(s) => ctx.heap.str_value(s)?,
        HostValue::Array(items) => {
            let mut out = Vec::with_capacity(items.len());
            for i in items {
                out.push(to_value(ctx, i)?);
            }
            Value::Obj(ops::new_array(ctx, out)?)
        }
        HostValue::Object(fields) => {
            let o = ops::new_object(ctx)?;
            for (k, v) in fields {
                let v = to_value(ctx, v)?;
                let k = ctx.heap.str_value(k)?;
                let key = crate::conv::to_key(ctx, k)?;
                ops::define(ctx, o, key, v)?;
            }
            Value::Obj(o)
        }
        HostValue::Build(b) => b.build(ctx)?,
    })
}

/// Property keys many plain objects share (the columns of a result set):
/// canonical atoms, distinct, none an array index, so each object takes
/// them as they are, without a lookup per key.
pub struct Keys(Vec<StrId>);

impl Keys {
    /// Interns `names`; `None` when two are equal or one is an array index
    /// (`"0"`): such objects must be built with [`ops::define`], which
    /// orders index keys first and lets a later duplicate win.
    pub fn new<'a>(
        ctx: &mut Ctx,
        names: impl IntoIterator<Item = &'a str>,
    ) -> JsResult<Option<Keys>> {
        let mut keys = Vec::new();
        for n in names {
            let s = JsStr::from_str(n);
            if s.as_index().is_some() {
                return Ok(None);
            }
            keys.push(ctx.heap.intern(s)?);
        }
        let mut sorted = keys.clone();
        sorted.sort_unstable_by_key(|k| k.0);
        if sorted.windows(2).any(|w| w[0] == w[1]) {
            return Ok(None);
        }
        Ok(Some(Keys(keys)))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A plain object (`Object.prototype`) with `keys` and `vals`, one value
/// per key in the same order; the same as defining them one by one.
pub fn object_with(ctx: &mut Ctx, keys: &Keys, vals: Vec<Value>) -> JsResult<ObjId> {
    if vals.len() != keys.0.len() {
        return crate::error::type_error("object_with: one value per key");
    }
    let mut obj = Object::new(Some(ctx.realm.object_proto), ObjKind::Ordinary);
    obj.props = Props::from_named(&keys.0, vals);
    ctx.heap.alloc(obj)
}

/// A string value from owned text; ASCII text becomes the VM string
/// without a copy when it has no spare capacity.
pub fn string(ctx: &mut Ctx, s: String) -> JsResult<Value> {
    let js = if s.is_ascii() {
        JsStr::Ascii(s.into_bytes().into_boxed_slice())
    } else {
        JsStr::from_str(&s)
    };
    Ok(Value::Str(ctx.heap.alloc_str(js)?))
}
