//! Scalar operations: constants, arithmetic with Go's semantics,
//! comparisons, conversions, `select`, calls (direct ones here, through
//! func values in `closure`), printing, panics and exit; interface
//! operations are dispatched to `iface`.
//!
//! Integers narrower than 32 bits live in an i32 kept *normalized*:
//! sign-extended (signed types) or zero-extended (unsigned) from their
//! width. Every operation that can leave the range (add, sub, mul, div of
//! MinInt by -1, shl, neg, complement, conversions) renormalizes, so
//! comparisons, division and widening can use the i32 directly. Go's
//! shifts take any uint64 count (counts >= width give 0, or the sign for
//! signed `>>`), which wasm's modular shifts do not, hence the `select`.

use super::FuncGen;
use crate::layout::Scalar;
use gowgc_ir::{BinaryOp, ConvertKind, Fd, Inst, Op, PanicKind, PrintKind, UnaryOp, Value};

/// The instruction that renormalizes an i32 holding a `bits`-wide int.
fn norm(s: Scalar) -> Option<&'static str> {
    match s {
        Scalar::Int {
            bits: 8,
            signed: true,
        } => Some("i32.extend8_s"),
        Scalar::Int {
            bits: 16,
            signed: true,
        } => Some("i32.extend16_s"),
        Scalar::Int {
            bits: 8,
            signed: false,
        } => Some("i32.const 255\ni32.and"),
        Scalar::Int {
            bits: 16,
            signed: false,
        } => Some("i32.const 65535\ni32.and"),
        Scalar::Int { .. }
        | Scalar::Bool
        | Scalar::Float { .. }
        | Scalar::Ptr
        | Scalar::Str
        | Scalar::Slice
        | Scalar::Iface => None,
    }
}

/// `c` as the bit pattern of a normalized value of scalar `s`.
fn norm_const(c: i64, s: Scalar) -> i64 {
    match s {
        Scalar::Int {
            bits: 8,
            signed: true,
        } => i64::from(c as i8),
        Scalar::Int {
            bits: 16,
            signed: true,
        } => i64::from(c as i16),
        Scalar::Int {
            bits: 32,
            signed: true,
        } => i64::from(c as i32),
        Scalar::Int {
            bits: 8,
            signed: false,
        } => i64::from(c as u8),
        Scalar::Int {
            bits: 16,
            signed: false,
        } => i64::from(c as u16),
        Scalar::Int {
            bits: 32,
            signed: false,
        } => i64::from(c as u32 as i32),
        Scalar::Bool => i64::from(c != 0),
        Scalar::Ptr => i64::from(c as i32),
        Scalar::Int { .. } | Scalar::Float { .. } | Scalar::Str | Scalar::Slice | Scalar::Iface => {
            c
        }
    }
}

/// A float constant in WAT syntax (exact: Rust prints the shortest
/// round-tripping decimal, which wat parses correctly rounded).
fn float_lit(bits: u64, is32: bool) -> String {
    let v = f64::from_bits(bits);
    if is32 {
        let f = v as f32;
        if f.is_nan() {
            let b = f.to_bits();
            let sign = if b >> 31 != 0 { "-" } else { "" };
            return format!("{sign}nan:0x{:x}", (b & 0x7f_ffff).max(1));
        }
        if f.is_infinite() {
            return if f < 0.0 { "-inf".into() } else { "inf".into() };
        }
        return format!("{f:?}");
    }
    if v.is_nan() {
        let sign = if bits >> 63 != 0 { "-" } else { "" };
        return format!("{sign}nan:0x{:x}", (bits & 0xf_ffff_ffff_ffff).max(1));
    }
    if v.is_infinite() {
        return if v < 0.0 { "-inf".into() } else { "inf".into() };
    }
    format!("{v:?}")
}

