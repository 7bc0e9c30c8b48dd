//! Operands: what an expression denotes once checked.
//!
//! A constant carries its exact value and emits no IR until a typed context
//! needs it; a value is an SSA value (or, for structs and arrays, a pointer
//! to memory holding the value); a place is addressable storage. Reading a
//! place and converting untyped constants to their final type happen here,
//! with Go's assignability rules and messages.

use super::{Checker, FnState, PkgFunc, Storage};
use crate::constant::ConstVal;
use crate::types::{Basic, TypeId, TypeKind};
use gowgc_ir as ir;

/// What an operand is.
#[derive(Clone, Debug)]
pub(crate) enum Untyped {
    /// An untyped constant.
    Const(crate::constant::ConstVal),
    /// `c << n` (`true`) or `c >> n` with a uint64 count.
    Shift(crate::constant::ConstVal, ir::Value, bool),
    /// Arithmetic on two such expressions.
    Bin(ir::BinaryOp, Box<Untyped>, Box<Untyped>),
}

/// How an operand is available.
#[derive(Clone, Debug)]
pub(crate) enum Mode {
    /// Erroneous: an error was already reported.
    Invalid,
    /// A call without results.
    NoValue,
    /// A constant.
    Const(ConstVal),
    /// A non-addressable value: the SSA value (for aggregates, a pointer to
    /// memory holding the value, which the consumer must copy if it keeps it).
    Value(ir::Value),
    /// An SSA local variable.
    SsaVar(ir::builder::Variable),
    /// Addressable storage: pointer to it.
    Mem(ir::Value),
    /// Several values (a multi-result call).
    Tuple(Vec<ir::Value>),
    /// A type.
    Type,
    /// A builtin function.
    Builtin(super::Builtin),
    /// A package-level function (index into `Checker::funcs`).
    Func(u32),
    /// A known function of a standard package.
    PkgFunc(PkgFunc),
    /// An imported package name.
    Package(String),
    /// A method value `x.M` waiting to be called: the receiver operand and
    /// the method's function index.
    Method(Box<Operand>, u32),
    /// The `nil` value.
    Nil,
    /// `c << n` / `c >> n` with an untyped constant `c` and a non-constant
    /// count (a uint64 value): Go gives `c` the type the context wants, so
    /// the shift is emitted only when that type is known.
    /// More generally, arithmetic on such shifts and untyped constants
    /// (`1<<n - 1`): all of it takes the type the context wants.
    UntypedShift(Box<Untyped>),
    /// A value converted to an interface type, boxed when materialized.
    ToIface(Box<Operand>),
    /// A method of an interface value, waiting to be called: the value,
    /// the method name and its func type.
    IfaceMethod(Box<Operand>, String, TypeId),
}

/// A checked expression.
#[derive(Clone, Debug)]
pub(crate) struct Operand {
    pub mode: Mode,
    pub ty: TypeId,
    /// The expression, for messages.
    pub expr: Option<crate::ast::ExprId>,
}

impl Operand {
    pub fn invalid(ty: TypeId) -> Self {
        Operand {
            mode: Mode::Invalid,
            ty,
            expr: None,
        }
    }
    pub fn is_invalid(&self) -> bool {
        matches!(self.mode, Mode::Invalid)
    }
    pub fn is_const(&self) -> bool {
        matches!(self.mode, Mode::Const(_))
    }
}

