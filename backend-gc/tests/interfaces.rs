//! Interface values: boxing and unboxing every kind of scalar (small ints
//! as `i31ref`, large ones boxed), strings, slices, aggregates (copied),
//! thin and fat pointers (identity kept), func values; nil interfaces; a
//! dispatch on the type id written in IR; interfaces in struct fields,
//! arrays, slices, cells, globals and closure captures; and a loop that
//! boxes millions of values. Every test runs in both pointer modes.

mod common;

use common::{add_fn, array_ty, panic_text, run, set_main, struct_ty, B};
use gowgc_ir::{BinaryOp, FuncId, Module, Op, PrintKind, Type, TypeData, Value};

/// `any`.
fn any_ty(m: &mut Module) -> Type {
    m.types.intern(TypeData::Interface { methods: vec![] })
}

fn func_ty(m: &mut Module, params: &[Type], results: &[Type]) -> Type {
    m.types.intern(TypeData::Func {
        params: params.to_vec(),
        results: results.to_vec(),
    })
}

/// `func id(x any) any { return x }`: hides where a value came from.
fn id_fn(m: &mut Module) -> FuncId {
    let any = any_ty(m);
    add_fn(m, "main.id", vec![any], vec![any], |_, b, ps| {
        b.b.ret(vec![ps[0]]);
    })
}

fn call1(b: &mut B, f: FuncId, args: Vec<Value>, res: Type) -> Value {
    let i = b.b.ins(Op::Call(f, args), &[res]);
    b.b.func.insts[i].results[0]
}

/// Prints the type id of `x`, a space, and `x == nil`.
fn print_tid(m: &mut Module, b: &mut B, x: Value) {
    let i32t = m.types.int(32, true);
    let bool_t = m.types.bool();
    let t = b.ins(Op::IfaceTypeId(x), i32t);
    b.print(PrintKind::Int, t);
    b.puts(m, " ");
    let n = b.ins(Op::IsNil(x), bool_t);
    b.print(PrintKind::Bool, n);
    b.puts(m, "\n");
}

/// One scalar to box: its type, the constant (bits for floats), how to
/// print it, and the text expected.
struct Case {
    ty: Type,
    val: i64,
    float: bool,
    kind: PrintKind,
    want: String,
}

#[test]
fn boxes_and_unboxes_scalars() {
    let mut m = Module::new();
    let any = any_ty(&mut m);
    let id = id_fn(&mut m);
    let i64t = m.types.int64();
    let u64t = m.types.int(64, false);
    let i32t = m.types.int(32, true);
    let u32t = m.types.int(32, false);
    let i16t = m.types.int(16, true);
    let u16t = m.types.int(16, false);
    let i8t = m.types.int(8, true);
    let u8t = m.types.int(8, false);
    let bool_t = m.types.bool();
    let f64t = m.types.intern(TypeData::Float { bits: 64 });
    let f32t = m.types.intern(TypeData::Float { bits: 32 });
    let mut cases = Vec::new();
    let int = |ty, v: i64, kind, want: String| Case {
        ty,
        val: v,
        float: false,
        kind,
        want,
    };
    // Around the i31 limits, both inside (no box) and outside (boxed).
    for v in [
        0,
        1,
        -1,
        (1 << 30) - 1,
        1 << 30,
        -(1 << 30),
        -(1 << 30) - 1,
        (1 << 31) - 1,
        1 << 31,
        1 << 40,
        -(1 << 40),
        i64::MIN,
        i64::MAX,
    ] {
        cases.push(int(i64t, v, PrintKind::Int, v.to_string()));
    }
    for v in [0u64, (1 << 31) - 1, 1 << 31, 1 << 63, u64::MAX] {
        cases.push(int(u64t, v as i64, PrintKind::Uint, v.to_string()));
    }
    for v in [
        0i32,
        -1,
        (1 << 30) - 1,
        1 << 30,
        -(1 << 30),
        -(1 << 30) - 1,
        i32::MIN,
        i32::MAX,
    ] {
        cases.push(int(i32t, v as i64, PrintKind::Int, v.to_string()));
    }
    for v in [0u32, 7, (1 << 31) - 1, 1 << 31, u32::MAX] {
        cases.push(int(u32t, v as i64, PrintKind::Uint, v.to_string()));
    }
    for v in [i16::MIN, -1, i16::MAX] {
        cases.push(int(i16t, v as i64, PrintKind::Int, v.to_string()));
    }
    for v in [0u16, u16::MAX] {
        cases.push(int(u16t, v as i64, PrintKind::Uint, v.to_string()));
    }
    for v in [i8::MIN, -1, 0, i8::MAX] {
        cases.push(int(i8t, v as i64, PrintKind::Int, v.to_string()));
    }
    for v in [0u8, 200, u8::MAX] {
        cases.push(int(u8t, v as i64, PrintKind::Uint, v.to_string()));
    }
    cases.push(int(bool_t, 1, PrintKind::Bool, "true".into()));
    cases.push(int(bool_t, 0, PrintKind::Bool, "false".into()));
    for (v, want) in [(1.5f64, "1.5"), (-0.375, "-0.375"), (1e21, "1e+21")] {
        cases.push(Case {
            ty: f64t,
            val: v.to_bits() as i64,
            float: true,
            kind: PrintKind::FloatV,
            want: want.into(),
        });
    }
    for (v, want) in [(2.5f64, "2.5"), (-1024.0, "-1024")] {
        cases.push(Case {
            ty: f32t,
            val: v.to_bits() as i64,
            float: true,
            kind: PrintKind::FloatV,
            want: want.into(),
        });
    }
    set_main(&mut m, |m, b| {
        for (k, c) in cases.iter().enumerate() {
            let v = if c.float {
                b.ins(Op::Fconst(c.val as u64), c.ty)
            } else {
                b.iconst(c.ty, c.val)
            };
            let x = b.ins(Op::MakeInterface(v, 100 + k as u32), any);
            let y = call1(b, id, vec![x], any);
            let i32t = m.types.int(32, true);
            let t = b.ins(Op::IfaceTypeId(y), i32t);
            b.print(PrintKind::Int, t);
            b.puts(m, " ");
            let u = b.ins(Op::IfaceData(y), c.ty);
            b.print(c.kind, u);
            b.puts(m, "\n");
        }
    });
    let o = run(&m);
    let want: String = cases
        .iter()
        .enumerate()
        .map(|(k, c)| format!("{} {}\n", 100 + k, c.want))
        .collect();
    assert_eq!(o.stdout, want);
    assert_eq!(o.status, 0);
}

