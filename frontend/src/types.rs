//! Go's types as the type checker sees them.
//!
//! Types are interned in a [`TypeTable`] and named by [`TypeId`]; composite
//! types are structural (two `[]int` are one id), defined (named) types are
//! unique. Untyped constant kinds are types too, as in go/types, so that an
//! operand always has a type. The table also answers the spec's questions:
//! identity, assignability, comparability, and prints types the way Go's
//! messages do.

use crate::constant::go_quote;
use std::collections::HashMap;

/// A type in the [`TypeTable`].
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

/// Predeclared basic types, including the untyped kinds.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Basic {
    /// `bool`
    Bool,
    /// `int`
    Int,
    /// `int8`
    Int8,
    /// `int16`
    Int16,
    /// `int32` (also `rune`)
    Int32,
    /// `int64`
    Int64,
    /// `uint`
    Uint,
    /// `uint8` (also `byte`)
    Uint8,
    /// `uint16`
    Uint16,
    /// `uint32`
    Uint32,
    /// `uint64`
    Uint64,
    /// `uintptr`
    Uintptr,
    /// `float32`
    Float32,
    /// `float64`
    Float64,
    /// `complex64`
    Complex64,
    /// `complex128`
    Complex128,
    /// `string`
    String,
    /// untyped boolean constant or comparison result
    UntypedBool,
    /// untyped integer constant
    UntypedInt,
    /// untyped rune constant
    UntypedRune,
    /// untyped floating-point constant
    UntypedFloat,
    /// untyped string constant
    UntypedString,
    /// the type of `nil`
    UntypedNil,
    /// the type of an erroneous expression
    Invalid,
}

impl Basic {
    /// Go's spelling.
    pub fn name(self) -> &'static str {
        use Basic::*;
        match self {
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
            Invalid => "invalid type",
        }
    }

    /// `true` for the untyped kinds.
    pub fn is_untyped(self) -> bool {
        use Basic::*;
        matches!(
            self,
            UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedString | UntypedNil
        )
    }

    /// `true` for integer types (typed or untyped int/rune).
    pub fn is_integer(self) -> bool {
        use Basic::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }

    /// `true` for unsigned integer types.
    pub fn is_unsigned(self) -> bool {
        use Basic::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }

    /// `true` for float types.
    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64 | Basic::UntypedFloat)
    }

    /// `true` for complex types.
    pub fn is_complex(self) -> bool {
        matches!(self, Basic::Complex64 | Basic::Complex128)
    }

    /// `true` for numeric types.
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    /// `true` for string types.
    pub fn is_string(self) -> bool {
        matches!(self, Basic::String | Basic::UntypedString)
    }

    /// `true` for boolean types.
    pub fn is_bool(self) -> bool {
        matches!(self, Basic::Bool | Basic::UntypedBool)
    }

    /// Size in bits of a sized integer type (int/uint/uintptr are 64).
    pub fn int_bits(self) -> u8 {
        use Basic::*;
        match self {
            Int8 | Uint8 => 8,
            Int16 | Uint16 => 16,
            Int32 | Uint32 => 32,
            _ => 64,
        }
    }
}

/// A struct field.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    /// Field name (the type name for embedded fields).
    pub name: String,
    /// Field type.
    pub ty: TypeId,
    /// `true` for embedded fields.
    pub embedded: bool,
    /// The struct tag: part of the type's identity, ignored by conversions.
    pub tag: Option<String>,
}

impl Field {
    /// `decl` (the field as shown: `A int`) followed by the quoted tag, as
    /// both Go's messages and its runtime type names show a field.
    pub fn with_tag(&self, decl: String) -> String {
        match &self.tag {
            Some(tag) => format!("{decl} {}", go_quote(tag.as_bytes())),
            None => decl,
        }
    }
}

/// A function signature.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Signature {
    /// Parameter types (the last is `[]T` when variadic).
    pub params: Vec<TypeId>,
    /// Result types.
    pub results: Vec<TypeId>,
    /// `true` when the last parameter is `...T`.
    pub variadic: bool,
    /// Parameter names, when the signature is spelled with them (messages
    /// print `func(x int) string`); empty in canonical types.
    pub param_names: Vec<String>,
    /// Result names, likewise.
    pub result_names: Vec<String>,
}

