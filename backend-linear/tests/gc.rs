//! The collector: bounded memory under heavy churn, roots in globals and
//! on the shadow stack (values live across calls and loops), interior
//! pointers, pointerful slices and nested descriptors, gray-stack overflow.
//! Every program also runs in gc-stress mode (a collection at every
//! allocation) where that stays fast enough.

mod common;
use common::*;
use gowgc_backend_linear::Options;
use gowgc_ir::{BinaryOp::*, ConvertKind, Module, Op, Signature, Type, TypeData};

/// `n` times: a fresh 1 KiB `[]byte`, kept in a ring of 4 globals.
fn churn(n: i64) -> Module {
    program(|cx| {
        let u8t = cx.int_ty(8, false);
        let bs = cx.t.slice(u8t);
        let ring_t = cx.array(bs, 4);
        let ring = cx.global("main.ring", ring_t);
        let to = cx.int(n);
        cx.for_range(0, to, |cx, i| {
            let s = cx.make(u8t, 1024, 1024);
            let last = cx.int(1023);
            let e = cx.sindex(s, last);
            let b = cx.op(Op::Convert(ConvertKind::IntToInt, i), u8t);
            cx.store(e, b);
            let three = cx.int(3);
            let slot = cx.bin(And, i, three);
            let rp = cx.gaddr(ring);
            let sp = cx.index(rp, slot);
            cx.store(sp, s);
        });
        let int = cx.t.int64();
        let sum = cx.global("main.sum", int);
        let four = cx.int(4);
        cx.for_range(0, four, |cx, k| {
            let rp = cx.gaddr(ring);
            let sp = cx.index(rp, k);
            let s = cx.load(sp);
            let last = cx.int(1023);
            let e = cx.sindex(s, last);
            let b = cx.load(e);
            let b = cx.op(Op::Convert(ConvertKind::IntToInt, b), int);
            let l = cx.len(s);
            let sump = cx.gaddr(sum);
            let acc = cx.load(sump);
            let acc = cx.bin(Add, acc, b);
            let acc = cx.bin(Add, acc, l);
            cx.store(sump, acc);
        });
        let sump = cx.gaddr(sum);
        let total = cx.load(sump);
        cx.show(total, "\n");
    })
}

/// The last four bytes written were (n-4..n) & 255.
fn churn_expect(n: i64) -> String {
    let s: i64 = (n - 4..n).map(|i| (i & 255) + 1024).sum();
    format!("{s}\n")
}

#[test]
fn three_gib_of_garbage_in_a_bounded_heap() {
    let n = 3_000_000;
    let o = run_opts(&churn(n), &Options::default());
    assert_eq!(
        (o.stdout.as_str(), o.status),
        (churn_expect(n).as_str(), 0),
        "{}",
        o.stderr
    );
    eprintln!("churn: memory {} bytes", o.memory);
    assert!(o.memory < 64 << 20, "memory grew to {} bytes", o.memory);
}

#[test]
fn churn_under_gc_stress() {
    let n = 20_000;
    let o = run_opts(&churn(n), &Options { gc_stress: true });
    assert_eq!(
        (o.stdout.as_str(), o.status),
        (churn_expect(n).as_str(), 0),
        "{}",
        o.stderr
    );
    assert!(o.memory < 16 << 20, "memory grew to {} bytes", o.memory);
}

/// `struct { next *[2]int64; val int64 }`: the link's static type is
/// opaque (the IR's type store cannot express a recursive type), the
/// collector traces it by the pointee's allocation descriptor.
fn node_types(cx: &mut Cx) -> (Type, Type, Type) {
    let int = cx.t.int64();
    let opaque = cx.array(int, 2);
    let link = cx.t.pointer(opaque);
    let node = cx.strukt(&[("next", link), ("val", int)]);
    let pnode = cx.t.pointer(node);
    (node, pnode, link)
}

