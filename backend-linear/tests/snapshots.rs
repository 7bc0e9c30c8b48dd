//! The WAT emitted for tiny functions, as insta snapshots: a reviewer sees
//! the IR and the code it became side by side.

mod common;
use common::*;
use gowgc_backend_linear::{emit_wat, Options};
use gowgc_ir::{BinaryOp, Module, Op, Signature};

/// The IR text of `m`, then the WAT of function `name`.
fn ir_and_wat(m: &Module, name: &str) -> String {
    let wat = emit_wat(m, &Options::default());
    let start = wat
        .find(&format!("(func $\"{name}\""))
        .expect("function in output");
    let len = wat[start..].find("\n  )\n").expect("function end");
    format!(
        "----- IR\n{}----- WAT\n  {}\n  )\n",
        gowgc_ir::print::module_to_string(m),
        &wat[start..start + len]
    )
}

#[test]
fn int8_add_wraps() {
    let mut m = Module::new();
    let i8t = m.types.int(8, true);
    let sig = Signature {
        params: vec![i8t, i8t],
        results: vec![i8t],
    };
    func(&mut m, "main.add", sig, |cx, ps| {
        let r = cx.bin(BinaryOp::Add, ps[0], ps[1]);
        cx.b.ret(vec![r]);
    });
    insta::assert_snapshot!(ir_and_wat(&m, "main.add"));
}

#[test]
fn field_load_checks_nil() {
    let mut m = Module::new();
    let int = m.types.int64();
    let b = m.types.bool();
    let st = m.types.intern(gowgc_ir::TypeData::Struct {
        fields: vec![
            gowgc_ir::FieldData {
                name: "ok".into(),
                ty: b,
            },
            gowgc_ir::FieldData {
                name: "n".into(),
                ty: int,
            },
        ],
    });
    let pst = m.types.pointer(st);
    let sig = Signature {
        params: vec![pst],
        results: vec![int],
    };
    func(&mut m, "main.getN", sig, |cx, ps| {
        let f = cx.field(ps[0], 1);
        let v = cx.load(f);
        cx.b.ret(vec![v]);
    });
    insta::assert_snapshot!(ir_and_wat(&m, "main.getN"));
}

#[test]
fn append_keeps_live_pointers_in_the_frame() {
    let mut m = Module::new();
    let s = m.types.string();
    let ss = m.types.slice(s);
    let sig = Signature {
        params: vec![ss, s],
        results: vec![ss],
    };
    func(&mut m, "main.push2", sig, |cx, ps| {
        let a = cx.op(Op::Append(ps[0], vec![ps[1]]), ss);
        let b = cx.op(Op::Append(a, vec![ps[1]]), ss);
        cx.b.ret(vec![b]);
    });
    insta::assert_snapshot!(ir_and_wat(&m, "main.push2"));
}

#[test]
fn closure_make_capture_and_call() {
    let mut m = Module::new();
    let int = m.types.int64();
    let s = m.types.string();
    let fnty = m.types.intern(gowgc_ir::TypeData::Func {
        params: vec![int],
        results: vec![int],
    });
    let sig = Signature {
        params: vec![fnty, int],
        results: vec![int],
    };
    let body = func(&mut m, "main.apply.func1", sig, |cx, ps| {
        let k = cx.op(Op::ClosureCapture(ps[0], 1), int);
        let r = cx.bin(BinaryOp::Add, ps[1], k);
        cx.b.ret(vec![r]);
    });
    let sig = Signature {
        params: vec![s, int],
        results: vec![int],
    };
    func(&mut m, "main.apply", sig, |cx, ps| {
        let f = cx.op(Op::MakeClosure(body, vec![ps[0], ps[1]]), fnty);
        let r = cx.op(Op::CallClosure(f, vec![ps[1]]), int);
        cx.b.ret(vec![r]);
    });
    let wat = emit_wat(&m, &Options::default());
    let table = wat
        .lines()
        .filter(|l| l.contains("(table") || l.contains("(elem"))
        .collect::<Vec<_>>()
        .join("\n");
    insta::assert_snapshot!(format!(
        "{}{}\n----- table\n{table}\n",
        ir_and_wat(&m, "main.apply"),
        ir_and_wat(&m, "main.apply.func1")
            .split("----- WAT\n")
            .nth(1)
            .unwrap_or("")
    ));
}

/// `x := any(s); return x, x.(string)`: a string is boxed (the box is
/// allocated with the string's descriptor, the pair is (type id, box)) and
/// loaded back from the box.
#[test]
fn interface_boxes_a_string() {
    let mut m = Module::new();
    let s_t = m.types.string();
    let any = m
        .types
        .intern(gowgc_ir::TypeData::Interface { methods: vec![] });
    let sig = Signature {
        params: vec![s_t],
        results: vec![any, s_t],
    };
    func(&mut m, "main.roundTrip", sig, |cx, ps| {
        let x = cx.op(Op::MakeInterface(ps[0], 7), any);
        let s = cx.op(Op::IfaceData(x), s_t);
        cx.b.ret(vec![x, s]);
    });
    insta::assert_snapshot!(ir_and_wat(&m, "main.roundTrip"));
}

/// `call_catch` of a function that allocates and throws: the string that
/// is live across the call has a slot, `$sp` is saved before the call and
/// restored on the catch path, and the module declares the tag.
#[test]
fn call_catch_restores_the_shadow_stack() {
    let mut m = Module::new();
    let s = m.types.string();
    let b = m.types.bool();
    let sig = Signature {
        params: vec![s],
        results: vec![],
    };
    let boom = func(&mut m, "main.boom", sig, |cx, ps| {
        cx.op(Op::StrConcat(ps[0], ps[0]), s);
        cx.effect(Op::Throw);
        cx.b.unreachable();
    });
    let sig = Signature {
        params: vec![s],
        results: vec![b],
    };
    func(&mut m, "main.try", sig, |cx, ps| {
        let r = cx.op(Op::CallCatch(boom, vec![ps[0]]), b);
        cx.print(gowgc_ir::PrintKind::Str, ps[0]);
        cx.b.ret(vec![r]);
    });
    let wat = emit_wat(&m, &Options::default());
    let tag = wat
        .lines()
        .filter(|l| l.contains("(tag"))
        .collect::<Vec<_>>()
        .join("\n");
    insta::assert_snapshot!(format!(
        "{}{}\n----- tag\n{tag}\n",
        ir_and_wat(&m, "main.try"),
        ir_and_wat(&m, "main.boom")
            .split("----- WAT\n")
            .nth(1)
            .unwrap_or("")
    ));
}
