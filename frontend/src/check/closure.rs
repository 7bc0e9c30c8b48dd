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
        let irft = self.ir_type(sig_t);
        let TypeKind::Func(sig) = self.tt.kind(sig_t).clone() else {
            unreachable!()
        };
        let mut params = vec![irft];
        params.extend(sig.params.iter().map(|t| self.ir_param_type(*t)));
        let results: Vec<ir::Type> = sig.results.iter().map(|t| self.ir_param_type(*t)).collect();
        let mut func = ir::Function::new(
            name,
            ir::Signature {
                params,
                results: results.clone(),
            },
        );
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
        let call = b.ins(ir::Op::Call(target, args), &results);
        let rs = b.func.insts[call].results.clone();
        b.ret(rs);
        b.finish();
        self.module.funcs.push(func)
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
        let mut deref = false;
        let bad = |c: &mut Self, why: String| {
            c.error(sel.pos, format!("{tn}.{} undefined ({why})", sel.name));
            Operand::invalid(inv)
        };
        // The method's own signature, and how to call it.
        let (msig, target) = if let Some(ms) = self.iface_methods(t) {
            let Some((_, sig)) = ms.iter().find(|(n, _)| *n == sel.name) else {
                return bad(self, format!("type {tn} has no method {}", sel.name));
            };
            let sig = *sig;
            (sig, self.dispatch_func(&sel.name, sig))
        } else {
            match self.method_in_set(t, &sel.name) {
                Ok((path, super::iface::MethodRef::Func(f))) if path.is_empty() => {
                    let info = self.funcs[f as usize].clone();
                    let want_ptr = info
                        .recv
                        .is_some_and(|r| matches!(self.tt.kind(r), TypeKind::Pointer(_)));
                    let have_ptr = matches!(self.tt.kind(t), TypeKind::Pointer(_));
                    // `(*T).M` of a value method loads the receiver.
                    deref = !want_ptr && have_ptr;
                    (info.sig, info.ir)
                }
                Ok(_) => {
                    self.diags
                        .unsupported(sel.pos, "method expressions of promoted methods");
                    return Operand::invalid(inv);
                }
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
        let thunk = if deref {
            let TypeKind::Pointer(elem) = self.tt.kind(t).clone() else {
                unreachable!()
            };
            self.deref_thunk(name, ft, target, elem)
        } else {
            self.forwarding_thunk(name, ft, target, None)
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
    /// The thunk of `(*T).M` for a value method: loads (copies) `*p` and
    /// calls `target` with it and the other arguments.
    fn deref_thunk(
        &mut self,
        name: String,
        sig_t: TypeId,
        target: ir::FuncId,
        elem: TypeId,
    ) -> ir::FuncId {
        let irft = self.ir_type(sig_t);
        let TypeKind::Func(sig) = self.tt.kind(sig_t).clone() else {
            unreachable!()
        };
        let mut params = vec![irft];
        params.extend(sig.params.iter().map(|t| self.ir_param_type(*t)));
        let results: Vec<ir::Type> = sig.results.iter().map(|t| self.ir_param_type(*t)).collect();
        let meth = name
            .rsplit('.')
            .next()
            .unwrap_or("")
            .trim_end_matches("-mexpr")
            .to_string();
        let mut func = ir::Function::new(
            name,
            ir::Signature {
                params,
                results: results.clone(),
            },
        );
        {
            let mut fs = self.new_fn_state(&mut func, None);
            let ps = fs.b.func.blocks[fs.b.func.entry].params.clone();
            // Go's autogenerated wrapper: runtime.panicwrap.
            let bt = self.basic(crate::types::Basic::Bool);
            let bt = self.ir_type(bt);
            let isnil = fs.b.ins1(ir::Op::IsNil(ps[1]), bt);
            let (bad, ok) = (fs.b.create_block(), fs.b.create_block());
            fs.b.brif(isnil, bad, ok);
            fs.b.seal_block(bad);
            fs.b.seal_block(ok);
            fs.b.switch_to_block(bad);
            let full = self.go_type_name(elem);
            let short = self.tt.display(elem);
            let msg = format!("value method {full}.{meth} called using nil *{short} pointer");
            let st = self.basic(crate::types::Basic::String);
            let st = self.ir_type(st);
            let m = fs.b.ins1(ir::Op::Sconst(msg.into_bytes()), st);
            self.panic_msg(&mut fs, "panicPlain", m);
            fs.b.switch_to_block(ok);
            let recv = if self.is_aggregate(elem) {
                self.copy_aggregate(&mut fs, elem, ps[1])
            } else {
                let it = self.ir_type(elem);
                fs.b.ins1(ir::Op::Load(ps[1]), it)
            };
            let mut args = vec![recv];
            args.extend(ps[2..].iter().copied());
            let call = fs.b.ins(ir::Op::Call(target, args), &results);
            let rs = fs.b.func.insts[call].results.clone();
            fs.b.ret(rs);
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
