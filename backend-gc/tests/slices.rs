//! Slices: growth matching Go's `cap` (expected values from `go run` with
//! the slices escaping), aliasing through shared backing arrays, copy with
//! overlap, slices of structs and strings, and bounds panics.

mod common;

use common::{array_ty, main_module, panic_text, run, struct_ty};
use gowgc_ir::{BinaryOp, Module, Op, PrintKind, Type, Value};

/// Appends `n` zero-ish elements made by `elem` to a nil `[]t`, printing
/// each new capacity.
fn growth(
    m: &mut Module,
    b: &mut common::B,
    t: Type,
    n: i64,
    elem: &dyn Fn(&mut Module, &mut common::B) -> Value,
) {
    let st = m.types.slice(t);
    let int = m.types.int64();
    let bool_t = m.types.bool();
    let s = b.b.declare_var(st);
    let nil = b.ins(Op::Nil, st);
    b.b.def_var(s, nil);
    b.for_range(m, n, |m, b, _| {
        let sv = b.b.use_var(s);
        let c = b.ins(Op::SliceCap(sv), int);
        let x = elem(m, b);
        let s2 = b.ins(Op::Append(sv, vec![x]), st);
        b.b.def_var(s, s2);
        let c2 = b.ins(Op::SliceCap(s2), int);
        let ne = b.ins(Op::Binary(BinaryOp::Ne, c, c2), bool_t);
        b.if_then(m, ne, |m, b| {
            b.print(PrintKind::Int, c2);
            b.puts(m, " ");
        });
    });
    b.puts(m, "\n");
}

#[test]
fn append_growth_matches_go() {
    let m = main_module(|m, b| {
        let int = m.types.int64();
        let u8t = m.types.int(8, false);
        let string = m.types.string();
        let t3 = struct_ty(m, "main.T3", &[("a", int), ("b", int), ("c", int)]);
        let i16t = m.types.int(16, true);
        let a3 = array_ty(m, i16t, 3);
        growth(m, b, int, 2000, &|m, b| b.iconst(m.types.int64(), 1));
        growth(m, b, u8t, 5000, &|m, b| b.iconst(m.types.int(8, false), 1));
        growth(m, b, string, 600, &|m, b| {
            let s = m.types.string();
            b.ins(Op::Sconst(b"x".to_vec()), s)
        });
        let pt3 = m.types.pointer(t3);
        growth(m, b, t3, 600, &|_, b| b.ins(Op::Alloc(t3), pt3));
        let pa3 = m.types.pointer(a3);
        growth(m, b, a3, 600, &|_, b| b.ins(Op::Alloc(a3), pa3));
    });
    let o = run(&m);
    assert_eq!(
        o.stdout,
        "1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 \n\
         8 16 32 64 128 256 512 896 1408 2048 3072 4096 5376 \n\
         1 2 4 8 16 32 71 143 303 591 1023 \n\
         1 2 4 8 16 32 64 128 256 512 853 \n\
         1 2 4 8 16 32 64 128 256 512 896 \n"
    );
}

fn print_ints(m: &mut Module, b: &mut common::B, s: Value) {
    let int = m.types.int64();
    let pint = m.types.pointer(int);
    let n = b.ins(Op::SliceLen(s), int);
    let _ = n;
    // Unrolled over the first few elements the tests use.
    let len_known = 5;
    for i in 0..len_known {
        let iv = b.iconst(int, i);
        let lt = b.ins(Op::Binary(BinaryOp::Lt, iv, n), m.types.bool());
        b.if_then(m, lt, |m, b| {
            let p = b.ins(Op::SliceIndexAddr(s, iv), pint);
            let v = b.ins(Op::Load(p), int);
            b.print(PrintKind::Int, v);
            b.puts(m, " ");
        });
    }
    b.puts(m, "\n");
}

