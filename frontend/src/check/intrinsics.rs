//! The embedded `runtime` package's compiler side: its body-less intrinsic
//! functions, and lookups of its functions and types by the checker.
//!
//! The runtime (panics, recover, deferred calls) is Go source
//! (`frontend/std/runtime`), compiled with programs that use `defer`. Only
//! what Go cannot say is an intrinsic: raising and catching the panic
//! exception, printing a value by its dynamic type the way Go's runtime
//! does, and ending the program with Go's trailer.

use super::{Checker, FnState, Obj};
use crate::types::{Basic, TypeId, TypeKind};
use gowgc_ir as ir;

impl Checker<'_> {
    /// Whether the file being checked belongs to the embedded runtime.
    pub(crate) fn in_runtime(&self) -> bool {
        self.pkgs
            .get(self.cur_pkg())
            .is_some_and(|p| p.name == "runtime")
    }

    /// Whether the runtime package is part of the program (it is when the
    /// program uses `defer`): panics then unwind through deferred calls.
    pub(crate) fn unwinding(&self) -> bool {
        self.pkgs.iter().any(|p| p.name == "runtime")
    }

    fn runtime_obj(&self, name: &str) -> Option<&Obj> {
        let p = self.pkgs.iter().find(|p| p.name == "runtime")?;
        let o = p.scope.get(name)?;
        Some(&self.objs[o.0 as usize])
    }

    /// Runtime package variable `name`.
    pub(crate) fn runtime_var(&self, name: &str) -> Option<Obj> {
        self.runtime_obj(name).cloned()
    }

    /// The IR function of runtime function `name`.
    pub(crate) fn rt_fn(&self, name: &str) -> ir::FuncId {
        match self.runtime_obj(name) {
            Some(Obj::Func(i)) => self.funcs[*i as usize].ir,
            _ => panic!("runtime function {name} missing"),
        }
    }

    /// Runtime type `name`.
    pub(crate) fn rt_type(&self, name: &str) -> TypeId {
        match self.runtime_obj(name) {
            Some(Obj::TypeName(t)) => *t,
            _ => panic!("runtime type {name} missing"),
        }
    }

    /// Calls runtime function `name` (no results) and ends the block, for
    /// the functions that never return.
    pub(crate) fn call_rt_noreturn(&mut self, fs: &mut FnState, name: &str, args: Vec<ir::Value>) {
        let f = self.rt_fn(name);
        fs.b.ins(ir::Op::Call(f, args), &[]);
        fs.b.unreachable();
    }

    /// Panics with a message the compiler built: in a program that unwinds,
    /// as runtime function `rt` does (with the right error type), otherwise
    /// by printing `panic: msg` and exiting.
    pub(crate) fn panic_msg(&mut self, fs: &mut FnState, rt: &str, msg: ir::Value) {
        if self.unwinding() {
            self.call_rt_noreturn(fs, rt, vec![msg]);
        } else {
            fs.b.ins(ir::Op::Panic(ir::PanicKind::Str, vec![msg]), &[]);
            fs.b.unreachable();
        }
    }

    /// Builds the body of a body-less runtime function.
    pub(crate) fn lower_intrinsic(&mut self, id: ir::FuncId, name: &str) {
        let old = std::mem::replace(
            &mut self.module.funcs[id],
            ir::Function::new("", ir::Signature::default()),
        );
        let mut func = ir::Function::new(old.name.clone(), old.sig.clone());
        {
            let mut fs = self.new_fn_state(&mut func, None);
            let ps = fs.b.func.blocks[fs.b.func.entry].params.clone();
            let path = self.pkgs[self.cur_pkg()].path.clone();
            if path == "internal/reflectlite" {
                // Generated per dynamic type once every type id is known.
                let short = name.rsplit('.').next().unwrap_or(name).to_string();
                self.pending.push(super::iface::Pending::Reflect {
                    func: id,
                    name: short,
                });
                drop(fs);
                self.module.funcs[id] = old;
                return;
            }
            if path != "runtime" {
                self.lower_std_intrinsic(&mut fs, &path, name, &ps);
                let FnState { b, .. } = fs;
                b.finish();
                self.module.funcs[id] = func;
                return;
            }
            match name.rsplit('.').next().unwrap_or(name) {
                "throw" => {
                    fs.b.ins(ir::Op::Throw, &[]);
                    fs.b.unreachable();
                }
                "catchcall" => {
                    let callee = self.rt_fn("calldeferred");
                    let bt = self.basic(Basic::Bool);
                    let bt = self.ir_type(bt);
                    let r = fs.b.ins1(ir::Op::CallCatch(callee, vec![ps[0]]), bt);
                    fs.b.ret(vec![r]);
                }
                "printpanicval" => {
                    let f = self.panic_other_func();
                    fs.b.ins(ir::Op::Call(f, vec![ps[0]]), &[]);
                    fs.b.ret(vec![]);
                }
                "typestring" => {
                    let f = self.typename_func();
                    let i32t = self.basic(Basic::Int32);
                    let i32t = self.ir_type(i32t);
                    let st = self.basic(Basic::String);
                    let st = self.ir_type(st);
                    let tid = fs.b.ins1(ir::Op::IfaceTypeId(ps[0]), i32t);
                    let call = fs.b.ins(ir::Op::Call(f, vec![tid]), &[st]);
                    let s = fs.b.func.insts[call].results[0];
                    fs.b.ret(vec![s]);
                }
                "fatalexit" => {
                    fs.b.ins(ir::Op::Panic(ir::PanicKind::Printed, vec![]), &[]);
                    fs.b.unreachable();
                }
                other => panic!("unknown runtime intrinsic {other}"),
            }
            let FnState { b, .. } = fs;
            b.finish();
        }
        self.module.funcs[id] = func;
    }

    /// Prints a non-nil panic value as Go's runtime does (`printpanicval`
    /// after `preprintpanics`): `Error()` or `String()` results and strings
    /// with their newlines indented, basic values as `print` would, named
    /// basic types as `main.T(v)`, anything else as `(T) 0x...`.
    pub(crate) fn print_panic_dyn(&mut self, fs: &mut FnState, v: ir::Value, t: TypeId) {
        let fd = ir::Fd::Stderr;
        let op = super::Operand {
            mode: super::Mode::Value(v),
            ty: t,
            expr: None,
        };
        if let Some(s) = self.panic_value_string(fs, &op) {
            let f = self.rt_fn("printindented");
            fs.b.ins(ir::Op::Call(f, vec![s]), &[]);
            return;
        }
        match self.tt.ukind(t).clone() {
            TypeKind::Basic(_) => self.print_basic_panic_value(fs, v, t),
            _ => {
                let n = self.go_type_name(t);
                self.print_str(fs, fd, &format!("({n}) 0xc000012000"));
            }
        }
    }
}

