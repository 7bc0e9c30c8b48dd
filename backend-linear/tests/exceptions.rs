//! Go panics as wasm exceptions: `throw`, `call_catch`, the panic hook
//! that turns runtime errors into Go panics, and the shadow stack after
//! an exception unwound frames that never popped themselves.

mod common;
use common::*;
use gowgc_backend_linear::{emit_wat, Options};
use gowgc_ir::{BinaryOp::*, FuncId, Module, Op, Signature, Type};

/// `throw` (the block ends there; building goes on in a fresh block that
/// nothing reaches).
fn throw(cx: &mut Cx) {
    cx.effect(Op::Throw);
    cx.b.unreachable();
    let dead = cx.b.create_block();
    cx.b.seal_block(dead);
    cx.b.switch_to_block(dead);
}

/// `call_catch f(args)`: did `f` end by a Go panic?
fn call_catch(cx: &mut Cx, f: FuncId, args: Vec<gowgc_ir::Value>) -> gowgc_ir::Value {
    let b = cx.t.bool();
    cx.op(Op::CallCatch(f, args), b)
}

fn sig(params: Vec<Type>) -> Signature {
    Signature {
        params,
        results: vec![],
    }
}

/// `main.boom` prints and throws; `main.fine` prints and returns.
fn boom_and_fine(m: &mut Module) -> (FuncId, FuncId) {
    let boom = func(m, "main.boom", Signature::default(), |cx, _| {
        cx.puts("boom\n");
        throw(cx);
        cx.puts("not reached\n");
    });
    let fine = func(m, "main.fine", Signature::default(), |cx, _| {
        cx.puts("fine\n");
    });
    (boom, fine)
}

#[test]
fn a_throw_is_caught() {
    let mut m = Module::new();
    let (boom, _) = boom_and_fine(&mut m);
    let main = func(&mut m, "main.main", Signature::default(), |cx, _| {
        let r = call_catch(cx, boom, vec![]);
        cx.show(r, "\n");
    });
    m.entry = Some(main);
    expect_stdout(&m, "boom\ntrue\n");
}

#[test]
fn a_normal_return_is_not_a_panic() {
    let mut m = Module::new();
    let (_, fine) = boom_and_fine(&mut m);
    let main = func(&mut m, "main.main", Signature::default(), |cx, _| {
        let r = call_catch(cx, fine, vec![]);
        cx.show(r, "\n");
    });
    m.entry = Some(main);
    expect_stdout(&m, "fine\nfalse\n");
}

#[test]
fn an_uncaught_throw_traps() {
    let mut m = Module::new();
    let (boom, _) = boom_and_fine(&mut m);
    let main = func(&mut m, "main.main", Signature::default(), |cx, _| {
        cx.b.ins(Op::Call(boom, vec![]), &[]);
    });
    m.entry = Some(main);
    let wasm = gowgc_backend_linear::compile(&m, &Options::default()).unwrap();
    let engine = wasmtime::Engine::default();
    let module = wasmtime::Module::new(&engine, &wasm).unwrap();
    let mut linker: wasmtime::Linker<wasmtime_wasi::p1::WasiP1Ctx> = wasmtime::Linker::new(&engine);
    wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |t| t).unwrap();
    let wasi = wasmtime_wasi::WasiCtxBuilder::new().build_p1();
    let mut store = wasmtime::Store::new(&engine, wasi);
    let inst = linker.instantiate(&mut store, &module).unwrap();
    let start = inst.get_typed_func::<(), ()>(&mut store, "_start").unwrap();
    assert!(start.call(&mut store, ()).is_err());
}

