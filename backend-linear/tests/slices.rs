//! Slices: make, append growth (capacities as Go 1.27 on amd64 prints
//! them), slicing with Go's bounds errors, copy, index checks.

mod common;
use common::*;
use gowgc_ir::{BinaryOp::*, Op, Type, TypeData};

/// Appends `per` zero values `n` times to a global slice of `elem` and
/// prints the capacity each time it changes.
fn track(cx: &mut Cx, elem: Type, n: i64, per: usize) {
    let st = cx.t.slice(elem);
    let g = cx.global("main.s", st);
    let int = cx.t.int64();
    let last = cx.global("main.last", int);
    let lp = cx.gaddr(last);
    let m1 = cx.int(-1);
    cx.store(lp, m1);
    let to = cx.int(n);
    cx.for_range(0, to, |cx, _| {
        let gp = cx.gaddr(g);
        let s = cx.load(gp);
        let aggregate = cx.t.is_aggregate(elem);
        let zeros: Vec<_> = (0..per)
            .map(|_| match cx.t.data(elem) {
                _ if aggregate => cx.alloc(elem),
                TypeData::String => cx.op(Op::Sconst(vec![]), elem),
                TypeData::Pointer(_) => cx.op(Op::Nil, elem),
                _ => cx.op(Op::Iconst(0), elem),
            })
            .collect();
        let s2 = cx.op(Op::Append(s, zeros), st);
        cx.store(gp, s2);
        let c = cx.cap(s2);
        let lp = cx.gaddr(last);
        let l = cx.load(lp);
        let changed = cx.bin(Ne, c, l);
        cx.if_then(changed, |cx| {
            cx.store(lp, c);
            cx.show(c, " ");
        });
    });
    cx.puts("\n");
}

