//! `defer`, `recover`, and the frames of functions that defer.
//!
//! Panics are wasm exceptions ([`ir::Op::Throw`]); the panic values and the
//! deferred-call lists are kept by the Go-source runtime
//! (`frontend/std/runtime`). A function that defers is compiled in two
//! parts:
//!
//! * its body `F.body`, lowered as usual but with one more parameter, a
//!   *frame*: `struct { defers *runtime._defer; r0 R0; r1 R1; ... }`. A
//!   `defer` statement evaluates the function value and the arguments, and
//!   pushes onto `frame.defers` a closure of a generated thunk that makes
//!   the call with them. A `return` stores its values in the result slots
//!   (named results *are* those slots, so deferred closures can change
//!   them) and returns nothing.
//! * `F` itself, with the original signature: it allocates the frame,
//!   calls `F.body` with [`ir::Op::CallCatch`], hands the list to
//!   `runtime.rundefers` (which runs the calls newest first, stops a
//!   recovered panic, and re-raises one that is not), then returns the
//!   result slots.
//!
//! `recover()` only works in a function called directly by a deferred call
//! that runs for a panic: `rundefers` sets `runtime.armed` around each
//! call, every function that calls `recover` takes the flag on entry, and
//! every other Go function clears it on entry (so only a function called
//! directly by the deferred call can see it set).

use super::{Builtin, Checker, FnState, Mode, Obj, Operand, Storage};
use crate::ast::{self, Expr, ExprId, Stmt};
use crate::types::{Basic, Field, Signature, TypeId, TypeKind};
use gowgc_ir as ir;

/// The frame of a function that defers, while its body is lowered.
#[derive(Clone, Debug)]
pub(crate) struct DeferFrame {
    /// Pointer to the frame (the body's last parameter).
    pub frame: ir::Value,
    /// The frame's struct type.
    pub ty: TypeId,
}

/// Whether `body` has a `defer` statement of its own (not in a literal).
pub(crate) fn has_defer(pkg: &ast::Package, body: &ast::Block) -> bool {
    let mut found = false;
    super::stmt::block_walk(pkg, body, &mut |s| {
        found |= matches!(pkg.stmt(s), Stmt::Defer { .. });
    });
    found
}

/// Whether `body` calls `recover` itself (not in a literal).
pub(crate) fn calls_recover(pkg: &ast::Package, body: &ast::Block) -> bool {
    let mut found = false;
    for e in super::stmt::block_exprs(pkg, body) {
        super::stmt::walk_expr_in(pkg, e, false, &mut |x| {
            if let Expr::Call { func, .. } = pkg.expr(x) {
                if let Expr::Ident(i) = pkg.expr(*func) {
                    found |= i.name == "recover";
                }
            }
        });
    }
    found
}

/// How a deferred call's thunk makes the call.
enum Deferred {
    /// A function or method: `Call(f, [receiver] ++ args)`.
    Static(ir::FuncId, TypeId, Option<ir::Value>),
    /// A func value: `CallClosure(f, args)`.
    Closure(ir::Value, TypeId),
    /// An interface method through its dispatch function.
    Iface(ir::FuncId, TypeId, ir::Value),
    /// A builtin or standard-library call, lowered again in the thunk.
    Again,
}