impl FuncGen<'_, '_> {
    /// Emits `op` if it is a scalar operation; `false` otherwise.
    pub(super) fn scalar_op(&mut self, i: Inst, op: &Op) -> bool {
        let res_ty = self.f.insts[i]
            .results
            .first()
            .map(|&r| self.f.value_type(r));
        match op {
            Op::Iconst(c) => {
                let s = res_ty.map(|t| self.scalar(t)).unwrap_or(Scalar::Ptr);
                if s.parts().len() != 1 {
                    self.cx
                        .errors
                        .push(format!("{}: iconst of type {s:?}", self.f.name));
                }
                let w = s.wasm();
                self.line(&format!("{w}.const {}", norm_const(*c, s)));
                self.set_results(i);
            }
            Op::Fconst(bits) => {
                let s = res_ty
                    .map(|t| self.scalar(t))
                    .unwrap_or(Scalar::Float { bits: 64 });
                let is32 = s == Scalar::Float { bits: 32 };
                self.line(&format!("{}.const {}", s.wasm(), float_lit(*bits, is32)));
                self.set_results(i);
            }
            Op::Unary(u, a) => {
                self.unary(*u, *a);
                self.set_results(i);
            }
            Op::Binary(b, x, y) => {
                self.binary(*b, *x, *y);
                self.set_results(i);
            }
            Op::Convert(k, a) => {
                let to = res_ty.map(|t| self.scalar(t)).unwrap_or(Scalar::Ptr);
                self.convert(*k, *a, to);
                self.set_results(i);
            }
            Op::Select(c, a, b) => {
                let n = self.vscalar(*a).parts().len();
                for k in 0..n {
                    self.get_part(*a, k);
                    self.get_part(*b, k);
                    self.get(*c);
                    self.line("select");
                }
                self.set_results(i);
            }
            Op::Call(callee, args) => {
                for &a in args {
                    self.get(a);
                }
                let name = self.cx.names[*callee].clone();
                self.line(&format!("call {name}"));
                self.set_results(i);
            }
            Op::MakeClosure(callee, caps) => self.make_closure(i, *callee, caps),
            Op::ClosureCapture(c, n) => self.closure_capture(i, *c, *n),
            Op::MakeInterface(v, tid) => self.make_interface(i, *v, *tid),
            Op::IfaceTypeId(v) => self.iface_type_id(i, *v),
            Op::IfaceData(v) => self.iface_data(i, *v),
            Op::CallClosure(c, args) => self.call_closure(i, *c, args),
            Op::Print(fd, kind, v) => self.print(*fd, *kind, *v),
            Op::Panic(kind, args) => self.panic(kind, args),
            Op::Throw => self.throw(),
            Op::CallCatch(callee, args) => self.call_catch(i, *callee, args),
            Op::RtCall(name, args) => {
                for a in args {
                    self.get(*a);
                }
                self.line(&format!("call ${name}"));
                self.set_results(i);
            }
            // The address.
            Op::PtrHash(v) => {
                self.get(*v);
                self.line("i64.extend_i32_u");
                self.set_results(i);
            }
            Op::Exit(v) => {
                self.get(*v);
                if self.vscalar(*v).wasm() == "i64" {
                    self.line("i32.wrap_i64");
                }
                self.line("call $rt_exit");
                self.line("unreachable");
            }
            Op::Sconst(_)
            | Op::Nil
            | Op::Alloc(_)
            | Op::FieldAddr(..)
            | Op::IndexAddr(..)
            | Op::SliceIndexAddr(..)
            | Op::Load(_)
            | Op::Store(..)
            | Op::Copy(..)
            | Op::Zero(_)
            | Op::InitData(..)
            | Op::GlobalAddr(_)
            | Op::IsNil(_)
            | Op::MakeSlice(..)
            | Op::SliceLen(_)
            | Op::SliceCap(_)
            | Op::SliceArray(..)
            | Op::SliceSlice(..)
            | Op::Append(..)
            | Op::AppendSlice(..)
            | Op::AppendString(..)
            | Op::CopySlice(..)
            | Op::StrLen(_)
            | Op::StrIndex(..)
            | Op::StrSlice(..)
            | Op::StrConcat(..)
            | Op::StrCmp(..)
            | Op::BytesToStr(_)
            | Op::StrToBytes(_)
            | Op::RuneToStr(_) => return false,
        }
        true
    }

    fn unary(&mut self, u: UnaryOp, a: Value) {
        let s = self.vscalar(a);
        let w = s.wasm();
        match u {
            UnaryOp::Neg if matches!(s, Scalar::Float { .. }) => {
                self.get(a);
                self.line(&format!("{w}.neg"));
            }
            UnaryOp::Neg => {
                self.line(&format!("{w}.const 0"));
                self.get(a);
                self.line(&format!("{w}.sub"));
                self.normalize(s);
            }
            UnaryOp::BitNot => {
                self.get(a);
                self.line(&format!("{w}.const -1"));
                self.line(&format!("{w}.xor"));
                self.normalize(s);
            }
            UnaryOp::Not => {
                self.get(a);
                self.line("i32.eqz");
            }
            UnaryOp::FNeg => {
                self.get(a);
                self.line(&format!("{w}.neg"));
            }
            UnaryOp::Sqrt
            | UnaryOp::Floor
            | UnaryOp::Ceil
            | UnaryOp::Trunc
            | UnaryOp::FAbs
            | UnaryOp::Clz
            | UnaryOp::Ctz
            | UnaryOp::Popcnt => {
                self.get(a);
                self.line(&format!("{w}.{}", gowgc_ir::wasm_unary(u)));
            }
        }
    }

