//! Func values and closures: closure objects with captures of every
//! representation, func values in struct fields, slices and globals,
//! calls through nil, and closures surviving (and keeping their captures
//! alive across) collections. Every program runs in both the normal and
//! the gc-stress mode.

mod common;
use common::*;
use gowgc_backend_linear::Options;
use gowgc_ir::{BinaryOp::*, Module, Op, PrintKind, Signature, Type, TypeData};

/// `func(params) (results)`.
fn func_ty(m: &mut Module, params: Vec<Type>, results: Vec<Type>) -> Type {
    m.types.intern(TypeData::Func { params, results })
}

fn sig(params: Vec<Type>, results: Vec<Type>) -> Signature {
    Signature { params, results }
}

/// Go:
/// ```go
/// func counter() func() int {
///     n := new(int)
///     return func() int { _ = make([]byte, 64); *n++; return *n }
/// }
/// func main() {
///     f, g := counter(), counter()
///     for i := 0; i < 5; i++ { print(f(), " ") }
///     print(g(), " ", f(), "\n")
/// }
/// ```
#[test]
fn counter_closure_over_a_heap_cell() {
    let mut m = Module::new();
    let int = m.types.int64();
    let pint = m.types.pointer(int);
    let fnty = func_ty(&mut m, vec![], vec![int]);
    let inc = func(
        &mut m,
        "main.counter.func1",
        sig(vec![fnty], vec![int]),
        |cx, ps| {
            let u8t = cx.int_ty(8, false);
            let p = cx.op(Op::ClosureCapture(ps[0], 0), pint);
            cx.make(u8t, 64, 64); // garbage while p is only in a local
            let v = cx.load(p);
            let one = cx.int(1);
            let v = cx.bin(Add, v, one);
            cx.store(p, v);
            cx.b.ret(vec![v]);
        },
    );
    let counter = func(&mut m, "main.counter", sig(vec![], vec![fnty]), |cx, _| {
        let cell = cx.alloc(int);
        let f = cx.op(Op::MakeClosure(inc, vec![cell]), fnty);
        cx.b.ret(vec![f]);
    });
    let main = func(&mut m, "main.main", Signature::default(), |cx, _| {
        let f = cx.b.ins(Op::Call(counter, vec![]), &[fnty]);
        let f = cx.b.func.result(f);
        let g = cx.b.ins(Op::Call(counter, vec![]), &[fnty]);
        let g = cx.b.func.result(g);
        let five = cx.int(5);
        cx.for_range(0, five, |cx, _| {
            let r = cx.op(Op::CallClosure(f, vec![]), int);
            cx.show(r, " ");
        });
        let r = cx.op(Op::CallClosure(g, vec![]), int);
        cx.show(r, " ");
        let r = cx.op(Op::CallClosure(f, vec![]), int);
        cx.show(r, "\n");
    });
    m.entry = Some(main);
    expect_stdout(&m, "1 2 3 4 5 1 6\n");
}

/// A closure capturing a heap string and a slice, called after the
/// captured values became garbage everywhere else.
#[test]
fn closure_capturing_a_string_and_a_slice() {
    let mut m = Module::new();
    let int = m.types.int64();
    let s_t = m.types.string();
    let ints = m.types.slice(int);
    let fnty = func_ty(&mut m, vec![int], vec![s_t]);
    let describe = func(
        &mut m,
        "main.main.func1",
        sig(vec![fnty, int], vec![s_t]),
        |cx, ps| {
            let u8t = cx.int_ty(8, false);
            let s = cx.op(Op::ClosureCapture(ps[0], 0), s_t);
            let xs = cx.op(Op::ClosureCapture(ps[0], 1), ints);
            cx.make(u8t, 200, 200); // s and xs must be in the frame
            let e = cx.sindex(xs, ps[1]);
            let v = cx.load(e);
            cx.print(PrintKind::Str, s);
            cx.puts(" ");
            cx.show(v, " ");
            let l = cx.len(xs);
            cx.show(l, "\n");
            let bang = cx.str("!");
            let t = cx.op(Op::StrConcat(s, bang), s_t);
            cx.b.ret(vec![t]);
        },
    );
    // the closure is made in a function of its own, so that no frame
    // but the closure object keeps s and xs alive
    let mk = func(&mut m, "main.mk", sig(vec![], vec![fnty]), |cx, _| {
        let a = cx.str("hello, ");
        let b = cx.str("world");
        let s = cx.op(Op::StrConcat(a, b), s_t);
        let xs = cx.make(int, 3, 3);
        let three = cx.int(3);
        cx.for_range(0, three, |cx, i| {
            let e = cx.sindex(xs, i);
            let ten = cx.int(10);
            let v = cx.bin(Mul, i, ten);
            cx.store(e, v);
        });
        let f = cx.op(Op::MakeClosure(describe, vec![s, xs]), fnty);
        cx.b.ret(vec![f]);
    });
    let main = func(&mut m, "main.main", Signature::default(), |cx, _| {
        let u8t = cx.int_ty(8, false);
        let f = cx.b.ins(Op::Call(mk, vec![]), &[fnty]);
        let f = cx.b.func.result(f);
        let three = cx.int(3);
        let n = cx.int(200);
        cx.for_range(0, n, |cx, _| {
            cx.make(u8t, 1000, 1000);
        });
        cx.for_range(0, three, |cx, k| {
            let r = cx.op(Op::CallClosure(f, vec![k]), s_t);
            cx.show(r, "\n");
        });
    });
    m.entry = Some(main);
    expect_stdout(
        &m,
        "hello, world 0 3\nhello, world!\n\
         hello, world 10 3\nhello, world!\n\
         hello, world 20 3\nhello, world!\n",
    );
}

