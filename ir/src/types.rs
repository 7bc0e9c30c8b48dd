//! Go types as the IR keeps them.
//!
//! The backends need Go's types, not machine types: the gc backend builds
//! WasmGC struct and array types from them, the linear backend computes Go's
//! layout. Types are interned structurally, so equal shapes share one
//! [`Type`]; a named type keeps its name only for printing and debugging.
//!
//! Values of *aggregate* types (structs and arrays) never live in SSA values:
//! they live in memory (an [`crate::Op::Alloc`]ed object or a global) and are
//! handled through pointers. Everything else is a *scalar* for the IR, even
//! when a backend represents it with several machine words (strings, slices).

use crate::entities::Type;
use cranelift_entity::PrimaryMap;
use std::collections::HashMap;

/// One field of a struct type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FieldData {
    /// Go field name (for printing and debugging).
    pub name: String,
    /// Field type.
    pub ty: Type,
}

/// The shape of a type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeData {
    /// `bool`
    Bool,
    /// Integer types: width in bits (8, 16, 32, 64) and signedness.
    /// `int`/`uint`/`uintptr` are 64 bits, as on amd64.
    Int {
        /// 8, 16, 32 or 64.
        bits: u8,
        /// `true` for intN.
        signed: bool,
    },
    /// `float32` (bits 32) or `float64` (bits 64).
    Float {
        /// 32 or 64.
        bits: u8,
    },
    /// Go string: immutable bytes.
    String,
    /// `*T`.
    Pointer(Type),
    /// `[]T`.
    Slice(Type),
    /// `[N]T` (aggregate).
    Array {
        /// Element type.
        elem: Type,
        /// Length.
        len: u64,
    },
    /// `struct { ... }` (aggregate).
    Struct {
        /// Fields in declaration order.
        fields: Vec<FieldData>,
    },
    /// An interface value: a dynamic type id (0 for nil) and the value,
    /// boxed where the backend needs a box. Method dispatch, assertions,
    /// type switches and comparisons are built by the frontend from
    /// [`crate::Op::IfaceTypeId`] and [`crate::Op::IfaceData`], so a backend
    /// only represents, boxes and unboxes.
    Interface {
        /// Method names with their func types (for printing only).
        methods: Vec<(String, Type)>,
    },
    /// A func value `func(params) results`: a reference to a closure object
    /// (code plus captured values); nil is the null closure. A call through
    /// it passes the closure itself as a hidden first argument, so the
    /// callee can read its captures ([`crate::Op::ClosureCapture`]).
    Func {
        /// Parameter types (not counting the hidden closure).
        params: Vec<Type>,
        /// Result types.
        results: Vec<Type>,
    },
}

/// Interns types; owned by a [`crate::Module`].
#[derive(Debug, Default, Clone)]
pub struct TypeStore {
    types: PrimaryMap<Type, TypeData>,
    names: HashMap<Type, String>,
    interned: HashMap<TypeData, Type>,
}

