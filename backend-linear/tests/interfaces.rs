//! Interface values: boxing and unboxing every kind of value, nil
//! interfaces, a type switch written in IR, and interface values in
//! struct fields, slices, globals, heap cells, closure captures and boxes
//! of their own, surviving collections. Every program runs in both the
//! normal and the gc-stress mode.

mod common;
use common::*;
use gowgc_ir::{
    BinaryOp::*, ConvertKind, GlobalData, Module, Op, PrintKind, Signature, Type, TypeData, Value,
};

/// `interface{}`.
fn any(m: &mut Module) -> Type {
    m.types.intern(TypeData::Interface { methods: vec![] })
}

fn sig(params: Vec<Type>, results: Vec<Type>) -> Signature {
    Signature { params, results }
}

impl Cx<'_> {
    fn any(&mut self) -> Type {
        self.t.intern(TypeData::Interface { methods: vec![] })
    }
    /// `any(v)` with dynamic type id `tid`.
    fn box_(&mut self, v: Value, tid: u32) -> Value {
        let a = self.any();
        self.op(Op::MakeInterface(v, tid), a)
    }
    /// `any(*p)` for a struct or array value: like the frontend, copy the
    /// value, then box the copy's pointer (`MakeInterface` never copies).
    fn box_copy(&mut self, p: Value, elem: Type, tid: u32) -> Value {
        let c = self.alloc(elem);
        self.effect(Op::Copy(c, p));
        self.box_(c, tid)
    }
    /// The type id of `x`, as int32.
    fn tid(&mut self, x: Value) -> Value {
        let i32t = self.int_ty(32, true);
        self.op(Op::IfaceTypeId(x), i32t)
    }
    /// `x.(T)` without the check.
    fn unbox(&mut self, x: Value, ty: Type) -> Value {
        self.op(Op::IfaceData(x), ty)
    }
    /// `tid(x) == want`.
    fn is(&mut self, x: Value, want: i64) -> Value {
        let t = self.tid(x);
        let i32t = self.int_ty(32, true);
        let w = self.iconst(i32t, want);
        self.bin(Eq, t, w)
    }
    /// Garbage that reuses the size classes of freed boxes: a scan
    /// 16-byte string cell, a noscan 16-byte and 8-byte `[]byte`, a
    /// scan 8-byte interface cell.
    fn churn(&mut self, n: i64) {
        let u8t = self.int_ty(8, false);
        let s_t = self.t.string();
        let a = self.any();
        let to = self.int(n);
        self.for_range(0, to, |cx, _| {
            let c = cx.alloc(s_t);
            let junk = cx.str("junk");
            cx.store(c, junk);
            let b = cx.make(u8t, 16, 16);
            let fifteen = cx.int(15);
            let e = cx.sindex(b, fifteen);
            let ff = cx.iconst(u8t, 255);
            cx.store(e, ff);
            cx.make(u8t, 8, 8);
            let ic = cx.alloc(a);
            let nil = cx.op(Op::Nil, a);
            cx.store(ic, nil);
        });
    }
    /// A heap string `prefix + decimal(n)` built from runes.
    fn heap_str(&mut self, prefix: &str, n: Value) -> Value {
        let s_t = self.t.string();
        let p = self.str(prefix);
        let ten = self.int(10);
        let d = self.bin(Rem, n, ten);
        let zero = self.int('0' as i64);
        let r = self.bin(Add, d, zero);
        let ds = self.op(Op::RuneToStr(r), s_t);
        self.op(Op::StrConcat(p, ds), s_t)
    }
}