/// The structure of a type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    /// A predeclared type.
    Basic(Basic),
    /// `*T`
    Pointer(TypeId),
    /// `[]T`
    Slice(TypeId),
    /// `[N]T`
    Array(TypeId, u64),
    /// `struct { ... }`
    Struct(Vec<Field>),
    /// `func(...) ...`
    Func(Signature),
    /// `map[K]V` (not supported yet beyond type checking)
    Map(TypeId, TypeId),
    /// `chan T`
    Chan(TypeId),
    /// `interface { ... }` (method names only, for now)
    Interface(Vec<(String, TypeId)>),
    /// Several results of a call.
    Tuple(Vec<TypeId>),
    /// A defined type: index into the named-type table.
    Named(u32),
}

/// A method of a defined type.
#[derive(Clone, Debug)]
pub struct Method {
    /// Method name.
    pub name: String,
    /// `true` for a pointer receiver.
    pub ptr_recv: bool,
    /// The function object (index into the checker's function table).
    pub func: u32,
    /// Its signature without the receiver.
    pub sig: TypeId,
    /// Position of the method name (for redeclaration errors).
    pub pos: crate::pos::Pos,
}

/// A defined type.
#[derive(Clone, Debug)]
pub struct Named {
    /// Its name as Go prints it (`Point`; predeclared `error` too).
    pub name: String,
    /// The package that declares it (`main`, `runtime`); empty for the
    /// predeclared `error`.
    pub pkg: String,
    /// Underlying type (set once resolved).
    pub underlying: Option<TypeId>,
    /// Methods in declaration order.
    pub methods: Vec<Method>,
}

/// The interned type table.
#[derive(Debug, Default)]
pub struct TypeTable {
    kinds: Vec<TypeKind>,
    interned: HashMap<TypeKind, TypeId>,
    /// Defined types.
    pub named: Vec<Named>,
    /// The package being checked: types it declares are named with it, and
    /// types of other packages are displayed qualified (`strings.Builder`).
    pub cur_pkg: String,
    /// For each type, the type it is identical to with every alias spelling
    /// removed; itself for the types the checker computes with.
    canon: Vec<TypeId>,
    /// The spelled aliases (`byte`, `rune`, `any`) and their names.
    alias_names: HashMap<TypeId, &'static str>,
}

impl TypeTable {
    /// A table with every basic type pre-interned.
    pub fn new() -> Self {
        let mut t = TypeTable::default();
        for b in ALL_BASICS {
            t.intern(TypeKind::Basic(b));
        }
        t
    }

    /// Interns a structural type (use [`TypeTable::new_named`] for defined ones).
    ///
    /// A kind whose parts are spelled through aliases (`[]byte`) gets an id
    /// of its own, for messages; [`TypeTable::canon`] maps it to the id of
    /// the identical type without aliases (`[]uint8`).
    pub fn intern(&mut self, k: TypeKind) -> TypeId {
        if let Some(&id) = self.interned.get(&k) {
            return id;
        }
        let plain = self.map_parts(&k, |tt, t| tt.canon(t));
        let canon = if plain != k {
            Some(self.intern(plain))
        } else {
            None
        };
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(k.clone());
        self.canon.push(canon.unwrap_or(id));
        self.interned.insert(k, id);
        id
    }

    /// A spelling of `target` under an alias name (`byte`, `rune`, `any`),
    /// as types2 keeps it for messages. The checker computes with
    /// canonical types only; spelled ones exist for display (see
    /// `check::shown`).
    pub fn alias(&mut self, name: &'static str, target: TypeId) -> TypeId {
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(self.kinds[target.0 as usize].clone());
        self.canon.push(self.canon(target));
        self.alias_names.insert(id, name);
        id
    }

    /// The type identical to `t` with alias spellings removed.
    pub fn canon(&self, t: TypeId) -> TypeId {
        self.canon[t.0 as usize]
    }

    /// `k` with each type it is built from replaced by `f` of it.
    fn map_parts(
        &mut self,
        k: &TypeKind,
        mut f: impl FnMut(&mut Self, TypeId) -> TypeId,
    ) -> TypeKind {
        match k {
            TypeKind::Basic(_) | TypeKind::Named(_) => k.clone(),
            TypeKind::Pointer(e) => TypeKind::Pointer(f(self, *e)),
            TypeKind::Slice(e) => TypeKind::Slice(f(self, *e)),
            TypeKind::Array(e, n) => TypeKind::Array(f(self, *e), *n),
            TypeKind::Struct(fs) => TypeKind::Struct(
                fs.iter()
                    .map(|fl| Field {
                        ty: f(self, fl.ty),
                        ..fl.clone()
                    })
                    .collect(),
            ),
            // Canonical signatures have no names.
            TypeKind::Func(s) => TypeKind::Func(Signature {
                params: s.params.iter().map(|t| f(self, *t)).collect(),
                results: s.results.iter().map(|t| f(self, *t)).collect(),
                variadic: s.variadic,
                ..Default::default()
            }),
            TypeKind::Map(k, v) => TypeKind::Map(f(self, *k), f(self, *v)),
            TypeKind::Chan(e) => TypeKind::Chan(f(self, *e)),
            TypeKind::Interface(ms) => {
                TypeKind::Interface(ms.iter().map(|(n, t)| (n.clone(), f(self, *t))).collect())
            }
            TypeKind::Tuple(ts) => TypeKind::Tuple(ts.iter().map(|t| f(self, *t)).collect()),
        }
    }

