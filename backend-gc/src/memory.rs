//! Memory operations: allocation, addresses of fields and elements, loads,
//! stores, aggregate copy and zeroing, package-level variables.
//!
//! A thin pointer is a reference to a whole object or cell; a fat pointer
//! is `(base, selector)` (see [`crate::pointers`]). Addresses computed here
//! record their [`Origin`] so that a later load or store through them is a
//! direct field or element access; only pointers whose origin is unknown
//! (parameters, loaded pointers, block parameters) go through the per-type
//! dispatch helpers. Every nil dereference and out-of-range index calls the
//! runtime's panic with Go's message: the engine never traps.

use crate::context::Helper;
use crate::func::{FnEmitter, Origin};
use crate::text::{St, Vt};
use gowgc_ir::{Op, Type, TypeData, Value};

impl FnEmitter<'_, '_> {
    pub(crate) fn memory(&mut self, op: &Op, res: Option<Value>) {
        match op {
            Op::Alloc(t) => {
                if let Some(r) = res {
                    self.alloc(*t, r);
                }
            }
            Op::FieldAddr(p, i) => {
                if let Some(r) = res {
                    self.field_addr(*p, *i, r);
                }
            }
            Op::IndexAddr(p, i) => {
                let Some(r) = res else { return };
                let at = self.cx.l.types.pointee(self.ty(*p));
                let (elem, len) = match self.cx.l.data(at) {
                    TypeData::Array { elem, len } => (*elem, *len),
                    _ => return self.emit("unreachable"),
                };
                let pl = self.comp(*p, 0);
                self.nil_check(Some(*p), &pl);
                let idx = self.i64_of(*i);
                self.bounds_check(&idx, &format!("i64.const {len}"));
                let sel = self.tmp(Vt::I32);
                self.emit(format!("{idx}\ni32.wrap_i64\nlocal.set {sel}"));
                self.elem_addr(&pl, &sel, elem, r);
            }
            Op::SliceIndexAddr(s, i) => {
                let Some(r) = res else { return };
                let elem = self.cx.l.types.elem(self.ty(*s));
                let sc = self.comps(*s);
                let idx = self.i64_of(*i);
                self.bounds_check(&idx, &format!("local.get {}\ni64.extend_i32_u", sc[2]));
                let sel = self.tmp(Vt::I32);
                self.emit(format!(
                    "local.get {}\n{idx}\ni32.wrap_i64\ni32.add\nlocal.set {sel}",
                    sc[1]
                ));
                self.elem_addr(&sc[0], &sel, elem, r);
            }
            Op::Load(p) => {
                if let Some(r) = res {
                    self.load(*p, r);
                }
            }
            Op::Store(p, v) => self.store(*p, *v),
            Op::Copy(d, s) => {
                let t = self.cx.l.types.pointee(self.ty(*d));
                let h = self.cx.helper(Helper::Copy(t));
                self.get(*d);
                self.get(*s);
                self.emit(format!("call {h}"));
            }
            Op::Zero(p) => {
                let t = self.cx.l.types.pointee(self.ty(*p));
                let h = self.cx.helper(Helper::Zero(t));
                self.get(*p);
                self.emit(format!("call {h}"));
            }
            Op::InitData(dst, bytes) => self.init_data(*dst, bytes),
            Op::GlobalAddr(g) => {
                let Some(r) = res else { return };
                let name = self.cx.globals.get(g).cloned().unwrap_or_default();
                let t = self.cx.m.globals[*g].ty;
                self.emit(format!("global.get {name}"));
                self.object_pointer(t, r);
            }
            Op::IsNil(v) => {
                let Some(r) = res else { return };
                if let TypeData::Interface { .. } = self.cx.l.data(self.ty(*v)) {
                    return self.iface_is_nil(*v, r);
                }
                self.get_c(*v, 0);
                self.emit("ref.is_null");
                self.set(r);
            }
            _ => {}
        }
    }

