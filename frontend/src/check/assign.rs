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
                let targets: Vec<Option<Target>> =
                    lhs.iter().map(|&l| self.target(fs, l)).collect();
                let Some(ops) = self.rhs_operands(fs, rhs, lhs.len(), pos, "assignment") else {
                    return;
                };
                let ops = self.prepare_multi(fs, ops);
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
        let Some(t) = self.target(fs, l) else {
            if let Some(r) = r {
                let _ = self.expr_op(fs, r);
            }
            return;
        };
        let (ty, cur) = match &t {
            Target::Blank => {
                self.error(pos, "cannot use _ as value");
                return;
            }
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
        let result = match r {
            Some(r) => self.binary_operands(fs, l, bop, cur, r, pos),
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

    /// Checks `cur op r` via a synthetic binary expression check.
    fn binary_operands(
        &mut self,
        fs: &mut FnState,
        l: ExprId,
        bop: BinOp,
        cur: Operand,
        r: ExprId,
        pos: Pos,
    ) -> Option<Operand> {
        // Reuse the binary-expression checker by temporarily treating the
        // left side's current value as the operand of `l`.
        let ro = self.rvalue(fs, r);
        if ro.is_invalid() {
            return None;
        }
        let res = self.binary_values(fs, l, bop, cur, ro, pos);
        if res.is_invalid() {
            None
        } else {
            Some(res)
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
                    let t = self.default_type(op.ty);
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
                let why = format!(
                    "cannot assign to {text} (neither addressable nor a map index expression)"
                );
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
                if let Some(op) = self.assign_op(op, ty, ctx) {
                    if let Some(v) = self.value(fs, &op) {
                        fs.b.def_var(var, v);
                    }
                }
            }
            Target::Mem(p, ty) => {
                if let Some(op) = self.assign_op(op, ty, ctx) {
                    self.store_to(fs, p, ty, &op);
                }
            }
            Target::MapIndex(m, mt, k, vt) => {
                if let Some(op) = self.assign_op(op, vt, ctx) {
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
