//! Statements and scopes: blocks, if, for, range, switch, break/continue,
//! return, local declarations, and the "declared and not used" and "missing
//! return" rules.

use super::{Breakable, Checker, FnState, Mode, Obj, ObjId, Operand, Storage};
use crate::ast::{self, BranchKind, Expr, ExprId, Stmt, StmtId};
use crate::constant::ConstVal;
use crate::pos::Pos;
use crate::types::{Basic, TypeId, TypeKind};
use gowgc_ir as ir;
use std::collections::{HashMap, HashSet};

impl Checker<'_> {
    pub(crate) fn open_scope(&mut self, fs: &mut FnState) {
        fs.scopes.push(HashMap::new());
    }

    /// Closes the innermost scope, reporting unused variables.
    pub(crate) fn close_scope(&mut self, fs: &mut FnState) {
        let Some(scope) = fs.scopes.pop() else { return };
        // In position order, as types2 reports them (which matters when
        // the error limit cuts the list).
        let mut objs: Vec<ObjId> = scope.into_values().collect();
        objs.sort_by_key(|o| match &self.objs[o.0 as usize] {
            Obj::Var { pos, .. } => *pos,
            _ => Pos::default(),
        });
        for o in &objs {
            if let Obj::Var {
                used: false,
                local: true,
                pos,
                name,
                ..
            } = &self.objs[o.0 as usize]
            {
                self.diags
                    .unused(*pos, format!("declared and not used: {name}"));
            }
        }
    }

    /// Declares a local variable initialized from `init` (or zero). `t` may
    /// be spelled (see `shown`).
    pub(crate) fn declare_local(
        &mut self,
        fs: &mut FnState,
        name: &str,
        pos: Pos,
        spelled: TypeId,
        init: Option<Operand>,
    ) -> Option<ObjId> {
        let t = self.tt.canon(spelled);
        if name == "_" {
            if let Some(op) = &init {
                let _ = self.value(fs, op);
            }
            return None;
        }
        let storage = if self.is_aggregate(t) || fs.addr_taken.contains(name) {
            let it = self.ir_type(t);
            let pt = self.ir_ptr(t);
            let p = match &init {
                // Parameters of aggregate type arrive as a private copy.
                Some(Operand {
                    mode: Mode::Value(v),
                    expr: None,
                    ..
                }) if self.is_aggregate(t) => *v,
                _ => {
                    let p = fs.b.ins1(ir::Op::Alloc(it), pt);
                    if let Some(op) = &init {
                        self.store_to(fs, p, t, op);
                    }
                    p
                }
            };
            let var = fs.b.declare_var(pt);
            fs.b.def_var(var, p);
            Storage::Mem(var)
        } else {
            let it = self.ir_type(t);
            let v = match &init {
                Some(op) => self.value(fs, op)?,
                None => self.zero_scalar(fs, t),
            };
            let var = fs.b.declare_var(it);
            fs.b.def_var(var, v);
            Storage::Ssa(var)
        };
        let o = self.new_obj(Obj::Var {
            ty: t,
            storage,
            used: false,
            local: true,
            pos,
            name: name.to_string(),
        });
        self.record_shown_obj(o, spelled);
        self.insert_local(fs, name, pos, o);
        Some(o)
    }

    pub(crate) fn insert_local(&mut self, fs: &mut FnState, name: &str, pos: Pos, o: ObjId) {
        let scope = fs.scopes.last_mut().unwrap();
        if let Some(&prev) = scope.get(name) {
            let ppos = match &self.objs[prev.0 as usize] {
                Obj::Var { pos, .. } => *pos,
                _ => pos,
            };
            self.diags.error_with(
                pos,
                format!("{name} redeclared in this block"),
                ppos,
                format!("other declaration of {name}"),
            );
            return;
        }
        scope.insert(name.to_string(), o);
    }

    /// The zero value of a non-aggregate type.
    pub(crate) fn zero_scalar(&mut self, fs: &mut FnState, t: TypeId) -> ir::Value {
        let it = self.ir_type(t);
        let op = match self.tt.ukind(t) {
            TypeKind::Basic(b) if b.is_float() => ir::Op::Fconst(0),
            TypeKind::Basic(b) if b.is_string() => ir::Op::Sconst(vec![]),
            TypeKind::Basic(_) => ir::Op::Iconst(0),
            _ => ir::Op::Nil,
        };
        fs.b.ins1(op, it)
    }

    pub(crate) fn block_stmts(&mut self, fs: &mut FnState, stmts: &[StmtId]) {
        for &s in stmts {
            self.stmt(fs, s);
        }
    }

    fn block(&mut self, fs: &mut FnState, b: &ast::Block) {
        self.open_scope(fs);
        self.block_stmts(fs, &b.stmts);
        self.close_scope(fs);
    }

    pub(crate) fn stmt(&mut self, fs: &mut FnState, s: StmtId) {
        self.stmt_labeled(fs, s, None)
    }

    /// A statement, with the label naming it for `break`/`continue` (if any).
    fn stmt_labeled(&mut self, fs: &mut FnState, s: StmtId, label: Option<String>) {
        let st = self.pkg.stmt(s).clone();
        match st {
            Stmt::Bad(_) | Stmt::Empty(_) => {}
            Stmt::Decl(d, pos) => self.local_decl(fs, &d, pos),
            Stmt::Labeled { label, stmt } => self.labeled(fs, &label, stmt),
            Stmt::Expr(e) => self.expr_stmt(fs, e),
            Stmt::IncDec { x, inc, pos } => self.inc_dec(fs, x, inc, pos),
            Stmt::Assign { lhs, op, rhs, pos } => self.assign_stmt(fs, &lhs, op, &rhs, pos),
            Stmt::Return { results, pos } => self.return_stmt(fs, &results, pos),
            Stmt::Branch { kind, label, pos } => self.branch(fs, kind, label.as_ref(), pos),
            Stmt::Block(b) => self.block(fs, &b),
            Stmt::If {
                init,
                cond,
                then,
                els,
                ..
            } => self.if_stmt(fs, init, cond, &then, els),
            Stmt::For {
                init,
                cond,
                post,
                body,
                ..
            } => self.for_stmt(fs, init, cond, post, &body, label),
            Stmt::Range {
                key,
                value,
                define,
                x,
                body,
                pos,
            } => self.range_stmt(fs, key, value, define, x, &body, pos, label),
            Stmt::Switch {
                init, tag, body, ..
            } => self.switch_stmt(fs, init, tag, &body, label),
            Stmt::Go { pos, .. } => self.diags.unsupported(pos, "go statements"),
            Stmt::Defer { call, .. } => self.defer_stmt(fs, call),
            Stmt::Send { pos, .. } => self.diags.unsupported(pos, "channels"),
            Stmt::Select { pos, .. } => self.diags.unsupported(pos, "select"),
            Stmt::TypeSwitch { .. } => self.type_switch(fs, s, label),
        }
    }

    /// The block a label starts (shared by the label and its gotos).
    fn label_block(&mut self, fs: &mut FnState, name: &str) -> ir::Block {
        if let Some(&b) = fs.labels.get(name) {
            return b;
        }
        let b = fs.b.create_block();
        fs.labels.insert(name.to_string(), b);
        b
    }

    fn labeled(&mut self, fs: &mut FnState, label: &ast::Ident, s: StmtId) {
        let blk = self.label_block(fs, &label.name);
        fs.b.jump(blk, vec![]);
        fs.b.switch_to_block(blk);
        self.stmt_labeled(fs, s, Some(label.name.clone()));
    }

    fn expr_stmt(&mut self, fs: &mut FnState, e: ExprId) {
        let inner = self.unparen(e);
        let op = self.expr_op(fs, e);
        if op.is_invalid() {
            return;
        }
        let is_call = matches!(self.expr(inner), Expr::Call { .. });
        if is_call {
            // Builtins whose value must be used.
            if let Expr::Call { func, .. } = self.expr(inner) {
                let f = self.unparen(*func);
                if let Expr::Ident(id) = self.expr(f) {
                    let builtin_value = [
                        "len", "cap", "append", "make", "new", "min", "max", "complex", "real",
                        "imag",
                    ];
                    if builtin_value.contains(&id.name.as_str())
                        && matches!(
                            self.lookup(Some(fs), &id.name)
                                .map(|o| &self.objs[o.0 as usize]),
                            Some(Obj::Builtin(_))
                        )
                    {
                        let text = self.expr_text(e);
                        let pos = self.pos_of(e);
                        self.error(
                            pos,
                            format!(
                                "{text} (value of type {}) is not used",
                                self.tt.display(op.ty)
                            ),
                        );
                    }
                }
            }
            return;
        }
        let d = self.describe(&op);
        let pos = self.pos_of(e);
        self.error(pos, format!("{d} is not used"));
    }

    fn local_decl(&mut self, fs: &mut FnState, d: &ast::Decl, pos: Pos) {
        match d {
            ast::Decl::Var(specs) => {
                for s in specs {
                    self.local_var_spec(fs, s);
                }
            }
            ast::Decl::Const(specs) => {
                for s in specs {
                    for (ni, n) in s.names.iter().enumerate() {
                        let r = self.eval_const_spec(Some(&mut *fs), s, ni);
                        let st = match r {
                            Some((t, v)) => super::ConstState::Done(t, v),
                            None => {
                                let inv = self.invalid();
                                super::ConstState::Done(inv, ConstVal::int(0))
                            }
                        };
                        if n.name == "_" {
                            continue;
                        }
                        let o = self.new_obj(Obj::Const(st));
                        self.insert_local(fs, &n.name, n.pos, o);
                    }
                }
            }
            ast::Decl::Type(specs) => {
                for s in specs {
                    if !s.type_params.is_empty() {
                        self.diags.unsupported(s.name.pos, "generic types");
                        continue;
                    }
                    let t = if s.alias {
                        self.type_expr(Some(&mut *fs), s.ty)
                    } else {
                        let t = self.tt.new_named(&s.name.name);
                        let o = self.new_obj(Obj::TypeName(t));
                        self.insert_local(fs, &s.name.name, s.name.pos, o);
                        let u = self.type_expr(Some(&mut *fs), s.ty);
                        let u = self.tt.under(u);
                        self.set_underlying(t, u, s.ty);
                        continue;
                    };
                    let o = self.new_obj(Obj::TypeName(t));
                    self.insert_local(fs, &s.name.name, s.name.pos, o);
                }
            }
            ast::Decl::Func(_) => self.error(pos, "function declaration inside function"),
        }
    }

    fn local_var_spec(&mut self, fs: &mut FnState, s: &ast::ValueSpec) {
        let declared = s.ty.map(|t| self.type_expr(Some(&mut *fs), t));
        let spelled = s.ty.and_then(|t| self.shown.types.get(&t).copied());
        if declared.is_some_and(|t| self.tt.is_invalid(t)) {
            for v in &s.values {
                let _ = self.expr_op(fs, *v);
            }
            self.declare_invalid(fs, &s.names);
            return;
        }
        if s.values.is_empty() {
            let t = spelled.or(declared).unwrap();
            for n in &s.names {
                self.declare_local(fs, &n.name, n.pos, t, None);
            }
            return;
        }
        let Some(ops) = self.rhs_operands(
            fs,
            &s.values,
            s.names.len(),
            s.names[0].pos,
            "variable declaration",
        ) else {
            self.declare_invalid(fs, &s.names);
            return;
        };
        let ops = self.prepare_multi(fs, ops);
        for (n, op) in s.names.iter().zip(ops) {
            let t = match spelled.or(declared) {
                Some(t) => t,
                None => {
                    if let Mode::Nil = op.mode {
                        let p = op.expr.map(|e| self.pos_of(e)).unwrap_or(n.pos);
                        self.error(p, "use of untyped nil in variable declaration");
                        self.declare_invalid(fs, std::slice::from_ref(n));
                        continue;
                    }
                    self.spelled_default(&op)
                }
            };
            match self.assign_op(op, t, "variable declaration") {
                Some(op) => {
                    self.declare_local(fs, &n.name, n.pos, t, Some(op));
                }
                // A declared type survives a bad initializer (later uses
                // are checked against it, as types2 does).
                None if declared.is_some() => {
                    self.declare_local(fs, &n.name, n.pos, t, None);
                }
                None => self.declare_invalid(fs, std::slice::from_ref(n)),
            }
        }
    }

    /// Declares names with the invalid type (after an error).
    pub(crate) fn declare_invalid(&mut self, fs: &mut FnState, names: &[ast::Ident]) {
        for n in names {
            if n.name == "_" {
                continue;
            }
            let inv = self.invalid();
            let o = self.new_obj(Obj::Var {
                ty: inv,
                storage: Storage::None,
                used: false,
                local: true,
                pos: n.pos,
                name: n.name.clone(),
            });
            self.insert_local(fs, &n.name, n.pos, o);
        }
    }

    fn return_stmt(&mut self, fs: &mut FnState, results: &[ExprId], pos: Pos) {
        let want = fs.results.clone();
        if results.is_empty() {
            if want.is_empty() {
                self.emit_return(fs, vec![]);
            } else if !fs.named_results.is_empty() {
                // Every named result must be visible at a bare return.
                for &o in &fs.named_results.clone() {
                    let Obj::Var { name, .. } = self.objs[o.0 as usize].clone() else {
                        continue;
                    };
                    let Some(found) = self.lookup(Some(fs), &name) else {
                        continue;
                    };
                    if found != o {
                        if let Obj::Var { pos: ipos, ty, .. } = self.objs[found.0 as usize].clone()
                        {
                            let tn = self.tt.display(ty);
                            self.diags.error_with(
                                pos,
                                format!("result parameter {name} not in scope at return"),
                                ipos,
                                format!("inner declaration of var {name} {tn}"),
                            );
                            return;
                        }
                    }
                }
                self.return_named(fs);
            } else {
                let want = self.type_list(&fs.shown_results);
                self.error(
                    pos,
                    format!("not enough return values\n\thave ()\n\twant ({want})"),
                );
            }
            return;
        }
        if want.is_empty() {
            let p = self.pos_of(results[0]);
            let mut have = Vec::new();
            for &r in results {
                let op = self.expr_op(fs, r);
                have.push(self.arg_type_name(&op));
            }
            let have = have.join(", ");
            self.error(
                p,
                format!("too many return values\n\thave ({have})\n\twant ()"),
            );
            return;
        }
        let Some(ops) = self.arg_operands(fs, results) else {
            return;
        };
        if ops.len() != want.len() {
            let have: Vec<String> = ops.iter().map(|o| self.arg_type_name(o)).collect();
            let wanted = self.type_list(&fs.shown_results);
            let lists = format!("\n\thave ({})\n\twant ({wanted})", have.join(", "));
            // types2: too many at the first extra value, not enough at the
            // last value given.
            let (p, msg) = if ops.len() < want.len() {
                (
                    self.pos_of(*results.last().unwrap()),
                    "not enough return values",
                )
            } else {
                (
                    results
                        .get(want.len())
                        .map(|r| self.pos_of(*r))
                        .unwrap_or(pos),
                    "too many return values",
                )
            };
            self.error(p, format!("{msg}{lists}"));
            return;
        }
        let mut vals = Vec::new();
        let mut ok = true;
        let shown = fs.shown_results.clone();
        for (i, (op, t)) in ops.into_iter().zip(want).enumerate() {
            let target = shown.get(i).copied().unwrap_or(t);
            let Some(op) = self.assign_op(op, target, "return statement") else {
                ok = false;
                continue;
            };
            let Some(v) = self.value(fs, &op) else { return };
            let v = if self.is_aggregate(t) {
                self.copy_aggregate(fs, t, v)
            } else {
                v
            };
            vals.push(v);
        }
        if ok {
            self.emit_return(fs, vals);
        }
    }

    /// `return` with named results: their current values.
    pub(crate) fn return_named(&mut self, fs: &mut FnState) {
        let mut vals = Vec::new();
        for o in fs.named_results.clone() {
            let Obj::Var { ty, storage, .. } = self.objs[o.0 as usize].clone() else {
                continue;
            };
            let m = self.var_operand(ty, storage, fs);
            let op = Operand {
                mode: m,
                ty,
                expr: None,
            };
            let Some(v) = self.value(fs, &op) else { return };
            let v = if self.is_aggregate(ty) {
                self.copy_aggregate(fs, ty, v)
            } else {
                v
            };
            vals.push(v);
        }
        self.emit_return(fs, vals);
    }

    fn branch(&mut self, fs: &mut FnState, kind: BranchKind, label: Option<&ast::Ident>, pos: Pos) {
        match kind {
            BranchKind::Goto => {
                // Undefined labels were reported by `check_labels`.
                let Some(l) = label else { return };
                if fs.first_goto.is_none() {
                    fs.first_goto = Some(pos);
                }
                let blk = self.label_block(fs, &l.name);
                fs.b.jump(blk, vec![]);
            }
            BranchKind::Fallthrough => self.error(pos, "fallthrough statement out of place"),
            BranchKind::Break | BranchKind::Continue => {
                let is_break = kind == BranchKind::Break;
                let target = fs.breakables.iter().rev().find(|b| match label {
                    Some(l) => b.label.as_deref() == Some(&l.name),
                    None => is_break || b.cont.is_some(),
                });
                let Some(t) = target.cloned() else {
                    let msg = match (label, is_break) {
                        // Bad labels were reported by `check_labels`.
                        (Some(_), _) => return,
                        (None, true) => "break is not in a loop, switch, or select".to_string(),
                        (None, false) => "continue is not in a loop".to_string(),
                    };
                    self.error(pos, msg);
                    return;
                };
                let dest = if is_break {
                    t.brk
                } else {
                    match t.cont {
                        Some(c) => c,
                        // A label on a switch: reported by `check_labels`.
                        None => return,
                    }
                };
                fs.b.jump(dest, vec![]);
            }
        }
    }

    /// A condition: must be boolean.
    pub(crate) fn condition(
        &mut self,
        fs: &mut FnState,
        cond: ExprId,
        what: &str,
    ) -> Option<ir::Value> {
        let op = self.rvalue(fs, cond);
        if op.is_invalid() {
            return None;
        }
        if !self.tt.is(op.ty, |b| b.is_bool()) {
            let pos = self.pos_of(cond);
            self.error(pos, format!("non-boolean condition in {what} statement"));
            return None;
        }
        self.value(fs, &op)
    }

    fn if_stmt(
        &mut self,
        fs: &mut FnState,
        init: Option<StmtId>,
        cond: ExprId,
        then: &ast::Block,
        els: Option<StmtId>,
    ) {
        self.open_scope(fs);
        if let Some(i) = init {
            self.stmt(fs, i);
        }
        let c = self.condition(fs, cond, "if");
        let tb = fs.b.create_block();
        let eb = fs.b.create_block();
        let join = fs.b.create_block();
        match c {
            Some(c) => fs.b.brif(c, tb, eb),
            None => fs.b.jump(tb, vec![]),
        }
        fs.b.seal_block(tb);
        fs.b.switch_to_block(tb);
        self.block(fs, then);
        fs.b.jump(join, vec![]);
        fs.b.seal_block(eb);
        fs.b.switch_to_block(eb);
        if let Some(e) = els {
            self.stmt(fs, e);
        }
        fs.b.jump(join, vec![]);
        fs.b.seal_block(join);
        fs.b.switch_to_block(join);
        self.close_scope(fs);
    }

    fn for_stmt(
        &mut self,
        fs: &mut FnState,
        init: Option<StmtId>,
        cond: Option<ExprId>,
        post: Option<StmtId>,
        body: &ast::Block,
        label: Option<String>,
    ) {
        self.open_scope(fs);
        if let Some(i) = init {
            self.stmt(fs, i);
        }
        // Loop variables in memory get a fresh copy per iteration (Go 1.22).
        let loop_vars: Vec<(TypeId, ir::builder::Variable)> = fs
            .scopes
            .last()
            .unwrap()
            .values()
            .filter_map(|o| match &self.objs[o.0 as usize] {
                Obj::Var {
                    ty,
                    storage: Storage::Mem(v),
                    ..
                } => Some((*ty, *v)),
                _ => None,
            })
            .collect();
        let header = fs.b.create_block();
        let body_b = fs.b.create_block();
        let post_b = fs.b.create_block();
        let exit = fs.b.create_block();
        fs.b.jump(header, vec![]);
        fs.b.switch_to_block(header);
        match cond.and_then(|c| self.condition(fs, c, "for")) {
            Some(c) => fs.b.brif(c, body_b, exit),
            None => fs.b.jump(body_b, vec![]),
        }
        fs.b.seal_block(body_b);
        fs.b.switch_to_block(body_b);
        fs.breakables.push(Breakable {
            brk: exit,
            cont: Some(post_b),
            label,
        });
        self.block(fs, body);
        fs.breakables.pop();
        fs.b.jump(post_b, vec![]);
        fs.b.seal_block(post_b);
        fs.b.switch_to_block(post_b);
        // The next iteration's variable is declared before the post
        // statement, initialized from this iteration's (Go 1.22).
        for &(t, var) in &loop_vars {
            let old = fs.b.use_var(var);
            let fresh = self.copy_var_storage(fs, t, old);
            fs.b.def_var(var, fresh);
        }
        if let Some(p) = post {
            self.stmt(fs, p);
        }
        fs.b.jump(header, vec![]);
        fs.b.seal_block(header);
        fs.b.seal_block(exit);
        fs.b.switch_to_block(exit);
        self.close_scope(fs);
    }

    fn copy_var_storage(&mut self, fs: &mut FnState, t: TypeId, old: ir::Value) -> ir::Value {
        let it = self.ir_type(t);
        let pt = self.ir_ptr(t);
        let fresh = fs.b.ins1(ir::Op::Alloc(it), pt);
        if self.is_aggregate(t) {
            fs.b.ins(ir::Op::Copy(fresh, old), &[]);
        } else {
            let v = fs.b.ins1(ir::Op::Load(old), it);
            fs.b.ins(ir::Op::Store(fresh, v), &[]);
        }
        fresh
    }

    #[allow(clippy::too_many_arguments)]
    fn range_stmt(
        &mut self,
        fs: &mut FnState,
        key: Option<ExprId>,
        value: Option<ExprId>,
        define: bool,
        x: ExprId,
        body: &ast::Block,
        _pos: Pos,
        label: Option<String>,
    ) {
        let xop = self.rvalue(fs, x);
        if xop.is_invalid() {
            return;
        }
        let int = self.basic(Basic::Int);
        let it = self.ir_type(int);
        // What is ranged over: length, and how to get element i.
        enum Over {
            Int,
            Slice,
            Array,
            Str,
            /// A map: a snapshot of its keys, the map and its type; each key
            /// still present is looked up when its turn comes.
            Map(ir::Value, ir::Value, TypeId, Option<ir::Value>),
        }
        let (over, n, key_t, val_t) = match self.tt.ukind(xop.ty).clone() {
            TypeKind::Basic(b) if b.is_integer() => {
                let t = if self.tt.is_untyped(xop.ty) {
                    int
                } else {
                    xop.ty
                };
                let op = self.assign_op(xop.clone(), t, "range").unwrap();
                let v = self.value(fs, &op).unwrap();
                (Over::Int, self.widen_to_int64(fs, v, t), t, None)
            }
            TypeKind::Slice(et) => {
                let s = self.value(fs, &xop).unwrap();
                let n = fs.b.ins1(ir::Op::SliceLen(s), it);
                let sv = fs.b.declare_var(self.ir_type(xop.ty));
                fs.b.def_var(sv, s);
                let _ = sv;
                (Over::Slice, n, int, Some((et, s)))
            }
            TypeKind::Array(et, len) => {
                // Ranging over an array value ranges over a copy.
                let p = self.value(fs, &xop).unwrap();
                let p = if value.is_some() {
                    self.copy_aggregate(fs, xop.ty, p)
                } else {
                    p
                };
                let n = fs.b.ins1(ir::Op::Iconst(len as i64), it);
                (Over::Array, n, int, Some((et, p)))
            }
            TypeKind::Pointer(a) if matches!(self.tt.ukind(a), TypeKind::Array(..)) => {
                let TypeKind::Array(et, len) = self.tt.ukind(a).clone() else {
                    return;
                };
                let p = self.value(fs, &xop).unwrap();
                let n = fs.b.ins1(ir::Op::Iconst(len as i64), it);
                (Over::Array, n, int, Some((et, p)))
            }
            TypeKind::Basic(b) if b.is_string() => {
                let st = self.basic(Basic::String);
                let xop = self.assign_op(xop.clone(), st, "range").unwrap();
                let s = self.value(fs, &xop).unwrap();
                let n = fs.b.ins1(ir::Op::StrLen(s), it);
                let rune = self.basic(Basic::Int32);
                (Over::Str, n, int, Some((rune, s)))
            }
            TypeKind::Map(_, vt) => {
                let m = self.value(fs, &xop).unwrap();
                let TypeKind::Map(kt, _) = self.tt.ukind(xop.ty).clone() else {
                    unreachable!()
                };
                let nan_keys = self.key_has_float(kt);
                let (snap, vsnap) = self.map_snapshot(&mut fs.b, xop.ty, m, nan_keys);
                let n = fs.b.ins1(ir::Op::SliceLen(snap), it);
                (Over::Map(snap, m, xop.ty, vsnap), n, int, Some((vt, m)))
            }
            _ => {
                let d = self.describe(&xop);
                let p = self.pos_of(x);
                self.error(p, format!("cannot range over {d}"));
                return;
            }
        };
        if let (Some(value), None) = (value, val_t) {
            let p = self.pos_of(value);
            let d = self.describe(&xop);
            self.error(
                p,
                format!("range over {d} permits only one iteration variable"),
            );
            return;
        }
        self.open_scope(fs);
        let key_it = self.ir_type(key_t);
        let counter = fs.b.declare_var(key_it);
        let zero = fs.b.ins1(ir::Op::Iconst(0), key_it);
        fs.b.def_var(counter, zero);
        let header = fs.b.create_block();
        let body_b = fs.b.create_block();
        let post_b = fs.b.create_block();
        let exit = fs.b.create_block();
        fs.b.jump(header, vec![]);
        fs.b.switch_to_block(header);
        let i = fs.b.use_var(counter);
        let bool_t = self.basic(Basic::Bool);
        let bt = self.ir_type(bool_t);
        let i64v = if key_it == it {
            i
        } else {
            fs.b.ins1(ir::Op::Convert(ir::ConvertKind::IntToInt, i), it)
        };
        let c = fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Lt, i64v, n), bt);
        fs.b.brif(c, body_b, exit);
        fs.b.seal_block(body_b);
        fs.b.switch_to_block(body_b);
        self.open_scope(fs);
        let i = fs.b.use_var(counter);
        // A map key deleted since the snapshot is skipped; a present one
        // yields its current value.
        let map_step = match over {
            Over::Map(snap, m, mt, vsnap) => {
                let TypeKind::Map(kt, vt) = self.tt.ukind(mt).clone() else {
                    unreachable!()
                };
                let pt = self.ir_ptr(kt);
                let p = fs.b.ins1(ir::Op::SliceIndexAddr(snap, i), pt);
                let k = self.load_for_key(fs, p, kt);
                let (mut v, mut ok) = self.map_read(&mut fs.b, mt, m, k);
                if let Some(vs) = vsnap {
                    // A NaN key cannot be found again: use its snapshot value.
                    let bool_t = self.basic(Basic::Bool);
                    let bt = self.ir_type(bool_t);
                    let same = self.emit_compare(&mut fs.b, ast::BinOp::Eq, kt, k, k);
                    let nan = fs.b.ins1(ir::Op::Unary(ir::UnaryOp::Not, same), bt);
                    let vpt = self.ir_ptr(vt);
                    let pv = fs.b.ins1(ir::Op::SliceIndexAddr(vs, i), vpt);
                    let sv = self.load_for_key(fs, pv, vt);
                    let vit = fs.b.func.value_type(v);
                    v = fs.b.ins1(ir::Op::Select(nan, sv, v), vit);
                    ok = fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Or, ok, nan), bt);
                }
                let go = fs.b.create_block();
                fs.b.brif(ok, go, post_b);
                fs.b.seal_block(go);
                fs.b.switch_to_block(go);
                Some((k, v, kt))
            }
            _ => None,
        };
        // A string yields the rune at i and the index after it.
        let str_step = match (&over, val_t) {
            (Over::Str, Some((rune, s))) => {
                let decode = self.decoderune();
                let rt = self.ir_type(rune);
                let call = fs.b.ins(ir::Op::Call(decode, vec![s, i]), &[rt, it]);
                let rs = fs.b.func.insts[call].results.clone();
                Some((rs[0], rs[1]))
            }
            _ => None,
        };
        // Iteration variables.
        let elem = |c: &mut Self, fs: &mut FnState| -> Option<Operand> {
            let (et, base) = val_t?;
            if let Some((_, v, _)) = map_step {
                return Some(Operand {
                    mode: Mode::Value(v),
                    ty: et,
                    expr: None,
                });
            }
            if let Some((r, _)) = str_step {
                return Some(Operand {
                    mode: Mode::Value(r),
                    ty: et,
                    expr: None,
                });
            }
            let pt = c.ir_ptr(et);
            let i = fs.b.use_var(counter);
            let p = match over {
                Over::Slice => fs.b.ins1(ir::Op::SliceIndexAddr(base, i), pt),
                Over::Array => fs.b.ins1(ir::Op::IndexAddr(base, i), pt),
                Over::Int | Over::Str | Over::Map(..) => return None,
            };
            Some(Operand {
                mode: Mode::Mem(p),
                ty: et,
                expr: None,
            })
        };
        let key_op = match map_step {
            Some((k, _, kt)) => Operand {
                mode: Mode::Value(k),
                ty: kt,
                expr: None,
            },
            None => Operand {
                mode: Mode::Value(i),
                ty: key_t,
                expr: None,
            },
        };
        if define {
            for (vi, (k, op)) in [(key, Some(key_op)), (value, None)].into_iter().enumerate() {
                let Some(k) = k else { continue };
                let Expr::Ident(id) = self.expr(k).clone() else {
                    let p = self.pos_of(k);
                    let text = self.expr_text(k);
                    self.error(p, format!("non-name {text} on left side of :="));
                    continue;
                };
                let op = match op {
                    Some(op) => Some(op),
                    None => elem(self, fs),
                };
                let Some(op) = op else { continue };
                let t = self.shown_range_var(x, xop.ty, vi == 1, op.ty);
                self.declare_local(
                    fs,
                    &id.name,
                    id.pos,
                    t,
                    Some(Operand {
                        expr: Some(k),
                        ..op
                    }),
                );
            }
        } else {
            for (k, op) in [(key, Some(key_op)), (value, None)] {
                let Some(k) = k else { continue };
                if matches!(self.expr(k), Expr::Ident(id) if id.name == "_") {
                    continue;
                }
                let op = match op {
                    Some(op) => Some(op),
                    None => elem(self, fs),
                };
                let Some(op) = op else { continue };
                self.assign_to_expr(fs, k, op, "range");
            }
        }
        fs.breakables.push(Breakable {
            brk: exit,
            cont: Some(post_b),
            label,
        });
        self.block(fs, body);
        fs.breakables.pop();
        self.close_scope(fs);
        fs.b.jump(post_b, vec![]);
        fs.b.seal_block(post_b);
        fs.b.switch_to_block(post_b);
        let next = match str_step {
            Some((_, next)) => next,
            None => {
                let i = fs.b.use_var(counter);
                let one = fs.b.ins1(ir::Op::Iconst(1), key_it);
                fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Add, i, one), key_it)
            }
        };
        fs.b.def_var(counter, next);
        fs.b.jump(header, vec![]);
        fs.b.seal_block(header);
        fs.b.seal_block(exit);
        fs.b.switch_to_block(exit);
        self.close_scope(fs);
    }

    fn switch_stmt(
        &mut self,
        fs: &mut FnState,
        init: Option<StmtId>,
        tag: Option<ExprId>,
        clauses: &[ast::CaseClause],
        label: Option<String>,
    ) {
        self.open_scope(fs);
        if let Some(i) = init {
            self.stmt(fs, i);
        }
        let bool_t = self.basic(Basic::Bool);
        let tag_op = match tag {
            Some(t) => {
                let op = self.rvalue(fs, t);
                if op.is_invalid() {
                    None
                } else {
                    let ty = if self.tt.is_untyped(op.ty) {
                        self.default_type(op.ty)
                    } else {
                        op.ty
                    };
                    let op = self.assign_op(op, ty, "switch expression");
                    op.map(|op| {
                        let v = self.value(fs, &op).unwrap();
                        Operand {
                            mode: Mode::Value(v),
                            ty,
                            expr: Some(t),
                        }
                    })
                }
            }
            None => Some(Operand {
                mode: Mode::Const(ConstVal::Bool(true)),
                ty: bool_t,
                expr: None,
            }),
        };
        // Constant case values already used, for Go's duplicate-case error.
        let mut seen: HashMap<String, Pos> = HashMap::new();
        let bodies: Vec<ir::Block> = clauses.iter().map(|_| fs.b.create_block()).collect();
        let end = fs.b.create_block();
        let mut default = None;
        for (ci, cl) in clauses.iter().enumerate() {
            if cl.default {
                if default.is_some() {
                    self.error(cl.pos, "multiple defaults in switch");
                }
                default = Some(ci);
                continue;
            }
            for &ce in &cl.list {
                let op = self.rvalue(fs, ce);
                let Some(tag_op) = &tag_op else { continue };
                let _ = &mut seen;
                if op.is_invalid() {
                    continue;
                }
                let Some(c) = self.case_compare(fs, tag_op, op, ce, tag.is_none(), &mut seen)
                else {
                    continue;
                };
                let next = fs.b.create_block();
                fs.b.brif(c, bodies[ci], next);
                fs.b.seal_block(next);
                fs.b.switch_to_block(next);
            }
        }
        fs.b.jump(default.map(|d| bodies[d]).unwrap_or(end), vec![]);
        for (ci, cl) in clauses.iter().enumerate() {
            fs.b.seal_block(bodies[ci]);
            fs.b.switch_to_block(bodies[ci]);
            self.open_scope(fs);
            let (stmts, falls) = match cl.body.last().map(|s| self.pkg.stmt(*s)) {
                Some(Stmt::Branch {
                    kind: BranchKind::Fallthrough,
                    pos,
                    ..
                }) => {
                    if ci + 1 == clauses.len() {
                        self.error(*pos, "cannot fallthrough final case in switch");
                    }
                    (&cl.body[..cl.body.len() - 1], true)
                }
                _ => (&cl.body[..], false),
            };
            fs.breakables.push(Breakable {
                brk: end,
                cont: None,
                label: label.clone(),
            });
            self.block_stmts(fs, stmts);
            fs.breakables.pop();
            self.close_scope(fs);
            if falls && ci + 1 < clauses.len() {
                fs.b.jump(bodies[ci + 1], vec![]);
            } else {
                fs.b.jump(end, vec![]);
            }
        }
        fs.b.seal_block(end);
        fs.b.switch_to_block(end);
        self.close_scope(fs);
    }

    fn case_compare(
        &mut self,
        fs: &mut FnState,
        tag: &Operand,
        op: Operand,
        ce: ExprId,
        no_tag: bool,
        seen: &mut HashMap<String, Pos>,
    ) -> Option<ir::Value> {
        // A case of interface type against a concrete tag compares as
        // interfaces (`tag == case` needs assignability either way); with
        // no tag the tag is `true`.
        let case_iface = self.iface_methods(op.ty).is_some();
        if case_iface && (no_tag || self.iface_methods(tag.ty).is_none()) {
            let tag = if no_tag {
                Operand {
                    mode: Mode::Const(ConstVal::Bool(true)),
                    ty: self.basic(Basic::Bool),
                    expr: None,
                }
            } else {
                tag.clone()
            };
            if let Some(boxed) = self.assign_op(tag, op.ty, "switch case") {
                let a = self.value(fs, &boxed)?;
                let b = self.value(fs, &op)?;
                return Some(self.emit_compare(&mut fs.b, ast::BinOp::Eq, op.ty, a, b));
            }
            return None;
        }
        if no_tag {
            if !self.tt.is(op.ty, |b| b.is_bool()) {
                let d = self.describe(&op);
                let pos = self.pos_of(ce);
                self.error(
                    pos,
                    format!(
                        "invalid case {} in switch (mismatched types {} and bool)",
                        self.expr_text(ce),
                        self.tt.display(op.ty)
                    ),
                );
                let _ = d;
                return None;
            }
            return self.value(fs, &op);
        }
        let op = self.assign_op(op, tag.ty, "switch case")?;
        if let Mode::Const(v) = &op.mode {
            let pos = self.pos_of(ce);
            let key = format!("{v:?}");
            if let Some(&prev) = seen.get(&key) {
                let d = self.describe(&op);
                self.diags.error_with(
                    pos,
                    format!("duplicate case {d} in expression switch"),
                    prev,
                    "previous case".into(),
                );
            } else {
                seen.insert(key, pos);
            }
        }
        let a = self.value(fs, tag)?;
        let b = self.value(fs, &op)?;
        if !self.tt.comparable(tag.ty) {
            return None;
        }
        Some(self.emit_compare(&mut fs.b, ast::BinOp::Eq, tag.ty, a, b))
    }

    /// Go's "terminating statement" rule for a statement list.
    pub(crate) fn block_terminates(&self, stmts: &[StmtId]) -> bool {
        let last = stmts
            .iter()
            .rev()
            .find(|s| !matches!(self.pkg.stmt(**s), Stmt::Empty(_)));
        last.is_some_and(|s| self.terminates(*s))
    }

    fn terminates(&self, s: StmtId) -> bool {
        match self.pkg.stmt(s) {
            Stmt::Return { .. } => true,
            Stmt::Branch {
                kind: BranchKind::Goto,
                ..
            } => true,
            Stmt::Expr(e) => {
                if let Expr::Call { func, .. } = self.expr(self.unparen(*e)) {
                    if let Expr::Ident(id) = self.expr(self.unparen(*func)) {
                        return id.name == "panic"
                            && matches!(
                                self.universe.get("panic").map(|o| &self.objs[o.0 as usize]),
                                Some(Obj::Builtin(_))
                            )
                            && !self.pkg_scope().contains_key("panic");
                    }
                }
                false
            }
            Stmt::Block(b) => self.block_terminates(&b.stmts),
            Stmt::If {
                then, els: Some(e), ..
            } => self.block_terminates(&then.stmts) && self.terminates(*e),
            Stmt::For {
                cond: None, body, ..
            } => !has_break(self.pkg, &body.stmts, None, true),
            Stmt::Labeled { label, stmt } => match self.pkg.stmt(*stmt) {
                Stmt::For {
                    cond: None, body, ..
                } => !has_break(self.pkg, &body.stmts, Some(&label.name), true),
                Stmt::Switch { body, .. } | Stmt::TypeSwitch { body, .. } => {
                    self.switch_terminates(body, Some(&label.name))
                }
                _ => self.terminates(*stmt),
            },
            Stmt::Switch { body, .. } | Stmt::TypeSwitch { body, .. } => {
                self.switch_terminates(body, None)
            }
            _ => false,
        }
    }

    fn switch_terminates(&self, body: &[ast::CaseClause], label: Option<&str>) -> bool {
        body.iter().any(|c| c.default)
            && body.iter().all(|c| {
                let ends_fall = matches!(
                    c.body.last().map(|s| self.pkg.stmt(*s)),
                    Some(Stmt::Branch {
                        kind: BranchKind::Fallthrough,
                        ..
                    })
                );
                (self.block_terminates(&c.body) || ends_fall)
                    && !has_break(self.pkg, &c.body, label, true)
            })
    }
}

