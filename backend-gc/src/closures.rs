//! Func values and closures.
//!
//! Every Go func type is one value, `(ref null $closure)`; nil is the null
//! reference. `$closure` is `(sub (struct (field i32)))`: the field is the
//! function's index in the module's funcref table `$gc.closures`, not a
//! `funcref` (wasmtime reads and writes `funcref` fields, and runs
//! `ref.func`, through the runtime; an i32 is a plain load). A function
//! that captures values has its own *final* subtype of `$closure` with the
//! flattened captures as immutable fields after the index (functions with
//! the same capture shape share it), so the callee's single cast to it is
//! one compare in wasmtime. A function that captures nothing uses
//! `$closure` itself, and its one closure object is an immutable global
//! made at instantiation: Go func values compare only with nil, so sharing
//! it is invisible.
//!
//! - `make_closure f [caps]`: `struct.new` of f's closure type (or the
//!   global), never null;
//! - f's first parameter is the closure; at entry f casts it once to its
//!   subtype and keeps it in a local, and `closure_capture` reads fields;
//! - `call_closure c(args)`: nil check (Go's nil dereference panic), then
//!   `call_indirect` through the table index with the wasm function type
//!   `(ref null $closure, flattened params...) -> flattened results`. Each
//!   closure target is declared with that (final) type, so the engine's
//!   signature check is an exact match.
//!
//! Every function that appears in some `make_closure` gets a table slot,
//! in order of first appearance, and an active element segment fills the
//! table.

use crate::context::Ctx;
use crate::func::FnEmitter;
use crate::text::Vt;
use gowgc_ir::{FuncId, Module, Op, TypeData, Value};
use std::collections::HashMap;
use std::fmt::Write;

/// A function used as a closure.
#[derive(Clone, Debug)]
pub(crate) struct ClosureFn {
    /// Its slot in `$gc.closures`.
    pub index: u32,
    /// The types of its captures (those of any of its `make_closure`s).
    pub caps: Vec<gowgc_ir::Type>,
}

/// The functions used as closures, in table order.
pub(crate) fn scan(m: &Module) -> (HashMap<FuncId, ClosureFn>, Vec<FuncId>) {
    let mut map = HashMap::new();
    let mut order = Vec::new();
    for (_, f) in m.funcs.iter() {
        for &b in &f.layout {
            for &i in &f.blocks[b].insts {
                if let Op::MakeClosure(callee, caps) = &f.insts[i].op {
                    map.entry(*callee).or_insert_with(|| {
                        order.push(*callee);
                        ClosureFn {
                            index: order.len() as u32 - 1,
                            caps: caps.iter().map(|&c| f.value_type(c)).collect(),
                        }
                    });
                }
            }
        }
    }
    (map, order)
}

impl Ctx<'_> {
    /// The struct type of `f`'s closures: its final capture subtype, or
    /// `$closure` when it captures nothing. `None` when `f` is never made
    /// into a closure.
    pub(crate) fn closure_struct(&mut self, f: FuncId) -> Option<String> {
        let info = self.closures.get(&f)?;
        if info.caps.is_empty() {
            return Some(self.l.closure_ty());
        }
        let caps = info.caps.clone();
        let base = format!("closure.{}", self.m.funcs[f].name);
        Some(self.l.closure_sub_ty(&base, &caps))
    }

    /// The name of the global holding the closure of the capture-free
    /// function in table slot `index`.
    pub(crate) fn closure_global(index: u32) -> String {
        format!("$gc.clo.{index}")
    }

    /// The table, its element segment and the globals of capture-free
    /// closures (empty when the program neither makes nor calls closures).
    pub(crate) fn closure_decls(&mut self) -> String {
        if self.closure_order.is_empty() && !self.calls_closures {
            return String::new();
        }
        let n = self.closure_order.len();
        let mut s = format!("  (table $gc.closures {n} {n} funcref)\n");
        if n > 0 {
            s.push_str("  (elem (table $gc.closures) (i32.const 0) func");
            for f in &self.closure_order {
                let name = self.funcs.get(f).cloned().unwrap_or_default();
                let _ = write!(s, " {name}");
            }
            s.push_str(")\n");
        }
        for f in self.closure_order.clone() {
            let info = &self.closures[&f];
            if info.caps.is_empty() {
                let idx = info.index;
                let clo = self.l.closure_ty();
                let _ = writeln!(
                    s,
                    "  (global {} (ref {clo}) i32.const {idx} struct.new {clo})",
                    Self::closure_global(idx)
                );
            }
        }
        s
    }
}

