//! Func values and closures: captured pointers (thin cells and fat
//! interior pointers), captured strings, slices, small ints and other
//! closures, func values in struct fields, slices, arrays, cells and
//! globals (also through unknown pointers), nil funcs, and a loop that
//! makes millions of closures. Every test runs in both pointer modes.

mod common;

use common::{add_fn, array_ty, panic_text, run, set_main, struct_ty, B};
use gowgc_ir::{BinaryOp, ConvertKind, FuncId, Module, Op, PrintKind, Type, TypeData, Value};

fn func_ty(m: &mut Module, params: &[Type], results: &[Type]) -> Type {
    m.types.intern(TypeData::Func {
        params: params.to_vec(),
        results: results.to_vec(),
    })
}

/// All results of an instruction with result types `res`.
fn ins_n(b: &mut B, op: Op, res: &[Type]) -> Vec<Value> {
    let i = b.b.ins(op, res);
    b.b.func.insts[i].results.clone()
}

fn call(b: &mut B, f: FuncId, args: Vec<Value>, res: &[Type]) -> Vec<Value> {
    ins_n(b, Op::Call(f, args), res)
}

fn call_closure(b: &mut B, c: Value, args: Vec<Value>, res: &[Type]) -> Vec<Value> {
    ins_n(b, Op::CallClosure(c, args), res)
}

/// `func() int { *p++; return *p }` with `p` capture 0.
fn incrementer(m: &mut Module, name: &str, fty: Type) -> FuncId {
    let int = m.types.int64();
    let pint = m.types.pointer(int);
    add_fn(m, name, vec![fty], vec![int], |_, b, ps| {
        let p = b.ins(Op::ClosureCapture(ps[0], 0), pint);
        let v = b.ins(Op::Load(p), int);
        let one = b.iconst(int, 1);
        let w = b.ins(Op::Binary(BinaryOp::Add, v, one), int);
        b.op(Op::Store(p, w));
        b.b.ret(vec![w]);
    })
}

#[test]
fn counter_captures_cell() {
    let mut m = Module::new();
    let int = m.types.int64();
    let pint = m.types.pointer(int);
    let fty = func_ty(&mut m, &[], &[int]);
    let inc = incrementer(&mut m, "main.makeCounter.func1", fty);
    let make = add_fn(&mut m, "main.makeCounter", vec![], vec![fty], |_, b, _| {
        let p = b.ins(Op::Alloc(int), pint);
        let c = b.ins(Op::MakeClosure(inc, vec![p]), fty);
        b.b.ret(vec![c]);
    });
    set_main(&mut m, |m, b| {
        let c1 = call(b, make, vec![], &[fty])[0];
        for _ in 0..3 {
            let r = call_closure(b, c1, vec![], &[int])[0];
            b.println_int(m, r);
        }
        let c2 = call(b, make, vec![], &[fty])[0];
        let r = call_closure(b, c2, vec![], &[int])[0];
        b.println_int(m, r);
        let r = call_closure(b, c1, vec![], &[int])[0];
        b.println_int(m, r);
    });
    let o = run(&m);
    assert_eq!(o.stdout, "1\n2\n3\n1\n4\n");
    assert_eq!(o.status, 0);
}