/// Element type builder, appends, values per append, expected output.
type Case = (Box<dyn Fn(&mut Cx) -> Type>, i64, usize, &'static str);

#[test]
fn append_growth_matches_go() {
    let cases: Vec<Case> = vec![
        (
            Box::new(|cx| cx.t.int64()),
            2000,
            1,
            "1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 \n",
        ),
        (
            Box::new(|cx| cx.int_ty(8, false)),
            5000,
            1,
            "8 16 32 64 128 256 512 896 1408 2048 3072 4096 5376 \n",
        ),
        (
            Box::new(|cx| {
                let i = cx.t.int64();
                cx.t.pointer(i)
            }),
            2000,
            1,
            "1 2 4 8 16 32 64 143 287 607 1023 1535 2303 \n",
        ),
        (
            Box::new(|cx| cx.t.string()),
            2000,
            1,
            "1 2 4 8 16 32 71 143 303 591 1023 1535 2560 \n",
        ),
        (
            Box::new(|cx| {
                let i = cx.t.int64();
                cx.strukt(&[("a", i), ("b", i), ("c", i)])
            }),
            2000,
            1,
            "1 2 4 8 16 32 64 128 256 512 853 1365 2048 \n",
        ),
        (
            Box::new(|cx| {
                let i = cx.t.int64();
                let p = cx.t.pointer(i);
                let a = cx.array(i, 70);
                cx.strukt(&[("a", p), ("b", a)])
            }),
            200,
            1,
            "1 2 4 8 16 32 72 144 288 \n",
        ),
        (
            Box::new(|cx| cx.int_ty(16, true)),
            3000,
            3,
            "4 8 16 32 64 128 256 512 896 1344 2048 3072 4096 5440 7168 9216 \n",
        ),
    ];
    for (elem, n, per, want) in cases {
        let m = program(|cx| {
            let e = elem(cx);
            track(cx, e, n, per);
        });
        let o = run_opts(&m, &Default::default());
        assert_eq!(o.stdout, want);
    }
}

#[test]
fn appended_values_survive_growth() {
    let m = program(|cx| {
        let int = cx.t.int64();
        let st = cx.t.slice(int);
        let g = cx.global("main.s", st);
        let to = cx.int(100);
        cx.for_range(0, to, |cx, i| {
            let gp = cx.gaddr(g);
            let s = cx.load(gp);
            let sq = cx.bin(Mul, i, i);
            let s2 = cx.op(Op::Append(s, vec![i, sq]), st);
            cx.store(gp, s2);
        });
        let gp = cx.gaddr(g);
        let s = cx.load(gp);
        let n = cx.len(s);
        cx.show(n, " ");
        let sum = cx.global("main.sum", int);
        cx.for_range(0, n, |cx, i| {
            let e = cx.sindex(s, i);
            let v = cx.load(e);
            let sp = cx.gaddr(sum);
            let acc = cx.load(sp);
            let acc = cx.bin(Add, acc, v);
            cx.store(sp, acc);
        });
        let sp = cx.gaddr(sum);
        let total = cx.load(sp);
        cx.show(total, "\n");
    });
    // sum(i) + sum(i*i) for i < 100 = 4950 + 328350
    expect_stdout(&m, "200 333300\n");
}

#[test]
fn slicing_shares_the_array() {
    let m = program(|cx| {
        let int = cx.t.int64();
        let st = cx.t.slice(int);
        let s = cx.make(int, 5, 10);
        let (two, four) = (cx.int(2), cx.int(4));
        let t = cx.op(Op::SliceSlice(s, Some(two), Some(four), None), st);
        let l = cx.len(t);
        cx.show(l, " ");
        let c = cx.cap(t);
        cx.show(c, "\n"); // 2 8
        let z = cx.int(0);
        let e = cx.sindex(t, z);
        let seven = cx.int(7);
        cx.store(e, seven);
        let e = cx.sindex(s, two);
        let v = cx.load(e);
        cx.show(v, "\n"); // 7
        let (one, five) = (cx.int(1), cx.int(5));
        let u = cx.op(Op::SliceSlice(s, Some(one), Some(two), Some(five)), st);
        let c = cx.cap(u);
        cx.show(c, "\n"); // 4
                          // s[:cap(s)] is allowed
        let ten = cx.int(10);
        let w = cx.op(Op::SliceSlice(s, None, Some(ten), None), st);
        let l = cx.len(w);
        cx.show(l, "\n");
        // empty result keeps a valid pointer: s[10:]
        let x = cx.op(Op::SliceSlice(w, Some(ten), None, None), st);
        let l = cx.len(x);
        cx.show(l, " ");
        let bt = cx.t.bool();
        let isnil = cx.op(Op::IsNil(x), bt);
        cx.show(isnil, "\n");
        // arrays
        let arr = cx.array(int, 6);
        let a = cx.alloc(arr);
        let y = cx.op(Op::SliceArray(a, Some(one), None, None), st);
        let l = cx.len(y);
        cx.show(l, " ");
        let c = cx.cap(y);
        cx.show(c, "\n");
    });
    expect_stdout(&m, "2 8\n7\n4\n10\n0 false\n5 5\n");
}

fn slice_panic(build: impl FnOnce(&mut Cx), line: &str) {
    let m = program(build);
    expect_panic(&m, "", line);
}

#[test]
fn slice_bounds_errors() {
    let int = |cx: &mut Cx| cx.t.int64();
    slice_panic(
        |cx| {
            let i = int(cx);
            let st = cx.t.slice(i);
            let s = cx.make(i, 5, 10);
            let (a, b) = (cx.int(3), cx.int(2));
            cx.op(Op::SliceSlice(s, Some(a), Some(b), None), st);
        },
        "panic: runtime error: slice bounds out of range [3:2]",
    );
    slice_panic(
        |cx| {
            let i = int(cx);
            let st = cx.t.slice(i);
            let s = cx.make(i, 5, 10);
            let b = cx.int(11);
            cx.op(Op::SliceSlice(s, None, Some(b), None), st);
        },
        "panic: runtime error: slice bounds out of range [:11] with capacity 10",
    );
    slice_panic(
        |cx| {
            let i = int(cx);
            let st = cx.t.slice(i);
            let arr = cx.array(i, 3);
            let a = cx.alloc(arr);
            let b = cx.int(4);
            cx.op(Op::SliceArray(a, None, Some(b), None), st);
        },
        "panic: runtime error: slice bounds out of range [:4] with length 3",
    );
    slice_panic(
        |cx| {
            let i = int(cx);
            let st = cx.t.slice(i);
            let s = cx.make(i, 5, 10);
            let (lo, hi, max) = (cx.int(1), cx.int(6), cx.int(5));
            cx.op(Op::SliceSlice(s, Some(lo), Some(hi), Some(max)), st);
        },
        "panic: runtime error: slice bounds out of range [:6:5]",
    );
    slice_panic(
        |cx| {
            let i = int(cx);
            let st = cx.t.slice(i);
            let s = cx.make(i, 5, 10);
            let (lo, hi, max) = (cx.int(1), cx.int(2), cx.int(11));
            cx.op(Op::SliceSlice(s, Some(lo), Some(hi), Some(max)), st);
        },
        "panic: runtime error: slice bounds out of range [::11] with capacity 10",
    );
    slice_panic(
        |cx| {
            let i = int(cx);
            let st = cx.t.slice(i);
            let s = cx.make(i, 5, 10);
            let lo = cx.int(-1);
            cx.op(Op::SliceSlice(s, Some(lo), None, None), st);
        },
        "panic: runtime error: slice bounds out of range [-1:]",
    );
}

#[test]
fn index_errors() {
    slice_panic(
        |cx| {
            let i = cx.t.int64();
            let s = cx.make(i, 5, 5);
            let k = cx.int(5);
            cx.sindex(s, k);
        },
        "panic: runtime error: index out of range [5] with length 5",
    );
    slice_panic(
        |cx| {
            let i = cx.t.int64();
            let arr = cx.array(i, 4);
            let a = cx.alloc(arr);
            let k = cx.int(-1);
            cx.index(a, k);
        },
        "panic: runtime error: index out of range [-1]",
    );
    slice_panic(
        |cx| {
            let i = cx.t.int64();
            let u = cx.int_ty(64, false);
            let s = cx.make(i, 2, 2);
            let k = cx.iconst(u, -1);
            cx.sindex(s, k);
        },
        "panic: runtime error: index out of range [18446744073709551615] with length 2",
    );
}

#[test]
fn make_errors() {
    slice_panic(
        |cx| {
            let i = cx.t.int64();
            cx.make(i, -1, 5);
        },
        "panic: runtime error: makeslice: len out of range",
    );
    slice_panic(
        |cx| {
            let i = cx.t.int64();
            cx.make(i, 6, 5);
        },
        "panic: runtime error: makeslice: cap out of range",
    );
    slice_panic(
        |cx| {
            let i = cx.t.int64();
            cx.make(i, 1, 1 << 60);
        },
        "panic: runtime error: makeslice: cap out of range",
    );
}

#[test]
fn copy_overlapping() {
    let m = program(|cx| {
        let int = cx.t.int64();
        let st = cx.t.slice(int);
        let s = cx.make(int, 10, 10);
        let ten = cx.int(10);
        cx.for_range(0, ten, |cx, i| {
            let e = cx.sindex(s, i);
            cx.store(e, i);
        });
        let one = cx.int(1);
        let tail = cx.op(Op::SliceSlice(s, Some(one), None, None), st);
        let n = cx.op(Op::CopySlice(tail, s), int);
        cx.show(n, ":");
        cx.for_range(0, ten, |cx, i| {
            let e = cx.sindex(s, i);
            let v = cx.load(e);
            cx.show(v, " ");
        });
        cx.puts("\n");
        let nil = cx.op(Op::Nil, st);
        let n = cx.op(Op::CopySlice(nil, s), int);
        cx.show(n, "\n");
    });
    expect_stdout(&m, "9:0 0 1 2 3 4 5 6 7 8 \n0\n");
}

#[test]
fn zero_size_elements() {
    let m = program(|cx| {
        let empty = cx.t.intern(TypeData::Struct { fields: vec![] });
        let st = cx.t.slice(empty);
        let s = cx.op(Op::Nil, st);
        let v = cx.alloc(empty);
        let s = cx.op(Op::Append(s, vec![v, v, v]), st);
        let l = cx.len(s);
        cx.show(l, " ");
        let c = cx.cap(s);
        cx.show(c, " ");
        let bt = cx.t.bool();
        let isnil = cx.op(Op::IsNil(s), bt);
        cx.show(isnil, "\n");
    });
    expect_stdout(&m, "3 3 false\n");
}
