//! Function literals, func values and method values.
//!
//! A closure is an IR function whose first parameter is the closure object
//! itself ([`ir::Op::MakeClosure`], [`ir::Op::ClosureCapture`]). Go closures
//! capture variables by reference, so every variable a literal names lives in
//! memory (the address-taken prescan sees to it) and the closure captures the
//! pointer to it. While the literal's body is lowered, each captured
//! variable's object is rebound to the pointer read from the closure, so
//! names resolve exactly as in the enclosing function.
//!
//! A top-level function used as a value, and a method value `x.M`, become
//! closures of small generated thunks that forward to the real function (the
//! method value's receiver is evaluated once and captured, as Go specifies).

use super::{Checker, FnState, Mode, Obj, ObjId, Operand, Storage};
use crate::ast::{self, Expr, ExprId};
use crate::types::{TypeId, TypeKind};
use gowgc_ir as ir;
use std::collections::{BTreeSet, HashMap};

impl Checker<'_> {
    /// `func(...) ... { ... }`.
    pub(crate) fn func_lit(
        &mut self,
        fs: &mut FnState,
        e: ExprId,
        sig: &ast::FuncType,
        body: &ast::Block,
    ) -> Operand {
        let super::typexpr::FuncType {
            spelled,
            spelled_t,
            sig: gsig,
            t: ft,
        } = self.func_type(Some(&mut *fs), sig);
        if ft != spelled_t {
            self.shown.types.insert(e, spelled_t);
        }
        let irft = self.ir_type(ft);
        // Captures: the enclosing function's locals that the body names.
        let pkg = self.pkg;
        let mut names = BTreeSet::new();
        for x in super::stmt::block_exprs(pkg, body) {
            super::stmt::walk_expr(pkg, x, &mut |x| {
                if let Expr::Ident(i) = pkg.expr(x) {
                    names.insert(i.name.clone());
                }
            });
        }
        let mut captures: Vec<(ObjId, TypeId, ir::Value, bool)> = Vec::new();
        for name in names {
            let Some(o) = self.lookup(Some(fs), &name) else {
                continue;
            };
            if let Obj::Var {
                ty,
                storage,
                local: true,
                ..
            } = self.objs[o.0 as usize].clone()
            {
                match storage {
                    Storage::Mem(v) => captures.push((o, ty, fs.b.use_var(v), true)),
                    // Not named in a literal by the prescan (it never
                    // changes after capture): capture the value.
                    Storage::Ssa(v) => captures.push((o, ty, fs.b.use_var(v), false)),
                    Storage::Global(_) | Storage::None => {}
                }
            }
        }
        let enclosing = fs.b.func.name.clone();
        let n = self.closure_count.entry(enclosing.clone()).or_insert(0);
        *n += 1;
        let name = format!("{enclosing}.func{n}");
        let mut params = vec![irft];
        params.extend(gsig.params.iter().map(|t| self.ir_param_type(*t)));
        let results = gsig
            .results
            .iter()
            .map(|t| self.ir_param_type(*t))
            .collect();
        let mut func = ir::Function::new(name, ir::Signature { params, results });
        func.pos = Some(self.sources.render(self.pos_of(e)));
        let mut inner = self.new_fn_state(&mut func, Some(body));
        inner.scopes = fs.scopes.clone();
        inner.scopes.push(HashMap::new());
        let entry_params = inner.b.func.blocks[inner.b.func.entry].params.clone();
        let env = entry_params[0];
        // A literal that defers is split (see `defer`): its body gets the
        // captures as parameters.
        let split = self.unwinding() && super::defer::has_defer(pkg, body);
        let mut saved = Vec::new();
        for (k, (o, ty, _, by_ref)) in captures.iter().enumerate() {
            let vt = if *by_ref {
                self.ir_ptr(*ty)
            } else {
                self.ir_type(*ty)
            };
            let v = if split {
                let entry = inner.b.func.entry;
                inner.b.func.sig.params.push(vt);
                inner.b.func.append_param(entry, vt)
            } else {
                inner.b.ins1(ir::Op::ClosureCapture(env, k as u32), vt)
            };
            let var = inner.b.declare_var(vt);
            inner.b.def_var(var, v);
            let st = if *by_ref {
                Storage::Mem(var)
            } else {
                Storage::Ssa(var)
            };
            if let Obj::Var { storage, .. } = &mut self.objs[o.0 as usize] {
                saved.push((*o, std::mem::replace(storage, st)));
            }
        }
        let depth = inner.scopes.len();
        self.lower_body(&mut inner, sig, &gsig, &spelled, &entry_params[1..], body);
        while inner.scopes.len() >= depth {
            self.close_scope(&mut inner);
        }
        let goto = inner.first_goto;
        let frame = inner.defer_frame.as_ref().map(|d| d.ty);
        inner.b.finish();
        self.check_reducible(&mut func, goto);
        for (o, st) in saved {
            if let Obj::Var { storage, .. } = &mut self.objs[o.0 as usize] {
                *storage = st;
            }
        }
        let fid = self.module.funcs.push(func);
        if let Some(ft) = frame {
            let types = captures
                .iter()
                .map(|(_, ty, _, by_ref)| {
                    if *by_ref {
                        self.ir_ptr(*ty)
                    } else {
                        self.ir_type(*ty)
                    }
                })
                .collect();
            self.split_frame(fid, ft, Some(types));
        }
        let caps = captures.iter().map(|c| c.2).collect();
        let v = fs.b.ins1(ir::Op::MakeClosure(fid, caps), irft);
        Operand {
            mode: Mode::Value(v),
            ty: ft,
            expr: Some(e),
        }
    }

    /// A package-level function used as a value.
    pub(crate) fn func_value(&mut self, fs: &mut FnState, i: u32, expr: Option<ExprId>) -> Operand {
        let info = self.funcs[i as usize].clone();
        let irft = self.ir_type(info.sig);
        let thunk = match self.thunks.get(&(i, false)) {
            Some(&t) => t,
            None => {
                let name = format!("{}·f", self.module.funcs[info.ir].name);
                let t = self.forwarding_thunk(name, info.sig, info.ir, None);
                self.thunks.insert((i, false), t);
                t
            }
        };
        let v = fs.b.ins1(ir::Op::MakeClosure(thunk, vec![]), irft);
        Operand {
            mode: Mode::Value(v),
            ty: info.sig,
            expr,
        }
    }

    /// A method value `x.M`: the receiver is evaluated (and copied) now.
    pub(crate) fn method_value(
        &mut self,
        fs: &mut FnState,
        recv: Operand,
        i: u32,
        op: Operand,
    ) -> Operand {
        let inv = self.invalid();
        let info = self.funcs[i as usize].clone();
        let Some(sel) = op.expr else {
            return Operand::invalid(inv);
        };
        let Some(rv) = self.receiver_value(fs, Some(sel), &recv, i) else {
            return Operand::invalid(inv);
        };
        let Some(rt) = info.recv else {
            return Operand::invalid(inv);
        };
        let irft = self.ir_type(info.sig);
        let thunk = match self.thunks.get(&(i, true)) {
            Some(&t) => t,
            None => {
                let name = format!("{}-fm", self.module.funcs[info.ir].name);
                let t = self.forwarding_thunk(name, info.sig, info.ir, Some(rt));
                self.thunks.insert((i, true), t);
                t
            }
        };
        let v = fs.b.ins1(ir::Op::MakeClosure(thunk, vec![rv]), irft);
        Operand {
            mode: Mode::Value(v),
            ty: info.sig,
            expr: op.expr,
        }
    }

    /// A closure function that calls `target` with its own arguments,
    /// prefixed by captured receiver `recv` (of Go type `recv`) if any.
    fn forwarding_thunk(
        &mut self,
        name: String,
        sig_t: TypeId,
        target: ir::FuncId,
        recv: Option<TypeId>,
    ) -> ir::FuncId {
        let mut func = self.closure_function(name, sig_t);
        let mut b = ir::builder::FunctionBuilder::new(&mut func);
        let entry = b.func.entry;
        let ps = b.func.blocks[entry].params.clone();
        let mut args = Vec::new();
        if let Some(rt) = recv {
            let it = self.ir_param_type(rt);
            let r = b.ins1(ir::Op::ClosureCapture(ps[0], 0), it);
            // A value receiver of aggregate type is the callee's own copy.
            let r = if self.is_aggregate(rt) {
                let at = self.ir_type(rt);
                let c = b.ins1(ir::Op::Alloc(at), it);
                b.ins(ir::Op::Copy(c, r), &[]);
                c
            } else {
                r
            };
            args.push(r);
        }
        args.extend(ps[1..].iter().copied());
        let results = b.func.sig.results.clone();
        let call = b.ins(ir::Op::Call(target, args), &results);
        let rs = b.func.insts[call].results.clone();
        b.ret(rs);
        b.finish();
        self.module.funcs.push(func)
    }

    /// An empty function named `name` with the closure calling convention
    /// of Go func type `sig_t`: the closure itself, then the parameters.
    fn closure_function(&mut self, name: String, sig_t: TypeId) -> ir::Function {
        let irft = self.ir_type(sig_t);
        let TypeKind::Func(sig) = self.tt.kind(sig_t).clone() else {
            unreachable!()
        };
        let mut params = vec![irft];
        params.extend(sig.params.iter().map(|t| self.ir_param_type(*t)));
        let results = sig.results.iter().map(|t| self.ir_param_type(*t)).collect();
        ir::Function::new(name, ir::Signature { params, results })
    }
}

