//! The heap: arenas of strings, objects and cells, in layers.
//!
//! Why layers: the built-ins (layer 0) are built once per process and shared
//! by every VM; a tenant's module state (layer 1) is built once at load and
//! then frozen; each run allocates in its own region (the run layer) that
//! `reset` drops wholesale. Ids are global across the layers: an id below a
//! layer's end belongs to it, so a frozen layer is read-only by construction
//! and no garbage collector is needed.

use crate::error::{limit_error, type_error, JsResult, LimitKind};
use crate::limits::Limits;
use crate::object::{ObjKind, Object, Props};
use crate::string::JsStr;
use crate::value::{ObjId, StrId, Value};
use ahash::AHashMap;
use std::sync::Arc;

/// One layer's arenas.
#[derive(Default, Debug, Clone)]
pub struct Layer {
    pub objects: Vec<Object>,
    pub strings: Vec<JsStr>,
    pub cells: Vec<Value>,
    /// Interned strings of this layer: content -> canonical id.
    pub atoms: AHashMap<JsStr, StrId>,
    /// Module-level variables (`globals`) frozen with this layer.
    pub globals: Vec<Value>,
}

/// Where each layer starts, per arena.
#[derive(Copy, Clone, Debug, Default)]
struct Bounds {
    objects: u32,
    strings: u32,
    cells: u32,
}

pub struct Heap {
    l0: Arc<Layer>,
    l1: Option<Arc<Layer>>,
    /// End of layer 0 / start of layer 1.
    b1: Bounds,
    /// End of the frozen layers / start of the run layer.
    b2: Bounds,
    pub run: Layer,
    /// Bytes allocated in the run layer since the last reset.
    pub used: usize,
    pub max_memory: usize,
    pub max_string: usize,
    pub max_array: usize,
    /// Emptied property lists of objects dropped by [`Heap::reset`], by
    /// capacity (1 ..= [`PROPS_POOL_CAP`]), for the next run's object
    /// literals: a literal of `n` fields gets one of capacity `n` back
    /// instead of a malloc now and a free at the next reset.
    props_pool: [Vec<Vec<(StrId, Value)>>; PROPS_POOL_CAP],
    /// Boxes of short ASCII strings dropped by [`Heap::reset`], by length
    /// (1 ..= [`STR_POOL_LEN`]), for [`Heap::ascii_str`]: a template that
    /// makes strings of the same lengths on every request reuses them.
    str_pool: [Vec<Box<[u8]>>; STR_POOL_LEN],
    /// Element lists of arrays dropped by [`Heap::reset`] (capacity 4 ..=
    /// [`ARRAY_POOL_CAP`]), for [`Heap::take_array_vec`]: an array built
    /// by `push` from `[]` starts with room instead of growing 4, 8, 16 ...
    /// (memory is charged per element appended, so capacity is free).
    array_pool: Vec<Vec<Value>>,
}

/// Largest array capacity kept for reuse (elements).
const ARRAY_POOL_CAP: usize = 256;
/// How many array lists are kept (at most 32 * 4 KB).
const ARRAY_POOL_DEPTH: usize = 32;

/// Longest ASCII string whose box is kept for reuse.
const STR_POOL_LEN: usize = 32;

/// Largest property-list capacity kept for reuse.
const PROPS_POOL_CAP: usize = 8;
/// How many property lists of each capacity, and string boxes of each
/// length, are kept (bounds what an idle VM holds: at most 8 * 128 lists of
/// 24 to 192 bytes and 32 * 128 boxes of 1 to 32 bytes, about 330 KB).
const POOL_DEPTH: usize = 128;

impl Heap {
    /// A heap over the frozen layers; the run layer starts empty.
    pub fn new(l0: Arc<Layer>, l1: Option<Arc<Layer>>, limits: &Limits) -> Heap {
        let b1 = Bounds {
            objects: l0.objects.len() as u32,
            strings: l0.strings.len() as u32,
            cells: l0.cells.len() as u32,
        };
        let b2 = match &l1 {
            Some(l) => Bounds {
                objects: b1.objects + l.objects.len() as u32,
                strings: b1.strings + l.strings.len() as u32,
                cells: b1.cells + l.cells.len() as u32,
            },
            None => b1,
        };
        Heap {
            l0,
            l1,
            b1,
            b2,
            run: Layer::default(),
            used: 0,
            max_memory: limits.max_memory,
            max_string: limits.max_string,
            max_array: limits.max_array,
            props_pool: Default::default(),
            str_pool: Default::default(),
            array_pool: Vec::new(),
        }
    }

    /// An empty heap for building layer 0 (the built-ins).
    pub fn bootstrap() -> Heap {
        Heap::new(Arc::new(Layer::default()), None, &Limits::default())
    }

    pub fn set_limits(&mut self, limits: &Limits) {
        self.max_memory = limits.max_memory;
        self.max_string = limits.max_string;
        self.max_array = limits.max_array;
    }

