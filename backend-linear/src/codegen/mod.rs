//! Function bodies: IR to WebAssembly text, one function at a time.
//!
//! Every IR value becomes one wasm local per part of its representation
//! ([`Scalar::parts`]); block parameters are locals too, assigned by the
//! parallel copy of [`Node::Args`] (all arguments are pushed on the operand
//! stack, then popped into the parameters, so no copy can clobber another).
//! Control flow comes from [`gowgc_ir::structure::structure`], which maps
//! one to one to wasm `block`/`loop`/`if`/`br`. Instructions are emitted in
//! the plain (unfolded) instruction syntax, one per line.
//!
//! The submodules hold the operations: `scalar` arithmetic, conversions
//! and printing, `memory` pointers, loads, stores, slices and strings,
//! `closure` func values, `iface` interface values, `except` Go panics as
//! wasm exceptions.

mod closure;
pub mod except;
mod iface;
mod memory;
mod scalar;

use crate::closures::Closures;
use crate::frame::Frame;
use crate::layout::{Layouts, Scalar};
use crate::statics::Statics;
use cranelift_entity::{EntityRef, SecondaryMap};
use gowgc_ir::structure::{structure, Node};
use gowgc_ir::{FuncId, Function, Inst, Module, Op, Type, Value};
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write;

/// Module-wide state the function generator reads and extends.
pub struct ModuleCtx<'m> {
    /// The module.
    pub m: &'m Module,
    /// Static data (strings, descriptors, globals).
    pub statics: Statics<'m>,
    /// Go's amd64 layouts (for append's capacity growth).
    pub go: Layouts<'m>,
    /// WAT identifier of each function.
    pub names: SecondaryMap<FuncId, String>,
    /// Closure functions and the function table.
    pub closures: Closures,
    /// Errors found (unsupported or malformed IR).
    pub errors: Vec<String>,
}

/// Generates one function's text.
pub struct FuncGen<'a, 'm> {
    cx: &'a mut ModuleCtx<'m>,
    id: FuncId,
    f: &'m Function,
    frame: Frame,
    out: String,
    depth: usize,
    /// Temporaries in use by the current instruction, per wasm type.
    temps_used: BTreeMap<&'static str, u32>,
    /// The most temporaries of each type any instruction needed.
    temps_max: BTreeMap<&'static str, u32>,
    /// Pointers nil-checked so far in the current block.
    checked: HashSet<Value>,
}

impl<'a, 'm> FuncGen<'a, 'm> {
    /// Prepares to generate function `id` with its shadow-stack `frame`.
    pub fn new(cx: &'a mut ModuleCtx<'m>, id: FuncId, frame: Frame) -> Self {
        let m: &'m Module = cx.m;
        let f = &m.funcs[id];
        FuncGen {
            cx,
            id,
            f,
            frame,
            out: String::new(),
            depth: 2,
            temps_used: BTreeMap::new(),
            temps_max: BTreeMap::new(),
            checked: HashSet::new(),
        }
    }

    /// The whole `(func ...)` field.
    pub fn emit(mut self, name: &str) -> String {
        let nodes = match structure(self.f) {
            Ok(n) => n,
            Err(_) => {
                self.cx
                    .errors
                    .push(format!("{}: irreducible control flow", self.f.name));
                return String::new();
            }
        };
        if self.frame.slots > 0 {
            self.line(&format!("i32.const {}", self.frame.slots * 4));
            self.line("call $go_frame");
            self.line("local.set $fp");
        }
        let entry = self.f.entry;
        for &p in &self.f.blocks[entry].params.clone() {
            self.write_slot(p);
        }
        self.nodes(&nodes);
        self.line("unreachable");

        let mut head = format!("  (func {name}");
        for &p in &self.f.blocks[entry].params {
            for (local, ty) in self.locals_of(p) {
                let _ = write!(head, " (param {local} {ty})");
            }
        }
        let results: Vec<&str> = self
            .f
            .sig
            .results
            .iter()
            .flat_map(|&t| self.scalar(t).parts().iter().copied())
            .collect();
        if !results.is_empty() {
            let _ = write!(head, " (result {})", results.join(" "));
        }
        head.push('\n');
        if self.frame.slots > 0 {
            head.push_str("    (local $fp i32)\n");
        }
        for &b in &self.f.layout {
            let data = &self.f.blocks[b];
            let mut vals: Vec<Value> = Vec::new();
            if b != entry {
                vals.extend(&data.params);
            }
            for &i in &data.insts {
                vals.extend(&self.f.insts[i].results);
            }
            for v in vals {
                for (local, ty) in self.locals_of(v) {
                    let _ = writeln!(head, "    (local {local} {ty})");
                }
            }
        }
        for (ty, n) in &self.temps_max {
            for k in 0..*n {
                let _ = writeln!(head, "    (local $t.{ty}.{k} {ty})");
            }
        }
        head.push_str(&self.out);
        head.push_str("  )\n");
        head
    }