/// Whether a statement list contains a `break` that targets the enclosing
/// statement (unlabeled at this level, or with `label`).
fn has_break(pkg: &ast::Package, stmts: &[StmtId], label: Option<&str>, top: bool) -> bool {
    stmts.iter().any(|s| stmt_has_break(pkg, *s, label, top))
}

fn stmt_has_break(pkg: &ast::Package, s: StmtId, label: Option<&str>, top: bool) -> bool {
    match pkg.stmt(s) {
        Stmt::Branch {
            kind: BranchKind::Break,
            label: l,
            ..
        } => match l {
            None => top,
            Some(l) => Some(l.name.as_str()) == label,
        },
        Stmt::Block(b) => has_break(pkg, &b.stmts, label, top),
        Stmt::If { then, els, .. } => {
            has_break(pkg, &then.stmts, label, top)
                || els.is_some_and(|e| stmt_has_break(pkg, e, label, top))
        }
        Stmt::Labeled { stmt, .. } => stmt_has_break(pkg, *stmt, label, top),
        // Nested breakable statements capture unlabeled breaks.
        Stmt::For { body, .. } | Stmt::Range { body, .. } => {
            has_break(pkg, &body.stmts, label, false)
        }
        Stmt::Switch { body, .. } | Stmt::TypeSwitch { body, .. } => {
            body.iter().any(|c| has_break(pkg, &c.body, label, false))
        }
        Stmt::Select { body, .. } => body.iter().any(|c| has_break(pkg, &c.body, label, false)),
        _ => false,
    }
}

