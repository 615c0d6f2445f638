//! Objects: a prototype link, own properties in JavaScript order, and a
//! kind (array, function, map ...) for exotic behaviour.

use crate::value::{ObjId, StrId, Value};
use ahash::AHashMap;

/// Native function signature: `(ctx, this, args) -> value`.
pub type NativeFn = fn(&mut crate::Ctx, Value, &[Value]) -> crate::error::JsResult<Value>;

/// Own properties. Keys are interned strings (canonical [`StrId`]s), kept in
/// JavaScript order: integer-like keys ascending first, then insertion order.
///
/// Why one list of (key, value) pairs: a small object's properties are one
/// allocation, sized once when an object literal says how many it defines.
///
/// Why two lookup maps: integer-like keys are inserted in numeric order, in
/// front of the named keys. Positions of named keys are stored relative to
/// the end of the integer-like run, and integer-like keys map to their
/// numeric value (found again by binary search), so inserting one kind never
/// invalidates the other kind's map.
#[derive(Clone, Debug, Default)]
pub struct Props {
    entries: Vec<(StrId, Value)>,
    /// How many leading keys are array indices (kept sorted ascending).
    n_index: u32,
    /// The numeric values of those leading index keys.
    index_vals: Vec<u32>,
    /// Integer-like key -> its numeric value; built past [`Props::INDEX_AT`].
    index_map: Option<Box<AHashMap<StrId, u32>>>,
    /// Named key -> position after the integer-like run; built past [`Props::INDEX_AT`].
    named_map: Option<Box<AHashMap<StrId, u32>>>,
}

impl Props {
    const INDEX_AT: usize = 12;

    /// No properties yet, room for `n`.
    pub fn with_capacity(n: usize) -> Props {
        Props {
            entries: Vec::with_capacity(n),
            ..Props::default()
        }
    }

    /// No properties yet, in `entries` (empty; its capacity is reused).
    pub fn from_entries(entries: Vec<(StrId, Value)>) -> Props {
        debug_assert!(entries.is_empty());
        Props {
            entries,
            ..Props::default()
        }
    }

    /// Capacity of the entry list.
    #[inline]
    pub fn entries_capacity(&self) -> usize {
        self.entries.capacity()
    }

    /// Takes the entry list out (for reuse of its allocation), leaving no
    /// properties.
    pub fn take_entries(&mut self) -> Vec<(StrId, Value)> {
        std::mem::take(&mut self.entries)
    }