    fn nodes(&mut self, nodes: &[Node]) {
        for n in nodes {
            match n {
                Node::Code(b) => {
                    self.checked.clear();
                    for &i in &self.f.blocks[*b].insts {
                        self.temps_used.clear();
                        self.inst(i);
                    }
                }
                Node::Args { target, args } => {
                    let params = self.f.blocks[*target].params.clone();
                    if params.len() != args.len() {
                        self.cx
                            .errors
                            .push(format!("{}: branch arity mismatch", self.f.name));
                        continue;
                    }
                    for &a in args {
                        self.get(a);
                    }
                    for &p in params.iter().rev() {
                        self.set(p);
                    }
                    for &p in &params {
                        self.write_slot(p);
                    }
                }
                Node::Block(body) => self.nested("block", body),
                Node::Loop(body) => self.nested("loop", body),
                Node::If { cond, then, els } => {
                    self.get(*cond);
                    self.line("if");
                    self.depth += 1;
                    self.nodes(then);
                    self.depth -= 1;
                    if !els.is_empty() {
                        self.line("else");
                        self.depth += 1;
                        self.nodes(els);
                        self.depth -= 1;
                    }
                    self.line("end");
                }
                Node::Br(d) => self.line(&format!("br {d}")),
                Node::Return(vals) => {
                    self.pop_frame();
                    for &v in vals {
                        self.get(v);
                    }
                    self.line("return");
                }
                Node::Unreachable => self.line("unreachable"),
            }
        }
    }

    fn nested(&mut self, kw: &str, body: &[Node]) {
        self.line(kw);
        self.depth += 1;
        self.nodes(body);
        self.depth -= 1;
        self.line("end");
    }

    fn pop_frame(&mut self) {
        if self.frame.slots > 0 {
            self.line("local.get $fp");
            self.line(&format!("i32.const {}", self.frame.slots * 4));
            self.line("i32.add");
            self.line("global.set $sp");
        }
    }

    // ---- helpers shared by the op generators ----

