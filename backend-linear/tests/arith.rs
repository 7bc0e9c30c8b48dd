//! Integer and float arithmetic with Go's semantics: wrapping at the
//! type's width, MinInt / -1, shifts by large counts, signedness of
//! comparisons, conversions, division by zero.

mod common;
use common::*;
use gowgc_ir::{BinaryOp::*, ConvertKind, Op, UnaryOp};

#[test]
fn small_ints_wrap() {
    let m = program(|cx| {
        let i8t = cx.int_ty(8, true);
        let u8t = cx.int_ty(8, false);
        let i16t = cx.int_ty(16, true);
        let u32t = cx.int_ty(32, false);
        let a = cx.iconst(i8t, 127);
        let one = cx.iconst(i8t, 1);
        let r = cx.bin(Add, a, one);
        cx.show(r, "\n"); // -128
        let b = cx.iconst(u8t, 255);
        let one8 = cx.iconst(u8t, 1);
        let r = cx.bin(Add, b, one8);
        cx.show(r, "\n"); // 0
        let z = cx.iconst(u8t, 0);
        let r = cx.bin(Sub, z, one8);
        cx.show(r, "\n"); // 255
        let c = cx.iconst(i16t, 300);
        let r = cx.bin(Mul, c, c);
        cx.show(r, "\n"); // 90000 wraps to 24464
        let d = cx.iconst(u32t, 0xffff_ffff);
        let one32 = cx.iconst(u32t, 1);
        let r = cx.bin(Add, d, one32);
        cx.show(r, "\n"); // 0
        cx.show(d, "\n"); // 4294967295
        let r = cx.op(Op::Unary(UnaryOp::BitNot, z), u8t);
        cx.show(r, "\n"); // 255
        let m128 = cx.iconst(i8t, -128);
        let r = cx.op(Op::Unary(UnaryOp::Neg, m128), i8t);
        cx.show(r, "\n"); // -128
                          // comparisons by signedness
        let big = cx.iconst(u8t, 200);
        let small = cx.iconst(u8t, 100);
        let r = cx.bin(Gt, big, small);
        cx.show(r, "\n"); // true
        let neg = cx.iconst(i8t, -1);
        let r = cx.bin(Lt, neg, one);
        cx.show(r, "\n"); // true
        let r = cx.bin(Lt, d, one32);
        cx.show(r, "\n"); // false
    });
    expect_stdout(
        &m,
        "-128\n0\n255\n24464\n0\n4294967295\n255\n-128\ntrue\ntrue\nfalse\n",
    );
}

#[test]
fn min_int_divided_by_minus_one() {
    let m = program(|cx| {
        for (bits, min) in [
            (8u8, -128i64),
            (16, -32768),
            (32, i64::from(i32::MIN)),
            (64, i64::MIN),
        ] {
            let t = cx.int_ty(bits, true);
            let a = cx.iconst(t, min);
            let m1 = cx.iconst(t, -1);
            let q = cx.bin(Div, a, m1);
            cx.show(q, " ");
            let r = cx.bin(Rem, a, m1);
            cx.show(r, "\n");
        }
        let t = cx.t.int64();
        let a = cx.iconst(t, -7);
        let b = cx.iconst(t, 2);
        let q = cx.bin(Div, a, b);
        cx.show(q, " ");
        let r = cx.bin(Rem, a, b);
        cx.show(r, "\n"); // -3 -1
        let u = cx.int_ty(64, false);
        let a = cx.iconst(u, -1);
        let b = cx.iconst(u, 10);
        let q = cx.bin(Div, a, b);
        cx.show(q, " ");
        let r = cx.bin(Rem, a, b);
        cx.show(r, "\n");
    });
    expect_stdout(
        &m,
        "-128 0\n-32768 0\n-2147483648 0\n-9223372036854775808 0\n-3 -1\n1844674407370955161 5\n",
    );
}