#[test]
fn counter_captures_fat_pointers() {
    // One closure function made over a cell and over a struct field: the
    // field address makes `*int` fat in both modes, and the closure loads
    // and stores through a pointer of unknown origin.
    let mut m = Module::new();
    let int = m.types.int64();
    let pint = m.types.pointer(int);
    let s = struct_ty(&mut m, "main.S", &[("a", int), ("b", int)]);
    let ps = m.types.pointer(s);
    let fty = func_ty(&mut m, &[], &[int]);
    let inc = incrementer(&mut m, "main.counter.func1", fty);
    set_main(&mut m, |m, b| {
        let obj = b.ins(Op::Alloc(s), ps);
        let pb = b.ins(Op::FieldAddr(obj, 1), pint);
        let ten = b.iconst(int, 10);
        b.op(Op::Store(pb, ten));
        let cf = b.ins(Op::MakeClosure(inc, vec![pb]), fty);
        let cell = b.ins(Op::Alloc(int), pint);
        let cc = b.ins(Op::MakeClosure(inc, vec![cell]), fty);
        for c in [cf, cc, cf, cc, cf] {
            let r = call_closure(b, c, vec![], &[int])[0];
            b.println_int(m, r);
        }
        let pa = b.ins(Op::FieldAddr(obj, 0), pint);
        let a = b.ins(Op::Load(pa), int);
        b.println_int(m, a);
        let pb2 = b.ins(Op::FieldAddr(obj, 1), pint);
        let v = b.ins(Op::Load(pb2), int);
        b.println_int(m, v);
        let v = b.ins(Op::Load(cell), int);
        b.println_int(m, v);
    });
    let o = run(&m);
    assert_eq!(o.stdout, "11\n1\n12\n2\n13\n0\n13\n2\n");
    assert_eq!(o.status, 0);
}

#[test]
fn captures_string_slice_int8_and_closure() {
    let mut m = Module::new();
    let int = m.types.int64();
    let i8t = m.types.int(8, true);
    let pint = m.types.pointer(int);
    let string = m.types.string();
    let ints = m.types.slice(int);
    let gty = func_ty(&mut m, &[int], &[int]);
    let fty = func_ty(&mut m, &[int], &[int, string]);
    // func(x int) int { return x + 1000 }: captures nothing.
    let g = add_fn(
        &mut m,
        "main.main.func1",
        vec![gty, int],
        vec![int],
        |_, b, ps| {
            let k = b.iconst(int, 1000);
            let r = b.ins(Op::Binary(BinaryOp::Add, ps[1], k), int);
            b.b.ret(vec![r]);
        },
    );
    // func(i int) (int, string) { print(s, " "); return g(xs[i]*int(k)), s+"!" }
    let f = add_fn(
        &mut m,
        "main.main.func2",
        vec![fty, int],
        vec![int, string],
        |m, b, ps| {
            let s = b.ins(Op::ClosureCapture(ps[0], 0), string);
            let xs = b.ins(Op::ClosureCapture(ps[0], 1), ints);
            let k = b.ins(Op::ClosureCapture(ps[0], 2), i8t);
            let g = b.ins(Op::ClosureCapture(ps[0], 3), gty);
            b.print(PrintKind::Str, s);
            b.puts(m, " ");
            let p = b.ins(Op::SliceIndexAddr(xs, ps[1]), pint);
            let v = b.ins(Op::Load(p), int);
            let kk = b.ins(Op::Convert(ConvertKind::IntToInt, k), int);
            let w = b.ins(Op::Binary(BinaryOp::Mul, v, kk), int);
            let r = call_closure(b, g, vec![w], &[int])[0];
            let bang = b.ins(Op::Sconst(b"!".to_vec()), string);
            let t = b.ins(Op::StrConcat(s, bang), string);
            b.b.ret(vec![r, t]);
        },
    );
    set_main(&mut m, |m, b| {
        let three = b.iconst(int, 3);
        let xs = b.ins(Op::MakeSlice(three, three), ints);
        for i in 0..3 {
            let idx = b.iconst(int, i);
            let p = b.ins(Op::SliceIndexAddr(xs, idx), pint);
            let v = b.iconst(int, 10 * (i + 1));
            b.op(Op::Store(p, v));
        }
        let s = b.ins(Op::Sconst(b"hi".to_vec()), string);
        let k = b.iconst(i8t, -3);
        let gc = b.ins(Op::MakeClosure(g, vec![]), gty);
        let c = b.ins(Op::MakeClosure(f, vec![s, xs, k, gc]), fty);
        let show = |m: &mut Module, b: &mut B, i: i64| {
            let idx = b.iconst(int, i);
            let r = call_closure(b, c, vec![idx], &[int, string]);
            b.print(PrintKind::Int, r[0]);
            b.puts(m, " ");
            b.print(PrintKind::Str, r[1]);
            b.puts(m, "\n");
        };
        for i in 0..3 {
            show(m, b, i);
        }
        // The closure shares the slice's backing array.
        let zero = b.iconst(int, 0);
        let p = b.ins(Op::SliceIndexAddr(xs, zero), pint);
        let one = b.iconst(int, 1);
        b.op(Op::Store(p, one));
        show(m, b, 0);
        // A closure called directly, as the frontend may do.
        let seven = b.iconst(int, 7);
        let r = call(b, g, vec![gc, seven], &[int])[0];
        b.println_int(m, r);
    });
    let o = run(&m);
    assert_eq!(
        o.stdout,
        "hi 970 hi!\nhi 940 hi!\nhi 910 hi!\nhi 997 hi!\n1007\n"
    );
    assert_eq!(o.status, 0);
}

