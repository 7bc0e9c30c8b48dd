//! Types as the program spells them, for messages.
//!
//! types2 keeps `byte`, `rune` and `any` in its messages (`cannot use 256
//! (untyped int constant) as byte value`), though each is identical to
//! `uint8`, `int32` and `interface{}`. The checker computes with canonical
//! types only, so spellings live beside it: the type table gives each
//! spelled type (`[]byte`) an id of its own that displays as written and
//! maps to its canonical id, and this module remembers which declarations
//! and expressions were spelled that way. Nothing here changes what a
//! program means; a spelling that is missing shows the canonical name.

use super::{Checker, ObjId, Operand};
use crate::ast::{Expr, ExprId};
use crate::types::{Basic, TypeId, TypeKind};
use std::collections::HashMap;

/// The spellings recorded while checking.
#[derive(Debug, Default)]
pub(crate) struct Spellings {
    /// Expressions whose type was spelled with an alias: type expressions
    /// and names of spelled variables and functions.
    pub types: HashMap<ExprId, TypeId>,
    /// Variables declared with a spelled type.
    pub objs: HashMap<ObjId, TypeId>,
    /// Functions (by index) whose signature is spelled.
    pub funcs: HashMap<u32, TypeId>,
    /// Defined types (by named index) whose underlying type is spelled.
    pub under: HashMap<u32, TypeId>,
}

