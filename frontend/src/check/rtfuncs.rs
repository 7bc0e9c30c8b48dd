//! Runtime functions the frontend builds directly in IR, on first use.
//!
//! Until the runtime and standard library are Go source compiled with the
//! program, small helpers that both backends need identically are written
//! here with the IR builder, so no backend implements them twice.
//!
//! `runtime.decoderune(s string, k int) (rune, int)` decodes the UTF-8
//! sequence at byte `k` as `for range` over a string does: the rune and the
//! index after it, with U+FFFD and a one-byte step for invalid encodings
//! (bad lead bytes, missing or bad continuation bytes, overlong forms,
//! surrogates, values past U+10FFFF), following Go's `utf8.DecodeRune`.

use super::Checker;
use crate::types::Basic;
use gowgc_ir as ir;
use ir::builder::{FunctionBuilder, Variable};
use ir::{BinaryOp as B, Op};

struct Dec<'f> {
    b: FunctionBuilder<'f>,
    i64t: ir::Type,
    i32t: ir::Type,
    u8t: ir::Type,
    boolt: ir::Type,
    u64t: ir::Type,
    rune: Variable,
    next: Variable,
}

impl Dec<'_> {
    fn c64(&mut self, v: i64) -> ir::Value {
        self.b.ins1(Op::Iconst(v), self.i64t)
    }
    fn bin(&mut self, op: B, a: ir::Value, c: ir::Value, t: ir::Type) -> ir::Value {
        self.b.ins1(Op::Binary(op, a, c), t)
    }
    /// `lo <= x <= hi` for an int64 `x`.
    fn in_range(&mut self, x: ir::Value, lo: i64, hi: i64) -> ir::Value {
        let (l, h) = (self.c64(lo), self.c64(hi));
        let a = self.bin(B::Ge, x, l, self.boolt);
        let c = self.bin(B::Le, x, h, self.boolt);
        self.bin(B::And, a, c, self.boolt)
    }
    /// Byte `s[k+off]` as int64 (the caller has checked the length).
    fn byte(&mut self, s: ir::Value, k: ir::Value, off: i64) -> ir::Value {
        let o = self.c64(off);
        let i = self.bin(B::Add, k, o, self.i64t);
        let b = self.b.ins1(Op::StrIndex(s, i), self.u8t);
        self.b
            .ins1(Op::Convert(ir::ConvertKind::IntToInt, b), self.i64t)
    }
    /// Continues in a new block when `cond` holds; otherwise jumps to `bad`.
    fn require(&mut self, cond: ir::Value, bad: ir::Block) {
        let ok = self.b.create_block();
        self.b.brif(cond, ok, bad);
        self.b.seal_block(ok);
        self.b.switch_to_block(ok);
    }
    fn finish_with(&mut self, r: ir::Value, k: ir::Value, n: i64, done: ir::Block) {
        let r32 = self
            .b
            .ins1(Op::Convert(ir::ConvertKind::IntToInt, r), self.i32t);
        let step = self.c64(n);
        let next = self.bin(B::Add, k, step, self.i64t);
        self.b.def_var(self.rune, r32);
        self.b.def_var(self.next, next);
        self.b.jump(done, vec![]);
    }
}

