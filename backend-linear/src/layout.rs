//! Go's memory layout of every IR type, and the wasm representation of
//! scalar values.
//!
//! Objects are laid out exactly as Go lays them out, except that pointers
//! are 4 bytes (wasm32 addresses): sizes, alignments and field offsets follow
//! `go/types` `StdSizes` rules (a field is aligned to its type's alignment, a
//! struct is padded to a multiple of its largest alignment). The same code
//! computed with 8-byte pointers gives the amd64 layout, which `append` needs
//! to grow capacities exactly as Go on amd64 does (growth is rounded to Go's
//! allocator size classes in *bytes*, so it depends on the element size Go
//! sees).
//!
//! As SSA values, scalars are wasm locals: ints up to 32 bits, bools and
//! pointers are one `i32`, 64-bit ints one `i64`, floats `f32`/`f64`,
//! strings two locals (`i32` data pointer, `i64` length), slices three
//! (`i32` pointer, `i64` length, `i64` capacity). A func value is a
//! pointer to a closure object ([`Layouts::closure`]), nil being 0. An
//! interface value is two words, in memory as in locals: the `i32`
//! dynamic type id (0 for nil) and the `i32` data word (see
//! [`crate::interfaces`]); in memory that is 8 bytes aligned to 4, Go's
//! `(itab, data)` pair with 4-byte words.

use gowgc_ir::{Type, TypeData, TypeStore};
use std::collections::HashMap;

/// Size and alignment of a type, in bytes.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    /// Size in bytes (saturates at `u64::MAX` for absurd arrays).
    pub size: u64,
    /// Alignment in bytes (a power of two, at most 8).
    pub align: u64,
}

/// Layout calculator for one pointer size, with a cache.
pub struct Layouts<'t> {
    types: &'t TypeStore,
    ptr_size: u64,
    cache: HashMap<Type, Layout>,
}

impl<'t> Layouts<'t> {
    /// The wasm32 layout used for memory (4-byte pointers).
    pub fn wasm32(types: &'t TypeStore) -> Self {
        Layouts {
            types,
            ptr_size: 4,
            cache: HashMap::new(),
        }
    }

    /// Go's amd64 layout (8-byte pointers), for capacity growth.
    pub fn amd64(types: &'t TypeStore) -> Self {
        Layouts {
            types,
            ptr_size: 8,
            cache: HashMap::new(),
        }
    }