    /// [`Op::InitData`]: `array.init_data` from the constant pool when the
    /// elements are stored inline (the data's encoding is theirs), else
    /// one store per element into its cell.
    fn init_data(&mut self, dst: Value, bytes: &[u8]) {
        let t = self.ty(dst);
        let (elem, arr, off) = match self.cx.l.data(t) {
            TypeData::Slice(e) => {
                let e = *e;
                let sc = self.comps(dst);
                (e, sc[0].clone(), format!("local.get {}", sc[1]))
            }
            _ => {
                let at = self.cx.l.types.pointee(t);
                let TypeData::Array { elem, .. } = self.cx.l.data(at) else {
                    return self.emit("unreachable");
                };
                let e = *elem;
                (e, self.comp(dst, 0), "i32.const 0".to_string())
            }
        };
        let aty = self.cx.l.arr_ty(elem);
        let (width, vt) = match self.cx.l.storage(elem).remove(0) {
            St::I8 => (1, Vt::I32),
            St::I16 => (2, Vt::I32),
            St::Val(v) => (if matches!(v, Vt::I64 | Vt::F64) { 8 } else { 4 }, v),
        };
        let n = bytes.len() / width;
        if self.cx.l.elem_inline(elem) {
            let src = self.cx.string_const(bytes);
            self.emit(format!(
                "local.get {arr}\n{off}\ni32.const {src}\ni32.const {n}\narray.init_data {aty} $gc.strdata"
            ));
            return;
        }
        let cell = self.cx.l.cell_ty(elem);
        for (i, chunk) in bytes.chunks(width).enumerate() {
            let mut raw = [0u8; 8];
            raw[..width].copy_from_slice(chunk);
            let bits = u64::from_le_bytes(raw);
            let konst = match vt {
                Vt::I64 => format!("i64.const {}", bits as i64),
                Vt::F64 => format!("i64.const {}\nf64.reinterpret_i64", bits as i64),
                Vt::F32 => format!("i32.const {}\nf32.reinterpret_i32", bits as u32 as i32),
                _ => format!("i32.const {}", bits as u32 as i32),
            };
            self.emit(format!(
                "local.get {arr}\n{off}\ni32.const {i}\ni32.add\narray.get {aty}\n{konst}\nstruct.set {cell} 0"
            ));
        }
    }

    /// Sets pointer `r` to the object or cell of type `t` on the stack.
    fn object_pointer(&mut self, t: Type, r: Value) {
        self.nonnull.insert(r, true);
        if self.cx.l.is_aggregate(t) {
            return self.set(r);
        }
        let cell = self.cx.l.cell_ty(t);
        if self.cx.l.is_fat(t) {
            let tmp = self.tmp(Vt::nref(&cell));
            self.emit(format!("local.tee {tmp}\ni32.const 0"));
            self.set(r);
            self.origin.insert(
                r,
                Origin::Fields {
                    obj: tmp,
                    sty: cell,
                    widx: 0,
                },
            );
        } else {
            self.set(r);
            let obj = self.comp(r, 0);
            self.origin.insert(
                r,
                Origin::Fields {
                    obj,
                    sty: cell,
                    widx: 0,
                },
            );
        }
    }

    fn alloc(&mut self, t: Type, r: Value) {
        if self.cx.l.is_aggregate(t) {
            let code = self.cx.new_obj(t);
            self.emit(code);
        } else {
            let cell = self.cx.l.cell_ty(t);
            self.emit(format!("struct.new_default {cell}"));
        }
        self.object_pointer(t, r);
    }

    fn field_addr(&mut self, p: Value, i: u32, r: Value) {
        let st = self.cx.l.types.pointee(self.ty(p));
        let sty = self.cx.l.struct_ty(st);
        let layout = self.cx.l.struct_layout(st);
        let Some(fi) = layout.fields.get(i as usize) else {
            return self.emit("unreachable");
        };
        let pl = self.comp(p, 0);
        self.nil_check(Some(p), &pl);
        if fi.nested {
            self.emit(format!("local.get {pl}\nstruct.get {sty} {}", fi.widx));
            self.set(r);
            self.nonnull.insert(r, true);
        } else {
            // The scan made `*T` fat for every field address.
            self.emit(format!("local.get {pl}\ni32.const {}", fi.widx));
            self.set(r);
            self.nonnull.insert(r, true);
            self.origin.insert(
                r,
                Origin::Fields {
                    obj: pl,
                    sty,
                    widx: fi.widx,
                },
            );
        }
    }

