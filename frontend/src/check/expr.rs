//! Expressions: names, literals, selectors, indexing, slicing, unary and
//! binary operators (with exact constant folding), composite literals.

use super::{Checker, ConstState, FnState, Mode, Obj, Operand, PkgFunc};
use crate::ast::{self, BinOp, Expr, ExprId, LitKind, UnOp};
use crate::constant::{parse_float_lit, parse_int_lit, ConstVal};
use crate::types::{Basic, TypeId, TypeKind};
use gowgc_ir as ir;
use gowgc_ir::builder::FunctionBuilder;
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

impl Checker<'_> {
    /// Checks an expression that must denote a single value.
    pub(crate) fn rvalue(&mut self, fs: &mut FnState, e: ExprId) -> Operand {
        let op = self.expr_op(fs, e);
        self.single_value(fs, op)
    }

    pub(crate) fn single_value(&mut self, fs: &mut FnState, op: Operand) -> Operand {
        let pos = op.expr.map(|e| self.pos_of(e)).unwrap_or_default();
        let inv = self.invalid();
        match &op.mode {
            Mode::Type => {
                let t = op.expr.map(|e| self.expr_text(e)).unwrap_or_default();
                self.error(pos, format!("{t} (type) is not an expression"));
                Operand::invalid(inv)
            }
            Mode::NoValue => {
                let d = self.describe(&op);
                self.error(pos, format!("{d} is used as value"));
                Operand::invalid(inv)
            }
            Mode::Tuple(_) => {
                let d = self.describe(&op);
                self.error(pos, format!("multiple-value {d} in single-value context"));
                Operand::invalid(inv)
            }
            Mode::Builtin(_) | Mode::PkgFunc(_) | Mode::Package(_) => {
                let t = op.expr.map(|e| self.expr_text(e)).unwrap_or_default();
                let msg = match &op.mode {
                    Mode::Package(_) => format!("use of package {t} without selector"),
                    _ => format!("{t} (built-in function) must be called"),
                };
                self.error(pos, msg);
                Operand::invalid(inv)
            }
            Mode::Func(i) => {
                let i = *i;
                self.func_value(fs, i, op.expr)
            }
            Mode::IfaceMethod(x, name, sig) => {
                let (x, name, sig) = ((**x).clone(), name.clone(), *sig);
                self.iface_method_value(fs, x, &name, sig, op.expr)
            }
            Mode::Method(recv, i) => {
                let (recv, i) = ((**recv).clone(), *i);
                self.method_value(fs, recv, i, op)
            }
            _ => op,
        }
    }

    /// Checks (and lowers) any expression.
    pub(crate) fn expr_op(&mut self, fs: &mut FnState, e: ExprId) -> Operand {
        if let Some(op) = self.presets.get(&e) {
            return op.clone();
        }
        let mut op = self.expr_inner(fs, e);
        if op.expr.is_none() {
            op.expr = Some(e);
        }
        self.expr_types.insert(e, op.ty);
        op
    }

    fn mk(&self, mode: Mode, ty: TypeId, e: ExprId) -> Operand {
        Operand {
            mode,
            ty,
            expr: Some(e),
        }
    }

    fn expr_inner(&mut self, fs: &mut FnState, e: ExprId) -> Operand {
        let inv = self.invalid();
        let pos = self.pos_of(e);
        match self.expr(e) {
            Expr::Bad(_) => Operand::invalid(inv),
            Expr::Ident(id) => {
                if id.name == "_" {
                    self.error(id.pos, "cannot use _ as value");
                    return Operand::invalid(inv);
                }
                let Some(o) = self.lookup(Some(fs), &id.name) else {
                    self.error(id.pos, format!("undefined: {}", id.name));
                    return Operand::invalid(inv);
                };
                self.ident_operand(fs, o, e)
            }
            Expr::BasicLit { kind, raw, .. } => self.basic_lit(*kind, raw, e),
            Expr::Paren { inner, .. } => {
                let mut op = self.expr_op(fs, *inner);
                op.expr = Some(e);
                op
            }
            Expr::Selector { x, sel } => self.selector(fs, e, *x, sel),
            Expr::Index { x, indices, .. } => {
                if indices.len() != 1 {
                    self.diags.unsupported(pos, "generics");
                    return Operand::invalid(inv);
                }
                self.index_expr(fs, e, *x, indices[0])
            }
            Expr::Slice { x, lo, hi, max, .. } => self.slice_expr(fs, e, *x, *lo, *hi, *max),
            Expr::Star { x, .. } => {
                let x = *x;
                let op = self.expr_op(fs, x);
                if let Mode::Type = op.mode {
                    let t = self.tt.intern(TypeKind::Pointer(op.ty));
                    return self.mk(Mode::Type, t, e);
                }
                let op = self.single_value(fs, op);
                if op.is_invalid() {
                    return op;
                }
                match self.tt.ukind(op.ty).clone() {
                    TypeKind::Pointer(elem) => {
                        let v = self.value(fs, &op).unwrap();
                        self.mk(Mode::Mem(v), elem, e)
                    }
                    _ => {
                        if let Mode::Nil = op.mode {
                            self.error(self.pos_of(x), "invalid operation: cannot indirect nil");
                        } else {
                            let d = self.describe(&op);
                            self.error(
                                self.pos_of(x),
                                format!("invalid operation: cannot indirect {d}"),
                            );
                        }
                        Operand::invalid(inv)
                    }
                }
            }
            Expr::Unary { op, x, .. } => self.unary(fs, e, *op, *x),
            Expr::Binary { op, x, y, pos } => self.binary(fs, e, *op, *x, *y, *pos),
            Expr::Call { .. } => self.call(fs, e),
            Expr::CompositeLit { .. } => self.composite_lit(fs, e, None),
            Expr::FuncLit { sig, body } => {
                let (sig, body) = (sig.clone(), body.clone());
                self.func_lit(fs, e, &sig, &body)
            }
            Expr::TypeAssert { .. } => self.type_assert(fs, e, false),
            Expr::ArrayType { .. }
            | Expr::StructType { .. }
            | Expr::FuncType(_)
            | Expr::InterfaceType { .. }
            | Expr::MapType { .. }
            | Expr::ChanType { .. } => {
                let t = self.type_expr(Some(fs), e);
                self.mk(Mode::Type, t, e)
            }
            Expr::Ellipsis { .. } | Expr::Tilde { .. } => {
                self.error(pos, "invalid use of ...");
                Operand::invalid(inv)
            }
        }
    }

    fn ident_operand(&mut self, fs: &mut FnState, o: super::ObjId, e: ExprId) -> Operand {
        let inv = self.invalid();
        match self.objs[o.0 as usize].clone() {
            Obj::Const(ConstState::Done(t, v)) => self.mk(Mode::Const(v), t, e),
            Obj::Const(ConstState::InProgress) => {
                let pos = self.pos_of(e);
                let t = self.expr_text(e);
                self.error(
                    pos,
                    format!("initialization cycle or invalid recursive reference to {t}"),
                );
                Operand::invalid(inv)
            }
            Obj::Const(ConstState::Pending { .. }) => match self.const_value(o) {
                Some((t, v)) if !self.tt.is_invalid(t) => self.mk(Mode::Const(v), t, e),
                _ => Operand::invalid(inv),
            },
            Obj::TypeName(t) => {
                let c = self.tt.canon(t);
                if c != t {
                    self.shown.types.insert(e, t);
                }
                self.mk(Mode::Type, c, e)
            }
            Obj::Var { ty, storage, .. } => {
                self.objs[o.0 as usize].set_used();
                if self.tt.is_invalid(ty) {
                    return Operand::invalid(inv);
                }
                let m = self.var_operand(ty, storage, fs);
                self.record_shown_use(e, o);
                self.mk(m, ty, e)
            }
            Obj::Func(i) => {
                let t = self.funcs[i as usize].sig;
                self.record_shown_use(e, o);
                self.mk(Mode::Func(i), t, e)
            }
            Obj::Builtin(b) => self.mk(Mode::Builtin(b), inv, e),
            Obj::Package { path, .. } => {
                self.objs[o.0 as usize].set_used();
                self.mk(Mode::Package(path), inv, e)
            }
            Obj::Nil => {
                let t = self.basic(Basic::UntypedNil);
                self.mk(Mode::Nil, t, e)
            }
        }
    }

    fn basic_lit(&mut self, kind: LitKind, raw: &str, e: ExprId) -> Operand {
        let pos = self.pos_of(e);
        let inv = self.invalid();
        let (v, b) = match kind {
            LitKind::Int => match parse_int_lit(raw) {
                Some(i) => (ConstVal::Int(i), Basic::UntypedInt),
                None => {
                    self.error(pos, format!("invalid integer literal {raw}"));
                    return Operand::invalid(inv);
                }
            },
            LitKind::Float => match parse_float_lit(raw) {
                Some(r) => (ConstVal::Float(r), Basic::UntypedFloat),
                None => {
                    self.error(pos, format!("invalid floating-point literal {raw}"));
                    return Operand::invalid(inv);
                }
            },
            LitKind::Imag => {
                self.diags.unsupported(pos, "complex numbers");
                return Operand::invalid(inv);
            }
            LitKind::Char => match crate::lexer::unquote_char(raw) {
                Ok(c) => (ConstVal::int(c as i64), Basic::UntypedRune),
                Err(m) => {
                    self.error(pos, m);
                    return Operand::invalid(inv);
                }
            },
            LitKind::String => match crate::lexer::unquote_string(raw) {
                Ok(s) => (ConstVal::Str(s), Basic::UntypedString),
                Err(m) => {
                    self.error(pos, m);
                    return Operand::invalid(inv);
                }
            },
        };
        let t = self.basic(b);
        self.mk(Mode::Const(v), t, e)
    }

    /// `x.sel`: package members, fields (through pointers), methods.
    fn selector(&mut self, fs: &mut FnState, e: ExprId, x: ExprId, sel: &ast::Ident) -> Operand {
        let inv = self.invalid();
        let xop = self.expr_op(fs, x);
        match &xop.mode {
            Mode::Invalid => return Operand::invalid(inv),
            Mode::Package(path) => {
                // The compiler's own fmt.Println/Print and os.Exit, when the
                // program does not load the Go package (see the frontend's
                // `only_fast_paths`).
                let loaded = self.pkgs.iter().any(|p| p.path == *path);
                let f = match (path.as_str(), sel.name.as_str()) {
                    _ if loaded => None,
                    ("fmt", "Println") => Some(PkgFunc::FmtPrintln),
                    ("fmt", "Print") => Some(PkgFunc::FmtPrint),
                    ("os", "Exit") => Some(PkgFunc::OsExit),
                    _ => None,
                };
                if f.is_none() {
                    if let Some(r) = self.pkg_member(path, sel) {
                        return match r {
                            Some(o) => self.ident_operand(fs, o, e),
                            None => Operand::invalid(inv),
                        };
                    }
                }
                return match f {
                    Some(f) => self.mk(Mode::PkgFunc(f), inv, e),
                    None => {
                        self.diags
                            .unsupported(sel.pos, format!("{path}.{}", sel.name));
                        Operand::invalid(inv)
                    }
                };
            }
            Mode::Type => return self.method_expr(fs, e, xop.ty, sel),
            _ => {}
        }
        let xop = self.single_value(fs, xop);
        if xop.is_invalid() {
            return xop;
        }
        if let Some(ms) = self.iface_methods(xop.ty) {
            if let Some((_, sig)) = ms.iter().find(|(n, _)| *n == sel.name) {
                let sig = *sig;
                return self.mk(
                    Mode::IfaceMethod(Box::new(xop), sel.name.clone(), sig),
                    sig,
                    e,
                );
            }
        }
        match self.find_member(xop.ty, &sel.name) {
            Some(Ok(Member::Field(path))) => return self.apply_path(fs, xop, &path, Some(e)),
            Some(Ok(Member::IfaceMethod(path, sig))) => {
                let recv = self.apply_path(fs, xop, &path, Some(e));
                return self.mk(
                    Mode::IfaceMethod(Box::new(recv), sel.name.clone(), sig),
                    sig,
                    e,
                );
            }
            Some(Ok(Member::Method(path, func))) => {
                let recv = self.apply_path(fs, xop, &path, Some(e));
                let t = self.funcs[func as usize].sig;
                return self.mk(Mode::Method(Box::new(recv), func), t, e);
            }
            Some(Err(())) => {
                let xt = self.expr_text(x);
                self.error(sel.pos, format!("ambiguous selector {xt}.{}", sel.name));
                return Operand::invalid(inv);
            }
            None => {}
        }
        let pos = sel.pos;
        let xt = self.expr_text(x);
        let tn = self.tt.display(xop.ty);
        self.error(
            pos,
            format!(
                "{xt}.{} undefined (type {tn} has no field or method {})",
                sel.name, sel.name
            ),
        );
        Operand::invalid(inv)
    }

    /// The map value and the key (converted to the key type) of `m[k]`.
    pub(crate) fn map_operands(
        &mut self,
        fs: &mut FnState,
        mop: &Operand,
        kt: TypeId,
        k: ExprId,
    ) -> Option<(ir::Value, ir::Value)> {
        self.map_operands_in(fs, mop, kt, k, "map index")
    }

    /// [`Checker::map_operands`], naming `ctx` in a type error.
    pub(crate) fn map_operands_in(
        &mut self,
        fs: &mut FnState,
        mop: &Operand,
        kt: TypeId,
        k: ExprId,
        ctx: &str,
    ) -> Option<(ir::Value, ir::Value)> {
        let kop = self.rvalue(fs, k);
        let shown_kt = match mop.expr.and_then(|m| self.shown_kind(m, mop.ty)) {
            Some(TypeKind::Map(sk, _)) => sk,
            _ => kt,
        };
        let kop = self.assign_op(kop, shown_kt, ctx)?;
        if !self.hashable(kt) {
            let pos = self.pos_of(k);
            let tn = self.tt.display(kt);
            self.diags
                .unsupported(pos, format!("map keys of type {tn}"));
            return None;
        }
        let m = self.value(fs, mop)?;
        let kv = self.value(fs, &kop)?;
        Some((m, kv))
    }

    /// Converts an index operand to int64, checking constant indices.
    pub(crate) fn index_value(
        &mut self,
        fs: &mut FnState,
        i: ExprId,
        len: Option<u64>,
    ) -> Option<ir::Value> {
        let op = self.rvalue(fs, i);
        if op.is_invalid() {
            return None;
        }
        let pos = self.pos_of(i);
        if !self.tt.is(op.ty, |b| b.is_integer()) {
            let is_const_int = matches!(&op.mode, Mode::Const(v) if v.to_int().is_some());
            if !is_const_int {
                let d = self.describe(&op);
                let untyped_num = self.tt.is_untyped(op.ty)
                    && matches!(&op.mode, Mode::Const(ConstVal::Float(_)));
                if untyped_num {
                    self.error(pos, format!("{d} truncated to int"));
                } else {
                    self.error(pos, format!("invalid argument: index {d} must be integer"));
                }
                return None;
            }
        }
        if let Mode::Const(v) = &op.mode {
            let iv = v.to_int().unwrap_or_default();
            if iv.sign() == num_bigint::Sign::Minus {
                let int = self.basic(Basic::Int);
                let opd = Operand {
                    ty: if self.tt.is_untyped(op.ty) {
                        int
                    } else {
                        op.ty
                    },
                    ..op.clone()
                };
                let d = self
                    .describe(&opd)
                    .replace("(untyped int constant)", "(constant of type int)");
                self.error(
                    pos,
                    format!("invalid argument: index {d} must not be negative"),
                );
                return None;
            }
            if let Some(n) = len {
                if iv >= BigInt::from(n) {
                    self.error(
                        pos,
                        format!(
                            "invalid argument: index {} out of bounds [0:{n}]",
                            v.display()
                        ),
                    );
                    return None;
                }
            }
            let int = self.basic(Basic::Int);
            return Some(self.emit_const(fs, v, int));
        }
        let v = self.value(fs, &op)?;
        Some(self.widen_to_int64(fs, v, op.ty))
    }

    /// Widens/narrows an integer value of Go type `t` to int64.
    pub(crate) fn widen_to_int64(
        &mut self,
        fs: &mut FnState,
        v: ir::Value,
        t: TypeId,
    ) -> ir::Value {
        let int = self.basic(Basic::Int);
        if self.ir_type(t) == self.ir_type(int) {
            return v;
        }
        let it = self.ir_type(int);
        fs.b.ins1(ir::Op::Convert(ir::ConvertKind::IntToInt, v), it)
    }

    fn index_expr(&mut self, fs: &mut FnState, e: ExprId, x: ExprId, i: ExprId) -> Operand {
        let inv = self.invalid();
        // `v, ok := m[k]` asks this index for the pair; the map and key
        // expressions inside it (`m[m[k]]`) are single values.
        let comma_ok = std::mem::take(&mut self.comma_ok);
        let xop = self.expr_op(fs, x);
        if let Mode::Type = xop.mode {
            self.diags
                .unsupported(self.pos_of(e), "generic instantiation");
            return Operand::invalid(inv);
        }
        let xop = self.single_value(fs, xop);
        if xop.is_invalid() {
            let _ = self.expr_op(fs, i);
            return xop;
        }
        self.comma_ok = comma_ok;
        self.index_with(fs, e, x, xop, i)
    }

    /// `x[i]` with `x` already evaluated.
    pub(crate) fn index_with(
        &mut self,
        fs: &mut FnState,
        e: ExprId,
        x: ExprId,
        xop: Operand,
        i: ExprId,
    ) -> Operand {
        let inv = self.invalid();
        // Taken before the key is evaluated (see `index_expr`).
        let comma_ok = std::mem::take(&mut self.comma_ok);
        match self.tt.ukind(xop.ty).clone() {
            TypeKind::Basic(b) if b.is_string() => {
                let len = match &xop.mode {
                    Mode::Const(ConstVal::Str(s)) => Some(s.len() as u64),
                    _ => None,
                };
                let Some(iv) = self.index_value(fs, i, len) else {
                    return Operand::invalid(inv);
                };
                let s = self.value(fs, &xop).unwrap();
                let byte = self.basic(Basic::Uint8);
                let bt = self.ir_type(byte);
                let v = fs.b.ins1(ir::Op::StrIndex(s, iv), bt);
                self.mk(Mode::Value(v), byte, e)
            }
            TypeKind::Slice(elem) => {
                let Some(iv) = self.index_value(fs, i, None) else {
                    return Operand::invalid(inv);
                };
                let s = self.value(fs, &xop).unwrap();
                let pt = self.ir_ptr(elem);
                let p = fs.b.ins1(ir::Op::SliceIndexAddr(s, iv), pt);
                self.mk(Mode::Mem(p), elem, e)
            }
            TypeKind::Array(elem, n) => {
                let Some(iv) = self.index_value(fs, i, Some(n)) else {
                    return Operand::invalid(inv);
                };
                let base = match xop.mode {
                    Mode::Mem(p) | Mode::Value(p) => p,
                    _ => self.value(fs, &xop).unwrap(),
                };
                let pt = self.ir_ptr(elem);
                let p = fs.b.ins1(ir::Op::IndexAddr(base, iv), pt);
                if matches!(xop.mode, Mode::Mem(_)) {
                    self.mk(Mode::Mem(p), elem, e)
                } else if self.is_aggregate(elem) {
                    self.mk(Mode::Value(p), elem, e)
                } else {
                    let it = self.ir_type(elem);
                    let v = fs.b.ins1(ir::Op::Load(p), it);
                    self.mk(Mode::Value(v), elem, e)
                }
            }
            TypeKind::Pointer(arr) if matches!(self.tt.ukind(arr), TypeKind::Array(..)) => {
                let TypeKind::Array(elem, n) = self.tt.ukind(arr).clone() else {
                    unreachable!()
                };
                let Some(iv) = self.index_value(fs, i, Some(n)) else {
                    return Operand::invalid(inv);
                };
                let base = self.value(fs, &xop).unwrap();
                let pt = self.ir_ptr(elem);
                let p = fs.b.ins1(ir::Op::IndexAddr(base, iv), pt);
                self.mk(Mode::Mem(p), elem, e)
            }
            TypeKind::Map(kt, vt) => {
                let Some((m, k)) = self.map_operands(fs, &xop, kt, i) else {
                    return Operand::invalid(inv);
                };
                let (v, ok) = self.map_read(&mut fs.b, xop.ty, m, k);
                if comma_ok {
                    let bool_t = self.basic(Basic::Bool);
                    let tuple = self.tt.intern(TypeKind::Tuple(vec![vt, bool_t]));
                    return self.mk(Mode::Tuple(vec![v, ok]), tuple, e);
                }
                self.mk(Mode::Value(v), vt, e)
            }
            _ => {
                let d = self.describe(&xop);
                let pos = match self.expr(e) {
                    Expr::Index { lbrack, .. } => *lbrack,
                    _ => self.pos_of(x),
                };
                self.error(pos, format!("cannot index {d}"));
                Operand::invalid(inv)
            }
        }
    }

    fn slice_expr(
        &mut self,
        fs: &mut FnState,
        e: ExprId,
        x: ExprId,
        lo: Option<ExprId>,
        hi: Option<ExprId>,
        max: Option<ExprId>,
    ) -> Operand {
        let inv = self.invalid();
        let xop = self.rvalue(fs, x);
        if xop.is_invalid() {
            return xop;
        }
        // Constant indices must not exceed a known length (arrays and
        // constant strings): they may equal it, so the bound is len + 1.
        let bound = match (self.tt.ukind(xop.ty).clone(), &xop.mode) {
            (TypeKind::Array(_, n), _) => Some(n + 1),
            (TypeKind::Pointer(a), _) => match self.tt.ukind(a) {
                TypeKind::Array(_, n) => Some(n + 1),
                _ => None,
            },
            (_, Mode::Const(ConstVal::Str(s))) => Some(s.len() as u64 + 1),
            _ => None,
        };
        let idx =
            |c: &mut Self, fs: &mut FnState, b: Option<ExprId>| -> Result<Option<ir::Value>, ()> {
                match b {
                    None => Ok(None),
                    Some(b) => c.index_value(fs, b, bound).map(Some).ok_or(()),
                }
            };
        let (Ok(l), Ok(h), Ok(m)) = (idx(self, fs, lo), idx(self, fs, hi), idx(self, fs, max))
        else {
            return Operand::invalid(inv);
        };
        let pos = self.pos_of(x);
        match self.tt.ukind(xop.ty).clone() {
            TypeKind::Basic(b) if b.is_string() => {
                if max.is_some() {
                    let d = self.describe(&xop);
                    self.error(
                        pos,
                        "invalid operation: 3-index slice of string".to_string(),
                    );
                    let _ = d;
                    return Operand::invalid(inv);
                }
                let s = self.value(fs, &xop).unwrap();
                let st = self.basic(Basic::String);
                let rt = if self.tt.is_untyped(xop.ty) {
                    st
                } else {
                    xop.ty
                };
                let it = self.ir_type(rt);
                let v = fs.b.ins1(ir::Op::StrSlice(s, l, h), it);
                self.mk(Mode::Value(v), rt, e)
            }
            TypeKind::Slice(_) => {
                let s = self.value(fs, &xop).unwrap();
                let it = self.ir_type(xop.ty);
                let v = fs.b.ins1(ir::Op::SliceSlice(s, l, h, m), it);
                self.mk(Mode::Value(v), xop.ty, e)
            }
            TypeKind::Array(elem, _) => {
                let Mode::Mem(p) = xop.mode else {
                    let d = self.describe(&xop);
                    self.error(
                        pos,
                        format!("invalid operation: {d} (slice of unaddressable value)"),
                    );
                    return Operand::invalid(inv);
                };
                let st = self.tt.intern(TypeKind::Slice(elem));
                let it = self.ir_type(st);
                let v = fs.b.ins1(ir::Op::SliceArray(p, l, h, m), it);
                self.mk(Mode::Value(v), st, e)
            }
            TypeKind::Pointer(arr) if matches!(self.tt.ukind(arr), TypeKind::Array(..)) => {
                let TypeKind::Array(elem, _) = self.tt.ukind(arr).clone() else {
                    unreachable!()
                };
                let p = self.value(fs, &xop).unwrap();
                let st = self.tt.intern(TypeKind::Slice(elem));
                let it = self.ir_type(st);
                let v = fs.b.ins1(ir::Op::SliceArray(p, l, h, m), it);
                self.mk(Mode::Value(v), st, e)
            }
            _ => {
                let d = self.describe(&xop);
                self.error(pos, format!("cannot slice {d}"));
                Operand::invalid(inv)
            }
        }
    }

    fn unary(&mut self, fs: &mut FnState, e: ExprId, op: UnOp, x: ExprId) -> Operand {
        let inv = self.invalid();
        // types2 reports unary-operator errors at the operand.
        let pos = self.pos_of(x);
        if op == UnOp::Addr {
            // &T{...} allocates; &x takes an address.
            let inner = self.unparen(x);
            if let Expr::CompositeLit { .. } = self.expr(inner) {
                let lit = self.composite_lit(fs, inner, None);
                if lit.is_invalid() {
                    return lit;
                }
                let pt = self.tt.intern(TypeKind::Pointer(lit.ty));
                let p = match lit.mode {
                    Mode::Value(p) if self.is_aggregate(lit.ty) => p,
                    _ => {
                        let it = self.ir_type(lit.ty);
                        let ipt = self.ir_ptr(lit.ty);
                        let cell = fs.b.ins1(ir::Op::Alloc(it), ipt);
                        self.store_to(fs, cell, lit.ty, &lit);
                        cell
                    }
                };
                return self.mk(Mode::Value(p), pt, e);
            }
            let xop = self.rvalue(fs, x);
            if xop.is_invalid() {
                return xop;
            }
            return match xop.mode {
                Mode::Mem(p) => {
                    // `&*p` is `p`, after the dereference's nil check.
                    if let Expr::Star { .. } = self.expr(inner) {
                        let bt = self.bool_ir();
                        let isnil = fs.b.ins1(ir::Op::IsNil(p), bt);
                        self.nil_panic_if(fs, isnil);
                    }
                    let pt = self.tt.intern(TypeKind::Pointer(xop.ty));
                    self.mk(Mode::Value(p), pt, e)
                }
                _ => {
                    let d = self.describe(&xop);
                    self.error(
                        pos,
                        format!("invalid operation: cannot take address of {d}"),
                    );
                    Operand::invalid(inv)
                }
            };
        }
        if op == UnOp::Recv {
            self.diags.unsupported(pos, "channels");
            return Operand::invalid(inv);
        }
        let xop = self.rvalue(fs, x);
        if xop.is_invalid() {
            return xop;
        }
        let b = self.tt.basic_of(xop.ty);
        let ok = match op {
            UnOp::Plus | UnOp::Neg => b.is_some_and(|b| b.is_numeric()),
            UnOp::Not => b.is_some_and(|b| b.is_bool()),
            UnOp::BitNot => b.is_some_and(|b| b.is_integer()),
            _ => false,
        };
        if !ok {
            let d = self.describe(&xop);
            self.error(
                pos,
                format!(
                    "invalid operation: operator {} not defined on {d}",
                    op.as_str()
                ),
            );
            return Operand::invalid(inv);
        }
        let b = b.unwrap();
        if let Mode::Const(v) = &xop.mode {
            let r = match (op, v) {
                (UnOp::Plus, _) => Some(v.clone()),
                (UnOp::Neg, ConstVal::Int(i)) => Some(ConstVal::Int(-i)),
                (UnOp::Neg, ConstVal::Float(f)) => Some(ConstVal::Float(-f)),
                (UnOp::Not, ConstVal::Bool(x)) => Some(ConstVal::Bool(!x)),
                (UnOp::BitNot, ConstVal::Int(i)) => Some(ConstVal::Int(if b.is_unsigned() {
                    let bits = b.int_bits() as u32;
                    ((BigInt::from(1) << bits) - 1) ^ i
                } else {
                    -i - 1
                })),
                _ => None,
            };
            let Some(r) = r else {
                return Operand::invalid(inv);
            };
            return self.typed_const_result(e, r, xop.ty);
        }
        let v = self.value(fs, &xop).unwrap();
        let it = self.ir_type(xop.ty);
        let uop = match op {
            UnOp::Plus => return self.mk(Mode::Value(v), xop.ty, e),
            UnOp::Neg if b.is_float() => ir::UnaryOp::FNeg,
            UnOp::Neg => ir::UnaryOp::Neg,
            UnOp::Not => ir::UnaryOp::Not,
            _ => ir::UnaryOp::BitNot,
        };
        let r = fs.b.ins1(ir::Op::Unary(uop, v), it);
        self.mk(Mode::Value(r), xop.ty, e)
    }

    pub(crate) fn unparen(&self, mut e: ExprId) -> ExprId {
        while let Expr::Paren { inner, .. } = self.expr(e) {
            e = *inner;
        }
        e
    }

    /// A constant result of a typed or untyped operation, checked to be
    /// representable in its type.
    pub(crate) fn typed_const_result(&mut self, e: ExprId, v: ConstVal, t: TypeId) -> Operand {
        if self.tt.is_untyped(t) {
            return self.mk(Mode::Const(v), t, e);
        }
        let b = self.tt.basic_of(t).unwrap_or(Basic::Invalid);
        match v.represent(b) {
            Some(v) => self.mk(Mode::Const(v), t, e),
            None => {
                let pos = self.pos_of(e);
                let text = self.expr_text(e);
                let tn = self.tt.display(t);
                let vs = v.display();
                self.error(
                    pos,
                    format!("{text} (constant {vs} of type {tn}) overflows {tn}"),
                );
                let inv = self.invalid();
                Operand::invalid(inv)
            }
        }
    }

    fn binary(
        &mut self,
        fs: &mut FnState,
        e: ExprId,
        op: BinOp,
        x: ExprId,
        y: ExprId,
        opos: crate::pos::Pos,
    ) -> Operand {
        let inv = self.invalid();
        if matches!(op, BinOp::AndAnd | BinOp::OrOr) {
            return self.logical(fs, e, op, x, y);
        }
        let xo = self.rvalue(fs, x);
        let yo = self.rvalue(fs, y);
        if xo.is_invalid() || yo.is_invalid() {
            return Operand::invalid(inv);
        }
        self.binary_values(fs, e, op, xo, yo, opos)
    }

    /// A binary operation on checked operands (also used by `x op= y`).
    pub(crate) fn binary_values(
        &mut self,
        fs: &mut FnState,
        e: ExprId,
        op: BinOp,
        xo: Operand,
        yo: Operand,
        _opos: crate::pos::Pos,
    ) -> Operand {
        let inv = self.invalid();
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return self.shift(fs, e, op, xo, yo);
        }
        // Arithmetic on an untyped shift and untyped constants stays
        // untyped (`1<<n - 1`): the context gives the whole its type.
        if let Some(r) = self.untyped_arith(e, op, &xo, &yo) {
            return r;
        }
        let (x, y) = (xo.expr.unwrap_or(e), yo.expr.unwrap_or(e));
        let is_cmp = matches!(
            op,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
        );
        // Interface comparisons (non-nil): Go compares dynamic type and value.
        let is_nil = |o: &Operand| matches!(o.mode, Mode::Nil);
        if matches!(op, BinOp::Eq | BinOp::Ne)
            && !is_nil(&xo)
            && !is_nil(&yo)
            && (self.iface_methods(xo.ty).is_some() || self.iface_methods(yo.ty).is_some())
        {
            let ubool = self.basic(Basic::UntypedBool);
            let Some(r) = self.iface_compare(fs, e, xo, yo) else {
                return Operand::invalid(inv);
            };
            let r = negate_if_ne(&mut fs.b, op, r);
            return self.mk(Mode::Value(r), ubool, e);
        }
        // Bring both operands to one type.
        let (xo, yo) = match self.match_types(e, xo, yo, is_cmp) {
            Some(p) => p,
            None => return Operand::invalid(inv),
        };
        if is_cmp {
            return self.comparison(fs, e, op, xo, yo);
        }
        let t = xo.ty;
        let b = self.tt.basic_of(t);
        let defined = match b {
            Some(b) => match op {
                BinOp::Add => b.is_numeric() || b.is_string(),
                BinOp::Sub | BinOp::Mul | BinOp::Div => b.is_numeric(),
                BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => b.is_integer(),
                _ => false,
            },
            None => false,
        };
        if !defined {
            let d = self.describe(&xo);
            let pos = self.pos_of(x);
            self.error(
                pos,
                format!(
                    "invalid operation: operator {} not defined on {d}",
                    op.as_str()
                ),
            );
            return Operand::invalid(inv);
        }
        let b = b.unwrap();
        // Division by a constant zero.
        if matches!(op, BinOp::Div | BinOp::Rem) {
            if let Mode::Const(v) = &yo.mode {
                if v.to_rat().is_some_and(|r| r.is_zero()) && (b.is_integer() || xo.is_const()) {
                    let pos = self.pos_of(y);
                    self.error(pos, "invalid operation: division by zero");
                    return Operand::invalid(inv);
                }
            }
        }
        if let (Mode::Const(a), Mode::Const(c)) = (&xo.mode, &yo.mode) {
            let Some(r) = fold_binary(op, a, c, b) else {
                return Operand::invalid(inv);
            };
            return self.typed_const_result(e, r, t);
        }
        let (Some(a), Some(c)) = (self.value(fs, &xo), self.value(fs, &yo)) else {
            return Operand::invalid(inv);
        };
        let t = if self.tt.is_untyped(t) {
            self.default_type(t)
        } else {
            t
        };
        let it = self.ir_type(t);
        let r = if b.is_string() {
            fs.b.ins1(ir::Op::StrConcat(a, c), it)
        } else {
            let bop = match (op, b.is_float()) {
                (BinOp::Add, true) => ir::BinaryOp::FAdd,
                (BinOp::Sub, true) => ir::BinaryOp::FSub,
                (BinOp::Mul, true) => ir::BinaryOp::FMul,
                (BinOp::Div, true) => ir::BinaryOp::FDiv,
                (BinOp::Add, _) => ir::BinaryOp::Add,
                (BinOp::Sub, _) => ir::BinaryOp::Sub,
                (BinOp::Mul, _) => ir::BinaryOp::Mul,
                (BinOp::Div, _) => ir::BinaryOp::Div,
                (BinOp::Rem, _) => ir::BinaryOp::Rem,
                (BinOp::And, _) => ir::BinaryOp::And,
                (BinOp::Or, _) => ir::BinaryOp::Or,
                (BinOp::Xor, _) => ir::BinaryOp::Xor,
                _ => ir::BinaryOp::AndNot,
            };
            fs.b.ins1(ir::Op::Binary(bop, a, c), it)
        };
        self.mk(Mode::Value(r), t, e)
    }

    /// Converts untyped operands toward the other operand's type; reports
    /// mismatched types.
    fn match_types(
        &mut self,
        e: ExprId,
        xo: Operand,
        yo: Operand,
        is_cmp: bool,
    ) -> Option<(Operand, Operand)> {
        // An operand of invalid type was reported already (or is
        // unsupported): no follow-on mismatch.
        if self.tt.is_invalid(xo.ty) || self.tt.is_invalid(yo.ty) {
            return None;
        }
        let (xu, yu) = (self.tt.is_untyped(xo.ty), self.tt.is_untyped(yo.ty));
        let mismatch = |c: &mut Self, xo: &Operand, yo: &Operand| {
            // Comparisons report a type mismatch at the second operand
            // (only it reveals the mismatch), other operators at the first.
            let pos = match (is_cmp, yo.expr) {
                (true, Some(y)) => c.pos_of(y),
                _ => c.pos_of(e),
            };
            let text = c.expr_text(e);
            let (a, b) = (c.shown_name(xo), c.shown_name(yo));
            c.error(
                pos,
                format!("invalid operation: {text} (mismatched types {a} and {b})"),
            );
        };
        if matches!(xo.mode, Mode::Nil) || matches!(yo.mode, Mode::Nil) {
            if !is_cmp {
                let pos = self.pos_of(e);
                let text = self.expr_text(e);
                self.error(
                    pos,
                    format!("invalid operation: operator not defined on nil ({text})"),
                );
                return None;
            }
            // (A converted nil, `error(nil)`, is a typed value, not Nil.)
            if matches!(xo.mode, Mode::Nil) && matches!(yo.mode, Mode::Nil) {
                let pos = self.pos_of(yo.expr.unwrap_or(e));
                let text = self.expr_text(e);
                let op = match self.expr(e) {
                    Expr::Binary { op, .. } => op.as_str(),
                    _ => "==",
                };
                self.error(
                    pos,
                    format!("invalid operation: {text} (operator {op} not defined on untyped nil)"),
                );
                return None;
            }
            let (n, other) = if matches!(xo.mode, Mode::Nil) {
                (&xo, &yo)
            } else {
                (&yo, &xo)
            };
            if !self.nillable(other.ty) {
                mismatch(self, &xo, &yo);
                return None;
            }
            let n = Operand {
                ty: other.ty,
                ..n.clone()
            };
            return Some(if matches!(xo.mode, Mode::Nil) {
                (n, yo)
            } else {
                (xo, n)
            });
        }
        match (xu, yu) {
            (true, true) => {
                // Both untyped: the larger kind wins (int < rune < float).
                let (xb, yb) = (
                    self.tt.basic_of(xo.ty).unwrap(),
                    self.tt.basic_of(yo.ty).unwrap(),
                );
                let rank = |b: Basic| match b {
                    Basic::UntypedInt => 1,
                    Basic::UntypedRune => 2,
                    Basic::UntypedFloat => 3,
                    _ => 0,
                };
                if xb == yb {
                    return Some((xo, yo));
                }
                if rank(xb) > 0 && rank(yb) > 0 {
                    let t = if rank(xb) >= rank(yb) { xo.ty } else { yo.ty };
                    return Some((Operand { ty: t, ..xo }, Operand { ty: t, ..yo }));
                }
                mismatch(self, &xo, &yo);
                None
            }
            (true, false) => {
                let t = yo.ty;
                match self.implicit(&xo, t) {
                    Some(x2) => Some((x2, yo)),
                    None => {
                        self.implicit_error(e, &xo, &yo, t, is_cmp);
                        None
                    }
                }
            }
            (false, true) => {
                let t = xo.ty;
                match self.implicit(&yo, t) {
                    Some(y2) => Some((xo, y2)),
                    None => {
                        self.implicit_error(e, &yo, &xo, t, is_cmp);
                        None
                    }
                }
            }
            (false, false) => {
                if xo.ty == yo.ty
                    || (is_cmp && (self.assignable(xo.ty, yo.ty) || self.assignable(yo.ty, xo.ty)))
                {
                    Some((xo, yo))
                } else {
                    mismatch(self, &xo, &yo);
                    None
                }
            }
        }
    }

    fn implicit_error(&mut self, e: ExprId, u: &Operand, other: &Operand, t: TypeId, is_cmp: bool) {
        let pos = self.pos_of(e);
        let ub = self.tt.basic_of(u.ty).unwrap_or(Basic::Invalid);
        let tb = self.tt.basic_of(t);
        let kind_ok = tb.is_some_and(|tb| {
            (ub.is_numeric() && tb.is_numeric())
                || (ub.is_string() && tb.is_string())
                || (ub.is_bool() && tb.is_bool())
        });
        if kind_ok {
            if let Mode::Const(v) = &u.mode {
                let d = self.describe(u);
                let tn = self.tt.display(t);
                let why = if tb.unwrap().is_integer() && v.to_int().is_none() {
                    "truncated"
                } else {
                    "overflows"
                };
                self.error(
                    pos,
                    format!("{d} {why} {tn}")
                        .replace(" constant) overflows", " constant) overflows"),
                );
                return;
            }
        }
        let text = self.expr_text(e);
        let u_first = u.expr.map(|x| self.pos_of(x)) <= other.expr.map(|x| self.pos_of(x));
        let (a, b) = if u_first {
            (self.shown_name(u), self.shown_name(other))
        } else {
            (self.shown_name(other), self.shown_name(u))
        };
        // A comparison reports it at its second operand (see `match_types`).
        let second = if u_first { other.expr } else { u.expr };
        let pos = match (is_cmp, second) {
            (true, Some(y)) => self.pos_of(y),
            _ => pos,
        };
        self.error(
            pos,
            format!("invalid operation: {text} (mismatched types {a} and {b})"),
        );
    }

    /// Implicit conversion of an untyped operand to `t`, if allowed.
    fn implicit(&mut self, u: &Operand, t: TypeId) -> Option<Operand> {
        let ub = self.tt.basic_of(u.ty)?;
        let tb = self.tt.basic_of(t)?;
        let ok = (ub.is_numeric() && tb.is_numeric())
            || (ub.is_string() && tb.is_string())
            || (ub.is_bool() && tb.is_bool());
        if !ok {
            return None;
        }
        match &u.mode {
            Mode::Const(v) => v.represent(tb).map(|v| Operand {
                mode: Mode::Const(v),
                ty: t,
                expr: u.expr,
            }),
            _ => Some(Operand { ty: t, ..u.clone() }),
        }
    }

    fn comparison(
        &mut self,
        fs: &mut FnState,
        e: ExprId,
        op: BinOp,
        xo: Operand,
        yo: Operand,
    ) -> Operand {
        let inv = self.invalid();
        let ubool = self.basic(Basic::UntypedBool);
        let t = xo.ty;
        let ordered = !matches!(op, BinOp::Eq | BinOp::Ne);
        let pos = self.pos_of(e);
        let text = self.expr_text(e);
        let is_nil_cmp = matches!(xo.mode, Mode::Nil) || matches!(yo.mode, Mode::Nil);
        if !is_nil_cmp
            && (self.iface_methods(xo.ty).is_some() || self.iface_methods(yo.ty).is_some())
        {
            // Only == and != get here: interfaces are not ordered.
            self.error(
                pos,
                format!(
                    "invalid operation: {text} (operator {} not defined on interface)",
                    op.as_str()
                ),
            );
            return Operand::invalid(inv);
        }
        if ordered {
            let ok = self
                .tt
                .basic_of(t)
                .is_some_and(|b| b.is_integer() || b.is_float() || b.is_string());
            if !ok {
                let d = self.describe(&xo);
                self.error(
                    pos,
                    format!(
                        "invalid operation: {text} (operator {} not defined on {})",
                        op.as_str(),
                        d.split(" (")
                            .nth(1)
                            .map(|s| s
                                .trim_end_matches(')')
                                .replace("variable of ", "")
                                .replace("value of ", ""))
                            .unwrap_or_default()
                    ),
                );
                return Operand::invalid(inv);
            }
        } else if !is_nil_cmp && !self.tt.comparable(t) {
            let what = match self.tt.ukind(t) {
                TypeKind::Slice(_) => "slice can only be compared to nil".to_string(),
                TypeKind::Map(..) => "map can only be compared to nil".to_string(),
                TypeKind::Func(_) => "func can only be compared to nil".to_string(),
                TypeKind::Struct(fs) => {
                    let bad = fs
                        .iter()
                        .find(|f| !self.tt.comparable(f.ty))
                        .map(|f| self.tt.display(f.ty))
                        .unwrap_or_default();
                    format!("struct containing {bad} cannot be compared")
                }
                _ => format!(
                    "operator {} not defined on {}",
                    op.as_str(),
                    self.tt.display(t)
                ),
            };
            self.error(pos, format!("invalid operation: {text} ({what})"));
            return Operand::invalid(inv);
        }
        if let (Mode::Const(a), Mode::Const(b)) = (&xo.mode, &yo.mode) {
            let r = compare_consts(op, a, b);
            return self.mk(Mode::Const(ConstVal::Bool(r)), ubool, e);
        }
        let bool_t = self.basic(Basic::Bool);
        let bt = self.ir_type(bool_t);
        if is_nil_cmp {
            // The side that is not nil (nil may have taken the other's
            // type by now).
            let other = if matches!(xo.mode, Mode::Nil) {
                &yo
            } else {
                &xo
            };
            let v = self.value(fs, other).unwrap();
            let r = fs.b.ins1(ir::Op::IsNil(v), bt);
            let r = negate_if_ne(&mut fs.b, op, r);
            return self.mk(Mode::Value(r), ubool, e);
        }
        let t = if self.tt.is_untyped(t) {
            self.default_type(t)
        } else {
            t
        };
        let (Some(a), Some(b)) = (self.value(fs, &xo), self.value(fs, &yo)) else {
            return Operand::invalid(inv);
        };
        // Comparing values with nothing to compare reads no memory: `*p ==
        // *q` must still fault on a nil pointer.
        if self.is_aggregate(t) && !self.has_compared_parts(t) {
            for (o, v) in [(&xo, a), (&yo, b)] {
                if let Mode::Mem(_) = o.mode {
                    let bt = self.bool_ir();
                    let isnil = fs.b.ins1(ir::Op::IsNil(v), bt);
                    self.nil_panic_if(fs, isnil);
                }
            }
        }
        let r = self.emit_compare(&mut fs.b, op, t, a, b);
        self.mk(Mode::Value(r), ubool, e)
    }

    /// Whether `==` on `t` compares anything (a struct of blank or empty
    /// fields, or an empty array, compares nothing).
    fn has_compared_parts(&self, t: TypeId) -> bool {
        match self.tt.ukind(t) {
            TypeKind::Struct(fields) => fields
                .iter()
                .any(|f| f.name != "_" && self.has_compared_parts(f.ty)),
            TypeKind::Array(elem, n) => *n > 0 && self.has_compared_parts(*elem),
            _ => true,
        }
    }

    /// Emits `a op b` for values of Go type `t` (structs and arrays by
    /// element, strings bytewise).
    pub(crate) fn emit_compare(
        &mut self,
        fb: &mut FunctionBuilder,
        op: BinOp,
        t: TypeId,
        a: ir::Value,
        b: ir::Value,
    ) -> ir::Value {
        let bool_t = self.basic(Basic::Bool);
        let bt = self.ir_type(bool_t);
        let bop = match op {
            BinOp::Eq => ir::BinaryOp::Eq,
            BinOp::Ne => ir::BinaryOp::Ne,
            BinOp::Lt => ir::BinaryOp::Lt,
            BinOp::Le => ir::BinaryOp::Le,
            BinOp::Gt => ir::BinaryOp::Gt,
            _ => ir::BinaryOp::Ge,
        };
        match self.tt.ukind(t).clone() {
            TypeKind::Basic(b0) if b0.is_string() => fb.ins1(ir::Op::StrCmp(bop, a, b), bt),
            TypeKind::Array(elem, n) if n > 4 => {
                // A loop that stops at the first unequal element (Go
                // compares in order and stops there, which matters when a
                // later element would panic), instead of n unrolled
                // comparisons.
                let int = self.basic(Basic::Int);
                let it = self.ir_type(int);
                let (i, acc) = (fb.declare_var(it), fb.declare_var(bt));
                let zero = fb.ins1(ir::Op::Iconst(0), it);
                let one = fb.ins1(ir::Op::Iconst(1), it);
                let len = fb.ins1(ir::Op::Iconst(n as i64), it);
                let yes = fb.ins1(ir::Op::Iconst(1), bt);
                fb.def_var(i, zero);
                fb.def_var(acc, yes);
                let (head, body, exit) = (fb.create_block(), fb.create_block(), fb.create_block());
                fb.jump(head, vec![]);
                fb.switch_to_block(head);
                let iv = fb.use_var(i);
                let more = fb.ins1(ir::Op::Binary(ir::BinaryOp::Lt, iv, len), bt);
                fb.brif(more, body, exit);
                fb.seal_block(body);
                fb.switch_to_block(body);
                let pt = self.ir_ptr(elem);
                let pa = fb.ins1(ir::Op::IndexAddr(a, iv), pt);
                let pb = fb.ins1(ir::Op::IndexAddr(b, iv), pt);
                let (va, vb) = self.load_for_compare(fb, elem, pa, pb);
                let eq = self.emit_compare(fb, BinOp::Eq, elem, va, vb);
                fb.def_var(acc, eq);
                let next = fb.ins1(ir::Op::Binary(ir::BinaryOp::Add, iv, one), it);
                fb.def_var(i, next);
                fb.brif(eq, head, exit);
                fb.seal_block(head);
                fb.seal_block(exit);
                fb.switch_to_block(exit);
                let eq = fb.use_var(acc);
                negate_if_ne(fb, op, eq)
            }
            TypeKind::Struct(_) | TypeKind::Array(..) if self.compare_may_panic(t) => {
                // Go compares in order and stops at the first unequal part:
                // a later interface part holding an uncomparable value
                // must not panic then.
                let parts = self.element_addrs(fb, t, a, b);
                let var = fb.declare_var(bt);
                let yes = fb.ins1(ir::Op::Iconst(1), bt);
                fb.def_var(var, yes);
                let done = fb.create_block();
                for (et, pa, pb) in parts {
                    let (va, vb) = self.load_for_compare(fb, et, pa, pb);
                    let eq = self.emit_compare(fb, BinOp::Eq, et, va, vb);
                    fb.def_var(var, eq);
                    let next = fb.create_block();
                    fb.brif(eq, next, done);
                    fb.seal_block(next);
                    fb.switch_to_block(next);
                }
                fb.jump(done, vec![]);
                fb.seal_block(done);
                fb.switch_to_block(done);
                let eq = fb.use_var(var);
                negate_if_ne(fb, op, eq)
            }
            TypeKind::Struct(_) | TypeKind::Array(..) => {
                // Equal when every field or element is (blank fields skipped).
                let mut acc: Option<ir::Value> = None;
                for (et, pa, pb) in self.element_addrs(fb, t, a, b) {
                    let (va, vb) = self.load_for_compare(fb, et, pa, pb);
                    let eq = self.emit_compare(fb, BinOp::Eq, et, va, vb);
                    acc = Some(match acc {
                        None => eq,
                        Some(x) => fb.ins1(ir::Op::Binary(ir::BinaryOp::And, x, eq), bt),
                    });
                }
                let eq = acc.unwrap_or_else(|| fb.ins1(ir::Op::Iconst(1), bt));
                negate_if_ne(fb, op, eq)
            }
            TypeKind::Interface(_) => {
                let f = self.eq_func();
                let call = fb.ins(ir::Op::Call(f, vec![a, b]), &[bt]);
                let eq = fb.func.insts[call].results[0];
                negate_if_ne(fb, op, eq)
            }
            _ => fb.ins1(ir::Op::Binary(bop, a, b), bt),
        }
    }

    /// Whether comparing values of type `t` can panic (an interface part
    /// holding an uncomparable dynamic type).
    pub(crate) fn compare_may_panic(&self, t: TypeId) -> bool {
        match self.tt.ukind(t) {
            TypeKind::Interface(_) => true,
            TypeKind::Struct(fields) => fields.iter().any(|f| self.compare_may_panic(f.ty)),
            TypeKind::Array(elem, _) => self.compare_may_panic(*elem),
            _ => false,
        }
    }

    /// Addresses of the comparable parts of two struct or array values.
    pub(crate) fn element_addrs(
        &mut self,
        fb: &mut FunctionBuilder,
        t: TypeId,
        a: ir::Value,
        b: ir::Value,
    ) -> Vec<(TypeId, ir::Value, ir::Value)> {
        let mut out = Vec::new();
        match self.tt.ukind(t).clone() {
            TypeKind::Struct(fields) => {
                for (i, f) in fields.iter().enumerate().filter(|(_, f)| f.name != "_") {
                    let pt = self.ir_ptr(f.ty);
                    let pa = fb.ins1(ir::Op::FieldAddr(a, i as u32), pt);
                    let pb = fb.ins1(ir::Op::FieldAddr(b, i as u32), pt);
                    out.push((f.ty, pa, pb));
                }
            }
            TypeKind::Array(elem, n) => {
                let int = self.basic(Basic::Int);
                let it = self.ir_type(int);
                let pt = self.ir_ptr(elem);
                for i in 0..n {
                    let iv = fb.ins1(ir::Op::Iconst(i as i64), it);
                    let pa = fb.ins1(ir::Op::IndexAddr(a, iv), pt);
                    let pb = fb.ins1(ir::Op::IndexAddr(b, iv), pt);
                    out.push((elem, pa, pb));
                }
            }
            _ => {}
        }
        out
    }

    pub(crate) fn load_for_compare(
        &mut self,
        fb: &mut FunctionBuilder,
        t: TypeId,
        pa: ir::Value,
        pb: ir::Value,
    ) -> (ir::Value, ir::Value) {
        if self.is_aggregate(t) {
            (pa, pb)
        } else {
            let it = self.ir_type(t);
            (fb.ins1(ir::Op::Load(pa), it), fb.ins1(ir::Op::Load(pb), it))
        }
    }

    /// Checks `y` in a block that never runs (its code is discarded).
    fn rvalue_unreached(&mut self, fs: &mut FnState, y: ExprId) -> Operand {
        let back = fs.b.current_block();
        let dead = fs.b.create_block();
        fs.b.seal_block(dead);
        fs.b.switch_to_block(dead);
        let yo = self.rvalue(fs, y);
        if !fs.b.is_terminated() {
            fs.b.unreachable();
        }
        let resume = back.unwrap_or_else(|| {
            let b = fs.b.create_block();
            fs.b.seal_block(b);
            b
        });
        fs.b.switch_to_block(resume);
        yo
    }

    fn logical(&mut self, fs: &mut FnState, e: ExprId, op: BinOp, x: ExprId, y: ExprId) -> Operand {
        let inv = self.invalid();
        let xo = self.rvalue(fs, x);
        if xo.is_invalid() {
            return xo;
        }
        let check = |c: &mut Self, o: &Operand| {
            if !c.tt.is(o.ty, |b| b.is_bool()) {
                let d = c.describe(o);
                let pos = o.expr.map(|x| c.pos_of(x)).unwrap_or_default();
                c.error(
                    pos,
                    format!(
                        "invalid operation: operator {} not defined on {d}",
                        op.as_str()
                    ),
                );
                return false;
            }
            true
        };
        if !self.tt.is(xo.ty, |b| b.is_bool()) {
            // types2 matches the operand types before it looks at the
            // operator: `i && b` is a type mismatch.
            let yo = self.rvalue_unreached(fs, y);
            let typed = |c: &Self, o: &Operand| !o.is_invalid() && !c.tt.is_untyped(o.ty);
            if typed(self, &xo) && typed(self, &yo) && xo.ty != yo.ty {
                let (ta, tb) = (self.shown_name(&xo), self.shown_name(&yo));
                let text = self.expr_text(e);
                let pos = self.pos_of(e);
                self.error(
                    pos,
                    format!("invalid operation: {text} (mismatched types {ta} and {tb})"),
                );
                return Operand::invalid(inv);
            }
        }
        if !check(self, &xo) {
            return Operand::invalid(inv);
        }
        if let Mode::Const(ConstVal::Bool(a)) = xo.mode {
            // Whether `y` is constant too: `true || f()` must not call `f`.
            // A `y` that is not constant is lowered again below, behind
            // the branch.
            let yo = self.rvalue_unreached(fs, y);
            if !check(self, &yo) {
                return Operand::invalid(inv);
            }
            if let Mode::Const(ConstVal::Bool(b)) = yo.mode {
                let r = if op == BinOp::AndAnd { a && b } else { a || b };
                let t = if self.tt.is_untyped(xo.ty) {
                    yo.ty
                } else {
                    xo.ty
                };
                return self.mk(Mode::Const(ConstVal::Bool(r)), t, e);
            }
        }
        let t = if self.tt.is_untyped(xo.ty) {
            self.basic(Basic::Bool)
        } else {
            xo.ty
        };
        let it = self.ir_type(t);
        let a = self.value(fs, &xo).unwrap();
        let var = fs.b.declare_var(it);
        fs.b.def_var(var, a);
        let rhs = fs.b.create_block();
        let join = fs.b.create_block();
        if op == BinOp::AndAnd {
            fs.b.brif(a, rhs, join);
        } else {
            fs.b.brif(a, join, rhs);
        }
        fs.b.seal_block(rhs);
        fs.b.switch_to_block(rhs);
        let yo = self.rvalue(fs, y);
        let mismatch = !yo.is_invalid()
            && !self.tt.is_untyped(yo.ty)
            && !self.tt.is_untyped(xo.ty)
            && yo.ty != xo.ty;
        if mismatch {
            let pos = self.pos_of(e);
            let text = self.expr_text(e);
            let (ta, tb) = (self.shown_name(&xo), self.shown_name(&yo));
            self.error(
                pos,
                format!("invalid operation: {text} (mismatched types {ta} and {tb})"),
            );
        }
        if yo.is_invalid() || mismatch || !check(self, &yo) {
            fs.b.jump(join, vec![]);
            fs.b.seal_block(join);
            fs.b.switch_to_block(join);
            return Operand::invalid(inv);
        }
        let bv = self.value(fs, &yo).unwrap();
        fs.b.def_var(var, bv);
        fs.b.jump(join, vec![]);
        fs.b.seal_block(join);
        fs.b.switch_to_block(join);
        let r = fs.b.use_var(var);
        let rt = if self.tt.is_untyped(xo.ty) && self.tt.is_untyped(yo.ty) {
            self.basic(Basic::UntypedBool)
        } else {
            t
        };
        self.mk(Mode::Value(r), rt, e)
    }

    fn shift(
        &mut self,
        fs: &mut FnState,
        e: ExprId,
        op: BinOp,
        xo: Operand,
        yo: Operand,
    ) -> Operand {
        let inv = self.invalid();
        let (x, y) = (xo.expr.unwrap_or(e), yo.expr.unwrap_or(e));
        // An untyped non-constant count (`x << (1.0 << s)`) becomes uint,
        // as types2 converts it.
        let yo = if matches!(yo.mode, Mode::UntypedShift(..)) {
            let uint = self.basic(Basic::Uint);
            let Some(yo) = self.convert_untyped(yo, uint, "shift") else {
                return Operand::invalid(inv);
            };
            yo
        } else {
            yo
        };
        // The count.
        let count_ok = match &yo.mode {
            Mode::Const(v) => v.to_int().is_some(),
            _ => self.tt.is(yo.ty, |b| b.is_integer()),
        };
        if !count_ok {
            let d = self.describe(&yo);
            let pos = self.pos_of(y);
            self.error(
                pos,
                format!("invalid operation: shift count {d} must be integer"),
            );
            return Operand::invalid(inv);
        }
        if let Mode::Const(v) = &yo.mode {
            if v.to_int()
                .is_some_and(|i| i.sign() == num_bigint::Sign::Minus)
            {
                let d = self.describe(&yo);
                let pos = self.pos_of(y);
                self.error(pos, format!("invalid operation: negative shift count {d}"));
                return Operand::invalid(inv);
            }
        }
        // The shifted operand.
        let x_is_int = match &xo.mode {
            Mode::Const(v) if self.tt.is_untyped(xo.ty) => v.to_int().is_some(),
            _ => self.tt.is(xo.ty, |b| b.is_integer()),
        };
        if !x_is_int {
            let d = self.describe(&xo);
            let pos = self.pos_of(x);
            self.error(
                pos,
                format!("invalid operation: shifted operand {d} must be integer"),
            );
            return Operand::invalid(inv);
        }
        if let (Mode::Const(a), Mode::Const(c)) = (&xo.mode, &yo.mode) {
            let a = a.to_int().unwrap();
            let n = c.to_int().unwrap().to_u64().unwrap_or(u64::MAX);
            if n > 10000 {
                let pos = self.pos_of(y);
                self.error(pos, format!("invalid shift count {}", c.display()));
                return Operand::invalid(inv);
            }
            let r = if op == BinOp::Shl {
                a << n as usize
            } else {
                a >> n as usize
            };
            let t = if self.tt.is_untyped(xo.ty)
                && self.tt.basic_of(xo.ty) == Some(Basic::UntypedFloat)
            {
                self.basic(Basic::UntypedInt)
            } else {
                xo.ty
            };
            return self.typed_const_result(e, ConstVal::Int(r), t);
        }
        let delayed = self.tt.is_untyped(xo.ty) && xo.is_const();
        let xt = if self.tt.is_untyped(xo.ty) {
            self.basic(Basic::Int)
        } else {
            xo.ty
        };
        let uint64 = self.basic(Basic::Uint64);
        let u64t = self.ir_type(uint64);
        let cnt = match &yo.mode {
            Mode::Const(v) => self.emit_const(
                fs,
                &ConstVal::Int(v.to_int().unwrap().min(BigInt::from(u64::MAX))),
                uint64,
            ),
            _ => {
                let v = self.value(fs, &yo).unwrap();
                if self.tt.is(yo.ty, |b| !b.is_unsigned()) {
                    self.check_negative_shift(fs, v, yo.ty);
                }
                if self.ir_type(yo.ty) == u64t {
                    v
                } else {
                    fs.b.ins1(ir::Op::Convert(ir::ConvertKind::IntToInt, v), u64t)
                }
            }
        };
        if delayed {
            let Mode::Const(c) = xo.mode else {
                unreachable!()
            };
            // Keeps the constant's kind: `1.0 << s` becomes float64 by
            // default, which is an error when materialized.
            let u = super::operand::Untyped::Shift(c, cnt, op == BinOp::Shl);
            return self.mk(Mode::UntypedShift(Box::new(u)), xo.ty, e);
        }
        let a = self.value(fs, &xo).unwrap();
        let it = self.ir_type(xt);
        let bop = if op == BinOp::Shl {
            ir::BinaryOp::Shl
        } else {
            ir::BinaryOp::Shr
        };
        let r = fs.b.ins1(ir::Op::Binary(bop, a, cnt), it);
        self.mk(Mode::Value(r), xt, e)
    }

    fn check_negative_shift(&mut self, fs: &mut FnState, v: ir::Value, t: TypeId) {
        let it = self.ir_type(t);
        let bool_t = self.basic(Basic::Bool);
        let bt = self.ir_type(bool_t);
        let zero = fs.b.ins1(ir::Op::Iconst(0), it);
        let neg = fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Lt, v, zero), bt);
        let bad = fs.b.create_block();
        let ok = fs.b.create_block();
        fs.b.brif(neg, bad, ok);
        fs.b.seal_block(bad);
        fs.b.seal_block(ok);
        fs.b.switch_to_block(bad);
        fs.b.ins(ir::Op::Panic(ir::PanicKind::NegativeShift, vec![]), &[]);
        fs.b.unreachable();
        fs.b.switch_to_block(ok);
    }
}