    /// The type store.
    pub fn types(&self) -> &'t TypeStore {
        self.types
    }

    /// Size and alignment of `ty`.
    pub fn layout(&mut self, ty: Type) -> Layout {
        if let Some(&l) = self.cache.get(&ty) {
            return l;
        }
        let p = self.ptr_size;
        let l = match self.types.data(ty) {
            TypeData::Bool => Layout { size: 1, align: 1 },
            TypeData::Int { bits, .. } | TypeData::Float { bits } => {
                let b = u64::from(*bits / 8);
                Layout { size: b, align: b }
            }
            TypeData::Pointer(_) | TypeData::Func { .. } => Layout { size: p, align: p },
            TypeData::Interface { .. } => Layout {
                size: 2 * p,
                align: p,
            },
            TypeData::String => Layout { size: 16, align: 8 },
            TypeData::Slice(_) => Layout { size: 24, align: 8 },
            TypeData::Array { elem, len } => {
                let (elem, len) = (*elem, *len);
                let e = self.layout(elem);
                Layout {
                    size: e.size.saturating_mul(len),
                    align: e.align,
                }
            }
            TypeData::Struct { fields } => {
                let tys: Vec<Type> = fields.iter().map(|f| f.ty).collect();
                let mut off = 0u64;
                let mut align = 1u64;
                for t in tys {
                    let f = self.layout(t);
                    off = align_to(off, f.align).saturating_add(f.size);
                    align = align.max(f.align);
                }
                Layout {
                    size: align_to(off, align),
                    align,
                }
            }
        };
        self.cache.insert(ty, l);
        l
    }

    /// Size of `ty` in bytes.
    pub fn size(&mut self, ty: Type) -> u64 {
        self.layout(ty).size
    }

    /// The layout of a closure object capturing values of types `caps`:
    /// the byte offset of each capture and the object's size and alignment.
    /// A closure object is a `u32` function table index followed by the
    /// captures, laid out as the fields of a struct.
    pub fn closure(&mut self, caps: &[Type]) -> (Vec<u64>, Layout) {
        let mut off = 4u64;
        let mut align = 4u64;
        let mut offs = Vec::with_capacity(caps.len());
        for &t in caps {
            let l = self.layout(t);
            off = align_to(off, l.align);
            offs.push(off);
            off = off.saturating_add(l.size);
            align = align.max(l.align);
        }
        let size = align_to(off, align);
        (offs, Layout { size, align })
    }

    /// Byte offset of field `i` of struct type `ty` (0 for non-structs).
    pub fn field_offset(&mut self, ty: Type, i: u32) -> u64 {
        let TypeData::Struct { fields } = self.types.data(ty) else {
            return 0;
        };
        let tys: Vec<Type> = fields.iter().map(|f| f.ty).collect();
        let mut off = 0u64;
        for (k, t) in tys.into_iter().enumerate() {
            let f = self.layout(t);
            off = align_to(off, f.align);
            if k == i as usize {
                return off;
            }
            off = off.saturating_add(f.size);
        }
        off
    }
}

/// Rounds `x` up to a multiple of `a` (a power of two), saturating.
pub fn align_to(x: u64, a: u64) -> u64 {
    x.saturating_add(a - 1) & !(a - 1)
}

/// How a scalar IR value is represented in wasm.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Scalar {
    /// `bool`: i32 0 or 1.
    Bool,
    /// Integer of `bits` width, kept normalized (sign- or zero-extended)
    /// in an i32 when `bits <= 32`, else an i64.
    Int {
        /// 8, 16, 32 or 64.
        bits: u8,
        /// Signed?
        signed: bool,
    },
    /// f32 or f64.
    Float {
        /// 32 or 64.
        bits: u8,
    },
    /// A pointer: i32 address, nil = 0.
    Ptr,
    /// A string: (i32 ptr, i64 len).
    Str,
    /// A slice: (i32 ptr, i64 len, i64 cap).
    Slice,
    /// An interface: (i32 type id, i32 data word); the data word is the
    /// pointer.
    Iface,
}

impl Scalar {
    /// The scalar class of `ty`, or `None` for aggregates.
    pub fn of(types: &TypeStore, ty: Type) -> Option<Scalar> {
        Some(match types.data(ty) {
            TypeData::Bool => Scalar::Bool,
            TypeData::Int { bits, signed } => Scalar::Int {
                bits: *bits,
                signed: *signed,
            },
            TypeData::Float { bits } => Scalar::Float { bits: *bits },
            TypeData::Pointer(_) | TypeData::Func { .. } => Scalar::Ptr,
            TypeData::String => Scalar::Str,
            TypeData::Slice(_) => Scalar::Slice,
            TypeData::Interface { .. } => Scalar::Iface,
            TypeData::Array { .. } | TypeData::Struct { .. } => return None,
        })
    }

