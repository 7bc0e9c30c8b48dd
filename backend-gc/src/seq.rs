//! Slices and strings, plus printing and explicit panics.
//!
//! A slice is `(array, offset, len, cap)` and a string `(bytes, offset,
//! len)`: slicing shares the array and only moves the window, as Go shares
//! the backing store. IR lengths and indices are int64; they are checked in
//! 64 bits (unsigned, so negative values are out of range) in Go's order
//! with Go's error kinds, then narrowed to the i32 that arrays use. `append`
//! grows by Go's rule (see [`crate::support`]) so `cap` matches `go run`.

use crate::context::Helper;
use crate::func::FnEmitter;
use crate::text::Vt;
use gowgc_ir::{BinaryOp, Fd, Op, PanicKind, PrintKind, Type, TypeData, Value};

/// Kinds of `$rt_panic_slice`, Go's boundsError codes.
const ALEN: u32 = 0;
const ACAP: u32 = 1;
const B: u32 = 2;
const S3ALEN: u32 = 3;
const S3ACAP: u32 = 4;
const S3B: u32 = 5;
const S3C: u32 = 6;

impl FnEmitter<'_, '_> {
    /// Code pushing integer `v` widened to i64 by its signedness.
    pub(crate) fn i64_of(&mut self, v: Value) -> String {
        let c = self.comp(v, 0);
        if self.cx.l.flat(self.ty(v)) == [Vt::I32] {
            let signed = matches!(
                self.cx.l.data(self.ty(v)),
                TypeData::Int { signed: true, .. }
            );
            let su = if signed { "s" } else { "u" };
            format!("local.get {c}\ni64.extend_i32_{su}")
        } else {
            format!("local.get {c}")
        }
    }

    fn u32_as_i64(local: &str) -> String {
        format!("local.get {local}\ni64.extend_i32_u")
    }

    pub(crate) fn slice_op(&mut self, op: &Op, res: Option<Value>) {
        match op {
            Op::MakeSlice(len, cap) => {
                let Some(r) = res else { return };
                let elem = self.cx.l.types.elem(self.ty(r));
                let size = self.cx.l.go_size(elem);
                let check = self.cx.support("makeslice");
                let mk = self.cx.helper(Helper::MkArr(elem));
                let (l, c) = (self.i64_of(*len), self.i64_of(*cap));
                self.emit(format!("{l}\n{c}\ni64.const {size}\ncall {check}"));
                self.emit(format!("{c}\ni32.wrap_i64\ncall {mk}\ni32.const 0"));
                self.emit(format!("{l}\ni32.wrap_i64\n{c}\ni32.wrap_i64"));
                self.set(r);
            }
            Op::SliceLen(s) | Op::SliceCap(s) => {
                let Some(r) = res else { return };
                let k = if matches!(op, Op::SliceLen(_)) { 2 } else { 3 };
                let c = self.comp(*s, k);
                self.emit(Self::u32_as_i64(&c));
                self.set(r);
            }
            Op::SliceArray(p, lo, hi, max) => {
                let Some(r) = res else { return };
                let at = self.cx.l.types.pointee(self.ty(*p));
                let n = match self.cx.l.data(at) {
                    TypeData::Array { len, .. } => *len,
                    _ => 0,
                };
                let pl = self.comp(*p, 0);
                self.nil_check(Some(*p), &pl);
                let len = format!("i64.const {n}");
                self.emit(format!("local.get {pl}"));
                self.window(*lo, *hi, *max, &len, &len, "i32.const 0", true);
                self.set(r);
            }
            Op::SliceSlice(s, lo, hi, max) => {
                let Some(r) = res else { return };
                let sc = self.comps(*s);
                let (len, cap) = (Self::u32_as_i64(&sc[2]), Self::u32_as_i64(&sc[3]));
                self.emit(format!("local.get {}", sc[0]));
                self.window(
                    *lo,
                    *hi,
                    *max,
                    &len,
                    &cap,
                    &format!("local.get {}", sc[1]),
                    false,
                );
                self.set(r);
            }
            Op::Append(s, xs) => {
                let Some(r) = res else { return };
                self.append(*s, xs, r);
            }
            Op::AppendSlice(d, s) | Op::AppendString(d, s) => {
                let Some(r) = res else { return };
                self.append_slice(*d, *s, r);
            }
            Op::CopySlice(d, s) => {
                let elem = self.cx.l.types.elem(self.ty(*d));
                let h = self.cx.helper(Helper::CopyElems(elem));
                let (dc, sc) = (self.comps(*d), self.comps(*s));
                let n = self.tmp(Vt::I32);
                self.emit(format!(
                    "local.get {}\nlocal.get {}\nlocal.get {}\nlocal.get {}\ni32.lt_u\nselect\nlocal.set {n}",
                    dc[2], sc[2], dc[2], sc[2]
                ));
                self.emit(format!(
                    "local.get {}\nlocal.get {}\nlocal.get {}\nlocal.get {}\nlocal.get {n}\ncall {h}",
                    dc[0], dc[1], sc[0], sc[1]
                ));
                if let Some(r) = res {
                    self.emit(Self::u32_as_i64(&n));
                    self.set(r);
                }
            }
            _ => {}
        }
    }