/// Go:
/// ```go
/// var a, b, c, d, e, f any = int(-5), int8(-3), 2.5, true, "hel"+"lo", []int{1, 2, 3}
/// churn()
/// println(a.(int), b.(int8), c.(float64), d.(bool), e.(string), len(f.([]int)), f.([]int)[2])
/// ```
#[test]
fn box_and_unbox_scalars_strings_and_slices() {
    let m = program(|cx| {
        let int = cx.t.int64();
        let i8t = cx.int_ty(8, true);
        let f64t = cx.t.intern(TypeData::Float { bits: 64 });
        let bt = cx.t.bool();
        let s_t = cx.t.string();
        let ints = cx.t.slice(int);
        let v = cx.int(-5);
        let a = cx.box_(v, 1);
        let v = cx.iconst(i8t, -3);
        let b = cx.box_(v, 2);
        let v = cx.op(Op::Fconst(2.5f64.to_bits()), f64t);
        let c = cx.box_(v, 3);
        let v = cx.iconst(bt, 1);
        let d = cx.box_(v, 4);
        let x = cx.str("hel");
        let y = cx.str("lo");
        let v = cx.op(Op::StrConcat(x, y), s_t);
        let e = cx.box_(v, 5);
        let xs = cx.make(int, 3, 3);
        let three = cx.int(3);
        cx.for_range(0, three, |cx, i| {
            let p = cx.sindex(xs, i);
            let one = cx.int(1);
            let v = cx.bin(Add, i, one);
            cx.store(p, v);
        });
        let f = cx.box_(xs, 6);
        cx.churn(300);
        for (x, ty) in [(a, int), (b, i8t), (c, f64t), (d, bt), (e, s_t)] {
            let t = cx.tid(x);
            cx.show(t, ":");
            let v = cx.unbox(x, ty);
            cx.show(v, " ");
        }
        let t = cx.tid(f);
        cx.show(t, ":");
        let s = cx.unbox(f, ints);
        let l = cx.len(s);
        cx.show(l, ",");
        let two = cx.int(2);
        let p = cx.sindex(s, two);
        let v = cx.load(p);
        cx.show(v, "\n");
    });
    expect_stdout(&m, "1:-5 2:-3 3:2.5 4:true 5:hello 6:3,3\n");
}

/// Boxing a struct copies it: mutating the original afterwards does not
/// change the boxed value, and the copy keeps its pointers alive.
/// ```go
/// type T struct{ a int; s string; p *int; b bool }
/// t := &T{1, "x"+"y", new(int), true}; *t.p = 7
/// var i any = *t
/// t.a, t.s, t.b = 99, "changed", false; t.p = nil
/// churn()
/// u := i.(T)
/// println(u.a, u.s, *u.p, u.b, t.a, t.s)
/// ```
#[test]
fn boxing_a_struct_copies_it() {
    let m = program(|cx| {
        let int = cx.t.int64();
        let s_t = cx.t.string();
        let bt = cx.t.bool();
        let pint = cx.t.pointer(int);
        let st = cx.strukt(&[("a", int), ("s", s_t), ("p", pint), ("b", bt)]);
        let pst = cx.t.pointer(st);
        let t = cx.alloc(st);
        let f = cx.field(t, 0);
        let one = cx.int(1);
        cx.store(f, one);
        let x = cx.str("x");
        let y = cx.str("y");
        let xy = cx.op(Op::StrConcat(x, y), s_t);
        let f = cx.field(t, 1);
        cx.store(f, xy);
        let cell = cx.alloc(int);
        let seven = cx.int(7);
        cx.store(cell, seven);
        let f = cx.field(t, 2);
        cx.store(f, cell);
        let f = cx.field(t, 3);
        let tru = cx.iconst(bt, 1);
        cx.store(f, tru);
        let i = cx.box_copy(t, st, 42);
        // mutate the original
        let f = cx.field(t, 0);
        let n = cx.int(99);
        cx.store(f, n);
        let f = cx.field(t, 1);
        let ch = cx.str("changed");
        cx.store(f, ch);
        let f = cx.field(t, 2);
        let nil = cx.op(Op::Nil, pint);
        cx.store(f, nil);
        let f = cx.field(t, 3);
        let fls = cx.iconst(bt, 0);
        cx.store(f, fls);
        cx.churn(300);
        let u = cx.unbox(i, pst);
        let tid = cx.tid(i);
        cx.show(tid, " ");
        for k in 0..4 {
            let f = cx.field(u, k);
            let v = cx.load(f);
            let v = if k == 2 { cx.load(v) } else { v };
            cx.show(v, " ");
        }
        let f = cx.field(t, 0);
        let v = cx.load(f);
        cx.show(v, " ");
        let f = cx.field(t, 1);
        let v = cx.load(f);
        cx.show(v, "\n");
        // the box is a separate object
        let same = cx.bin(Eq, u, t);
        cx.show(same, "\n");
    });
    expect_stdout(&m, "42 1 xy 7 true 99 changed\nfalse\n");
}

