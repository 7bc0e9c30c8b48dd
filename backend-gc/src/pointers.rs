//! Which pointer types are fat: a whole-program scan.
//!
//! WasmGC has no interior pointers. A Go pointer to a whole object (`*S`,
//! `*[N]T`) or to a heap cell (`new(int)`, an escaping local) is a plain
//! reference ("thin"). A pointer into the middle of an object (`&s.f` for a
//! scalar field, `&a[i]` for an element stored inline) must be a *fat*
//! pointer: the containing object plus a selector (the wasm field index, or
//! the element index; 0 for a cell). Since one Go type `*T` has one
//! representation, `*T` is fat everywhere as soon as any `field_addr`,
//! `index_addr` or `slice_index_addr` in the program makes an interior `*T`.
//!
//! Whether an element is inline depends on how many wasm values it
//! flattens to, and that depends on fatness (a fat `*U` is two values, so a
//! `[]*U` element becomes a cell), so the scan runs to a fixpoint. Making a
//! pointer type fat is always correct, so the fixpoint may keep a type fat
//! that turned out not to need it.
//!
//! For each fat `*T` the scan also records the *containers* a fat pointer's
//! base can be: the cell of `T`, the structs with a `T` field whose address
//! is taken (and which fields), and the array type with inline `T`
//! elements. Loads and stores through a fat pointer dispatch over them.

use crate::layout::Layout;
use gowgc_ir::{Module, Op, Type};
use std::collections::{BTreeMap, BTreeSet};

/// Where an interior pointer to a `T` points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Site {
    /// Field `i` of Go struct type `S`.
    Field(Type, u32),
    /// An element of an array or slice of `T`.
    Elem,
}

/// One kind of object a fat pointer's base can be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Container {
    /// A cell struct (selector 0).
    Cell(String),
    /// An array with inline elements (selector = element index).
    Array(String),
    /// A struct; the selector is one of these wasm field indices.
    Struct(String, BTreeSet<u32>),
}

/// The result of the scan.
#[derive(Default)]
pub(crate) struct PtrInfo {
    sites: BTreeMap<Type, Vec<Site>>,
}

/// Scans `m`, records the fat pointee types in `layout.fat`, and returns
/// the sites needed to find containers later.
pub(crate) fn scan(m: &Module, layout: &mut Layout) -> PtrInfo {
    let mut info = PtrInfo::default();
    for (_, f) in m.funcs.iter() {
        for &b in &f.layout {
            for &i in &f.blocks[b].insts {
                let site = match &f.insts[i].op {
                    Op::FieldAddr(p, idx) => {
                        let s = layout.types.pointee(f.value_type(*p));
                        (layout.types.field(s, *idx), Site::Field(s, *idx))
                    }
                    Op::IndexAddr(p, _) => {
                        let a = layout.types.pointee(f.value_type(*p));
                        (layout.types.elem(a), Site::Elem)
                    }
                    Op::SliceIndexAddr(s, _) => (layout.types.elem(f.value_type(*s)), Site::Elem),
                    _ => continue,
                };
                if layout.is_aggregate(site.0) {
                    continue;
                }
                let v = info.sites.entry(site.0).or_default();
                if !v.contains(&site.1) {
                    v.push(site.1);
                }
            }
        }
    }
    loop {
        let mut changed = false;
        for (&t, sites) in &info.sites {
            if layout.fat.contains(&t) {
                continue;
            }
            let interior = sites.iter().any(|s| match s {
                Site::Field(..) => true,
                Site::Elem => layout.elem_inline(t),
            });
            if interior {
                layout.fat.insert(t);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    info
}

impl PtrInfo {
    /// The containers a fat `*t`'s base can be.
    pub(crate) fn containers(&self, layout: &mut Layout, t: Type) -> Vec<Container> {
        let mut out = vec![Container::Cell(layout.cell_ty(t))];
        for site in self.sites.get(&t).map(|v| v.as_slice()).unwrap_or(&[]) {
            match *site {
                Site::Field(s, i) => {
                    let name = layout.struct_ty(s);
                    let widx = layout.struct_layout(s).fields[i as usize].widx;
                    let existing = out.iter_mut().find_map(|c| match c {
                        Container::Struct(n, set) if *n == name => Some(set),
                        _ => None,
                    });
                    match existing {
                        Some(set) => {
                            set.insert(widx);
                        }
                        None => out.push(Container::Struct(name, BTreeSet::from([widx]))),
                    }
                }
                Site::Elem if layout.elem_inline(t) => {
                    let a = layout.arr_ty(t);
                    if !out.contains(&Container::Array(a.clone())) {
                        out.push(Container::Array(a));
                    }
                }
                Site::Elem => {}
            }
        }
        out
    }
}
