//! Interfaces: method sets, conversion to interface values, method calls,
//! type assertions, and the whole-program functions behind them.
//!
//! The IR only boxes and unboxes ([`ir::Op::MakeInterface`],
//! [`ir::Op::IfaceTypeId`], [`ir::Op::IfaceData`]); everything dynamic is
//! built here in IR. Each concrete Go type put in an interface gets a type
//! id. Method dispatch (`iface.M`), "does the dynamic type implement I"
//! tests, the dynamic type's name (for assertion panics) and printing are
//! functions whose bodies are generated once the whole program has been
//! checked, when every type that can be inside an interface is known: each
//! is a chain of type-id tests (a later pass can turn it into a table).

use super::{Checker, FnState, Member, Mode, Operand};
use crate::types::{Basic, TypeId, TypeKind};
use gowgc_ir as ir;
use ir::EntityRef;
use std::collections::HashSet;

/// Where a method in a method set comes from.
#[derive(Clone, Copy, Debug)]
pub(crate) enum MethodRef {
    /// A declared method (index into `Checker::funcs`).
    Func(u32),
    /// A method of an embedded interface field, with its func type.
    Iface(TypeId),
}

/// A generated function whose body waits for the full set of type ids.
#[derive(Clone, Debug)]
pub(crate) enum Pending {
    /// `iface.M`: calls method `name` (func type `sig`) of the dynamic type.
    Dispatch {
        func: ir::FuncId,
        name: String,
        sig: TypeId,
    },
    /// `iface.implements.I`: whether type id `tid` implements `iface`.
    Implements { func: ir::FuncId, iface: TypeId },
    /// `iface.typename`: the Go name of a type id.
    TypeName { func: ir::FuncId },
    /// `iface.print`: prints an interface value as fmt's `%v`; `methods`:
    /// whether `Error`/`String` may be called (not below an unexported
    /// struct field).
    Print { func: ir::FuncId, methods: bool },
    /// `iface.eq`: `a == b` for two interface values.
    Eq { func: ir::FuncId },
    /// `iface.missing.I`: the first method of `iface` a type id lacks.
    Missing { func: ir::FuncId, iface: TypeId },
    /// `iface.printpanic`: prints a panic value by its dynamic type.
    PanicValue { func: ir::FuncId },
    /// `iface.hash`: hashes an interface value (map keys); `lookup`: for
    /// map reads and deletes (see `iface_hash_func`).
    Hash { func: ir::FuncId, lookup: bool },
    /// `reflectlite.len` / `reflectlite.swapper`: a slice's length, or a
    /// closure swapping two of its elements.
    Reflect { func: ir::FuncId, name: String },
    /// `fmt.print.T`: prints a value of a recursive composite type `ty`
    /// (`type M map[string]M`), which cannot be expanded inline.
    PrintType {
        func: ir::FuncId,
        ty: TypeId,
        top: bool,
        methods: bool,
    },
}