struct Binops {
    int: Type,
    bool: Type,
    bt: Type,
    pbt: Type,
    add: FuncId,
    mul: FuncId,
    addk: FuncId,
}

/// `func(a, b int) int` closures: `add`, `mul` (no captures) and `addk`
/// (captures `k`).
fn binops(m: &mut Module) -> Binops {
    let int = m.types.int64();
    let bool = m.types.bool();
    let bt = func_ty(m, &[int, int], &[int]);
    let pbt = m.types.pointer(bt);
    let mk = |m: &mut Module, name: &str, op: BinaryOp, cap: bool| {
        add_fn(m, name, vec![bt, int, int], vec![int], |_, b, ps| {
            let mut r = b.ins(Op::Binary(op, ps[1], ps[2]), int);
            if cap {
                let k = b.ins(Op::ClosureCapture(ps[0], 0), int);
                r = b.ins(Op::Binary(BinaryOp::Add, r, k), int);
            }
            b.b.ret(vec![r]);
        })
    };
    let add = mk(m, "main.add", BinaryOp::Add, false);
    let mul = mk(m, "main.mul", BinaryOp::Mul, false);
    let addk = mk(m, "main.addk.func1", BinaryOp::Add, true);
    Binops {
        int,
        bool,
        bt,
        pbt,
        add,
        mul,
        addk,
    }
}