    /// Drops everything the run allocated; keeps the arenas' capacity and
    /// (up to a bound) the objects' property lists, for [`Heap::props_with_capacity`].
    pub fn reset(&mut self) {
        for obj in self.run.objects.iter_mut() {
            let cap = obj.props.entries_capacity();
            if (1..=PROPS_POOL_CAP).contains(&cap) {
                let pool = &mut self.props_pool[cap - 1];
                if pool.len() < POOL_DEPTH {
                    let mut entries = obj.props.take_entries();
                    entries.clear();
                    pool.push(entries);
                }
            }
            if let ObjKind::Array(a) = &mut obj.kind {
                if (4..=ARRAY_POOL_CAP).contains(&a.capacity())
                    && self.array_pool.len() < ARRAY_POOL_DEPTH
                {
                    let mut a = std::mem::take(a);
                    a.clear();
                    self.array_pool.push(a);
                }
            }
        }
        self.run.objects.clear();
        for s in self.run.strings.iter_mut() {
            if let JsStr::Ascii(b) = s {
                if (1..=STR_POOL_LEN).contains(&b.len()) {
                    let pool = &mut self.str_pool[b.len() - 1];
                    if pool.len() < POOL_DEPTH {
                        pool.push(std::mem::take(b));
                    }
                }
            }
        }
        self.run.strings.clear();
        self.run.cells.clear();
        self.run.atoms.clear();
        self.used = 0;
    }

    /// Freezes the run layer into a new frozen layer, returning it.
    /// Used once for the built-ins and once per module load.
    pub fn freeze(&mut self) -> Arc<Layer> {
        let layer = std::mem::take(&mut self.run);
        self.used = 0;
        Arc::new(layer)
    }

    /// Turns the run layer into the module layer (layer 1): what a module's
    /// top-level code built becomes read-only state shared by later runs.
    /// A heap has at most one module layer; a second call is refused.
    pub fn promote_run_layer(&mut self) -> Arc<Layer> {
        assert!(self.l1.is_none(), "module layer already frozen");
        let layer = self.freeze();
        self.l1 = Some(layer.clone());
        self.b2 = Bounds {
            objects: self.b1.objects + layer.objects.len() as u32,
            strings: self.b1.strings + layer.strings.len() as u32,
            cells: self.b1.cells + layer.cells.len() as u32,
        };
        layer
    }

    pub fn layer0(&self) -> &Arc<Layer> {
        &self.l0
    }
    pub fn layer1(&self) -> Option<&Arc<Layer>> {
        self.l1.as_ref()
    }

    /// True when the object belongs to a frozen layer (built-ins or module state).
    #[inline]
    pub fn is_frozen_layer(&self, id: ObjId) -> bool {
        id.0 < self.b2.objects
    }
    /// True for built-in objects (layer 0): their properties do not enumerate.
    #[inline]
    pub fn is_builtin(&self, id: ObjId) -> bool {
        id.0 < self.b1.objects
    }

    // ------------------------------------------------------------ objects

    #[inline]
    pub fn obj(&self, id: ObjId) -> &Object {
        let i = id.0;
        if i >= self.b2.objects {
            &self.run.objects[(i - self.b2.objects) as usize]
        } else if i >= self.b1.objects {
            &self.l1.as_ref().unwrap().objects[(i - self.b1.objects) as usize]
        } else {
            &self.l0.objects[i as usize]
        }
    }

    /// Mutable access; objects of frozen layers are read-only.
    #[inline]
    pub fn obj_mut(&mut self, id: ObjId) -> JsResult<&mut Object> {
        let i = id.0;
        if i >= self.b2.objects {
            Ok(&mut self.run.objects[(i - self.b2.objects) as usize])
        } else {
            type_error(if i >= self.b1.objects {
                "Cannot modify module state during a request: module-level objects are frozen after load"
            } else {
                "Cannot modify a built-in object"
            })
        }
    }

    /// An empty property list with room for `n` (a reused one when a
    /// reset left one of exactly that capacity).
    #[inline]
    pub fn props_with_capacity(&mut self, n: usize) -> Props {
        if let Some(pool) = n.checked_sub(1).and_then(|i| self.props_pool.get_mut(i)) {
            if let Some(entries) = pool.pop() {
                return Props::from_entries(entries);
            }
        }
        Props::with_capacity(n)
    }

    /// An empty element list with some capacity, when a reset left one:
    /// for an array about to grow from capacity 0.
    #[inline]
    pub fn take_array_vec(&mut self) -> Option<Vec<Value>> {
        self.array_pool.pop()
    }

    #[inline]
    pub fn alloc(&mut self, obj: Object) -> JsResult<ObjId> {
        self.charge(obj.heap_bytes())?;
        let id = ObjId(self.b2.objects + self.run.objects.len() as u32);
        self.run.objects.push(obj);
        Ok(id)
    }

