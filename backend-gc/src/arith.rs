//! Constants, arithmetic, comparisons and conversions with Go's semantics.
//!
//! Integers of 8, 16 and 32 bits live in an `i32` kept *normalized*:
//! sign-extended for signed types, zero-extended for unsigned ones, so
//! comparisons, division and widening need no fix-up. Operations that can
//! carry out of the type's width (add, sub, mul, shl, neg, not, and the
//! MinInt/-1 quotient) re-normalize. Division by zero panics with Go's
//! message instead of trapping, MinInt/-1 gives MinInt and remainder 0 at
//! every width, shift counts are uint64 and counts >= width give 0 (or the
//! sign for a signed right shift), and float-to-int conversion saturates.

use crate::func::FnEmitter;
use crate::text::{float_const, Vt};
use gowgc_ir::{BinaryOp, ConvertKind, Op, Type, TypeData, UnaryOp, Value};

/// The wasm number type prefix of a scalar's single value.
fn prefix(vt: &Vt) -> &'static str {
    match vt {
        Vt::I64 => "i64",
        Vt::F32 => "f32",
        Vt::F64 => "f64",
        Vt::I32 | Vt::Ref { .. } => "i32",
    }
}

impl FnEmitter<'_, '_> {
    /// `(bits, signed)` of an integer type; bool counts as unsigned 8-bit
    /// for normalization (it is always 0 or 1).
    fn int_info(&self, t: Type) -> (u8, bool) {
        match self.cx.l.data(t) {
            TypeData::Int { bits, signed } => (*bits, *signed),
            TypeData::Float { bits } => (*bits, true),
            _ => (32, false),
        }
    }

