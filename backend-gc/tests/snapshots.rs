//! WAT snapshots of tiny functions: the IR text and the wasm text of the
//! Go functions side by side (runtime and helpers left out).

mod common;

use common::{add_fn, struct_ty};
use gowgc_backend_gc::{emit_wat, Options};
use gowgc_ir::{BinaryOp, Module, Op};

/// The IR and the text of every function whose name starts with `main.`.
fn show(m: &Module, opts: &Options) -> String {
    let wat = emit_wat(m, opts);
    let mut out = String::from("----- IR\n");
    out.push_str(&gowgc_ir::print::module_to_string(m));
    out.push_str("----- WAT\n");
    let mut keep = false;
    for line in wat.lines() {
        if line.starts_with("  (") {
            keep = line.starts_with("  (func $main.") || line.starts_with("  (func $\"main.");
        }
        if keep {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[test]
fn int8_add() {
    let mut m = Module::new();
    let i8t = m.types.int(8, true);
    add_fn(&mut m, "main.add", vec![i8t, i8t], vec![i8t], |_, b, ps| {
        let s = b.ins(Op::Binary(BinaryOp::Add, ps[0], ps[1]), i8t);
        b.b.ret(vec![s]);
    });
    insta::assert_snapshot!(show(&m, &Options::default()));
}

#[test]
fn field_pointer() {
    let mut m = Module::new();
    let int = m.types.int64();
    let pint = m.types.pointer(int);
    let s = struct_ty(&mut m, "main.T", &[("a", int), ("b", int)]);
    let ps = m.types.pointer(s);
    add_fn(&mut m, "main.(*T).Bump", vec![ps], vec![pint], |_, b, p| {
        let fb = b.ins(Op::FieldAddr(p[0], 1), pint);
        let v = b.ins(Op::Load(fb), int);
        let one = b.iconst(int, 1);
        let w = b.ins(Op::Binary(BinaryOp::Add, v, one), int);
        b.op(Op::Store(fb, w));
        b.b.ret(vec![fb]);
    });
    insta::assert_snapshot!(show(&m, &Options::default()));
}

#[test]
fn loop_sum_all_fat() {
    let mut m = Module::new();
    let int = m.types.int64();
    let pint = m.types.pointer(int);
    add_fn(&mut m, "main.sum", vec![int], vec![int], |m, b, ps| {
        let acc = b.ins(Op::Alloc(int), pint);
        b.for_range(m, 10, |_, b, i| {
            let v = b.ins(Op::Load(acc), int);
            let t = b.ins(Op::Binary(BinaryOp::Add, v, i), int);
            b.op(Op::Store(acc, t));
        });
        let v = b.ins(Op::Load(acc), int);
        let r = b.ins(Op::Binary(BinaryOp::Mul, v, ps[0]), int);
        b.b.ret(vec![r]);
    });
    insta::assert_snapshot!(show(&m, &Options { all_fat: true }));
}

#[test]
fn closure_counter() {
    let mut m = Module::new();
    let int = m.types.int64();
    let pint = m.types.pointer(int);
    let fty = m.types.intern(gowgc_ir::TypeData::Func {
        params: vec![int],
        results: vec![int],
    });
    let inc = add_fn(
        &mut m,
        "main.counter.func1",
        vec![fty, int],
        vec![int],
        |_, b, ps| {
            let p = b.ins(Op::ClosureCapture(ps[0], 0), pint);
            let v = b.ins(Op::Load(p), int);
            let w = b.ins(Op::Binary(BinaryOp::Add, v, ps[1]), int);
            b.op(Op::Store(p, w));
            b.b.ret(vec![w]);
        },
    );
    add_fn(&mut m, "main.counter", vec![], vec![int], |_, b, _| {
        let p = b.ins(Op::Alloc(int), pint);
        let c = b.ins(Op::MakeClosure(inc, vec![p]), fty);
        let two = b.iconst(int, 2);
        let r = b.ins(Op::CallClosure(c, vec![two]), int);
        b.b.ret(vec![r]);
    });
    insta::assert_snapshot!(show(&m, &Options::default()));
}

#[test]
fn interface_box_unbox() {
    // func box(n int, s *T) (any, any) and func unbox(x any) (int, *T):
    // an int that is an i31ref when small, a struct copied on conversion.
    let mut m = Module::new();
    let int = m.types.int64();
    let any = m
        .types
        .intern(gowgc_ir::TypeData::Interface { methods: vec![] });
    let t = struct_ty(&mut m, "main.T", &[("a", int)]);
    let pt = m.types.pointer(t);
    add_fn(
        &mut m,
        "main.box",
        vec![int, pt],
        vec![any, any],
        |_, b, ps| {
            let x = b.ins(Op::MakeInterface(ps[0], 1), any);
            let y = b.ins(Op::MakeInterface(ps[1], 2), any);
            b.b.ret(vec![x, y]);
        },
    );
    add_fn(
        &mut m,
        "main.unbox",
        vec![any, any],
        vec![int, pt],
        |_, b, ps| {
            let n = b.ins(Op::IfaceData(ps[0]), int);
            let p = b.ins(Op::IfaceData(ps[1]), pt);
            b.b.ret(vec![n, p]);
        },
    );
    insta::assert_snapshot!(show(&m, &Options::default()));
}

#[test]
fn call_catch() {
    let mut m = Module::new();
    let int = m.types.int64();
    let bool_t = m.types.bool();
    let boom = add_fn(&mut m, "main.boom", vec![int], vec![], |_, b, _| {
        b.op(Op::Throw);
        b.b.unreachable();
    });
    add_fn(&mut m, "main.try", vec![int], vec![bool_t], |_, b, p| {
        let caught = b.ins(Op::CallCatch(boom, vec![p[0]]), bool_t);
        b.b.ret(vec![caught]);
    });
    insta::assert_snapshot!(show(&m, &Options::default()));
}