impl Checker<'_> {
    /// The IR function `runtime.decoderune`, created on first use.
    pub(crate) fn decoderune(&mut self) -> ir::FuncId {
        if let Some(f) = self.rt_decoderune {
            return f;
        }
        let t = |c: &mut Self, b: Basic| {
            let ty = c.tt.basic(b);
            c.ir_type(ty)
        };
        let (st, i64t, i32t, u8t, boolt) = (
            t(self, Basic::String),
            t(self, Basic::Int),
            t(self, Basic::Int32),
            t(self, Basic::Uint8),
            t(self, Basic::Bool),
        );
        let sig = ir::Signature {
            params: vec![st, i64t],
            results: vec![i32t, i64t],
        };
        let mut func = ir::Function::new("runtime.decoderune", sig);
        let mut b = FunctionBuilder::new(&mut func);
        let (rune, next) = (b.declare_var(i32t), b.declare_var(i64t));
        let u64t = t(self, Basic::Uint64);
        let mut d = Dec {
            b,
            i64t,
            i32t,
            u8t,
            boolt,
            u64t,
            rune,
            next,
        };
        let entry = d.b.func.entry;
        let ps = d.b.func.blocks[entry].params.clone();
        let (s, k) = (ps[0], ps[1]);
        let bad = d.b.create_block();
        let done = d.b.create_block();
        let len = d.b.ins1(Op::StrLen(s), i64t);
        let n = d.bin(B::Sub, len, k, i64t);
        let b0 = d.byte(s, k, 0);
        // ASCII.
        let c80 = d.c64(0x80);
        let ascii = d.bin(B::Lt, b0, c80, boolt);
        let multi = d.b.create_block();
        let asc = d.b.create_block();
        d.b.brif(ascii, asc, multi);
        d.b.seal_block(asc);
        d.b.switch_to_block(asc);
        d.finish_with(b0, k, 1, done);
        d.b.seal_block(multi);
        d.b.switch_to_block(multi);
        // Two bytes: C2..DF.
        let two = d.in_range(b0, 0xC2, 0xDF);
        let (two_b, not_two) = (d.b.create_block(), d.b.create_block());
        d.b.brif(two, two_b, not_two);
        d.b.seal_block(two_b);
        d.b.switch_to_block(two_b);
        let c2 = d.c64(2);
        let enough = d.bin(B::Ge, n, c2, boolt);
        d.require(enough, bad);
        let b1 = d.byte(s, k, 1);
        let cont = d.in_range(b1, 0x80, 0xBF);
        d.require(cont, bad);
        let r = d.combine(&[(b0, 0x1F, 6), (b1, 0x3F, 0)]);
        d.finish_with(r, k, 2, done);
        d.b.seal_block(not_two);
        d.b.switch_to_block(not_two);
        // Three bytes: E0..EF, with the first continuation's range limited
        // for E0 (no overlongs) and ED (no surrogates).
        let three = d.in_range(b0, 0xE0, 0xEF);
        let (three_b, not_three) = (d.b.create_block(), d.b.create_block());
        d.b.brif(three, three_b, not_three);
        d.b.seal_block(three_b);
        d.b.switch_to_block(three_b);
        let c3 = d.c64(3);
        let enough = d.bin(B::Ge, n, c3, boolt);
        d.require(enough, bad);
        let b1 = d.byte(s, k, 1);
        let lo = d.select_bound(b0, 0xE0, 0xA0, 0x80);
        let hi = d.select_bound(b0, 0xED, 0x9F, 0xBF);
        let ok1 = d.between(b1, lo, hi);
        d.require(ok1, bad);
        let b2 = d.byte(s, k, 2);
        let ok2 = d.in_range(b2, 0x80, 0xBF);
        d.require(ok2, bad);
        let r = d.combine(&[(b0, 0x0F, 12), (b1, 0x3F, 6), (b2, 0x3F, 0)]);
        d.finish_with(r, k, 3, done);
        d.b.seal_block(not_three);
        d.b.switch_to_block(not_three);
        // Four bytes: F0..F4, limited for F0 (overlongs) and F4 (> U+10FFFF).
        let four = d.in_range(b0, 0xF0, 0xF4);
        d.require(four, bad);
        let c4 = d.c64(4);
        let enough = d.bin(B::Ge, n, c4, boolt);
        d.require(enough, bad);
        let b1 = d.byte(s, k, 1);
        let lo = d.select_bound(b0, 0xF0, 0x90, 0x80);
        let hi = d.select_bound(b0, 0xF4, 0x8F, 0xBF);
        let ok1 = d.between(b1, lo, hi);
        d.require(ok1, bad);
        let b2 = d.byte(s, k, 2);
        let ok2 = d.in_range(b2, 0x80, 0xBF);
        d.require(ok2, bad);
        let b3 = d.byte(s, k, 3);
        let ok3 = d.in_range(b3, 0x80, 0xBF);
        d.require(ok3, bad);
        let r = d.combine(&[(b0, 0x07, 18), (b1, 0x3F, 12), (b2, 0x3F, 6), (b3, 0x3F, 0)]);
        d.finish_with(r, k, 4, done);
        // Invalid: U+FFFD, one byte.
        d.b.seal_block(bad);
        d.b.switch_to_block(bad);
        let fffd = d.c64(0xFFFD);
        d.finish_with(fffd, k, 1, done);
        d.b.seal_block(done);
        d.b.switch_to_block(done);
        let (r, nx) = (d.b.use_var(rune), d.b.use_var(next));
        d.b.ret(vec![r, nx]);
        d.b.finish();
        let id = self.module.funcs.push(func);
        self.rt_decoderune = Some(id);
        id
    }
}