impl TypeStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// Interns `data`, returning the existing handle for an equal shape.
    pub fn intern(&mut self, data: TypeData) -> Type {
        if let Some(&t) = self.interned.get(&data) {
            return t;
        }
        let t = self.types.push(data.clone());
        self.interned.insert(data, t);
        t
    }

    /// Reserves a type whose shape is given later with [`TypeStore::define`]:
    /// how recursive types (`type Node struct{ next *Node }`) are built.
    /// Reserved types are nominal: not merged with equal shapes.
    pub fn reserve(&mut self) -> Type {
        self.types.push(TypeData::Struct { fields: vec![] })
    }

    /// Gives a reserved type its shape.
    pub fn define(&mut self, ty: Type, data: TypeData) {
        self.types[ty] = data;
    }

    /// Records a Go name for `ty` (the first name given wins).
    pub fn set_name(&mut self, ty: Type, name: impl Into<String>) {
        self.names.entry(ty).or_insert_with(|| name.into());
    }

    /// The shape of `ty`.
    pub fn data(&self, ty: Type) -> &TypeData {
        &self.types[ty]
    }

    /// All types, in creation order.
    pub fn iter(&self) -> impl Iterator<Item = (Type, &TypeData)> {
        self.types.iter()
    }

    /// Shorthands for common types.
    pub fn bool(&mut self) -> Type {
        self.intern(TypeData::Bool)
    }
    /// An integer type.
    pub fn int(&mut self, bits: u8, signed: bool) -> Type {
        self.intern(TypeData::Int { bits, signed })
    }
    /// `int` (64-bit signed).
    pub fn int64(&mut self) -> Type {
        self.int(64, true)
    }
    /// `string`.
    pub fn string(&mut self) -> Type {
        self.intern(TypeData::String)
    }
    /// `*elem`.
    pub fn pointer(&mut self, elem: Type) -> Type {
        self.intern(TypeData::Pointer(elem))
    }
    /// `[]elem`.
    pub fn slice(&mut self, elem: Type) -> Type {
        self.intern(TypeData::Slice(elem))
    }

    /// `true` for structs and arrays, which live only in memory.
    pub fn is_aggregate(&self, ty: Type) -> bool {
        matches!(
            self.data(ty),
            TypeData::Struct { .. } | TypeData::Array { .. }
        )
    }

    /// The pointee of a pointer type.
    pub fn pointee(&self, ty: Type) -> Type {
        match self.data(ty) {
            TypeData::Pointer(t) => *t,
            other => panic!("pointee of non-pointer {other:?}"),
        }
    }

    /// The element type of a slice or array type.
    pub fn elem(&self, ty: Type) -> Type {
        match self.data(ty) {
            TypeData::Slice(t) | TypeData::Array { elem: t, .. } => *t,
            other => panic!("elem of {other:?}"),
        }
    }

    /// The type of field `i` of a struct type.
    pub fn field(&self, ty: Type, i: u32) -> Type {
        match self.data(ty) {
            TypeData::Struct { fields } => fields[i as usize].ty,
            other => panic!("field of {other:?}"),
        }
    }

    /// `true` when values of `ty` contain pointers the collector must trace.
    pub fn has_pointers(&self, ty: Type) -> bool {
        match self.data(ty) {
            TypeData::Bool | TypeData::Int { .. } | TypeData::Float { .. } => false,
            TypeData::String
            | TypeData::Pointer(_)
            | TypeData::Slice(_)
            | TypeData::Func { .. }
            | TypeData::Interface { .. } => true,
            TypeData::Array { elem, len } => *len > 0 && self.has_pointers(*elem),
            TypeData::Struct { fields } => fields.iter().any(|f| self.has_pointers(f.ty)),
        }
    }

    /// The type as text: the Go name when known, else its structure.
    pub fn display(&self, ty: Type) -> String {
        self.display_in(ty, &mut Vec::new())
    }

    /// [`Self::display`] below the types in `outer`: an unnamed type met
    /// inside itself (`type P *P` has no IR name) is shown as `...`.
    fn display_in(&self, ty: Type, outer: &mut Vec<Type>) -> String {
        if let Some(n) = self.names.get(&ty) {
            return n.clone();
        }
        if outer.contains(&ty) {
            return "...".into();
        }
        outer.push(ty);
        let s = match self.data(ty) {
            TypeData::Bool => "bool".into(),
            TypeData::Int { bits, signed } => {
                format!("{}int{}", if *signed { "" } else { "u" }, bits)
            }
            TypeData::Float { bits } => format!("float{bits}"),
            TypeData::String => "string".into(),
            TypeData::Pointer(t) => format!("*{}", self.display_in(*t, outer)),
            TypeData::Slice(t) => format!("[]{}", self.display_in(*t, outer)),
            TypeData::Array { elem, len } => format!("[{len}]{}", self.display_in(*elem, outer)),
            TypeData::Interface { methods } => {
                let ms: Vec<&str> = methods.iter().map(|(n, _)| n.as_str()).collect();
                format!("interface{{{}}}", ms.join("; "))
            }
            TypeData::Func { params, results } => {
                let ps: Vec<String> = params.iter().map(|t| self.display_in(*t, outer)).collect();
                let rs: Vec<String> = results.iter().map(|t| self.display_in(*t, outer)).collect();
                format!("func({}) ({})", ps.join(", "), rs.join(", "))
            }
            TypeData::Struct { fields } => {
                let fs: Vec<String> = fields
                    .iter()
                    .map(|f| format!("{} {}", f.name, self.display_in(f.ty, outer)))
                    .collect();
                format!("struct{{{}}}", fs.join("; "))
            }
        };
        outer.pop();
        s
    }
}