    /// Checks `[lo:hi:max]` against `len`/`cap` (i64 code) in Go's order and
    /// pushes `off+lo, hi-lo, max-lo` (i32) after the base already pushed.
    /// `array` selects the "length" error kinds (arrays and strings).
    #[allow(clippy::too_many_arguments)]
    fn window(
        &mut self,
        lo: Option<Value>,
        hi: Option<Value>,
        max: Option<Value>,
        len: &str,
        cap: &str,
        off: &str,
        array: bool,
    ) {
        let lo_c = match lo {
            Some(v) => self.i64_of(v),
            None => "i64.const 0".into(),
        };
        let (t_lo, t_hi, t_max) = (self.tmp(Vt::I64), self.tmp(Vt::I64), self.tmp(Vt::I64));
        match (hi, max) {
            (Some(h), Some(m)) => {
                let (h, m) = (self.i64_of(h), self.i64_of(m));
                self.slice_check(&m, cap, if array { S3ALEN } else { S3ACAP });
                self.slice_check(&h, &m, S3B);
                self.slice_check(&lo_c, &h, S3C);
                self.emit(format!("{m}\nlocal.set {t_max}\n{h}\nlocal.set {t_hi}"));
            }
            (Some(h), None) => {
                let h = self.i64_of(h);
                self.slice_check(&h, cap, if array { ALEN } else { ACAP });
                self.slice_check(&lo_c, &h, B);
                self.emit(format!("{cap}\nlocal.set {t_max}\n{h}\nlocal.set {t_hi}"));
            }
            (None, _) => {
                self.slice_check(&lo_c, len, B);
                self.emit(format!("{cap}\nlocal.set {t_max}\n{len}\nlocal.set {t_hi}"));
            }
        }
        self.emit(format!("{lo_c}\nlocal.set {t_lo}"));
        self.emit(format!("{off}\nlocal.get {t_lo}\ni32.wrap_i64\ni32.add"));
        self.emit(format!(
            "local.get {t_hi}\nlocal.get {t_lo}\ni64.sub\ni32.wrap_i64"
        ));
        self.emit(format!(
            "local.get {t_max}\nlocal.get {t_lo}\ni64.sub\ni32.wrap_i64"
        ));
    }

    /// Makes room for `n` (i32 code) more elements in slice `s`: leaves
    /// the (possibly new) array, offset, old length and capacity in temps.
    fn grow(&mut self, s: Value, elem: Type, n: &str) -> [String; 4] {
        let sc = self.comps(s);
        let aty = self.cx.l.arr_ty(elem);
        let a = self.tmp(Vt::nref(&aty));
        let (off, len, cap) = (self.tmp(Vt::I32), self.tmp(Vt::I32), self.tmp(Vt::I32));
        for (t, c) in [&a, &off, &len, &cap].iter().zip(&sc) {
            self.emit(format!("local.get {c}\nlocal.set {t}"));
        }
        let size = self.cx.l.go_size(elem);
        let noscan = !self.cx.l.types.has_pointers(elem) as i32;
        let growcap = self.cx.support("growcap");
        let grow = self.cx.helper(Helper::Grow(elem));
        self.emit(format!(
            "local.get {len}\n{n}\ni32.add\nlocal.get {cap}\ni32.gt_u\nif\n  local.get {len}\n  {n}\n  i32.add\n  i64.extend_i32_u\n  local.get {cap}\n  i64.extend_i32_u\n  i64.const {size}\n  i32.const {noscan}\n  call {growcap}\n  i32.wrap_i64\n  local.set {cap}\n  local.get {a}\n  local.get {off}\n  local.get {len}\n  local.get {cap}\n  call {grow}\n  local.set {a}\n  i32.const 0\n  local.set {off}\nend"
        ));
        [a, off, len, cap]
    }

