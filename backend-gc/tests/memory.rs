//! Structs with nested structs and arrays, interior pointers (fat) into
//! struct fields and array elements used through both paths, cells,
//! deep copy, zeroing, globals, and nil/bounds panics.

mod common;

use common::{add_fn, array_ty, panic_text, run, set_main, struct_ty};
use gowgc_ir::{BinaryOp, Module, Op, PrintKind, Type};

struct Tys {
    int: Type,
    i8: Type,
    i32: Type,
    string: Type,
    bool: Type,
    inner: Type,
    outer: Type,
    arr3: Type,
    pint: Type,
    pi32: Type,
    pstr: Type,
}

fn types(m: &mut Module) -> Tys {
    let int = m.types.int64();
    let i8 = m.types.int(8, true);
    let i32 = m.types.int(32, true);
    let string = m.types.string();
    let bool = m.types.bool();
    let pint = m.types.pointer(int);
    let inner = struct_ty(m, "main.Inner", &[("a", int), ("b", i8)]);
    let arr3 = array_ty(m, i32, 3);
    let outer = struct_ty(
        m,
        "main.Outer",
        &[
            ("x", int),
            ("in", inner),
            ("arr", arr3),
            ("s", string),
            ("p", pint),
        ],
    );
    let pi32 = m.types.pointer(i32);
    let pstr = m.types.pointer(string);
    Tys {
        int,
        i8,
        i32,
        string,
        bool,
        inner,
        outer,
        arr3,
        pint,
        pi32,
        pstr,
    }
}