/// Names whose address may be taken in a body: operands of `&`, receivers of
/// method calls (a pointer method needs `&x`), and every name a function
/// literal uses (closures capture by reference). Struct and array variables
/// live in memory whatever this says, so only the variable itself is
/// recorded, not the root of `x.f` or `x[i]`, and slicing (which needs an
/// address only of an array) records nothing.
/// Conservative by name: a local with such a name lives in memory.
pub(crate) fn collect_addr_taken(
    pkg: &ast::Package,
    b: &ast::Block,
    ptr_methods: &HashSet<String>,
    out: &mut HashSet<String>,
) {
    // Callees, recorded when their call is visited (the walk is pre-order,
    // so before the callee itself): `x.m()` is handled below; any other
    // `x.m` naming a pointer method is a method value that binds `&x`.
    let mut called = HashSet::new();
    for e in block_exprs(pkg, b) {
        walk_expr(pkg, e, &mut |e| match pkg.expr(e) {
            Expr::Selector { x, sel }
                if ptr_methods.contains(&sel.name) && !called.contains(&e) =>
            {
                out.extend(root_name(pkg, *x));
            }
            Expr::Unary {
                op: ast::UnOp::Addr,
                x,
                ..
            } => {
                out.extend(root_name(pkg, *x));
            }
            Expr::Call { func, .. } => {
                called.insert(*func);
                if let Expr::Selector { x, .. } = pkg.expr(*func) {
                    out.extend(root_name(pkg, *x));
                }
            }
            Expr::FuncLit { body, .. } => {
                for e in block_exprs(pkg, body) {
                    walk_expr(pkg, e, &mut |e| {
                        if let Expr::Ident(i) = pkg.expr(e) {
                            out.insert(i.name.clone());
                        }
                    });
                }
            }
            _ => {}
        });
    }
}