/// A linked list whose only root is a loop-carried SSA value (the
/// shadow stack), built by a function that allocates garbage as well.
fn list_program(n: i64) -> Module {
    let mut m = Module::new();
    let int = m.types.int64();
    let opaque = m.types.intern(TypeData::Array { elem: int, len: 2 });
    let link = m.types.pointer(opaque);
    let node = m.types.intern(TypeData::Struct {
        fields: vec![
            gowgc_ir::FieldData {
                name: "next".into(),
                ty: link,
            },
            gowgc_ir::FieldData {
                name: "val".into(),
                ty: int,
            },
        ],
    });
    let pnode = m.types.pointer(node);
    let sig = Signature {
        params: vec![int, pnode],
        results: vec![pnode],
    };
    let cons = func(&mut m, "main.cons", sig, |cx, ps| {
        let u8t = cx.int_ty(8, false);
        cx.make(u8t, 100, 100); // garbage
        let n = cx.alloc(node);
        let v = cx.field(n, 1);
        cx.store(v, ps[0]);
        let next = cx.op(Op::Convert(ConvertKind::Bitcast, ps[1]), link);
        let f = cx.field(n, 0);
        cx.store(f, next);
        cx.make(u8t, 100, 100); // more garbage while n is only in a local
        cx.b.ret(vec![n]);
    });
    let main = func(&mut m, "main.main", Signature::default(), |cx, _| {
        let (_, pnode, _) = node_types(cx);
        let head = cx.b.declare_var(pnode);
        let nil = cx.op(Op::Nil, pnode);
        cx.b.def_var(head, nil);
        let to = cx.int(n);
        cx.for_range(0, to, |cx, i| {
            let h = cx.b.use_var(head);
            let r = cx.b.ins(Op::Call(cons, vec![i, h]), &[pnode]);
            let r = cx.b.func.result(r);
            cx.b.def_var(head, r);
        });
        // walk: count and sum
        let count = cx.b.declare_var(int);
        let sum = cx.b.declare_var(int);
        let cur = cx.b.declare_var(pnode);
        let z = cx.int(0);
        cx.b.def_var(count, z);
        cx.b.def_var(sum, z);
        let h = cx.b.use_var(head);
        cx.b.def_var(cur, h);
        let hdr = cx.b.create_block();
        let body = cx.b.create_block();
        let exit = cx.b.create_block();
        cx.b.jump(hdr, vec![]);
        cx.b.switch_to_block(hdr);
        let c = cx.b.use_var(cur);
        let bt = cx.t.bool();
        let isnil = cx.op(Op::IsNil(c), bt);
        cx.b.brif(isnil, exit, body);
        cx.b.seal_block(body);
        cx.b.switch_to_block(body);
        let c = cx.b.use_var(cur);
        let vf = cx.field(c, 1);
        let v = cx.load(vf);
        let s = cx.b.use_var(sum);
        let s = cx.bin(Add, s, v);
        cx.b.def_var(sum, s);
        let k = cx.b.use_var(count);
        let one = cx.int(1);
        let k = cx.bin(Add, k, one);
        cx.b.def_var(count, k);
        let nf = cx.field(c, 0);
        let next = cx.load(nf);
        let next = cx.op(Op::Convert(ConvertKind::Bitcast, next), pnode);
        cx.b.def_var(cur, next);
        cx.b.jump(hdr, vec![]);
        cx.b.seal_block(hdr);
        cx.b.seal_block(exit);
        cx.b.switch_to_block(exit);
        let k = cx.b.use_var(count);
        cx.show(k, " ");
        let s = cx.b.use_var(sum);
        cx.show(s, "\n");
    });
    m.entry = Some(main);
    m
}

#[test]
fn linked_list_rooted_on_the_shadow_stack() {
    let n = 300_000;
    let o = run_opts(&list_program(n), &Options::default());
    assert_eq!(
        o.stdout,
        format!("{n} {}\n", n * (n - 1) / 2),
        "{}",
        o.stderr
    );
    let n = 1500;
    let o = run_opts(&list_program(n), &Options { gc_stress: true });
    assert_eq!(
        o.stdout,
        format!("{n} {}\n", n * (n - 1) / 2),
        "{}",
        o.stderr
    );
}

#[test]
fn interior_pointers_keep_objects_alive() {
    let m = program(|cx| {
        let int = cx.t.int64();
        let st = cx.t.slice(int);
        let s_t = cx.t.string();
        let arr_t = cx.array(int, 1000);
        let a = cx.alloc(arr_t);
        let n = cx.int(1000);
        cx.for_range(0, n, |cx, i| {
            let e = cx.index(a, i);
            cx.store(e, i);
        });
        // keep only &a[500] and a[100:200]; `a` itself dies here
        let k = cx.int(500);
        let p = cx.index(a, k);
        let (lo, hi) = (cx.int(100), cx.int(200));
        let s = cx.op(Op::SliceArray(a, Some(lo), Some(hi), None), st);
        // and a substring of a heap string
        let x = cx.str("abcdefgh");
        let y = cx.str("ijklmnop");
        let xy = cx.op(Op::StrConcat(x, y), s_t);
        let (lo, hi) = (cx.int(6), cx.int(10));
        let sub = cx.op(Op::StrSlice(xy, Some(lo), Some(hi)), s_t);
        let u8t = cx.int_ty(8, false);
        let churn_n = cx.int(3000);
        cx.for_range(0, churn_n, |cx, _| {
            let g = cx.make(u8t, 4000, 4000);
            let z = cx.int(0);
            let e = cx.sindex(g, z);
            let ff = cx.iconst(u8t, 0xff);
            cx.store(e, ff);
        });
        let v = cx.load(p);
        cx.show(v, " ");
        let sum = cx.global("main.sum", int);
        let l = cx.len(s);
        cx.for_range(0, l, |cx, i| {
            let e = cx.sindex(s, i);
            let v = cx.load(e);
            let sp = cx.gaddr(sum);
            let acc = cx.load(sp);
            let acc = cx.bin(Add, acc, v);
            cx.store(sp, acc);
        });
        let sp = cx.gaddr(sum);
        let total = cx.load(sp);
        cx.show(total, " ");
        cx.show(sub, "\n");
    });
    // sum(100..200) = 14950
    expect_stdout(&m, "500 14950 ghij\n");
}

