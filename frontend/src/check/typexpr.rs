//! Type expressions (`[]int`, `*Point`, `struct{...}`) to types, and Go types
//! to IR types.
//!
//! Named types keep their name in the IR type store (for printing and the
//! name section); their structure is the underlying type's, so two Go types
//! with one shape share one IR type, as they will share one WasmGC type.

use super::{Checker, FnState, Mode, Obj};
use crate::ast::{self, Expr, ExprId};
use crate::types::{Basic, Field, Signature, TypeId, TypeKind};
use gowgc_ir as ir;

impl Checker<'_> {
    /// Resolves a type expression; reports errors and returns the invalid
    /// type for bad ones. The type is canonical; how `e` spells it (`[]byte`)
    /// is kept for messages.
    pub(crate) fn type_expr(&mut self, fs: Option<&mut FnState>, e: ExprId) -> TypeId {
        let spelled = self.type_expr_spelled(fs, e);
        let t = self.tt.canon(spelled);
        if t != spelled {
            self.shown.types.insert(e, spelled);
        }
        t
    }

    /// [`Checker::type_expr`], keeping alias spellings in the type.
    fn type_expr_spelled(&mut self, mut fs: Option<&mut FnState>, e: ExprId) -> TypeId {
        let pos = self.pos_of(e);
        match self.expr(e) {
            Expr::Ident(id) => {
                let Some(o) = self.resolve_ident(fs.as_deref(), id) else {
                    return self.invalid();
                };
                // A package-level type declared further on.
                self.resolve_type_decl(o);
                match self.objs[o.0 as usize].clone() {
                    Obj::TypeName(t) => t,
                    _ => {
                        self.error(pos, format!("{} is not a type", id.name));
                        self.invalid()
                    }
                }
            }
            Expr::Paren { inner, .. } => self.type_expr_spelled(fs, *inner),
            Expr::Star { x, .. } => {
                let t = self.type_expr_spelled(fs, *x);
                if self.tt.is_invalid(t) {
                    return t;
                }
                self.tt.intern(TypeKind::Pointer(t))
            }
            Expr::ArrayType {
                len: None, elem, ..
            } => {
                let t = self.type_expr_spelled(fs, *elem);
                self.tt.intern(TypeKind::Slice(t))
            }
            Expr::ArrayType {
                len: Some(l), elem, ..
            } => {
                let (l, elem) = (*l, *elem);
                if let Expr::Ellipsis { .. } = self.expr(l) {
                    self.error(
                        pos,
                        "invalid use of [...] array (outside a composite literal)",
                    );
                    return self.invalid();
                }
                let n = self.const_length(fs.as_deref_mut(), l);
                let t = self.type_expr_spelled(fs, elem);
                match n {
                    Some(n) => self.tt.intern(TypeKind::Array(t, n)),
                    None => self.invalid(),
                }
            }
            Expr::StructType { fields, .. } => {
                let mut out = Vec::new();
                let mut seen = std::collections::HashMap::new();
                let mut fs = fs;
                for f in fields {
                    let t = self.type_expr_spelled(fs.as_deref_mut(), f.ty);
                    if f.names.is_empty() {
                        let name = self.embedded_name(f.ty);
                        out.push(Field {
                            name,
                            ty: t,
                            embedded: true,
                            tag: f.tag.clone(),
                        });
                    }
                    for n in &f.names {
                        if n.name != "_" {
                            if let Some(prev) = seen.insert(n.name.clone(), n.pos) {
                                let _ = prev;
                                self.error(n.pos, format!("{} redeclared", n.name));
                            }
                        }
                        out.push(Field {
                            name: n.name.clone(),
                            ty: t,
                            embedded: false,
                            tag: f.tag.clone(),
                        });
                    }
                }
                self.tt.intern(TypeKind::Struct(out))
            }
            Expr::FuncType(ft) => {
                let ft = ft.clone();
                let sig = self.signature_spelled(fs, &ft);
                self.tt.intern(TypeKind::Func(sig))
            }
            Expr::MapType { key, value, .. } => {
                let (k, v) = (*key, *value);
                let mut fs = fs;
                let kt = self.type_expr_spelled(fs.as_deref_mut(), k);
                let vt = self.type_expr_spelled(fs, v);
                if !self.tt.is_invalid(kt) && !self.tt.comparable(kt) {
                    let kpos = self.pos_of(k);
                    let kn = self.tt.display(kt);
                    self.error(kpos, format!("invalid map key type {kn}"));
                    return self.invalid();
                }
                self.tt.intern(TypeKind::Map(kt, vt))
            }
            Expr::InterfaceType { elems, .. } => {
                let elems = elems.clone();
                let mut methods: Vec<(String, TypeId)> = Vec::new();
                let mut fs = fs;
                for el in &elems {
                    match (el.names.first(), self.expr(el.ty).clone()) {
                        (Some(n), Expr::FuncType(ft)) => {
                            let sig = self.signature_spelled(fs.as_deref_mut(), &ft);
                            let st = self.tt.intern(TypeKind::Func(sig));
                            if methods.iter().any(|(m, _)| *m == n.name) {
                                self.error(n.pos, format!("duplicate method {}", n.name));
                            }
                            methods.push((n.name.clone(), st));
                        }
                        _ => {
                            // An embedded interface contributes its methods.
                            let t = self.type_expr_spelled(fs.as_deref_mut(), el.ty);
                            match self.tt.ukind(t).clone() {
                                TypeKind::Interface(ms) => {
                                    for m in ms {
                                        if !methods.iter().any(|(n, _)| *n == m.0) {
                                            methods.push(m);
                                        }
                                    }
                                }
                                _ if self.tt.is_invalid(t) => {}
                                _ => {
                                    self.diags
                                        .unsupported(el.pos, "type constraints (generics)");
                                    return self.invalid();
                                }
                            }
                        }
                    }
                }
                methods.sort_by(|a, b| a.0.cmp(&b.0));
                self.tt.intern(TypeKind::Interface(methods))
            }
            Expr::ChanType { .. } => {
                self.diags.unsupported(pos, "channels");
                self.invalid()
            }
            Expr::Index { .. } => {
                self.diags.unsupported(pos, "generics");
                self.invalid()
            }
            Expr::Selector { x, sel } => {
                if let Expr::Ident(p) = self.expr(*x) {
                    let pkg_obj = self.lookup(fs.as_deref(), &p.name);
                    if let Some(Obj::Package { path, .. }) =
                        pkg_obj.map(|o| self.objs[o.0 as usize].clone())
                    {
                        if let Some(o) = pkg_obj {
                            self.objs[o.0 as usize].set_used();
                        }
                        match self.pkg_member(&path, sel) {
                            Some(Some(o)) => {
                                if let Obj::TypeName(t) = self.objs[o.0 as usize] {
                                    return t;
                                }
                                let t = self.expr_text(e);
                                self.error(pos, format!("{t} is not a type"));
                                return self.invalid();
                            }
                            Some(None) => return self.invalid(),
                            None => {}
                        }
                        self.diags
                            .unsupported(pos, format!("type {}.{}", p.name, sel.name));
                        return self.invalid();
                    }
                }
                let t = self.expr_text(e);
                self.error(pos, format!("{t} is not a type"));
                self.invalid()
            }
            _ => {
                let t = self.expr_text(e);
                self.error(pos, format!("{t} is not a type"));
                self.invalid()
            }
        }
    }

    fn embedded_name(&self, e: ExprId) -> String {
        match self.expr(e) {
            Expr::Ident(i) => i.name.clone(),
            Expr::Star { x, .. } => self.embedded_name(*x),
            Expr::Selector { sel, .. } => sel.name.clone(),
            _ => "?".into(),
        }
    }

    /// The constant length of an array type.
    fn const_length(&mut self, fs: Option<&mut FnState>, e: ExprId) -> Option<u64> {
        // Constant expressions emit no IR, so a function's own state (with
        // its local constants in scope) can evaluate them.
        let op = match fs {
            Some(fs) => self.expr_op(fs, e),
            None => self.const_expr(e),
        };
        let pos = self.pos_of(e);
        match &op.mode {
            Mode::Const(v) => match v.to_int() {
                Some(i) if i.sign() != num_bigint::Sign::Minus => {
                    num_traits::ToPrimitive::to_u64(&i)
                }
                Some(_) => {
                    let t = self.expr_text(e);
                    self.error(pos, format!("invalid array length {t}"));
                    None
                }
                None => {
                    let d = self.describe(&op);
                    self.error(pos, format!("array length {d} must be integer"));
                    None
                }
            },
            Mode::Invalid => None,
            _ => {
                let t = self.expr_text(e);
                self.error(pos, format!("array length {t} must be constant"));
                None
            }
        }
    }

    /// A function type from its syntax, as spelled (see `shown`) and
    /// canonical.
    pub(crate) fn func_type(&mut self, fs: Option<&mut FnState>, ft: &ast::FuncType) -> FuncType {
        let spelled = self.signature_spelled(fs, ft);
        let spelled_t = self.tt.intern(TypeKind::Func(spelled.clone()));
        let t = self.tt.canon(spelled_t);
        let TypeKind::Func(sig) = self.tt.kind(t).clone() else {
            unreachable!("the canonical type of a func type is a func type")
        };
        FuncType {
            spelled,
            spelled_t,
            sig,
            t,
        }
    }

    /// A function signature from its syntax, as spelled (`func(b []byte)
    /// rune`; see `shown`).
    pub(crate) fn signature_spelled(
        &mut self,
        mut fs: Option<&mut FnState>,
        ft: &ast::FuncType,
    ) -> Signature {
        let mut params = Vec::new();
        let mut param_names = Vec::new();
        let mut result_names = Vec::new();
        let mut variadic = false;
        for (i, f) in ft.params.iter().enumerate() {
            let t = if let Expr::Ellipsis {
                elem: Some(el),
                pos,
            } = self.expr(f.ty)
            {
                let (el, pos) = (*el, *pos);
                if i + 1 != ft.params.len() || f.names.len() > 1 {
                    self.error(pos, "can only use ... with final parameter in list");
                }
                variadic = true;
                let et = self.type_expr_spelled(fs.as_deref_mut(), el);
                self.tt.intern(TypeKind::Slice(et))
            } else {
                self.type_expr_spelled(fs.as_deref_mut(), f.ty)
            };
            for _ in 0..f.names.len().max(1) {
                params.push(t);
            }
            param_names.extend(f.names.iter().map(|n| n.name.clone()));
        }
        let mut results = Vec::new();
        for f in &ft.results {
            let t = self.type_expr_spelled(fs.as_deref_mut(), f.ty);
            for _ in 0..f.names.len().max(1) {
                results.push(t);
            }
            result_names.extend(f.names.iter().map(|n| n.name.clone()));
        }
        Signature {
            params,
            results,
            variadic,
            param_names,
            result_names,
        }
    }

    /// The IR type for a Go type.
    pub(crate) fn ir_type(&mut self, t: TypeId) -> ir::Type {
        debug_assert_eq!(self.tt.canon(t), t, "spelled type {}", self.tt.display(t));
        if let Some(&it) = self.ir_types.get(&t) {
            return it;
        }
        // Types that differ only in struct tags convert to each other
        // without a copy: they share one IR type.
        let u = self.untagged_under(t);
        // Aggregates may be recursive (`type Node struct{ next *Node }`):
        // reserve the IR type of the underlying type before computing its
        // shape. A named aggregate shares its underlying type's IR type, so
        // `type Coord Point` converts without a copy between wasm types.
        // Named func types may be recursive too (`type F func() F`).
        let recursive_kind = self.is_aggregate(t) || matches!(self.tt.kind(u), TypeKind::Func(_));
        if recursive_kind {
            if let Some(&it) = self.ir_types.get(&u) {
                self.ir_types.insert(t, it);
                return it;
            }
            let it = self.module.types.reserve();
            self.ir_types.insert(u, it);
            self.ir_types.insert(t, it);
            if self.tt.named_index(t).is_some() {
                let name = self.go_type_name(t);
                self.module.types.set_name(it, name);
            }
            let data = self.ir_type_data(u);
            self.module.types.define(it, data);
            return it;
        }
        // Slices and pointers are interned by shape, unless they refer to
        // themselves (`type T []T`, `type P *P`): a reference met while
        // the shape is being computed reserves the type, defined after.
        // Once `u` has its IR type, every type with that underlying type
        // shares it (`*P` and `P` are one self-referring pointer).
        if let Some(&it) = self.ir_types.get(&u) {
            self.ir_types.insert(t, it);
            return it;
        }
        if !self.ir_building.insert(u) {
            let it = self.module.types.reserve();
            self.ir_types.insert(u, it);
            return it;
        }
        let data = self.ir_type_data(u);
        self.ir_building.remove(&u);
        let it = match self.ir_types.get(&u) {
            Some(&reserved) => {
                self.module.types.define(reserved, data);
                reserved
            }
            None => self.module.types.intern(data),
        };
        if self.tt.named_index(t).is_some() {
            let name = self.go_type_name(t);
            self.module.types.set_name(it, name);
        }
        self.ir_types.insert(t, it);
        it
    }

    fn ir_type_data(&mut self, u: TypeId) -> ir::TypeData {
        match self.tt.kind(u).clone() {
            TypeKind::Basic(b) => match b {
                Basic::Bool | Basic::UntypedBool => ir::TypeData::Bool,
                Basic::Float32 => ir::TypeData::Float { bits: 32 },
                Basic::Float64 | Basic::UntypedFloat => ir::TypeData::Float { bits: 64 },
                Basic::String | Basic::UntypedString => ir::TypeData::String,
                Basic::UntypedInt => ir::TypeData::Int {
                    bits: 64,
                    signed: true,
                },
                Basic::UntypedRune => ir::TypeData::Int {
                    bits: 32,
                    signed: true,
                },
                b if b.is_integer() => ir::TypeData::Int {
                    bits: b.int_bits(),
                    signed: !b.is_unsigned(),
                },
                // Complex, nil, invalid: never reach code generation.
                _ => ir::TypeData::Int {
                    bits: 64,
                    signed: true,
                },
            },
            TypeKind::Pointer(e) => ir::TypeData::Pointer(self.ir_type(e)),
            TypeKind::Slice(e) => ir::TypeData::Slice(self.ir_type(e)),
            TypeKind::Array(e, n) => ir::TypeData::Array {
                elem: self.ir_type(e),
                len: n,
            },
            TypeKind::Struct(fields) => ir::TypeData::Struct {
                fields: fields
                    .iter()
                    .map(|f| ir::FieldData {
                        name: f.name.clone(),
                        ty: self.ir_type(f.ty),
                    })
                    .collect(),
            },
            // Later issues: maps, funcs, interfaces, channels.
            TypeKind::Func(sig) => ir::TypeData::Func {
                params: sig.params.iter().map(|t| self.ir_param_type(*t)).collect(),
                results: sig.results.iter().map(|t| self.ir_param_type(*t)).collect(),
            },
            // Every interface has one representation; the IR keeps only the
            // method names (signatures could refer back to the interface).
            TypeKind::Interface(ms) => {
                let b = self.module.types.bool();
                ir::TypeData::Interface {
                    methods: ms.iter().map(|(n, _)| (n.clone(), b)).collect(),
                }
            }
            TypeKind::Map(..) => {
                let obj = self.map_obj(u);
                ir::TypeData::Pointer(obj)
            }
            // Later issues: channels.
            _ => ir::TypeData::Pointer(self.module.types.int64()),
        }
    }

    /// `t`'s underlying type without struct tags, as conversions compare.
    pub(crate) fn untagged_under(&mut self, t: TypeId) -> TypeId {
        let u = self.tt.under(t);
        self.tt.untagged(u)
    }

    /// `true` for struct and array types (which live in memory).
    pub(crate) fn is_aggregate(&self, t: TypeId) -> bool {
        matches!(self.tt.ukind(t), TypeKind::Struct(_) | TypeKind::Array(..))
    }

    /// The IR pointer type `*t`.
    pub(crate) fn ir_ptr(&mut self, t: TypeId) -> ir::Type {
        let it = self.ir_type(t);
        self.module.types.pointer(it)
    }
}

/// A function type in both forms (see [`Checker::func_type`]).
pub(crate) struct FuncType {
    /// The signature as spelled, and its type.
    pub spelled: Signature,
    pub spelled_t: TypeId,
    /// The canonical signature, and its type.
    pub sig: Signature,
    pub t: TypeId,
}