/// An array value is copied too; a zero-sized struct needs no box.
#[test]
fn boxing_arrays_and_zero_sized_values() {
    let m = program(|cx| {
        let int = cx.t.int64();
        let s_t = cx.t.string();
        let arr = cx.array(s_t, 3);
        let parr = cx.t.pointer(arr);
        let empty = cx.strukt(&[]);
        let pempty = cx.t.pointer(empty);
        let a = cx.alloc(arr);
        let three = cx.int(3);
        cx.for_range(0, three, |cx, k| {
            let s = cx.heap_str("s", k);
            let p = cx.index(a, k);
            cx.store(p, s);
        });
        let i = cx.box_copy(a, arr, 3);
        let zero = cx.int(0);
        let p = cx.index(a, zero);
        let gone = cx.str("gone");
        cx.store(p, gone);
        let e = cx.alloc(empty);
        let z = cx.box_copy(e, empty, 4);
        cx.churn(300);
        let b = cx.unbox(i, parr);
        cx.for_range(0, three, |cx, k| {
            let p = cx.index(b, k);
            let s = cx.load(p);
            cx.show(s, " ");
        });
        let t = cx.tid(z);
        cx.show(t, " ");
        let zp = cx.unbox(z, pempty);
        let bt = cx.t.bool();
        let isnil = cx.op(Op::IsNil(zp), bt);
        cx.show(isnil, "\n");
        let _ = int;
    });
    expect_stdout(&m, "s0 s1 s2 4 false\n");
}

/// A pointer is the data word itself: no box, identity preserved.
#[test]
fn pointers_are_not_boxed() {
    let m = program(|cx| {
        let int = cx.t.int64();
        let pint = cx.t.pointer(int);
        let p = cx.alloc(int);
        let five = cx.int(5);
        cx.store(p, five);
        let i = cx.box_(p, 11);
        cx.churn(300);
        let q = cx.unbox(i, pint);
        let same = cx.bin(Eq, p, q);
        cx.show(same, " ");
        let six = cx.int(6);
        cx.store(q, six);
        let v = cx.load(p);
        cx.show(v, "\n");
    });
    expect_stdout(&m, "true 6\n");
}

/// A pointer held only by an interface stays alive.
#[test]
fn a_pointer_held_only_by_an_interface_survives() {
    let mut m = Module::new();
    let int = m.types.int64();
    let a = any(&mut m);
    let mk = func(&mut m, "main.mk", sig(vec![], vec![a]), |cx, _| {
        let p = cx.alloc(int);
        let v = cx.int(1234);
        cx.store(p, v);
        let i = cx.box_(p, 9);
        cx.b.ret(vec![i]);
    });
    let main = func(&mut m, "main.main", Signature::default(), |cx, _| {
        let pint = cx.t.pointer(int);
        let i = cx.b.ins(Op::Call(mk, vec![]), &[a]);
        let i = cx.b.func.result(i);
        cx.churn(500);
        let p = cx.unbox(i, pint);
        let v = cx.load(p);
        cx.show(v, "\n");
    });
    m.entry = Some(main);
    expect_stdout(&m, "1234\n");
}