#[test]
fn interior_pointers() {
    let mut m = Module::new();
    let t = types(&mut m);
    let set = add_fn(
        &mut m,
        "main.set",
        vec![t.pint, t.int],
        vec![],
        |_, b, ps| {
            b.op(Op::Store(ps[0], ps[1]));
            b.b.ret(vec![]);
        },
    );
    let get32 = add_fn(
        &mut m,
        "main.get32",
        vec![t.pi32],
        vec![t.i32],
        |_, b, ps| {
            let v = b.ins(Op::Load(ps[0]), t.i32);
            b.b.ret(vec![v]);
        },
    );
    let getstr = add_fn(
        &mut m,
        "main.getstr",
        vec![t.pstr],
        vec![t.string],
        |_, b, ps| {
            let v = b.ins(Op::Load(ps[0]), t.string);
            b.b.ret(vec![v]);
        },
    );
    let call = |b: &mut common::B, f, args: Vec<gowgc_ir::Value>, res: &[Type]| {
        let i = b.b.ins(Op::Call(f, args), res);
        b.b.func.insts[i].results.first().copied()
    };
    set_main(&mut m, |m, b| {
        let po = m.types.pointer(t.outer);
        let pinner = m.types.pointer(t.inner);
        let parr = m.types.pointer(t.arr3);
        let o = b.ins(Op::Alloc(t.outer), po);
        let px = b.ins(Op::FieldAddr(o, 0), t.pint);
        let v = b.iconst(t.int, 42);
        call(b, set, vec![px, v], &[]);
        let px2 = b.ins(Op::FieldAddr(o, 0), t.pint);
        let x = b.ins(Op::Load(px2), t.int);
        b.println_int(m, x); // 42
        let eq = b.ins(Op::Binary(BinaryOp::Eq, px, px2), t.bool);
        b.print(PrintKind::Bool, eq);
        b.puts(m, "\n"); // true

        let pin = b.ins(Op::FieldAddr(o, 1), pinner);
        let pa = b.ins(Op::FieldAddr(pin, 0), t.pint);
        let v = b.iconst(t.int, 7);
        call(b, set, vec![pa, v], &[]);
        let a = b.ins(Op::Load(pa), t.int);
        b.println_int(m, a); // 7
        let ne = b.ins(Op::Binary(BinaryOp::Eq, px, pa), t.bool);
        b.print(PrintKind::Bool, ne);
        b.puts(m, "\n"); // false

        let pe_arr = b.ins(Op::FieldAddr(o, 2), parr);
        let two = b.iconst(t.int, 2);
        let pe = b.ins(Op::IndexAddr(pe_arr, two), t.pi32);
        let v = b.iconst(t.i32, 99);
        b.op(Op::Store(pe, v));
        let r = call(b, get32, vec![pe], &[t.i32]).unwrap();
        b.println_int(m, r); // 99

        let cell = b.ins(Op::Alloc(t.int), t.pint);
        let v = b.iconst(t.int, 5);
        call(b, set, vec![cell, v], &[]);
        let c = b.ins(Op::Load(cell), t.int);
        b.println_int(m, c); // 5

        let ps = b.ins(Op::FieldAddr(o, 3), t.pstr);
        let hello = b.ins(Op::Sconst(b"hello".to_vec()), t.string);
        b.op(Op::Store(ps, hello));
        let s = call(b, getstr, vec![ps], &[t.string]).unwrap();
        b.print(PrintKind::Str, s);
        let arr2 = array_ty(m, t.string, 2);
        let parr2 = m.types.pointer(arr2);
        let a2 = b.ins(Op::Alloc(arr2), parr2);
        let one = b.iconst(t.int, 1);
        let pe2 = b.ins(Op::IndexAddr(a2, one), t.pstr);
        let world = b.ins(Op::Sconst(b" world\n".to_vec()), t.string);
        b.op(Op::Store(pe2, world));
        let s = call(b, getstr, vec![pe2], &[t.string]).unwrap();
        b.print(PrintKind::Str, s); // hello world

        // A pointer field: **int is fat (its field's address is taken).
        let ppint = m.types.pointer(t.pint);
        let pp = b.ins(Op::FieldAddr(o, 4), ppint);
        b.op(Op::Store(pp, cell));
        let q = b.ins(Op::Load(pp), t.pint);
        let v = b.iconst(t.int, 77);
        call(b, set, vec![q, v], &[]);
        let c = b.ins(Op::Load(cell), t.int);
        b.println_int(m, c); // 77

        // Deep copy: the copy's nested objects are its own.
        let o2 = b.ins(Op::Alloc(t.outer), po);
        b.op(Op::Copy(o2, o));
        let pin2 = b.ins(Op::FieldAddr(o2, 1), pinner);
        let pa2 = b.ins(Op::FieldAddr(pin2, 0), t.pint);
        let v = b.iconst(t.int, 100);
        call(b, set, vec![pa2, v], &[]);
        let a = b.ins(Op::Load(pa), t.int);
        let a2v = b.ins(Op::Load(pa2), t.int);
        b.println_int(m, a); // 7
        b.println_int(m, a2v); // 100
        let arr_c = b.ins(Op::FieldAddr(o2, 2), parr);
        let pe3 = b.ins(Op::IndexAddr(arr_c, two), t.pi32);
        let r = call(b, get32, vec![pe3], &[t.i32]).unwrap();
        b.println_int(m, r); // 99
        let ps2 = b.ins(Op::FieldAddr(o2, 3), t.pstr);
        let s = b.ins(Op::Load(ps2), t.string);
        b.print(PrintKind::Str, s);
        b.puts(m, "\n"); // hello

        // Zeroing reaches nested objects.
        b.op(Op::Zero(o));
        let x = b.ins(Op::Load(px), t.int);
        let a = b.ins(Op::Load(pa), t.int);
        let e = call(b, get32, vec![pe], &[t.i32]).unwrap();
        let s = b.ins(Op::Load(ps), t.string);
        let sl = b.ins(Op::StrLen(s), t.int);
        for v in [x, a, e, sl] {
            b.println_int(m, v);
        }
        let p = b.ins(Op::Load(pp), t.pint);
        let isnil = b.ins(Op::IsNil(p), t.bool);
        b.print(PrintKind::Bool, isnil);
        b.puts(m, "\n");
        let pb = b.ins(Op::FieldAddr(pin2, 1), m.types.pointer(t.i8));
        let v = b.iconst(t.i8, -3);
        b.op(Op::Store(pb, v));
        let bv = b.ins(Op::Load(pb), t.i8);
        b.println_int(m, bv); // -3
    });
    let o = run(&m);
    assert_eq!(
        o.stdout,
        "42\ntrue\n7\nfalse\n99\n5\nhello world\n77\n7\n100\n99\nhello\n0\n0\n0\n0\ntrue\n-3\n"
    );
}