    fn normalize(&mut self, s: Scalar) {
        if let Some(n) = norm(s) {
            for l in n.lines() {
                self.line(l);
            }
        }
    }

    /// Pushes `v` (a shift count) as an i64.
    fn get_count(&mut self, v: Value) {
        let l = self.as_i64(v);
        self.line(&format!("local.get {l}"));
    }

    fn binary(&mut self, op: BinaryOp, x: Value, y: Value) {
        let s = self.vscalar(x);
        if matches!(s, Scalar::Str) {
            return self.str_compare(op, x, y);
        }
        if matches!(s, Scalar::Iface) {
            // the frontend compares type ids and data itself
            self.cx.errors.push(format!(
                "{}: {} on interface values",
                self.f.name,
                op.name()
            ));
            return;
        }
        let w = s.wasm();
        let is64 = w == "i64";
        let signed = matches!(s, Scalar::Int { signed: true, .. });
        let su = if signed { "s" } else { "u" };
        match op {
            BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul => {
                self.get(x);
                self.get(y);
                self.line(&format!("{w}.{}", op.name()));
                self.normalize(s);
            }
            BinaryOp::And | BinaryOp::Or | BinaryOp::Xor => {
                self.get(x);
                self.get(y);
                self.line(&format!("{w}.{}", op.name()));
            }
            BinaryOp::AndNot => {
                self.get(x);
                self.get(y);
                self.line(&format!("{w}.const -1"));
                self.line(&format!("{w}.xor"));
                self.line(&format!("{w}.and"));
            }
            BinaryOp::Div | BinaryOp::Rem => {
                self.get(x);
                self.get(y);
                let bits = if is64 { 64 } else { 32 };
                // By a constant that is neither 0 nor -1 nothing can go
                // wrong: the engine's own division (which it turns into
                // shifts and multiplies) instead of a call with checks.
                match self.f.iconst(y) {
                    Some(c) if c != 0 && !(signed && c == -1) => {
                        self.line(&format!("{w}.{}_{su}", op.name()));
                    }
                    _ => self.line(&format!("call $go_{}{su}{bits}", op.name())),
                }
                if op == BinaryOp::Div {
                    self.normalize(s);
                }
            }
            BinaryOp::Shl | BinaryOp::Shr => self.shift(op, s, x, y),
            BinaryOp::FAdd | BinaryOp::FSub | BinaryOp::FMul | BinaryOp::FDiv => {
                self.get(x);
                self.get(y);
                self.line(&format!("{w}.{}", &op.name()[1..]));
            }
            BinaryOp::FCopysign => {
                self.get(x);
                self.get(y);
                self.line(&format!("{w}.copysign"));
            }
            BinaryOp::Eq
            | BinaryOp::Ne
            | BinaryOp::Lt
            | BinaryOp::Le
            | BinaryOp::Gt
            | BinaryOp::Ge => {
                self.get_part(x, 0);
                self.get_part(y, 0);
                let name = op.name();
                let ins = match (op, s) {
                    (BinaryOp::Eq | BinaryOp::Ne, _) => format!("{w}.{name}"),
                    (_, Scalar::Float { .. }) => format!("{w}.{name}"),
                    (_, Scalar::Ptr | Scalar::Bool | Scalar::Slice) => format!("{w}.{name}_u"),
                    _ => format!("{w}.{name}_{su}"),
                };
                self.line(&ins);
            }
        }
    }

