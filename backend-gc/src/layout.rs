//! Go types to WasmGC types.
//!
//! Scalars flatten to one or more wasm values (a string is
//! `(ref null $bytes) i32 i32`, a slice `(ref null $[]T) i32 i32 i32`, a fat
//! pointer `(ref null eq) i32`). A Go struct becomes a WasmGC struct whose
//! fields are the flattened fields of its Go fields, all mutable; a nested
//! struct or array field is a reference to a separate object, allocated with
//! its parent and never shared ("two-level layout"), so it is an immutable,
//! non-null field. Arrays and slice backings are WasmGC arrays: elements that
//! flatten to one value are stored inline (packed `i8`/`i16` for small
//! integers), aggregate elements are references to per-element objects, and
//! elements that flatten to several values (string, slice, fat pointer) are
//! references to per-element *cells*, structs holding the flattened fields.
//! A cell also holds an escaping scalar (`new(int)`, `&x`).
//! A func value is one nullable reference to a closure struct (see
//! [`crate::closures`]), so it is stored inline like a thin pointer.
//! An interface is `i32 (ref null eq)`, its dynamic type id and its data
//! (see [`crate::interfaces`]); being two values, it is a cell per element
//! in arrays and two fields in structs.
//!
//! All types go into one recursion group, so Go's recursive types need no
//! ordering; array and cell types are shared by structure, struct types are
//! one per Go type.

use crate::text::{id, St, Vt};
use gowgc_ir::{Type, TypeData, TypeStore};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// Where a Go struct field lives in its WasmGC struct.
#[derive(Clone, Debug)]
pub(crate) struct FieldInfo {
    /// The Go field type.
    pub ty: Type,
    /// Index of the first wasm field.
    pub widx: u32,
    /// Storage of each wasm field; a nested aggregate is one reference.
    pub storage: Vec<St>,
    /// `true` when the field is a nested aggregate (a reference to a
    /// separate object).
    pub nested: bool,
}

/// The WasmGC layout of a Go struct type.
#[derive(Clone, Debug)]
pub(crate) struct StructLayout {
    pub fields: Vec<FieldInfo>,
}

/// The type lowering of one module; see the module doc.
pub(crate) struct Layout<'m> {
    pub types: &'m TypeStore,
    /// Pointee types whose pointers are fat (from [`crate::pointers`]).
    pub fat: HashSet<Type>,
    all_fat: bool,
    defs: Vec<(String, Option<String>)>,
    by_def: HashMap<String, String>,
    structs: HashMap<Type, (String, usize)>,
    layouts: HashMap<Type, Rc<StructLayout>>,
    arrs: HashMap<Type, String>,
    cells: HashMap<Type, String>,
    /// Array and cell types being built, to catch recursive ones.
    building: HashSet<(&'static str, Type)>,
    used: HashSet<String>,
}

/// The id of the byte array type that backs strings and `[]byte`.
pub(crate) const BYTES: &str = "$bytes";

impl<'m> Layout<'m> {
    pub(crate) fn new(types: &'m TypeStore, all_fat: bool) -> Self {
        let mut l = Layout {
            types,
            fat: HashSet::new(),
            all_fat,
            defs: Vec::new(),
            by_def: HashMap::new(),
            structs: HashMap::new(),
            layouts: HashMap::new(),
            arrs: HashMap::new(),
            cells: HashMap::new(),
            building: HashSet::new(),
            used: HashSet::new(),
        };
        l.intern("bytes", "(array (mut i8))".into());
        l.intern("u16s", "(array i16)".into());
        l
    }

    fn unique(&mut self, base: &str) -> String {
        let mut name = id(base);
        let mut n = 2;
        while self.used.contains(&name) {
            name = id(&format!("{base}#{n}"));
            n += 1;
        }
        self.used.insert(name.clone());
        name
    }

    /// The type with definition `def`, declared under `base` if new.
    fn intern(&mut self, base: &str, def: String) -> String {
        if let Some(n) = self.by_def.get(&def) {
            return n.clone();
        }
        let name = self.unique(base);
        self.by_def.insert(def.clone(), name.clone());
        self.defs.push((name.clone(), Some(def)));
        name
    }

