//! Strings: concatenation, comparison, indexing, slicing, conversions to
//! and from `[]byte`, rune encoding, long output, explicit panics and
//! `os.Exit`.

mod common;

use common::{main_module, panic_text, run};
use gowgc_ir::{BinaryOp, Module, Op, PanicKind, PrintKind, Value};

fn s(m: &mut Module, b: &mut common::B, text: &str) -> Value {
    let st = m.types.string();
    b.ins(Op::Sconst(text.as_bytes().to_vec()), st)
}

#[test]
fn string_operations() {
    let m = main_module(|m, b| {
        let st = m.types.string();
        let int = m.types.int64();
        let bool_t = m.types.bool();
        let (h, w) = (s(m, b, "hello, "), s(m, b, "world"));
        let c = b.ins(Op::StrConcat(h, w), st);
        b.print(PrintKind::Str, c);
        b.puts(m, "\n");
        let empty = s(m, b, "");
        let c2 = b.ins(Op::StrConcat(empty, w), st);
        b.print(PrintKind::Str, c2);
        b.puts(m, "\n");
        let pairs = [
            (BinaryOp::Lt, "abc", "abd"),
            (BinaryOp::Lt, "ab", "abc"),
            (BinaryOp::Gt, "b", "abc"),
            (BinaryOp::Eq, "x", "x"),
            (BinaryOp::Eq, "", ""),
            (BinaryOp::Ne, "x", "y"),
            (BinaryOp::Le, "abc", "abc"),
            (BinaryOp::Ge, "abc", "abd"),
            (BinaryOp::Eq, "abc", "abd"),
        ];
        for (op, x, y) in pairs {
            let (xv, yv) = (s(m, b, x), s(m, b, y));
            let r = b.ins(Op::StrCmp(op, xv, yv), bool_t);
            b.print(PrintKind::Bool, r);
            b.puts(m, " ");
        }
        b.puts(m, "\n");
        let hello = s(m, b, "hello");
        let one = b.iconst(int, 1);
        let ch = b.ins(Op::StrIndex(hello, one), m.types.int(8, false));
        b.println_uint(m, ch); // 101
        let three = b.iconst(int, 3);
        let two = b.iconst(int, 2);
        let sub = b.ins(Op::StrSlice(hello, Some(one), Some(three)), st);
        let tail = b.ins(Op::StrSlice(c, Some(two), None), st);
        b.print(PrintKind::Str, sub);
        b.puts(m, " ");
        b.print(PrintKind::Str, tail);
        b.puts(m, "\n"); // el llo, world
        let tl = b.ins(Op::StrLen(tail), int);
        b.println_int(m, tl); // 10

        let u8t = m.types.int(8, false);
        let bs = m.types.slice(u8t);
        let pu8 = m.types.pointer(u8t);
        let bytes = b.ins(Op::StrToBytes(hello), bs);
        let zero = b.iconst(int, 0);
        let p = b.ins(Op::SliceIndexAddr(bytes, zero), pu8);
        let j = b.iconst(u8t, b'j' as i64);
        b.op(Op::Store(p, j));
        let back = b.ins(Op::BytesToStr(bytes), st);
        b.print(PrintKind::Str, back);
        b.puts(m, " ");
        b.print(PrintKind::Str, hello);
        b.puts(m, " ");
        let cap = b.ins(Op::SliceCap(bytes), int);
        b.println_int(m, cap); // jello hello 8
        let more = s(m, b, " world, this is long");
        let grown = b.ins(Op::AppendString(bytes, more), bs);
        let cap = b.ins(Op::SliceCap(grown), int);
        let gs = b.ins(Op::BytesToStr(grown), st);
        b.print(PrintKind::Str, gs);
        b.puts(m, " ");
        b.println_int(m, cap); // jello world, this is long 32

        for r in [0x41i64, 0x7ff, 0x4e16, 0x1f600, -1, 0x110000, 0xd800] {
            let rv = b.iconst(int, r);
            let rs = b.ins(Op::RuneToStr(rv), st);
            b.print(PrintKind::Str, rs);
        }
        b.puts(m, "\n");
        let i32t = m.types.int(32, true);
        let rv = b.iconst(i32t, 0xe9);
        let rs = b.ins(Op::RuneToStr(rv), st);
        b.print(PrintKind::Str, rs);
        b.puts(m, "\n");
    });
    let o = run(&m);
    assert_eq!(
        o.stdout,
        "hello, world\nworld\ntrue true true true true true true false false \n101\nel llo, world\n10\n\
         jello hello 8\njello world, this is long 32\nA\u{7ff}\u{4e16}\u{1f600}\u{fffd}\u{fffd}\u{fffd}\n\u{e9}\n"
    );
}

#[test]
fn long_output_is_chunked() {
    let m = main_module(|m, b| {
        let st = m.types.string();
        let v = b.b.declare_var(st);
        let init = s(m, b, "");
        b.b.def_var(v, init);
        b.for_range(m, 3000, |m, b, _| {
            let cur = b.b.use_var(v);
            let piece = s(m, b, "0123456789");
            let n = b.ins(Op::StrConcat(cur, piece), st);
            b.b.def_var(v, n);
        });
        let all = b.b.use_var(v);
        b.print(PrintKind::Str, all);
    });
    let o = run(&m);
    assert_eq!(o.stdout.len(), 30000);
    assert_eq!(o.stdout, "0123456789".repeat(3000));
}

#[test]
fn panic_with_string() {
    let m = main_module(|m, b| {
        b.puts(m, "out\n");
        let msg = s(m, b, "boom\nsecond line");
        b.op(Op::Panic(PanicKind::Str, vec![msg]));
        b.b.unreachable();
    });
    let o = run(&m);
    assert_eq!(o.stdout, "out\n");
    assert_eq!(panic_text(&o), "panic: boom\n\tsecond line");
    assert!(o.stderr.contains("goroutine 1 [running]:"));
    assert_eq!(o.status, 2);
}

#[test]
fn string_bounds_panics() {
    let m = main_module(|m, b| {
        let int = m.types.int64();
        let hello = s(m, b, "hello");
        let nine = b.iconst(int, 9);
        b.ins(Op::StrIndex(hello, nine), m.types.int(8, false));
    });
    let o = run(&m);
    assert_eq!(
        panic_text(&o),
        "panic: runtime error: index out of range [9] with length 5"
    );
    let m = main_module(|m, b| {
        let int = m.types.int64();
        let hello = s(m, b, "hello");
        let nine = b.iconst(int, 9);
        b.ins(Op::StrSlice(hello, None, Some(nine)), m.types.string());
    });
    let o = run(&m);
    assert_eq!(
        panic_text(&o),
        "panic: runtime error: slice bounds out of range [:9] with length 5"
    );
    let m = main_module(|m, b| {
        let int = m.types.int64();
        let hello = s(m, b, "hello");
        let neg = b.iconst(int, -2);
        b.ins(Op::StrIndex(hello, neg), m.types.int(8, false));
    });
    let o = run(&m);
    assert_eq!(
        panic_text(&o),
        "panic: runtime error: index out of range [-2]"
    );
}

#[test]
fn exit_status() {
    let m = main_module(|m, b| {
        b.puts(m, "bye\n");
        let three = b.iconst(m.types.int64(), 3);
        b.op(Op::Exit(three));
        b.b.unreachable();
    });
    let o = run(&m);
    assert_eq!(o.stdout, "bye\n");
    assert_eq!(o.status, 3);
}