    /// Properties from named keys and their values, in that order: `keys`
    /// must be canonical atoms, distinct, none an array index (see
    /// [`crate::host::Keys`], which checks that once for many objects).
    pub fn from_named(keys: &[StrId], vals: Vec<Value>) -> Props {
        debug_assert_eq!(keys.len(), vals.len());
        let mut p = Props {
            entries: keys.iter().copied().zip(vals).collect(),
            ..Props::default()
        };
        if p.entries.len() > Self::INDEX_AT {
            p.rebuild_named();
        }
        p
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    #[inline]
    pub fn find(&self, key: StrId) -> Option<usize> {
        if self.index_map.is_none() && self.named_map.is_none() {
            // Small lists: the two runs scanned as one (keys are distinct).
            return self.entries.iter().position(|e| e.0 == key);
        }
        let n = self.n_index as usize;
        let in_index = match &self.index_map {
            Some(m) => m
                .get(&key)
                .and_then(|v| self.index_vals.binary_search(v).ok()),
            None => self.entries[..n].iter().position(|e| e.0 == key),
        };
        if in_index.is_some() {
            return in_index;
        }
        match &self.named_map {
            Some(m) => m.get(&key).map(|&i| n + i as usize),
            None => self.entries[n..]
                .iter()
                .position(|e| e.0 == key)
                .map(|i| n + i),
        }
    }

    #[inline]
    pub fn get(&self, key: StrId) -> Option<Value> {
        self.find(key).map(|i| self.entries[i].1)
    }

    /// The key and value at position `i`, if there is one.
    #[inline]
    pub fn entry_at(&self, i: usize) -> Option<(StrId, Value)> {
        self.entries.get(i).copied()
    }

    /// Whether lookups go through a hash map (many properties).
    #[inline]
    pub fn is_large(&self) -> bool {
        self.named_map.is_some()
    }

    pub fn value_at(&self, i: usize) -> Value {
        self.entries[i].1
    }
    pub fn set_at(&mut self, i: usize, v: Value) {
        self.entries[i].1 = v;
    }

    /// Inserts or overwrites. `index` is `Some(n)` when the key spells an
    /// array index, so integer-like keys stay first and ascending. Returns
    /// how many existing entries had to move (the caller charges for them).
    pub fn insert(&mut self, key: StrId, val: Value, index: Option<u32>) -> usize {
        if let Some(i) = self.find(key) {
            self.entries[i].1 = val;
            return 0;
        }
        let len = self.entries.len();
        match index {
            None => {
                self.push_new(key, val);
                0
            }
            Some(n) => {
                let at = self.index_vals.partition_point(|&v| v < n);
                self.entries.insert(at, (key, val));
                self.index_vals.insert(at, n);
                self.n_index += 1;
                match &mut self.index_map {
                    Some(m) => {
                        m.insert(key, n);
                    }
                    None if self.n_index as usize > Self::INDEX_AT => self.rebuild_index_map(),
                    None => {}
                }
                len - at
            }
        }
    }

    /// Appends a named key the caller knows is absent (an object literal's
    /// first definition of it: see `Op::InitField`): no search.
    #[inline]
    pub fn push_new(&mut self, key: StrId, val: Value) {
        debug_assert!(self.find(key).is_none());
        let rel = self.entries.len() - self.n_index as usize;
        self.entries.push((key, val));
        match &mut self.named_map {
            Some(m) => {
                m.insert(key, rel as u32);
            }
            None if rel + 1 > Self::INDEX_AT => self.rebuild_named(),
            None => {}
        }
    }

    pub fn remove(&mut self, key: StrId) -> bool {
        let Some(i) = self.find(key) else {
            return false;
        };
        self.entries.remove(i);
        if i < self.n_index as usize {
            self.n_index -= 1;
            self.index_vals.remove(i);
            if let Some(m) = &mut self.index_map {
                m.remove(&key);
            }
        } else if self.named_map.is_some() {
            self.rebuild_named();
        }
        true
    }

    fn rebuild_named(&mut self) {
        let n = self.n_index as usize;
        let ix = self.entries[n..]
            .iter()
            .enumerate()
            .map(|(i, e)| (e.0, i as u32))
            .collect();
        self.named_map = Some(Box::new(ix));
    }

    fn rebuild_index_map(&mut self) {
        let n = self.n_index as usize;
        let ix = self.entries[..n]
            .iter()
            .zip(self.index_vals.iter())
            .map(|(e, &v)| (e.0, v))
            .collect();
        self.index_map = Some(Box::new(ix));
    }

    /// The keys in order.
    pub fn keys(&self) -> impl Iterator<Item = StrId> + '_ {
        self.entries.iter().map(|e| e.0)
    }
    pub fn iter(&self) -> impl Iterator<Item = (StrId, Value)> + '_ {
        self.entries.iter().copied()
    }
}

/// Key of a Map or Set entry under SameValueZero: strings by their
/// canonical (interned) id, numbers by bits with -0 folded into +0.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum MapKey {
    Undefined,
    Null,
    Bool(bool),
    Num(u64),
    Str(StrId),
    Obj(ObjId),
}

/// Insertion-ordered hash map for `Map` and `Set` (a set stores `Undefined`
/// values). Deleted entries leave a tombstone so live iteration behaves as
/// in JavaScript.
#[derive(Clone, Debug, Default)]
pub struct MapData {
    pub entries: Vec<Option<(Value, Value)>>,
    pub index: AHashMap<MapKey, u32>,
    pub live: usize,
}