/// The expressions directly under the statements of a block, recursively
/// through nested statements (not into function literals: [`walk_expr`]
/// reaches those).
pub(crate) fn block_exprs(pkg: &ast::Package, b: &ast::Block) -> Vec<ExprId> {
    block_walk(pkg, b, &mut |_| {})
}

/// Like [`block_exprs`], calling `on_stmt` on every statement on the way
/// (not those inside function literals).
pub(crate) fn block_walk(
    pkg: &ast::Package,
    b: &ast::Block,
    on_stmt: &mut dyn FnMut(StmtId),
) -> Vec<ExprId> {
    let mut stack: Vec<StmtId> = b.stmts.clone();
    let mut exprs: Vec<ExprId> = Vec::new();
    while let Some(s) = stack.pop() {
        on_stmt(s);
        match pkg.stmt(s) {
            Stmt::Decl(ast::Decl::Var(specs), _) => {
                for sp in specs {
                    exprs.extend(sp.values.iter().copied());
                }
            }
            Stmt::Labeled { stmt, .. } => stack.push(*stmt),
            Stmt::Expr(e) => exprs.push(*e),
            Stmt::Send { ch, value, .. } => exprs.extend([*ch, *value]),
            Stmt::IncDec { x, .. } => exprs.push(*x),
            Stmt::Assign { lhs, rhs, .. } => {
                exprs.extend(lhs.iter().copied());
                exprs.extend(rhs.iter().copied());
            }
            Stmt::Go { call, .. } | Stmt::Defer { call, .. } => exprs.push(*call),
            Stmt::Return { results, .. } => exprs.extend(results.iter().copied()),
            Stmt::Block(b) => stack.extend(b.stmts.iter().copied()),
            Stmt::If {
                init,
                cond,
                then,
                els,
                ..
            } => {
                stack.extend(init.iter().copied());
                exprs.push(*cond);
                stack.extend(then.stmts.iter().copied());
                stack.extend(els.iter().copied());
            }
            Stmt::Switch {
                init, tag, body, ..
            } => {
                stack.extend(init.iter().copied());
                exprs.extend(tag.iter().copied());
                for c in body {
                    exprs.extend(c.list.iter().copied());
                    stack.extend(c.body.iter().copied());
                }
            }
            Stmt::TypeSwitch { init, x, body, .. } => {
                stack.extend(init.iter().copied());
                exprs.push(*x);
                for c in body {
                    stack.extend(c.body.iter().copied());
                }
            }
            Stmt::Select { body, .. } => {
                for c in body {
                    stack.extend(c.comm.iter().copied());
                    stack.extend(c.body.iter().copied());
                }
            }
            Stmt::For {
                init,
                cond,
                post,
                body,
                ..
            } => {
                stack.extend(init.iter().copied());
                exprs.extend(cond.iter().copied());
                stack.extend(post.iter().copied());
                stack.extend(body.stmts.iter().copied());
            }
            Stmt::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                exprs.extend(key.iter().copied());
                exprs.extend(value.iter().copied());
                exprs.push(*x);
                stack.extend(body.stmts.iter().copied());
            }
            Stmt::Bad(_) | Stmt::Decl(..) | Stmt::Empty(_) | Stmt::Branch { .. } => {}
        }
    }
    exprs
}

