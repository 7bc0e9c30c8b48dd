//! Assignments: `=`, `:=`, `op=`, `++`/`--`, with Go's evaluation order
//! (left-hand index and pointer operands, then right-hand values, then the
//! stores left to right) and its count and addressability rules.

use super::{Checker, FnState, Mode, Obj, Operand};
use crate::ast::{self, AssignOp, BinOp, Expr, ExprId};
use crate::pos::Pos;
use crate::types::{Basic, TypeId, TypeKind};
use gowgc_ir as ir;

/// Where an assignment stores.
#[derive(Clone, Debug)]
enum Target {
    Blank,
    Ssa(ir::builder::Variable, TypeId),
    Mem(ir::Value, TypeId),
    /// `m[k]`: the map (of map type), the key, the value type.
    MapIndex(ir::Value, TypeId, ir::Value, TypeId),
    /// `x[i]` of a slice or array: the element address operation, not yet
    /// emitted (its bounds check belongs to the assignment phase, after
    /// every right-hand side), and the element type.
    Elem(ir::Op, TypeId),
}

impl Checker<'_> {
    /// Right-hand sides for `n` targets: `n` expressions, or one call with
    /// `n` results.
    pub(crate) fn rhs_operands(
        &mut self,
        fs: &mut FnState,
        values: &[ExprId],
        n: usize,
        pos: Pos,
        _ctx: &str,
    ) -> Option<Vec<Operand>> {
        // types2 reports count mismatches at the first right-hand value.
        let pos = values.first().map(|v| self.pos_of(*v)).unwrap_or(pos);
        if values.len() == 1 && n == 2 {
            if let Expr::Index { .. } = self.expr(self.unparen(values[0])) {
                self.comma_ok = true;
                let op = self.expr_op(fs, values[0]);
                self.comma_ok = false;
                if let Mode::Tuple(vs) = &op.mode {
                    let crate::types::TypeKind::Tuple(ts) = self.tt.kind(op.ty).clone() else {
                        return None;
                    };
                    return Some(vec![
                        Operand {
                            mode: Mode::Value(vs[0]),
                            ty: ts[0],
                            expr: Some(values[0]),
                        },
                        Operand {
                            mode: Mode::Value(vs[1]),
                            ty: ts[1],
                            expr: Some(values[0]),
                        },
                    ]);
                }
                if op.is_invalid() {
                    return None;
                }
                self.error(
                    pos,
                    "assignment mismatch: 2 variables but 1 value".to_string(),
                );
                return None;
            }
        }
        if values.len() == 1 && n == 2 {
            let v0 = self.unparen(values[0]);
            if let Expr::TypeAssert { ty: Some(_), .. } = self.expr(v0) {
                let op = self.type_assert(fs, v0, true);
                let Mode::Tuple(vs) = &op.mode else {
                    return None;
                };
                let crate::types::TypeKind::Tuple(ts) = self.tt.kind(op.ty).clone() else {
                    return None;
                };
                return Some(vec![
                    Operand {
                        mode: Mode::Value(vs[0]),
                        ty: ts[0],
                        expr: Some(values[0]),
                    },
                    Operand {
                        mode: Mode::Value(vs[1]),
                        ty: ts[1],
                        expr: Some(values[0]),
                    },
                ]);
            }
        }
        if values.len() == 1 && n == 1 {
            // `x := f()` with a multi-value f: Go words it as a mismatch.
            let op = self.expr_op(fs, values[0]);
            if let Mode::Tuple(vs) = &op.mode {
                let text = self.callee_text(values[0]);
                self.error(
                    pos,
                    format!(
                        "assignment mismatch: 1 variable but {text} returns {} values",
                        vs.len()
                    ),
                );
                return None;
            }
            let op = self.single_value(fs, op);
            return (!op.is_invalid()).then(|| vec![op]);
        }
        if values.len() == 1 && n > 1 {
            let op = self.expr_op(fs, values[0]);
            if op.is_invalid() {
                return None;
            }
            if let Mode::Tuple(vs) = &op.mode {
                let crate::types::TypeKind::Tuple(ts) = self.tt.kind(op.ty).clone() else {
                    return None;
                };
                if vs.len() != n {
                    let text = self.callee_text(values[0]);
                    self.error(
                        pos,
                        format!(
                            "assignment mismatch: {n} variable{} but {text} returns {} value{}",
                            plural(n),
                            vs.len(),
                            plural(vs.len())
                        ),
                    );
                    return None;
                }
                return Some(
                    vs.iter()
                        .zip(ts)
                        .map(|(v, t)| Operand {
                            mode: Mode::Value(*v),
                            ty: t,
                            expr: Some(values[0]),
                        })
                        .collect(),
                );
            }
            self.error(
                pos,
                format!("assignment mismatch: {n} variables but 1 value"),
            );
            return None;
        }
        if values.len() != n {
            for &v in values {
                let _ = self.expr_op(fs, v);
            }
            let msg = if values.len() == 1 {
                let op_is_call = matches!(self.expr(values[0]), Expr::Call { .. });
                if op_is_call {
                    let text = self.callee_text(values[0]);
                    format!(
                        "assignment mismatch: {n} variable{} but {text} returns 1 value",
                        plural(n)
                    )
                } else {
                    format!("assignment mismatch: {n} variable{} but 1 value", plural(n))
                }
            } else {
                format!(
                    "assignment mismatch: {n} variable{} but {} value{}",
                    plural(n),
                    values.len(),
                    plural(values.len())
                )
            };
            self.error(pos, msg);
            return None;
        }
        let mut out = Vec::new();
        let mut ok = true;
        for &v in values {
            let op = self.rvalue(fs, v);
            ok &= !op.is_invalid();
            out.push(op);
        }
        ok.then_some(out)
    }

    /// With several targets, right-hand values must be read before any
    /// store: load scalars and copy aggregates into temporaries.
    pub(crate) fn prepare_multi(&mut self, fs: &mut FnState, ops: Vec<Operand>) -> Vec<Operand> {
        if ops.len() < 2 {
            return ops;
        }
        ops.into_iter()
            .map(|op| match op.mode {
                // An aggregate value may point into storage a store below
                // overwrites (a map slot, a struct field): copy it too.
                Mode::Value(_) if self.is_aggregate(op.ty) => {
                    let v = self.value(fs, &op).unwrap();
                    let v = self.copy_aggregate(fs, op.ty, v);
                    Operand {
                        mode: Mode::Value(v),
                        ..op
                    }
                }
                Mode::Mem(_) | Mode::SsaVar(_) => {
                    let v = self.value(fs, &op).unwrap();
                    let v = if self.is_aggregate(op.ty) {
                        self.copy_aggregate(fs, op.ty, v)
                    } else {
                        v
                    };
                    Operand {
                        mode: Mode::Value(v),
                        ..op
                    }
                }
                _ => op,
            })
            .collect()
    }

    pub(crate) fn assign_stmt(
        &mut self,
        fs: &mut FnState,
        lhs: &[ExprId],
        op: AssignOp,
        rhs: &[ExprId],
        pos: Pos,
    ) {
        match op {
            AssignOp::Define => self.define(fs, lhs, rhs, pos),
            AssignOp::Assign => {
                // gc makes every call of the statement first, then reads
                // the variables the targets use: `nodes[i] = grow()` stores
                // into the `nodes` and at the `i` that `grow` left. When
                // only the right side calls, evaluating it first gives that
                // order; otherwise the targets' operands come first.
                let rhs_first = lhs.iter().all(|&l| self.call_free(l))
                    && !rhs.iter().all(|&r| self.call_free(r));
                let mut targets = Vec::new();
                if !rhs_first {
                    targets = lhs.iter().map(|&l| self.target(fs, l)).collect();
                }
                let Some(ops) = self.rhs_operands(fs, rhs, lhs.len(), pos, "assignment") else {
                    return;
                };
                let ops = self.prepare_multi(fs, ops);
                if rhs_first {
                    targets = lhs.iter().map(|&l| self.target(fs, l)).collect();
                }
                for ((t, op), &l) in targets.into_iter().zip(ops).zip(lhs) {
                    if let Some(t) = t {
                        self.store_target(fs, t, op, l, "assignment");
                    }
                }
            }
            AssignOp::Op(bop) => {
                if lhs.len() != 1 || rhs.len() != 1 {
                    self.error(
                        pos,
                        format!(
                            "assignment operation {}= requires single-valued expressions",
                            bop.as_str()
                        ),
                    );
                    return;
                }
                self.op_assign(fs, lhs[0], bop, Some(rhs[0]), pos);
            }
        }
    }

    /// `x op= y` (and `x++` with `y` = 1).
    fn op_assign(&mut self, fs: &mut FnState, l: ExprId, bop: BinOp, r: Option<ExprId>, pos: Pos) {
        // As gc orders it: calls first (see `assign_stmt`), then the
        // target's operands, then the read of its current value (`m[k] +=
        // f()` sees what `f` stored), its bounds check included.
        let rhs_first = r.is_some_and(|r| !self.call_free(r)) && self.call_free(l);
        // `x op= y` and `x++` read `x`: a use, for types2.
        if let Expr::Ident(id) = self.expr(self.unparen(l)) {
            if let Some(o) = self.lookup(Some(fs), &id.name) {
                self.objs[o.0 as usize].set_used();
            }
        }
        let mut ro = None;
        if rhs_first {
            ro = r.map(|r| self.rvalue(fs, r));
        }
        let Some(t) = self.target(fs, l) else {
            if let (Some(r), false) = (r, rhs_first) {
                let _ = self.expr_op(fs, r);
            }
            return;
        };
        if let Target::Blank = t {
            self.error(pos, "cannot use _ as value");
            return;
        }
        if !rhs_first {
            ro = r.map(|r| self.rvalue(fs, r));
        }
        if ro.as_ref().is_some_and(|ro| ro.is_invalid()) {
            return;
        }
        // `x[i] op= y` reads and writes one element: its address once.
        let t = match t {
            Target::Elem(addr, ty) => {
                let pt = self.ir_ptr(ty);
                Target::Mem(fs.b.ins1(addr, pt), ty)
            }
            t => t,
        };
        let (ty, cur) = match &t {
            Target::Blank => return,
            Target::Ssa(v, ty) => (
                *ty,
                Operand {
                    mode: Mode::SsaVar(*v),
                    ty: *ty,
                    expr: Some(l),
                },
            ),
            Target::Mem(p, ty) => (
                *ty,
                Operand {
                    mode: Mode::Mem(*p),
                    ty: *ty,
                    expr: Some(l),
                },
            ),
            Target::Elem(..) => unreachable!("made a Mem target above"),
            Target::MapIndex(m, mt, k, vt) => {
                let (v, _) = self.map_read(&mut fs.b, *mt, *m, *k);
                (
                    *vt,
                    Operand {
                        mode: Mode::Value(v),
                        ty: *vt,
                        expr: Some(l),
                    },
                )
            }
        };
        let result = match ro {
            Some(ro) => {
                let res = self.binary_values(fs, l, bop, cur, ro, pos);
                (!res.is_invalid()).then_some(res)
            }
            None => {
                if !self.tt.is(ty, |b| b.is_numeric()) {
                    let d = self.describe(&cur);
                    let op = if bop == BinOp::Add { "++" } else { "--" };
                    self.error(
                        pos,
                        format!(
                            "invalid operation: {}{op} (non-numeric type {})",
                            self.expr_text(l),
                            self.tt.display(ty)
                        ),
                    );
                    let _ = d;
                    return;
                }
                let one = Operand {
                    mode: Mode::Const(crate::constant::ConstVal::int(1)),
                    ty: self.basic(Basic::UntypedInt),
                    expr: None,
                };
                let one = self.assign_op(one, ty, "assignment");
                let Some(one) = one else { return };
                let a = self.value(fs, &cur).unwrap();
                let b = self.value(fs, &one).unwrap();
                let it = self.ir_type(ty);
                let op = match (bop, self.tt.is(ty, |b| b.is_float())) {
                    (BinOp::Add, true) => ir::BinaryOp::FAdd,
                    (BinOp::Add, false) => ir::BinaryOp::Add,
                    (_, true) => ir::BinaryOp::FSub,
                    (_, false) => ir::BinaryOp::Sub,
                };
                let v = fs.b.ins1(ir::Op::Binary(op, a, b), it);
                Some(Operand {
                    mode: Mode::Value(v),
                    ty,
                    expr: Some(l),
                })
            }
        };
        if let Some(res) = result {
            self.store_target(fs, t, res, l, "assignment");
        }
    }

    pub(crate) fn inc_dec(&mut self, fs: &mut FnState, x: ExprId, inc: bool, pos: Pos) {
        self.op_assign(fs, x, if inc { BinOp::Add } else { BinOp::Sub }, None, pos);
    }

    fn define(&mut self, fs: &mut FnState, lhs: &[ExprId], rhs: &[ExprId], pos: Pos) {
        let mut names = Vec::new();
        let mut any_new = false;
        let mut ok = true;
        for &l in lhs {
            match self.expr(l) {
                Expr::Ident(id) => {
                    let existing = fs.scopes.last().unwrap().get(&id.name).copied();
                    if id.name != "_"
                        && existing.is_none()
                        && !names
                            .iter()
                            .any(|(n, _, _): &(String, Pos, Option<super::ObjId>)| n == &id.name)
                    {
                        any_new = true;
                    }
                    names.push((id.name.clone(), id.pos, existing));
                }
                _ => {
                    let p = self.pos_of(l);
                    let text = self.expr_text(l);
                    self.error(p, format!("non-name {text} on left side of :="));
                    ok = false;
                }
            }
        }
        if !ok {
            return;
        }
        let Some(ops) = self.rhs_operands(fs, rhs, lhs.len(), pos, "assignment") else {
            let idents: Vec<ast::Ident> = names
                .iter()
                .filter(|n| n.2.is_none())
                .map(|(n, p, _)| ast::Ident {
                    name: n.clone(),
                    pos: *p,
                })
                .collect();
            self.declare_invalid(fs, &idents);
            return;
        };
        if !any_new {
            self.error(pos, "no new variables on left side of :=");
        }
        let ops = self.prepare_multi(fs, ops);
        for ((name, npos, existing), (op, &l)) in names.into_iter().zip(ops.into_iter().zip(lhs)) {
            match existing {
                Some(o) if name != "_" => {
                    let Obj::Var { ty, storage, .. } = self.objs[o.0 as usize].clone() else {
                        continue;
                    };
                    self.record_shown_use(l, o);
                    let t = match storage {
                        super::Storage::Ssa(v) => Target::Ssa(v, ty),
                        super::Storage::Mem(v) => Target::Mem(fs.b.use_var(v), ty),
                        super::Storage::Global(_) | super::Storage::None => continue,
                    };
                    self.store_target(fs, t, op, l, "assignment");
                }
                _ => {
                    if let Mode::Nil = op.mode {
                        self.error(
                            self.pos_of(rhs[0].max(l)),
                            "use of untyped nil in assignment",
                        );
                        self.declare_invalid(fs, &[ast::Ident { name, pos: npos }]);
                        continue;
                    }
                    if let Mode::NoValue = op.mode {
                        let d = self.describe(&op);
                        self.error(
                            op.expr.map(|e| self.pos_of(e)).unwrap_or(npos),
                            format!("{d} is used as value"),
                        );
                        self.declare_invalid(fs, &[ast::Ident { name, pos: npos }]);
                        continue;
                    }
                    let t = self.spelled_default(&op);
                    match self.assign_op(op, t, "assignment") {
                        Some(op) => {
                            self.declare_local(fs, &name, npos, t, Some(op));
                        }
                        None => self.declare_invalid(fs, &[ast::Ident { name, pos: npos }]),
                    }
                }
            }
        }
    }

    /// Whether evaluating `e` can run no code of the program's (no call,
    /// receive or type assertion); conversions count as calls.
    fn call_free(&self, e: ExprId) -> bool {
        match self.expr(e) {
            Expr::Ident(_) | Expr::BasicLit { .. } => true,
            Expr::Paren { inner: x, .. } | Expr::Selector { x, .. } | Expr::Star { x, .. } => {
                self.call_free(*x)
            }
            Expr::Index { x, indices, .. } => {
                self.call_free(*x) && indices.iter().all(|&i| self.call_free(i))
            }
            Expr::Slice { x, lo, hi, max, .. } => {
                self.call_free(*x)
                    && [lo, hi, max]
                        .iter()
                        .all(|e| e.is_none_or(|e| self.call_free(e)))
            }
            Expr::Unary { op, x, .. } => !matches!(op, ast::UnOp::Recv) && self.call_free(*x),
            Expr::Binary { x, y, .. } => self.call_free(*x) && self.call_free(*y),
            _ => false,
        }
    }

    /// Evaluates an assignment target (its address operands), without
    /// counting it as a use.
    fn target(&mut self, fs: &mut FnState, l: ExprId) -> Option<Target> {
        let inner = self.unparen(l);
        if let Expr::Ident(id) = self.expr(inner) {
            if id.name == "_" {
                return Some(Target::Blank);
            }
            let Some(o) = self.lookup(Some(fs), &id.name) else {
                self.error(id.pos, format!("undefined: {}", id.name));
                return None;
            };
            if let Obj::Var { ty, storage, .. } = self.objs[o.0 as usize].clone() {
                self.record_shown_use(inner, o);
                if self.tt.is_invalid(ty) {
                    return None;
                }
                return match storage {
                    super::Storage::Ssa(v) => Some(Target::Ssa(v, ty)),
                    super::Storage::Mem(v) => Some(Target::Mem(fs.b.use_var(v), ty)),
                    super::Storage::Global(_) => match self.var_operand(ty, storage, fs) {
                        Mode::Mem(p) => Some(Target::Mem(p, ty)),
                        _ => None,
                    },
                    super::Storage::None => None,
                };
            }
        }
        // `m[k] = v`: the map and key are evaluated here, the store later.
        if let Expr::Index { x, indices, .. } = self.expr(inner).clone() {
            let xop = self.expr_op(fs, x);
            let xop = self.single_value(fs, xop);
            if xop.is_invalid() {
                return None;
            }
            if let TypeKind::Map(kt, vt) = self.tt.ukind(xop.ty).clone() {
                let (m, k) = self.map_operands(fs, &xop, kt, indices[0])?;
                return Some(Target::MapIndex(m, xop.ty, k, vt));
            }
            // The slice or array and the index are evaluated here; the
            // bounds check is part of the store (Go's second phase), so
            // `x[0], x[5] = a, b` stores `a` before panicking.
            let elem_op = match self.tt.ukind(xop.ty).clone() {
                TypeKind::Slice(elem) => Some((elem, None)),
                TypeKind::Array(elem, n) if matches!(xop.mode, Mode::Mem(_)) => {
                    Some((elem, Some(n)))
                }
                TypeKind::Pointer(arr) => match self.tt.ukind(arr).clone() {
                    TypeKind::Array(elem, n) => Some((elem, Some(n))),
                    _ => None,
                },
                _ => None,
            };
            if let Some((elem, len)) = elem_op {
                let iv = self.index_value(fs, indices[0], len)?;
                let base = match xop.mode {
                    Mode::Mem(p)
                        if len.is_some()
                            && !matches!(self.tt.ukind(xop.ty), TypeKind::Pointer(_)) =>
                    {
                        p
                    }
                    _ => self.value(fs, &xop)?,
                };
                let op = if len.is_some() {
                    ir::Op::IndexAddr(base, iv)
                } else {
                    ir::Op::SliceIndexAddr(base, iv)
                };
                return Some(Target::Elem(op, elem));
            }
            let op = self.index_with(fs, inner, x, xop, indices[0]);
            return self.place_target(l, op);
        }
        let op = self.expr_op(fs, l);
        self.place_target(l, op)
    }

    /// An evaluated target expression as a place.
    fn place_target(&mut self, l: ExprId, op: Operand) -> Option<Target> {
        if op.is_invalid() {
            return None;
        }
        match op.mode {
            Mode::Mem(p) => Some(Target::Mem(p, op.ty)),
            Mode::SsaVar(v) => Some(Target::Ssa(v, op.ty)),
            _ => {
                let pos = self.pos_of(l);
                let text = self.expr_text(l);
                // `m[k].f = v`: Go names the case.
                let in_map = match self.expr(self.unparen(l)) {
                    Expr::Selector { x, .. } => self.is_map_index(Some(*x)),
                    _ => false,
                };
                let why = if in_map {
                    format!("cannot assign to struct field {text} in map")
                } else {
                    format!(
                        "cannot assign to {text} (neither addressable nor a map index expression)"
                    )
                };
                self.error(pos, why);
                None
            }
        }
    }

    fn store_target(&mut self, fs: &mut FnState, t: Target, op: Operand, l: ExprId, ctx: &str) {
        match t {
            Target::Blank => {
                if let Mode::Nil = op.mode {
                    self.error(self.pos_of(l), "use of untyped nil in assignment");
                    return;
                }
                let ty = self.default_type(op.ty);
                if let Some(op) = self.assign_op(op, ty, ctx) {
                    let _ = self.value(fs, &op);
                }
            }
            Target::Ssa(var, ty) => {
                let shown = self.shown_target(l, ty);
                if let Some(op) = self.assign_op(op, shown, ctx) {
                    if let Some(v) = self.value(fs, &op) {
                        fs.b.def_var(var, v);
                    }
                }
            }
            Target::Mem(p, ty) => {
                let shown = self.shown_target(l, ty);
                if let Some(op) = self.assign_op(op, shown, ctx) {
                    self.store_to(fs, p, ty, &op);
                }
            }
            Target::Elem(addr, ty) => {
                let shown = self.shown_target(l, ty);
                if let Some(op) = self.assign_op(op, shown, ctx) {
                    let pt = self.ir_ptr(ty);
                    let p = fs.b.ins1(addr, pt);
                    self.store_to(fs, p, ty, &op);
                }
            }
            Target::MapIndex(m, mt, k, vt) => {
                let shown = self.shown_target(l, vt);
                if let Some(op) = self.assign_op(op, shown, ctx) {
                    if let Some(v) = self.value(fs, &op) {
                        self.map_write(&mut fs.b, mt, m, k, v);
                    }
                }
            }
        }
    }

    /// Assigns an operand to an arbitrary target expression (range with `=`).
    pub(crate) fn assign_to_expr(&mut self, fs: &mut FnState, l: ExprId, op: Operand, ctx: &str) {
        if let Some(t) = self.target(fs, l) {
            self.store_target(fs, t, op, l, ctx);
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

// Silence an unused-import lint when ast items are only used in patterns.
#[allow(unused)]
fn _uses(_: ast::AssignOp) {}

impl Checker<'_> {
    /// How Go names a call's function in count mismatches (`f`, `t.M`).
    fn callee_text(&self, e: ExprId) -> String {
        match self.expr(self.unparen(e)) {
            Expr::Call { func, .. } => self.expr_text(*func),
            _ => self.expr_text(e),
        }
    }
}
