//! Strings: concatenation, comparison, indexing, slicing, conversions to
//! and from bytes and runes, appending strings, and panics.

mod common;
use common::*;
use gowgc_ir::{BinaryOp, Op, PanicKind};

#[test]
fn concat_compare_slice() {
    let m = program(|cx| {
        let s = cx.t.string();
        let b = cx.t.bool();
        let a = cx.str("hello, ");
        let w = cx.str("world");
        let hw = cx.op(Op::StrConcat(a, w), s);
        cx.show(hw, "\n");
        let l = cx.len(hw);
        cx.show(l, "\n");
        let (lo, hi) = (cx.int(7), cx.int(12));
        let sub = cx.op(Op::StrSlice(hw, Some(lo), Some(hi)), s);
        let eq = cx.op(Op::StrCmp(BinaryOp::Eq, sub, w), b);
        cx.show(eq, " ");
        let lt = cx.op(Op::StrCmp(BinaryOp::Lt, a, w), b);
        cx.show(lt, " ");
        let ab = cx.str("ab");
        let abc = cx.str("abc");
        let lt = cx.op(Op::StrCmp(BinaryOp::Lt, ab, abc), b);
        cx.show(lt, " ");
        let ge = cx.op(Op::StrCmp(BinaryOp::Ge, ab, abc), b);
        cx.show(ge, " ");
        let ne = cx.op(Op::StrCmp(BinaryOp::Ne, ab, ab), b);
        cx.show(ne, "\n");
        let u8t = cx.int_ty(8, false);
        let one = cx.int(1);
        let c = cx.op(Op::StrIndex(hw, one), u8t);
        cx.show(c, "\n"); // 'e' = 101
        let empty = cx.str("");
        let e2 = cx.op(Op::StrConcat(empty, w), s);
        cx.show(e2, "\n");
    });
    expect_stdout(
        &m,
        "hello, world\n12\ntrue true true false false\n101\nworld\n",
    );
}

#[test]
fn runes_and_bytes() {
    let m = program(|cx| {
        let s = cx.t.string();
        let rune = cx.int_ty(32, true);
        let u8t = cx.int_ty(8, false);
        let bs = cx.t.slice(u8t);
        for r in [0x41i64, 0xe9, 0x4e16, 0x1f600, -1, 0xd800, 0x110000] {
            let v = cx.iconst(rune, r);
            let st = cx.op(Op::RuneToStr(v), s);
            cx.show(st, "|");
        }
        cx.puts("\n");
        let hi = cx.str("hi there");
        let b = cx.op(Op::StrToBytes(hi), bs);
        let l = cx.len(b);
        cx.show(l, " ");
        let c = cx.cap(b);
        cx.show(c, " ");
        // a non-constant string: capacity rounded to a size class
        let x = cx.str("x");
        let hix = cx.op(Op::StrConcat(hi, x), s);
        let b2 = cx.op(Op::StrToBytes(hix), bs);
        let c = cx.cap(b2);
        cx.show(c, "\n");
        let zero = cx.int(0);
        let e = cx.sindex(b, zero);
        let big_h = cx.iconst(u8t, 72);
        cx.store(e, big_h);
        let back = cx.op(Op::BytesToStr(b), s);
        cx.show(back, " ");
        cx.show(hi, "\n");
        let bang = cx.str("!!");
        let b3 = cx.op(Op::AppendString(b, bang), bs);
        let back = cx.op(Op::BytesToStr(b3), s);
        cx.show(back, " ");
        let c = cx.cap(b3);
        cx.show(c, "\n");
    });
    expect_stdout(
        &m,
        "A|é|世|😀|\u{fffd}|\u{fffd}|\u{fffd}|\n8 8 16\nHi there hi there\nHi there!! 16\n",
    );
}

#[test]
fn string_index_out_of_range() {
    let m = program(|cx| {
        let u8t = cx.int_ty(8, false);
        let s = cx.str("abc");
        let i = cx.int(3);
        cx.op(Op::StrIndex(s, i), u8t);
    });
    expect_panic(
        &m,
        "",
        "panic: runtime error: index out of range [3] with length 3",
    );
}

#[test]
fn string_slice_out_of_range() {
    let m = program(|cx| {
        let st = cx.t.string();
        let s = cx.str("abc");
        let (lo, hi) = (cx.int(2), cx.int(1));
        cx.op(Op::StrSlice(s, Some(lo), Some(hi)), st);
    });
    expect_panic(
        &m,
        "",
        "panic: runtime error: slice bounds out of range [2:1]",
    );
    let m = program(|cx| {
        let st = cx.t.string();
        let s = cx.str("abc");
        let hi = cx.int(4);
        cx.op(Op::StrSlice(s, None, Some(hi)), st);
    });
    expect_panic(
        &m,
        "",
        "panic: runtime error: slice bounds out of range [:4] with length 3",
    );
}

#[test]
fn explicit_panic_with_string() {
    let m = program(|cx| {
        cx.puts("out\n");
        let msg = cx.str("boom");
        cx.effect(Op::Panic(PanicKind::Str, vec![msg]));
        cx.b.unreachable();
    });
    let o = run(&m);
    assert_eq!(o.stdout, "out\n");
    assert_eq!(o.status, 2);
    assert_eq!(o.stderr, "panic: boom\n\ngoroutine 1 [running]:\n");
}

#[test]
fn exit_status() {
    let m = program(|cx| {
        cx.puts("bye\n");
        let i32t = cx.int_ty(32, true);
        let c = cx.iconst(i32t, 3);
        cx.effect(Op::Exit(c));
        cx.b.unreachable();
    });
    let o = run(&m);
    assert_eq!((o.stdout.as_str(), o.status), ("bye\n", 3));
}