    fn shift(&mut self, op: BinaryOp, s: Scalar, x: Value, y: Value) {
        let w = s.wasm();
        let width = if w == "i64" { 64 } else { 32 };
        let signed = matches!(s, Scalar::Int { signed: true, .. });
        let wrap = |g: &mut Self| {
            if w == "i32" {
                g.line("i32.wrap_i64");
            }
        };
        if op == BinaryOp::Shr && signed {
            // x >> min(count, width - 1)
            self.get(x);
            self.get_count(y);
            self.line(&format!("i64.const {}", width - 1));
            self.get_count(y);
            self.line(&format!("i64.const {width}"));
            self.line("i64.lt_u");
            self.line("select");
            wrap(self);
            self.line(&format!("{w}.shr_s"));
            return;
        }
        // count < width ? x op count : 0
        self.get(x);
        self.get_count(y);
        wrap(self);
        self.line(&format!(
            "{w}.{}",
            if op == BinaryOp::Shl { "shl" } else { "shr_u" }
        ));
        self.line(&format!("{w}.const 0"));
        self.get_count(y);
        self.line(&format!("i64.const {width}"));
        self.line("i64.lt_u");
        self.line("select");
        if op == BinaryOp::Shl {
            self.normalize(s);
        }
    }

    /// String comparison: `$go_streq` for equality, `$go_strcmp` for order.
    pub(super) fn str_compare(&mut self, op: BinaryOp, x: Value, y: Value) {
        if matches!(op, BinaryOp::Eq | BinaryOp::Ne) {
            let f = self.f;
            let c = f.sconst(y).map(|c| (x, y, c));
            if let Some((v, k, c)) = c.or_else(|| f.sconst(x).map(|c| (y, x, c))) {
                self.str_eq_const(v, k, c);
                if op == BinaryOp::Ne {
                    self.line("i32.eqz");
                }
                return;
            }
        }
        self.get(x);
        self.get(y);
        match op {
            BinaryOp::Eq => self.line("call $go_streq"),
            BinaryOp::Ne => {
                self.line("call $go_streq");
                self.line("i32.eqz");
            }
            BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge => {
                self.line("call $go_strcmp");
                self.line("i32.const 0");
                self.line(&format!("i32.{}_s", op.name()));
            }
            BinaryOp::Add
            | BinaryOp::Sub
            | BinaryOp::Mul
            | BinaryOp::Div
            | BinaryOp::Rem
            | BinaryOp::And
            | BinaryOp::Or
            | BinaryOp::Xor
            | BinaryOp::AndNot
            | BinaryOp::Shl
            | BinaryOp::Shr
            | BinaryOp::FAdd
            | BinaryOp::FSub
            | BinaryOp::FMul
            | BinaryOp::FDiv
            | BinaryOp::FCopysign => {
                self.cx
                    .errors
                    .push(format!("{}: {} on strings", self.f.name, op.name()));
            }
        }
    }

    /// `v == k` with `k` the constant string `c`, inline: `switch` on
    /// strings and comparisons with keywords are mostly this, and mostly
    /// false by length alone. The bytes of a constant of at most 8 bytes
    /// are compared with at most three loads; a longer one calls
    /// `$go_streq` only when the lengths agree.
    fn str_eq_const(&mut self, v: Value, k: Value, c: &[u8]) {
        let (p, l) = (self.part(v, 0), self.part(v, 1));
        self.line(&format!("local.get {l}"));
        self.line(&format!("i64.const {}", c.len()));
        self.line("i64.eq");
        self.line("if (result i32)");
        self.depth += 1;
        if c.len() > 8 {
            self.get(v);
            self.get(k);
            self.line("call $go_streq");
        } else {
            self.line("i32.const 1");
            let mut off = 0;
            while off < c.len() {
                let n = [8, 4, 2, 1]
                    .into_iter()
                    .find(|&n| n <= c.len() - off)
                    .unwrap_or(1);
                let mut word = 0u64;
                for (i, b) in c[off..off + n].iter().enumerate() {
                    word |= u64::from(*b) << (8 * i);
                }
                self.line(&format!("local.get {p}"));
                let (load, ty) = match n {
                    8 => ("i64.load", "i64"),
                    4 => ("i32.load", "i32"),
                    2 => ("i32.load16_u", "i32"),
                    _ => ("i32.load8_u", "i32"),
                };
                self.line(&format!("{load} offset={off}"));
                if ty == "i64" {
                    self.line(&format!("i64.const {}", word as i64));
                } else {
                    self.line(&format!("i32.const {}", word as u32 as i32));
                }
                self.line(&format!("{ty}.eq"));
                self.line("i32.and");
                off += n;
            }
        }
        self.depth -= 1;
        self.line("else");
        self.line("  i32.const 0");
        self.line("end");
    }