    /// Appends one instruction line.
    fn line(&mut self, s: &str) {
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    /// The representation of type `ty` (aggregates are reported and
    /// treated as pointers so generation can go on).
    fn scalar(&mut self, ty: Type) -> Scalar {
        match Scalar::of(&self.cx.m.types, ty) {
            Some(s) => s,
            None => {
                let t = self.cx.m.types.display(ty);
                self.cx
                    .errors
                    .push(format!("{}: value of aggregate type {t}", self.f.name));
                Scalar::Ptr
            }
        }
    }

    /// The representation of value `v`.
    fn vscalar(&mut self, v: Value) -> Scalar {
        let ty = self.f.value_type(v);
        self.scalar(ty)
    }

    /// The locals holding `v`, with their wasm types.
    fn locals_of(&mut self, v: Value) -> Vec<(String, &'static str)> {
        let s = self.vscalar(v);
        s.suffixes()
            .iter()
            .zip(s.parts())
            .map(|(suf, ty)| (format!("$v{}{}", v.index(), suf), *ty))
            .collect()
    }

    /// The local of part `k` of `v`.
    fn part(&mut self, v: Value, k: usize) -> String {
        let s = self.vscalar(v);
        let suf = s.suffixes().get(k).copied().unwrap_or("");
        format!("$v{}{}", v.index(), suf)
    }

    /// Pushes all parts of `v`.
    fn get(&mut self, v: Value) {
        for (l, _) in self.locals_of(v) {
            self.line(&format!("local.get {l}"));
        }
    }

    /// Pushes part `k` of `v`.
    fn get_part(&mut self, v: Value, k: usize) {
        let l = self.part(v, k);
        self.line(&format!("local.get {l}"));
    }

    /// Pops all parts of `v` (last part on top).
    fn set(&mut self, v: Value) {
        for (l, _) in self.locals_of(v).into_iter().rev() {
            self.line(&format!("local.set {l}"));
        }
    }

    /// Pops the results of `inst` and stores their slots.
    fn set_results(&mut self, inst: Inst) {
        let results = self.f.insts[inst].results.clone();
        for &r in results.iter().rev() {
            self.set(r);
        }
        for &r in &results {
            self.write_slot(r);
        }
    }

    /// Stores `v`'s pointer word into its shadow-stack slot, if it has one.
    fn write_slot(&mut self, v: Value) {
        if let Some(k) = self.frame.slot[v] {
            let ptr = self.vscalar(v).pointer_part();
            self.line("local.get $fp");
            self.get_part(v, ptr);
            self.line(&format!("i32.store offset={}", 4 * k));
        }
    }

    /// A temporary local of wasm type `ty`, free until the next instruction.
    fn tmp(&mut self, ty: &'static str) -> String {
        let used = self.temps_used.entry(ty).or_insert(0);
        let k = *used;
        *used += 1;
        let max = self.temps_max.entry(ty).or_insert(0);
        *max = (*max).max(k + 1);
        format!("$t.{ty}.{k}")
    }

    /// A local holding `v` as an i64 (ints narrower than 64 bits are
    /// extended by their signedness).
    fn as_i64(&mut self, v: Value) -> String {
        match self.vscalar(v) {
            Scalar::Int { bits, signed } if bits <= 32 => {
                let t = self.tmp("i64");
                self.get(v);
                self.line(if signed {
                    "i64.extend_i32_s"
                } else {
                    "i64.extend_i32_u"
                });
                self.line(&format!("local.set {t}"));
                t
            }
            Scalar::Bool | Scalar::Ptr => {
                let t = self.tmp("i64");
                self.get(v);
                self.line("i64.extend_i32_u");
                self.line(&format!("local.set {t}"));
                t
            }
            Scalar::Int { .. } | Scalar::Float { .. } | Scalar::Str | Scalar::Slice => {
                self.part(v, 0)
            }
            Scalar::Iface => {
                self.cx.errors.push(format!(
                    "{}: interface value used as an integer",
                    self.f.name
                ));
                self.const_i64(0)
            }
        }
    }

    /// A new i64 temporary set to `c`.
    fn const_i64(&mut self, c: i64) -> String {
        let t = self.tmp("i64");
        self.line(&format!("i64.const {c}"));
        self.line(&format!("local.set {t}"));
        t
    }

    /// Panics with a nil dereference when pointer `v` is 0, unless `v` is
    /// known not to be: made by an operation that never yields nil (an
    /// allocation, a global's address, a closure, or the address of a
    /// field or element, whose base was checked or whose index was
    /// bounds-checked: an element of a nil slice has no index), or already
    /// checked earlier in the same block. Every slice element access and
    /// every load-then-store of one address used to pay for two or three
    /// of these compare-and-branches.
    fn nil_check(&mut self, v: Value) {
        if self.checked.contains(&v) {
            return;
        }
        if matches!(
            self.f.def_op(v),
            Some(
                Op::Alloc(_)
                    | Op::GlobalAddr(_)
                    | Op::MakeClosure(..)
                    | Op::FieldAddr(..)
                    | Op::IndexAddr(..)
                    | Op::SliceIndexAddr(..)
            )
        ) {
            return;
        }
        self.checked.insert(v);
        let p = self.part(v, 0);
        self.line(&format!("local.get {p}"));
        self.line("i32.eqz");
        self.line("if");
        self.line("  call $rt_panic_nil");
        self.line("  unreachable");
        self.line("end");
    }

    /// Generates one instruction.
    fn inst(&mut self, i: Inst) {
        let op = self.f.insts[i].op.clone();
        if !self.scalar_op(i, &op) {
            self.memory_op(i, &op);
        }
    }
}