impl Checker<'_> {
    /// In a program that unwinds, `runtime.main` runs the program under a
    /// catch and prints the panics that reach it; runtime errors the
    /// backends detect raise Go panics through `runtime.panicHook`.
    pub(crate) fn catch_at_entry(&mut self) {
        let Some(main1) = self.module.entry else {
            return;
        };
        self.module.funcs[main1].name = "runtime.main1".into();
        let mut func = ir::Function::new("runtime.main", ir::Signature::default());
        {
            let mut fs = self.new_fn_state(&mut func, None);
            let bt = self.basic(Basic::Bool);
            let bt = self.ir_type(bt);
            let threw = fs.b.ins1(ir::Op::CallCatch(main1, vec![]), bt);
            let (bad, ok) = (fs.b.create_block(), fs.b.create_block());
            fs.b.brif(threw, bad, ok);
            fs.b.seal_block(bad);
            fs.b.seal_block(ok);
            fs.b.switch_to_block(bad);
            self.call_rt_noreturn(&mut fs, "fatalpanic", vec![]);
            fs.b.switch_to_block(ok);
            fs.b.ret(vec![]);
            let FnState { b, .. } = fs;
            b.finish();
        }
        let id = self.module.funcs.push(func);
        self.module.entry = Some(id);
        self.module.panic_hook = Some(self.rt_fn("panicHook"));
    }
}

impl Checker<'_> {
    /// Member `sel` of the embedded package at `path`: `None` when `path`
    /// is not one (an intrinsic package like fmt), `Some(None)` after an
    /// error, else the object.
    pub(crate) fn pkg_member(
        &mut self,
        path: &str,
        sel: &crate::ast::Ident,
    ) -> Option<Option<super::ObjId>> {
        let p = self.pkgs.iter().position(|p| p.path == path)?;
        let name = &sel.name;
        let pname = self.pkgs[p].name.clone();
        match self.pkgs[p].scope.get(name).copied() {
            Some(o) if name.starts_with(|c: char| c.is_uppercase()) => Some(Some(o)),
            Some(_) => {
                self.error(
                    sel.pos,
                    format!("name {name} not exported by package {pname}"),
                );
                Some(None)
            }
            None => {
                self.error(sel.pos, format!("undefined: {pname}.{name}"));
                Some(None)
            }
        }
    }

    /// Packages in dependency order (imports first, `main` last).
    pub(crate) fn package_order(&self) -> Vec<usize> {
        fn visit(c: &Checker, p: usize, seen: &mut Vec<bool>, out: &mut Vec<usize>) {
            if seen[p] {
                return;
            }
            seen[p] = true;
            for &fi in &c.pkgs[p].files {
                for imp in &c.pkg.files[fi].imports {
                    if let Some(q) = c.pkgs.iter().position(|x| x.path == imp.path) {
                        visit(c, q, seen, out);
                    }
                }
            }
            out.push(p);
        }
        let mut seen = vec![false; self.pkgs.len()];
        let mut out = Vec::new();
        // The runtime has no imports and nothing imports it.
        for p in (0..self.pkgs.len()).rev() {
            visit(self, p, &mut seen, &mut out);
        }
        // Keep main last.
        out.retain(|&p| p != 0);
        out.push(0);
        out
    }
}