#[test]
fn boxes_strings_and_slices() {
    let mut m = Module::new();
    let any = any_ty(&mut m);
    let id = id_fn(&mut m);
    let int = m.types.int64();
    let pint = m.types.pointer(int);
    let string = m.types.string();
    let ints = m.types.slice(int);
    set_main(&mut m, |m, b| {
        let s = b.ins(Op::Sconst(b"hello, interface".to_vec()), string);
        let lo = b.iconst(int, 7);
        let s = b.ins(Op::StrSlice(s, Some(lo), None), string);
        let x = b.ins(Op::MakeInterface(s, 2), any);
        let x = call1(b, id, vec![x], any);
        print_tid(m, b, x); // 2 false
        let s2 = b.ins(Op::IfaceData(x), string);
        b.print(PrintKind::Str, s2);
        b.puts(m, "\n"); // interface
        let e = b.ins(Op::Sconst(vec![]), string);
        let x = b.ins(Op::MakeInterface(e, 2), any);
        let e2 = b.ins(Op::IfaceData(x), string);
        let n = b.ins(Op::StrLen(e2), int);
        b.println_int(m, n); // 0

        // A slice shares its backing array with the one in the interface.
        let (two, five) = (b.iconst(int, 2), b.iconst(int, 5));
        let xs = b.ins(Op::MakeSlice(two, five), ints);
        let nine = b.iconst(int, 9);
        let xs = b.ins(Op::Append(xs, vec![nine]), ints);
        let y = b.ins(Op::MakeInterface(xs, 3), any);
        let y = call1(b, id, vec![y], any);
        print_tid(m, b, y); // 3 false
        let ys = b.ins(Op::IfaceData(y), ints);
        let (l, c) = (b.ins(Op::SliceLen(ys), int), b.ins(Op::SliceCap(ys), int));
        b.println_int(m, l); // 3
        b.println_int(m, c); // 5
        let p = b.ins(Op::SliceIndexAddr(ys, two), pint);
        let v = b.ins(Op::Load(p), int);
        b.println_int(m, v); // 9
        let zero = b.iconst(int, 0);
        let p = b.ins(Op::SliceIndexAddr(ys, zero), pint);
        let v = b.iconst(int, 41);
        b.op(Op::Store(p, v));
        let p = b.ins(Op::SliceIndexAddr(xs, zero), pint);
        let v = b.ins(Op::Load(p), int);
        b.println_int(m, v); // 41
                             // A nil slice in an interface is not a nil interface.
        let nil = b.ins(Op::Nil, ints);
        let z = b.ins(Op::MakeInterface(nil, 3), any);
        print_tid(m, b, z); // 3 false
        let zs = b.ins(Op::IfaceData(z), ints);
        let bool_t = m.types.bool();
        let n = b.ins(Op::IsNil(zs), bool_t);
        b.print(PrintKind::Bool, n);
        b.puts(m, "\n"); // true
    });
    let o = run(&m);
    assert_eq!(
        o.stdout,
        "2 false\ninterface\n0\n3 false\n3\n5\n9\n41\n3 false\ntrue\n"
    );
    assert_eq!(o.status, 0);
}