/// `eq`, or `!eq` for `!=`.
fn negate_if_ne(fb: &mut FunctionBuilder, op: BinOp, eq: ir::Value) -> ir::Value {
    if op == BinOp::Ne {
        let bt = fb.func.value_type(eq);
        fb.ins1(ir::Op::Unary(ir::UnaryOp::Not, eq), bt)
    } else {
        eq
    }
}

fn fold_binary(op: BinOp, a: &ConstVal, c: &ConstVal, b: Basic) -> Option<ConstVal> {
    use ConstVal::*;
    match (a, c) {
        (Str(x), Str(y)) if op == BinOp::Add => Some(Str([x.as_slice(), y.as_slice()].concat())),
        (Int(x), Int(y)) if b.is_integer() => Some(Int(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::Div => x / y,
            BinOp::Rem => x % y,
            BinOp::And => x & y,
            BinOp::Or => x | y,
            BinOp::Xor => x ^ y,
            BinOp::AndNot => x & !y,
            _ => return None,
        })),
        _ => {
            let (x, y) = (a.to_rat()?, c.to_rat()?);
            let r = match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mul => x * y,
                BinOp::Div => x / y,
                _ => return None,
            };
            if b.is_integer() {
                Some(Int(r.to_integer()))
            } else {
                Some(Float(r))
            }
        }
    }
}