/// Catches nest: the innermost `call_catch` gets the panic; a function
/// that caught one can throw again, and its caller catches that.
#[test]
fn nested_catches() {
    let mut m = Module::new();
    let (boom, fine) = boom_and_fine(&mut m);
    let int = m.types.int64();
    // inner(n): throws from n plain calls deep
    let inner = {
        let id = m.funcs.next_key();
        func(&mut m, "main.inner", sig(vec![int]), |cx, ps| {
            let zero = cx.int(0);
            let at_bottom = cx.bin(Eq, ps[0], zero);
            cx.if_then(at_bottom, |cx| {
                cx.puts("bottom\n");
                throw(cx);
            });
            let one = cx.int(1);
            let n1 = cx.bin(Sub, ps[0], one);
            cx.b.ins(Op::Call(id, vec![n1]), &[]);
        })
    };
    let middle = func(&mut m, "main.middle", Signature::default(), |cx, _| {
        let a = call_catch(cx, boom, vec![]);
        cx.puts("middle caught ");
        cx.show(a, "\n");
        let b = call_catch(cx, fine, vec![]);
        cx.puts("middle fine ");
        cx.show(b, "\n");
        let three = cx.int(3);
        let c = call_catch(cx, inner, vec![three]);
        cx.puts("middle inner ");
        cx.show(c, "\n");
        cx.puts("middle rethrows\n");
        throw(cx);
    });
    let main = func(&mut m, "main.main", Signature::default(), |cx, _| {
        let r = call_catch(cx, middle, vec![]);
        cx.puts("main ");
        cx.show(r, "\n");
        let r = call_catch(cx, fine, vec![]);
        cx.puts("main ");
        cx.show(r, "\n");
    });
    m.entry = Some(main);
    expect_stdout(
        &m,
        "boom\nmiddle caught true\nfine\nmiddle fine false\nbottom\nmiddle inner true\n\
         middle rethrows\nmain true\nfine\nmain false\n",
    );
}

/// `main.hook(code int32, x, y int64)`: prints its operands and throws.
fn hook(m: &mut Module) -> FuncId {
    let i32t = m.types.int(32, true);
    let int = m.types.int64();
    let h = func(m, "main.hook", sig(vec![i32t, int, int]), |cx, ps| {
        cx.puts("hook ");
        cx.show(ps[0], " ");
        cx.show(ps[1], " ");
        cx.show(ps[2], "\n");
        throw(cx);
    });
    m.panic_hook = Some(h);
    h
}

/// Functions that fail at run time: an index out of range, a nil
/// dereference, a division by zero, a slice bound past the capacity.
fn failing(m: &mut Module) -> Vec<FuncId> {
    let int = m.types.int64();
    let index = func(m, "main.index", sig(vec![int]), |cx, ps| {
        let int = cx.t.int64();
        let s = cx.make(int, 3, 3);
        let e = cx.sindex(s, ps[0]);
        let v = cx.load(e);
        cx.show(v, " not reached\n");
    });
    let nil = func(m, "main.nil", Signature::default(), |cx, _| {
        let int = cx.t.int64();
        let pt = cx.t.pointer(int);
        let p = cx.op(Op::Nil, pt);
        let v = cx.load(p);
        cx.show(v, " not reached\n");
    });
    let div = func(m, "main.div", sig(vec![int]), |cx, ps| {
        let seven = cx.int(7);
        let q = cx.bin(Div, seven, ps[0]);
        cx.show(q, "\n");
    });
    let slice = func(m, "main.slice", sig(vec![int]), |cx, ps| {
        let int = cx.t.int64();
        let st = cx.t.slice(int);
        let s = cx.make(int, 2, 4);
        let t = cx.op(Op::SliceSlice(s, None, Some(ps[0]), None), st);
        let l = cx.len(t);
        cx.show(l, "\n");
    });
    vec![index, nil, div, slice]
}

/// Calls the failing functions under `call_catch` (then once more,
/// uncaught, when `uncaught`).
fn runtime_errors(with_hook: bool) -> Module {
    let mut m = Module::new();
    if with_hook {
        hook(&mut m);
    }
    let fs = failing(&mut m);
    let (index, nil, div, slice) = (fs[0], fs[1], fs[2], fs[3]);
    let main = func(&mut m, "main.main", Signature::default(), |cx, _| {
        let five = cx.int(5);
        let r = call_catch(cx, index, vec![five]);
        cx.show(r, "\n");
        let r = call_catch(cx, nil, vec![]);
        cx.show(r, "\n");
        let zero = cx.int(0);
        let r = call_catch(cx, div, vec![zero]);
        cx.show(r, "\n");
        let two = cx.int(2);
        let r = call_catch(cx, div, vec![two]);
        cx.show(r, "\n");
        let nine = cx.int(9);
        let r = call_catch(cx, slice, vec![nine]);
        cx.show(r, "\n");
        let minus = cx.int(-1);
        let r = call_catch(cx, index, vec![minus]);
        cx.show(r, "\n");
    });
    m.entry = Some(main);
    m
}

#[test]
fn runtime_errors_go_through_the_panic_hook() {
    expect_stdout(
        &runtime_errors(true),
        "hook 0 5 3\ntrue\n\
         hook 33 0 0\ntrue\n\
         hook 32 0 0\ntrue\n\
         3\nfalse\n\
         hook 2 9 4\ntrue\n\
         hook 0 -1 3\ntrue\n",
    );
}