#[test]
fn aggregates_are_copied_on_conversion() {
    let mut m = Module::new();
    let any = any_ty(&mut m);
    let id = id_fn(&mut m);
    let int = m.types.int64();
    let pint = m.types.pointer(int);
    let string = m.types.string();
    let pstr = m.types.pointer(string);
    let i8t = m.types.int(8, true);
    let pi8 = m.types.pointer(i8t);
    let arr = array_ty(&mut m, i8t, 3);
    let parr = m.types.pointer(arr);
    let s = struct_ty(
        &mut m,
        "main.S",
        &[("a", int), ("name", string), ("arr", arr)],
    );
    let ps = m.types.pointer(s);
    let ss = array_ty(&mut m, s, 2);
    let pss = m.types.pointer(ss);
    set_main(&mut m, |m, b| {
        // s := S{a: 1, name: "one", arr: [3]int8{0, 7, 0}}; var x any = s
        let p = b.ins(Op::Alloc(s), ps);
        let pa = b.ins(Op::FieldAddr(p, 0), pint);
        let one = b.iconst(int, 1);
        b.op(Op::Store(pa, one));
        let pn = b.ins(Op::FieldAddr(p, 1), pstr);
        let name = b.ins(Op::Sconst(b"one".to_vec()), string);
        b.op(Op::Store(pn, name));
        let parr_v = b.ins(Op::FieldAddr(p, 2), parr);
        let idx1 = b.iconst(int, 1);
        let pe = b.ins(Op::IndexAddr(parr_v, idx1), pi8);
        let seven = b.iconst(i8t, 7);
        b.op(Op::Store(pe, seven));
        // The frontend copies a struct value before boxing its pointer.
        let pc = b.ins(Op::Alloc(s), ps);
        b.op(Op::Copy(pc, p));
        let x = b.ins(Op::MakeInterface(pc, 5), any);
        // Mutate the original everywhere: the copy must not change.
        let two = b.iconst(int, 2);
        b.op(Op::Store(pa, two));
        let name2 = b.ins(Op::Sconst(b"two".to_vec()), string);
        b.op(Op::Store(pn, name2));
        let m9 = b.iconst(i8t, -9);
        b.op(Op::Store(pe, m9));
        let x = call1(b, id, vec![x], any);
        print_tid(m, b, x); // 5 false
        let q = b.ins(Op::IfaceData(x), ps);
        let show = |m: &mut Module, b: &mut B, q: Value| {
            let qa = b.ins(Op::FieldAddr(q, 0), pint);
            let v = b.ins(Op::Load(qa), int);
            b.print(PrintKind::Int, v);
            b.puts(m, " ");
            let qn = b.ins(Op::FieldAddr(q, 1), pstr);
            let v = b.ins(Op::Load(qn), string);
            b.print(PrintKind::Str, v);
            b.puts(m, " ");
            let qarr = b.ins(Op::FieldAddr(q, 2), parr);
            let one = b.iconst(int, 1);
            let qe = b.ins(Op::IndexAddr(qarr, one), pi8);
            let v = b.ins(Op::Load(qe), i8t);
            b.println_int(m, v);
        };
        show(m, b, q); // 1 one 7
        show(m, b, p); // 2 two -9
                       // Converting the unboxed value again copies again.
        let qc = b.ins(Op::Alloc(s), ps);
        b.op(Op::Copy(qc, q));
        let y = b.ins(Op::MakeInterface(qc, 5), any);
        let r = b.ins(Op::IfaceData(y), ps);
        let eq = b.ins(Op::Binary(BinaryOp::Eq, q, r), m.types.bool());
        b.print(PrintKind::Bool, eq);
        b.puts(m, "\n"); // false
        show(m, b, r); // 1 one 7

        // An array value of structs, deep-copied.
        let a = b.ins(Op::Alloc(ss), pss);
        let e1 = b.ins(Op::IndexAddr(a, idx1), ps);
        b.op(Op::Copy(e1, p));
        let ac = b.ins(Op::Alloc(ss), pss);
        b.op(Op::Copy(ac, a));
        let z = b.ins(Op::MakeInterface(ac, 6), any);
        b.op(Op::Zero(a));
        let za = b.ins(Op::IfaceData(z), pss);
        let ze = b.ins(Op::IndexAddr(za, idx1), ps);
        show(m, b, ze); // 2 two -9
        let ae = b.ins(Op::IndexAddr(a, idx1), ps);
        show(m, b, ae); // 0  0
    });
    let o = run(&m);
    assert_eq!(
        o.stdout,
        "5 false\n1 one 7\n2 two -9\nfalse\n1 one 7\n2 two -9\n0  0\n"
    );
    assert_eq!(o.status, 0);
}