#[test]
fn shifts_by_any_count() {
    let m = program(|cx| {
        let u64t = cx.int_ty(64, false);
        let i8t = cx.int_ty(8, true);
        let u8t = cx.int_ty(8, false);
        let i32t = cx.int_ty(32, true);
        let i64t = cx.t.int64();
        for (ty, v) in [
            (i8t, -100i64),
            (u8t, 200),
            (i32t, -5),
            (i64t, -9),
            (u64t, -1),
        ] {
            let x = cx.iconst(ty, v);
            for count in [1i64, 7, 8, 31, 32, 63, 64, 1000] {
                let c = cx.iconst(u64t, count);
                let l = cx.bin(Shl, x, c);
                cx.show(l, ",");
                let r = cx.bin(Shr, x, c);
                cx.show(r, " ");
            }
            cx.puts("\n");
        }
    });
    // Values computed with Go 1.27.
    expect_stdout(
        &m,
        "56,-50 0,-1 0,-1 0,-1 0,-1 0,-1 0,-1 0,-1 \n\
         144,100 0,1 0,0 0,0 0,0 0,0 0,0 0,0 \n\
         -10,-3 -640,-1 -1280,-1 -2147483648,-1 0,-1 0,-1 0,-1 0,-1 \n\
         -18,-5 -1152,-1 -2304,-1 -19327352832,-1 -38654705664,-1 -9223372036854775808,-1 0,-1 0,-1 \n\
         18446744073709551614,9223372036854775807 18446744073709551488,144115188075855871 18446744073709551360,72057594037927935 18446744071562067968,8589934591 18446744069414584320,4294967295 9223372036854775808,1 0,0 0,0 \n",
    );
}

#[test]
fn conversions() {
    let m = program(|cx| {
        let i8t = cx.int_ty(8, true);
        let u16t = cx.int_ty(16, false);
        let u32t = cx.int_ty(32, false);
        let i64t = cx.t.int64();
        let u64t = cx.int_ty(64, false);
        let f64t = cx.t.intern(gowgc_ir::TypeData::Float { bits: 64 });
        let f32t = cx.t.intern(gowgc_ir::TypeData::Float { bits: 32 });
        let m1 = cx.iconst(i8t, -1);
        let r = cx.op(Op::Convert(ConvertKind::IntToInt, m1), u16t);
        cx.show(r, "\n"); // 65535
        let r = cx.op(Op::Convert(ConvertKind::IntToInt, m1), u64t);
        cx.show(r, "\n"); // 18446744073709551615
        let big = cx.iconst(i64t, 0x1_2345_6789);
        let r = cx.op(Op::Convert(ConvertKind::IntToInt, big), i8t);
        cx.show(r, "\n"); // int8(0x89) = -119
        let r = cx.op(Op::Convert(ConvertKind::IntToInt, big), u32t);
        cx.show(r, "\n"); // 0x23456789 = 591751049
        let x = cx.op(Op::Fconst(2.75f64.to_bits()), f64t);
        let r = cx.op(Op::Convert(ConvertKind::FloatToInt, x), i64t);
        cx.show(r, "\n"); // 2
        let neg = cx.op(Op::Fconst((-2.75f64).to_bits()), f64t);
        let r = cx.op(Op::Convert(ConvertKind::FloatToInt, neg), i64t);
        cx.show(r, "\n"); // -2
        let r = cx.op(Op::Convert(ConvertKind::IntToFloat, m1), f64t);
        cx.show(r, "\n"); // -1
        let max = cx.iconst(u64t, -1);
        let r = cx.op(Op::Convert(ConvertKind::IntToFloat, max), f64t);
        cx.show(r, "\n"); // 1.8446744073709552e+19
        let third = cx.op(Op::Fconst((1.0f64 / 3.0).to_bits()), f64t);
        let r = cx.op(Op::Convert(ConvertKind::FloatToFloat, third), f32t);
        cx.show(r, "\n"); // 0.33333334
        let nan = cx.op(Op::Fconst(f64::NAN.to_bits()), f64t);
        let r = cx.op(Op::Convert(ConvertKind::FloatToInt, nan), i64t);
        let z = cx.int(0);
        let ok = cx.bin(Eq, r, z);
        cx.show(ok, "\n"); // saturating: no trap (0)
    });
    expect_stdout(
        &m,
        "65535\n18446744073709551615\n-119\n591751049\n2\n-2\n-1\n1.8446744073709552e+19\n0.33333334\ntrue\n",
    );
}