    /// `t` with every struct tag in it removed, down to defined types:
    /// conversions compare types this way (Go's "ignoring struct tags").
    pub fn untagged(&mut self, t: TypeId) -> TypeId {
        let k = match self.kind(t).clone() {
            TypeKind::Basic(_) | TypeKind::Named(_) => return t,
            TypeKind::Struct(fs) => {
                TypeKind::Struct(fs.into_iter().map(|f| Field { tag: None, ..f }).collect())
            }
            k => k,
        };
        let k = self.map_parts(&k, Self::untagged);
        self.intern(k)
    }

    /// A fresh defined type with an unresolved underlying type.
    pub fn new_named(&mut self, name: &str) -> TypeId {
        let idx = self.named.len() as u32;
        self.named.push(Named {
            name: name.to_string(),
            pkg: self.cur_pkg.clone(),
            underlying: None,
            methods: vec![],
        });
        self.intern(TypeKind::Named(idx))
    }

    /// The basic type `b`.
    pub fn basic(&mut self, b: Basic) -> TypeId {
        self.intern(TypeKind::Basic(b))
    }

    /// The structure of `t` (not resolved through names).
    pub fn kind(&self, t: TypeId) -> &TypeKind {
        &self.kinds[t.0 as usize]
    }

    /// The underlying type of `t`.
    pub fn under(&self, t: TypeId) -> TypeId {
        match self.kind(t) {
            TypeKind::Named(i) => self.named[*i as usize].underlying.unwrap_or(t),
            _ => t,
        }
    }

    /// The structure of `t`'s underlying type.
    pub fn ukind(&self, t: TypeId) -> &TypeKind {
        self.kind(self.under(t))
    }

    /// The basic kind of `t`'s underlying type, if basic.
    pub fn basic_of(&self, t: TypeId) -> Option<Basic> {
        match self.ukind(t) {
            TypeKind::Basic(b) => Some(*b),
            _ => None,
        }
    }

    /// `true` when `t` is (or has underlying) basic type satisfying `f`.
    pub fn is(&self, t: TypeId, f: impl Fn(Basic) -> bool) -> bool {
        self.basic_of(t).is_some_and(f)
    }

