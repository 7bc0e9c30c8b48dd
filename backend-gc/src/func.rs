//! One IR function to one wasm function.
//!
//! Every IR value (instruction result or block parameter) becomes one wasm
//! local per flattened component (`$v3`, `$v3.1`, ...); block arguments are
//! a parallel copy (push every argument, then pop into the parameters in
//! reverse). Control flow comes from [`gowgc_ir::structure::structure`],
//! whose nodes map one to one onto wasm `block`/`loop`/`if`/`br`, so the
//! branch depths it computes are the wasm label depths.
//!
//! Two facts about values avoid work: results of `alloc`, `global_addr` and
//! nested-object addresses are known non-null (no nil check when used), and
//! a pointer made by `field_addr`/`index_addr` remembers its *origin* (the
//! typed object and field or element), so a load or store through it is a
//! direct `struct.get`/`array.set` instead of a dispatch on the fat
//! pointer's base. SSA guarantees the origin's locals still hold the same
//! values wherever the pointer is used.

use crate::context::Ctx;
use crate::text::Vt;
use gowgc_ir::structure::{structure, Node};
use gowgc_ir::{FuncId, Function, Op, Type, Value};
use std::collections::HashMap;
use std::fmt::Write;

/// Where a pointer value points, when known statically.
#[derive(Clone, Debug)]
pub(crate) enum Origin {
    /// Wasm fields `widx..` of the (non-null) struct or cell held in the
    /// typed local `obj` of struct type `sty`.
    Fields { obj: String, sty: String, widx: u32 },
    /// The element selected by the pointer's second component in the array
    /// held in the typed local `arr` of array type `aty`.
    Elem { arr: String, aty: String },
}

/// Emits one function; see the module doc.
pub(crate) struct FnEmitter<'a, 'm> {
    pub cx: &'a mut Ctx<'m>,
    pub fid: FuncId,
    pub f: &'a Function,
    /// The closure parameter and the local holding it cast to this
    /// function's closure type (see [`crate::closures`]).
    pub clo: Option<(Value, String)>,
    name: String,
    locals: Vec<(String, Vt)>,
    vals: HashMap<Value, Vec<String>>,
    pub nonnull: HashMap<Value, bool>,
    pub origin: HashMap<Value, Origin>,
    body: String,
    /// Indentation of emitted lines, in steps of two spaces.
    pub depth: usize,
    ntmp: u32,
}

impl<'a, 'm> FnEmitter<'a, 'm> {
    pub(crate) fn new(cx: &'a mut Ctx<'m>, fid: FuncId, f: &'a Function, name: String) -> Self {
        FnEmitter {
            cx,
            fid,
            f,
            clo: None,
            name,
            locals: Vec::new(),
            vals: HashMap::new(),
            nonnull: HashMap::new(),
            origin: HashMap::new(),
            body: String::new(),
            depth: 2,
            ntmp: 0,
        }
    }

    /// Appends code (one or more lines) at the current indentation.
    pub(crate) fn emit(&mut self, code: impl AsRef<str>) {
        for line in code.as_ref().lines() {
            for _ in 0..self.depth {
                self.body.push_str("  ");
            }
            self.body.push_str(line);
            self.body.push('\n');
        }
    }

    /// A fresh local of type `vt`.
    pub(crate) fn tmp(&mut self, vt: Vt) -> String {
        let name = format!("$t{}", self.ntmp);
        self.ntmp += 1;
        self.locals.push((name.clone(), vt.nullable()));
        name
    }

    /// The type of value `v`.
    pub(crate) fn ty(&self, v: Value) -> Type {
        self.f.value_type(v)
    }

    /// The locals of value `v`'s components.
    pub(crate) fn comps(&mut self, v: Value) -> Vec<String> {
        if let Some(c) = self.vals.get(&v) {
            return c.clone();
        }
        let vts = self.cx.l.flat(self.ty(v));
        let names: Vec<String> = (0..vts.len())
            .map(|i| {
                if i == 0 {
                    format!("${v}")
                } else {
                    format!("${v}.{i}")
                }
            })
            .collect();
        for (n, vt) in names.iter().zip(vts) {
            self.locals.push((n.clone(), vt.nullable()));
        }
        self.vals.insert(v, names.clone());
        names
    }

    /// The local of component `i` of `v`.
    pub(crate) fn comp(&mut self, v: Value, i: usize) -> String {
        self.comps(v)[i].clone()
    }

    /// Pushes every component of `v`.
    pub(crate) fn get(&mut self, v: Value) {
        for c in self.comps(v) {
            self.emit(format!("local.get {c}"));
        }
    }