    /// Account `bytes` against the memory cap.
    #[inline]
    pub fn charge(&mut self, bytes: usize) -> JsResult<()> {
        self.used += bytes;
        if self.used > self.max_memory {
            return self.over_memory();
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn over_memory<T>(&self) -> JsResult<T> {
        limit_error(
            LimitKind::Memory,
            format!("memory cap of {} bytes exceeded", self.max_memory),
        )
    }

    // ------------------------------------------------------------ strings

    #[inline]
    pub fn str(&self, id: StrId) -> &JsStr {
        let i = id.0;
        if i >= self.b2.strings {
            &self.run.strings[(i - self.b2.strings) as usize]
        } else if i >= self.b1.strings {
            &self.l1.as_ref().unwrap().strings[(i - self.b1.strings) as usize]
        } else {
            &self.l0.strings[i as usize]
        }
    }

    /// Allocate a string in the run layer (checks the length cap).
    #[inline]
    pub fn alloc_str(&mut self, s: JsStr) -> JsResult<StrId> {
        if s.len() > self.max_string {
            return self.string_too_long(s.len());
        }
        self.charge(s.heap_bytes())?;
        let id = StrId(self.b2.strings + self.run.strings.len() as u32);
        self.run.strings.push(s);
        Ok(id)
    }

    /// An ASCII string of these bytes, in a box a reset left for reuse
    /// when one of that length is there (see `str_pool`).
    #[inline]
    pub fn ascii_str(&mut self, bytes: &[u8]) -> JsStr {
        if let Some(pool) = bytes
            .len()
            .checked_sub(1)
            .and_then(|i| self.str_pool.get_mut(i))
        {
            if let Some(mut b) = pool.pop() {
                b.copy_from_slice(bytes);
                return JsStr::Ascii(b);
            }
        }
        JsStr::Ascii(bytes.into())
    }

    #[cold]
    #[inline(never)]
    fn string_too_long<T>(&self, len: usize) -> JsResult<T> {
        limit_error(
            LimitKind::StringSize,
            format!(
                "string length {len} exceeds the cap of {} code units",
                self.max_string
            ),
        )
    }

    pub fn str_value(&mut self, s: &str) -> JsResult<Value> {
        Ok(Value::Str(self.intern_or_alloc(JsStr::from_str(s))?))
    }

    /// The canonical id of this content if some layer interned it.
    pub fn lookup_atom(&self, s: &JsStr) -> Option<StrId> {
        if let Some(&id) = self.l0.atoms.get(s) {
            return Some(id);
        }
        if let Some(l1) = &self.l1 {
            if let Some(&id) = l1.atoms.get(s) {
                return Some(id);
            }
        }
        self.run.atoms.get(s).copied()
    }

    /// Interns a string: the canonical id for its content (property keys).
    pub fn intern(&mut self, s: JsStr) -> JsResult<StrId> {
        if let Some(id) = self.lookup_atom(&s) {
            return Ok(id);
        }
        let id = self.alloc_str(s.clone())?;
        self.run.atoms.insert(s, id);
        Ok(id)
    }

    /// Interns short strings (likely keys), allocates long ones plainly.
    pub fn intern_or_alloc(&mut self, s: JsStr) -> JsResult<StrId> {
        if s.len() <= 16 {
            self.intern(s)
        } else {
            self.alloc_str(s)
        }
    }

    /// The canonical id of string `id` (interning it if needed).
    pub fn atom_of(&mut self, id: StrId) -> JsResult<StrId> {
        let s = self.str(id);
        if let Some(a) = self.lookup_atom(s) {
            return Ok(a);
        }
        let s = s.clone();
        if id.0 >= self.b2.strings {
            // A run-layer string can become canonical itself.
            self.run.atoms.insert(s, id);
            Ok(id)
        } else {
            self.intern(s)
        }
    }

    /// Canonical id if the content is interned anywhere, without interning
    /// (a read of a key nobody interned cannot find a property).
    pub fn find_atom(&self, id: StrId) -> Option<StrId> {
        self.lookup_atom(self.str(id))
    }

    // ------------------------------------------------------------ cells

    #[inline]
    pub fn cell(&self, id: u32) -> Value {
        if id >= self.b2.cells {
            self.run.cells[(id - self.b2.cells) as usize]
        } else if id >= self.b1.cells {
            self.l1.as_ref().unwrap().cells[(id - self.b1.cells) as usize]
        } else {
            self.l0.cells[id as usize]
        }
    }

    #[inline]
    pub fn set_cell(&mut self, id: u32, v: Value) -> JsResult<()> {
        if id >= self.b2.cells {
            self.run.cells[(id - self.b2.cells) as usize] = v;
            Ok(())
        } else {
            type_error("Cannot modify module state during a request: module-level variables are frozen after load")
        }
    }

    pub fn alloc_cell(&mut self, v: Value) -> JsResult<u32> {
        self.charge(16)?;
        let id = self.b2.cells + self.run.cells.len() as u32;
        self.run.cells.push(v);
        Ok(id)
    }

    // ------------------------------------------------------------ helpers

    pub fn check_array_len(&self, len: usize) -> JsResult<()> {
        if len > self.max_array {
            return limit_error(
                LimitKind::ArraySize,
                format!("array length {len} exceeds the cap of {}", self.max_array),
            );
        }
        Ok(())
    }

    /// Is this value a callable object?
    pub fn is_callable(&self, v: Value) -> bool {
        matches!(v, Value::Obj(o) if self.obj(o).is_callable())
    }

    pub fn kind(&self, id: ObjId) -> &ObjKind {
        &self.obj(id).kind
    }
}