    fn append(&mut self, s: Value, xs: &[Value], r: Value) {
        let elem = self.cx.l.types.elem(self.ty(s));
        let [a, off, len, cap] = self.grow(s, elem, &format!("i32.const {}", xs.len()));
        let aty = self.cx.l.arr_ty(elem);
        for (k, &x) in xs.iter().enumerate() {
            let at = format!(
                "local.get {a}\nlocal.get {off}\nlocal.get {len}\ni32.add\ni32.const {k}\ni32.add"
            );
            if self.cx.l.elem_inline(elem) {
                self.emit(at);
                self.get(x);
                self.emit(format!("array.set {aty}"));
            } else if self.cx.l.is_aggregate(elem) {
                let h = self.cx.helper(Helper::Copy(elem));
                self.emit(format!("{at}\narray.get {aty}"));
                self.get(x);
                self.emit(format!("call {h}"));
            } else {
                let cell = self.cx.l.cell_ty(elem);
                let c = self.tmp(Vt::nref(&cell));
                self.emit(format!("{at}\narray.get {aty}\nlocal.set {c}"));
                for (i, xc) in self.comps(x).iter().enumerate() {
                    self.emit(format!(
                        "local.get {c}\nlocal.get {xc}\nstruct.set {cell} {i}"
                    ));
                }
            }
        }
        self.emit(format!(
            "local.get {a}\nlocal.get {off}\nlocal.get {len}\ni32.const {}\ni32.add\nlocal.get {cap}",
            xs.len()
        ));
        self.set(r);
    }

    /// `append(d, s...)` for a slice or (into `[]byte`) a string `s`.
    fn append_slice(&mut self, d: Value, s: Value, r: Value) {
        let elem = self.cx.l.types.elem(self.ty(d));
        let sc = self.comps(s);
        let n = self.tmp(Vt::I32);
        self.emit(format!("local.get {}\nlocal.set {n}", sc[2]));
        let [a, off, len, cap] = self.grow(d, elem, &format!("local.get {n}"));
        let h = self.cx.helper(Helper::CopyElems(elem));
        self.emit(format!(
            "local.get {a}\nlocal.get {off}\nlocal.get {len}\ni32.add\nlocal.get {}\nlocal.get {}\nlocal.get {n}\ncall {h}",
            sc[0], sc[1]
        ));
        self.emit(format!(
            "local.get {a}\nlocal.get {off}\nlocal.get {len}\nlocal.get {n}\ni32.add\nlocal.get {cap}"
        ));
        self.set(r);
    }

    pub(crate) fn string_op(&mut self, op: &Op, res: Option<Value>) {
        let Some(r) = res else { return };
        match op {
            Op::StrLen(s) => {
                let c = self.comp(*s, 2);
                self.emit(Self::u32_as_i64(&c));
            }
            Op::StrIndex(s, i) => {
                let sc = self.comps(*s);
                let idx = self.i64_of(*i);
                self.bounds_check(&idx, &Self::u32_as_i64(&sc[2]));
                self.emit(format!(
                    "local.get {}\nlocal.get {}\n{idx}\ni32.wrap_i64\ni32.add\narray.get_u {}",
                    sc[0],
                    sc[1],
                    crate::layout::BYTES
                ));
            }
            Op::StrSlice(s, lo, hi) => {
                let sc = self.comps(*s);
                let len = Self::u32_as_i64(&sc[2]);
                self.emit(format!("local.get {}", sc[0]));
                self.window(
                    *lo,
                    *hi,
                    None,
                    &len,
                    &len,
                    &format!("local.get {}", sc[1]),
                    true,
                );
                self.emit("drop");
            }
            Op::StrConcat(a, b) => {
                self.get(*a);
                self.get(*b);
                let f = self.cx.support("str_concat");
                self.emit(format!("call {f}"));
            }
            Op::StrCmp(o, a, b) => {
                let (f, eq) = (self.f, matches!(o, BinaryOp::Eq | BinaryOp::Ne));
                let c = f.sconst(*b).map(|c| (*a, *b, c));
                match c.or_else(|| f.sconst(*a).map(|c| (*b, *a, c))) {
                    Some((v, k, c)) if eq => self.str_eq_const(v, k, c),
                    _ => {
                        self.get(*a);
                        self.get(*b);
                        let helper = if eq { "str_eq" } else { "str_cmp" };
                        let call = format!("call {}", self.cx.support(helper));
                        self.emit(call);
                    }
                }
                let test = match o {
                    BinaryOp::Eq => None,
                    BinaryOp::Ne => Some("i32.eqz"),
                    BinaryOp::Lt => Some("i32.const 0\ni32.lt_s"),
                    BinaryOp::Le => Some("i32.const 0\ni32.le_s"),
                    BinaryOp::Gt => Some("i32.const 0\ni32.gt_s"),
                    _ => Some("i32.const 0\ni32.ge_s"),
                };
                if let Some(t) = test {
                    self.emit(t);
                }
            }
            Op::BytesToStr(b) => {
                let bc = self.comps(*b);
                let f = self.cx.support("bytes_to_str");
                self.emit(format!(
                    "local.get {}\nlocal.get {}\nlocal.get {}\ncall {f}",
                    bc[0], bc[1], bc[2]
                ));
            }
            Op::StrToBytes(s) => {
                self.get(*s);
                let f = self.cx.support("str_to_bytes");
                self.emit(format!("call {f}"));
            }
            Op::RuneToStr(v) => {
                let c = self.comp(*v, 0);
                let signed = matches!(
                    self.cx.l.data(self.ty(*v)),
                    TypeData::Int { signed: true, .. }
                );
                let ext = match (self.cx.l.flat(self.ty(*v)) == [Vt::I32], signed) {
                    (true, true) => "\ni64.extend_i32_s",
                    (true, false) => "\ni64.extend_i32_u",
                    _ => "",
                };
                let f = self.cx.support("rune_to_str");
                self.emit(format!("local.get {c}{ext}\ncall {f}"));
            }
            _ => return,
        }
        self.set(r);
    }

