//! Module-wide state shared by every function's code generation: the type
//! lowering, the pointer scan, function and global names, the string
//! constant table, the functions used as closures, and the generated
//! helper functions requested so far.
//!
//! Helpers (allocation, copy, zeroing, fat-pointer dispatch per type) are
//! requested by name while functions are emitted and generated afterwards,
//! so the module carries only the helpers its code uses.

use crate::closures::ClosureFn;
use crate::layout::Layout;
use crate::pointers::PtrInfo;
use crate::text::id;
use gowgc_ir::{FuncId, Global, Module, Type};
use std::collections::{BTreeSet, HashMap, HashSet};

/// A generated per-type helper function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Helper {
    /// `() -> (ref $S)`: a zeroed struct with its nested objects.
    New(Type),
    /// `(n i32) -> (ref $[]E)`: a zeroed array of `n` elements of type E,
    /// with per-element objects or cells allocated.
    MkArr(Type),
    /// `(p)`: sets the aggregate (or, for a scalar type, the cell) to zero.
    Zero(Type),
    /// `(dst, src)`: copies an aggregate (or a cell) into another.
    Copy(Type),
    /// `(da, doff, sa, soff, n)`: copies `n` elements of type E between
    /// arrays, correct for overlapping ranges (memmove).
    CopyElems(Type),
    /// `(a, off, len, newcap) -> (ref $[]E)`: a new backing array of
    /// `newcap` elements starting with copies of `a[off:off+len]`.
    Grow(Type),
    /// `(base, sel) -> T`: load through a fat `*T`.
    LoadFat(Type),
    /// `(base, sel, T)`: store through a fat `*T`.
    StoreFat(Type),
}

/// Module-wide code generation state; see the module doc.
pub(crate) struct Ctx<'m> {
    pub m: &'m Module,
    pub l: Layout<'m>,
    pub ptrs: PtrInfo,
    pub funcs: HashMap<FuncId, String>,
    pub globals: HashMap<Global, String>,
    helpers: HashMap<Helper, String>,
    pub pending: Vec<Helper>,
    helper_names: HashSet<String>,
    pub strtab: Vec<u8>,
    strs: HashMap<Vec<u8>, u32>,
    /// Fixed support functions used (see [`crate::support`]).
    pub support: BTreeSet<&'static str>,
    /// Functions used as closures (see [`crate::closures`]).
    pub closures: HashMap<FuncId, ClosureFn>,
    /// The same, in table order.
    pub closure_order: Vec<FuncId>,
    /// Some code calls through a func value (so the table must exist even
    /// when no closure is ever made).
    pub calls_closures: bool,
    /// Some code throws or catches a Go panic (so the tag must exist; see
    /// [`crate::exceptions`]).
    pub uses_exceptions: bool,
}

impl<'m> Ctx<'m> {
    pub(crate) fn new(m: &'m Module, l: Layout<'m>, ptrs: PtrInfo) -> Self {
        let mut used = HashSet::new();
        let mut funcs = HashMap::new();
        for (f, data) in m.funcs.iter() {
            let mut name = data.name.clone();
            let mut n = 2;
            while !used.insert(name.clone())
                || name.starts_with("gc.")
                || name.starts_with("rt_")
                || name == "panic_hook"
                || name == "_start"
            {
                name = format!("{}#{n}", data.name);
                n += 1;
            }
            funcs.insert(f, id(&name));
        }
        let mut globals = HashMap::new();
        let mut gused = HashSet::new();
        for (g, data) in m.globals.iter() {
            let mut name = format!("g.{}", data.name);
            let mut n = 2;
            while !gused.insert(name.clone()) {
                name = format!("g.{}#{n}", data.name);
                n += 1;
            }
            globals.insert(g, id(&name));
        }
        let (closures, closure_order) = crate::closures::scan(m);
        Ctx {
            closures,
            closure_order,
            calls_closures: false,
            uses_exceptions: false,
            m,
            l,
            ptrs,
            funcs,
            globals,
            helpers: HashMap::new(),
            pending: Vec::new(),
            helper_names: HashSet::new(),
            strtab: Vec::new(),
            strs: HashMap::new(),
            support: BTreeSet::new(),
        }
    }

    /// The name of helper `h`, queued for generation on first use.
    pub(crate) fn helper(&mut self, h: Helper) -> String {
        if let Some(n) = self.helpers.get(&h) {
            return n.clone();
        }
        let (kind, t) = match h {
            Helper::New(t) => ("new", t),
            Helper::MkArr(t) => ("mk", t),
            Helper::Zero(t) => ("zero", t),
            Helper::Copy(t) => ("copy", t),
            Helper::CopyElems(t) => ("copyelems", t),
            Helper::Grow(t) => ("grow", t),
            Helper::LoadFat(t) => ("load", t),
            Helper::StoreFat(t) => ("store", t),
        };
        let disp = self.l.types.display(t);
        let disp = if disp.len() > 40 {
            format!("t{}", t.as_u32())
        } else {
            disp
        };
        let mut base = format!("gc.{kind}.{disp}");
        let mut n = 2;
        while !self.helper_names.insert(base.clone()) {
            base = format!("gc.{kind}.{disp}#{n}");
            n += 1;
        }
        let name = id(&base);
        self.helpers.insert(h, name.clone());
        self.pending.push(h);
        name
    }

    /// The offset of constant `bytes` in the string table.
    pub(crate) fn string_const(&mut self, bytes: &[u8]) -> u32 {
        if let Some(&o) = self.strs.get(bytes) {
            return o;
        }
        let o = self.strtab.len() as u32;
        self.strtab.extend_from_slice(bytes);
        self.strs.insert(bytes.to_vec(), o);
        o
    }

    /// Marks fixed support function `name` as used and returns its id.
    pub(crate) fn support(&mut self, name: &'static str) -> String {
        self.support.insert(name);
        format!("$gc.{name}")
    }

    /// Code pushing a new zeroed object of aggregate type `t`.
    pub(crate) fn new_obj(&mut self, t: Type) -> String {
        match self.l.data(t) {
            gowgc_ir::TypeData::Array { elem, len } => {
                let (elem, len) = (*elem, *len);
                let mk = self.helper(Helper::MkArr(elem));
                format!("i32.const {}\ncall {mk}", len as i32)
            }
            _ => format!("call {}", self.helper(Helper::New(t))),
        }
    }

    /// Code pushing a new zeroed array element of type `e` stored by
    /// reference (an aggregate object or a cell).
    pub(crate) fn new_elem(&mut self, e: Type) -> String {
        if self.l.is_aggregate(e) {
            self.new_obj(e)
        } else {
            format!("struct.new_default {}", self.l.cell_ty(e))
        }
    }
}