impl Checker<'_> {
    /// The body-less functions of the embedded packages other than the
    /// runtime: wasm instructions (`math.Sqrt` is `f64.sqrt`) and the two
    /// reflection helpers `sort.Slice` needs.
    fn lower_std_intrinsic(&mut self, fs: &mut FnState, path: &str, name: &str, ps: &[ir::Value]) {
        use ir::{BinaryOp as B, ConvertKind as K, UnaryOp as U};
        let res_ty = fs.b.func.sig.results.first().copied();
        let unary = |fs: &mut FnState, u: U| {
            let t = fs.b.func.value_type(ps[0]);
            fs.b.ins1(ir::Op::Unary(u, ps[0]), t)
        };
        let r = match (path, name) {
            ("math", "Float64bits" | "Float64frombits" | "Float32bits" | "Float32frombits") => {
                fs.b.ins1(ir::Op::Convert(K::Reinterpret, ps[0]), res_ty.unwrap())
            }
            ("math", "Sqrt") => unary(fs, U::Sqrt),
            ("math", "Floor") => unary(fs, U::Floor),
            ("math", "Ceil") => unary(fs, U::Ceil),
            ("math", "Trunc") => unary(fs, U::Trunc),
            ("math", "Abs") => unary(fs, U::FAbs),
            ("math", "Copysign") => {
                let t = fs.b.func.value_type(ps[0]);
                fs.b.ins1(ir::Op::Binary(B::FCopysign, ps[0], ps[1]), t)
            }
            ("math/bits", n)
                if n.starts_with("LeadingZeros")
                    || n.starts_with("TrailingZeros")
                    || n.starts_with("OnesCount") =>
            {
                let u = if n.starts_with("Leading") {
                    U::Clz
                } else if n.starts_with("Trailing") {
                    U::Ctz
                } else {
                    U::Popcnt
                };
                let c = unary(fs, u);
                fs.b.ins1(ir::Op::Convert(K::IntToInt, c), res_ty.unwrap())
            }
            ("os", "writeFd") => {
                // fd 2 is stderr; anything else goes to stdout.
                let bt = self.basic(Basic::Bool);
                let bt = self.ir_type(bt);
                let it = fs.b.func.value_type(ps[0]);
                let two = fs.b.ins1(ir::Op::Iconst(2), it);
                let is_err = fs.b.ins1(ir::Op::Binary(B::Eq, ps[0], two), bt);
                let (err_b, out_b, done) = (
                    fs.b.create_block(),
                    fs.b.create_block(),
                    fs.b.create_block(),
                );
                fs.b.brif(is_err, err_b, out_b);
                fs.b.seal_block(err_b);
                fs.b.seal_block(out_b);
                for (blk, fd) in [(err_b, ir::Fd::Stderr), (out_b, ir::Fd::Stdout)] {
                    fs.b.switch_to_block(blk);
                    fs.b.ins(ir::Op::Print(fd, ir::PrintKind::Str, ps[1]), &[]);
                    fs.b.jump(done, vec![]);
                }
                fs.b.seal_block(done);
                fs.b.switch_to_block(done);
                fs.b.ret(vec![]);
                return;
            }
            ("os", "exit") => {
                fs.b.ins(ir::Op::Exit(ps[0]), &[]);
                fs.b.unreachable();
                return;
            }
            // `func rt_NAME(...)` in any package: the runtime's $rt_NAME.
            (_, n) if n.starts_with("rt_") => {
                let rts: Vec<ir::Type> = res_ty.into_iter().collect();
                let call = fs.b.ins(ir::Op::RtCall(n.to_string(), ps.to_vec()), &rts);
                let rs = fs.b.func.insts[call].results.clone();
                fs.b.ret(rs);
                return;
            }
            _ => panic!("unknown intrinsic {path}.{name}"),
        };
        fs.b.ret(vec![r]);
    }
}