impl Checker<'_> {
    /// The type of `op` as the program spells it (its own type when no
    /// spelling is known).
    pub(crate) fn shown(&self, op: &Operand) -> TypeId {
        match op.expr {
            Some(e) => self.shown_target(e, op.ty),
            None => op.ty,
        }
    }

    /// The signature of function `i` as spelled.
    pub(crate) fn shown_sig(&self, i: u32) -> TypeId {
        self.shown
            .funcs
            .get(&i)
            .copied()
            .unwrap_or(self.funcs[i as usize].sig)
    }

    /// Types as a comma-separated list (`int, error`).
    pub(crate) fn type_list(&self, ts: &[TypeId]) -> String {
        let names: Vec<String> = ts.iter().map(|t| self.tt.display(*t)).collect();
        names.join(", ")
    }

    /// The name of `op`'s type as spelled.
    pub(crate) fn shown_name(&self, op: &Operand) -> String {
        self.tt.display(self.shown(op))
    }

    /// The type a variable declared from `op` takes (its default type), as
    /// spelled: untyped runes default to `rune`.
    pub(crate) fn spelled_default(&mut self, op: &Operand) -> TypeId {
        let t = self.default_type(op.ty);
        let spelled = if self.tt.basic_of(op.ty) == Some(Basic::UntypedRune) {
            self.universe_type("rune").unwrap_or(t)
        } else {
            self.shown(op)
        };
        if self.tt.canon(spelled) == t {
            spelled
        } else {
            t
        }
    }

    /// The type of target expression `e` of type `t`, as spelled.
    pub(crate) fn shown_target(&self, e: ExprId, t: TypeId) -> TypeId {
        self.shown_expr(e)
            .filter(|s| self.tt.canon(*s) == t)
            .unwrap_or(t)
    }

    /// The universe's spelling `name` (`byte`, `rune`).
    fn universe_type(&self, name: &str) -> Option<TypeId> {
        match self.universe.get(name).map(|o| &self.objs[o.0 as usize]) {
            Some(super::Obj::TypeName(t)) => Some(*t),
            _ => None,
        }
    }

    /// Remembers that object `o` was declared with type `spelled`.
    pub(crate) fn record_shown_obj(&mut self, o: ObjId, spelled: TypeId) {
        if self.tt.canon(spelled) != spelled {
            self.shown.objs.insert(o, spelled);
        }
    }

    /// Remembers the spelling of `e`'s type when it names a spelled variable
    /// or function.
    pub(crate) fn record_shown_use(&mut self, e: ExprId, o: ObjId) {
        let spelled = match self.objs[o.0 as usize] {
            super::Obj::Func(i) => self.shown.funcs.get(&i),
            _ => self.shown.objs.get(&o),
        };
        if let Some(&s) = spelled {
            self.shown.types.insert(e, s);
        }
    }

    /// The spelled type of expression `e`, worked out from its parts.
    fn shown_expr(&self, e: ExprId) -> Option<TypeId> {
        if let Some(&t) = self.shown.types.get(&e) {
            return Some(t);
        }
        match self.expr(e) {
            Expr::Paren { inner, .. } => self.shown_expr(*inner),
            Expr::CompositeLit { ty: Some(t), .. } => self.shown.types.get(t).copied(),
            Expr::Slice { x, .. } => self.shown_expr(*x),
            Expr::Star { x, .. } => match self.tt.kind(self.shown_expr(*x)?) {
                TypeKind::Pointer(t) => Some(*t),
                _ => None,
            },
            Expr::Index { x, .. } => {
                let xt = self.expr_types.get(x).copied();
                if xt.is_some_and(|t| self.tt.is(t, |b| b == Basic::String)) {
                    return self.universe_type("byte");
                }
                let xs = self.shown_expr(*x)?;
                let xs = match self.tt.kind(xs) {
                    TypeKind::Pointer(a) => *a,
                    _ => xs,
                };
                match self.tt.kind(self.shown_under(xs)) {
                    TypeKind::Slice(t) | TypeKind::Array(t, _) | TypeKind::Map(_, t) => Some(*t),
                    _ => None,
                }
            }
            Expr::Selector { x, sel } => {
                let xs = self
                    .shown_expr(*x)
                    .or_else(|| self.expr_types.get(x).copied())?;
                let xs = match self.tt.ukind(xs) {
                    TypeKind::Pointer(a) => *a,
                    _ => xs,
                };
                match self.tt.kind(self.shown_under(xs)) {
                    TypeKind::Struct(fs) => fs.iter().find(|f| f.name == sel.name).map(|f| f.ty),
                    _ => None,
                }
            }
            Expr::Call { func, args, .. } => {
                let f = self.shown_expr(*func)?;
                match self.tt.kind(f) {
                    TypeKind::Func(sig) if sig.results.len() == 1 => Some(sig.results[0]),
                    TypeKind::Func(_) => None,
                    // A conversion `T(x)`.
                    _ if args.len() == 1 => Some(f),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The structure of expression `e`'s type `t` as spelled (a literal's
    /// fields and elements), if spelled.
    pub(crate) fn shown_kind(&self, e: ExprId, t: TypeId) -> Option<TypeKind> {
        let s = self.shown_target(e, t);
        let su = self.shown_under(s);
        (self.tt.canon(su) == self.tt.under(t)).then(|| self.tt.kind(su).clone())
    }

    /// The type of a variable declared by `range x` (its key, or its value
    /// when `value`), as spelled: a string's runes are `rune`.
    pub(crate) fn shown_range_var(&self, x: ExprId, xt: TypeId, value: bool, t: TypeId) -> TypeId {
        let spelled = if value && self.tt.is(xt, |b| b.is_string()) {
            self.universe_type("rune")
        } else {
            match self.shown_kind(x, xt) {
                Some(TypeKind::Slice(e) | TypeKind::Array(e, _)) if value => Some(e),
                Some(TypeKind::Map(_, v)) if value => Some(v),
                Some(TypeKind::Map(k, _)) => Some(k),
                _ => None,
            }
        };
        spelled.filter(|s| self.tt.canon(*s) == t).unwrap_or(t)
    }

    /// The spelled underlying type of `t`: a defined type's recorded one.
    fn shown_under(&self, t: TypeId) -> TypeId {
        match self.tt.named_index(t) {
            Some(i) => self
                .shown
                .under
                .get(&i)
                .copied()
                .unwrap_or_else(|| self.tt.under(t)),
            None => t,
        }
    }
}
