//! Structs, arrays and pointers: Go's layout, interior pointers from
//! `field_addr`/`index_addr`, copies, zeroing, globals and nil checks.

mod common;
use common::*;
use gowgc_ir::{BinaryOp::*, Op, PrintKind};

#[test]
fn struct_fields_and_interior_pointers() {
    let m = program(|cx| {
        let i8t = cx.int_ty(8, true);
        let int = cx.t.int64();
        let pint = cx.t.pointer(int);
        let s = cx.t.string();
        let arr = cx.array(int, 4);
        let st = cx.strukt(&[("a", i8t), ("b", int), ("c", pint), ("d", s), ("e", arr)]);
        let p = cx.alloc(st);
        let fa = cx.field(p, 0);
        let v = cx.iconst(i8t, -5);
        cx.store(fa, v);
        let fb = cx.field(p, 1);
        let v = cx.int(1 << 40);
        cx.store(fb, v);
        // c points into b: an interior pointer into the same object
        let fc = cx.field(p, 2);
        cx.store(fc, fb);
        let fd = cx.field(p, 3);
        let hello = cx.str("hello");
        cx.store(fd, hello);
        let fe = cx.field(p, 4);
        let four = cx.int(4);
        cx.for_range(0, four, |cx, i| {
            let e = cx.index(fe, i);
            let sq = cx.bin(Mul, i, i);
            cx.store(e, sq);
        });
        // *p.c += 1 goes to p.b
        let c = cx.load(fc);
        let old = cx.load(c);
        let one = cx.int(1);
        let new = cx.bin(Add, old, one);
        cx.store(c, new);
        let a = cx.load(fa);
        cx.show(a, " ");
        let b = cx.load(fb);
        cx.show(b, " ");
        let d = cx.load(fd);
        cx.show(d, " ");
        let three = cx.int(3);
        let e3 = cx.index(fe, three);
        let v = cx.load(e3);
        cx.show(v, "\n");
    });
    expect_stdout(&m, "-5 1099511627777 hello 9\n");
}

#[test]
fn copy_zero_and_globals() {
    let m = program(|cx| {
        let int = cx.t.int64();
        let s = cx.t.string();
        let st = cx.strukt(&[("n", int), ("s", s)]);
        let g = cx.global("main.g", st);
        let gp = cx.gaddr(g);
        let f0 = cx.field(gp, 0);
        let v = cx.int(42);
        cx.store(f0, v);
        let f1 = cx.field(gp, 1);
        let w = cx.str("world");
        cx.store(f1, w);
        let p = cx.alloc(st);
        cx.effect(Op::Copy(p, gp));
        cx.effect(Op::Zero(gp));
        let n = cx.field(p, 0);
        let n = cx.load(n);
        cx.show(n, " ");
        let q = cx.field(p, 1);
        let q = cx.load(q);
        cx.show(q, " ");
        let gn = cx.load(f0);
        cx.show(gn, " ");
        let gs = cx.load(f1);
        let l = cx.len(gs);
        cx.show(l, "\n");
    });
    expect_stdout(&m, "42 world 0 0\n");
}

#[test]
fn small_int_fields_keep_their_width() {
    let m = program(|cx| {
        let u8t = cx.int_ty(8, false);
        let i16t = cx.int_ty(16, true);
        let u32t = cx.int_ty(32, false);
        let f32t = cx.t.intern(gowgc_ir::TypeData::Float { bits: 32 });
        let b = cx.t.bool();
        let st = cx.strukt(&[("a", u8t), ("b", i16t), ("c", b), ("d", u32t), ("e", f32t)]);
        let p = cx.alloc(st);
        let vals = [
            cx.iconst(u8t, 250),
            cx.iconst(i16t, -300),
            cx.iconst(b, 1),
            cx.iconst(u32t, 0xdead_beef),
        ];
        for (k, v) in vals.into_iter().enumerate() {
            let f = cx.field(p, k as u32);
            cx.store(f, v);
        }
        let f = cx.field(p, 4);
        let x = cx.op(Op::Fconst(1.25f64.to_bits()), f32t);
        cx.store(f, x);
        for k in 0..5 {
            let f = cx.field(p, k);
            let v = cx.load(f);
            cx.show(v, " ");
        }
        cx.puts("\n");
    });
    expect_stdout(&m, "250 -300 true 3735928559 1.25 \n");
}

#[test]
fn nil_dereference_panics() {
    let m = program(|cx| {
        let int = cx.t.int64();
        let pt = cx.t.pointer(int);
        let p = cx.op(Op::Nil, pt);
        cx.print(PrintKind::Pointer, p);
        cx.puts("\n");
        let v = cx.load(p);
        cx.show(v, "\n");
    });
    let o = run(&m);
    assert_eq!(o.stdout, "0x0\n");
    assert_eq!(o.status, 2);
    assert!(
        o.stderr.starts_with(
            "panic: runtime error: invalid memory address or nil pointer dereference\n"
        ),
        "{}",
        o.stderr
    );
}

#[test]
fn nil_field_address_panics() {
    let m = program(|cx| {
        let int = cx.t.int64();
        let st = cx.strukt(&[("a", int), ("b", int)]);
        let pt = cx.t.pointer(st);
        let p = cx.op(Op::Nil, pt);
        cx.field(p, 1);
    });
    let o = run(&m);
    assert_eq!(o.status, 2);
    assert!(o.stderr.contains("nil pointer dereference"), "{}", o.stderr);
}

#[test]
fn calls_with_multiple_results() {
    let mut m = gowgc_ir::Module::new();
    let int = m.types.int64();
    let s = m.types.string();
    let sig = gowgc_ir::Signature {
        params: vec![int, s],
        results: vec![s, int],
    };
    let swap = func(&mut m, "main.swap", sig, |cx, ps| {
        let one = cx.int(1);
        let n = cx.bin(Add, ps[0], one);
        cx.b.ret(vec![ps[1], n]);
    });
    let main = func(&mut m, "main.main", Default::default(), |cx, _| {
        let a = cx.int(41);
        let b = cx.str("x");
        let i = cx.b.ins(Op::Call(swap, vec![a, b]), &[s, int]);
        let rs = cx.b.func.insts[i].results.clone();
        cx.show(rs[0], " ");
        cx.show(rs[1], "\n");
    });
    m.entry = Some(main);
    expect_stdout(&m, "x 42\n");
}
