//! Memory operations: allocation, addresses of fields and elements, loads,
//! stores, slices and strings, each with the run-time checks Go makes.
//!
//! - Nil checks: `field_addr`, `index_addr`, `load`, `store`, `copy`,
//!   `zero` and slicing an array pointer panic on address 0 (Go faults on
//!   nil in all those places; there is no unmapped page in wasm to fault
//!   on, so the check is explicit).
//! - Bounds checks compare indexes as unsigned 64-bit numbers, which also
//!   catches negative ones, and report Go's values and boundsError kind;
//!   slice expressions check the high bound first, as Go does.
//! - A slice or string that ends up with capacity (length, for strings) 0
//!   keeps its old pointer instead of pointing past the end of its array,
//!   as Go's compiler does, so no pointer ever points just past an object.

use super::FuncGen;
use crate::layout::Scalar;
use gowgc_ir::{Inst, Op, Type, TypeData, Value};

/// Loads or stores of each part of a scalar: (instruction, byte offset).
fn mem_parts(s: Scalar, store: bool) -> Vec<(&'static str, u32)> {
    let one = |l: &'static str, st: &'static str| vec![(if store { st } else { l }, 0)];
    match s {
        Scalar::Bool
        | Scalar::Int {
            bits: 8,
            signed: false,
        } => one("i32.load8_u", "i32.store8"),
        Scalar::Int {
            bits: 8,
            signed: true,
        } => one("i32.load8_s", "i32.store8"),
        Scalar::Int {
            bits: 16,
            signed: false,
        } => one("i32.load16_u", "i32.store16"),
        Scalar::Int {
            bits: 16,
            signed: true,
        } => one("i32.load16_s", "i32.store16"),
        Scalar::Int { bits: 32, .. } | Scalar::Ptr => one("i32.load", "i32.store"),
        Scalar::Int { .. } => one("i64.load", "i64.store"),
        Scalar::Float { bits: 32 } => one("f32.load", "f32.store"),
        Scalar::Float { .. } => one("f64.load", "f64.store"),
        Scalar::Iface => {
            let ins = if store { "i32.store" } else { "i32.load" };
            vec![(ins, 0), (ins, 4)]
        }
        Scalar::Str | Scalar::Slice => {
            let (l32, l64) = if store {
                ("i32.store", "i64.store")
            } else {
                ("i32.load", "i64.load")
            };
            let mut v = vec![(l32, 0), (l64, 8)];
            if s == Scalar::Slice {
                v.push((l64, 16));
            }
            v
        }
    }
}

/// Which slice expression is being checked, for Go's boundsError kinds.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Sliced {
    /// An array (through a pointer) or a string: the "length" messages.
    ArrayOrString,
    /// A slice: the "capacity" messages.
    Slice,
}

impl FuncGen<'_, '_> {
    /// The type `ty` points to, or `ty` itself when it is no pointer
    /// (malformed IR; reported by the verifier, not here).
    fn pointee(&self, ty: Type) -> Type {
        if let TypeData::Pointer(t) = self.cx.m.types.data(ty) {
            *t
        } else {
            ty
        }
    }

    /// Element type of a slice or array type (or the type itself).
    fn elem(&self, ty: Type) -> Type {
        if let TypeData::Slice(t) | TypeData::Array { elem: t, .. } = self.cx.m.types.data(ty) {
            *t
        } else {
            ty
        }
    }

    /// Length of an array type (0 for other types).
    fn array_len(&self, ty: Type) -> u64 {
        if let TypeData::Array { len, .. } = self.cx.m.types.data(ty) {
            *len
        } else {
            0
        }
    }

    pub(super) fn size(&mut self, ty: Type) -> u32 {
        let s = self.cx.statics.layouts().size(ty);
        u32::try_from(s).unwrap_or_else(|_| {
            self.cx
                .errors
                .push(format!("{}: type too large", self.f.name));
            0
        })
    }

    fn vty(&self, v: Value) -> Type {
        self.f.value_type(v)
    }

    /// Pushes the parts of a scalar of representation `s` loaded from
    /// `addr + off`.
    pub(super) fn load_from(&mut self, addr: &str, off: u32, s: Scalar) {
        for (ins, o) in mem_parts(s, false) {
            self.line(&format!("local.get {addr}"));
            self.line(&format!("{ins} offset={}", off + o));
        }
    }

    /// Stores `v` to `addr + off`.
    pub(super) fn store_to(&mut self, addr: &str, off: u32, v: Value) {
        let s = self.vscalar(v);
        for (k, (ins, o)) in mem_parts(s, true).into_iter().enumerate() {
            self.line(&format!("local.get {addr}"));
            self.get_part(v, k);
            self.line(&format!("{ins} offset={}", off + o));
        }
    }

