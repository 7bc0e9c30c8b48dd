//! Func values (see [`crate::closures`] for the representation):
//! `make_closure` allocates and fills a closure object, `closure_capture`
//! loads a capture from the function's own closure, `call_closure` checks
//! for nil and calls through the function table.

use super::FuncGen;
use crate::closures::call_sig;
use gowgc_ir::{FuncId, Inst, Value};
use std::fmt::Write;

impl FuncGen<'_, '_> {
    /// `make_closure callee[caps]`: a new closure object.
    pub(super) fn make_closure(&mut self, i: Inst, callee: FuncId, caps: &[Value]) {
        let Some(idx) = self.cx.closures.index[callee] else {
            self.cx.errors.push(format!(
                "{}: closure function not in the table",
                self.f.name
            ));
            return;
        };
        let tys: Vec<_> = caps.iter().map(|&v| self.f.value_type(v)).collect();
        let (offs, l) = self.cx.statics.layouts().closure(&tys);
        let desc = self.cx.statics.closure_descriptor(&tys);
        let Ok(size) = u32::try_from(l.size) else {
            self.cx
                .errors
                .push(format!("{}: closure too large", self.f.name));
            return;
        };
        let obj = self.tmp("i32");
        self.line(&format!("i32.const {size}"));
        self.line(&format!("i32.const {desc}"));
        self.line("call $gc_alloc");
        self.line(&format!("local.set {obj}"));
        self.line(&format!("local.get {obj}"));
        self.line(&format!("i32.const {idx}"));
        self.line("i32.store");
        for (&v, off) in caps.iter().zip(offs) {
            self.store_to(&obj, off as u32, v);
        }
        self.line(&format!("local.get {obj}"));
        self.set_results(i);
    }

    /// `closure_capture c, n`: capture `n` of this function's closure `c`.
    pub(super) fn closure_capture(&mut self, i: Inst, c: Value, n: u32) {
        let Some(&res) = self.f.insts[i].results.first() else {
            return;
        };
        let want = self.vscalar(res);
        let Some(tys) = self.cx.closures.caps[self.id].clone() else {
            // no closure of this function is ever made: the code cannot run
            self.line("unreachable");
            self.set_results(i);
            return;
        };
        let Some(&ty) = tys.get(n as usize) else {
            self.cx.errors.push(format!(
                "{}: closure_capture {n} of a closure with {} captures",
                self.f.name,
                tys.len()
            ));
            return;
        };
        if self.scalar(ty) != want {
            self.cx.errors.push(format!(
                "{}: closure_capture {n} has the wrong type",
                self.f.name
            ));
            return;
        }
        let (offs, _) = self.cx.statics.layouts().closure(&tys);
        let cl = self.part(c, 0);
        self.load_from(&cl, offs[n as usize] as u32, want);
        self.set_results(i);
    }

    /// `call_closure c(args)`: nil check, then `call_indirect` with the
    /// closure as the first argument.
    pub(super) fn call_closure(&mut self, i: Inst, c: Value, args: &[Value]) {
        let Some((params, results)) = call_sig(&self.cx.m.types, self.f.value_type(c)) else {
            self.cx.errors.push(format!(
                "{}: call_closure through a value of type {}",
                self.f.name,
                self.cx.m.types.display(self.f.value_type(c))
            ));
            return;
        };
        let mut pushed = vec!["i32"];
        for &a in args {
            pushed.extend(self.vscalar(a).parts());
        }
        let mut popped: Vec<&str> = Vec::new();
        for r in self.f.insts[i].results.clone() {
            popped.extend(self.vscalar(r).parts());
        }
        if pushed != params || popped != results {
            self.cx.errors.push(format!(
                "{}: call_closure operands or results do not match the func type",
                self.f.name
            ));
            return;
        }
        self.cx.closures.used = true;
        self.nil_check(c);
        let cl = self.part(c, 0);
        self.line(&format!("local.get {cl}"));
        for &a in args {
            self.get(a);
        }
        self.line(&format!("local.get {cl}"));
        self.line("i32.load");
        let mut ty = format!(" (param {})", params.join(" "));
        if !results.is_empty() {
            let _ = write!(ty, " (result {})", results.join(" "));
        }
        self.line(&format!("call_indirect $closures{ty}"));
        self.set_results(i);
    }
}
