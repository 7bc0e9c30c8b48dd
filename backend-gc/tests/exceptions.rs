//! Go panics as wasm exceptions: `throw`, `call_catch`, and runtime errors
//! turned into Go panics by the module's panic hook.

mod common;

use common::{add_fn, main_module, panic_text, run, set_main, B};
use gowgc_backend_gc::{emit_wat, Options};
use gowgc_ir::{BinaryOp, FuncId, Module, Op, PrintKind, RtError, Value};

/// `name()`: prints `before` (when given), then throws.
fn thrower(m: &mut Module, name: &str, before: Option<&str>) -> FuncId {
    let before = before.map(str::to_string);
    add_fn(m, name, vec![], vec![], |m, b, _| {
        if let Some(s) = &before {
            b.puts(m, s);
        }
        b.op(Op::Throw);
        b.b.unreachable();
    })
}

/// `call_catch f(args)`, printing the caught flag and a newline.
fn catch_and_print(m: &mut Module, b: &mut B, f: FuncId, args: Vec<Value>) {
    let bool_t = m.types.bool();
    let caught = b.ins(Op::CallCatch(f, args), bool_t);
    b.print(PrintKind::Bool, caught);
    b.puts(m, "\n");
}

#[test]
fn throw_is_caught() {
    let mut m = Module::new();
    let f = thrower(&mut m, "main.boom", Some("boom\n"));
    set_main(&mut m, |m, b| {
        catch_and_print(m, b, f, vec![]);
        b.puts(m, "after\n");
    });
    let o = run(&m);
    assert_eq!(o.stdout, "boom\ntrue\nafter\n");
    assert_eq!(o.stderr, "");
    assert_eq!(o.status, 0);
}

#[test]
fn normal_return_is_not_caught() {
    let mut m = Module::new();
    let int = m.types.int64();
    let f = add_fn(&mut m, "main.quiet", vec![int, int], vec![], |m, b, ps| {
        let s = b.ins(Op::Binary(BinaryOp::Add, ps[0], ps[1]), int);
        b.println_int(m, s);
        b.b.ret(vec![]);
    });
    set_main(&mut m, |m, b| {
        let x = b.iconst(int, 40);
        let y = b.iconst(int, 2);
        catch_and_print(m, b, f, vec![x, y]);
    });
    let o = run(&m);
    assert_eq!(o.stdout, "42\nfalse\n");
    assert_eq!(o.status, 0);
}

#[test]
fn nested_catch() {
    let mut m = Module::new();
    let inner = thrower(&mut m, "main.inner", None);
    let mid = add_fn(&mut m, "main.mid", vec![], vec![], |m, b, _| {
        catch_and_print(m, b, inner, vec![]);
        b.b.ret(vec![]);
    });
    // Caught twice in a loop: the handler is reusable.
    set_main(&mut m, |m, b| {
        b.for_range(m, 2, |m, b, _| {
            catch_and_print(m, b, mid, vec![]);
        });
    });
    let o = run(&m);
    assert_eq!(o.stdout, "true\nfalse\n".repeat(2));
    assert_eq!(o.status, 0);
}

#[test]
fn throw_through_frames() {
    // A panic unwinds through a function that does not catch.
    let mut m = Module::new();
    let inner = thrower(&mut m, "main.inner", None);
    let mid = add_fn(&mut m, "main.mid", vec![], vec![], |m, b, _| {
        b.op(Op::Call(inner, vec![]));
        b.puts(m, "not reached\n");
        b.b.ret(vec![]);
    });
    set_main(&mut m, |m, b| catch_and_print(m, b, mid, vec![]));
    let o = run(&m);
    assert_eq!(o.stdout, "true\n");
    assert_eq!(o.status, 0);
}

/// Adds `main.hook(code int32, x, y int64)`, which prints its operands and
/// throws, and makes it the module's panic hook.
fn set_hook(m: &mut Module) {
    let i32t = m.types.int(32, true);
    let int = m.types.int64();
    let hook = add_fn(m, "main.hook", vec![i32t, int, int], vec![], |m, b, ps| {
        b.puts(m, "hook ");
        b.print(PrintKind::Int, ps[0]);
        b.puts(m, " ");
        b.print(PrintKind::Int, ps[1]);
        b.puts(m, " ");
        b.println_int(m, ps[2]);
        b.op(Op::Throw);
        b.b.unreachable();
    });
    m.panic_hook = Some(hook);
}

/// `main.index(i)`: `make([]int, 3)[i]`, printed.
fn indexer(m: &mut Module) -> FuncId {
    let int = m.types.int64();
    let ints = m.types.slice(int);
    let pint = m.types.pointer(int);
    add_fn(m, "main.index", vec![int], vec![], |m, b, ps| {
        let three = b.iconst(int, 3);
        let xs = b.ins(Op::MakeSlice(three, three), ints);
        let p = b.ins(Op::SliceIndexAddr(xs, ps[0]), pint);
        let v = b.ins(Op::Load(p), int);
        b.println_int(m, v);
        b.b.ret(vec![]);
    })
}