fn compare_consts(op: BinOp, a: &ConstVal, b: &ConstVal) -> bool {
    use std::cmp::Ordering;
    let ord = match (a, b) {
        (ConstVal::Str(x), ConstVal::Str(y)) => x.cmp(y),
        (ConstVal::Bool(x), ConstVal::Bool(y)) => x.cmp(y),
        _ => match (a.to_rat(), b.to_rat()) {
            (Some(x), Some(y)) => x.cmp(&y),
            _ => Ordering::Equal,
        },
    };
    match op {
        BinOp::Eq => ord == Ordering::Equal,
        BinOp::Ne => ord != Ordering::Equal,
        BinOp::Lt => ord == Ordering::Less,
        BinOp::Le => ord != Ordering::Greater,
        BinOp::Gt => ord == Ordering::Greater,
        _ => ord != Ordering::Less,
    }
}

/// What a selector names: a field or a method, reached through a path of
/// (possibly embedded) field indices.
pub(crate) enum Member {
    /// A field at the end of the path.
    Field(Vec<u32>),
    /// A method of the value at the end of the path.
    Method(Vec<u32>, u32),
    /// A method of an interface value (an embedded interface field) at the
    /// end of the path, with its func type.
    IfaceMethod(Vec<u32>, TypeId),
}