    /// Code re-normalizing an i32 holding a value of type `t`.
    pub(crate) fn renorm(&self, t: Type) -> &'static str {
        match self.cx.l.data(t) {
            TypeData::Int {
                bits: 8,
                signed: true,
            } => "i32.extend8_s",
            TypeData::Int {
                bits: 8,
                signed: false,
            } => "i32.const 255\ni32.and",
            TypeData::Int {
                bits: 16,
                signed: true,
            } => "i32.extend16_s",
            TypeData::Int {
                bits: 16,
                signed: false,
            } => "i32.const 65535\ni32.and",
            _ => "",
        }
    }

    fn vt1(&mut self, t: Type) -> Vt {
        self.cx.l.flat(t).remove(0)
    }

    pub(crate) fn arith(&mut self, op: &Op, r: Value) {
        let rt = self.ty(r);
        match op {
            Op::Iconst(v) => {
                let code = match self.cx.l.data(rt) {
                    TypeData::Int { bits: 64, .. } => format!("i64.const {v}"),
                    TypeData::Int {
                        bits: 8,
                        signed: true,
                    } => format!("i32.const {}", *v as i8),
                    TypeData::Int {
                        bits: 8,
                        signed: false,
                    } => format!("i32.const {}", *v as u8),
                    TypeData::Int {
                        bits: 16,
                        signed: true,
                    } => format!("i32.const {}", *v as i16),
                    TypeData::Int {
                        bits: 16,
                        signed: false,
                    } => {
                        format!("i32.const {}", *v as u16)
                    }
                    TypeData::Bool => format!("i32.const {}", (*v != 0) as i32),
                    _ => format!("i32.const {}", *v as i32),
                };
                self.emit(code);
            }
            Op::Fconst(bits) => {
                let single = self.vt1(rt) == Vt::F32;
                self.emit(float_const(*bits, single));
            }
            Op::Unary(u, a) => self.unary(*u, *a, rt),
            Op::Binary(b, x, y) => self.binary(*b, *x, *y),
            Op::Convert(k, a) => self.convert(*k, *a, rt),
            Op::Select(c, a, b) => {
                let vts = self.cx.l.flat(rt);
                let (ca, cb, cc) = (self.comps(*a), self.comps(*b), self.comp(*c, 0));
                for (k, vt) in vts.iter().enumerate() {
                    self.emit(format!(
                        "local.get {}\nlocal.get {}\nlocal.get {cc}\nselect (result {vt})",
                        ca[k], cb[k]
                    ));
                }
            }
            _ => return,
        }
        self.set(r);
    }

    fn unary(&mut self, u: UnaryOp, a: Value, t: Type) {
        let vt = self.vt1(t);
        let p = prefix(&vt);
        match u {
            UnaryOp::Neg => {
                self.emit(format!("{p}.const 0"));
                self.get(a);
                self.emit(format!("{p}.sub"));
                self.emit(self.renorm(t));
            }
            UnaryOp::BitNot => {
                self.get(a);
                self.emit(format!("{p}.const -1\n{p}.xor"));
                self.emit(self.renorm(t));
            }
            UnaryOp::Not => {
                self.get(a);
                self.emit("i32.eqz");
            }
            UnaryOp::FNeg => {
                self.get(a);
                self.emit(format!("{p}.neg"));
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
                self.emit(format!("{p}.{}", gowgc_ir::wasm_unary(u)));
            }
        }
    }

    fn binary(&mut self, b: BinaryOp, x: Value, y: Value) {
        let t = self.ty(x);
        if let TypeData::Pointer(_) | TypeData::Func { .. } = self.cx.l.data(t) {
            return self.ptr_compare(b, x, y);
        }
        let vt = self.vt1(t);
        let p = prefix(&vt);
        let float = matches!(vt, Vt::F32 | Vt::F64);
        let (_, signed) = self.int_info(t);
        let su = if signed { "_s" } else { "_u" };
        let simple = |name: &str| format!("{p}.{name}");
        let code = match b {
            BinaryOp::Add | BinaryOp::FAdd => simple("add"),
            BinaryOp::Sub | BinaryOp::FSub => simple("sub"),
            BinaryOp::Mul | BinaryOp::FMul => simple("mul"),
            BinaryOp::FDiv => simple("div"),
            BinaryOp::FCopysign => simple("copysign"),
            BinaryOp::And => simple("and"),
            BinaryOp::Or => simple("or"),
            BinaryOp::Xor => simple("xor"),
            BinaryOp::AndNot => format!("{p}.const -1\n{p}.xor\n{p}.and"),
            BinaryOp::Div | BinaryOp::Rem => return self.divide(b, x, y, t, p, signed),
            BinaryOp::Shl | BinaryOp::Shr => return self.shift(b, x, y, t, p, signed),
            BinaryOp::Eq => simple("eq"),
            BinaryOp::Ne => simple("ne"),
            BinaryOp::Lt if float => simple("lt"),
            BinaryOp::Le if float => simple("le"),
            BinaryOp::Gt if float => simple("gt"),
            BinaryOp::Ge if float => simple("ge"),
            BinaryOp::Lt => format!("{p}.lt{su}"),
            BinaryOp::Le => format!("{p}.le{su}"),
            BinaryOp::Gt => format!("{p}.gt{su}"),
            BinaryOp::Ge => format!("{p}.ge{su}"),
        };
        self.get(x);
        self.get(y);
        self.emit(code);
        if matches!(b, BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul) {
            self.emit(self.renorm(t));
        }
    }

    fn ptr_compare(&mut self, b: BinaryOp, x: Value, y: Value) {
        let (cx, cy) = (self.comps(x), self.comps(y));
        self.emit(format!("local.get {}\nlocal.get {}\nref.eq", cx[0], cy[0]));
        if cx.len() == 2 {
            self.emit(format!(
                "local.get {}\nlocal.get {}\ni32.eq\ni32.and",
                cx[1], cy[1]
            ));
        }
        if b == BinaryOp::Ne {
            self.emit("i32.eqz");
        }
    }

    fn divide(&mut self, b: BinaryOp, x: Value, y: Value, t: Type, p: &str, signed: bool) {
        let d = self.comp(y, 0);
        let a = self.comp(x, 0);
        let op = if b == BinaryOp::Div { "div" } else { "rem" };
        // By a constant that is neither 0 nor -1 nothing can go wrong.
        if self
            .f
            .iconst(y)
            .is_some_and(|c| c != 0 && !(signed && c == -1))
        {
            let su = if signed { "s" } else { "u" };
            self.emit(format!("local.get {a}\nlocal.get {d}\n{p}.{op}_{su}"));
            if signed {
                self.emit(self.renorm(t));
            }
            return;
        }
        self.emit(format!(
            "local.get {d}\n{p}.eqz\nif\n  call $rt_panic_divide\n  unreachable\nend"
        ));
        if !signed {
            self.emit(format!("local.get {a}\nlocal.get {d}\n{p}.{op}_u"));
            return;
        }
        // x / -1 is -x (wrapping) and x % -1 is 0: wasm would trap on
        // MinInt / -1.
        let minus1 = if b == BinaryOp::Div {
            format!("{p}.const 0\n    local.get {a}\n    {p}.sub")
        } else {
            format!("{p}.const 0")
        };
        self.emit(format!(
            "local.get {d}\n{p}.const -1\n{p}.eq\nif (result {p})\n    {minus1}\nelse\n    local.get {a}\n    local.get {d}\n    {p}.{op}_s\nend"
        ));
        self.emit(self.renorm(t));
    }

    fn shift(&mut self, b: BinaryOp, x: Value, y: Value, t: Type, p: &str, signed: bool) {
        let a = self.comp(x, 0);
        let c = self.comp(y, 0);
        let width = if p == "i64" { 64 } else { 32 };
        // The count is uint64; accept a narrower count type too.
        let narrow = self.cx.l.flat(self.ty(y)) == [Vt::I32];
        let c64 = if narrow {
            format!("local.get {c}\ni64.extend_i32_u")
        } else {
            format!("local.get {c}")
        };
        let count = match (p, narrow) {
            ("i64", _) => c64.clone(),
            (_, true) => format!("local.get {c}"),
            (_, false) => format!("local.get {c}\ni32.wrap_i64"),
        };
        let in_range = format!("{c64}\ni64.const {width}\ni64.lt_u");
        if b == BinaryOp::Shr && signed {
            // Counts >= width shift by width-1: the sign fills the result.
            let wrap = if p == "i64" { "" } else { "\ni32.wrap_i64" };
            self.emit(format!(
                "local.get {a}\n{c64}\ni64.const {}\n{in_range}\nselect{wrap}\n{p}.shr_s",
                width - 1
            ));
        } else {
            let op = if b == BinaryOp::Shl { "shl" } else { "shr_u" };
            self.emit(format!(
                "local.get {a}\n{count}\n{p}.{op}\n{p}.const 0\n{in_range}\nselect"
            ));
        }
        if b == BinaryOp::Shl {
            self.emit(self.renorm(t));
        }
    }

    fn convert(&mut self, k: ConvertKind, a: Value, rt: Type) {
        let st = self.ty(a);
        self.get(a);
        let (svt, dvt) = (self.vt1(st), self.vt1(rt));
        let (_, ssigned) = self.int_info(st);
        let (_, dsigned) = self.int_info(rt);
        let ss = if ssigned { "s" } else { "u" };
        let ds = if dsigned { "s" } else { "u" };
        let (sp, dp) = (prefix(&svt), prefix(&dvt));
        let code = match k {
            ConvertKind::IntToInt => match (sp, dp) {
                ("i32", "i64") => format!("i64.extend_i32_{ss}"),
                ("i64", "i32") => format!("i32.wrap_i64\n{}", self.renorm(rt)),
                ("i32", "i32") => self.renorm(rt).to_string(),
                _ => String::new(),
            },
            ConvertKind::IntToFloat => format!("{dp}.convert_{sp}_{ss}"),
            ConvertKind::FloatToInt => format!("{dp}.trunc_sat_{sp}_{ds}\n{}", self.renorm(rt)),
            ConvertKind::FloatToFloat => match (sp, dp) {
                ("f64", "f32") => "f32.demote_f64".into(),
                ("f32", "f64") => "f64.promote_f32".into(),
                _ => String::new(),
            },
            ConvertKind::Bitcast => String::new(),
            ConvertKind::Reinterpret => format!("{dp}.reinterpret_{sp}"),
        };
        self.emit(code);
    }
}
