//! Type assertions (`x.(T)`, `v, ok := x.(T)`) and type switches, built
//! from the dynamic type id: a concrete `T` is one comparison, an interface
//! `T` a call of the generated `iface.implements.T`.

use super::{Breakable, Checker, FnState, Mode, Obj, Operand};
use crate::ast::{self, Expr, ExprId, Stmt};
use crate::types::{Basic, TypeId, TypeKind};
use gowgc_ir as ir;
use std::collections::HashMap;

impl Checker<'_> {
    /// Whether the interface value `v` holds type `t` (as a bool value).
    pub(crate) fn holds(&mut self, fs: &mut FnState, v: ir::Value, t: TypeId) -> ir::Value {
        let i32t = self.tt.basic(Basic::Int32);
        let i32t = self.ir_type(i32t);
        let bt = self.tt.basic(Basic::Bool);
        let bt = self.ir_type(bt);
        let tid = fs.b.ins1(ir::Op::IfaceTypeId(v), i32t);
        if self.iface_methods(t).is_some() {
            let f = self.implements_func(t);
            let call = fs.b.ins(ir::Op::Call(f, vec![tid]), &[bt]);
            fs.b.func.insts[call].results[0]
        } else {
            let id = self.type_id(t);
            let k = fs.b.ins1(ir::Op::Iconst(id as i64), i32t);
            fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Eq, tid, k), bt)
        }
    }

    /// The value of interface value `v` as type `t` (known to hold it).
    fn unbox(&mut self, fs: &mut FnState, v: ir::Value, t: TypeId) -> ir::Value {
        if self.iface_methods(t).is_some() {
            return v;
        }
        let data_t = if self.is_aggregate(t) {
            self.ir_ptr(t)
        } else {
            self.ir_type(t)
        };
        fs.b.ins1(ir::Op::IfaceData(v), data_t)
    }

    /// Checks `x.(T)`'s operands: returns the interface operand, its value
    /// and `T`.
    fn assert_operands(
        &mut self,
        fs: &mut FnState,
        e: ExprId,
    ) -> Option<(Operand, ir::Value, TypeId)> {
        let Expr::TypeAssert { x, ty, .. } = self.expr(e).clone() else {
            return None;
        };
        let Some(te) = ty else {
            // `x` is still used (types2 checks it).
            let _ = self.rvalue(fs, x);
            self.error(
                self.pos_of(e),
                "invalid syntax tree: use of .(type) outside type switch",
            );
            return None;
        };
        let xop = self.rvalue(fs, x);
        if xop.is_invalid() {
            return None;
        }
        if self.iface_methods(xop.ty).is_none() {
            let d = self.describe(&xop);
            self.error(
                self.pos_of(x),
                format!("invalid operation: {d} is not an interface"),
            );
            return None;
        }
        let t = self.type_expr(Some(&mut *fs), te);
        if self.tt.is_invalid(t) {
            return None;
        }
        if self.iface_methods(t).is_none() {
            if let Err(why) = self.implements(t, xop.ty) {
                let (xt, tn) = (self.expr_text(x), self.tt.display(t));
                let it = self.shown_name(&xop);
                self.error(
                    self.pos_of(x),
                    format!(
                        "impossible type assertion: {xt}.({tn})\n\t{tn} does not implement {it} {why}"
                    ),
                );
                return None;
            }
        }
        let v = self.value(fs, &xop)?;
        Some((xop, v, t))
    }

    /// `x.(T)`; with `comma_ok`, the pair `(value, ok)` as a tuple.
    pub(crate) fn type_assert(&mut self, fs: &mut FnState, e: ExprId, comma_ok: bool) -> Operand {
        let inv = self.invalid();
        let Some((xop, v, t)) = self.assert_operands(fs, e) else {
            return Operand::invalid(inv);
        };
        let ok = self.holds(fs, v, t);
        let it = if self.is_aggregate(t) {
            self.ir_ptr(t)
        } else {
            self.ir_type(t)
        };
        let (yes, no, join) = (
            fs.b.create_block(),
            fs.b.create_block(),
            fs.b.create_block(),
        );
        let result = fs.b.func.append_param(join, it);
        fs.b.brif(ok, yes, no);
        fs.b.seal_block(yes);
        fs.b.seal_block(no);
        fs.b.switch_to_block(yes);
        let got = self.unbox(fs, v, t);
        fs.b.jump(join, vec![got]);
        fs.b.switch_to_block(no);
        if comma_ok {
            let zero = if self.is_aggregate(t) {
                let at = self.ir_type(t);
                fs.b.ins1(ir::Op::Alloc(at), it)
            } else {
                self.zero_scalar(fs, t)
            };
            fs.b.jump(join, vec![zero]);
        } else {
            self.assertion_panic(fs, &xop, v, t);
        }
        fs.b.seal_block(join);
        fs.b.switch_to_block(join);
        if comma_ok {
            let bool_t = self.basic(Basic::Bool);
            let tuple = self.tt.intern(TypeKind::Tuple(vec![t, bool_t]));
            return Operand {
                mode: Mode::Tuple(vec![result, ok]),
                ty: tuple,
                expr: Some(e),
            };
        }
        Operand {
            mode: Mode::Value(result),
            ty: t,
            expr: Some(e),
        }
    }

    /// `panic: interface conversion: I is D, not T`.
    fn assertion_panic(&mut self, fs: &mut FnState, xop: &Operand, v: ir::Value, t: TypeId) {
        let st = self.basic(Basic::String);
        let sit = self.ir_type(st);
        let i32t = self.tt.basic(Basic::Int32);
        let i32t = self.ir_type(i32t);
        let static_name = self.go_type_name(xop.ty);
        let tn = self.go_type_name(t);
        let tid = fs.b.ins1(ir::Op::IfaceTypeId(v), i32t);
        let f = self.typename_func();
        let call = fs.b.ins(ir::Op::Call(f, vec![tid]), &[sit]);
        let dyn_name = fs.b.func.insts[call].results[0];
        if self.iface_methods(t).is_some() {
            // A nil value asserted to an interface: "interface is nil, not I".
            let bt = self.basic(Basic::Bool);
            let bt = self.ir_type(bt);
            let isnil = fs.b.ins1(ir::Op::IsNil(v), bt);
            let (nil_b, some_b) = (fs.b.create_block(), fs.b.create_block());
            fs.b.brif(isnil, nil_b, some_b);
            fs.b.seal_block(nil_b);
            fs.b.seal_block(some_b);
            fs.b.switch_to_block(nil_b);
            let msg = format!("interface conversion: interface is nil, not {tn}");
            let m = fs.b.ins1(ir::Op::Sconst(msg.into_bytes()), sit);
            self.panic_msg(fs, "panicTypeAssert", m);
            fs.b.switch_to_block(some_b);
        }
        // Concrete target: "I is D, not T". Interface target: "D is not T:
        // missing method M", M the first method the dynamic type lacks.
        let m = if self.iface_methods(t).is_some() {
            let f = self.missing_func(t);
            let call = fs.b.ins(ir::Op::Call(f, vec![tid]), &[sit]);
            let missing = fs.b.func.insts[call].results[0];
            let head =
                fs.b.ins1(ir::Op::Sconst(b"interface conversion: ".to_vec()), sit);
            let mid = fs.b.ins1(
                ir::Op::Sconst(format!(" is not {tn}: missing method ").into_bytes()),
                sit,
            );
            let m = fs.b.ins1(ir::Op::StrConcat(head, dyn_name), sit);
            let m = fs.b.ins1(ir::Op::StrConcat(m, mid), sit);
            fs.b.ins1(ir::Op::StrConcat(m, missing), sit)
        } else {
            let head = fs.b.ins1(
                ir::Op::Sconst(format!("interface conversion: {static_name} is ").into_bytes()),
                sit,
            );
            // Same spelling, different types: Go says which.
            let tn_v = fs.b.ins1(ir::Op::Sconst(tn.clone().into_bytes()), sit);
            let same = self.emit_compare(&mut fs.b, ast::BinOp::Eq, st, dyn_name, tn_v);
            let tail_var = fs.b.declare_var(sit);
            let plain =
                fs.b.ins1(ir::Op::Sconst(format!(", not {tn}").into_bytes()), sit);
            fs.b.def_var(tail_var, plain);
            let (scopes, join) = (fs.b.create_block(), fs.b.create_block());
            fs.b.brif(same, scopes, join);
            fs.b.seal_block(scopes);
            fs.b.switch_to_block(scopes);
            let text = format!(", not {tn} (types from different scopes)");
            let noted = fs.b.ins1(ir::Op::Sconst(text.into_bytes()), sit);
            fs.b.def_var(tail_var, noted);
            fs.b.jump(join, vec![]);
            fs.b.seal_block(join);
            fs.b.switch_to_block(join);
            let tail = fs.b.use_var(tail_var);
            let m = fs.b.ins1(ir::Op::StrConcat(head, dyn_name), sit);
            fs.b.ins1(ir::Op::StrConcat(m, tail), sit)
        };
        self.panic_msg(fs, "panicTypeAssert", m);
    }

    /// `switch [init;] [v :=] x.(type) { case T1, T2: ... }`.
    pub(crate) fn type_switch(&mut self, fs: &mut FnState, s: ast::StmtId, label: Option<String>) {
        let Stmt::TypeSwitch {
            init,
            bind,
            x,
            body,
            ..
        } = self.pkg.stmt(s).clone()
        else {
            return;
        };
        self.open_scope(fs);
        if let Some(i) = init {
            self.stmt(fs, i);
        }
        // The parser stores the asserted operand itself (`y` in `y.(type)`).
        let inner = match self.expr(x).clone() {
            Expr::TypeAssert {
                x: inner, ty: None, ..
            } => inner,
            _ => x,
        };
        let xop = self.rvalue(fs, inner);
        if xop.is_invalid() {
            self.close_scope(fs);
            return;
        }
        if self.iface_methods(xop.ty).is_none() {
            let d = self.describe(&xop);
            self.error(self.pos_of(inner), format!("{d} is not an interface"));
            self.close_scope(fs);
            return;
        }
        let Some(v) = self.value(fs, &xop) else {
            return;
        };
        let bodies: Vec<ir::Block> = body.iter().map(|_| fs.b.create_block()).collect();
        let end = fs.b.create_block();
        let mut default = None;
        // Per clause: its single type (for the bound variable), if any.
        let mut clause_types: Vec<Option<TypeId>> = Vec::new();
        let mut seen: HashMap<TypeId, crate::pos::Pos> = HashMap::new();
        for (ci, cl) in body.iter().enumerate() {
            if cl.default {
                default = Some(ci);
                clause_types.push(None);
                continue;
            }
            let mut single = None;
            for &te in &cl.list {
                let is_nil = matches!(self.expr(te), Expr::Ident(i) if i.name == "nil")
                    && matches!(
                        self.lookup(Some(fs), "nil")
                            .map(|o| &self.objs[o.0 as usize]),
                        Some(Obj::Nil)
                    );
                let next = fs.b.create_block();
                let cond = if is_nil {
                    let bt = self.basic(Basic::Bool);
                    let bt = self.ir_type(bt);
                    fs.b.ins1(ir::Op::IsNil(v), bt)
                } else {
                    let t = self.type_expr(Some(&mut *fs), te);
                    if self.tt.is_invalid(t) {
                        continue;
                    }
                    if self.iface_methods(t).is_none() {
                        if let Err(why) = self.implements(t, xop.ty) {
                            let (xt, tn, it) = (
                                self.expr_text(inner),
                                self.tt.display(t),
                                self.tt.display(xop.ty),
                            );
                            self.error(self.pos_of(te), format!("impossible type switch case: {xt} (variable of type {it}) cannot have dynamic type {tn} {why}"));
                            continue;
                        }
                    }
                    if let Some(prev) = seen.insert(t, self.pos_of(te)) {
                        let tn = self.tt.display(t);
                        let msg = format!("duplicate case {tn} in type switch");
                        self.diags
                            .error_with(self.pos_of(te), msg, prev, "previous case".into());
                    }
                    if cl.list.len() == 1 {
                        single = Some(t);
                    }
                    self.holds(fs, v, t)
                };
                fs.b.brif(cond, bodies[ci], next);
                fs.b.seal_block(next);
                fs.b.switch_to_block(next);
            }
            clause_types.push(single);
        }
        fs.b.jump(default.map(|d| bodies[d]).unwrap_or(end), vec![]);
        let mut used_any = false;
        for (ci, cl) in body.iter().enumerate() {
            fs.b.seal_block(bodies[ci]);
            fs.b.switch_to_block(bodies[ci]);
            self.open_scope(fs);
            let mut clause_obj = None;
            if let Some(b) = &bind {
                if b.name != "_" {
                    let (t, val) = match clause_types[ci] {
                        Some(t) => (t, self.unbox(fs, v, t)),
                        None => (xop.ty, v),
                    };
                    let op = Operand {
                        mode: Mode::Value(val),
                        ty: t,
                        expr: None,
                    };
                    clause_obj = self.declare_local(fs, &b.name, b.pos, t, Some(op));
                }
            }
            fs.breakables.push(Breakable {
                brk: end,
                cont: None,
                label: label.clone(),
            });
            self.block_stmts(fs, &cl.body);
            fs.breakables.pop();
            // The clause's copy of the variable: Go reports it unused only
            // when no clause uses it (below), so it is not reported here.
            if let Some(o) = clause_obj {
                used_any |= matches!(self.objs[o.0 as usize], Obj::Var { used: true, .. });
                self.objs[o.0 as usize].set_used();
            }
            self.close_scope(fs);
            fs.b.jump(end, vec![]);
        }
        fs.b.seal_block(end);
        fs.b.switch_to_block(end);
        if let (Some(b), false) = (&bind, used_any) {
            if b.name != "_" {
                self.diags
                    .unused(b.pos, format!("{} declared and not used", b.name));
            }
        }
        self.close_scope(fs);
    }
}