/// A func value is the data word; calling it after unboxing works, and
/// its captures stay alive through the interface.
#[test]
fn boxing_a_closure() {
    let mut m = Module::new();
    let int = m.types.int64();
    let s_t = m.types.string();
    let a = any(&mut m);
    let fnty = m.types.intern(TypeData::Func {
        params: vec![int],
        results: vec![s_t],
    });
    let body = func(
        &mut m,
        "main.mk.func1",
        sig(vec![fnty, int], vec![s_t]),
        |cx, ps| {
            let s = cx.op(Op::ClosureCapture(ps[0], 0), s_t);
            let t = cx.heap_str("#", ps[1]);
            let r = cx.op(Op::StrConcat(s, t), s_t);
            cx.b.ret(vec![r]);
        },
    );
    let mk = func(&mut m, "main.mk", sig(vec![], vec![a]), |cx, _| {
        let x = cx.str("clo");
        let y = cx.str("sure");
        let s = cx.op(Op::StrConcat(x, y), s_t);
        let f = cx.op(Op::MakeClosure(body, vec![s]), fnty);
        let i = cx.box_(f, 21);
        cx.b.ret(vec![i]);
    });
    let main = func(&mut m, "main.main", Signature::default(), |cx, _| {
        let i = cx.b.ins(Op::Call(mk, vec![]), &[a]);
        let i = cx.b.func.result(i);
        cx.churn(500);
        let t = cx.tid(i);
        cx.show(t, " ");
        let f = cx.unbox(i, fnty);
        let n = cx.int(7);
        let r = cx.op(Op::CallClosure(f, vec![n]), s_t);
        cx.show(r, "\n");
    });
    m.entry = Some(main);
    expect_stdout(&m, "21 closure#7\n");
}

/// `var x any` is nil: type id 0 and `x == nil`; a boxed value is not.
#[test]
fn nil_interfaces() {
    let m = program(|cx| {
        let a = cx.any();
        let bt = cx.t.bool();
        let nil = cx.op(Op::Nil, a);
        let t = cx.tid(nil);
        cx.show(t, " ");
        let n = cx.op(Op::IsNil(nil), bt);
        cx.show(n, " ");
        let zero = cx.int(0);
        let x = cx.box_(zero, 1);
        let n = cx.op(Op::IsNil(x), bt);
        cx.show(n, " ");
        // select between them
        let c = cx.iconst(bt, 1);
        let y = cx.op(Op::Select(c, nil, x), a);
        let n = cx.op(Op::IsNil(y), bt);
        cx.show(n, " ");
        let c = cx.iconst(bt, 0);
        let y = cx.op(Op::Select(c, nil, x), a);
        let t = cx.tid(y);
        cx.show(t, "\n");
        // a nil pointer in an interface is not a nil interface
        let int = cx.t.int64();
        let pint = cx.t.pointer(int);
        let np = cx.op(Op::Nil, pint);
        let z = cx.box_(np, 5);
        let n = cx.op(Op::IsNil(z), bt);
        cx.show(n, " ");
        let p = cx.unbox(z, pint);
        let n = cx.op(Op::IsNil(p), bt);
        cx.show(n, "\n");
    });
    expect_stdout(&m, "0 true false true 1\nfalse true\n");
}

/// A type-switch case: the type id and the code that prints it.
type Case<'a> = (i64, &'a dyn Fn(&mut Cx));

