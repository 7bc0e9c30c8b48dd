//! Go's integer and float semantics: wrapping at every width, MinInt/-1,
//! shifts by large counts, signed/unsigned comparison, conversions, and
//! the divide-by-zero panic.

mod common;

use common::{main_module, panic_text, run};
use gowgc_ir::{BinaryOp, ConvertKind, Op, PrintKind, UnaryOp};

#[test]
fn wrapping_small_ints() {
    let m = main_module(|m, b| {
        let i8t = m.types.int(8, true);
        let u8t = m.types.int(8, false);
        let i16t = m.types.int(16, true);
        let u32t = m.types.int(32, false);
        let a = b.iconst(i8t, 127);
        let one = b.iconst(i8t, 1);
        let s = b.ins(Op::Binary(BinaryOp::Add, a, one), i8t);
        b.println_int(m, s); // -128
        let x = b.iconst(u8t, 255);
        let one = b.iconst(u8t, 1);
        let s = b.ins(Op::Binary(BinaryOp::Add, x, one), u8t);
        b.println_uint(m, s); // 0
        let z = b.iconst(u8t, 0);
        let d = b.ins(Op::Binary(BinaryOp::Sub, z, one), u8t);
        b.println_uint(m, d); // 255
        let n = b.ins(Op::Unary(UnaryOp::BitNot, z), u8t);
        b.println_uint(m, n); // 255
        let h = b.iconst(i16t, 300);
        let p = b.ins(Op::Binary(BinaryOp::Mul, h, h), i16t);
        b.println_int(m, p); // 90000 wraps to 24464
        let mx = b.iconst(u32t, 0xffff_ffff);
        let one32 = b.iconst(u32t, 1);
        let s = b.ins(Op::Binary(BinaryOp::Add, mx, one32), u32t);
        b.println_uint(m, s); // 0
        let gt = b.ins(Op::Binary(BinaryOp::Gt, mx, one32), m.types.bool());
        b.print(PrintKind::Bool, gt); // true (unsigned)
        b.puts(m, "\n");
        let neg = b.ins(Op::Unary(UnaryOp::Neg, a), i8t);
        let neg1 = b.iconst(i8t, -128);
        let neg2 = b.ins(Op::Unary(UnaryOp::Neg, neg1), i8t);
        b.println_int(m, neg); // -127
        b.println_int(m, neg2); // -128
    });
    let o = run(&m);
    assert_eq!(o.stdout, "-128\n0\n255\n255\n24464\n0\ntrue\n-127\n-128\n");
    assert_eq!(o.status, 0);
}

#[test]
fn min_int_div_minus_one() {
    let m = main_module(|m, b| {
        for bits in [8u8, 16, 32, 64] {
            let t = m.types.int(bits, true);
            let min = b.iconst(t, i64::MIN >> (64 - bits as u32));
            let m1 = b.iconst(t, -1);
            let q = b.ins(Op::Binary(BinaryOp::Div, min, m1), t);
            let r = b.ins(Op::Binary(BinaryOp::Rem, min, m1), t);
            b.print(PrintKind::Int, q);
            b.puts(m, " ");
            b.println_int(m, r);
            let seven = b.iconst(t, -7);
            let two = b.iconst(t, 2);
            let q = b.ins(Op::Binary(BinaryOp::Div, seven, two), t);
            let r = b.ins(Op::Binary(BinaryOp::Rem, seven, two), t);
            b.print(PrintKind::Int, q);
            b.puts(m, " ");
            b.println_int(m, r);
        }
        let u = m.types.int(64, false);
        let big = b.iconst(u, -1);
        let three = b.iconst(u, 3);
        let q = b.ins(Op::Binary(BinaryOp::Div, big, three), u);
        b.println_uint(m, q);
    });
    let o = run(&m);
    assert_eq!(
        o.stdout,
        "-128 0\n-3 -1\n-32768 0\n-3 -1\n-2147483648 0\n-3 -1\n-9223372036854775808 0\n-3 -1\n6148914691236517205\n"
    );
}