#[test]
fn without_a_hook_runtime_errors_exit() {
    // call_catch does not catch them: Go's message, status 2
    expect_panic(
        &runtime_errors(false),
        "",
        "panic: runtime error: index out of range [5] with length 3",
    );
    let mut m = Module::new();
    let fs = failing(&mut m);
    let main = func(&mut m, "main.main", Signature::default(), |cx, _| {
        let r = call_catch(cx, fs[1], vec![]);
        cx.show(r, "\n");
    });
    m.entry = Some(main);
    expect_panic(
        &m,
        "",
        "panic: runtime error: invalid memory address or nil pointer dereference",
    );
}

#[test]
fn exceptions_cost_nothing_when_unused() {
    let m = program(|cx| cx.puts("hello\n"));
    let wat = emit_wat(&m, &Options::default());
    assert!(!wat.contains("(tag "), "{wat}");
    assert!(wat.contains("(func $panic_hook (param i32 i64 i64))\n"));
    let mut m = Module::new();
    hook(&mut m);
    let wat = emit_wat(&m, &Options::default());
    assert!(wat.contains("(tag $go_panic)"));
    assert!(
        wat.contains("call $\"main.hook\"\n    unreachable)"),
        "{wat}"
    );
}

#[test]
fn a_hook_with_the_wrong_signature_is_an_error() {
    let mut m = Module::new();
    let h = func(&mut m, "main.hook", Signature::default(), |cx, _| throw(cx));
    m.panic_hook = Some(h);
    let e = gowgc_backend_linear::compile(&m, &Options::default()).unwrap_err();
    assert!(e.contains("panic hook main.hook"), "{e}");
}

/// `s[k] = base + k` for the 8 elements of `s`.
fn fill(cx: &mut Cx, s: gowgc_ir::Value, base: gowgc_ir::Value) {
    let eight = cx.int(8);
    cx.for_range(0, eight, |cx, k| {
        let e = cx.sindex(s, k);
        let v = cx.bin(Add, base, k);
        cx.store(e, v);
    });
}

/// The sum of the 8 elements of `s`.
fn sum(cx: &mut Cx, s: gowgc_ir::Value) -> gowgc_ir::Value {
    let int = cx.t.int64();
    let acc = cx.b.declare_var(int);
    let zero = cx.int(0);
    cx.b.def_var(acc, zero);
    let eight = cx.int(8);
    cx.for_range(0, eight, |cx, k| {
        let e = cx.sindex(s, k);
        let v = cx.load(e);
        let a = cx.b.use_var(acc);
        let a = cx.bin(Add, a, v);
        cx.b.def_var(acc, a);
    });
    cx.b.use_var(acc)
}