#[test]
fn aliasing_and_copy() {
    let m = main_module(|m, b| {
        let int = m.types.int64();
        let pint = m.types.pointer(int);
        let si = m.types.slice(int);
        let k = |b: &mut common::B, v| b.iconst(int, v);
        let (three, ten) = (k(b, 3), k(b, 10));
        let s = b.ins(Op::MakeSlice(three, ten), si);
        let (one, two) = (k(b, 1), k(b, 2));
        let t = b.ins(Op::SliceSlice(s, Some(one), Some(two), None), si);
        let zero = k(b, 0);
        let p = b.ins(Op::SliceIndexAddr(t, zero), pint);
        let five = k(b, 5);
        b.op(Op::Store(p, five));
        let six = k(b, 6);
        let t2 = b.ins(Op::Append(t, vec![six]), si);
        print_ints(m, b, s); // 0 5 6
        let c = b.ins(Op::SliceCap(t2), int);
        b.println_int(m, c); // 9
        let u = b.ins(Op::SliceSlice(s, Some(zero), Some(three), Some(three)), si);
        let seven = k(b, 7);
        let u2 = b.ins(Op::Append(u, vec![seven]), si);
        let p = b.ins(Op::SliceIndexAddr(u2, zero), pint);
        let hundred = k(b, 100);
        b.op(Op::Store(p, hundred));
        print_ints(m, b, s); // 0 5 6
        print_ints(m, b, u2); // 100 5 6 7
        let c = b.ins(Op::SliceCap(u2), int);
        b.println_int(m, c); // 6

        // copy(s[1:], s) with overlap on [0 1 2 3 4].
        let n5 = k(b, 5);
        let w = b.ins(Op::MakeSlice(n5, n5), si);
        for i in 0..5 {
            let iv = k(b, i);
            let p = b.ins(Op::SliceIndexAddr(w, iv), pint);
            b.op(Op::Store(p, iv));
        }
        let w1 = b.ins(Op::SliceSlice(w, Some(one), None, None), si);
        let n = b.ins(Op::CopySlice(w1, w), int);
        b.println_int(m, n); // 4
        print_ints(m, b, w); // 0 0 1 2 3
        let n = b.ins(Op::CopySlice(w, w1), int);
        b.println_int(m, n); // 4
        print_ints(m, b, w); // 0 1 2 3 3

        // append(s, s...) into its own spare capacity.
        let w3 = b.ins(Op::SliceSlice(w, None, Some(two), None), si);
        let w4 = b.ins(Op::AppendSlice(w3, w3), si);
        print_ints(m, b, w4); // 0 1 0 1
        print_ints(m, b, w); // 0 1 0 1 3
        let nil = b.ins(Op::Nil, si);
        let isnil = b.ins(Op::IsNil(nil), m.types.bool());
        let e = b.ins(Op::SliceSlice(nil, None, None, None), si);
        let isnil2 = b.ins(Op::IsNil(e), m.types.bool());
        let z = b.ins(Op::MakeSlice(zero, zero), si);
        let isnil3 = b.ins(Op::IsNil(z), m.types.bool());
        for v in [isnil, isnil2, isnil3] {
            b.print(PrintKind::Bool, v);
            b.puts(m, " ");
        }
        b.puts(m, "\n");
        let x = b.ins(Op::MakeSlice(three, three), si);
        let (four, six) = (k(b, 4), k(b, 6));
        let x2 = b.ins(Op::Append(x, vec![four, five, six, seven]), si);
        let c = b.ins(Op::SliceCap(x2), int);
        b.println_int(m, c); // 8
    });
    let o = run(&m);
    assert_eq!(
        o.stdout,
        "0 5 6 \n9\n0 5 6 \n100 5 6 7 \n6\n4\n0 0 1 2 3 \n4\n0 1 2 3 3 \n0 1 0 1 \n0 1 0 1 3 \ntrue true false \n8\n"
    );
}

#[test]
fn slices_of_structs_and_strings() {
    let m = main_module(|m, b| {
        let int = m.types.int64();
        let pint = m.types.pointer(int);
        let string = m.types.string();
        let pstr = m.types.pointer(string);
        let p = struct_ty(m, "main.P", &[("x", int), ("name", string)]);
        let pp = m.types.pointer(p);
        let sp = m.types.slice(p);
        let ss = m.types.slice(string);
        let k = |b: &mut common::B, v| b.iconst(int, v);
        let v = b.ins(Op::Alloc(p), pp);
        let fx = b.ins(Op::FieldAddr(v, 0), pint);
        let one = k(b, 1);
        b.op(Op::Store(fx, one));
        let nil = b.ins(Op::Nil, sp);
        let s = b.ins(Op::Append(nil, vec![v, v]), sp);
        // The appended elements are copies.
        let two = k(b, 2);
        b.op(Op::Store(fx, two));
        let zero = k(b, 0);
        let e0 = b.ins(Op::SliceIndexAddr(s, zero), pp);
        let e0x = b.ins(Op::FieldAddr(e0, 0), pint);
        let x = b.ins(Op::Load(e0x), int);
        b.println_int(m, x); // 1
        let e1 = b.ins(Op::SliceIndexAddr(s, one), pp);
        let e1n = b.ins(Op::FieldAddr(e1, 1), pstr);
        let bob = b.ins(Op::Sconst(b"bob".to_vec()), string);
        b.op(Op::Store(e1n, bob));
        // Growing copies element objects: the old backing keeps its own.
        let s2 = b.ins(Op::Append(s, vec![v]), sp);
        let f1 = b.ins(Op::SliceIndexAddr(s2, one), pp);
        let f1n = b.ins(Op::FieldAddr(f1, 1), pstr);
        let amy = b.ins(Op::Sconst(b"amy".to_vec()), string);
        b.op(Op::Store(f1n, amy));
        for q in [e1n, f1n] {
            let n = b.ins(Op::Load(q), string);
            b.print(PrintKind::Str, n);
            b.puts(m, " ");
        }
        b.puts(m, "\n"); // bob amy

        // Strings in slices live in cells: copy with overlap.
        let three = k(b, 3);
        let w = b.ins(Op::MakeSlice(three, three), ss);
        for (i, t) in ["a", "b", "c"].iter().enumerate() {
            let iv = k(b, i as i64);
            let ptr = b.ins(Op::SliceIndexAddr(w, iv), pstr);
            let sv = b.ins(Op::Sconst(t.as_bytes().to_vec()), string);
            b.op(Op::Store(ptr, sv));
        }
        let w1 = b.ins(Op::SliceSlice(w, Some(one), None, None), ss);
        b.ins(Op::CopySlice(w1, w), int);
        for i in 0..3 {
            let iv = k(b, i);
            let ptr = b.ins(Op::SliceIndexAddr(w, iv), pstr);
            let sv = b.ins(Op::Load(ptr), string);
            b.print(PrintKind::Str, sv);
        }
        b.puts(m, "\n"); // aab
    });
    let o = run(&m);
    assert_eq!(o.stdout, "1\nbob amy \naab\n");
}