impl Checker<'_> {
    /// Go's selector rule: the shallowest field or method named `name`,
    /// through embedded fields (and one pointer indirection at each level).
    /// `Some(Err)` when the shallowest depth holds more than one.
    pub(crate) fn find_member(&self, t: TypeId, name: &str) -> Option<Result<Member, ()>> {
        let mut level: Vec<(TypeId, Vec<u32>)> = vec![(t, vec![])];
        let mut seen = std::collections::HashSet::new();
        while !level.is_empty() {
            let mut found: Vec<Member> = Vec::new();
            let mut next = Vec::new();
            for (ty, path) in &level {
                let base = match self.tt.kind(*ty) {
                    TypeKind::Pointer(e) => *e,
                    _ => *ty,
                };
                if !seen.insert(base) {
                    continue;
                }
                if let TypeKind::Interface(ms) = self.tt.ukind(base) {
                    if let Some((_, sig)) = ms.iter().find(|(n, _)| n == name) {
                        found.push(Member::IfaceMethod(path.clone(), *sig));
                    }
                }
                if let Some(ni) = self.tt.named_index(base) {
                    if let Some(m) = self.tt.named[ni as usize]
                        .methods
                        .iter()
                        .find(|m| m.name == name)
                    {
                        found.push(Member::Method(path.clone(), m.func));
                    }
                }
                // Pointer-to-pointer has no fields.
                if matches!(self.tt.kind(*ty), TypeKind::Pointer(_))
                    && matches!(self.tt.ukind(base), TypeKind::Pointer(_))
                {
                    continue;
                }
                if let TypeKind::Struct(fields) = self.tt.ukind(base) {
                    for (i, f) in fields.iter().enumerate() {
                        let mut p = path.clone();
                        p.push(i as u32);
                        if f.name == name {
                            found.push(Member::Field(p.clone()));
                        }
                        if f.embedded {
                            next.push((f.ty, p));
                        }
                    }
                }
            }
            match found.len() {
                0 => level = next,
                1 => return Some(Ok(found.pop().unwrap())),
                _ => return Some(Err(())),
            }
        }
        None
    }

    /// Follows a field path from `x`, dereferencing pointers on the way:
    /// the result is addressable when `x` was, or once a pointer was followed.
    pub(crate) fn apply_path(
        &mut self,
        fs: &mut FnState,
        x: Operand,
        path: &[u32],
        e: Option<ExprId>,
    ) -> Operand {
        let mut cur = x;
        for &i in path {
            let (st, base, addressable) = match self.tt.ukind(cur.ty).clone() {
                TypeKind::Pointer(elem) => (elem, self.value(fs, &cur).unwrap(), true),
                _ => {
                    let base = match cur.mode {
                        Mode::Mem(p) | Mode::Value(p) => p,
                        _ => self.value(fs, &cur).unwrap(),
                    };
                    (cur.ty, base, matches!(cur.mode, Mode::Mem(_)))
                }
            };
            let TypeKind::Struct(fields) = self.tt.ukind(st).clone() else {
                unreachable!("path through a non-struct")
            };
            let ft = fields[i as usize].ty;
            let pt = self.ir_ptr(ft);
            let fp = fs.b.ins1(ir::Op::FieldAddr(base, i), pt);
            let mode = if addressable {
                Mode::Mem(fp)
            } else if self.is_aggregate(ft) {
                Mode::Value(fp)
            } else {
                let it = self.ir_type(ft);
                Mode::Value(fs.b.ins1(ir::Op::Load(fp), it))
            };
            cur = Operand {
                mode,
                ty: ft,
                expr: e.or(cur.expr),
            };
        }
        cur
    }
}