/// GC safety after unwinding. `main.deep(n, up)` allocates (garbage and
/// a slice it keeps in its frame), recurses with plain calls and throws
/// at the bottom, so every level leaves a frame that is never popped.
/// `main.catcher(k)` holds a slice across `call_catch(deep)` and then
/// allocates a lot (in stress mode a collection runs at almost every
/// allocation) before it checks that slice: had `$sp` been restored
/// above its frame, the slice would be freed and reused (allocation
/// zeroes). `main.main` catches a throw from `deep` and calls the catcher
/// many times in a loop while holding a slice of its own: a shadow stack
/// that leaked the unwound frames would overflow (1 MiB) long before the
/// loop ends.
fn unwind_program(rounds: i64) -> Module {
    let mut m = Module::new();
    let int = m.types.int64();
    let ints = m.types.slice(int);
    let u8t = m.types.int(8, false);
    let deep = {
        let id = m.funcs.next_key();
        func(&mut m, "main.deep", sig(vec![int, ints]), |cx, ps| {
            cx.make(u8t, 200, 200);
            let s = cx.make(int, 8, 8);
            let hundred = cx.int(100);
            let base = cx.bin(Mul, ps[0], hundred);
            fill(cx, s, base);
            cx.make(u8t, 300, 300);
            let zero = cx.int(0);
            let at_bottom = cx.bin(Eq, ps[0], zero);
            cx.if_then(at_bottom, |cx| {
                cx.make(u8t, 50, 50);
                throw(cx);
            });
            let one = cx.int(1);
            let n1 = cx.bin(Sub, ps[0], one);
            cx.b.ins(Op::Call(id, vec![n1, s]), &[]);
            // keeps s and up live across the call (never reached)
            let a = sum(cx, s);
            let b = sum(cx, ps[1]);
            let t = cx.bin(Add, a, b);
            cx.show(t, "\n");
        })
    };
    let catcher = func(
        &mut m,
        "main.catcher",
        Signature {
            params: vec![int],
            results: vec![int],
        },
        |cx, ps| {
            let mine = cx.make(int, 8, 8);
            fill(cx, mine, ps[0]);
            let six = cx.int(6);
            let caught = call_catch(cx, deep, vec![six, mine]);
            // allocate a lot while `mine` is only in this frame
            let twenty = cx.int(20);
            cx.for_range(0, twenty, |cx, _| {
                let g = cx.make(int, 8, 8);
                let junk = cx.int(-1000);
                fill(cx, g, junk);
            });
            let s = sum(cx, mine);
            let one = cx.int(1);
            let zero = cx.int(0);
            let flag = cx.op(Op::Select(caught, one, zero), int);
            let r = cx.bin(Add, s, flag);
            cx.b.ret(vec![r]);
        },
    );
    let main = func(&mut m, "main.main", Signature::default(), |cx, _| {
        let keep = cx.make(int, 8, 8);
        let seed = cx.int(1000);
        fill(cx, keep, seed);
        let total = cx.b.declare_var(int);
        let zero = cx.int(0);
        cx.b.def_var(total, zero);
        let to = cx.int(rounds);
        cx.for_range(0, to, |cx, i| {
            let two = cx.int(2);
            let caught = call_catch(cx, deep, vec![two, keep]);
            cx.if_then(caught, |cx| {
                cx.make(u8t, 100, 100);
            });
            let r = cx.b.ins(Op::Call(catcher, vec![i]), &[int]);
            let r = cx.b.func.result(r);
            let t = cx.b.use_var(total);
            let t = cx.bin(Add, t, r);
            cx.b.def_var(total, t);
        });
        let t = cx.b.use_var(total);
        cx.show(t, " ");
        let k = sum(cx, keep);
        cx.show(k, "\n");
    });
    m.entry = Some(main);
    m
}

#[test]
fn the_shadow_stack_survives_unwinding() {
    let rounds = 50_000;
    // catcher(i) = sum(i..i+8) + 1 = 8i + 28 + 1
    let total: i64 = (0..rounds).map(|i| 8 * i + 29).sum();
    let keep: i64 = (1000..1008).sum();
    expect_stdout(&unwind_program(rounds), &format!("{total} {keep}\n"));
}

/// The hook runs inside the callee of `call_catch` but may allocate even
/// when the callee does not: values live across the `call_catch` need
/// their slots all the same. `main.nil` allocates nothing; the hook
/// allocates (in stress mode, a collection; the new objects reuse freed
/// slots); `main.main` checks a slice it held across the call only.
#[test]
fn a_hook_that_allocates_keeps_the_catchers_values_alive() {
    let mut m = Module::new();
    let i32t = m.types.int(32, true);
    let int = m.types.int64();
    let h = func(&mut m, "main.hook", sig(vec![i32t, int, int]), |cx, _| {
        let four = cx.int(4);
        cx.for_range(0, four, |cx, _| {
            let g = cx.make(int, 8, 8);
            let junk = cx.int(-1000);
            fill(cx, g, junk);
        });
        throw(cx);
    });
    m.panic_hook = Some(h);
    let fs = failing(&mut m);
    let nil = fs[1];
    let main = func(&mut m, "main.main", Signature::default(), |cx, _| {
        let total = cx.b.declare_var(int);
        let zero = cx.int(0);
        cx.b.def_var(total, zero);
        let rounds = cx.int(200);
        cx.for_range(0, rounds, |cx, i| {
            let s = cx.make(int, 8, 8);
            fill(cx, s, i);
            let r = call_catch(cx, nil, vec![]);
            let a = sum(cx, s);
            let one = cx.int(1);
            let zero = cx.int(0);
            let flag = cx.op(Op::Select(r, one, zero), int);
            let t = cx.b.use_var(total);
            let t = cx.bin(Add, t, a);
            let t = cx.bin(Add, t, flag);
            cx.b.def_var(total, t);
        });
        let t = cx.b.use_var(total);
        cx.show(t, "\n");
    });
    m.entry = Some(main);
    let total: i64 = (0..200).map(|i| 8 * i + 29).sum();
    expect_stdout(&m, &format!("{total}\n"));
}