    pub(crate) fn data(&self, t: Type) -> &'m TypeData {
        self.types.data(t)
    }

    pub(crate) fn is_aggregate(&self, t: Type) -> bool {
        self.types.is_aggregate(t)
    }

    /// `true` when pointers to `pointee` are fat.
    pub(crate) fn is_fat(&self, pointee: Type) -> bool {
        !self.is_aggregate(pointee) && (self.all_fat || self.fat.contains(&pointee))
    }

    /// Number of wasm values a scalar of type `t` flattens to.
    pub(crate) fn flat_len(&self, t: Type) -> usize {
        match self.data(t) {
            TypeData::String => 3,
            TypeData::Slice(_) => 4,
            TypeData::Pointer(p) if self.is_fat(*p) => 2,
            TypeData::Interface { .. } => 2,
            _ => 1,
        }
    }

    /// `true` when array elements of type `e` are stored inline.
    pub(crate) fn elem_inline(&self, e: Type) -> bool {
        !self.is_aggregate(e) && self.flat_len(e) == 1
    }

    /// The wasm values of a scalar of type `t`.
    pub(crate) fn flat(&mut self, t: Type) -> Vec<Vt> {
        match self.data(t) {
            TypeData::Bool
            | TypeData::Int {
                bits: 8 | 16 | 32, ..
            } => vec![Vt::I32],
            TypeData::Int { .. } => vec![Vt::I64],
            TypeData::Float { bits: 32 } => vec![Vt::F32],
            TypeData::Float { .. } => vec![Vt::F64],
            TypeData::String => vec![Vt::nref(BYTES), Vt::I32, Vt::I32],
            TypeData::Slice(e) => {
                let a = self.arr_ty(*e);
                vec![Vt::nref(&a), Vt::I32, Vt::I32, Vt::I32]
            }
            TypeData::Pointer(p) => {
                let p = *p;
                if self.is_aggregate(p) {
                    vec![Vt::nref(&self.obj_ty(p))]
                } else if self.is_fat(p) {
                    vec![Vt::eqref(), Vt::I32]
                } else {
                    vec![Vt::nref(&self.cell_ty(p))]
                }
            }
            // Aggregates never appear as values; a reference stands in.
            TypeData::Array { .. } | TypeData::Struct { .. } => vec![Vt::nref(&self.obj_ty(t))],
            TypeData::Func { .. } => vec![Vt::nref(&self.closure_ty())],
            TypeData::Interface { .. } => vec![Vt::I32, Vt::eqref()],
        }
    }

    /// The immutable (final) struct that boxes a scalar of type `t` in an
    /// interface: its flattened values, unpacked. Shared by every type
    /// with the same wasm values (`$box.i64`, `$box.f64`, `$box.string`).
    pub(crate) fn box_ty(&mut self, t: Type) -> String {
        let vts = self.flat(t);
        // Named by shape: the first type to use a definition names it.
        let base = match (self.data(t), vts.as_slice()) {
            (_, [one @ (Vt::I32 | Vt::I64 | Vt::F32 | Vt::F64)]) => format!("box.{one}"),
            (TypeData::Pointer(_), _) => "box.fatptr".into(),
            (TypeData::Interface { .. }, _) => "box.iface".into(),
            _ => format!("box.{}", self.short_name(t)),
        };
        let fields: Vec<String> = vts.iter().map(|vt| format!("(field {vt})")).collect();
        self.intern(&base, format!("(struct {})", fields.join(" ")))
    }

    /// The base type of every closure, `(sub (struct (field i32)))`: the
    /// function's table index. Every Go func type is a nullable reference
    /// to it (see [`crate::closures`]).
    pub(crate) fn closure_ty(&mut self) -> String {
        self.intern("closure", "(sub (struct (field i32)))".into())
    }

    /// The final closure subtype with capture fields `caps` (flattened,
    /// unpacked, immutable) after the table index; named after `base`
    /// when new. Closures with the same capture shape share one type.
    pub(crate) fn closure_sub_ty(&mut self, base: &str, caps: &[Type]) -> String {
        let sup = self.closure_ty();
        let mut def = format!("(sub final {sup} (struct (field i32)");
        for &c in caps {
            for vt in self.flat(c) {
                def.push_str(&format!(" (field {vt})"));
            }
        }
        def.push_str("))");
        self.intern(base, def)
    }

    /// The (final) wasm function type with these parameters and results.
    pub(crate) fn func_sig_ty(&mut self, params: &[Vt], results: &[Vt]) -> String {
        let mut def = String::from("(func");
        for p in params {
            def.push_str(&format!(" (param {p})"));
        }
        for r in results {
            def.push_str(&format!(" (result {r})"));
        }
        def.push(')');
        self.intern("sig", def)
    }

    /// The storage of a scalar of type `t` in a field or element.
    pub(crate) fn storage(&mut self, t: Type) -> Vec<St> {
        match self.data(t) {
            TypeData::Bool | TypeData::Int { bits: 8, .. } => vec![St::I8],
            TypeData::Int { bits: 16, .. } => vec![St::I16],
            _ => self.flat(t).into_iter().map(St::Val).collect(),
        }
    }

    /// The suffix of `struct.get`/`array.get` for a value of type `t`
    /// stored packed: `_s` for signed small integers, `_u` for unsigned
    /// ones and bools, empty otherwise.
    pub(crate) fn get_suffix(&self, t: Type) -> &'static str {
        match self.data(t) {
            TypeData::Bool => "_u",
            TypeData::Int {
                bits: 8 | 16,
                signed: true,
            } => "_s",
            TypeData::Int {
                bits: 8 | 16,
                signed: false,
            } => "_u",
            _ => "",
        }
    }

    /// The WasmGC type of an object of aggregate type `t`.
    pub(crate) fn obj_ty(&mut self, t: Type) -> String {
        match self.data(t) {
            TypeData::Array { elem, .. } => self.arr_ty(*elem),
            _ => self.struct_ty(t),
        }
    }

    /// `t`'s Go name for wasm type names, or `t<N>` when it is long.
    fn short_name(&self, t: Type) -> String {
        let disp = self.types.display(t);
        if disp.len() > 40 {
            format!("t{}", t.as_u32())
        } else {
            disp
        }
    }

    /// The struct type of Go struct `t` (its definition is made later).
    pub(crate) fn struct_ty(&mut self, t: Type) -> String {
        if let Some((n, _)) = self.structs.get(&t) {
            return n.clone();
        }
        let disp = self.types.display(t);
        let base = if disp.len() > 40 {
            format!("struct#{}", t.as_u32())
        } else {
            disp
        };
        let name = self.unique(&base);
        self.defs.push((name.clone(), None));
        self.structs.insert(t, (name.clone(), self.defs.len() - 1));
        name
    }

    /// The array type backing `[N]e` and `[]e`.
    pub(crate) fn arr_ty(&mut self, e: Type) -> String {
        if let Some(n) = self.arrs.get(&e) {
            return n.clone();
        }
        let base = format!("[]{}", self.short_name(e));
        if !self.building.insert(("arr", e)) {
            // `type T []T`: the element's storage names this array again.
            return self.reserve(&base, |l| &mut l.arrs, e);
        }
        let st = self.elem_storage(e);
        self.building.remove(&("arr", e));
        // Mutable even for references: eager allocation fills the
        // elements one by one.
        let def = format!("(array (mut {st}))");
        self.define_or_intern(&base, def, |l| &mut l.arrs, e)
    }

    /// A name for a type still being built (a recursive reference to it),
    /// defined when its definition is known.
    fn reserve(
        &mut self,
        base: &str,
        table: fn(&mut Self) -> &mut HashMap<Type, String>,
        t: Type,
    ) -> String {
        let name = self.unique(base);
        self.defs.push((name.clone(), None));
        table(self).insert(t, name.clone());
        name
    }

    /// Defines the name [`Self::reserve`] gave `t`, if any; else interns.
    fn define_or_intern(
        &mut self,
        base: &str,
        def: String,
        table: fn(&mut Self) -> &mut HashMap<Type, String>,
        t: Type,
    ) -> String {
        if let Some(n) = table(self).get(&t).cloned() {
            if let Some(d) = self.defs.iter_mut().find(|(name, _)| *name == n) {
                d.1 = Some(def);
            }
            return n;
        }
        let n = self.intern(base, def);
        table(self).insert(t, n.clone());
        n
    }

    /// The storage of one array element of type `e`.
    pub(crate) fn elem_storage(&mut self, e: Type) -> St {
        if self.is_aggregate(e) {
            St::Val(Vt::Ref {
                heap: self.obj_ty(e),
                nullable: false,
            })
        } else if self.elem_inline(e) {
            self.storage(e).remove(0)
        } else {
            St::Val(Vt::Ref {
                heap: self.cell_ty(e),
                nullable: false,
            })
        }
    }

    /// The cell struct holding one scalar of type `t`.
    pub(crate) fn cell_ty(&mut self, t: Type) -> String {
        if let Some(n) = self.cells.get(&t) {
            return n.clone();
        }
        let base = format!("cell.{}", self.short_name(t));
        if !self.building.insert(("cell", t)) {
            // `type P *P`: the cell's field points at a cell again.
            return self.reserve(&base, |l| &mut l.cells, t);
        }
        let fields: Vec<String> = self
            .storage(t)
            .iter()
            .map(|s| format!("(field (mut {s}))"))
            .collect();
        self.building.remove(&("cell", t));
        let def = format!("(struct {})", fields.join(" "));
        self.define_or_intern(&base, def, |l| &mut l.cells, t)
    }

    /// The layout of Go struct `t`.
    pub(crate) fn struct_layout(&mut self, t: Type) -> Rc<StructLayout> {
        if let Some(l) = self.layouts.get(&t) {
            return l.clone();
        }
        let TypeData::Struct { fields } = self.data(t) else {
            return Rc::new(StructLayout { fields: vec![] });
        };
        let mut out = Vec::new();
        let mut widx = 0u32;
        for f in fields {
            let (storage, nested) = if self.is_aggregate(f.ty) {
                (
                    vec![St::Val(Vt::Ref {
                        heap: self.obj_ty(f.ty),
                        nullable: false,
                    })],
                    true,
                )
            } else {
                (self.storage(f.ty), false)
            };
            let n = storage.len() as u32;
            out.push(FieldInfo {
                ty: f.ty,
                widx,
                storage,
                nested,
            });
            widx += n;
        }
        let l = Rc::new(StructLayout { fields: out });
        self.layouts.insert(t, l.clone());
        l
    }

    /// The recursion group declaring every type used.
    pub(crate) fn finish(&mut self) -> String {
        // Struct definitions may name further types: repeat until stable.
        loop {
            let pending: Vec<(Type, usize)> = self
                .structs
                .iter()
                .filter(|(_, (_, i))| self.defs[*i].1.is_none())
                .map(|(t, (_, i))| (*t, *i))
                .collect();
            if pending.is_empty() {
                break;
            }
            for (t, i) in pending {
                let l = self.struct_layout(t);
                let mut fs = Vec::new();
                for f in &l.fields {
                    for s in &f.storage {
                        if f.nested {
                            fs.push(format!("(field {s})"));
                        } else {
                            fs.push(format!("(field (mut {s}))"));
                        }
                    }
                }
                self.defs[i].1 = Some(format!("(struct {})", fs.join(" ")));
            }
        }
        let mut s = String::from("  (rec\n");
        for (name, def) in &self.defs {
            let def = def.as_deref().unwrap_or("(struct)");
            s.push_str(&format!("    (type {name} {def})\n"));
        }
        s.push_str("  )\n");
        s
    }

    /// Go's size of a value of type `t` on amd64 (for append's growth).
    pub(crate) fn go_size(&self, t: Type) -> u64 {
        match self.data(t) {
            TypeData::Bool => 1,
            TypeData::Int { bits, .. } | TypeData::Float { bits } => *bits as u64 / 8,
            TypeData::String => 16,
            TypeData::Pointer(_) | TypeData::Func { .. } => 8,
            TypeData::Slice(_) => 24,
            TypeData::Interface { .. } => 16,
            TypeData::Array { elem, len } => self.go_size(*elem).saturating_mul(*len),
            TypeData::Struct { fields } => {
                let mut off = 0u64;
                let mut align = 1u64;
                for f in fields {
                    let a = self.go_align(f.ty);
                    align = align.max(a);
                    off = off.div_ceil(a) * a + self.go_size(f.ty);
                }
                // A trailing zero-size field gets a byte so that its address
                // stays inside the object.
                if let Some(last) = fields.last() {
                    if off > 0 && self.go_size(last.ty) == 0 {
                        off += 1;
                    }
                }
                off.div_ceil(align) * align
            }
        }
    }

    fn go_align(&self, t: Type) -> u64 {
        match self.data(t) {
            TypeData::Array { elem, .. } => self.go_align(*elem),
            TypeData::Struct { fields } => fields
                .iter()
                .map(|f| self.go_align(f.ty))
                .max()
                .unwrap_or(1),
            _ => self.go_size(t).clamp(1, 8),
        }
    }
}