#[test]
fn globals() {
    let mut m = Module::new();
    let t = types(&mut m);
    let g = m.globals.push(gowgc_ir::GlobalData {
        name: "main.counter".into(),
        ty: t.int,
    });
    let gs = m.globals.push(gowgc_ir::GlobalData {
        name: "main.state".into(),
        ty: t.outer,
    });
    let bump = add_fn(&mut m, "main.bump", vec![], vec![], |_, b, _| {
        let p = b.ins(Op::GlobalAddr(g), t.pint);
        let v = b.ins(Op::Load(p), t.int);
        let one = b.iconst(t.int, 1);
        let s = b.ins(Op::Binary(BinaryOp::Add, v, one), t.int);
        b.op(Op::Store(p, s));
        b.b.ret(vec![]);
    });
    set_main(&mut m, |m, b| {
        for _ in 0..3 {
            b.b.ins(Op::Call(bump, vec![]), &[]);
        }
        let p = b.ins(Op::GlobalAddr(g), t.pint);
        let v = b.ins(Op::Load(p), t.int);
        b.println_int(m, v); // 3
        let po = m.types.pointer(t.outer);
        let so = b.ins(Op::GlobalAddr(gs), po);
        let px = b.ins(Op::FieldAddr(so, 0), t.pint);
        let v = b.iconst(t.int, 11);
        b.op(Op::Store(px, v));
        let so2 = b.ins(Op::GlobalAddr(gs), po);
        let px2 = b.ins(Op::FieldAddr(so2, 0), t.pint);
        let v = b.ins(Op::Load(px2), t.int);
        b.println_int(m, v); // 11
        b.print(PrintKind::Pointer, p);
        b.puts(m, "\n");
        let n = b.ins(Op::Nil, t.pint);
        b.print(PrintKind::Pointer, n);
        b.puts(m, "\n");
    });
    let o = run(&m);
    assert_eq!(o.stdout, "3\n11\n0xc000010000\n0x0\n");
}

#[test]
fn nil_dereference_panics() {
    let mut m = Module::new();
    let t = types(&mut m);
    set_main(&mut m, |m, b| {
        let po = m.types.pointer(t.outer);
        let n = b.ins(Op::Nil, po);
        b.puts(m, "before\n");
        let px = b.ins(Op::FieldAddr(n, 0), t.pint);
        let v = b.ins(Op::Load(px), t.int);
        b.println_int(m, v);
    });
    let o = run(&m);
    assert_eq!(o.stdout, "before\n");
    assert!(
        panic_text(&o)
            .starts_with("panic: runtime error: invalid memory address or nil pointer dereference"),
        "{}",
        o.stderr
    );
    assert_eq!(o.status, 2);
}

#[test]
fn nil_thin_and_fat_loads_panic() {
    for fat in [false, true] {
        let mut m = Module::new();
        let int = m.types.int64();
        let pint = m.types.pointer(int);
        let get = add_fn(&mut m, "main.get", vec![pint], vec![int], |_, b, ps| {
            let v = b.ins(Op::Load(ps[0]), int);
            b.b.ret(vec![v]);
        });
        set_main(&mut m, |m, b| {
            if fat {
                let s = struct_ty(m, "main.S", &[("x", int)]);
                let ps = m.types.pointer(s);
                let o = b.ins(Op::Alloc(s), ps);
                b.ins(Op::FieldAddr(o, 0), pint);
            }
            let n = b.ins(Op::Nil, pint);
            let i = b.b.ins(Op::Call(get, vec![n]), &[int]);
            let v = b.b.func.insts[i].results[0];
            b.println_int(m, v);
        });
        let o = run(&m);
        assert!(
            panic_text(&o).contains("nil pointer dereference"),
            "{}",
            o.stderr
        );
        assert_eq!(o.status, 2);
    }
}