/// A type switch written in IR, in a function taking and returning
/// interface values:
/// ```go
/// type P struct{ x, y int }
/// func describe(v any) any {
///     switch v := v.(type) {
///     case nil: print("nil")
///     case int: print("int ", v)
///     case string: print("string ", v)
///     case P: print("P ", v.x, ",", v.y)
///     case *int: print("*int ", *v)
///     default: print("other")
///     }
///     println()
///     return v
/// }
/// ```
#[test]
fn type_switch_in_ir() {
    let mut m = Module::new();
    let int = m.types.int64();
    let s_t = m.types.string();
    let a = any(&mut m);
    let pint = m.types.pointer(int);
    let p_t = m.types.intern(TypeData::Struct {
        fields: vec![
            gowgc_ir::FieldData {
                name: "x".into(),
                ty: int,
            },
            gowgc_ir::FieldData {
                name: "y".into(),
                ty: int,
            },
        ],
    });
    let pp = m.types.pointer(p_t);
    let f32t = m.types.intern(TypeData::Float { bits: 32 });
    let describe = func(&mut m, "main.describe", sig(vec![a], vec![a]), |cx, ps| {
        let v = ps[0];
        let bt = cx.t.bool();
        let done = cx.b.create_block();
        let cases: [Case; 5] = [
            (0, &|cx: &mut Cx| cx.puts("nil")),
            (1, &|cx: &mut Cx| {
                cx.puts("int ");
                let x = cx.unbox(v, int);
                cx.print(PrintKind::Int, x);
            }),
            (2, &|cx: &mut Cx| {
                cx.puts("string ");
                let x = cx.unbox(v, s_t);
                cx.print(PrintKind::Str, x);
            }),
            (3, &|cx: &mut Cx| {
                cx.puts("P ");
                let p = cx.unbox(v, pp);
                let f = cx.field(p, 0);
                let x = cx.load(f);
                cx.show(x, ",");
                let f = cx.field(p, 1);
                let y = cx.load(f);
                cx.print(PrintKind::Int, y);
            }),
            (4, &|cx: &mut Cx| {
                cx.puts("*int ");
                let p = cx.unbox(v, pint);
                let x = cx.load(p);
                cx.print(PrintKind::Int, x);
            }),
        ];
        for (tid, body) in cases {
            let c = cx.is(v, tid);
            let then = cx.b.create_block();
            let next = cx.b.create_block();
            cx.b.brif(c, then, next);
            cx.b.seal_block(then);
            cx.b.seal_block(next);
            cx.b.switch_to_block(then);
            body(cx);
            cx.b.jump(done, vec![]);
            cx.b.switch_to_block(next);
        }
        cx.puts("other");
        cx.b.jump(done, vec![]);
        cx.b.seal_block(done);
        cx.b.switch_to_block(done);
        cx.puts("\n");
        let _ = bt;
        cx.b.ret(vec![v]);
    });
    let main = func(&mut m, "main.main", Signature::default(), |cx, _| {
        let call = |cx: &mut Cx, x: Value| -> Value {
            let r = cx.b.ins(Op::Call(describe, vec![x]), &[a]);
            cx.b.func.result(r)
        };
        let nil = cx.op(Op::Nil, a);
        call(cx, nil);
        let n = cx.int(42);
        let x = cx.box_(n, 1);
        call(cx, x);
        let k = cx.int(3);
        let s = cx.heap_str("str", k);
        let x = cx.box_(s, 2);
        let r = call(cx, x);
        let p = cx.alloc(p_t);
        let f = cx.field(p, 0);
        let v = cx.int(-1);
        cx.store(f, v);
        let f = cx.field(p, 1);
        let v = cx.int(8);
        cx.store(f, v);
        let x = cx.box_(p, 3);
        call(cx, x);
        let q = cx.alloc(int);
        let v = cx.int(77);
        cx.store(q, v);
        let x = cx.box_(q, 4);
        call(cx, x);
        let fl = cx.op(Op::Fconst(1.0f64.to_bits()), f32t);
        let x = cx.box_(fl, 5);
        call(cx, x);
        // the returned interface is the argument
        cx.churn(200);
        let s = cx.unbox(r, s_t);
        cx.show(s, "\n");
    });
    m.entry = Some(main);
    expect_stdout(
        &m,
        "nil\nint 42\nstring str3\nP -1,8\n*int 77\nother\nstr3\n",
    );
}