/// Pointerful backing arrays, nested descriptors (arrays of structs with
/// several pointers), strings in the heap, and a slice of 50,000 pointers
/// (more than the gray stack holds: the overflow rescan must finish).
#[test]
fn pointerful_slices_and_gray_stack_overflow() {
    let m = program(|cx| {
        let int = cx.t.int64();
        let pint = cx.t.pointer(int);
        let ppint = cx.t.pointer(pint);
        let ps = cx.t.slice(ppint);
        let s_t = cx.t.string();
        // struct { a *int; x int; b string }: a descriptor with two runs
        let pair = cx.strukt(&[("a", pint), ("x", int), ("b", s_t)]);
        let pairs_t = cx.array(pair, 40);
        let holder_t = cx.strukt(&[("n", int), ("pairs", pairs_t)]);
        let g = cx.global("main.ptrs", ps);
        let pholder = cx.t.pointer(holder_t);
        let holder = cx.global("main.holder", pholder);
        let h = cx.alloc(holder_t);
        let hp = cx.gaddr(holder);
        cx.store(hp, h);
        let forty = cx.int(40);
        cx.for_range(0, forty, |cx, i| {
            let hp = cx.gaddr(holder);
            let h = cx.load(hp);
            let arr = cx.field(h, 1);
            let e = cx.index(arr, i);
            let cell = cx.alloc(int);
            cx.store(cell, i);
            let fa = cx.field(e, 0);
            cx.store(fa, cell);
            let r = cx.op(Op::RuneToStr(i), s_t);
            let hello = cx.str("#");
            let txt = cx.op(Op::StrConcat(hello, r), s_t);
            let fb = cx.field(e, 2);
            cx.store(fb, txt);
        });
        let n = cx.int(50_000);
        cx.for_range(0, n, |cx, i| {
            // each cell holds a pointer, so marking must push it
            let inner = cx.alloc(int);
            cx.store(inner, i);
            let cell = cx.alloc(pint);
            cx.store(cell, inner);
            let gp = cx.gaddr(g);
            let s = cx.load(gp);
            let s = cx.op(Op::Append(s, vec![cell]), ps);
            cx.store(gp, s);
        });
        let u8t = cx.int_ty(8, false);
        let churn_n = cx.int(20);
        cx.for_range(0, churn_n, |cx, _| {
            cx.make(u8t, 1 << 20, 1 << 20);
        });
        let sum = cx.global("main.sum", int);
        cx.for_range(0, n, |cx, i| {
            let gp = cx.gaddr(g);
            let s = cx.load(gp);
            let e = cx.sindex(s, i);
            let cell = cx.load(e);
            let inner = cx.load(cell);
            let v = cx.load(inner);
            let sp = cx.gaddr(sum);
            let acc = cx.load(sp);
            let acc = cx.bin(Add, acc, v);
            cx.store(sp, acc);
        });
        let sp = cx.gaddr(sum);
        let total = cx.load(sp);
        cx.show(total, " ");
        let hp = cx.gaddr(holder);
        let h = cx.load(hp);
        let arr = cx.field(h, 1);
        let k = cx.int(39);
        let e = cx.index(arr, k);
        let fa = cx.field(e, 0);
        let cell = cx.load(fa);
        let v = cx.load(cell);
        cx.show(v, " ");
        let fb = cx.field(e, 2);
        let txt = cx.load(fb);
        cx.show(txt, "\n");
    });
    let o = run_opts(&m, &Options::default());
    assert_eq!(o.stdout, "1249975000 39 #'\n", "{}", o.stderr);
}