    /// `true` when `v` has an unsigned integer type (Go then prints
    /// an out-of-range index as unsigned).
    fn is_unsigned(&mut self, v: Value) -> bool {
        matches!(self.vscalar(v), Scalar::Int { signed: false, .. })
    }

    /// Panics with Go's index error unless `idx < len` (unsigned compare;
    /// `unsigned` selects how a failing index is printed).
    fn bounds_check(&mut self, idx: &str, len: &str, unsigned: bool) {
        self.line(&format!("local.get {idx}"));
        self.line(&format!("local.get {len}"));
        self.line("i64.ge_u");
        self.line("if");
        self.line(&format!("  local.get {idx}"));
        self.line(&format!("  local.get {len}"));
        self.line(if unsigned {
            "  call $rt_panic_index_u"
        } else {
            "  call $rt_panic_index"
        });
        self.line("  unreachable");
        self.line("end");
    }

    /// Panics with boundsError `kind` reporting `(x, y)` when `x > y`.
    fn slice_check(&mut self, kind: u32, x: &str, y: &str, unsigned: bool) {
        self.line(&format!("local.get {x}"));
        self.line(&format!("local.get {y}"));
        self.line("i64.gt_u");
        self.line("if");
        self.line(&format!("  i32.const {kind}"));
        self.line(&format!("  local.get {x}"));
        self.line(&format!("  local.get {y}"));
        self.line(if unsigned {
            "  call $rt_panic_slice_u"
        } else {
            "  call $rt_panic_slice"
        });
        self.line("  unreachable");
        self.line("end");
    }

    /// Pushes `base + idx * esize` (idx an i64 local already checked).
    fn elem_addr(&mut self, base: &str, idx: &str, esize: u32) {
        self.line(&format!("local.get {base}"));
        self.line(&format!("local.get {idx}"));
        self.line("i32.wrap_i64");
        if esize != 1 {
            self.line(&format!("i32.const {esize}"));
            self.line("i32.mul");
        }
        self.line("i32.add");
    }