#[test]
fn float_arithmetic() {
    let m = program(|cx| {
        let f64t = cx.t.intern(gowgc_ir::TypeData::Float { bits: 64 });
        let a = cx.op(Op::Fconst(0.1f64.to_bits()), f64t);
        let b = cx.op(Op::Fconst(0.2f64.to_bits()), f64t);
        let s = cx.bin(FAdd, a, b);
        cx.show(s, "\n");
        let z = cx.op(Op::Fconst(0f64.to_bits()), f64t);
        let inf = cx.bin(FDiv, a, z);
        cx.show(inf, "\n");
        let lt = cx.bin(Lt, a, b);
        cx.show(lt, "\n");
        let n = cx.op(Op::Unary(UnaryOp::FNeg, a), f64t);
        cx.show(n, "\n");
    });
    expect_stdout(&m, "0.30000000000000004\n+Inf\ntrue\n-0.1\n");
}

#[test]
fn divide_by_zero_panics() {
    let m = program(|cx| {
        let t = cx.int_ty(32, true);
        let a = cx.iconst(t, 7);
        let z = cx.iconst(t, 0);
        cx.puts("before\n");
        let q = cx.bin(Div, a, z);
        cx.show(q, "\n");
    });
    expect_panic(
        &m,
        "before\n",
        "panic: runtime error: integer divide by zero",
    );
}

#[test]
fn float32_and_select() {
    let m = program(|cx| {
        let f32t = cx.t.intern(gowgc_ir::TypeData::Float { bits: 32 });
        let s = cx.t.string();
        let a = cx.op(Op::Fconst(0.1f64.to_bits()), f32t);
        let b = cx.op(Op::Fconst(0.2f64.to_bits()), f32t);
        let sum = cx.bin(FAdd, a, b);
        cx.show(sum, "\n"); // float32 0.3 prints as 0.3
        let lt = cx.bin(Lt, a, b);
        let yes = cx.str("yes");
        let no = cx.str("no");
        let pick = cx.op(Op::Select(lt, yes, no), s);
        cx.show(pick, "\n");
        let i = cx.int(5);
        let j = cx.int(9);
        let max = cx.op(Op::Select(lt, j, i), cx.ty(i));
        cx.show(max, "\n");
    });
    expect_stdout(&m, "0.3\nyes\n9\n");
}

#[test]
fn module_without_entry_exits_cleanly() {
    let m = gowgc_ir::Module::new();
    let o = run(&m);
    assert_eq!(
        (o.stdout.as_str(), o.stderr.as_str(), o.status),
        ("", "", 0)
    );
}

#[test]
fn irreducible_control_flow_is_an_error() {
    let mut m = gowgc_ir::Module::new();
    let b = m.types.bool();
    let sig = gowgc_ir::Signature {
        params: vec![b],
        results: vec![],
    };
    func(&mut m, "main.goto", sig, |cx, ps| {
        let (x, y) = (cx.b.create_block(), cx.b.create_block());
        cx.b.brif(ps[0], x, y);
        cx.b.switch_to_block(x);
        cx.b.jump(y, vec![]);
        cx.b.switch_to_block(y);
        cx.b.jump(x, vec![]);
        cx.b.seal_block(x);
        cx.b.seal_block(y);
    });
    let err = gowgc_backend_linear::compile(&m, &Default::default()).unwrap_err();
    assert!(err.contains("irreducible"), "{err}");
    let wat = gowgc_backend_linear::emit_wat(&m, &Default::default());
    assert!(wat.starts_with(";; error:"), "{wat}");
}