/// Interface values in a struct field, a global, a heap cell, a closure
/// capture, an array global and a box of their own, all reached only
/// through the heap across collections.
#[test]
fn interfaces_stored_everywhere_survive_collections() {
    let mut m = Module::new();
    let int = m.types.int64();
    let s_t = m.types.string();
    let a = any(&mut m);
    let pa = m.types.pointer(a);
    let holder = m.types.intern(TypeData::Struct {
        fields: vec![
            gowgc_ir::FieldData {
                name: "n".into(),
                ty: int,
            },
            gowgc_ir::FieldData {
                name: "v".into(),
                ty: a,
            },
            gowgc_ir::FieldData {
                name: "w".into(),
                ty: a,
            },
        ],
    });
    let ph = m.types.pointer(holder);
    let fnty = m.types.intern(TypeData::Func {
        params: vec![],
        results: vec![s_t],
    });
    let body = func(
        &mut m,
        "main.main.func1",
        sig(vec![fnty], vec![s_t]),
        |cx, ps| {
            let x = cx.op(Op::ClosureCapture(ps[0], 0), a);
            cx.churn(50);
            let s = cx.unbox(x, s_t);
            cx.b.ret(vec![s]);
        },
    );
    let arr = m.types.intern(TypeData::Array { elem: a, len: 3 });
    let g = m.globals.push(GlobalData {
        name: "main.g".into(),
        ty: a,
    });
    let ga = m.globals.push(GlobalData {
        name: "main.ga".into(),
        ty: arr,
    });
    // builds everything in a function of its own, so that only the heap
    // and the globals hold the values afterwards
    let build = func(
        &mut m,
        "main.build",
        sig(vec![], vec![ph, pa, fnty]),
        |cx, _| {
            let k = cx.int(1);
            let s = cx.heap_str("global", k);
            let x = cx.box_(s, 2);
            let gp = cx.gaddr(g);
            cx.store(gp, x);
            let three = cx.int(3);
            cx.for_range(0, three, |cx, k| {
                let s = cx.heap_str("arr", k);
                let x = cx.box_(s, 2);
                let gp = cx.gaddr(ga);
                let e = cx.index(gp, k);
                cx.store(e, x);
            });
            let h = cx.alloc(holder);
            let f = cx.field(h, 0);
            let v = cx.int(5);
            cx.store(f, v);
            let k = cx.int(2);
            let s = cx.heap_str("field", k);
            let x = cx.box_(s, 2);
            let f = cx.field(h, 1);
            cx.store(f, x);
            // an interface holding an interface (boxed)
            let k = cx.int(3);
            let s = cx.heap_str("inner", k);
            let inner = cx.box_(s, 2);
            let outer = cx.box_(inner, 99);
            let f = cx.field(h, 2);
            cx.store(f, outer);
            let cell = cx.alloc(a);
            let k = cx.int(4);
            let s = cx.heap_str("cell", k);
            let x = cx.box_(s, 2);
            cx.store(cell, x);
            let k = cx.int(5);
            let s = cx.heap_str("capture", k);
            let x = cx.box_(s, 2);
            let f = cx.op(Op::MakeClosure(body, vec![x]), fnty);
            cx.b.ret(vec![h, cell, f]);
        },
    );
    let main = func(&mut m, "main.main", Signature::default(), |cx, _| {
        let r = cx.b.ins(Op::Call(build, vec![]), &[ph, pa, fnty]);
        let rs = cx.b.func.insts[r].results.clone();
        let (h, cell, f) = (rs[0], rs[1], rs[2]);
        cx.churn(1000);
        let gp = cx.gaddr(g);
        let x = cx.load(gp);
        let s = cx.unbox(x, s_t);
        cx.show(s, " ");
        let three = cx.int(3);
        cx.for_range(0, three, |cx, k| {
            let gp = cx.gaddr(ga);
            let e = cx.index(gp, k);
            let x = cx.load(e);
            let s = cx.unbox(x, s_t);
            cx.show(s, " ");
        });
        let fp = cx.field(h, 1);
        let x = cx.load(fp);
        let s = cx.unbox(x, s_t);
        cx.show(s, " ");
        let fp = cx.field(h, 2);
        let outer = cx.load(fp);
        let t = cx.tid(outer);
        cx.show(t, ":");
        let inner = cx.unbox(outer, a);
        let t = cx.tid(inner);
        cx.show(t, ":");
        let s = cx.unbox(inner, s_t);
        cx.show(s, " ");
        let x = cx.load(cell);
        let s = cx.unbox(x, s_t);
        cx.show(s, " ");
        let s = cx.op(Op::CallClosure(f, vec![]), s_t);
        cx.show(s, "\n");
    });
    m.entry = Some(main);
    expect_stdout(
        &m,
        "global1 arr0 arr1 arr2 field2 99:2:inner3 cell4 capture5\n",
    );
}