fn slice_panic(build: impl FnOnce(&mut Module, &mut common::B)) -> String {
    let m = main_module(build);
    let o = run(&m);
    assert_eq!(o.status, 2);
    panic_text(&o).to_string()
}

#[test]
fn slice_bounds_panics() {
    let msg = slice_panic(|m, b| {
        let int = m.types.int64();
        let si = m.types.slice(int);
        let (ten, one, twenty) = (b.iconst(int, 10), b.iconst(int, 1), b.iconst(int, 20));
        let s = b.ins(Op::MakeSlice(ten, ten), si);
        b.ins(Op::SliceSlice(s, Some(one), Some(twenty), None), si);
    });
    assert_eq!(
        msg,
        "panic: runtime error: slice bounds out of range [:20] with capacity 10"
    );
    let msg = slice_panic(|m, b| {
        let int = m.types.int64();
        let si = m.types.slice(int);
        let (ten, three, two) = (b.iconst(int, 10), b.iconst(int, 3), b.iconst(int, 2));
        let s = b.ins(Op::MakeSlice(ten, ten), si);
        b.ins(Op::SliceSlice(s, Some(three), Some(two), None), si);
    });
    assert_eq!(msg, "panic: runtime error: slice bounds out of range [3:2]");
    let msg = slice_panic(|m, b| {
        let int = m.types.int64();
        let si = m.types.slice(int);
        let (ten, five, six) = (b.iconst(int, 10), b.iconst(int, 5), b.iconst(int, 6));
        let s = b.ins(Op::MakeSlice(five, ten), si);
        b.ins(Op::SliceSlice(s, None, Some(six), Some(five)), si);
    });
    assert_eq!(
        msg,
        "panic: runtime error: slice bounds out of range [:6:5]"
    );
    let msg = slice_panic(|m, b| {
        let int = m.types.int64();
        let pint = m.types.pointer(int);
        let si = m.types.slice(int);
        let (three, four) = (b.iconst(int, 3), b.iconst(int, 4));
        let s = b.ins(Op::MakeSlice(three, four), si);
        b.ins(Op::SliceIndexAddr(s, three), pint);
    });
    assert_eq!(
        msg,
        "panic: runtime error: index out of range [3] with length 3"
    );
    let msg = slice_panic(|m, b| {
        let int = m.types.int64();
        let si = m.types.slice(int);
        let (neg, four) = (b.iconst(int, -1), b.iconst(int, 4));
        b.ins(Op::MakeSlice(neg, four), si);
    });
    assert_eq!(msg, "panic: runtime error: makeslice: len out of range");
    let msg = slice_panic(|m, b| {
        let int = m.types.int64();
        let si = m.types.slice(int);
        let (five, four) = (b.iconst(int, 5), b.iconst(int, 4));
        b.ins(Op::MakeSlice(five, four), si);
    });
    assert_eq!(msg, "panic: runtime error: makeslice: cap out of range");
    let msg = slice_panic(|m, b| {
        let int = m.types.int64();
        let a = array_ty(m, int, 4);
        let pa = m.types.pointer(a);
        let si = m.types.slice(int);
        let arr = b.ins(Op::Alloc(a), pa);
        let five = b.iconst(int, 5);
        b.ins(Op::SliceArray(arr, Some(five), None, None), si);
    });
    assert_eq!(msg, "panic: runtime error: slice bounds out of range [5:4]");
}