/// Calls `f` on `e` and every expression inside it, including the bodies of
/// function literals.
pub(crate) fn walk_expr(pkg: &ast::Package, e: ExprId, f: &mut dyn FnMut(ExprId)) {
    walk_expr_in(pkg, e, true, f)
}

/// [`walk_expr`], into the bodies of function literals only if `into_lits`.
pub(crate) fn walk_expr_in(
    pkg: &ast::Package,
    e: ExprId,
    into_lits: bool,
    f: &mut dyn FnMut(ExprId),
) {
    let mut stack = vec![e];
    while let Some(e) = stack.pop() {
        f(e);
        match pkg.expr(e) {
            Expr::Call { func, args, .. } => {
                stack.push(*func);
                stack.extend(args.iter().copied());
            }
            Expr::Slice { x, lo, hi, max, .. } => {
                stack.push(*x);
                stack.extend([lo, hi, max].into_iter().flatten().copied());
            }
            Expr::CompositeLit { elems, .. } => {
                for el in elems {
                    stack.extend(el.key.iter().copied());
                    stack.push(el.value);
                }
            }
            Expr::FuncLit { body, .. } if into_lits => stack.extend(block_exprs(pkg, body)),
            Expr::FuncLit { .. } => {}
            Expr::Paren { inner: x, .. }
            | Expr::Selector { x, .. }
            | Expr::Star { x, .. }
            | Expr::Unary { x, .. }
            | Expr::TypeAssert { x, .. } => stack.push(*x),
            Expr::Index { x, indices, .. } => {
                stack.push(*x);
                stack.extend(indices.iter().copied());
            }
            Expr::Binary { x, y, .. } => stack.extend([*x, *y]),
            _ => {}
        }
    }
}

/// The variable at the root of `x.f[i].g`, if any (stops at pointer
/// indirections, which do not need the variable's address).
fn root_name(pkg: &ast::Package, e: ExprId) -> Option<String> {
    // Only the variable itself: `&x.f`, `&x[i]`, `x[i:j]` and `x.f.m()`
    // need x's address only when x is a struct or an array, and those live
    // in memory anyway. A slice or pointer x is just read: marking it made
    // every slice that was resliced or had an element's address taken
    // (`s = s[:n-1]`, `p := &s[i]`) a heap cell, loaded on every use.
    match pkg.expr(e) {
        Expr::Ident(i) => Some(i.name.clone()),
        Expr::Paren { inner, .. } => root_name(pkg, *inner),
        _ => None,
    }
}

impl Checker<'_> {
    /// A key read from a slice element: its value, or for an aggregate key
    /// the element's address.
    fn load_for_key(&mut self, fs: &mut FnState, p: ir::Value, kt: TypeId) -> ir::Value {
        if self.is_aggregate(kt) {
            p
        } else {
            let it = self.ir_type(kt);
            fs.b.ins1(ir::Op::Load(p), it)
        }
    }
}