    /// Emits a memory, slice or string operation.
    pub(super) fn memory_op(&mut self, i: Inst, op: &Op) {
        let res_ty = self.f.insts[i]
            .results
            .first()
            .map(|&r| self.f.value_type(r));
        match op {
            Op::Sconst(bytes) => {
                let a = self.cx.statics.string(bytes);
                self.line(&format!("i32.const {a}"));
                self.line(&format!("i64.const {}", bytes.len()));
            }
            Op::Nil => {
                let s = res_ty.map(|t| self.scalar(t)).unwrap_or(Scalar::Ptr);
                for ty in s.parts() {
                    self.line(&format!("{ty}.const 0"));
                }
            }
            Op::Alloc(ty) => {
                let size = self.size(*ty);
                if size == 0 {
                    self.line(&format!("i32.const {}", crate::statics::ZEROBASE));
                } else {
                    let desc = self.cx.statics.descriptor(*ty);
                    self.line(&format!("i32.const {size}"));
                    self.line(&format!("i32.const {desc}"));
                    self.line("call $gc_alloc");
                }
            }
            Op::GlobalAddr(g) => {
                let a = self.cx.statics.global(*g);
                self.line(&format!("i32.const {a}"));
            }
            Op::IsNil(v) => {
                self.get_part(*v, 0);
                self.line("i32.eqz");
            }
            Op::FieldAddr(p, k) => {
                self.nil_check(*p);
                let pl = self.part(*p, 0);
                let st = self.pointee(self.vty(*p));
                let off = self.cx.statics.layouts().field_offset(st, *k);
                self.line(&format!("local.get {pl}"));
                if off != 0 {
                    self.line(&format!("i32.const {off}"));
                    self.line("i32.add");
                }
            }
            Op::IndexAddr(p, idx) => {
                self.nil_check(*p);
                let pl = self.part(*p, 0);
                let arr = self.pointee(self.vty(*p));
                let n = self.array_len(arr);
                let esize = self.size(self.elem(arr));
                let il = self.as_i64(*idx);
                let nl = self.const_i64(n as i64);
                let u = self.is_unsigned(*idx);
                self.bounds_check(&il, &nl, u);
                self.elem_addr(&pl, &il, esize);
            }
            Op::SliceIndexAddr(s, idx) => {
                let esize = self.size(self.elem(self.vty(*s)));
                let il = self.as_i64(*idx);
                let len = self.part(*s, 1);
                let u = self.is_unsigned(*idx);
                self.bounds_check(&il, &len, u);
                let pl = self.part(*s, 0);
                self.elem_addr(&pl, &il, esize);
            }
            Op::Load(p) => {
                self.nil_check(*p);
                let pl = self.part(*p, 0);
                let s = res_ty.map(|t| self.scalar(t)).unwrap_or(Scalar::Ptr);
                self.load_from(&pl, 0, s);
            }
            Op::Store(p, v) => {
                self.nil_check(*p);
                let pl = self.part(*p, 0);
                self.store_to(&pl, 0, *v);
            }
            Op::Copy(dst, src) => {
                self.nil_check(*dst);
                self.nil_check(*src);
                let (dl, sl) = (self.part(*dst, 0), self.part(*src, 0));
                let size = self.size(self.pointee(self.vty(*dst)));
                if size != 0 {
                    self.line(&format!("local.get {dl}"));
                    self.line(&format!("local.get {sl}"));
                    self.line(&format!("i32.const {size}"));
                    self.line("memory.copy");
                }
            }
            Op::InitData(dst, bytes) => {
                // A slice's parts and an array pointer both start with the
                // address of the first element.
                let a = self.cx.statics.string(bytes);
                self.get_part(*dst, 0);
                self.line(&format!("i32.const {a}"));
                self.line(&format!("i32.const {}", bytes.len()));
                self.line("memory.copy");
            }
            Op::Zero(p) => {
                self.nil_check(*p);
                let pl = self.part(*p, 0);
                let size = self.size(self.pointee(self.vty(*p)));
                if size != 0 {
                    self.line(&format!("local.get {pl}"));
                    self.line("i32.const 0");
                    self.line(&format!("i32.const {size}"));
                    self.line("memory.fill");
                }
            }
            Op::MakeSlice(len, cap) => self.make_slice(res_ty, *len, *cap),
            Op::SliceLen(s) | Op::StrLen(s) => self.get_part(*s, 1),
            Op::SliceCap(s) => self.get_part(*s, 2),
            Op::SliceArray(p, lo, hi, max) => {
                self.nil_check(*p);
                let pl = self.part(*p, 0);
                let arr = self.pointee(self.vty(*p));
                let n = self.array_len(arr) as i64;
                let esize = self.size(self.elem(arr));
                let nl = self.const_i64(n);
                self.slice_expr(
                    Sliced::ArrayOrString,
                    &pl,
                    &nl,
                    &nl,
                    [*lo, *hi, *max],
                    esize,
                    true,
                );
            }
            Op::SliceSlice(s, lo, hi, max) => {
                let esize = self.size(self.elem(self.vty(*s)));
                let (p, l, c) = (self.part(*s, 0), self.part(*s, 1), self.part(*s, 2));
                self.slice_expr(Sliced::Slice, &p, &l, &c, [*lo, *hi, *max], esize, true);
            }
            Op::StrSlice(s, lo, hi) => {
                let (p, l) = (self.part(*s, 0), self.part(*s, 1));
                self.slice_expr(
                    Sliced::ArrayOrString,
                    &p,
                    &l,
                    &l,
                    [*lo, *hi, None],
                    1,
                    false,
                );
            }
            Op::StrIndex(s, idx) => {
                let il = self.as_i64(*idx);
                let len = self.part(*s, 1);
                let u = self.is_unsigned(*idx);
                self.bounds_check(&il, &len, u);
                let pl = self.part(*s, 0);
                self.elem_addr(&pl, &il, 1);
                self.line("i32.load8_u");
            }
            Op::Append(s, xs) => self.append(*s, xs),
            Op::AppendSlice(d, src) | Op::AppendString(d, src) => self.append_slice(*d, *src),
            Op::CopySlice(d, src) => self.copy_slice(*d, *src),
            Op::StrConcat(a, b) => {
                self.get(*a);
                self.get(*b);
                self.line("call $go_concat");
            }
            Op::StrCmp(cmp, a, b) => self.str_compare(*cmp, *a, *b),
            Op::BytesToStr(b) => {
                self.get_part(*b, 0);
                self.get_part(*b, 1);
                self.line("call $go_bytes_to_str");
            }
            Op::StrToBytes(s) => {
                self.get(*s);
                // Go's compiler turns []byte("const") into an exact-size
                // array; other strings get a size-class capacity
                let exact = self.f.sconst(*s).is_some();
                self.line(&format!("i32.const {}", u32::from(exact)));
                self.line("call $go_str_to_bytes");
            }
            Op::RuneToStr(r) => {
                let l = self.as_i64(*r);
                self.line(&format!("local.get {l}"));
                self.line("call $go_rune_to_str");
            }
            Op::Iconst(_)
            | Op::Fconst(_)
            | Op::Unary(..)
            | Op::Binary(..)
            | Op::Convert(..)
            | Op::Select(..)
            | Op::Call(..)
            | Op::MakeClosure(..)
            | Op::ClosureCapture(..)
            | Op::MakeInterface(..)
            | Op::IfaceTypeId(_)
            | Op::IfaceData(_)
            | Op::CallClosure(..)
            | Op::Print(..)
            | Op::Panic(..)
            | Op::Exit(_)
            | Op::Throw
            | Op::PtrHash(_)
            | Op::RtCall(..)
            | Op::CallCatch(..) => {
                self.cx
                    .errors
                    .push(format!("{}: scalar op reached memory_op", self.f.name));
                return;
            }
        }
        if !matches!(op, Op::Store(..) | Op::Copy(..) | Op::Zero(_)) {
            self.set_results(i);
        }
    }