#[test]
fn array_index_out_of_range() {
    let mut m = Module::new();
    let t = types(&mut m);
    set_main(&mut m, |m, b| {
        let parr = m.types.pointer(t.arr3);
        let a = b.ins(Op::Alloc(t.arr3), parr);
        let i = b.iconst(t.int, 5);
        let p = b.ins(Op::IndexAddr(a, i), t.pi32);
        let v = b.ins(Op::Load(p), t.i32);
        b.println_int(m, v);
    });
    let o = run(&m);
    assert_eq!(
        panic_text(&o),
        "panic: runtime error: index out of range [5] with length 3"
    );
    assert_eq!(o.status, 2);
}

#[test]
fn dispatch_over_fields_and_packed_elements() {
    let mut m = Module::new();
    let int = m.types.int64();
    let pint = m.types.pointer(int);
    let i8t = m.types.int(8, true);
    let pi8 = m.types.pointer(i8t);
    let pair = struct_ty(&mut m, "main.Pair", &[("a", int), ("tag", i8t), ("b", int)]);
    let arr = array_ty(&mut m, i8t, 4);
    let add = add_fn(&mut m, "main.add", vec![pint, int], vec![], |_, b, ps| {
        let v = b.ins(Op::Load(ps[0]), int);
        let s = b.ins(Op::Binary(BinaryOp::Add, v, ps[1]), int);
        b.op(Op::Store(ps[0], s));
        b.b.ret(vec![]);
    });
    let dec8 = add_fn(&mut m, "main.dec8", vec![pi8], vec![i8t], |_, b, ps| {
        let v = b.ins(Op::Load(ps[0]), i8t);
        let one = b.iconst(i8t, 1);
        let s = b.ins(Op::Binary(BinaryOp::Sub, v, one), i8t);
        b.op(Op::Store(ps[0], s));
        let w = b.ins(Op::Load(ps[0]), i8t);
        b.b.ret(vec![w]);
    });
    set_main(&mut m, |m, b| {
        let pp = m.types.pointer(pair);
        let o = b.ins(Op::Alloc(pair), pp);
        let pa = b.ins(Op::FieldAddr(o, 0), pint);
        let pb = b.ins(Op::FieldAddr(o, 2), pint);
        let pt = b.ins(Op::FieldAddr(o, 1), pi8);
        let (ten, twenty) = (b.iconst(int, 10), b.iconst(int, 20));
        b.b.ins(Op::Call(add, vec![pa, ten]), &[]);
        b.b.ins(Op::Call(add, vec![pb, twenty]), &[]);
        b.b.ins(Op::Call(add, vec![pb, ten]), &[]);
        let (a, bv) = (b.ins(Op::Load(pa), int), b.ins(Op::Load(pb), int));
        b.println_int(m, a); // 10
        b.println_int(m, bv); // 30
        let i = b.b.ins(Op::Call(dec8, vec![pt]), &[i8t]);
        let t = b.b.func.insts[i].results[0];
        b.println_int(m, t); // -1
        let pa4 = m.types.pointer(arr);
        let a4 = b.ins(Op::Alloc(arr), pa4);
        let three = b.iconst(int, 3);
        let pe = b.ins(Op::IndexAddr(a4, three), pi8);
        let min = b.iconst(i8t, -128);
        b.op(Op::Store(pe, min));
        let i = b.b.ins(Op::Call(dec8, vec![pe]), &[i8t]);
        let t = b.b.func.insts[i].results[0];
        b.println_int(m, t); // 127 (wraps)
        let e = b.ins(Op::Load(pe), i8t);
        b.println_int(m, e); // 127
    });
    let o = run(&m);
    assert_eq!(o.stdout, "10\n30\n-1\n127\n127\n");
}

#[test]
fn irreducible_control_flow_is_an_error() {
    let mut m = Module::new();
    let bool_t = m.types.bool();
    add_fn(&mut m, "main.main", vec![bool_t], vec![], |_, b, ps| {
        let (x, y) = (b.b.create_block(), b.b.create_block());
        b.b.brif(ps[0], x, y);
        b.b.switch_to_block(x);
        b.b.jump(y, vec![]);
        b.b.switch_to_block(y);
        b.b.jump(x, vec![]);
    });
    let e = gowgc_backend_gc::compile(&m, &Default::default()).unwrap_err();
    assert!(e.contains("irreducible"), "{e}");
}