impl Checker<'_> {
    /// How Go describes an operand in messages: `x (variable of type int)`,
    /// `42 (untyped int constant)`, `f() (value of type int)`.
    pub(crate) fn describe(&self, op: &Operand) -> String {
        let text = op.expr.map(|e| self.expr_text(e)).unwrap_or_default();
        let shown = self.shown(op);
        let ty = self.tt.display(shown);
        let op = &Operand {
            ty: shown,
            ..op.clone()
        };
        match &op.mode {
            Mode::Const(v) => {
                let vs = v.display();
                if self.tt.is_untyped(op.ty) {
                    if vs == text {
                        format!("{text} ({ty} constant)")
                    } else {
                        format!("{text} ({ty} constant {vs})")
                    }
                } else if vs == text {
                    format!("{text} (constant of {})", self.tt.describe(op.ty))
                } else {
                    format!("{text} (constant {vs} of {})", self.tt.describe(op.ty))
                }
            }
            Mode::Nil => "nil".to_string(),
            Mode::SsaVar(_) => format!("{text} (variable of {})", self.tt.describe(op.ty)),
            Mode::Mem(_) if self.is_var_expr(op) => {
                format!("{text} (variable of {})", self.tt.describe(op.ty))
            }
            Mode::Value(_) if self.is_map_index(op.expr) => {
                format!(
                    "{text} (map index expression of {})",
                    self.tt.describe(op.ty)
                )
            }
            Mode::NoValue => format!("{text} (no value)"),
            Mode::Tuple(_) => format!("{text} (value of type {})", ty),
            _ => {
                if self.tt.is_untyped(op.ty) {
                    format!("{text} ({ty} value)")
                } else {
                    format!("{text} (value of {})", self.tt.describe(op.ty))
                }
            }
        }
    }

    /// `m[k]` with `m` a map (types2's "map index expression").
    pub(crate) fn is_map_index(&self, e: Option<crate::ast::ExprId>) -> bool {
        let Some(crate::ast::Expr::Index { x, .. }) = e.map(|e| self.expr(self.unparen(e))) else {
            return false;
        };
        self.expr_types
            .get(x)
            .is_some_and(|t| matches!(self.tt.ukind(*t), TypeKind::Map(..)))
    }

    fn is_var_expr(&self, op: &Operand) -> bool {
        match op.expr.map(|e| self.expr(e)) {
            Some(crate::ast::Expr::Ident(_)) => true,
            Some(crate::ast::Expr::Selector { .. }) => true,
            Some(crate::ast::Expr::Index { .. }) => true,
            Some(crate::ast::Expr::Star { .. }) => true,
            Some(crate::ast::Expr::Paren { inner, .. }) => {
                let inner_op = Operand {
                    mode: op.mode.clone(),
                    ty: op.ty,
                    expr: Some(*inner),
                };
                self.is_var_expr(&inner_op)
            }
            _ => false,
        }
    }

    /// The default type of an untyped constant kind.
    pub(crate) fn default_type(&mut self, t: TypeId) -> TypeId {
        match self.tt.kind(t) {
            crate::types::TypeKind::Basic(b) => {
                let d = match b {
                    Basic::UntypedBool => Basic::Bool,
                    Basic::UntypedInt => Basic::Int,
                    Basic::UntypedRune => Basic::Int32,
                    Basic::UntypedFloat => Basic::Float64,
                    Basic::UntypedString => Basic::String,
                    other => *other,
                };
                self.tt.basic(d)
            }
            _ => t,
        }
    }

    /// Emits an IR constant of Go type `ty` for a representable value.
    pub(crate) fn emit_const(&mut self, fs: &mut FnState, v: &ConstVal, ty: TypeId) -> ir::Value {
        let irt = self.ir_type(ty);
        let b = self.tt.basic_of(ty).unwrap_or(Basic::Int);
        let op = match v {
            ConstVal::Str(s) => ir::Op::Sconst(s.clone()),
            _ if b.is_float() => ir::Op::Fconst(self.const_bits(v, ty)),
            _ => ir::Op::Iconst(self.const_bits(v, ty) as i64),
        };
        fs.b.ins1(op, irt)
    }

    /// The bits of a non-string constant of type `ty`: an integer's two's
    /// complement (64 bits), a float's IEEE bits (float32 rounded first,
    /// kept as a float64), a bool's 0 or 1.
    pub(crate) fn const_bits(&self, v: &ConstVal, ty: TypeId) -> u64 {
        let b = self.tt.basic_of(ty).unwrap_or(Basic::Int);
        match v {
            ConstVal::Bool(x) => *x as u64,
            ConstVal::Str(_) => 0,
            ConstVal::Int(_) | ConstVal::Float(_) if b.is_float() => {
                let r = v.to_rat().unwrap();
                let f = if b == Basic::Float32 {
                    f64::from(crate::constant::rat_to_f32(&r))
                } else {
                    crate::constant::rat_to_f64(&r)
                };
                f.to_bits()
            }
            ConstVal::Int(_) | ConstVal::Float(_) => {
                let i = v.to_int().unwrap_or_default();
                if i.sign() == num_bigint::Sign::Minus {
                    num_traits::ToPrimitive::to_i64(&i).unwrap_or(0) as u64
                } else {
                    num_traits::ToPrimitive::to_u64(&i).unwrap_or(0)
                }
            }
        }
    }

    /// Materializes an operand's value as IR (constants must already have a
    /// typed type; untyped constants get their default type).
    pub(crate) fn value(&mut self, fs: &mut FnState, op: &Operand) -> Option<ir::Value> {
        match &op.mode {
            Mode::Const(v) => {
                let ty = if self.tt.is_untyped(op.ty) {
                    self.default_type(op.ty)
                } else {
                    op.ty
                };
                Some(self.emit_const(fs, v, ty))
            }
            Mode::Value(v) => Some(*v),
            Mode::SsaVar(var) => Some(fs.b.use_var(*var)),
            Mode::Mem(p) => {
                let irt = self.ir_type(op.ty);
                if self.module.types.is_aggregate(irt) {
                    Some(*p)
                } else {
                    Some(fs.b.ins1(ir::Op::Load(*p), irt))
                }
            }
            Mode::Nil => {
                let irt = self.ir_type(op.ty);
                Some(fs.b.ins1(ir::Op::Nil, irt))
            }
            Mode::ToIface(inner) => {
                let inner = (**inner).clone();
                self.box_value(fs, &inner, op.ty)
            }
            Mode::UntypedShift(u) => {
                let ty = if self.tt.is_untyped(op.ty) {
                    self.default_type(op.ty)
                } else {
                    op.ty
                };
                let is_int = self.tt.is(ty, |b| b.is_integer());
                if !is_int {
                    self.shifted_operand_error(op, ty);
                }
                let ty = if is_int {
                    ty
                } else {
                    self.tt.basic(Basic::Int)
                };
                let u = (**u).clone();
                Some(self.emit_untyped(fs, &u, ty))
            }
            _ => None,
        }
    }

    /// An untyped shift expression as a value of integer type `ty`.
    fn emit_untyped(&mut self, fs: &mut FnState, u: &Untyped, ty: TypeId) -> ir::Value {
        let it = self.ir_type(ty);
        match u {
            Untyped::Const(c) => self.emit_const(
                fs,
                &crate::constant::ConstVal::Int(c.to_int().unwrap_or_default()),
                ty,
            ),
            Untyped::Shift(c, count, left) => {
                let x = self.emit_const(
                    fs,
                    &crate::constant::ConstVal::Int(c.to_int().unwrap_or_default()),
                    ty,
                );
                let bop = if *left {
                    ir::BinaryOp::Shl
                } else {
                    ir::BinaryOp::Shr
                };
                fs.b.ins1(ir::Op::Binary(bop, x, *count), it)
            }
            Untyped::Bin(op, a, b) => {
                let x = self.emit_untyped(fs, a, ty);
                let y = self.emit_untyped(fs, b, ty);
                fs.b.ins1(ir::Op::Binary(*op, x, y), it)
            }
        }
    }

    /// Go's assignability of `op` to type `t` (after untyped conversion).
    /// On success returns the operand converted to `t` (constants typed).
    /// `context` completes "cannot use x as T value in <context>". `t` may
    /// be spelled (see `shown`); the result has its canonical type.
    pub(crate) fn assign_op(
        &mut self,
        op: Operand,
        spelled: TypeId,
        context: &str,
    ) -> Option<Operand> {
        let t = self.tt.canon(spelled);
        if op.is_invalid() || self.tt.is_invalid(t) {
            return None;
        }
        let pos = op.expr.map(|e| self.pos_of(e)).unwrap_or_default();
        if let Mode::Tuple(_) = op.mode {
            let d = self.describe(&op);
            self.error(pos, format!("multiple-value {d} in single-value context"));
            return None;
        }
        if let Mode::NoValue = op.mode {
            let d = self.describe(&op);
            self.error(pos, format!("{d} is used as value"));
            return None;
        }
        let tname = self.tt.display(spelled);
        if let Mode::Nil = op.mode {
            if self.nillable(t) {
                return Some(Operand {
                    mode: Mode::Nil,
                    ty: t,
                    expr: op.expr,
                });
            }
            self.error(pos, format!("cannot use nil as {tname} value in {context}"));
            return None;
        }
        if let TypeKind::Interface(_) = self.tt.ukind(t) {
            // Untyped constants take their default type first.
            let op = if self.tt.is_untyped(op.ty) {
                let dt = self.default_type(op.ty);
                self.convert_untyped(op, dt, context)?
            } else {
                op
            };
            if let Err(why) = self.implements(op.ty, t) {
                let d = self.describe(&op);
                let (src, tn) = (self.tt.display(self.shown(&op)), tname);
                self.error(pos, format!("cannot use {d} as {tn} value in {context}: {src} does not implement {tn} {why}"));
                return None;
            }
            if self.iface_methods(op.ty).is_some() {
                return Some(Operand { ty: t, ..op });
            }
            let e = op.expr;
            return Some(Operand {
                mode: Mode::ToIface(Box::new(op)),
                ty: t,
                expr: e,
            });
        }
        if self.tt.is_untyped(op.ty) {
            return self.convert_untyped(op, spelled, context);
        }
        if self.assignable(op.ty, t) {
            return Some(Operand { ty: t, ..op });
        }
        let d = self.describe(&op);
        // An interface value where a type that implements it is wanted.
        let why = if self.iface_methods(op.ty).is_some() && self.implements(t, op.ty).is_ok() {
            ": need type assertion"
        } else {
            ""
        };
        self.error(
            pos,
            format!("cannot use {d} as {tname} value in {context}{why}"),
        );
        None
    }

    /// Types that accept `nil`.
    pub(crate) fn nillable(&self, t: TypeId) -> bool {
        matches!(
            self.tt.ukind(t),
            TypeKind::Pointer(_)
                | TypeKind::Slice(_)
                | TypeKind::Map(..)
                | TypeKind::Func(_)
                | TypeKind::Interface(_)
                | TypeKind::Chan(_)
        )
    }

    /// Assignability between typed types (spec "Assignability").
    pub(crate) fn assignable(&self, v: TypeId, t: TypeId) -> bool {
        if v == t {
            return true;
        }
        let (vu, tu) = (self.tt.under(v), self.tt.under(t));
        let v_named = self.tt.named_index(v).is_some();
        let t_named = self.tt.named_index(t).is_some();
        if vu == tu && (!v_named || !t_named) && !matches!(self.tt.kind(vu), TypeKind::Basic(_)) {
            return true;
        }
        false
    }

    /// Converts an untyped operand to `t` (representability checked); `t`
    /// may be spelled.
    pub(crate) fn convert_untyped(
        &mut self,
        op: Operand,
        spelled: TypeId,
        context: &str,
    ) -> Option<Operand> {
        let pos = op.expr.map(|e| self.pos_of(e)).unwrap_or_default();
        let tname = self.tt.display(spelled);
        let t = self.tt.canon(spelled);
        let target = self.tt.basic_of(t);
        let from = self.tt.basic_of(op.ty).unwrap_or(Basic::Invalid);
        let ok_kind = match target {
            Some(tb) => {
                (from.is_bool() && tb.is_bool())
                    || (from.is_string() && tb.is_string())
                    || (from.is_numeric() && tb.is_numeric())
            }
            None => false,
        };
        if !ok_kind {
            // Untyped bool/numeric into interfaces is for later issues.
            let d = self.describe(&op);
            self.error(pos, format!("cannot use {d} as {tname} value in {context}"));
            return None;
        }
        let tb = target.unwrap();
        if matches!(op.mode, Mode::UntypedShift(..)) && !tb.is_integer() {
            self.shifted_operand_error(&op, t);
            return None;
        }
        match &op.mode {
            Mode::Const(v) => match v.represent(tb) {
                Some(nv) => Some(Operand {
                    mode: Mode::Const(nv),
                    ty: t,
                    expr: op.expr,
                }),
                None => {
                    let d = self.describe(&op);
                    let why = if tb.is_integer() && v.to_int().is_none() {
                        " (truncated)"
                    } else {
                        " (overflows)"
                    };
                    self.error(
                        pos,
                        format!("cannot use {d} as {tname} value in {context}{why}"),
                    );
                    None
                }
            },
            // Untyped non-constant values are bools (comparisons) or
            // shifted untyped operands already emitted at default type.
            _ => Some(Operand { ty: t, ..op }),
        }
    }

    /// Stores operand `op` (already assignable to the place's type) into
    /// memory at `ptr` of Go type `t`.
    pub(crate) fn store_to(&mut self, fs: &mut FnState, ptr: ir::Value, t: TypeId, op: &Operand) {
        let irt = self.ir_type(t);
        if self.module.types.is_aggregate(irt) {
            if let Some(src) = self.value(fs, op) {
                fs.b.ins(ir::Op::Copy(ptr, src), &[]);
            }
        } else if let Some(v) = self.value(fs, op) {
            fs.b.ins(ir::Op::Store(ptr, v), &[]);
        }
    }

    /// A fresh memory copy of an aggregate value (for values that must not
    /// alias their source: arguments, new variables, temporaries).
    pub(crate) fn copy_aggregate(
        &mut self,
        fs: &mut FnState,
        t: TypeId,
        src: ir::Value,
    ) -> ir::Value {
        let irt = self.ir_type(t);
        let ptr_t = self.module.types.pointer(irt);
        let p = fs.b.ins1(ir::Op::Alloc(irt), ptr_t);
        fs.b.ins(ir::Op::Copy(p, src), &[]);
        p
    }

    /// Reads a variable object as an operand.
    pub(crate) fn var_operand(&mut self, ty: TypeId, storage: Storage, fs: &mut FnState) -> Mode {
        match storage {
            Storage::Ssa(v) => Mode::SsaVar(v),
            Storage::Mem(v) => Mode::Mem(fs.b.use_var(v)),
            Storage::Global(g) => {
                let _ = ty;
                let irt = self.module.globals[g].ty;
                let pt = self.module.types.pointer(irt);
                Mode::Mem(fs.b.ins1(ir::Op::GlobalAddr(g), pt))
            }
            Storage::None => Mode::Invalid,
        }
    }

    /// `1 << s` whose constant would become a non-integer type.
    fn shifted_operand_error(&mut self, op: &Operand, t: TypeId) {
        let Some(e) = op.expr else { return };
        let x = match self.expr(self.unparen(e)) {
            crate::ast::Expr::Binary { x, .. } => *x,
            _ => e,
        };
        let pos = self.pos_of(x);
        let text = self.expr_text(x);
        let tn = self.tt.display(t);
        self.error(
            pos,
            format!("invalid operation: shifted operand {text} (type {tn}) must be integer"),
        );
    }
}
