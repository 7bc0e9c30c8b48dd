//! Interface values (see [`crate::interfaces`] for the representation):
//! `make_interface` pairs a type id with the value or a box holding a
//! copy of it, `iface_type_id` and `iface_data` take the pair apart.

use super::FuncGen;
use crate::interfaces::{boxing, unboxed_is_data_word, Boxing};
use crate::layout::Scalar;
use gowgc_ir::{Inst, Value};

impl FuncGen<'_, '_> {
    /// Reports malformed IR unless the result of `i` is an interface.
    fn check_iface_result(&mut self, i: Inst) -> bool {
        let res = self.f.insts[i].results.clone();
        let ok = res.len() == 1 && self.vscalar(res[0]) == Scalar::Iface;
        if !ok {
            self.cx.errors.push(format!(
                "{}: make_interface must have one interface result",
                self.f.name
            ));
        }
        ok
    }

    /// Reports malformed IR unless `v` is an interface value.
    fn check_iface_operand(&mut self, v: Value, what: &str) -> bool {
        let ok = self.vscalar(v) == Scalar::Iface;
        if !ok {
            self.cx
                .errors
                .push(format!("{}: {what} of a non-interface value", self.f.name));
        }
        ok
    }

    /// `make_interface v, type tid`.
    pub(super) fn make_interface(&mut self, i: Inst, v: Value, tid: u32) {
        if !self.check_iface_result(i) {
            return;
        }
        let types = &self.cx.m.types;
        match boxing(types, self.f.value_type(v)) {
            Boxing::Direct => {
                self.line(&format!("i32.const {}", tid as i32));
                self.get_part(v, 0);
            }
            Boxing::Scalar(ty) => {
                if types.is_aggregate(ty) {
                    // the verifier rejects aggregate values; vscalar reports it
                    self.vscalar(v);
                    return;
                }
                let size = self.size(ty);
                let desc = self.cx.statics.descriptor(ty);
                let obj = self.tmp("i32");
                self.line(&format!("i32.const {size}"));
                self.line(&format!("i32.const {desc}"));
                self.line("call $gc_alloc");
                self.line(&format!("local.set {obj}"));
                self.store_to(&obj, 0, v);
                self.line(&format!("i32.const {}", tid as i32));
                self.line(&format!("local.get {obj}"));
            }
            Boxing::Aggregate(ty) => {
                // converting `*p` dereferences p
                self.nil_check(v);
                let src = self.part(v, 0);
                let size = self.size(ty);
                self.line(&format!("i32.const {}", tid as i32));
                if size == 0 {
                    self.line(&format!("i32.const {}", crate::statics::ZEROBASE));
                } else {
                    let desc = self.cx.statics.descriptor(ty);
                    let obj = self.tmp("i32");
                    self.line(&format!("i32.const {size}"));
                    self.line(&format!("i32.const {desc}"));
                    self.line("call $gc_alloc");
                    self.line(&format!("local.tee {obj}"));
                    self.line(&format!("local.get {src}"));
                    self.line(&format!("i32.const {size}"));
                    self.line("memory.copy");
                    self.line(&format!("local.get {obj}"));
                }
            }
        }
        self.set_results(i);
    }

    /// `iface_type_id v`: the type id, as an int32.
    pub(super) fn iface_type_id(&mut self, i: Inst, v: Value) {
        if !self.check_iface_operand(v, "iface_type_id") {
            return;
        }
        let res = self.f.insts[i].results.clone();
        let want = Scalar::Int {
            bits: 32,
            signed: true,
        };
        if res.len() != 1 || self.vscalar(res[0]) != want {
            self.cx.errors.push(format!(
                "{}: iface_type_id must have one int32 result",
                self.f.name
            ));
            return;
        }
        self.get_part(v, 0);
        self.set_results(i);
    }

    /// `iface_data v`: the data word itself for pointer and func results
    /// (for an aggregate, the pointer to its box), else the value loaded
    /// from the box.
    pub(super) fn iface_data(&mut self, i: Inst, v: Value) {
        if !self.check_iface_operand(v, "iface_data") {
            return;
        }
        let res = self.f.insts[i].results.clone();
        let [r] = res[..] else {
            self.cx
                .errors
                .push(format!("{}: iface_data must have one result", self.f.name));
            return;
        };
        let ty = self.f.value_type(r);
        if unboxed_is_data_word(&self.cx.m.types, ty) {
            self.get_part(v, 1);
        } else {
            let s = self.scalar(ty);
            let data = self.part(v, 1);
            self.load_from(&data, 0, s);
        }
        self.set_results(i);
    }
}