/// `main.deref()`: `*(*int)(nil)`, printed.
fn nil_deref(m: &mut Module) -> FuncId {
    let int = m.types.int64();
    let pint = m.types.pointer(int);
    add_fn(m, "main.deref", vec![], vec![], |m, b, _| {
        let p = b.ins(Op::Nil, pint);
        let v = b.ins(Op::Load(p), int);
        b.println_int(m, v);
        b.b.ret(vec![]);
    })
}

/// `main.div(x, y)`: `x / y`, printed.
fn divider(m: &mut Module) -> FuncId {
    let int = m.types.int64();
    add_fn(m, "main.div", vec![int, int], vec![], |m, b, ps| {
        let q = b.ins(Op::Binary(BinaryOp::Div, ps[0], ps[1]), int);
        b.println_int(m, q);
        b.b.ret(vec![]);
    })
}

#[test]
fn runtime_errors_through_hook() {
    let mut m = Module::new();
    set_hook(&mut m);
    let index = indexer(&mut m);
    let deref = nil_deref(&mut m);
    let div = divider(&mut m);
    let int = m.types.int64();
    set_main(&mut m, |m, b| {
        for i in [1, 5, -1] {
            let i = b.iconst(int, i);
            catch_and_print(m, b, index, vec![i]);
        }
        catch_and_print(m, b, deref, vec![]);
        let (x, zero) = (b.iconst(int, 7), b.iconst(int, 0));
        catch_and_print(m, b, div, vec![x, zero]);
        b.puts(m, "done\n");
    });
    let o = run(&m);
    let (nil, divide) = (RtError::NIL, RtError::DIVIDE);
    assert_eq!(
        o.stdout,
        format!(
            "0\nfalse\n\
             hook 0 5 3\ntrue\n\
             hook 0 -1 3\ntrue\n\
             hook {nil} 0 0\ntrue\n\
             hook {divide} 0 0\ntrue\n\
             done\n"
        )
    );
    assert_eq!(o.stderr, "");
    assert_eq!(o.status, 0);
}

#[test]
fn runtime_error_without_hook_exits() {
    let mut m = Module::new();
    let index = indexer(&mut m);
    let int = m.types.int64();
    set_main(&mut m, |m, b| {
        let i = b.iconst(int, 5);
        catch_and_print(m, b, index, vec![i]);
        b.puts(m, "not reached\n");
    });
    let o = run(&m);
    assert_eq!(o.stdout, "");
    assert_eq!(
        panic_text(&o),
        "panic: runtime error: index out of range [5] with length 3"
    );
    assert_eq!(o.status, 2);
}

#[test]
fn nil_deref_without_hook_exits() {
    let mut m = Module::new();
    let deref = nil_deref(&mut m);
    set_main(&mut m, |m, b| catch_and_print(m, b, deref, vec![]));
    let o = run(&m);
    assert!(
        panic_text(&o)
            .starts_with("panic: runtime error: invalid memory address or nil pointer dereference"),
        "{}",
        o.stderr
    );
    assert_eq!(o.status, 2);
}

#[test]
fn exit_is_not_caught() {
    let mut m = Module::new();
    let i32t = m.types.int(32, true);
    let f = add_fn(&mut m, "main.quit", vec![], vec![], |m, b, _| {
        b.puts(m, "bye\n");
        let three = b.iconst(i32t, 3);
        b.op(Op::Exit(three));
        b.b.unreachable();
    });
    set_main(&mut m, |m, b| catch_and_print(m, b, f, vec![]));
    let o = run(&m);
    assert_eq!(o.stdout, "bye\n");
    assert_eq!(o.status, 3);
}

#[test]
fn tag_only_when_used() {
    let plain = main_module(|m, b| b.puts(m, "hi\n"));
    let wat = emit_wat(&plain, &Options::default());
    assert!(!wat.contains("(tag"), "{wat}");
    assert!(wat.contains("(func $panic_hook (param i32 i64 i64))"));

    let mut m = Module::new();
    let f = thrower(&mut m, "main.boom", None);
    set_main(&mut m, |m, b| catch_and_print(m, b, f, vec![]));
    let wat = emit_wat(&m, &Options::default());
    assert!(wat.contains("  (tag $go_panic)\n"), "{wat}");
}

#[test]
fn hook_name_is_not_taken() {
    // An IR function named like the runtime's hook gets another name.
    let mut m = Module::new();
    let f = thrower(&mut m, "panic_hook", Some("thrown\n"));
    set_main(&mut m, |m, b| catch_and_print(m, b, f, vec![]));
    let o = run(&m);
    assert_eq!(o.stdout, "thrown\ntrue\n");
}