/// The functions of `func(int) int` values: `x + k`, `if neg { -x }
/// else { x * k }` (captures of mixed alignment) and `2 * x` (no
/// captures).
struct BinOps {
    fnty: Type,
    adder: gowgc_ir::FuncId,
    scaler: gowgc_ir::FuncId,
    double: gowgc_ir::FuncId,
}

fn binops(m: &mut Module) -> BinOps {
    let int = m.types.int64();
    let bt = m.types.bool();
    let i8t = m.types.int(8, true);
    let fnty = func_ty(m, vec![int], vec![int]);
    let adder = func(
        m,
        "main.adder.func1",
        sig(vec![fnty, int], vec![int]),
        |cx, ps| {
            let k = cx.op(Op::ClosureCapture(ps[0], 0), int);
            let r = cx.bin(Add, ps[1], k);
            cx.b.ret(vec![r]);
        },
    );
    let scaler = func(
        m,
        "main.scaler.func1",
        sig(vec![fnty, int], vec![int]),
        |cx, ps| {
            let neg = cx.op(Op::ClosureCapture(ps[0], 0), bt);
            let k8 = cx.op(Op::ClosureCapture(ps[0], 1), i8t);
            let k = cx.op(Op::Convert(gowgc_ir::ConvertKind::IntToInt, k8), int);
            let prod = cx.bin(Mul, ps[1], k);
            let zero = cx.int(0);
            let minus = cx.bin(Sub, zero, ps[1]);
            let r = cx.op(Op::Select(neg, minus, prod), int);
            cx.b.ret(vec![r]);
        },
    );
    let double = func(
        m,
        "main.double",
        sig(vec![fnty, int], vec![int]),
        |cx, ps| {
            let r = cx.bin(Add, ps[1], ps[1]);
            cx.b.ret(vec![r]);
        },
    );
    BinOps {
        fnty,
        adder,
        scaler,
        double,
    }
}

/// Func values as struct fields, slice elements and a global; `== nil`.
#[test]
fn func_values_in_fields_slices_and_globals() {
    let mut m = Module::new();
    let ops = binops(&mut m);
    let fnty = ops.fnty;
    let main = func(&mut m, "main.main", Signature::default(), |cx, _| {
        let int = cx.t.int64();
        let bt = cx.t.bool();
        let i8t = cx.int_ty(8, true);
        let s_t = cx.t.string();
        let u8t = cx.int_ty(8, false);
        let st = cx.strukt(&[("name", s_t), ("f", fnty)]);
        // t := &T{name: "t", f: adder(100)}
        let t = cx.alloc(st);
        let nf = cx.field(t, 0);
        let name = cx.str("t");
        cx.store(nf, name);
        let ff = cx.field(t, 1);
        let f0 = cx.load(ff);
        let isnil = cx.op(Op::IsNil(f0), bt);
        cx.show(isnil, " ");
        let hundred = cx.int(100);
        let f = cx.op(Op::MakeClosure(ops.adder, vec![hundred]), fnty);
        cx.store(ff, f);
        let n = cx.int(100);
        cx.for_range(0, n, |cx, _| {
            cx.make(u8t, 500, 500);
        });
        let f = cx.load(ff);
        let isnil = cx.op(Op::IsNil(f), bt);
        cx.show(isnil, " ");
        let five = cx.int(5);
        let r = cx.op(Op::CallClosure(f, vec![five]), int);
        let name = cx.load(nf);
        cx.print(PrintKind::Str, name);
        cx.puts(" ");
        cx.show(r, "\n");

        // fs := []func(int) int{adder(1), scaler(false, -7), double, scaler(true, 0)}
        let fs = cx.make(fnty, 4, 4);
        let one = cx.int(1);
        let a = cx.op(Op::MakeClosure(ops.adder, vec![one]), fnty);
        let fl = cx.iconst(bt, 0);
        let m7 = cx.iconst(i8t, -7);
        let b = cx.op(Op::MakeClosure(ops.scaler, vec![fl, m7]), fnty);
        let c = cx.op(Op::MakeClosure(ops.double, vec![]), fnty);
        let tr = cx.iconst(bt, 1);
        let z8 = cx.iconst(i8t, 0);
        let d = cx.op(Op::MakeClosure(ops.scaler, vec![tr, z8]), fnty);
        for (k, v) in [a, b, c, d].into_iter().enumerate() {
            let k = cx.int(k as i64);
            let e = cx.sindex(fs, k);
            cx.store(e, v);
        }
        let n = cx.int(100);
        cx.for_range(0, n, |cx, _| {
            cx.make(u8t, 500, 500);
        });
        let four = cx.int(4);
        cx.for_range(0, four, |cx, i| {
            let e = cx.sindex(fs, i);
            let f = cx.load(e);
            let ten = cx.int(10);
            let r = cx.op(Op::CallClosure(f, vec![ten]), int);
            cx.show(r, " ");
        });
        cx.puts("\n");

        // var g func(int) int = adder(len(fs)) held only by the global
        let g = cx.global("main.g", fnty);
        let gp = cx.gaddr(g);
        let l = cx.len(fs);
        let h = cx.op(Op::MakeClosure(ops.adder, vec![l]), fnty);
        cx.store(gp, h);
        let n = cx.int(100);
        cx.for_range(0, n, |cx, _| {
            cx.make(u8t, 500, 500);
        });
        let gp = cx.gaddr(g);
        let h = cx.load(gp);
        let r = cx.op(Op::CallClosure(h, vec![four]), int);
        cx.show(r, "\n");
    });
    m.entry = Some(main);
    expect_stdout(&m, "true false t 105\n11 -70 20 -10 \n8\n");
}