#[test]
fn converting_nil_struct_pointer_value_panics() {
    // var p *S; var x any = *p
    let mut m = Module::new();
    let any = any_ty(&mut m);
    let int = m.types.int64();
    let s = struct_ty(&mut m, "main.S", &[("a", int)]);
    let ps = m.types.pointer(s);
    set_main(&mut m, |m, b| {
        let p = b.ins(Op::Nil, ps);
        b.puts(m, "before\n");
        // The copy the frontend makes of `*p` faults on nil.
        let pc = b.ins(Op::Alloc(s), ps);
        b.op(Op::Copy(pc, p));
        let x = b.ins(Op::MakeInterface(pc, 5), any);
        print_tid(m, b, x);
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
fn pointers_keep_their_identity() {
    // Thin in the default mode (a cell), fat (boxed) with all_fat.
    let mut m = Module::new();
    let any = any_ty(&mut m);
    let id = id_fn(&mut m);
    let int = m.types.int64();
    let pint = m.types.pointer(int);
    let bool_t = m.types.bool();
    set_main(&mut m, |m, b| {
        let c = b.ins(Op::Alloc(int), pint);
        let five = b.iconst(int, 5);
        b.op(Op::Store(c, five));
        let x = b.ins(Op::MakeInterface(c, 7), any);
        let x = call1(b, id, vec![x], any);
        print_tid(m, b, x); // 7 false
        let q = b.ins(Op::IfaceData(x), pint);
        let v = b.ins(Op::Load(q), int);
        b.println_int(m, v); // 5
        let nine = b.iconst(int, 9);
        b.op(Op::Store(q, nine));
        let v = b.ins(Op::Load(c), int);
        b.println_int(m, v); // 9
        let eq = b.ins(Op::Binary(BinaryOp::Eq, q, c), bool_t);
        b.print(PrintKind::Bool, eq);
        b.puts(m, "\n"); // true
                         // A nil pointer in an interface: the interface is not nil.
        let nil = b.ins(Op::Nil, pint);
        let y = b.ins(Op::MakeInterface(nil, 7), any);
        print_tid(m, b, y); // 7 false
        let r = b.ins(Op::IfaceData(y), pint);
        let n = b.ins(Op::IsNil(r), bool_t);
        b.print(PrintKind::Bool, n);
        b.puts(m, "\n"); // true
    });
    let o = run(&m);
    assert_eq!(o.stdout, "7 false\n5\n9\ntrue\n7 false\ntrue\n");
    assert_eq!(o.status, 0);
}

#[test]
fn fat_pointers_through_interfaces() {
    // p := &s.b (fat); var x any = p; *x.(*int) = 42 writes s.b.
    let mut m = Module::new();
    let any = any_ty(&mut m);
    let id = id_fn(&mut m);
    let int = m.types.int64();
    let pint = m.types.pointer(int);
    let s = struct_ty(&mut m, "main.S", &[("a", int), ("b", int)]);
    let ps = m.types.pointer(s);
    let bool_t = m.types.bool();
    // func bump(x any) { p := x.(*int); *p += 100 }
    let bump = add_fn(&mut m, "main.bump", vec![any], vec![], |_, b, xs| {
        let p = b.ins(Op::IfaceData(xs[0]), pint);
        let v = b.ins(Op::Load(p), int);
        let k = b.iconst(int, 100);
        let w = b.ins(Op::Binary(BinaryOp::Add, v, k), int);
        b.op(Op::Store(p, w));
        b.b.ret(vec![]);
    });
    set_main(&mut m, |m, b| {
        let o = b.ins(Op::Alloc(s), ps);
        let pb = b.ins(Op::FieldAddr(o, 1), pint);
        let three = b.iconst(int, 3);
        b.op(Op::Store(pb, three));
        let x = b.ins(Op::MakeInterface(pb, 8), any);
        let x = call1(b, id, vec![x], any);
        print_tid(m, b, x); // 8 false
        let q = b.ins(Op::IfaceData(x), pint);
        let v = b.ins(Op::Load(q), int);
        b.println_int(m, v); // 3
        let v = b.iconst(int, 42);
        b.op(Op::Store(q, v));
        let pb2 = b.ins(Op::FieldAddr(o, 1), pint);
        let v = b.ins(Op::Load(pb2), int);
        b.println_int(m, v); // 42
        b.b.ins(Op::Call(bump, vec![x]), &[]);
        let v = b.ins(Op::Load(pb2), int);
        b.println_int(m, v); // 142
        let pa = b.ins(Op::FieldAddr(o, 0), pint);
        let v = b.ins(Op::Load(pa), int);
        b.println_int(m, v); // 0
        let eq = b.ins(Op::Binary(BinaryOp::Eq, q, pb), bool_t);
        let ne = b.ins(Op::Binary(BinaryOp::Eq, q, pa), bool_t);
        b.print(PrintKind::Bool, eq);
        b.puts(m, " ");
        b.print(PrintKind::Bool, ne);
        b.puts(m, "\n"); // true false
                         // A cell behind the same fat pointer type.
        let c = b.ins(Op::Alloc(int), pint);
        let y = b.ins(Op::MakeInterface(c, 8), any);
        b.b.ins(Op::Call(bump, vec![y]), &[]);
        let v = b.ins(Op::Load(c), int);
        b.println_int(m, v); // 100
    });
    let o = run(&m);
    assert_eq!(o.stdout, "8 false\n3\n42\n142\n0\ntrue false\n100\n");
    assert_eq!(o.status, 0);
}

#[test]
fn func_values_in_interfaces() {
    let mut m = Module::new();
    let any = any_ty(&mut m);
    let id = id_fn(&mut m);
    let int = m.types.int64();
    let pint = m.types.pointer(int);
    let bool_t = m.types.bool();
    let fty = func_ty(&mut m, &[], &[int]);
    // func() int { *p++; return *p }
    let inc = add_fn(
        &mut m,
        "main.main.func1",
        vec![fty],
        vec![int],
        |_, b, ps| {
            let p = b.ins(Op::ClosureCapture(ps[0], 0), pint);
            let v = b.ins(Op::Load(p), int);
            let one = b.iconst(int, 1);
            let w = b.ins(Op::Binary(BinaryOp::Add, v, one), int);
            b.op(Op::Store(p, w));
            b.b.ret(vec![w]);
        },
    );
    // func() int { return 7 }: no captures, so a shared closure object.
    let seven = add_fn(
        &mut m,
        "main.main.func2",
        vec![fty],
        vec![int],
        |_, b, _| {
            let v = b.iconst(int, 7);
            b.b.ret(vec![v]);
        },
    );
    set_main(&mut m, |m, b| {
        let c = b.ins(Op::Alloc(int), pint);
        let f = b.ins(Op::MakeClosure(inc, vec![c]), fty);
        let x = b.ins(Op::MakeInterface(f, 9), any);
        let x = call1(b, id, vec![x], any);
        print_tid(m, b, x); // 9 false
        for _ in 0..2 {
            let g = b.ins(Op::IfaceData(x), fty);
            let i = b.b.ins(Op::CallClosure(g, vec![]), &[int]);
            let r = b.b.func.insts[i].results[0];
            b.println_int(m, r); // 1, 2
        }
        let v = b.ins(Op::Load(c), int);
        b.println_int(m, v); // 2
        let f7 = b.ins(Op::MakeClosure(seven, vec![]), fty);
        let y = b.ins(Op::MakeInterface(f7, 9), any);
        let g = b.ins(Op::IfaceData(y), fty);
        let i = b.b.ins(Op::CallClosure(g, vec![]), &[int]);
        let r = b.b.func.insts[i].results[0];
        b.println_int(m, r); // 7
                             // A nil func in an interface.
        let nil = b.ins(Op::Nil, fty);
        let z = b.ins(Op::MakeInterface(nil, 9), any);
        print_tid(m, b, z); // 9 false
        let g = b.ins(Op::IfaceData(z), fty);
        let n = b.ins(Op::IsNil(g), bool_t);
        b.print(PrintKind::Bool, n);
        b.puts(m, "\n"); // true
    });
    let o = run(&m);
    assert_eq!(o.stdout, "9 false\n1\n2\n2\n7\n9 false\ntrue\n");
    assert_eq!(o.status, 0);
}

#[test]
fn nil_interfaces() {
    let mut m = Module::new();
    let any = any_ty(&mut m);
    let id = id_fn(&mut m);
    let int = m.types.int64();
    let bool_t = m.types.bool();
    set_main(&mut m, |m, b| {
        let nil = b.ins(Op::Nil, any);
        print_tid(m, b, nil); // 0 true
        let x = call1(b, id, vec![nil], any);
        print_tid(m, b, x); // 0 true
        let zero = b.iconst(int, 0);
        let y = b.ins(Op::MakeInterface(zero, 1), any);
        print_tid(m, b, y); // 1 false
                            // Select between a nil and a non-nil interface.
        let t = b.iconst(bool_t, 1);
        let s = b.ins(Op::Select(t, nil, y), any);
        print_tid(m, b, s); // 0 true
        let f = b.iconst(bool_t, 0);
        let s = b.ins(Op::Select(f, nil, y), any);
        print_tid(m, b, s); // 1 false
                            // An interface holding a nil interface value is the nil
                            // interface to the frontend; the backend boxes what it is given.
        let z = b.ins(Op::MakeInterface(nil, 11), any);
        print_tid(m, b, z); // 11 false
        let inner = b.ins(Op::IfaceData(z), any);
        print_tid(m, b, inner); // 0 true
    });
    let o = run(&m);
    assert_eq!(
        o.stdout,
        "0 true\n0 true\n1 false\n0 true\n1 false\n11 false\n0 true\n"
    );
    assert_eq!(o.status, 0);
}

/// Type ids the dispatch tests use.
const TID_INT: u32 = 1;
const TID_STRING: u32 = 2;
const TID_FLOAT: u32 = 3;
const TID_PT: u32 = 4;
const TID_BOOL: u32 = 5;
const TID_T: u32 = 6;

struct Show {
    any: Type,
    int: Type,
    string: Type,
    f64t: Type,
    bool_t: Type,
    t: Type,
    pt: Type,
    pint: Type,
    show: FuncId,
}

/// `func show(x any)`: a type switch written in IR, printing each kind.
fn show_fn(m: &mut Module) -> Show {
    let any = any_ty(m);
    let int = m.types.int64();
    let string = m.types.string();
    let f64t = m.types.intern(TypeData::Float { bits: 64 });
    let bool_t = m.types.bool();
    let i32t = m.types.int(32, true);
    let pint = m.types.pointer(int);
    let t = struct_ty(m, "main.T", &[("n", int)]);
    let pt = m.types.pointer(t);
    let show = add_fn(m, "main.show", vec![any], vec![], |m, b, xs| {
        let x = xs[0];
        let tid = b.ins(Op::IfaceTypeId(x), i32t);
        let is = |b: &mut B, k: u32| {
            let c = b.iconst(i32t, k as i64);
            b.ins(Op::Binary(BinaryOp::Eq, tid, c), bool_t)
        };
        let c = is(b, TID_INT);
        b.if_then(m, c, |m, b| {
            b.puts(m, "int ");
            let v = b.ins(Op::IfaceData(x), int);
            b.println_int(m, v);
        });
        let c = is(b, TID_STRING);
        b.if_then(m, c, |m, b| {
            b.puts(m, "string ");
            let v = b.ins(Op::IfaceData(x), string);
            b.print(PrintKind::Str, v);
            b.puts(m, "\n");
        });
        let c = is(b, TID_FLOAT);
        b.if_then(m, c, |m, b| {
            b.puts(m, "float64 ");
            let v = b.ins(Op::IfaceData(x), f64t);
            b.print(PrintKind::FloatV, v);
            b.puts(m, "\n");
        });
        let c = is(b, TID_PT);
        b.if_then(m, c, |m, b| {
            b.puts(m, "*T ");
            let p = b.ins(Op::IfaceData(x), pint);
            let v = b.ins(Op::Load(p), int);
            b.println_int(m, v);
        });
        let c = is(b, TID_BOOL);
        b.if_then(m, c, |m, b| {
            b.puts(m, "bool ");
            let v = b.ins(Op::IfaceData(x), bool_t);
            b.print(PrintKind::Bool, v);
            b.puts(m, "\n");
        });
        let c = is(b, TID_T);
        b.if_then(m, c, |m, b| {
            b.puts(m, "T ");
            let p = b.ins(Op::IfaceData(x), pt);
            let pn = b.ins(Op::FieldAddr(p, 0), pint);
            let v = b.ins(Op::Load(pn), int);
            b.println_int(m, v);
        });
        let n = b.ins(Op::IsNil(x), bool_t);
        b.if_then(m, n, |m, b| b.puts(m, "<nil>\n"));
        b.b.ret(vec![]);
    });
    Show {
        any,
        int,
        string,
        f64t,
        bool_t,
        t,
        pt,
        pint,
        show,
    }
}

#[test]
fn dispatch_on_type_id() {
    let mut m = Module::new();
    let t = show_fn(&mut m);
    let anys = m.types.slice(t.any);
    let pany = m.types.pointer(t.any);
    set_main(&mut m, |m, b| {
        let v = b.iconst(t.int, -12345678901);
        let a = b.ins(Op::MakeInterface(v, TID_INT), t.any);
        let s = b.ins(Op::Sconst(b"gopher".to_vec()), t.string);
        let bs = b.ins(Op::MakeInterface(s, TID_STRING), t.any);
        let f = b.ins(Op::Fconst(0.1f64.to_bits()), t.f64t);
        let c = b.ins(Op::MakeInterface(f, TID_FLOAT), t.any);
        let obj = b.ins(Op::Alloc(t.t), t.pt);
        let pn = b.ins(Op::FieldAddr(obj, 0), t.pint);
        let v = b.iconst(t.int, 77);
        b.op(Op::Store(pn, v));
        let d = b.ins(Op::MakeInterface(pn, TID_PT), t.any);
        let tr = b.iconst(t.bool_t, 1);
        let e = b.ins(Op::MakeInterface(tr, TID_BOOL), t.any);
        // A T value: the frontend boxes a copy.
        let oc = b.ins(Op::Alloc(t.t), t.pt);
        b.op(Op::Copy(oc, obj));
        let g = b.ins(Op::MakeInterface(oc, TID_T), t.any);
        let nil = b.ins(Op::Nil, t.any);
        let zero = b.iconst(t.int, 0);
        let xs = b.ins(Op::MakeSlice(zero, zero), anys);
        let xs = b.ins(Op::Append(xs, vec![a, bs, c, d, e, g, nil]), anys);
        // Mutate through the fat pointer and the original struct: the
        // pointer sees it, the copied T does not.
        let v = b.iconst(t.int, 78);
        b.op(Op::Store(pn, v));
        b.for_range(m, 7, |_, b, i| {
            let p = b.ins(Op::SliceIndexAddr(xs, i), pany);
            let x = b.ins(Op::Load(p), t.any);
            b.b.ins(Op::Call(t.show, vec![x]), &[]);
        });
    });
    let o = run(&m);
    assert_eq!(
        o.stdout,
        "int -12345678901\nstring gopher\nfloat64 0.1\n*T 78\nbool true\nT 77\n<nil>\n"
    );
    assert_eq!(o.status, 0);
}

#[test]
fn interfaces_in_fields_arrays_cells_globals_and_captures() {
    let mut m = Module::new();
    let t = show_fn(&mut m);
    let (any, int) = (t.any, t.int);
    let pany = m.types.pointer(any);
    let string = m.types.string();
    let holder = struct_ty(&mut m, "main.H", &[("tag", string), ("v", any), ("w", any)]);
    let ph = m.types.pointer(holder);
    let arr = array_ty(&mut m, any, 3);
    let parr = m.types.pointer(arr);
    let g = m.globals.push(gowgc_ir::GlobalData {
        name: "main.g".into(),
        ty: any,
    });
    let fty = func_ty(&mut m, &[], &[]);
    // Loads and stores through `*any` of unknown origin.
    let set = add_fn(&mut m, "main.set", vec![pany, any], vec![], |_, b, ps| {
        b.op(Op::Store(ps[0], ps[1]));
        b.b.ret(vec![]);
    });
    let get = add_fn(&mut m, "main.get", vec![pany], vec![any], |_, b, ps| {
        let v = b.ins(Op::Load(ps[0]), any);
        b.b.ret(vec![v]);
    });
    // func() { show(x) } capturing an interface.
    let cap = add_fn(&mut m, "main.main.func1", vec![fty], vec![], |_, b, ps| {
        let x = b.ins(Op::ClosureCapture(ps[0], 0), any);
        b.b.ins(Op::Call(t.show, vec![x]), &[]);
        b.b.ret(vec![]);
    });
    set_main(&mut m, |m, b| {
        let show = |b: &mut B, x: Value| {
            b.b.ins(Op::Call(t.show, vec![x]), &[]);
        };
        let five = b.iconst(int, 5);
        let i5 = b.ins(Op::MakeInterface(five, TID_INT), any);
        let s = b.ins(Op::Sconst(b"field".to_vec()), string);
        let is = b.ins(Op::MakeInterface(s, TID_STRING), any);

        // Struct fields: direct, then through the helpers.
        let h = b.ins(Op::Alloc(holder), ph);
        let pv = b.ins(Op::FieldAddr(h, 1), pany);
        let x = b.ins(Op::Load(pv), any);
        show(b, x); // <nil>
        b.op(Op::Store(pv, i5));
        let pw = b.ins(Op::FieldAddr(h, 2), pany);
        b.b.ins(Op::Call(set, vec![pw, is]), &[]);
        let x = b.ins(Op::Load(pv), any);
        show(b, x); // int 5
        let x = call1(b, get, vec![pw], any);
        show(b, x); // string field
                    // Copy and zero a struct holding interfaces.
        let h2 = b.ins(Op::Alloc(holder), ph);
        b.op(Op::Copy(h2, h));
        b.op(Op::Zero(h));
        let x = call1(b, get, vec![pv], any);
        show(b, x); // <nil>
        let pw2 = b.ins(Op::FieldAddr(h2, 2), pany);
        let x = b.ins(Op::Load(pw2), any);
        show(b, x); // string field

        // Array elements (cells).
        let a = b.ins(Op::Alloc(arr), parr);
        let two = b.iconst(int, 2);
        let pe = b.ins(Op::IndexAddr(a, two), pany);
        b.op(Op::Store(pe, is));
        let pe = b.ins(Op::IndexAddr(a, two), pany);
        let x = call1(b, get, vec![pe], any);
        show(b, x); // string field
        let zero = b.iconst(int, 0);
        let pe0 = b.ins(Op::IndexAddr(a, zero), pany);
        b.b.ins(Op::Call(set, vec![pe0, i5]), &[]);
        let x = b.ins(Op::Load(pe0), any);
        show(b, x); // int 5

        // An escaping interface variable (a cell).
        let c = b.ins(Op::Alloc(any), pany);
        let x = b.ins(Op::Load(c), any);
        show(b, x); // <nil>
        b.op(Op::Store(c, is));
        let x = call1(b, get, vec![c], any);
        show(b, x); // string field

        // A global.
        let pg = b.ins(Op::GlobalAddr(g), pany);
        let x = b.ins(Op::Load(pg), any);
        show(b, x); // <nil>
        let f = b.ins(Op::Fconst(2.5f64.to_bits()), t.f64t);
        let fx = b.ins(Op::MakeInterface(f, TID_FLOAT), any);
        b.b.ins(Op::Call(set, vec![pg, fx]), &[]);
        let pg = b.ins(Op::GlobalAddr(g), pany);
        let x = b.ins(Op::Load(pg), any);
        show(b, x); // float64 2.5

        // A closure capture.
        let clo = b.ins(Op::MakeClosure(cap, vec![fx]), fty);
        let y = b.ins(Op::MakeInterface(clo, 12), any);
        let clo2 = b.ins(Op::IfaceData(y), fty);
        b.b.ins(Op::CallClosure(clo2, vec![]), &[]); // float64 2.5

        // A loop-carried interface variable (block parameters).
        let var = b.b.declare_var(any);
        let nil = b.ins(Op::Nil, any);
        b.b.def_var(var, nil);
        b.for_range(m, 3, |_, b, i| {
            let prev = b.b.use_var(var);
            b.b.ins(Op::Call(t.show, vec![prev]), &[]);
            let next = b.ins(Op::MakeInterface(i, TID_INT), any);
            b.b.def_var(var, next);
        });
        let last = b.b.use_var(var);
        show(b, last);
    });
    let o = run(&m);
    assert_eq!(
        o.stdout,
        "<nil>\nint 5\nstring field\n<nil>\nstring field\nstring field\nint 5\n<nil>\nstring field\n<nil>\nfloat64 2.5\nfloat64 2.5\n<nil>\nint 0\nint 1\nint 2\n"
    );
    assert_eq!(o.status, 0);
}

#[test]
fn boxes_millions_of_values() {
    // ring := [64]any{}; for i := 0; i < N; i++ {
    //     ring[i%64] = i * K (int, mostly too large for an i31) or, every
    //     third i, float64(i); sum += (the value ring[(i+1)%64] held) }
    const N: i64 = 3_000_000;
    const K: i64 = 1_000_003;
    let mut m = Module::new();
    let any = any_ty(&mut m);
    let int = m.types.int64();
    let f64t = m.types.intern(TypeData::Float { bits: 64 });
    let i32t = m.types.int(32, true);
    let bool_t = m.types.bool();
    let pany = m.types.pointer(any);
    let pint = m.types.pointer(int);
    let ring_t = array_ty(&mut m, any, 64);
    let pring = m.types.pointer(ring_t);
    set_main(&mut m, |m, b| {
        let ring = b.ins(Op::Alloc(ring_t), pring);
        let sum = b.ins(Op::Alloc(int), pint);
        let mask = b.iconst(int, 63);
        b.for_range(m, N, |m, b, i| {
            let three = b.iconst(int, 3);
            let r = b.ins(Op::Binary(BinaryOp::Rem, i, three), int);
            let zero = b.iconst(int, 0);
            let is_f = b.ins(Op::Binary(BinaryOp::Eq, r, zero), bool_t);
            let k = b.iconst(int, K);
            let v = b.ins(Op::Binary(BinaryOp::Mul, i, k), int);
            let xi = b.ins(Op::MakeInterface(v, 1), any);
            let fv = b.ins(Op::Convert(gowgc_ir::ConvertKind::IntToFloat, i), f64t);
            let xf = b.ins(Op::MakeInterface(fv, 3), any);
            let x = b.ins(Op::Select(is_f, xf, xi), any);
            let slot = b.ins(Op::Binary(BinaryOp::And, i, mask), int);
            let p = b.ins(Op::IndexAddr(ring, slot), pany);
            b.op(Op::Store(p, x));
            let one = b.iconst(int, 1);
            let j = b.ins(Op::Binary(BinaryOp::Add, i, one), int);
            let slot = b.ins(Op::Binary(BinaryOp::And, j, mask), int);
            let p = b.ins(Op::IndexAddr(ring, slot), pany);
            let y = b.ins(Op::Load(p), any);
            let tid = b.ins(Op::IfaceTypeId(y), i32t);
            let c1 = b.iconst(i32t, 1);
            let is_int = b.ins(Op::Binary(BinaryOp::Eq, tid, c1), bool_t);
            b.if_then(m, is_int, |_, b| {
                let v = b.ins(Op::IfaceData(y), int);
                let s = b.ins(Op::Load(sum), int);
                let s = b.ins(Op::Binary(BinaryOp::Add, s, v), int);
                b.op(Op::Store(sum, s));
            });
            let c3 = b.iconst(i32t, 3);
            let is_flt = b.ins(Op::Binary(BinaryOp::Eq, tid, c3), bool_t);
            b.if_then(m, is_flt, |_, b| {
                let f = b.ins(Op::IfaceData(y), f64t);
                let v = b.ins(Op::Convert(gowgc_ir::ConvertKind::FloatToInt, f), int);
                let s = b.ins(Op::Load(sum), int);
                let s = b.ins(Op::Binary(BinaryOp::Add, s, v), int);
                b.op(Op::Store(sum, s));
            });
        });
        let v = b.ins(Op::Load(sum), int);
        b.println_int(m, v);
    });
    let o = run(&m);
    // ring[(i+1)%64] holds what iteration i-63 stored (for i >= 63).
    let stored = |i: i64| if i % 3 == 0 { i } else { i * K };
    let expect: i64 = (63..N).map(|i| stored(i - 63)).sum();
    assert_eq!(o.stdout, format!("{expect}\n"));
    assert_eq!(o.status, 0);
}