impl Checker<'_> {
    /// A method expression `T.M` or `(*T).M`: a func value whose first
    /// parameter is the receiver.
    pub(crate) fn method_expr(
        &mut self,
        fs: &mut FnState,
        e: ExprId,
        t: TypeId,
        sel: &ast::Ident,
    ) -> Operand {
        let inv = self.invalid();
        let tn = self.tt.display(t);
        let bad = |c: &mut Self, why: String| {
            c.error(sel.pos, format!("{tn}.{} undefined ({why})", sel.name));
            Operand::invalid(inv)
        };
        // The method's own signature, and how to call it: through the
        // interface's dispatch function, or through the receiver's path.
        let (msig, how) = if let Some(ms) = self.iface_methods(t) {
            let Some((_, sig)) = ms.iter().find(|(n, _)| *n == sel.name) else {
                return bad(self, format!("type {tn} has no method {}", sel.name));
            };
            let sig = *sig;
            (sig, Err(self.dispatch_func(&sel.name, sig)))
        } else {
            match self.method_in_set(t, &sel.name) {
                Ok((path, m)) => (self.method_sig(m), Ok((path, m))),
                Err(m) if m.contains("pointer receiver") => {
                    let pos = self.pos_of(e);
                    self.error(
                        pos,
                        format!(
                            "invalid method expression {tn}.{} (needs pointer receiver (*{tn}).{})",
                            sel.name, sel.name
                        ),
                    );
                    return Operand::invalid(inv);
                }
                Err(_) => {
                    return bad(self, format!("type {tn} has no method {}", sel.name));
                }
            }
        };
        let TypeKind::Func(s) = self.tt.kind(msig).clone() else {
            return Operand::invalid(inv);
        };
        let mut params = vec![t];
        params.extend(s.params.iter().copied());
        let ft = self.tt.intern(TypeKind::Func(crate::types::Signature {
            params,
            results: s.results.clone(),
            variadic: s.variadic,
            ..Default::default()
        }));
        let name = format!("{}.{}-mexpr", self.go_type_name(t), sel.name);
        let thunk = match how {
            Ok((path, m)) => self.mexpr_thunk(name, ft, t, &path, m, &sel.name),
            Err(target) => self.forwarding_thunk(name, ft, target, None),
        };
        let irft = self.ir_type(ft);
        let v = fs.b.ins1(ir::Op::MakeClosure(thunk, vec![]), irft);
        Operand {
            mode: Mode::Value(v),
            ty: ft,
            expr: Some(e),
        }
    }
}