    pub(crate) fn print(&mut self, fd: Fd, kind: PrintKind, v: Value) {
        let fd = match fd {
            Fd::Stdout => 1,
            Fd::Stderr => 2,
        };
        self.emit(format!("i32.const {fd}"));
        let t = self.ty(v);
        let narrow = self.cx.l.flat(t) == [Vt::I32];
        let signed = matches!(self.cx.l.data(t), TypeData::Int { signed: true, .. });
        match kind {
            PrintKind::Str => {
                self.get(v);
                let f = self.cx.support("print_str");
                self.emit(format!("call {f}"));
            }
            PrintKind::Int | PrintKind::Uint => {
                self.get(v);
                if narrow {
                    self.emit(if signed {
                        "i64.extend_i32_s"
                    } else {
                        "i64.extend_i32_u"
                    });
                }
                self.emit(if kind == PrintKind::Int {
                    "call $rt_write_i64"
                } else {
                    "call $rt_write_u64"
                });
            }
            PrintKind::Bool => {
                self.get(v);
                self.emit("call $rt_write_bool");
            }
            PrintKind::FloatV => {
                self.get(v);
                if self.cx.l.flat(t) == [Vt::F32] {
                    self.emit("call $rt_write_f32");
                } else {
                    self.emit("call $rt_write_f64");
                }
            }
            PrintKind::Pointer => {
                self.get_c(v, 0);
                let f = self.cx.support("print_ptr");
                self.emit(format!("ref.is_null\ncall {f}"));
            }
        }
    }

    pub(crate) fn panic(&mut self, kind: &PanicKind, args: &[Value]) {
        match kind {
            PanicKind::NegativeShift => self.emit("call $rt_panic_shift"),
            PanicKind::MakeSliceLen => self.emit("call $rt_panic_makeslice_len"),
            PanicKind::MakeSliceCap => self.emit("call $rt_panic_makeslice_cap"),
            PanicKind::Printed => self.emit("call $rt_panic_end"),
            PanicKind::Bounds(code) => {
                self.emit(format!("i32.const {code}"));
                self.get(args[0]);
                self.get(args[1]);
                self.emit("i32.const 1\ncall $rt_panic_bounds");
            }
            PanicKind::Str => {
                self.emit("call $rt_panic_begin");
                if let Some(&s) = args.first() {
                    self.emit("i32.const 2");
                    self.get(s);
                    let f = self.cx.support("panic_str");
                    self.emit(format!("call {f}"));
                }
                self.emit("call $rt_panic_end");
            }
        }
        self.emit("unreachable");
    }
}

impl FnEmitter<'_, '_> {
    /// `v == k` with `k` the constant string `c`, inline: `switch` on
    /// strings and comparisons with keywords are mostly this, and mostly
    /// false by length alone. A constant of at most 8 bytes is compared
    /// byte by byte; a longer one calls `str_eq` only when the lengths
    /// agree.
    fn str_eq_const(&mut self, v: Value, k: Value, c: &[u8]) {
        let vc = self.comps(v);
        let (arr, off, len) = (&vc[0], &vc[1], &vc[2]);
        let mut code = format!(
            "local.get {len}\ni32.const {}\ni32.eq\nif (result i32)\n",
            c.len()
        );
        if c.len() > 8 {
            let f = self.cx.support("str_eq");
            let kc = self.comps(k);
            for l in vc.iter().chain(&kc) {
                code += &format!("  local.get {l}\n");
            }
            code += &format!("  call {f}\n");
        } else {
            code += "  i32.const 1\n";
            for (i, b) in c.iter().enumerate() {
                code += &format!(
                    "  local.get {arr}\n  local.get {off}\n  i32.const {i}\n  i32.add\n  array.get_u $bytes\n  i32.const {b}\n  i32.eq\n  i32.and\n"
                );
            }
        }
        code += "else\n  i32.const 0\nend";
        self.emit(code);
    }
}