impl Checker<'_> {
    /// At the start of a body: takes the recover flag if the function calls
    /// `recover`, and adds the frame parameter if it defers.
    pub(crate) fn begin_frame(&mut self, fs: &mut FnState, body: &ast::Block, sig: &Signature) {
        if !self.unwinding() {
            return;
        }
        let pkg = self.pkg;
        if calls_recover(pkg, body) {
            let f = self.rt_fn("takearmed");
            let bt = self.basic(Basic::Bool);
            let bt = self.ir_type(bt);
            let call = fs.b.ins(ir::Op::Call(f, vec![]), &[bt]);
            fs.can_recover = Some(fs.b.func.insts[call].results[0]);
        } else if !self.in_runtime() {
            // Any Go function may be the deferred call (through a func
            // value, a method value or an interface): one that cannot
            // recover clears the flag, so that a function it calls cannot.
            if let Some(super::Obj::Var {
                storage: Storage::Global(g),
                ty,
                ..
            }) = self.runtime_var("armed")
            {
                let pt = self.ir_ptr(ty);
                let bt = self.ir_type(ty);
                let p = fs.b.ins1(ir::Op::GlobalAddr(g), pt);
                let f = fs.b.ins1(ir::Op::Iconst(0), bt);
                fs.b.ins(ir::Op::Store(p, f), &[]);
            }
        }
        if has_defer(pkg, body) {
            let d = self.rt_type("_defer");
            let dp = self.tt.intern(TypeKind::Pointer(d));
            let mut fields = vec![Field {
                name: "defers".into(),
                ty: dp,
                embedded: false,
                tag: None,
            }];
            for (i, t) in sig.results.iter().enumerate() {
                fields.push(Field {
                    name: format!("r{i}"),
                    ty: *t,
                    embedded: false,
                    tag: None,
                });
            }
            let ty = self.tt.intern(TypeKind::Struct(fields));
            let pt = self.ir_ptr(ty);
            let entry = fs.b.func.entry;
            let frame = fs.b.func.append_param(entry, pt);
            fs.b.func.sig.params.push(pt);
            fs.defer_frame = Some(DeferFrame { frame, ty });
        }
    }

    /// Pointer to result slot `i` of the frame.
    fn result_slot(&mut self, fs: &mut FnState, df: &DeferFrame, i: usize) -> ir::Value {
        let TypeKind::Struct(fields) = self.tt.kind(df.ty).clone() else {
            unreachable!()
        };
        let pt = self.ir_ptr(fields[i + 1].ty);
        fs.b.ins1(ir::Op::FieldAddr(df.frame, i as u32 + 1), pt)
    }

    /// Declares named result `i` as the frame's slot, when the function
    /// defers; `None` otherwise.
    pub(crate) fn declare_result_slot(
        &mut self,
        fs: &mut FnState,
        name: &ast::Ident,
        t: TypeId,
        i: usize,
    ) -> Option<Option<super::ObjId>> {
        let df = fs.defer_frame.clone()?;
        if name.name == "_" {
            return Some(None);
        }
        let p = self.result_slot(fs, &df, i);
        let pt = fs.b.func.value_type(p);
        let var = fs.b.declare_var(pt);
        fs.b.def_var(var, p);
        let o = self.new_obj(Obj::Var {
            ty: t,
            storage: Storage::Mem(var),
            used: false,
            local: true,
            pos: name.pos,
            name: name.name.clone(),
        });
        self.insert_local(fs, &name.name, name.pos, o);
        Some(Some(o))
    }

    /// Returns `vals`: in a function that defers, by storing them in the
    /// result slots.
    pub(crate) fn emit_return(&mut self, fs: &mut FnState, vals: Vec<ir::Value>) {
        let Some(df) = fs.defer_frame.clone() else {
            fs.b.ret(vals);
            return;
        };
        let results = fs.results.clone();
        for (i, v) in vals.into_iter().enumerate() {
            let p = self.result_slot(fs, &df, i);
            if self.is_aggregate(results[i]) {
                fs.b.ins(ir::Op::Copy(p, v), &[]);
            } else {
                fs.b.ins(ir::Op::Store(p, v), &[]);
            }
        }
        fs.b.ret(vec![]);
    }

    /// After a function that defers has been lowered into `id` (as its
    /// body): moves the body to a new function and puts the frame-running
    /// wrapper in its place. For a closure, `caps` are the types of its
    /// captures: the wrapper reads them and passes them to the body as
    /// parameters (after the Go ones, before the frame), since a closure's
    /// captures are laid out per function.
    pub(crate) fn split_frame(
        &mut self,
        id: ir::FuncId,
        frame_ty: TypeId,
        caps: Option<Vec<ir::Type>>,
    ) {
        let mut body = std::mem::replace(
            &mut self.module.funcs[id],
            ir::Function::new("", ir::Signature::default()),
        );
        let name = body.name.clone();
        let mut sig = body.sig.clone();
        let frame_pt = sig.params.pop().expect("frame parameter");
        let ncaps = caps.as_ref().map_or(0, |c| c.len());
        sig.params.truncate(sig.params.len() - ncaps);
        body.sig.results.clear();
        body.name = format!("{name}.body");
        let pos = body.pos.clone();
        let body_id = self.module.funcs.push(body);
        let TypeKind::Struct(fields) = self.tt.kind(frame_ty).clone() else {
            unreachable!()
        };
        let mut func = ir::Function::new(name, sig);
        func.pos = pos;
        {
            let mut fs = self.new_fn_state(&mut func, None);
            let mut args = fs.b.func.blocks[fs.b.func.entry].params.clone();
            let ft = self.ir_type(frame_ty);
            if let Some(caps) = &caps {
                let env = args[0];
                for (k, t) in caps.iter().enumerate() {
                    let v = fs.b.ins1(ir::Op::ClosureCapture(env, k as u32), *t);
                    args.push(v);
                }
            }
            let frame = fs.b.ins1(ir::Op::Alloc(ft), frame_pt);
            let pt = self.rt_type("_panic");
            let pt = self.tt.intern(TypeKind::Pointer(pt));
            let pt = self.ir_type(pt);
            let cur = self.rt_fn("curpanic");
            let call = fs.b.ins(ir::Op::Call(cur, vec![]), &[pt]);
            let saved = fs.b.func.insts[call].results[0];
            args.push(frame);
            let bt = self.basic(Basic::Bool);
            let bt = self.ir_type(bt);
            let threw = fs.b.ins1(ir::Op::CallCatch(body_id, args), bt);
            let dpt = self.ir_type(fields[0].ty);
            let dp = self.ir_ptr(fields[0].ty);
            let head_p = fs.b.ins1(ir::Op::FieldAddr(frame, 0), dp);
            let head = fs.b.ins1(ir::Op::Load(head_p), dpt);
            let run = self.rt_fn("rundefers");
            fs.b.ins(ir::Op::Call(run, vec![head, threw, saved]), &[]);
            let mut results = Vec::new();
            for (i, f) in fields.iter().enumerate().skip(1) {
                let p = self.ir_ptr(f.ty);
                let slot = fs.b.ins1(ir::Op::FieldAddr(frame, i as u32), p);
                let v = if self.is_aggregate(f.ty) {
                    self.copy_aggregate(&mut fs, f.ty, slot)
                } else {
                    let t = self.ir_type(f.ty);
                    fs.b.ins1(ir::Op::Load(slot), t)
                };
                results.push(v);
            }
            fs.b.ret(results);
            let FnState { b, .. } = fs;
            b.finish();
        }
        self.module.funcs[id] = func;
    }

    /// `defer f(args)`.
    pub(crate) fn defer_stmt(&mut self, fs: &mut FnState, call: ExprId) {
        let call = self.unparen(call);
        let Expr::Call {
            func,
            args,
            ellipsis,
            rparen,
            ..
        } = self.expr(call).clone()
        else {
            let p = self.pos_of(call);
            let _ = self.expr_op(fs, call);
            self.error(p, "expression in defer must be function call");
            return;
        };
        let Some(df) = fs.defer_frame.clone() else {
            return;
        };
        // The function value, evaluated now.
        let fop = self.expr_op(fs, func);
        let how = match fop.mode.clone() {
            Mode::Invalid => {
                for a in &args {
                    let _ = self.expr_op(fs, *a);
                }
                return;
            }
            Mode::Type => {
                let p = self.pos_of(call);
                let op = self.call(fs, call);
                if !op.is_invalid() {
                    let d = self.describe(&op);
                    self.error(
                        p,
                        format!("defer requires function call, not conversion {d}"),
                    );
                }
                return;
            }
            Mode::Builtin(b) => {
                use Builtin::*;
                if matches!(
                    b,
                    Append | Cap | Complex | Imag | Len | Make | Max | Min | New | Real
                ) {
                    let p = self.pos_of(call);
                    let op = self.call(fs, call);
                    if !op.is_invalid() {
                        let d = self.describe(&op);
                        self.error(p, format!("defer discards result of {d}"));
                    }
                    return;
                }
                Deferred::Again
            }
            Mode::PkgFunc(_) => Deferred::Again,
            Mode::Func(i) => {
                let info = self.funcs[i as usize].clone();
                Deferred::Static(info.ir, info.sig, None)
            }
            Mode::Method(recv, i) => {
                let info = self.funcs[i as usize].clone();
                let Some(rv) = self.receiver_value(fs, Some(func), &recv, i) else {
                    return;
                };
                Deferred::Static(info.ir, info.sig, Some(rv))
            }
            Mode::IfaceMethod(x, name, sig) => {
                let Some(xv) = self.value(fs, &x) else {
                    return;
                };
                self.nil_iface_check(fs, xv);
                let f = self.dispatch_func(&name, sig);
                Deferred::Iface(f, sig, xv)
            }
            _ => {
                let fop = self.single_value(fs, fop);
                if fop.is_invalid() {
                    return;
                }
                if !matches!(self.tt.ukind(fop.ty), TypeKind::Func(_)) {
                    let d = self.describe(&fop);
                    let tn = self.tt.display(fop.ty);
                    let p = self.pos_of(call);
                    self.error(
                        p,
                        format!("invalid operation: cannot call {d}: {tn} is not a function"),
                    );
                    return;
                }
                let sig = self.tt.under(fop.ty);
                let Some(f) = self.value(fs, &fop) else {
                    return;
                };
                Deferred::Closure(f, sig)
            }
        };
        // The arguments, evaluated now; captured unless constant.
        let mut caps: Vec<ir::Value> = Vec::new();
        // Each argument's operand, with the indices in `caps` of its values.
        let mut presets: Vec<(ExprId, Operand, std::ops::Range<usize>)> = Vec::new();
        let ops = if args.is_empty() {
            Some(vec![])
        } else if args.len() == 1 {
            let op = self.expr_op(fs, args[0]);
            if op.is_invalid() {
                None
            } else {
                Some(vec![op])
            }
        } else {
            let ops: Vec<Operand> = args.iter().map(|a| self.rvalue(fs, *a)).collect();
            (!ops.iter().any(|o| o.is_invalid())).then_some(ops)
        };
        let Some(ops) = ops else { return };
        for (a, op) in args.iter().zip(ops) {
            let k = caps.len();
            match &op.mode {
                Mode::Const(_) | Mode::Nil | Mode::NoValue => {}
                Mode::Tuple(vs) => caps.extend(vs.iter().copied()),
                _ => {
                    let Some(v) = self.arg_value(fs, &op) else {
                        return;
                    };
                    caps.push(v);
                }
            }
            presets.push((*a, op, k..caps.len()));
        }
        // The callee's own values.
        let callee_caps: Vec<ir::Value> = match &how {
            Deferred::Static(_, _, Some(r)) => vec![*r],
            Deferred::Closure(f, _) => vec![*f],
            Deferred::Iface(_, _, x) => vec![*x],
            _ => vec![],
        };
        let nargs = caps.len();
        caps.extend(callee_caps);
        // The thunk.
        let fnt = self.tt.intern(TypeKind::Func(Signature {
            params: vec![],
            results: vec![],
            variadic: false,
            ..Default::default()
        }));
        let irft = self.ir_type(fnt);
        let enclosing = fs.b.func.name.clone();
        let n = self.closure_count.entry(enclosing.clone()).or_insert(0);
        *n += 1;
        let name = format!("{enclosing}.deferwrap{n}");
        let mut thunk_fn = ir::Function::new(
            name,
            ir::Signature {
                params: vec![irft],
                results: vec![],
            },
        );
        let cap_types: Vec<ir::Type> = caps.iter().map(|v| fs.b.func.value_type(*v)).collect();
        {
            let mut tfs = self.new_fn_state(&mut thunk_fn, None);
            tfs.scopes = fs.scopes.clone();
            tfs.results = vec![];
            let env = tfs.b.func.blocks[tfs.b.func.entry].params[0];
            let inner: Vec<ir::Value> = cap_types
                .iter()
                .enumerate()
                .map(|(k, t)| tfs.b.ins1(ir::Op::ClosureCapture(env, k as u32), *t))
                .collect();
            for (e, mut op, r) in presets {
                op.mode = match op.mode {
                    Mode::Const(_) | Mode::Nil | Mode::NoValue => op.mode,
                    Mode::Tuple(_) => Mode::Tuple(inner[r].to_vec()),
                    _ => Mode::Value(inner[r.start]),
                };
                self.presets.insert(e, op);
            }
            // A Go function clears (or takes) the recover flag on entry
            // itself; a builtin or fmt call lowered right here must not
            // leave it to a method it calls (a String method, say).
            if matches!(how, Deferred::Again) {
                let f = self.rt_fn("disarm");
                tfs.b.ins(ir::Op::Call(f, vec![]), &[]);
            }
            let callee = &inner[nargs..];
            let text = self.expr_text(func);
            let spread = ellipsis.is_some();
            match how {
                Deferred::Again => {
                    let _ = self.call(&mut tfs, call);
                }
                Deferred::Static(f, sig, recv) => {
                    if let Some(mut argv) =
                        self.call_args(&mut tfs, &args, sig, &text, rparen, spread)
                    {
                        if recv.is_some() {
                            argv.insert(0, callee[0]);
                        }
                        self.emit_call_op(&mut tfs, call, sig, ir::Op::Call(f, argv));
                    }
                }
                Deferred::Iface(f, sig, _) => {
                    if let Some(mut argv) =
                        self.call_args(&mut tfs, &args, sig, &text, rparen, spread)
                    {
                        argv.insert(0, callee[0]);
                        self.emit_call_op(&mut tfs, call, sig, ir::Op::Call(f, argv));
                    }
                }
                Deferred::Closure(_, sig) => {
                    if let Some(argv) = self.call_args(&mut tfs, &args, sig, &text, rparen, spread)
                    {
                        let op = ir::Op::CallClosure(callee[0], argv);
                        self.emit_call_op(&mut tfs, call, sig, op);
                    }
                }
            }
            for a in &args {
                self.presets.remove(a);
            }
            if !tfs.b.is_terminated() {
                tfs.b.ret(vec![]);
            }
            let FnState { b, .. } = tfs;
            b.finish();
        }
        let thunk = self.module.funcs.push(thunk_fn);
        let clo = fs.b.ins1(ir::Op::MakeClosure(thunk, caps), irft);
        let TypeKind::Struct(fields) = self.tt.kind(df.ty).clone() else {
            unreachable!()
        };
        let hp = self.ir_ptr(fields[0].ty);
        let head = fs.b.ins1(ir::Op::FieldAddr(df.frame, 0), hp);
        let push = self.rt_fn("pushdefer");
        fs.b.ins(ir::Op::Call(push, vec![head, clo]), &[]);
    }

    /// Go evaluates `i.M` at the defer statement: a nil interface panics
    /// there.
    pub(crate) fn nil_iface_check(&mut self, fs: &mut FnState, x: ir::Value) {
        let i32t = self.basic(Basic::Int32);
        let i32t = self.ir_type(i32t);
        let bt = self.basic(Basic::Bool);
        let bt = self.ir_type(bt);
        let tid = fs.b.ins1(ir::Op::IfaceTypeId(x), i32t);
        let zero = fs.b.ins1(ir::Op::Iconst(0), i32t);
        let isnil = fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Eq, tid, zero), bt);
        self.nil_panic_if(fs, isnil);
    }

    /// Panics with Go's nil dereference error when `isnil` holds.
    pub(crate) fn nil_panic_if(&mut self, fs: &mut FnState, isnil: ir::Value) {
        self.panic_if(fs, isnil, |c, fs| {
            let i32t = c.basic(Basic::Int32);
            let i32t = c.ir_type(i32t);
            if c.unwinding() {
                let hook = c.rt_fn("panicHook");
                let i64t = c.basic(Basic::Int64);
                let i64t = c.ir_type(i64t);
                let code = fs.b.ins1(ir::Op::Iconst(ir::RtError::NIL as i64), i32t);
                let z = fs.b.ins1(ir::Op::Iconst(0), i64t);
                fs.b.ins(ir::Op::Call(hook, vec![code, z, z]), &[]);
                fs.b.unreachable();
            } else {
                let st = c.string_ir();
                let msg = b"runtime error: invalid memory address or nil pointer dereference";
                let m = fs.b.ins1(ir::Op::Sconst(msg.to_vec()), st);
                c.panic_msg(fs, "panicError", m);
            }
        });
    }

    /// Runs `panic` (which must end its block) on a branch taken when
    /// `cond` holds; code continues on the other.
    pub(crate) fn panic_if(
        &mut self,
        fs: &mut FnState,
        cond: ir::Value,
        panic: impl FnOnce(&mut Self, &mut FnState),
    ) {
        let (bad, ok) = (fs.b.create_block(), fs.b.create_block());
        fs.b.brif(cond, bad, ok);
        fs.b.seal_block(bad);
        fs.b.seal_block(ok);
        fs.b.switch_to_block(bad);
        panic(self, fs);
        fs.b.switch_to_block(ok);
    }

    /// `recover()`.
    pub(crate) fn lower_recover(&mut self, fs: &mut FnState, e: ExprId) -> Operand {
        let any = self.tt.intern(TypeKind::Interface(vec![]));
        let at = self.ir_type(any);
        let v = if self.unwinding() {
            let bt = self.basic(Basic::Bool);
            let bt = self.ir_type(bt);
            let can = match fs.can_recover {
                Some(c) => c,
                None => fs.b.ins1(ir::Op::Iconst(0), bt),
            };
            let f = self.rt_fn("gorecover");
            let call = fs.b.ins(ir::Op::Call(f, vec![can]), &[at]);
            fs.b.func.insts[call].results[0]
        } else {
            fs.b.ins1(ir::Op::Nil, at)
        };
        Operand {
            mode: Mode::Value(v),
            ty: any,
            expr: Some(e),
        }
    }
}