impl Checker<'_> {
    /// The thunk of method expression `T.M`: calls method `m`, found at
    /// field path `path` from a receiver of type `t`, with the receiver
    /// (the first parameter) and the other arguments, as the selector call
    /// `recv.M(args...)` would. `(*T).M` of a value method panics as Go's
    /// wrapper does when the pointer is nil.
    fn mexpr_thunk(
        &mut self,
        name: String,
        sig_t: TypeId,
        t: TypeId,
        path: &[u32],
        m: super::iface::MethodRef,
        meth: &str,
    ) -> ir::FuncId {
        let mut func = self.closure_function(name, sig_t);
        {
            let mut fs = self.new_fn_state(&mut func, None);
            let ps = fs.b.func.blocks[fs.b.func.entry].params.clone();
            // An aggregate receiver parameter is the thunk's own copy.
            self.return_method_call(&mut fs, t, ps[1], path, m, meth, ps[2..].to_vec());
            let FnState { b, .. } = fs;
            b.finish();
        }
        self.module.funcs.push(func)
    }
}

impl Checker<'_> {
    /// A method value `i.M` of an interface value: `i` is evaluated now (a
    /// nil interface panics here, as in Go) and captured.
    pub(crate) fn iface_method_value(
        &mut self,
        fs: &mut FnState,
        x: Operand,
        name: &str,
        sig: TypeId,
        expr: Option<ExprId>,
    ) -> Operand {
        let inv = self.invalid();
        let Some(xv) = self.value(fs, &x) else {
            return Operand::invalid(inv);
        };
        self.nil_iface_check(fs, xv);
        let f = self.dispatch_func(name, sig);
        // Keyed like dispatch functions, under a name no method can have.
        let key = (format!("fm.{name}"), x.ty);
        let thunk = match self.dispatch.get(&key) {
            Some(&t) => t,
            None => {
                let tname = format!("{}.{name}-fm", self.go_type_name(x.ty));
                let t = self.forwarding_thunk(tname, sig, f, Some(x.ty));
                self.dispatch.insert(key, t);
                t
            }
        };
        let irft = self.ir_type(sig);
        let v = fs.b.ins1(ir::Op::MakeClosure(thunk, vec![xv]), irft);
        Operand {
            mode: Mode::Value(v),
            ty: sig,
            expr,
        }
    }
}