impl Dec<'_> {
    /// `lo <= x <= hi` with value bounds.
    fn between(&mut self, x: ir::Value, lo: ir::Value, hi: ir::Value) -> ir::Value {
        let a = self.bin(B::Ge, x, lo, self.boolt);
        let c = self.bin(B::Le, x, hi, self.boolt);
        self.bin(B::And, a, c, self.boolt)
    }
    /// `b0 == lead ? special : normal`.
    fn select_bound(&mut self, b0: ir::Value, lead: i64, special: i64, normal: i64) -> ir::Value {
        let l = self.c64(lead);
        let is = self.bin(B::Eq, b0, l, self.boolt);
        let (s, n) = (self.c64(special), self.c64(normal));
        self.b.ins1(Op::Select(is, s, n), self.i64t)
    }
    /// `(b & mask) << shift | ...` over the given bytes.
    fn combine(&mut self, parts: &[(ir::Value, i64, i64)]) -> ir::Value {
        let mut acc = self.c64(0);
        for &(b, mask, shift) in parts {
            let m = self.c64(mask);
            let v = self.bin(B::And, b, m, self.i64t);
            let sh = self.b.ins1(Op::Iconst(shift), self.u64t);
            let v = self.bin(B::Shl, v, sh, self.i64t);
            acc = self.bin(B::Or, acc, v, self.i64t);
        }
        acc
    }
}

impl Checker<'_> {
    /// `runtime.stringtoslicerune(s string) []rune`: counts the runes, then
    /// decodes them into a slice of exactly that length (as Go's runtime does).
    pub(crate) fn stringtoslicerune(&mut self) -> ir::FuncId {
        if let Some(f) = self.rt_funcs.get("stringtoslicerune") {
            return *f;
        }
        let decode = self.decoderune();
        let t = |c: &mut Self, b: Basic| {
            let ty = c.tt.basic(b);
            c.ir_type(ty)
        };
        let (st, i64t, i32t, boolt) = (
            t(self, Basic::String),
            t(self, Basic::Int),
            t(self, Basic::Int32),
            t(self, Basic::Bool),
        );
        let slice_t = self.module.types.slice(i32t);
        let ptr_t = self.module.types.pointer(i32t);
        let mut func = ir::Function::new(
            "runtime.stringtoslicerune",
            ir::Signature {
                params: vec![st],
                results: vec![slice_t],
            },
        );
        let mut b = FunctionBuilder::new(&mut func);
        let s = b.func.blocks[b.func.entry].params[0];
        let len = b.ins1(Op::StrLen(s), i64t);
        // Two passes over the string: count, then fill.
        let (k, n) = (b.declare_var(i64t), b.declare_var(i64t));
        let zero = b.ins1(Op::Iconst(0), i64t);
        let one = b.ins1(Op::Iconst(1), i64t);
        b.def_var(k, zero);
        b.def_var(n, zero);
        while_loop(
            &mut b,
            |b| {
                let kv = b.use_var(k);
                (b.ins1(Op::Binary(B::Lt, kv, len), boolt), kv)
            },
            |b, kv| {
                let call = b.ins(Op::Call(decode, vec![s, kv]), &[i32t, i64t]);
                let next = b.func.insts[call].results[1];
                b.def_var(k, next);
                let nv = b.use_var(n);
                let nv = b.ins1(Op::Binary(B::Add, nv, one), i64t);
                b.def_var(n, nv);
            },
        );
        let count = b.use_var(n);
        let out = b.ins1(Op::MakeSlice(count, count), slice_t);
        b.def_var(k, zero);
        b.def_var(n, zero);
        while_loop(
            &mut b,
            |b| {
                let kv = b.use_var(k);
                (b.ins1(Op::Binary(B::Lt, kv, len), boolt), kv)
            },
            |b, kv| {
                let call = b.ins(Op::Call(decode, vec![s, kv]), &[i32t, i64t]);
                let (r, next) = (b.func.insts[call].results[0], b.func.insts[call].results[1]);
                let nv = b.use_var(n);
                let p = b.ins1(Op::SliceIndexAddr(out, nv), ptr_t);
                b.ins(Op::Store(p, r), &[]);
                b.def_var(k, next);
                let nv = b.ins1(Op::Binary(B::Add, nv, one), i64t);
                b.def_var(n, nv);
            },
        );
        b.ret(vec![out]);
        b.finish();
        let id = self.module.funcs.push(func);
        self.rt_funcs.insert("stringtoslicerune", id);
        id
    }

    /// `runtime.slicerunetostring(rs []rune) string`: the UTF-8 encoding of
    /// each rune (invalid ones as U+FFFD), appended to a byte slice.
    pub(crate) fn slicerunetostring(&mut self) -> ir::FuncId {
        if let Some(f) = self.rt_funcs.get("slicerunetostring") {
            return *f;
        }
        let t = |c: &mut Self, b: Basic| {
            let ty = c.tt.basic(b);
            c.ir_type(ty)
        };
        let (st, i64t, i32t, u8t, boolt) = (
            t(self, Basic::String),
            t(self, Basic::Int),
            t(self, Basic::Int32),
            t(self, Basic::Uint8),
            t(self, Basic::Bool),
        );
        let runes_t = self.module.types.slice(i32t);
        let bytes_t = self.module.types.slice(u8t);
        let ptr_t = self.module.types.pointer(i32t);
        let mut func = ir::Function::new(
            "runtime.slicerunetostring",
            ir::Signature {
                params: vec![runes_t],
                results: vec![st],
            },
        );
        let mut b = FunctionBuilder::new(&mut func);
        let rs = b.func.blocks[b.func.entry].params[0];
        let len = b.ins1(Op::SliceLen(rs), i64t);
        let buf = b.declare_var(bytes_t);
        let empty = b.ins1(Op::Nil, bytes_t);
        b.def_var(buf, empty);
        counted_loop(&mut b, len, boolt, |b, iv| {
            let p = b.ins1(Op::SliceIndexAddr(rs, iv), ptr_t);
            let r = b.ins1(Op::Load(p), i32t);
            let r64 = b.ins1(Op::Convert(ir::ConvertKind::IntToInt, r), i64t);
            let enc = b.ins1(Op::RuneToStr(r64), st);
            let cur = b.use_var(buf);
            let grown = b.ins1(Op::AppendString(cur, enc), bytes_t);
            b.def_var(buf, grown);
        });
        let out = b.use_var(buf);
        let s = b.ins1(Op::BytesToStr(out), st);
        b.ret(vec![s]);
        b.finish();
        let id = self.module.funcs.push(func);
        self.rt_funcs.insert("slicerunetostring", id);
        id
    }
}