    /// Sets `r` to the address of element `sel` (a local) of the array in
    /// local `arr` (already checked).
    fn elem_addr(&mut self, arr: &str, sel: &str, elem: Type, r: Value) {
        let aty = self.cx.l.arr_ty(elem);
        if self.cx.l.elem_inline(elem) {
            // The scan made `*elem` fat.
            self.emit(format!("local.get {arr}\nlocal.get {sel}"));
            self.set(r);
            self.nonnull.insert(r, true);
            self.origin.insert(
                r,
                Origin::Elem {
                    arr: arr.to_string(),
                    aty,
                },
            );
        } else {
            self.emit(format!("local.get {arr}\nlocal.get {sel}\narray.get {aty}"));
            if self.cx.l.is_aggregate(elem) {
                self.set(r);
                self.nonnull.insert(r, true);
            } else {
                self.object_pointer(elem, r);
            }
        }
    }

    fn load(&mut self, p: Value, r: Value) {
        let t = self.cx.l.types.pointee(self.ty(p));
        let storage = self.cx.l.storage(t);
        let sfx = self.cx.l.get_suffix(t);
        match self.origin.get(&p).cloned() {
            Some(Origin::Fields { obj, sty, widx }) => {
                for (k, st) in storage.iter().enumerate() {
                    let s = if st.packed() { sfx } else { "" };
                    self.emit(format!(
                        "local.get {obj}\nstruct.get{s} {sty} {}",
                        widx + k as u32
                    ));
                }
            }
            Some(Origin::Elem { arr, aty }) => {
                let sel = self.comp(p, 1);
                self.emit(format!(
                    "local.get {arr}\nlocal.get {sel}\narray.get{sfx} {aty}"
                ));
            }
            None if self.cx.l.is_fat(t) => {
                let h = self.cx.helper(Helper::LoadFat(t));
                self.get(p);
                self.emit(format!("call {h}"));
            }
            None => {
                let cell = self.cx.l.cell_ty(t);
                let pl = self.comp(p, 0);
                self.nil_check(Some(p), &pl);
                for (k, st) in storage.iter().enumerate() {
                    let s = if st.packed() { sfx } else { "" };
                    self.emit(format!("local.get {pl}\nstruct.get{s} {cell} {k}"));
                }
            }
        }
        self.set(r);
    }

    fn store(&mut self, p: Value, v: Value) {
        let t = self.cx.l.types.pointee(self.ty(p));
        let n = self.cx.l.storage(t).len();
        let vc = self.comps(v);
        match self.origin.get(&p).cloned() {
            Some(Origin::Fields { obj, sty, widx }) => {
                for (k, c) in vc.iter().enumerate().take(n) {
                    self.emit(format!(
                        "local.get {obj}\nlocal.get {c}\nstruct.set {sty} {}",
                        widx + k as u32
                    ));
                }
            }
            Some(Origin::Elem { arr, aty }) => {
                let sel = self.comp(p, 1);
                self.emit(format!(
                    "local.get {arr}\nlocal.get {sel}\nlocal.get {}\narray.set {aty}",
                    vc[0]
                ));
            }
            None if self.cx.l.is_fat(t) => {
                let h = self.cx.helper(Helper::StoreFat(t));
                self.get(p);
                self.get(v);
                self.emit(format!("call {h}"));
            }
            None => {
                let cell = self.cx.l.cell_ty(t);
                let pl = self.comp(p, 0);
                self.nil_check(Some(p), &pl);
                for (k, c) in vc.iter().enumerate().take(n) {
                    self.emit(format!(
                        "local.get {pl}\nlocal.get {c}\nstruct.set {cell} {k}"
                    ));
                }
            }
        }
    }
}