    fn make_slice(&mut self, res_ty: Option<Type>, len: Value, cap: Value) {
        let elem = res_ty.map(|t| self.elem(t));
        let ll = self.as_i64(len);
        let cl = self.as_i64(cap);
        // An element too large for a 32-bit memory (Go allows the type)
        // leaves only empty slices: any length or capacity is out of range.
        let huge = elem.is_some_and(|e| self.cx.statics.layouts().size(e) > u64::from(u32::MAX));
        if huge {
            for (l, f) in [(&ll, "len"), (&cl, "cap")] {
                self.line(&format!("local.get {l}"));
                self.line("i64.const 0");
                self.line("i64.ne");
                self.line("if");
                self.line(&format!("  call $rt_panic_makeslice_{f}"));
                self.line("  unreachable");
                self.line("end");
            }
        }
        let (esize, desc) = match elem {
            Some(_) if huge => (0, 0),
            Some(e) => (self.size(e), self.cx.statics.descriptor(e)),
            None => (0, 0),
        };
        self.line(&format!("local.get {ll}"));
        self.line(&format!("local.get {cl}"));
        self.line(&format!("i32.const {esize}"));
        self.line(&format!("i32.const {desc}"));
        self.line("call $go_makeslice");
        self.line(&format!("local.get {ll}"));
        self.line(&format!("local.get {cl}"));
    }

    /// `x[lo:hi:max]` of memory at `ptr` with length `len` and capacity
    /// `cap` (i64 locals); pushes the result's parts (ptr, len[, cap]).
    #[allow(clippy::too_many_arguments)]
    fn slice_expr(
        &mut self,
        what: Sliced,
        ptr: &str,
        len: &str,
        cap: &str,
        [lo, hi, max]: [Option<Value>; 3],
        esize: u32,
        with_cap: bool,
    ) {
        let lo_l = lo.map(|v| self.as_i64(v));
        let hi_l = match hi {
            Some(v) => self.as_i64(v),
            None => len.to_string(),
        };
        let max_l = match max {
            Some(v) => self.as_i64(v),
            None => cap.to_string(),
        };
        let slice = what == Sliced::Slice;
        let uns = |g: &mut Self, v: Option<Value>| v.is_some_and(|v| g.is_unsigned(v));
        let (lo_u, hi_u, max_u) = (uns(self, lo), uns(self, hi), uns(self, max));
        if max.is_some() {
            self.slice_check(if slice { 4 } else { 3 }, &max_l, cap, max_u);
            self.slice_check(5, &hi_l, &max_l, hi_u);
            if let Some(lo) = &lo_l {
                self.slice_check(6, lo, &hi_l, lo_u);
            }
        } else {
            if hi.is_some() {
                self.slice_check(if slice { 1 } else { 0 }, &hi_l, cap, hi_u);
            }
            if let Some(lo) = &lo_l {
                self.slice_check(2, lo, &hi_l, lo_u);
            }
        }
        let zero;
        let lo_l = match lo_l {
            Some(l) => l,
            None => {
                zero = self.const_i64(0);
                zero
            }
        };
        // pointer: advanced unless the result is empty (cap, or len for strings)
        self.elem_addr(ptr, &lo_l, esize);
        self.line(&format!("local.get {ptr}"));
        let end = if with_cap { &max_l } else { &hi_l };
        self.line(&format!("local.get {end}"));
        self.line(&format!("local.get {lo_l}"));
        self.line("i64.ne");
        self.line("select");
        self.line(&format!("local.get {hi_l}"));
        self.line(&format!("local.get {lo_l}"));
        self.line("i64.sub");
        if with_cap {
            self.line(&format!("local.get {max_l}"));
            self.line(&format!("local.get {lo_l}"));
            self.line("i64.sub");
        }
    }