    /// Pushes component `i` of `v`.
    pub(crate) fn get_c(&mut self, v: Value, i: usize) {
        let c = self.comp(v, i);
        self.emit(format!("local.get {c}"));
    }

    /// Pops every component of `v` (pushed in order).
    pub(crate) fn set(&mut self, v: Value) {
        for c in self.comps(v).into_iter().rev() {
            self.emit(format!("local.set {c}"));
        }
    }

    /// Emits the whole function.
    pub(crate) fn run(mut self) -> String {
        let f = self.f;
        let params: Vec<Value> = f.blocks[f.entry].params.clone();
        let mut sig = String::new();
        let (mut pvts, mut rvts) = (Vec::new(), Vec::new());
        let mut nparams = 0;
        for &p in &params {
            let vts = self.cx.l.flat(self.ty(p));
            let names = self.comps(p);
            for (n, vt) in names.iter().zip(vts) {
                let _ = write!(sig, " (param {n} {vt})");
                pvts.push(vt);
            }
            nparams += names.len();
        }
        // Parameters were registered as locals by `comps`; drop them.
        self.locals.drain(..nparams);
        for &r in &f.sig.results {
            for vt in self.cx.l.flat(r) {
                let _ = write!(sig, " (result {vt})");
                rvts.push(vt);
            }
        }
        let mut head = format!("  (func {}", self.name);
        if self.cx.closures.contains_key(&self.fid) {
            // Called through `call_indirect`: declare the exact type.
            let ty = self.cx.l.func_sig_ty(&pvts, &rvts);
            let _ = write!(head, " (type {ty})");
        }
        head.push_str(&sig);
        head.push('\n');
        match structure(f) {
            Ok(nodes) => {
                self.closure_prologue();
                self.nodes(&nodes);
                self.emit("unreachable");
            }
            Err(_) => {
                // Irreducible control flow (only `goto` makes it) is not
                // supported yet; the function traps if called.
                self.emit("unreachable");
            }
        }
        let mut out = head;
        for (n, vt) in &self.locals {
            let _ = writeln!(out, "    (local {n} {vt})");
        }
        out.push_str(&self.body);
        out.push_str("  )\n");
        out
    }

    fn nodes(&mut self, nodes: &[Node]) {
        for n in nodes {
            self.node(n);
        }
    }

    fn node(&mut self, n: &Node) {
        match n {
            Node::Code(b) => {
                for &i in &self.f.blocks[*b].insts {
                    self.inst(i);
                }
            }
            Node::Args { target, args } => {
                for &a in args {
                    self.get(a);
                }
                let params = self.f.blocks[*target].params.clone();
                for &p in params.iter().rev() {
                    self.set(p);
                }
            }
            Node::Block(body) => self.nested("block", body),
            Node::Loop(body) => self.nested("loop", body),
            Node::If { cond, then, els } => {
                self.get(*cond);
                self.emit("if");
                self.depth += 1;
                self.nodes(then);
                self.depth -= 1;
                if !els.is_empty() {
                    self.emit("else");
                    self.depth += 1;
                    self.nodes(els);
                    self.depth -= 1;
                }
                self.emit("end");
            }
            Node::Br(d) => self.emit(format!("br {d}")),
            Node::Return(vals) => {
                for &v in vals {
                    self.get(v);
                }
                self.emit("return");
            }
            Node::Unreachable => self.emit("unreachable"),
        }
    }

    fn nested(&mut self, kw: &str, body: &[Node]) {
        self.emit(kw);
        self.depth += 1;
        self.nodes(body);
        self.depth -= 1;
        self.emit("end");
    }