impl FnEmitter<'_, '_> {
    /// The wasm function type called through func type `t`.
    fn call_sig(&mut self, t: gowgc_ir::Type) -> String {
        let (params, results) = match self.cx.l.data(t) {
            TypeData::Func { params, results } => (params.clone(), results.clone()),
            _ => (vec![], vec![]),
        };
        let mut ps = vec![Vt::nref(&self.cx.l.closure_ty())];
        for p in params {
            ps.extend(self.cx.l.flat(p));
        }
        let mut rs = Vec::new();
        for r in results {
            rs.extend(self.cx.l.flat(r));
        }
        self.cx.l.func_sig_ty(&ps, &rs)
    }

    /// At function entry: when this function reads captures of its own
    /// closure (its first parameter), casts it once to its closure type
    /// and remembers the local.
    pub(crate) fn closure_prologue(&mut self) {
        let f = self.f;
        let Some(&p0) = f.blocks[f.entry].params.first() else {
            return;
        };
        let reads = f.layout.iter().any(|&b| {
            f.blocks[b]
                .insts
                .iter()
                .any(|&i| matches!(f.insts[i].op, Op::ClosureCapture(c, _) if c == p0))
        });
        if !reads {
            return;
        }
        let Some(sty) = self.cx.closure_struct(self.fid) else {
            return;
        };
        let c = self.comp(p0, 0);
        let tmp = self.tmp(Vt::nref(&sty));
        self.emit(format!(
            "local.get {c}\nref.cast (ref null {sty})\nlocal.set {tmp}"
        ));
        self.clo = Some((p0, tmp));
    }

    pub(crate) fn closure_op(&mut self, op: &Op, results: &[Value]) {
        match op {
            Op::MakeClosure(callee, caps) => {
                let Some(&r) = results.first() else { return };
                let Some(info) = self.cx.closures.get(callee).cloned() else {
                    return;
                };
                if caps.is_empty() {
                    self.emit(format!("global.get {}", Ctx::closure_global(info.index)));
                } else {
                    let sty = self.cx.closure_struct(*callee).unwrap_or_default();
                    self.emit(format!("i32.const {}", info.index));
                    for &c in caps {
                        self.get(c);
                    }
                    self.emit(format!("struct.new {sty}"));
                }
                self.set(r);
                self.nonnull.insert(r, true);
            }
            Op::ClosureCapture(c, n) => {
                let Some(&r) = results.first() else { return };
                let Some(info) = self.cx.closures.get(&self.fid).cloned() else {
                    // Never made into a closure: cannot run.
                    self.emit("unreachable");
                    return self.set(r);
                };
                let Some(sty) = self.cx.closure_struct(self.fid) else {
                    return;
                };
                let mut widx = 1u32;
                for &t in info.caps.iter().take(*n as usize) {
                    widx += self.cx.l.flat_len(t) as u32;
                }
                let obj = match &self.clo {
                    Some((p0, local)) if p0 == c => local.clone(),
                    _ => {
                        let tmp = self.tmp(Vt::nref(&sty));
                        let cl = self.comp(*c, 0);
                        self.emit(format!(
                            "local.get {cl}\nref.cast (ref null {sty})\nlocal.set {tmp}"
                        ));
                        tmp
                    }
                };
                let k = self.cx.l.flat_len(self.ty(r)) as u32;
                for j in 0..k {
                    self.emit(format!("local.get {obj}\nstruct.get {sty} {}", widx + j));
                }
                self.set(r);
            }
            Op::CallClosure(c, args) => {
                self.cx.calls_closures = true;
                let sig = self.call_sig(self.ty(*c));
                let clo = self.cx.l.closure_ty();
                let cl = self.comp(*c, 0);
                self.nil_check(Some(*c), &cl);
                self.emit(format!("local.get {cl}"));
                for &a in args {
                    self.get(a);
                }
                self.emit(format!(
                    "local.get {cl}\nstruct.get {clo} 0\ncall_indirect $gc.closures (type {sig})"
                ));
                for &r in results.iter().rev() {
                    self.set(r);
                }
            }
            _ => {}
        }
    }
}