impl Checker<'_> {
    /// `x op y` where one side is an untyped non-constant shift and the
    /// other one too or an untyped integer constant.
    fn untyped_arith(
        &mut self,
        e: ExprId,
        op: BinOp,
        xo: &Operand,
        yo: &Operand,
    ) -> Option<Operand> {
        use super::operand::Untyped;
        let tree = |o: &Operand| match &o.mode {
            Mode::UntypedShift(u) => Some((**u).clone()),
            Mode::Const(c) if self.tt.is_untyped(o.ty) && c.to_int().is_some() => {
                Some(Untyped::Const(c.clone()))
            }
            _ => None,
        };
        if !matches!(xo.mode, Mode::UntypedShift(_)) && !matches!(yo.mode, Mode::UntypedShift(_)) {
            return None;
        }
        if !self.tt.is_untyped(xo.ty) || !self.tt.is_untyped(yo.ty) {
            return None;
        }
        let bop = match op {
            BinOp::Add => ir::BinaryOp::Add,
            BinOp::Sub => ir::BinaryOp::Sub,
            BinOp::Mul => ir::BinaryOp::Mul,
            BinOp::Div => ir::BinaryOp::Div,
            BinOp::Rem => ir::BinaryOp::Rem,
            BinOp::And => ir::BinaryOp::And,
            BinOp::Or => ir::BinaryOp::Or,
            BinOp::Xor => ir::BinaryOp::Xor,
            BinOp::AndNot => ir::BinaryOp::AndNot,
            _ => return None,
        };
        let (a, b) = (tree(xo)?, tree(yo)?);
        let ty = if matches!(xo.mode, Mode::UntypedShift(_)) {
            xo.ty
        } else {
            yo.ty
        };
        Some(self.mk(
            Mode::UntypedShift(Box::new(Untyped::Bin(bop, Box::new(a), Box::new(b)))),
            ty,
            e,
        ))
    }
}