    fn inst(&mut self, i: gowgc_ir::Inst) {
        let f = self.f;
        let data = &f.insts[i];
        let res = data.results.first().copied();
        let op = &data.op;
        match op {
            Op::Iconst(_)
            | Op::Fconst(_)
            | Op::Unary(..)
            | Op::Binary(..)
            | Op::Convert(..)
            | Op::Select(..) => {
                if let Some(r) = res {
                    self.arith(op, r);
                }
            }
            Op::Sconst(bytes) => {
                let Some(r) = res else { return };
                if bytes.is_empty() {
                    self.emit(format!("ref.null {}", crate::layout::BYTES));
                    self.emit("i32.const 0\ni32.const 0");
                } else {
                    let off = self.cx.string_const(bytes);
                    self.emit(format!("global.get $gc.strtab\ni32.const {off}"));
                    self.emit(format!("i32.const {}", bytes.len()));
                }
                self.set(r);
            }
            Op::Nil => {
                let Some(r) = res else { return };
                for vt in self.cx.l.flat(self.ty(r)) {
                    self.emit(vt.zero());
                }
                self.set(r);
            }
            Op::Alloc(_)
            | Op::FieldAddr(..)
            | Op::IndexAddr(..)
            | Op::SliceIndexAddr(..)
            | Op::Load(_)
            | Op::Store(..)
            | Op::Copy(..)
            | Op::Zero(_)
            | Op::InitData(..)
            | Op::GlobalAddr(_)
            | Op::IsNil(_) => self.memory(op, res),
            Op::MakeSlice(..)
            | Op::SliceLen(_)
            | Op::SliceCap(_)
            | Op::SliceArray(..)
            | Op::SliceSlice(..)
            | Op::Append(..)
            | Op::AppendSlice(..)
            | Op::AppendString(..)
            | Op::CopySlice(..) => self.slice_op(op, res),
            Op::StrLen(_)
            | Op::StrIndex(..)
            | Op::StrSlice(..)
            | Op::StrConcat(..)
            | Op::StrCmp(..)
            | Op::BytesToStr(_)
            | Op::StrToBytes(_)
            | Op::RuneToStr(_) => self.string_op(op, res),
            Op::Call(callee, args) => {
                for &a in args {
                    self.get(a);
                }
                let name = self.cx.funcs.get(callee).cloned().unwrap_or_default();
                self.emit(format!("call {name}"));
                for &r in data.results.iter().rev() {
                    self.set(r);
                }
            }
            Op::MakeClosure(..) | Op::ClosureCapture(..) | Op::CallClosure(..) => {
                self.closure_op(op, &data.results)
            }
            Op::MakeInterface(..) | Op::IfaceTypeId(_) | Op::IfaceData(_) => self.iface_op(op, res),
            Op::Print(fd, kind, v) => self.print(*fd, *kind, *v),
            Op::Panic(kind, args) => self.panic(kind, args),
            Op::Exit(v) => {
                self.get(*v);
                if self.cx.l.flat(self.ty(*v)) == [Vt::I64] {
                    self.emit("i32.wrap_i64");
                }
                self.emit("call $rt_exit\nunreachable");
            }
            Op::Throw => self.throw(),
            // WasmGC objects have no address or identity hash: every
            // non-nil pointer hashes alike (map lookups stay correct, but
            // probe linearly).
            Op::RtCall(name, args) => {
                for a in args {
                    self.get(*a);
                }
                self.emit(format!("call ${name}"));
                if let Some(r) = res {
                    self.set(r);
                }
            }
            Op::PtrHash(v) => {
                // 0 for nil, one nonzero constant for every other pointer.
                if let Some(r) = res {
                    self.get_c(*v, 0);
                    self.emit("ref.is_null\nif (result i64)\ni64.const 0\nelse\ni64.const 0xc000010000\nend");
                    self.set(r);
                }
            }
            Op::CallCatch(callee, args) => self.call_catch(*callee, args, res),
        }
    }

    /// Panics with Go's nil dereference error when the reference on local
    /// `r` is null, unless `v` is known not to be nil.
    pub(crate) fn nil_check(&mut self, v: Option<Value>, r: &str) {
        if let Some(v) = v {
            if self.nonnull.get(&v).copied().unwrap_or(false) {
                return;
            }
        }
        self.emit(format!(
            "local.get {r}\nref.is_null\nif\n  call $rt_panic_nil\n  unreachable\nend"
        ));
    }

    /// Panics with Go's index error unless `idx` (i64 code) `<` `len` (i64
    /// code), compared unsigned.
    pub(crate) fn bounds_check(&mut self, idx: &str, len: &str) {
        self.emit(format!(
            "{idx}\n{len}\ni64.ge_u\nif\n  {}\n  {}\n  call $rt_panic_index\n  unreachable\nend",
            idx.replace('\n', "\n  "),
            len.replace('\n', "\n  ")
        ));
    }

    /// Panics with slice error `kind` unless `x <= y` (i64 code), unsigned.
    pub(crate) fn slice_check(&mut self, x: &str, y: &str, kind: u32) {
        self.emit(format!(
            "{x}\n{y}\ni64.gt_u\nif\n  i32.const {kind}\n  {}\n  {}\n  call $rt_panic_slice\n  unreachable\nend",
            x.replace('\n', "\n  "),
            y.replace('\n', "\n  ")
        ));
    }
}