#[test]
fn func_values_in_fields_slices_cells_and_globals() {
    let mut m = Module::new();
    let t = binops(&mut m);
    let (int, bt, pbt) = (t.int, t.bt, t.pbt);
    let string = m.types.string();
    let opt = struct_ty(&mut m, "main.Op", &[("name", string), ("f", bt)]);
    let popt = m.types.pointer(opt);
    let fns = m.types.slice(bt);
    let arr = array_ty(&mut m, bt, 2);
    let parr = m.types.pointer(arr);
    let g = m.globals.push(gowgc_ir::GlobalData {
        name: "main.g".into(),
        ty: bt,
    });
    // Stores and loads through `*func` pointers of unknown origin.
    let set_f = add_fn(&mut m, "main.setF", vec![pbt, bt], vec![], |_, b, ps| {
        b.op(Op::Store(ps[0], ps[1]));
        b.b.ret(vec![]);
    });
    let get_f = add_fn(&mut m, "main.getF", vec![pbt], vec![bt], |_, b, ps| {
        let v = b.ins(Op::Load(ps[0]), bt);
        b.b.ret(vec![v]);
    });
    let apply = |b: &mut B, m: &mut Module, f: Value, x: i64, y: i64| {
        let (x, y) = (b.iconst(int, x), b.iconst(int, y));
        let r = call_closure(b, f, vec![x, y], &[int])[0];
        b.println_int(m, r);
    };
    let is_nil = |b: &mut B, m: &mut Module, f: Value| {
        let n = b.ins(Op::IsNil(f), t.bool);
        b.print(PrintKind::Bool, n);
        b.puts(m, "\n");
    };
    set_main(&mut m, |m, b| {
        let add = b.ins(Op::MakeClosure(t.add, vec![]), bt);
        let mul = b.ins(Op::MakeClosure(t.mul, vec![]), bt);
        let hundred = b.iconst(int, 100);
        let addk = b.ins(Op::MakeClosure(t.addk, vec![hundred]), bt);

        // Struct field, set through a fat pointer of unknown origin.
        let o = b.ins(Op::Alloc(opt), popt);
        let pf = b.ins(Op::FieldAddr(o, 1), pbt);
        let f0 = b.ins(Op::Load(pf), bt);
        is_nil(b, m, f0); // true
        call(b, set_f, vec![pf, add], &[]);
        let pf2 = b.ins(Op::FieldAddr(o, 1), pbt);
        let f = b.ins(Op::Load(pf2), bt);
        is_nil(b, m, f); // false
        apply(b, m, f, 3, 4); // 7
        let f = call(b, get_f, vec![pf], &[bt])[0];
        apply(b, m, f, 5, 6); // 11
                              // Deep copy keeps the func value; zeroing clears it.
        let o2 = b.ins(Op::Alloc(opt), popt);
        b.op(Op::Copy(o2, o));
        b.op(Op::Zero(o));
        let pf3 = b.ins(Op::FieldAddr(o, 1), pbt);
        let f = b.ins(Op::Load(pf3), bt);
        is_nil(b, m, f); // true
        let pf4 = b.ins(Op::FieldAddr(o2, 1), pbt);
        let f = b.ins(Op::Load(pf4), bt);
        apply(b, m, f, 1, 2); // 3

        // A slice of funcs built by append, called in a loop.
        let zero = b.iconst(int, 0);
        let s0 = b.ins(Op::MakeSlice(zero, zero), fns);
        let s = b.ins(Op::Append(s0, vec![add, mul, addk]), fns);
        b.for_range(m, 3, |m, b, i| {
            let p = b.ins(Op::SliceIndexAddr(s, i), pbt);
            let f = b.ins(Op::Load(p), bt);
            apply(b, m, f, 6, 7); // 13 42 113
        });
        // Overwrite an element through its address, via the helper.
        let one = b.iconst(int, 1);
        let p1 = b.ins(Op::SliceIndexAddr(s, one), pbt);
        call(b, set_f, vec![p1, addk], &[]);
        let f = call(b, get_f, vec![p1], &[bt])[0];
        apply(b, m, f, 1, 1); // 102

        // An array of funcs.
        let a = b.ins(Op::Alloc(arr), parr);
        let pe = b.ins(Op::IndexAddr(a, one), pbt);
        b.op(Op::Store(pe, mul));
        let pe = b.ins(Op::IndexAddr(a, one), pbt);
        let f = b.ins(Op::Load(pe), bt);
        apply(b, m, f, 9, 9); // 81
        let pe0 = b.ins(Op::IndexAddr(a, zero), pbt);
        let f = b.ins(Op::Load(pe0), bt);
        is_nil(b, m, f); // true

        // A global func variable.
        let pg = b.ins(Op::GlobalAddr(g), pbt);
        let f = b.ins(Op::Load(pg), bt);
        is_nil(b, m, f); // true
        b.op(Op::Store(pg, mul));
        let pg = b.ins(Op::GlobalAddr(g), pbt);
        let f = b.ins(Op::Load(pg), bt);
        apply(b, m, f, 2, 21); // 42

        // An escaping func variable (a cell).
        let cell = b.ins(Op::Alloc(bt), pbt);
        b.op(Op::Store(cell, addk));
        let f = call(b, get_f, vec![cell], &[bt])[0];
        apply(b, m, f, 0, 0); // 100

        // println of func values, and select between them.
        let nil = b.ins(Op::Nil, bt);
        b.print(PrintKind::Pointer, nil);
        b.puts(m, "\n");
        let tr = b.iconst(t.bool, 1);
        let f = b.ins(Op::Select(tr, nil, add), bt);
        is_nil(b, m, f); // true
        let fl = b.iconst(t.bool, 0);
        let f = b.ins(Op::Select(fl, nil, add), bt);
        apply(b, m, f, 20, 22); // 42
        b.print(PrintKind::Pointer, f);
        b.puts(m, "\n");
    });
    let o = run(&m);
    let lines: Vec<&str> = o.stdout.lines().collect();
    assert_eq!(
        lines[..lines.len() - 1],
        [
            "true", "false", "7", "11", "true", "3", "13", "42", "113", "102", "81", "true",
            "true", "42", "100", "0x0", "true", "42"
        ]
    );
    let last = lines[lines.len() - 1];
    assert!(
        last.starts_with("0x") && last != "0x0",
        "non-nil func printed as {last}"
    );
    assert_eq!(o.status, 0);
}