    /// `true` for the invalid type.
    pub fn is_invalid(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Basic(Basic::Invalid))
    }

    /// `true` for untyped kinds.
    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Basic(b) if b.is_untyped())
    }

    /// Named-type index of `t`, if it is a defined type.
    pub fn named_index(&self, t: TypeId) -> Option<u32> {
        match self.kind(t) {
            TypeKind::Named(i) => Some(*i),
            _ => None,
        }
    }

    /// Identity of types (interning makes it equality).
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        a == b
    }

    /// Go's comparability of a type (`==`).
    pub fn comparable(&self, t: TypeId) -> bool {
        match self.ukind(t) {
            TypeKind::Basic(b) => *b != Basic::UntypedNil,
            TypeKind::Pointer(_) | TypeKind::Chan(_) | TypeKind::Interface(_) => true,
            TypeKind::Struct(fs) => fs.iter().all(|f| self.comparable(f.ty)),
            TypeKind::Array(e, _) => self.comparable(*e),
            TypeKind::Slice(_) | TypeKind::Map(..) | TypeKind::Func(_) | TypeKind::Tuple(_) => {
                false
            }
            TypeKind::Named(_) => false,
        }
    }

    /// Go's spelling of a type, as in error messages.
    pub fn display(&self, t: TypeId) -> String {
        if let Some(name) = self.alias_names.get(&t) {
            return name.to_string();
        }
        match self.kind(t) {
            TypeKind::Basic(b) => b.name().to_string(),
            TypeKind::Pointer(e) => format!("*{}", self.display(*e)),
            TypeKind::Slice(e) => format!("[]{}", self.display(*e)),
            TypeKind::Array(e, n) => format!("[{n}]{}", self.display(*e)),
            TypeKind::Struct(fs) => {
                let parts: Vec<String> = fs
                    .iter()
                    .map(|f| {
                        f.with_tag(if f.embedded {
                            self.display(f.ty)
                        } else {
                            format!("{} {}", f.name, self.display(f.ty))
                        })
                    })
                    .collect();
                format!("struct{{{}}}", parts.join("; "))
            }
            TypeKind::Func(sig) => format!("func{}", self.sig_string(sig)),
            TypeKind::Map(k, v) => format!("map[{}]{}", self.display(*k), self.display(*v)),
            TypeKind::Chan(e) => format!("chan {}", self.display(*e)),
            TypeKind::Interface(ms) => {
                if ms.is_empty() {
                    "interface{}".to_string()
                } else {
                    let parts: Vec<String> = ms
                        .iter()
                        .map(|(n, s)| match self.kind(*s) {
                            TypeKind::Func(sig) => format!("{n}{}", self.sig_string(sig)),
                            _ => n.clone(),
                        })
                        .collect();
                    format!("interface{{{}}}", parts.join("; "))
                }
            }
            TypeKind::Tuple(ts) => {
                let parts: Vec<String> = ts.iter().map(|t| self.display(*t)).collect();
                format!("({})", parts.join(", "))
            }
            TypeKind::Named(i) => {
                let n = &self.named[*i as usize];
                if n.pkg.is_empty() || n.pkg == self.cur_pkg {
                    n.name.clone()
                } else {
                    format!("{}.{}", n.pkg, n.name)
                }
            }
        }
    }

    /// `(params) results` as Go prints a signature.
    pub fn sig_string(&self, sig: &Signature) -> String {
        let named = |names: &[String], i: usize, t: String| match names.get(i) {
            Some(n) => format!("{n} {t}"),
            None => t,
        };
        let last = sig.params.len().wrapping_sub(1);
        let ps: Vec<String> = sig
            .params
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let mut s = self.display(*t);
                if sig.variadic && i == last {
                    s = format!("...{}", s.trim_start_matches("[]"));
                }
                named(&sig.param_names, i, s)
            })
            .collect();
        let rs: Vec<String> = sig
            .results
            .iter()
            .enumerate()
            .map(|(i, t)| named(&sig.result_names, i, self.display(*t)))
            .collect();
        match rs.len() {
            0 => format!("({})", ps.join(", ")),
            1 if sig.result_names.is_empty() => format!("({}) {}", ps.join(", "), rs[0]),
            _ => format!("({}) ({})", ps.join(", "), rs.join(", ")),
        }
    }

    /// Describes `t` the way Go's operand descriptions do: `int`, `int type
    /// Feet` for a named basic, `struct type Point` for a named struct.
    /// An alias of a composite type is described like a defined type
    /// (`interface type any`); `byte` and `rune` are basic types' own names.
    pub fn describe(&self, t: TypeId) -> String {
        let alias_of_composite =
            self.alias_names.contains_key(&t) && !matches!(self.kind(t), TypeKind::Basic(_));
        match self.kind(t) {
            k if alias_of_composite || matches!(k, TypeKind::Named(_)) => {
                let u = self.under(t);
                let kind = match self.kind(u) {
                    TypeKind::Basic(b) => b.name().to_string(),
                    TypeKind::Struct(_) => "struct".into(),
                    TypeKind::Pointer(_) => "pointer".into(),
                    TypeKind::Slice(_) => "slice".into(),
                    TypeKind::Array(..) => "array".into(),
                    TypeKind::Map(..) => "map".into(),
                    TypeKind::Func(_) => "func".into(),
                    TypeKind::Interface(_) => "interface".into(),
                    TypeKind::Chan(_) => "chan".into(),
                    TypeKind::Tuple(_) | TypeKind::Named(_) => String::new(),
                };
                if kind.is_empty() {
                    format!("type {}", self.display(t))
                } else {
                    format!("{kind} type {}", self.display(t))
                }
            }
            _ => format!("type {}", self.display(t)),
        }
    }
}

const ALL_BASICS: [Basic; 24] = [
    Basic::Bool,
    Basic::Int,
    Basic::Int8,
    Basic::Int16,
    Basic::Int32,
    Basic::Int64,
    Basic::Uint,
    Basic::Uint8,
    Basic::Uint16,
    Basic::Uint32,
    Basic::Uint64,
    Basic::Uintptr,
    Basic::Float32,
    Basic::Float64,
    Basic::Complex64,
    Basic::Complex128,
    Basic::String,
    Basic::UntypedBool,
    Basic::UntypedInt,
    Basic::UntypedRune,
    Basic::UntypedFloat,
    Basic::UntypedString,
    Basic::UntypedNil,
    Basic::Invalid,
];