/// `while cond { body }` with the builder: `cond` runs in the loop header
/// and also returns values the body needs.
pub(crate) fn while_loop<T>(
    b: &mut FunctionBuilder,
    cond: impl FnOnce(&mut FunctionBuilder) -> (ir::Value, T),
    body: impl FnOnce(&mut FunctionBuilder, T),
) {
    let (header, inner, exit) = (b.create_block(), b.create_block(), b.create_block());
    b.jump(header, vec![]);
    b.switch_to_block(header);
    let (c, t) = cond(b);
    b.brif(c, inner, exit);
    b.seal_block(inner);
    b.switch_to_block(inner);
    body(b, t);
    b.jump(header, vec![]);
    b.seal_block(header);
    b.seal_block(exit);
    b.switch_to_block(exit);
}

/// `for i := 0; i < n; i++ { body(i) }` with the builder (`n` an int,
/// `bt` the IR bool type).
pub(crate) fn counted_loop(
    b: &mut FunctionBuilder,
    n: ir::Value,
    bt: ir::Type,
    body: impl FnOnce(&mut FunctionBuilder, ir::Value),
) {
    let it = b.func.value_type(n);
    let i = b.declare_var(it);
    let zero = b.ins1(Op::Iconst(0), it);
    b.def_var(i, zero);
    while_loop(
        b,
        |b| {
            let iv = b.use_var(i);
            (b.ins1(Op::Binary(B::Lt, iv, n), bt), iv)
        },
        |b, iv| {
            body(b, iv);
            let one = b.ins1(Op::Iconst(1), it);
            let next = b.ins1(Op::Binary(B::Add, iv, one), it);
            b.def_var(i, next);
        },
    );
}