#[test]
fn calling_nil_func_panics() {
    for via_field in [false, true] {
        let mut m = Module::new();
        let t = binops(&mut m);
        let opt = struct_ty(&mut m, "main.Op", &[("f", t.bt)]);
        let popt = m.types.pointer(opt);
        set_main(&mut m, |m, b| {
            let f = if via_field {
                let o = b.ins(Op::Alloc(opt), popt);
                let pf = b.ins(Op::FieldAddr(o, 0), t.pbt);
                b.ins(Op::Load(pf), t.bt)
            } else {
                b.ins(Op::Nil, t.bt)
            };
            b.puts(m, "before\n");
            let x = b.iconst(t.int, 1);
            let r = call_closure(b, f, vec![x, x], &[t.int])[0];
            b.println_int(m, r);
        });
        let o = run(&m);
        assert_eq!(o.stdout, "before\n");
        assert!(
            panic_text(&o).starts_with(
                "panic: runtime error: invalid memory address or nil pointer dereference"
            ),
            "{}",
            o.stderr
        );
        assert_eq!(o.status, 2);
    }
}

#[test]
fn makes_millions_of_closures() {
    // for i := 0; i < N; i++ { c := func() { *acc += i + k }; ring[i%64] = c; c() }
    // then every closure left in the ring runs once more.
    const N: i64 = 2_000_000;
    let mut m = Module::new();
    let int = m.types.int64();
    let pint = m.types.pointer(int);
    let fty = func_ty(&mut m, &[], &[]);
    let pf = m.types.pointer(fty);
    let ring_t = array_ty(&mut m, fty, 64);
    let pring = m.types.pointer(ring_t);
    let body = add_fn(&mut m, "main.main.func1", vec![fty], vec![], |_, b, ps| {
        let acc = b.ins(Op::ClosureCapture(ps[0], 0), pint);
        let i = b.ins(Op::ClosureCapture(ps[0], 1), int);
        let k = b.ins(Op::ClosureCapture(ps[0], 2), int);
        let v = b.ins(Op::Load(acc), int);
        let w = b.ins(Op::Binary(BinaryOp::Add, v, i), int);
        let w = b.ins(Op::Binary(BinaryOp::Add, w, k), int);
        b.op(Op::Store(acc, w));
        b.b.ret(vec![]);
    });
    set_main(&mut m, |m, b| {
        let acc = b.ins(Op::Alloc(int), pint);
        let ring = b.ins(Op::Alloc(ring_t), pring);
        let k = b.iconst(int, 3);
        b.for_range(m, N, |_, b, i| {
            let c = b.ins(Op::MakeClosure(body, vec![acc, i, k]), fty);
            let mask = b.iconst(int, 63);
            let slot = b.ins(Op::Binary(BinaryOp::And, i, mask), int);
            let p = b.ins(Op::IndexAddr(ring, slot), pf);
            b.op(Op::Store(p, c));
            call_closure(b, c, vec![], &[]);
        });
        b.for_range(m, 64, |_, b, i| {
            let p = b.ins(Op::IndexAddr(ring, i), pf);
            let c = b.ins(Op::Load(p), fty);
            call_closure(b, c, vec![], &[]);
        });
        let v = b.ins(Op::Load(acc), int);
        b.println_int(m, v);
    });
    let o = run(&m);
    let expect: i64 = (0..N).map(|i| i + 3).sum::<i64>() + (N - 64..N).map(|i| i + 3).sum::<i64>();
    assert_eq!(o.stdout, format!("{expect}\n"));
    assert_eq!(o.status, 0);
}