/// What an iterator object walks over.
#[derive(Clone, Debug)]
pub enum IterSource {
    /// Array (or array-like) by index.
    Array(ObjId),
    /// String by code point.
    Str(StrId),
    /// Map or Set entries by position (tombstones skipped).
    Map(ObjId),
    /// The keys of a for-in loop over an object (or a string, `None`): a
    /// key deleted from the object since the loop began is skipped.
    Keys(Option<ObjId>, Vec<Value>),
}

/// What an iterator yields per step.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum IterYield {
    Keys,
    Values,
    Entries,
}

#[derive(Clone, Debug)]
pub struct IterState {
    pub source: IterSource,
    pub yields: IterYield,
    pub pos: usize,
    pub done: bool,
}

#[derive(Clone, Debug)]
pub enum ObjKind {
    Ordinary,
    Array(Vec<Value>),
    /// A function compiled from JavaScript: program index, function index,
    /// captured cells.
    Closure {
        prog: u16,
        func: u32,
        captures: Box<[u32]>,
        /// `f.name` and `f.length`, copied from the function at creation.
        name: StrId,
        length: u8,
        /// Arrows and methods cannot be used with `new` (nor can any
        /// user function in the dialect); kept for `typeof`/printing.
        is_arrow: bool,
    },
    Native {
        f: NativeFn,
        name: StrId,
        length: u8,
        /// Constructor behaviour for `new` (built-ins only).
        ctor: Option<NativeFn>,
    },
    Bound {
        target: ObjId,
        this: Value,
        args: Box<[Value]>,
    },
    /// An `Error` value (name and message are ordinary properties).
    Error,
    Map(MapData),
    Set(MapData),
    /// Time value in ms since the epoch (NaN for an invalid date).
    Date(f64),
    /// `arguments` of a non-arrow function.
    Arguments(Vec<Value>),
    /// `new Number(1)`, `new String("a")`, `new Boolean(true)`.
    Primitive(Value),
    Iterator(Box<IterState>),
    /// An object of the embedder's (a route builder, a query ...): the tag
    /// says whose, the id which one. Plain object semantics otherwise.
    Host {
        tag: u32,
        id: u64,
    },
}

pub const FROZEN: u8 = 1;
pub const NON_EXTENSIBLE: u8 = 2;
/// `Object.seal`: no property may be added or deleted.
pub const SEALED: u8 = 4;
/// A module namespace object (`import * as ns`).
pub const NAMESPACE: u8 = 8;

#[derive(Clone, Debug)]
pub struct Object {
    pub proto: Option<ObjId>,
    pub props: Props,
    pub kind: ObjKind,
    pub flags: u8,
}

impl Object {
    pub fn new(proto: Option<ObjId>, kind: ObjKind) -> Object {
        Object {
            proto,
            props: Props::default(),
            kind,
            flags: 0,
        }
    }
    pub fn is_frozen(&self) -> bool {
        self.flags & FROZEN != 0
    }
    pub fn is_callable(&self) -> bool {
        matches!(
            self.kind,
            ObjKind::Closure { .. } | ObjKind::Native { .. } | ObjKind::Bound { .. }
        )
    }
    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match &self.kind {
            ObjKind::Array(a) => Some(a),
            _ => None,
        }
    }
    pub fn as_array_mut(&mut self) -> Option<&mut Vec<Value>> {
        match &mut self.kind {
            ObjKind::Array(a) => Some(a),
            _ => None,
        }
    }
    /// Approximate bytes held, for the memory cap.
    pub fn heap_bytes(&self) -> usize {
        let base = std::mem::size_of::<Object>() + self.props.len() * 24;
        match &self.kind {
            ObjKind::Array(a) | ObjKind::Arguments(a) => base + a.capacity() * 16,
            ObjKind::Map(m) | ObjKind::Set(m) => base + m.entries.len() * 48,
            _ => base,
        }
    }
}