/// Calling a nil func value, here the zero value of a struct field.
#[test]
fn calling_a_nil_func_panics() {
    let mut m = Module::new();
    let ops = binops(&mut m);
    let fnty = ops.fnty;
    let main = func(&mut m, "main.main", Signature::default(), |cx, _| {
        let int = cx.t.int64();
        let st = cx.strukt(&[("n", int), ("f", fnty)]);
        let t = cx.alloc(st);
        let ff = cx.field(t, 1);
        let f = cx.load(ff);
        cx.puts("before\n");
        let one = cx.int(1);
        let r = cx.op(Op::CallClosure(f, vec![one]), int);
        cx.show(r, "\n");
    });
    m.entry = Some(main);
    expect_panic(
        &m,
        "before\n",
        "panic: runtime error: invalid memory address or nil pointer dereference",
    );
}

/// A nil func constant, called directly.
#[test]
fn calling_a_nil_constant_func_panics() {
    let mut m = Module::new();
    let int = m.types.int64();
    let s_t = m.types.string();
    let fnty = func_ty(&mut m, vec![s_t], vec![int, s_t]);
    let main = func(&mut m, "main.main", Signature::default(), |cx, _| {
        let f = cx.op(Op::Nil, fnty);
        let s = cx.str("x");
        cx.b.ins(Op::CallClosure(f, vec![s]), &[int, s_t]);
    });
    m.entry = Some(main);
    expect_panic(
        &m,
        "",
        "panic: runtime error: invalid memory address or nil pointer dereference",
    );
}