    /// The wasm value types of the locals, in order.
    pub fn parts(self) -> &'static [&'static str] {
        match self {
            Scalar::Bool | Scalar::Ptr => &["i32"],
            Scalar::Int { bits, .. } if bits <= 32 => &["i32"],
            Scalar::Int { .. } => &["i64"],
            Scalar::Float { bits: 32 } => &["f32"],
            Scalar::Float { .. } => &["f64"],
            Scalar::Str => &["i32", "i64"],
            Scalar::Slice => &["i32", "i64", "i64"],
            Scalar::Iface => &["i32", "i32"],
        }
    }

    /// Local-name suffixes of the parts.
    pub fn suffixes(self) -> &'static [&'static str] {
        match self {
            Scalar::Str => &[".p", ".l"],
            Scalar::Slice => &[".p", ".l", ".c"],
            Scalar::Iface => &[".t", ".d"],
            Scalar::Bool | Scalar::Ptr | Scalar::Int { .. } | Scalar::Float { .. } => &[""],
        }
    }

    /// `true` when the value holds a heap pointer the collector must see
    /// (part [`Scalar::pointer_part`]).
    pub fn has_pointer(self) -> bool {
        matches!(
            self,
            Scalar::Ptr | Scalar::Str | Scalar::Slice | Scalar::Iface
        )
    }

    /// Which part holds the pointer: the data word of an interface, the
    /// first part of everything else.
    pub fn pointer_part(self) -> usize {
        match self {
            Scalar::Iface => 1,
            Scalar::Bool
            | Scalar::Int { .. }
            | Scalar::Float { .. }
            | Scalar::Ptr
            | Scalar::Str
            | Scalar::Slice => 0,
        }
    }

    /// The wasm numeric prefix of a one-part numeric scalar.
    pub fn wasm(self) -> &'static str {
        self.parts()[0]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gowgc_ir::FieldData;

    #[test]
    fn struct_layout_follows_go() {
        let mut ts = TypeStore::new();
        let b = ts.bool();
        let i64t = ts.int64();
        let i16t = ts.int(16, true);
        let s = ts.string();
        let p = ts.pointer(i64t);
        let st = ts.intern(TypeData::Struct {
            fields: vec![
                FieldData {
                    name: "a".into(),
                    ty: b,
                },
                FieldData {
                    name: "b".into(),
                    ty: i64t,
                },
                FieldData {
                    name: "c".into(),
                    ty: i16t,
                },
                FieldData {
                    name: "d".into(),
                    ty: p,
                },
                FieldData {
                    name: "e".into(),
                    ty: s,
                },
                FieldData {
                    name: "f".into(),
                    ty: b,
                },
            ],
        });
        let mut l = Layouts::wasm32(&ts);
        assert_eq!(l.layout(st), Layout { size: 48, align: 8 });
        assert_eq!(l.field_offset(st, 1), 8);
        assert_eq!(l.field_offset(st, 2), 16);
        assert_eq!(l.field_offset(st, 3), 20);
        assert_eq!(l.field_offset(st, 4), 24);
        assert_eq!(l.field_offset(st, 5), 40);
        let mut g = Layouts::amd64(&ts);
        assert_eq!(g.layout(st), Layout { size: 56, align: 8 });
    }

    #[test]
    fn interfaces_are_two_words() {
        let mut ts = TypeStore::new();
        let b = ts.bool();
        let i64t = ts.int64();
        let any = ts.intern(TypeData::Interface { methods: vec![] });
        let field = |name: &str, ty| FieldData {
            name: name.into(),
            ty,
        };
        let st = ts.intern(TypeData::Struct {
            fields: vec![field("a", b), field("i", any), field("n", i64t)],
        });
        let mut l = Layouts::wasm32(&ts);
        assert_eq!(l.layout(any), Layout { size: 8, align: 4 });
        assert_eq!(l.field_offset(st, 1), 4);
        assert_eq!(l.field_offset(st, 2), 16);
        assert_eq!(l.layout(st), Layout { size: 24, align: 8 });
        let mut g = Layouts::amd64(&ts);
        assert_eq!(g.layout(any), Layout { size: 16, align: 8 });
        assert_eq!(g.layout(st), Layout { size: 32, align: 8 });
        let s = Scalar::of(&ts, any).unwrap();
        assert_eq!((s.parts(), s.pointer_part()), (&["i32", "i32"][..], 1));
    }
}