#[test]
fn shifts() {
    let m = main_module(|m, b| {
        let i64t = m.types.int64();
        let u64t = m.types.int(64, false);
        let i8t = m.types.int(8, true);
        let u8t = m.types.int(8, false);
        let i32t = m.types.int(32, true);
        let cases: Vec<(gowgc_ir::Type, i64, BinaryOp, i64)> = vec![
            (i64t, 1, BinaryOp::Shl, 63),
            (i64t, 1, BinaryOp::Shl, 64),
            (i64t, -8, BinaryOp::Shr, 70),
            (i64t, -8, BinaryOp::Shr, 2),
            (u64t, -8, BinaryOp::Shr, 60),
            (u64t, -8, BinaryOp::Shr, 64),
            (u8t, 1, BinaryOp::Shl, 7),
            (u8t, 1, BinaryOp::Shl, 8),
            (i8t, 1, BinaryOp::Shl, 7),
            (i8t, -1, BinaryOp::Shr, 200),
            (i8t, 64, BinaryOp::Shr, 9),
            (i32t, 1, BinaryOp::Shl, 31),
            (i32t, 1, BinaryOp::Shl, 32),
            (i32t, 5, BinaryOp::Shl, -1),
        ];
        for (t, x, op, c) in cases {
            let xv = b.iconst(t, x);
            let cv = b.iconst(u64t, c);
            let r = b.ins(Op::Binary(op, xv, cv), t);
            b.println_int(m, r);
        }
    });
    let o = run(&m);
    assert_eq!(
        o.stdout,
        "-9223372036854775808\n0\n-1\n-2\n15\n0\n128\n0\n-128\n-1\n0\n-2147483648\n0\n0\n"
    );
}

#[test]
fn conversions_and_floats() {
    let m = main_module(|m, b| {
        let i64t = m.types.int64();
        let i8t = m.types.int(8, true);
        let u16t = m.types.int(16, false);
        let f64t = m.types.intern(gowgc_ir::TypeData::Float { bits: 64 });
        let f32t = m.types.intern(gowgc_ir::TypeData::Float { bits: 32 });
        let v = b.iconst(i64t, 300);
        let c = b.ins(Op::Convert(ConvertKind::IntToInt, v), i8t);
        b.println_int(m, c); // 44
        let v = b.iconst(i64t, -1);
        let c = b.ins(Op::Convert(ConvertKind::IntToInt, v), u16t);
        b.println_int(m, c); // 65535
        let w = b.ins(Op::Convert(ConvertKind::IntToInt, c), i64t);
        b.println_int(m, w); // 65535
        let f = b.ins(Op::Fconst(1e30f64.to_bits()), f64t);
        let t = b.ins(Op::Convert(ConvertKind::FloatToInt, f), i64t);
        b.println_int(m, t); // saturates, no trap
        let nan = b.ins(Op::Fconst(f64::NAN.to_bits()), f64t);
        let t = b.ins(Op::Convert(ConvertKind::FloatToInt, nan), i64t);
        b.println_int(m, t); // 0
        let x = b.ins(Op::Fconst(1.5f64.to_bits()), f64t);
        let y = b.ins(Op::Fconst(0.25f64.to_bits()), f64t);
        let s = b.ins(Op::Binary(BinaryOp::FMul, x, y), f64t);
        b.print(PrintKind::FloatV, s);
        b.puts(m, "\n"); // 0.375
        let n = b.iconst(i64t, 7);
        let fl = b.ins(Op::Convert(ConvertKind::IntToFloat, n), f32t);
        let th = b.ins(Op::Fconst(3.0f64.to_bits()), f32t);
        let d = b.ins(Op::Binary(BinaryOp::FDiv, fl, th), f32t);
        b.print(PrintKind::FloatV, d);
        b.puts(m, "\n"); // 2.3333333
        let lt = b.ins(Op::Binary(BinaryOp::Lt, nan, x), m.types.bool());
        b.print(PrintKind::Bool, lt);
        b.puts(m, "\n");
    });
    let o = run(&m);
    assert_eq!(
        o.stdout,
        "44\n65535\n65535\n9223372036854775807\n0\n0.375\n2.3333333\nfalse\n"
    );
}

#[test]
fn divide_by_zero_panics() {
    let m = main_module(|m, b| {
        let t = m.types.int64();
        let x = b.iconst(t, 1);
        b.println_int(m, x);
        let z = b.iconst(t, 0);
        let q = b.ins(Op::Binary(BinaryOp::Div, x, z), t);
        b.println_int(m, q);
    });
    let o = run(&m);
    assert_eq!(o.stdout, "1\n");
    assert_eq!(
        panic_text(&o),
        "panic: runtime error: integer divide by zero"
    );
    assert_eq!(o.status, 2);
}