/// Go:
/// ```go
/// var ring [8]func() int
/// func main() {
///     var head func() int
///     for i := 0; i < n; i++ {
///         s := "ab" + strconv.Itoa(i%10)   // a heap string of 3 bytes
///         _ = make([]byte, 100)
///         prev := head
///         head = func() int {
///             _ = make([]byte, 50)
///             r := len(s) + i
///             if prev != nil { r += prev() }
///             return r
///         }
///         ring[i%8] = head
///     }
///     println(head(), ring[3]())
/// }
/// ```
/// Every closure of the chain is reachable only through the next one's
/// captures (and the last one through an SSA value).
fn chain_program(n: i64) -> Module {
    let mut m = Module::new();
    let int = m.types.int64();
    let s_t = m.types.string();
    let bt = m.types.bool();
    let fnty = func_ty(&mut m, vec![], vec![int]);
    let link = func(
        &mut m,
        "main.main.func1",
        sig(vec![fnty], vec![int]),
        |cx, ps| {
            let u8t = cx.int_ty(8, false);
            let prev = cx.op(Op::ClosureCapture(ps[0], 0), fnty);
            let i = cx.op(Op::ClosureCapture(ps[0], 1), int);
            let s = cx.op(Op::ClosureCapture(ps[0], 2), s_t);
            cx.make(u8t, 50, 50);
            let l = cx.len(s);
            let r0 = cx.bin(Add, l, i);
            let r = cx.b.declare_var(int);
            cx.b.def_var(r, r0);
            let notnil = cx.op(Op::IsNil(prev), bt);
            let notnil = cx.op(Op::Unary(gowgc_ir::UnaryOp::Not, notnil), bt);
            cx.if_then(notnil, |cx| {
                let p = cx.op(Op::CallClosure(prev, vec![]), int);
                let sum = cx.bin(Add, r0, p);
                cx.b.def_var(r, sum);
            });
            let v = cx.b.use_var(r);
            cx.b.ret(vec![v]);
        },
    );
    let main = func(&mut m, "main.main", Signature::default(), |cx, _| {
        let u8t = cx.int_ty(8, false);
        let ring_t = cx.array(fnty, 8);
        let ring = cx.global("main.ring", ring_t);
        let head = cx.b.declare_var(fnty);
        let nil = cx.op(Op::Nil, fnty);
        cx.b.def_var(head, nil);
        let to = cx.int(n);
        cx.for_range(0, to, |cx, i| {
            let ten = cx.int(10);
            let d = cx.bin(Rem, i, ten);
            let zero = cx.int(48);
            let d = cx.bin(Add, d, zero);
            let ds = cx.op(Op::RuneToStr(d), s_t);
            let ab = cx.str("ab");
            let s = cx.op(Op::StrConcat(ab, ds), s_t);
            cx.make(u8t, 100, 100);
            let prev = cx.b.use_var(head);
            let f = cx.op(Op::MakeClosure(link, vec![prev, i, s]), fnty);
            cx.b.def_var(head, f);
            let seven = cx.int(7);
            let k = cx.bin(And, i, seven);
            let rp = cx.gaddr(ring);
            let e = cx.index(rp, k);
            cx.store(e, f);
        });
        let h = cx.b.use_var(head);
        let r = cx.op(Op::CallClosure(h, vec![]), int);
        cx.show(r, " ");
        let rp = cx.gaddr(ring);
        let three = cx.int(3);
        let e = cx.index(rp, three);
        let g = cx.load(e);
        let r = cx.op(Op::CallClosure(g, vec![]), int);
        cx.show(r, "\n");
    });
    m.entry = Some(main);
    m
}

/// What [`chain_program`] prints: the sum over the chain of `3 + i`, for
/// the whole chain and for the one ending at the last `i` with `i % 8 == 3`.
fn chain_expect(n: i64) -> String {
    let upto = |last: i64| (0..=last).map(|i| 3 + i).sum::<i64>();
    let last3 = (0..n).filter(|i| i % 8 == 3).max().unwrap();
    format!("{} {}\n", upto(n - 1), upto(last3))
}

#[test]
fn closure_chain_survives_gc_stress() {
    let n = 1500;
    let o = run_opts(&chain_program(n), &Options { gc_stress: true });
    assert_eq!(
        (o.stdout.as_str(), o.stderr.as_str(), o.status),
        (chain_expect(n).as_str(), "", 0)
    );
    let n = 100;
    expect_stdout(&chain_program(n), &chain_expect(n));
}

/// Closures made and dropped by the million stay in a bounded heap: the
/// closure objects and what they capture are collected.
#[test]
fn closure_garbage_is_collected() {
    let mut m = Module::new();
    let int = m.types.int64();
    let ints = m.types.slice(int);
    let fnty = func_ty(&mut m, vec![int], vec![int]);
    let get = func(
        &mut m,
        "main.main.func1",
        sig(vec![fnty, int], vec![int]),
        |cx, ps| {
            let xs = cx.op(Op::ClosureCapture(ps[0], 0), ints);
            let e = cx.sindex(xs, ps[1]);
            let v = cx.load(e);
            cx.b.ret(vec![v]);
        },
    );
    let main = func(&mut m, "main.main", Signature::default(), |cx, _| {
        let sum = cx.b.declare_var(int);
        let z = cx.int(0);
        cx.b.def_var(sum, z);
        let n = cx.int(1_000_000);
        cx.for_range(0, n, |cx, i| {
            let xs = cx.make(int, 16, 16);
            let k = cx.int(15);
            let e = cx.sindex(xs, k);
            cx.store(e, i);
            let f = cx.op(Op::MakeClosure(get, vec![xs]), fnty);
            let r = cx.op(Op::CallClosure(f, vec![k]), int);
            let s = cx.b.use_var(sum);
            let s = cx.bin(Add, s, r);
            cx.b.def_var(sum, s);
        });
        let s = cx.b.use_var(sum);
        cx.show(s, "\n");
    });
    m.entry = Some(main);
    let o = run_opts(&m, &Options::default());
    let n: i64 = 1_000_000;
    assert_eq!(o.stdout, format!("{}\n", n * (n - 1) / 2), "{}", o.stderr);
    assert!(o.memory < 64 << 20, "memory grew to {} bytes", o.memory);
}