/// Go:
/// ```go
/// var xs []any
/// for i := 0; i < n; i++ {
///     if i%2 == 0 { xs = append(xs, "s"+string('0'+i%10)) } else { xs = append(xs, i) }
///     _ = make([]byte, 16) // garbage
/// }
/// sum, chars := 0, 0
/// for _, x := range xs { switch x := x.(type) { case string: chars += len(x) + int(x[1]); case int: sum += x } }
/// println(len(xs), sum, chars, xs[0].(string), xs[n-2].(string))
/// ```
fn slice_of_interfaces(n: i64) -> Module {
    program(|cx| {
        let int = cx.t.int64();
        let s_t = cx.t.string();
        let a = cx.any();
        let u8t = cx.int_ty(8, false);
        let xs0 = cx.make(a, 0, 0);
        let xs_t = cx.ty(xs0);
        let head = cx.b.create_block();
        let body = cx.b.create_block();
        let even = cx.b.create_block();
        let odd = cx.b.create_block();
        let next = cx.b.create_block();
        let exit = cx.b.create_block();
        let i = cx.b.func.append_param(head, int);
        let xs = cx.b.func.append_param(head, xs_t);
        let zero = cx.int(0);
        cx.b.jump(head, vec![zero, xs0]);
        cx.b.switch_to_block(head);
        let nn = cx.int(n);
        let c = cx.bin(Lt, i, nn);
        cx.b.brif(c, body, exit);
        cx.b.seal_block(body);
        cx.b.switch_to_block(body);
        let two = cx.int(2);
        let r = cx.bin(Rem, i, two);
        let z = cx.int(0);
        let c = cx.bin(Eq, r, z);
        cx.b.brif(c, even, odd);
        cx.b.seal_block(even);
        cx.b.seal_block(odd);
        cx.b.switch_to_block(even);
        let s = cx.heap_str("s", i);
        let x = cx.box_(s, 2);
        let xs1 = cx.op(Op::Append(xs, vec![x]), xs_t);
        cx.b.jump(next, vec![xs1]);
        cx.b.switch_to_block(odd);
        let x = cx.box_(i, 1);
        let xs2 = cx.op(Op::Append(xs, vec![x]), xs_t);
        cx.b.jump(next, vec![xs2]);
        cx.b.seal_block(next);
        let xs3 = cx.b.func.append_param(next, xs_t);
        cx.b.switch_to_block(next);
        cx.make(u8t, 16, 16);
        let c = cx.alloc(s_t);
        let junk = cx.str("junk");
        cx.store(c, junk);
        let one = cx.int(1);
        let i1 = cx.bin(Add, i, one);
        cx.b.jump(head, vec![i1, xs3]);
        cx.b.seal_block(head);
        cx.b.seal_block(exit);
        cx.b.switch_to_block(exit);
        cx.churn(100);
        let sum = cx.alloc(int);
        let chars = cx.alloc(int);
        let len = cx.len(xs);
        cx.for_range(0, len, |cx, k| {
            let p = cx.sindex(xs, k);
            let x = cx.load(p);
            let is_s = cx.is(x, 2);
            cx.if_then(is_s, |cx| {
                let s = cx.unbox(x, s_t);
                let l = cx.len(s);
                let one = cx.int(1);
                let b = cx.op(Op::StrIndex(s, one), u8t);
                let b = cx.op(Op::Convert(ConvertKind::IntToInt, b), int);
                let acc = cx.load(chars);
                let acc = cx.bin(Add, acc, l);
                let acc = cx.bin(Add, acc, b);
                cx.store(chars, acc);
            });
            let is_i = cx.is(x, 1);
            cx.if_then(is_i, |cx| {
                let v = cx.unbox(x, int);
                let acc = cx.load(sum);
                let acc = cx.bin(Add, acc, v);
                cx.store(sum, acc);
            });
        });
        cx.show(len, " ");
        let v = cx.load(sum);
        cx.show(v, " ");
        let v = cx.load(chars);
        cx.show(v, " ");
        let z = cx.int(0);
        let p = cx.sindex(xs, z);
        let x = cx.load(p);
        let s = cx.unbox(x, s_t);
        cx.show(s, " ");
        let k = cx.int(n - 2);
        let p = cx.sindex(xs, k);
        let x = cx.load(p);
        let s = cx.unbox(x, s_t);
        cx.show(s, "\n");
    })
}

fn slice_expect(n: i64) -> String {
    let sum: i64 = (0..n).filter(|i| i % 2 == 1).sum();
    let chars: i64 = (0..n)
        .filter(|i| i % 2 == 0)
        .map(|i| 2 + i64::from(b'0') + i % 10)
        .sum();
    format!("{n} {sum} {chars} s0 s{}\n", (n - 2) % 10)
}

#[test]
fn slice_of_ten_thousand_boxed_values() {
    let n = 10_000;
    expect_stdout(&slice_of_interfaces(n), &slice_expect(n));
}