    fn convert(&mut self, k: ConvertKind, a: Value, to: Scalar) {
        let from = self.vscalar(a);
        let (fw, tw) = (from.wasm(), to.wasm());
        self.get(a);
        let from_signed = matches!(from, Scalar::Int { signed: true, .. });
        let to_signed = matches!(to, Scalar::Int { signed: true, .. });
        match k {
            ConvertKind::IntToInt => {
                match (fw, tw) {
                    ("i32", "i64") => self.line(if from_signed {
                        "i64.extend_i32_s"
                    } else {
                        "i64.extend_i32_u"
                    }),
                    ("i64", "i32") => self.line("i32.wrap_i64"),
                    _ => {}
                }
                if tw == "i32" {
                    self.normalize(to);
                }
            }
            ConvertKind::IntToFloat => {
                let su = if from_signed { "s" } else { "u" };
                self.line(&format!("{tw}.convert_{fw}_{su}"));
            }
            ConvertKind::FloatToInt => {
                let su = if to_signed { "s" } else { "u" };
                self.line(&format!("{tw}.trunc_sat_{fw}_{su}"));
                self.normalize(to);
            }
            ConvertKind::FloatToFloat => match (fw, tw) {
                ("f64", "f32") => self.line("f32.demote_f64"),
                ("f32", "f64") => self.line("f64.promote_f32"),
                _ => {}
            },
            ConvertKind::Bitcast => {}
            ConvertKind::Reinterpret => self.line(&format!("{tw}.reinterpret_{fw}")),
        }
    }

    fn print(&mut self, fd: Fd, kind: PrintKind, v: Value) {
        let fd = match fd {
            Fd::Stdout => 1,
            Fd::Stderr => 2,
        };
        let s = self.vscalar(v);
        self.line(&format!("i32.const {fd}"));
        match kind {
            PrintKind::Str => {
                self.get_part(v, 0);
                self.get_part(v, 1);
                self.line("i32.wrap_i64");
                self.line("call $rt_write");
            }
            PrintKind::Int | PrintKind::Uint => {
                let l = self.as_i64(v);
                self.line(&format!("local.get {l}"));
                let f = if kind == PrintKind::Int {
                    "$rt_write_i64"
                } else {
                    "$rt_write_u64"
                };
                self.line(&format!("call {f}"));
            }
            PrintKind::Bool => {
                self.get(v);
                self.line("call $rt_write_bool");
            }
            PrintKind::FloatV => {
                self.get(v);
                let f = if s.wasm() == "f32" {
                    "$rt_write_f32"
                } else {
                    "$rt_write_f64"
                };
                self.line(&format!("call {f}"));
            }
            PrintKind::Pointer => {
                self.get_part(v, 0);
                self.line("i64.extend_i32_u");
                self.line("call $rt_write_hex");
            }
        }
    }

    fn panic(&mut self, kind: &PanicKind, args: &[Value]) {
        match kind {
            PanicKind::NegativeShift => self.line("call $rt_panic_shift"),
            PanicKind::MakeSliceLen => self.line("call $rt_panic_makeslice_len"),
            PanicKind::MakeSliceCap => self.line("call $rt_panic_makeslice_cap"),
            PanicKind::Printed => self.line("call $rt_panic_end"),
            PanicKind::Bounds(code) => {
                self.line(&format!("i32.const {code}"));
                self.get(args[0]);
                self.get(args[1]);
                self.line("i32.const 1");
                self.line("call $rt_panic_bounds");
            }
            PanicKind::Str => {
                self.line("call $rt_panic_begin");
                if let Some(&s) = args.first() {
                    self.line("i32.const 2");
                    self.get_part(s, 0);
                    self.get_part(s, 1);
                    self.line("i32.wrap_i64");
                    self.line("call $rt_write_indented");
                }
                self.line("call $rt_panic_end");
            }
        }
        self.line("unreachable");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_are_normalized() {
        assert_eq!(
            norm_const(
                255,
                Scalar::Int {
                    bits: 8,
                    signed: true
                }
            ),
            -1
        );
        assert_eq!(
            norm_const(
                -1,
                Scalar::Int {
                    bits: 8,
                    signed: false
                }
            ),
            255
        );
        assert_eq!(
            norm_const(
                0xffff_ffff,
                Scalar::Int {
                    bits: 32,
                    signed: false
                }
            ),
            -1
        );
        assert_eq!(float_lit(1.5f64.to_bits(), false), "1.5");
        assert_eq!(float_lit(f64::INFINITY.to_bits(), false), "inf");
        assert_eq!(float_lit(0.1f64.to_bits(), true), "0.1");
    }
}