impl Checker<'_> {
    /// The dynamic type id of concrete Go type `t` (1, 2, ...).
    pub(crate) fn type_id(&mut self, t: TypeId) -> u32 {
        if let Some(&id) = self.tids.get(&t) {
            return id;
        }
        self.tid_order.push(t);
        let id = self.tid_order.len() as u32;
        self.tids.insert(t, id);
        id
    }

    /// The methods of interface type `t`, if it is one.
    pub(crate) fn iface_methods(&self, t: TypeId) -> Option<Vec<(String, TypeId)>> {
        match self.tt.ukind(t) {
            TypeKind::Interface(ms) => Some(ms.clone()),
            _ => None,
        }
    }

    /// Method `name` in the method set of concrete type `t`: the path to the
    /// receiver and the function. Value types lack pointer-receiver methods
    /// unless reached through an embedded pointer.
    pub(crate) fn method_in_set(
        &self,
        t: TypeId,
        name: &str,
    ) -> Result<(Vec<u32>, MethodRef), String> {
        // A pointer to an interface has no methods.
        if let TypeKind::Pointer(e) = self.tt.kind(t) {
            if self.iface_methods(*e).is_some() {
                return Err(format!("missing method {name}"));
            }
        }
        match self.find_member(t, name) {
            Some(Ok(Member::IfaceMethod(path, sig))) => Ok((path, MethodRef::Iface(sig))),
            Some(Ok(Member::Method(path, f))) => {
                let is_ptr = matches!(self.tt.kind(t), TypeKind::Pointer(_));
                let ptr_recv = self.funcs[f as usize]
                    .recv
                    .is_some_and(|r| matches!(self.tt.kind(r), TypeKind::Pointer(_)));
                if ptr_recv && !is_ptr && !self.path_has_pointer(t, &path) {
                    return Err(format!("method {name} has pointer receiver"));
                }
                Ok((path, MethodRef::Func(f)))
            }
            Some(Err(())) => Err(format!("ambiguous selector {}.{name}", self.tt.display(t))),
            _ => Err(format!("missing method {name}")),
        }
    }

    /// The func type of a method-set entry.
    pub(crate) fn method_sig(&self, m: MethodRef) -> TypeId {
        match m {
            MethodRef::Func(f) => self.funcs[f as usize].sig,
            MethodRef::Iface(s) => s,
        }
    }

    fn path_has_pointer(&self, mut t: TypeId, path: &[u32]) -> bool {
        for &i in path {
            let TypeKind::Struct(fs) = self.tt.ukind(t) else {
                return false;
            };
            t = fs[i as usize].ty;
            if matches!(self.tt.kind(t), TypeKind::Pointer(_)) {
                return true;
            }
        }
        false
    }

    /// Whether `t` (concrete or interface) implements interface `iface`;
    /// the error gives Go's reason in parentheses, then for a method of
    /// the wrong type the `have`/`want` lines.
    pub(crate) fn implements(&self, t: TypeId, iface: TypeId) -> Result<(), String> {
        let want = self.iface_methods(iface).unwrap_or_default();
        let wrong = |n: &str, have: TypeId, want: TypeId| {
            let sig = |s: TypeId| match self.tt.kind(s) {
                TypeKind::Func(sig) => self.tt.sig_string(sig),
                _ => self.tt.display(s),
            };
            let (h, w) = (sig(have), sig(want));
            Err(format!(
                "(wrong type for method {n})\n\t\thave {n}{h}\n\t\twant {n}{w}"
            ))
        };
        if let Some(have) = self.iface_methods(t) {
            for (n, sig) in &want {
                match have.iter().find(|(m, _)| m == n) {
                    Some((_, s)) if s == sig => {}
                    Some((_, s)) => return wrong(n, *s, *sig),
                    None => return Err(format!("(missing method {n})")),
                }
            }
            return Ok(());
        }
        for (n, sig) in &want {
            let (_, m) = self.method_in_set(t, n).map_err(|why| format!("({why})"))?;
            let have = self.method_sig(m);
            if have != *sig {
                return wrong(n, have, *sig);
            }
        }
        Ok(())
    }

    /// Boxes a deferred conversion to an interface (see [`Mode::ToIface`]).
    pub(crate) fn box_value(
        &mut self,
        fs: &mut FnState,
        inner: &Operand,
        iface_t: TypeId,
    ) -> Option<ir::Value> {
        let v = self.value(fs, inner)?;
        let it = self.ir_type(iface_t);
        if self.iface_methods(inner.ty).is_some() {
            return Some(v); // interface to interface: same representation
        }
        let v = if self.is_aggregate(inner.ty) {
            self.copy_aggregate(fs, inner.ty, v)
        } else {
            v
        };
        let tid = self.type_id(inner.ty);
        Some(fs.b.ins1(ir::Op::MakeInterface(v, tid), it))
    }

    /// The empty interface's IR type (how generated functions take any
    /// interface value: all interfaces share one representation).
    fn any_ir(&mut self) -> ir::Type {
        let any = self.tt.intern(TypeKind::Interface(vec![]));
        self.ir_type(any)
    }

    pub(crate) fn pending_func(
        &mut self,
        name: String,
        params: Vec<ir::Type>,
        results: Vec<ir::Type>,
        p: impl FnOnce(ir::FuncId) -> Pending,
    ) -> ir::FuncId {
        let f = self
            .module
            .funcs
            .push(ir::Function::new(name, ir::Signature { params, results }));
        self.pending.push(p(f));
        f
    }

    /// `iface.M` for method `name` with func type `sig`.
    pub(crate) fn dispatch_func(&mut self, name: &str, sig: TypeId) -> ir::FuncId {
        if let Some(&f) = self.dispatch.get(&(name.to_string(), sig)) {
            return f;
        }
        let TypeKind::Func(s) = self.tt.kind(sig).clone() else {
            unreachable!()
        };
        let mut params = vec![self.any_ir()];
        params.extend(s.params.iter().map(|t| self.ir_param_type(*t)));
        let results = s.results.iter().map(|t| self.ir_param_type(*t)).collect();
        let n = name.to_string();
        let f = self.pending_func(format!("iface.{name}"), params, results, |func| {
            Pending::Dispatch { func, name: n, sig }
        });
        self.dispatch.insert((name.to_string(), sig), f);
        f
    }

    /// `iface.implements.I`.
    pub(crate) fn implements_func(&mut self, iface: TypeId) -> ir::FuncId {
        if let Some(&f) = self.implements_fns.get(&iface) {
            return f;
        }
        let i32t = self.int32_ir();
        let bt = self.bool_ir();
        let name = format!("iface.implements.{}", self.tt.display(iface));
        let f = self.pending_func(name, vec![i32t], vec![bt], |func| Pending::Implements {
            func,
            iface,
        });
        self.implements_fns.insert(iface, f);
        f
    }

    /// `iface.typename`.
    pub(crate) fn typename_func(&mut self) -> ir::FuncId {
        if let Some(f) = self.typename_fn {
            return f;
        }
        let (i32t, st) = (self.int32_ir(), self.string_ir());
        let f = self.pending_func("iface.typename".into(), vec![i32t], vec![st], |func| {
            Pending::TypeName { func }
        });
        self.typename_fn = Some(f);
        f
    }

    /// `iface.print` (or `iface.print.nomethods`).
    pub(crate) fn print_func(&mut self, methods: bool) -> ir::FuncId {
        let key = if methods {
            "iface.print"
        } else {
            "iface.print.nomethods"
        };
        if let Some(&f) = self.rt_funcs.get(key) {
            return f;
        }
        let any = self.any_ir();
        let f = self.pending_func(key.into(), vec![any], vec![], |func| Pending::Print {
            func,
            methods,
        });
        self.rt_funcs.insert(key, f);
        f
    }

    /// `iface.hash`, or `iface.hash.lookup` for map reads and deletes
    /// (whose panic for an unhashable key Go words differently).
    pub(crate) fn iface_hash_func(&mut self, lookup: bool) -> ir::FuncId {
        let key = if lookup {
            "iface.hash.lookup"
        } else {
            "iface.hash"
        };
        if let Some(&f) = self.rt_funcs.get(key) {
            return f;
        }
        let any = self.any_ir();
        let u64t = self.basic(Basic::Uint64);
        let u64t = self.ir_type(u64t);
        let f = self.pending_func(key.into(), vec![any], vec![u64t], |func| Pending::Hash {
            func,
            lookup,
        });
        self.rt_funcs.insert(key, f);
        f
    }

    pub(crate) fn gen_chain_hash(&mut self, func: ir::FuncId, lookup: bool) {
        self.gen_chain(
            func,
            false,
            &mut |_, _| true,
            &mut |c, fs, t, iface| {
                let u64t = c.basic(Basic::Uint64);
                let u64t = c.ir_type(u64t);
                if !c.tt.comparable(t) {
                    let st = c.string_ir();
                    let name = c.go_type_name(t);
                    // A lookup panics with a plain error (no "runtime
                    // error: " prefix), an insert with a runtime error.
                    let (msg, rt) = if lookup {
                        (format!("hash of unhashable type: {name}"), "panicPlain")
                    } else if c.unwinding() {
                        (format!("hash of unhashable type {name}"), "panicError")
                    } else {
                        (
                            format!("runtime error: hash of unhashable type {name}"),
                            "panicError",
                        )
                    };
                    let m = fs.b.ins1(ir::Op::Sconst(msg.into_bytes()), st);
                    c.panic_msg(fs, rt, m);
                    return;
                }
                let data_t = c.ir_param_type(t);
                let v = fs.b.ins1(ir::Op::IfaceData(iface), data_t);
                let h = c.hash(&mut fs.b, v, t, lookup);
                let tid = c.tids[&t] as i64;
                let k =
                    fs.b.ins1(ir::Op::Iconst(tid.wrapping_mul(0x100_0000_01B3)), u64t);
                let h = fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Xor, h, k), u64t);
                fs.b.ret(vec![h]);
            },
            &mut |c, fs, _| {
                let u64t = c.basic(Basic::Uint64);
                let u64t = c.ir_type(u64t);
                let z = fs.b.ins1(ir::Op::Iconst(0), u64t);
                fs.b.ret(vec![z]);
            },
        );
    }

    /// `iface.printpanic`.
    pub(crate) fn panic_other_func(&mut self) -> ir::FuncId {
        if let Some(&f) = self.rt_funcs.get("iface.printpanic") {
            return f;
        }
        let any = self.any_ir();
        let f = self.pending_func("iface.printpanic".into(), vec![any], vec![], |func| {
            Pending::PanicValue { func }
        });
        self.rt_funcs.insert("iface.printpanic", f);
        f
    }

    fn gen_panic_value(&mut self, func: ir::FuncId) {
        self.gen_chain(
            func,
            false,
            &mut |_, _| true,
            &mut |c, fs, t, iface| {
                let data_t = c.ir_param_type(t);
                let v = fs.b.ins1(ir::Op::IfaceData(iface), data_t);
                c.print_panic_dyn(fs, v, t);
                fs.b.ret(vec![]);
            },
            &mut |c, fs, _| {
                c.print_str(fs, ir::Fd::Stderr, "nil");
                fs.b.ret(vec![]);
            },
        );
    }

    /// `iface.missing.I`.
    pub(crate) fn missing_func(&mut self, iface: TypeId) -> ir::FuncId {
        let key = (format!("missing.{}", self.tt.display(iface)), iface);
        if let Some(&f) = self.dispatch.get(&key) {
            return f;
        }
        let (i32t, st) = (self.int32_ir(), self.string_ir());
        let name = format!("iface.missing.{}", self.tt.display(iface));
        let f = self.pending_func(name, vec![i32t], vec![st], |func| Pending::Missing {
            func,
            iface,
        });
        self.dispatch.insert(key, f);
        f
    }

    fn gen_missing(&mut self, func: ir::FuncId, iface: TypeId) {
        self.gen_chain(
            func,
            true,
            &mut |c, t| c.implements(t, iface).is_err(),
            &mut |c, fs, t, _| {
                let st = c.string_ir();
                let want = c.iface_methods(iface).unwrap_or_default();
                let missing = want
                    .iter()
                    .find(|(n, sig)| {
                        !c.method_in_set(t, n)
                            .is_ok_and(|(_, m)| c.method_sig(m) == *sig)
                    })
                    .map(|(n, _)| n.clone())
                    .unwrap_or_default();
                let s = fs.b.ins1(ir::Op::Sconst(missing.into_bytes()), st);
                fs.b.ret(vec![s]);
            },
            &mut |c, fs, _| {
                let st = c.string_ir();
                let s = fs.b.ins1(ir::Op::Sconst(vec![]), st);
                fs.b.ret(vec![s]);
            },
        );
    }

    /// `iface.eq`.
    pub(crate) fn eq_func(&mut self) -> ir::FuncId {
        if let Some(&f) = self.rt_funcs.get("iface.eq") {
            return f;
        }
        let any = self.any_ir();
        let bt = self.bool_ir();
        let f = self.pending_func("iface.eq".into(), vec![any, any], vec![bt], |func| {
            Pending::Eq { func }
        });
        self.rt_funcs.insert("iface.eq", f);
        f
    }

    /// `a == b` for interface operands (one may be concrete: it is
    /// converted), as a bool value.
    pub(crate) fn iface_compare(
        &mut self,
        fs: &mut FnState,
        e: crate::ast::ExprId,
        xo: Operand,
        yo: Operand,
    ) -> Option<ir::Value> {
        // The interface type the other operand converts to (either way
        // round is allowed: `j == e` with e's type wider than j's).
        let it = match (
            self.iface_methods(xo.ty).is_some(),
            self.iface_methods(yo.ty).is_some(),
        ) {
            (true, true) if self.implements(xo.ty, yo.ty).is_ok() => yo.ty,
            (true, _) => xo.ty,
            _ => yo.ty,
        };
        let ctx = "comparison";
        let (Some(x), Some(y)) = (
            self.assign_op(xo.clone(), it, ctx),
            self.assign_op(yo.clone(), it, ctx),
        ) else {
            let text = self.expr_text(e);
            let (a, b) = (self.shown_name(&xo), self.shown_name(&yo));
            let pos = yo.expr.map(|y| self.pos_of(y)).unwrap_or_default();
            let _ = self.diags.len();
            self.error(
                pos,
                format!("invalid operation: {text} (mismatched types {a} and {b})"),
            );
            return None;
        };
        let (a, b) = (self.value(fs, &x)?, self.value(fs, &y)?);
        let f = self.eq_func();
        let bt = self.bool_ir();
        let call = fs.b.ins(ir::Op::Call(f, vec![a, b]), &[bt]);
        Some(fs.b.func.insts[call].results[0])
    }

    fn gen_eq(&mut self, func: ir::FuncId) {
        self.gen_chain(
            func,
            false,
            &mut |_, _| true,
            &mut |c, fs, t, a| {
                let (i32t, bt) = (c.int32_ir(), c.bool_ir());
                let b = fs.b.func.blocks[fs.b.func.entry].params[1];
                let id = c.tids[&t];
                let k = fs.b.ins1(ir::Op::Iconst(id as i64), i32t);
                let tb = fs.b.ins1(ir::Op::IfaceTypeId(b), i32t);
                let same = fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Eq, tb, k), bt);
                let (yes, no) = (fs.b.create_block(), fs.b.create_block());
                fs.b.brif(same, yes, no);
                fs.b.seal_block(yes);
                fs.b.seal_block(no);
                fs.b.switch_to_block(no);
                let f = fs.b.ins1(ir::Op::Iconst(0), bt);
                fs.b.ret(vec![f]);
                fs.b.switch_to_block(yes);
                if !c.tt.comparable(t) {
                    // Go: a runtime panic naming the dynamic type.
                    let st = c.string_ir();
                    let msg = format!("comparing uncomparable type {}", c.go_type_name(t));
                    let msg = if c.unwinding() {
                        msg
                    } else {
                        format!("runtime error: {msg}")
                    };
                    let m = fs.b.ins1(ir::Op::Sconst(msg.into_bytes()), st);
                    c.panic_msg(fs, "panicError", m);
                    return;
                }
                let data_t = if c.is_aggregate(t) {
                    c.ir_ptr(t)
                } else {
                    c.ir_type(t)
                };
                let va = fs.b.ins1(ir::Op::IfaceData(a), data_t);
                let vb = fs.b.ins1(ir::Op::IfaceData(b), data_t);
                let r = c.emit_compare(&mut fs.b, crate::ast::BinOp::Eq, t, va, vb);
                fs.b.ret(vec![r]);
            },
            &mut |c, fs, a| {
                // a is nil: equal only to nil.
                let bt = c.bool_ir();
                let b = fs.b.func.blocks[fs.b.func.entry].params[1];
                let _ = a;
                let r = fs.b.ins1(ir::Op::IsNil(b), bt);
                fs.b.ret(vec![r]);
            },
        );
    }

    fn int32_ir(&mut self) -> ir::Type {
        let t = self.basic(Basic::Int32);
        self.ir_type(t)
    }
    pub(crate) fn bool_ir(&mut self) -> ir::Type {
        let t = self.basic(Basic::Bool);
        self.ir_type(t)
    }
    pub(crate) fn string_ir(&mut self) -> ir::Type {
        let t = self.basic(Basic::String);
        self.ir_type(t)
    }

    /// Generates the bodies of every pending function.
    ///
    /// A chain has a case only for the types that reachable code boxes: a
    /// value of any other type can never be inside an interface, and its
    /// case would keep its methods (and what they call) alive. Cases box
    /// values themselves (fmt's reflection returns elements and fields as
    /// `any`), so the chains are generated again until the set of boxed
    /// types stops growing.
    pub(crate) fn finish_interfaces(&mut self) {
        if self
            .pending
            .iter()
            .any(|p| matches!(p, Pending::Reflect { .. }))
        {
            self.reflect_closure();
        }
        self.live_tids = Some(self.boxed_tids());
        loop {
            self.gen_pending();
            let live = self.boxed_tids();
            if self.live_tids.as_ref() == Some(&live) {
                break;
            }
            self.live_tids = Some(live);
        }
    }

    /// The type ids boxed by functions the entry can reach.
    fn boxed_tids(&self) -> HashSet<u32> {
        let live = ir::dce::live_functions(&self.module);
        let mut tids = HashSet::new();
        for (f, func) in self.module.funcs.iter() {
            if live[f.index()] {
                for inst in func.insts.values() {
                    if let ir::Op::MakeInterface(_, tid) = inst.op {
                        tids.insert(tid);
                    }
                }
            }
        }
        tids
    }

    /// Generates the body of every pending function (repeating while
    /// generation itself asks for more, e.g. printing a struct that holds
    /// an interface).
    fn gen_pending(&mut self) {
        let mut done = 0;
        while done < self.pending.len() {
            let p = self.pending[done].clone();
            done += 1;
            match p {
                Pending::Dispatch { func, name, sig } => self.gen_dispatch(func, &name, sig),
                Pending::Implements { func, iface } => self.gen_implements(func, iface),
                Pending::TypeName { func } => self.gen_typename(func),
                Pending::Print { func, methods } => self.gen_print(func, methods),
                Pending::Eq { func } => self.gen_eq(func),
                Pending::Missing { func, iface } => self.gen_missing(func, iface),
                Pending::PanicValue { func } => self.gen_panic_value(func),
                Pending::Hash { func, lookup } => self.gen_chain_hash(func, lookup),
                Pending::Reflect { func, name } => self.gen_reflect(func, &name),
                Pending::PrintType {
                    func,
                    ty,
                    top,
                    methods,
                } => self.gen_print_type(func, ty, top, methods),
            }
        }
    }

    /// [`Self::gen_chain`] on an interface parameter, for other modules.
    pub(crate) fn gen_chain_pub(
        &mut self,
        func: ir::FuncId,
        pick: &mut dyn FnMut(&mut Self, TypeId) -> bool,
        case: &mut dyn FnMut(&mut Self, &mut FnState, TypeId, ir::Value),
        fallback: &mut dyn FnMut(&mut Self, &mut FnState, ir::Value),
    ) {
        self.gen_chain(func, false, pick, case, fallback)
    }

    /// Runs `case` for every type id satisfying `pick`, in a chain of
    /// tests on the type id of the first parameter (`tid_param`: the
    /// parameter is a type id itself, not an interface); `fallback` ends
    /// the chain.
    fn gen_chain(
        &mut self,
        func: ir::FuncId,
        tid_param: bool,
        pick: &mut dyn FnMut(&mut Self, TypeId) -> bool,
        case: &mut dyn FnMut(&mut Self, &mut FnState, TypeId, ir::Value),
        fallback: &mut dyn FnMut(&mut Self, &mut FnState, ir::Value),
    ) {
        let mut f = std::mem::replace(
            &mut self.module.funcs[func],
            ir::Function::new("", ir::Signature::default()),
        );
        let sig = f.sig.clone();
        f = ir::Function::new(f.name.clone(), sig);
        {
            let mut fs = self.new_fn_state(&mut f, None);
            let p0 = fs.b.func.blocks[fs.b.func.entry].params[0];
            let i32t = self.int32_ir();
            let bt = self.bool_ir();
            let tid = if tid_param {
                p0
            } else {
                fs.b.ins1(ir::Op::IfaceTypeId(p0), i32t)
            };
            let types = self.tid_order.clone();
            for t in types {
                let id = self.tids[&t];
                if self.live_tids.as_ref().is_some_and(|l| !l.contains(&id)) || !pick(self, t) {
                    continue;
                }
                let k = fs.b.ins1(ir::Op::Iconst(id as i64), i32t);
                let is = fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Eq, tid, k), bt);
                let (yes, no) = (fs.b.create_block(), fs.b.create_block());
                fs.b.brif(is, yes, no);
                fs.b.seal_block(yes);
                fs.b.seal_block(no);
                fs.b.switch_to_block(yes);
                case(self, &mut fs, t, p0);
                fs.b.switch_to_block(no);
            }
            fallback(self, &mut fs, p0);
            let FnState { b, .. } = fs;
            b.finish();
        }
        self.module.funcs[func] = f;
    }

    fn gen_dispatch(&mut self, func: ir::FuncId, name: &str, sig: TypeId) {
        let name = name.to_string();
        self.gen_chain(
            func,
            false,
            &mut |c, t| {
                c.method_in_set(t, &name)
                    .is_ok_and(|(_, m)| c.method_sig(m) == sig)
            },
            &mut |c, fs, t, iface| {
                let (path, m) = c.method_in_set(t, &name).unwrap();
                let data_t = if c.is_aggregate(t) {
                    c.ir_ptr(t)
                } else {
                    c.ir_type(t)
                };
                let data = fs.b.ins1(ir::Op::IfaceData(iface), data_t);
                // The boxed copy of a struct or array is the receiver's storage.
                let args = fs.b.func.blocks[fs.b.func.entry].params[1..].to_vec();
                c.return_method_call(fs, t, data, &path, m, &name, args);
            },
            &mut |c, fs, _| {
                // A nil interface: Go's nil dereference panic.
                let it = c.basic(Basic::Int);
                let pt = c.ir_ptr(it);
                let irt = c.ir_type(it);
                let nil = fs.b.ins1(ir::Op::Nil, pt);
                fs.b.ins1(ir::Op::Load(nil), irt);
                fs.b.unreachable();
            },
        );
    }

    /// Ends the function being built by calling method `m` (named `name`,
    /// found at field path `path` from receiver `recv` of type `t`, an
    /// aggregate by pointer to storage the caller owns) with `args`, as
    /// `recv.name(args...)` would, and returning its results.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn return_method_call(
        &mut self,
        fs: &mut FnState,
        t: TypeId,
        recv: ir::Value,
        path: &[u32],
        m: MethodRef,
        name: &str,
        args: Vec<ir::Value>,
    ) {
        self.panicwrap_check(fs, t, path, &m, name, recv);
        let mode = if self.is_aggregate(t) {
            Mode::Mem(recv)
        } else {
            Mode::Value(recv)
        };
        let recv = Operand {
            mode,
            ty: t,
            expr: None,
        };
        let recv = self.apply_path(fs, recv, path, None);
        let (rv, target) = match m {
            MethodRef::Func(f) => {
                let rv = self
                    .receiver_value(fs, None, &recv, f)
                    .expect("the method set admits this receiver");
                (rv, self.funcs[f as usize].ir)
            }
            // Promoted from an embedded interface: dispatch on it.
            MethodRef::Iface(s) => {
                let v = self.value(fs, &recv).expect("an interface value");
                (v, self.dispatch_func(name, s))
            }
        };
        let mut all = vec![rv];
        all.extend(args);
        let rts = fs.b.func.sig.results.clone();
        let call = fs.b.ins(ir::Op::Call(target, all), &rts);
        let rs = fs.b.func.insts[call].results.clone();
        fs.b.ret(rs);
    }

    /// A value method called through an interface holding a nil `*T`:
    /// Go's wrapper panics with its own message, not a nil dereference.
    fn panicwrap_check(
        &mut self,
        fs: &mut FnState,
        t: TypeId,
        path: &[u32],
        m: &MethodRef,
        name: &str,
        data: ir::Value,
    ) {
        let (TypeKind::Pointer(elem), MethodRef::Func(f), true) =
            (self.tt.kind(t).clone(), m, path.is_empty())
        else {
            return;
        };
        let by_value = self.funcs[*f as usize]
            .recv
            .is_some_and(|r| !matches!(self.tt.kind(r), TypeKind::Pointer(_)));
        let TypeKind::Named(i) = self.tt.kind(elem).clone() else {
            return;
        };
        if !by_value {
            return;
        }
        let short = self.tt.named[i as usize].name.clone();
        let msg = format!(
            "value method {}.{name} called using nil *{short} pointer",
            self.go_type_name(elem)
        );
        let bt = self.bool_ir();
        let isnil = fs.b.ins1(ir::Op::IsNil(data), bt);
        self.panic_if(fs, isnil, |c, fs| {
            let st = c.string_ir();
            let mv = fs.b.ins1(ir::Op::Sconst(msg.into_bytes()), st);
            c.panic_msg(fs, "panicPlain", mv);
        });
    }

    fn gen_implements(&mut self, func: ir::FuncId, iface: TypeId) {
        self.gen_chain(
            func,
            true,
            &mut |c, t| c.implements(t, iface).is_ok(),
            &mut |c, fs, _, _| {
                let bt = c.bool_ir();
                let yes = fs.b.ins1(ir::Op::Iconst(1), bt);
                fs.b.ret(vec![yes]);
            },
            &mut |c, fs, _| {
                let bt = c.bool_ir();
                let no = fs.b.ins1(ir::Op::Iconst(0), bt);
                fs.b.ret(vec![no]);
            },
        );
    }

    fn gen_typename(&mut self, func: ir::FuncId) {
        self.gen_chain(
            func,
            true,
            &mut |_, _| true,
            &mut |c, fs, t, _| {
                let st = c.string_ir();
                let name = c.go_type_name(t);
                let s = fs.b.ins1(ir::Op::Sconst(name.into_bytes()), st);
                fs.b.ret(vec![s]);
            },
            &mut |c, fs, _| {
                let st = c.string_ir();
                let s = fs.b.ins1(ir::Op::Sconst(b"nil".to_vec()), st);
                fs.b.ret(vec![s]);
            },
        );
    }

    fn gen_print(&mut self, func: ir::FuncId, methods: bool) {
        self.gen_chain(
            func,
            false,
            &mut |_, _| true,
            &mut |c, fs, t, iface| {
                let data_t = if c.is_aggregate(t) {
                    c.ir_ptr(t)
                } else {
                    c.ir_type(t)
                };
                let v = fs.b.ins1(ir::Op::IfaceData(iface), data_t);
                c.fmt_value_m(fs, v, t, true, methods);
                fs.b.ret(vec![]);
            },
            &mut |c, fs, _| {
                c.print_str(fs, ir::Fd::Stdout, "<nil>");
                fs.b.ret(vec![]);
            },
        );
    }

    /// A type as the runtime (reflect) spells it in panics: `main.T`,
    /// `*main.T`, `[]interface {}`, `struct { A int; b string }`,
    /// `interface { M() }`, `func(int) string`.
    pub(crate) fn go_type_name(&self, t: TypeId) -> String {
        match self.tt.kind(t) {
            TypeKind::Named(i) => {
                let n = &self.tt.named[*i as usize];
                if n.pkg.is_empty() {
                    n.name.clone()
                } else {
                    format!("{}.{}", n.pkg, n.name)
                }
            }
            TypeKind::Pointer(e) => format!("*{}", self.go_type_name(*e)),
            TypeKind::Slice(e) => format!("[]{}", self.go_type_name(*e)),
            TypeKind::Array(e, n) => format!("[{n}]{}", self.go_type_name(*e)),
            TypeKind::Map(k, v) => {
                format!("map[{}]{}", self.go_type_name(*k), self.go_type_name(*v))
            }
            TypeKind::Struct(fs) if fs.is_empty() => "struct {}".into(),
            TypeKind::Struct(fs) => {
                let parts: Vec<String> = fs
                    .iter()
                    .map(|f| {
                        f.with_tag(if f.embedded {
                            self.go_type_name(f.ty)
                        } else {
                            format!("{} {}", f.name, self.go_type_name(f.ty))
                        })
                    })
                    .collect();
                format!("struct {{ {} }}", parts.join("; "))
            }
            TypeKind::Interface(ms) if ms.is_empty() => "interface {}".into(),
            TypeKind::Interface(ms) => {
                let parts: Vec<String> = ms
                    .iter()
                    .map(|(n, s)| format!("{n}{}", self.func_sig_name(*s)))
                    .collect();
                format!("interface {{ {} }}", parts.join("; "))
            }
            TypeKind::Func(_) => format!("func{}", self.func_sig_name(t)),
            _ => self.tt.display(t),
        }
    }

    /// `(int, string) bool` with runtime type names.
    fn func_sig_name(&self, t: TypeId) -> String {
        let TypeKind::Func(s) = self.tt.kind(t) else {
            return String::new();
        };
        let last = s.params.len().wrapping_sub(1);
        let ps: Vec<String> = s
            .params
            .iter()
            .enumerate()
            .map(|(i, p)| match self.tt.kind(*p) {
                TypeKind::Slice(e) if s.variadic && i == last => {
                    format!("...{}", self.go_type_name(*e))
                }
                _ => self.go_type_name(*p),
            })
            .collect();
        let rs: Vec<String> = s.results.iter().map(|r| self.go_type_name(*r)).collect();
        match rs.len() {
            0 => format!("({})", ps.join(", ")),
            1 => format!("({}) {}", ps.join(", "), rs[0]),
            _ => format!("({}) ({})", ps.join(", "), rs.join(", ")),
        }
    }
}