    /// Grows slice `s` for `add` more elements (i64 local) when needed;
    /// returns the locals (ptr, old len, new len, cap) of the result.
    fn grow(&mut self, s: Value, add: &str, elem: Type) -> (String, String, String, String) {
        let esize = self.size(elem);
        let goesize = self.cx.go.size(elem);
        let noscan = u32::from(!self.cx.m.types.has_pointers(elem));
        let desc = self.cx.statics.descriptor(elem);
        let (sp, sl, sc) = (self.part(s, 0), self.part(s, 1), self.part(s, 2));
        let newlen = self.tmp("i64");
        let p = self.tmp("i32");
        let c = self.tmp("i64");
        self.line(&format!("local.get {sl}"));
        self.line(&format!("local.get {add}"));
        self.line("i64.add");
        self.line(&format!("local.tee {newlen}"));
        self.line(&format!("local.get {sc}"));
        self.line("i64.gt_u");
        self.line("if (result i32 i64)");
        for l in [&sp, &sl, &sc, &newlen] {
            self.line(&format!("  local.get {l}"));
        }
        self.line(&format!("  i32.const {esize}"));
        self.line(&format!("  i64.const {goesize}"));
        self.line(&format!("  i32.const {noscan}"));
        self.line(&format!("  i32.const {desc}"));
        self.line("  call $go_growslice");
        self.line("else");
        self.line(&format!("  local.get {sp}"));
        self.line(&format!("  local.get {sc}"));
        self.line("end");
        self.line(&format!("local.set {c}"));
        self.line(&format!("local.set {p}"));
        (p, sl, newlen, c)
    }

    fn append(&mut self, s: Value, xs: &[Value]) {
        let elem = self.elem(self.vty(s));
        let esize = self.size(elem);
        // An aggregate element is copied from where it lives: `append(s,
        // *p)` with `p` nil must panic before the slice grows.
        if self.cx.m.types.is_aggregate(elem) {
            for &x in xs {
                self.nil_check(x);
            }
        }
        let add = self.const_i64(xs.len() as i64);
        let (p, oldlen, newlen, c) = self.grow(s, &add, elem);
        let dst = self.tmp("i32");
        self.elem_addr(&p, &oldlen, esize);
        self.line(&format!("local.set {dst}"));
        let aggregate = self.cx.m.types.is_aggregate(elem);
        for (k, &x) in xs.iter().enumerate() {
            let off = (k as u32).saturating_mul(esize);
            if aggregate {
                if esize == 0 {
                    continue;
                }
                self.line(&format!("local.get {dst}"));
                if off != 0 {
                    self.line(&format!("i32.const {off}"));
                    self.line("i32.add");
                }
                self.get_part(x, 0);
                self.line(&format!("i32.const {esize}"));
                self.line("memory.copy");
            } else {
                self.store_to(&dst, off, x);
            }
        }
        for l in [&p, &newlen, &c] {
            self.line(&format!("local.get {l}"));
        }
    }

    /// `append(d, src...)` for a slice or string `src`.
    fn append_slice(&mut self, d: Value, src: Value) {
        let elem = self.elem(self.vty(d));
        let esize = self.size(elem);
        let add = self.part(src, 1);
        let (p, oldlen, newlen, c) = self.grow(d, &add, elem);
        self.elem_addr(&p, &oldlen, esize);
        self.get_part(src, 0);
        self.get_part(src, 1);
        self.line("i32.wrap_i64");
        if esize != 1 {
            self.line(&format!("i32.const {esize}"));
            self.line("i32.mul");
        }
        self.line("memory.copy");
        for l in [&p, &newlen, &c] {
            self.line(&format!("local.get {l}"));
        }
    }

    /// `copy(d, src)`: moves min(len) elements (overlap allowed).
    fn copy_slice(&mut self, d: Value, src: Value) {
        let esize = self.size(self.elem(self.vty(d)));
        let n = self.tmp("i64");
        let (dl, sl) = (self.part(d, 1), self.part(src, 1));
        self.line(&format!("local.get {dl}"));
        self.line(&format!("local.get {sl}"));
        self.line(&format!("local.get {dl}"));
        self.line(&format!("local.get {sl}"));
        self.line("i64.lt_s");
        self.line("select");
        self.line(&format!("local.set {n}"));
        self.get_part(d, 0);
        self.get_part(src, 0);
        self.line(&format!("local.get {n}"));
        self.line("i32.wrap_i64");
        if esize != 1 {
            self.line(&format!("i32.const {esize}"));
            self.line("i32.mul");
        }
        self.line("memory.copy");
        self.line(&format!("local.get {n}"));
    }
}
