//! Shared test harness: build IR with small helpers, compile with the gc
//! backend, validate with wasmparser, run on wasmtime with WASI preview 1
//! and in-memory stdout/stderr, and return what the program printed.

#![allow(dead_code)]

use gowgc_backend_gc::{compile, Options};
use gowgc_ir::builder::FunctionBuilder;
use gowgc_ir::{Fd, Function, Module, Op, PrintKind, Signature, Type, Value};
use std::sync::OnceLock;
use wasmtime::{Config, Engine, Linker, Store};
use wasmtime_wasi::p1::{self, WasiP1Ctx};
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{I32Exit, WasiCtxBuilder};

/// What a run produced.
#[derive(Debug, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub status: i32,
}

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| {
        let mut c = Config::new();
        c.wasm_gc(true)
            .wasm_function_references(true)
            .wasm_exceptions(true);
        Engine::new(&c).expect("engine")
    })
}

/// Compiles, validates and runs `m` with the given options.
pub fn run_with(m: &Module, opts: &Options) -> Outcome {
    if let Err(errs) = gowgc_ir::verify::verify_module(m) {
        panic!("IR does not verify: {errs:?}");
    }
    if let Ok(dir) = std::env::var("GOWGC_DUMP") {
        let name = std::thread::current()
            .name()
            .unwrap_or("t")
            .replace("::", "_");
        let wat = gowgc_backend_gc::emit_wat(m, opts);
        let _ = std::fs::write(format!("{dir}/{name}-{}.wat", opts.all_fat), wat);
    }
    let wasm = match compile(m, opts) {
        Ok(w) => w,
        Err(e) => {
            let wat = gowgc_backend_gc::emit_wat(m, opts);
            let _ = std::fs::write("/tmp/gowgc-gc-failed.wat", &wat);
            panic!("assembly failed (text in /tmp/gowgc-gc-failed.wat): {e}");
        }
    };
    if let Err(e) = wasmparser::Validator::new().validate_all(&wasm) {
        let wat = gowgc_backend_gc::emit_wat(m, opts);
        let _ = std::fs::write("/tmp/gowgc-gc-invalid.wat", &wat);
        panic!("invalid module (text in /tmp/gowgc-gc-invalid.wat): {e}");
    }
    let engine = engine();
    let module = wasmtime::Module::new(engine, &wasm).expect("wasmtime compile");
    let mut linker: Linker<WasiP1Ctx> = Linker::new(engine);
    p1::add_to_linker_sync(&mut linker, |t| t).expect("linker");
    let stdout = MemoryOutputPipe::new(1 << 24);
    let stderr = MemoryOutputPipe::new(1 << 20);
    let ctx = WasiCtxBuilder::new()
        .stdout(stdout.clone())
        .stderr(stderr.clone())
        .build_p1();
    let mut store = Store::new(engine, ctx);
    let instance = linker
        .instantiate(&mut store, &module)
        .expect("instantiate");
    let start = instance
        .get_typed_func::<(), ()>(&mut store, "_start")
        .expect("_start");
    let status = match start.call(&mut store, ()) {
        Ok(()) => 0,
        Err(e) => match e.downcast_ref::<I32Exit>() {
            Some(x) => x.0,
            None => panic!("trap: {e:?}"),
        },
    };
    Outcome {
        stdout: String::from_utf8_lossy(&stdout.contents()).into_owned(),
        stderr: String::from_utf8_lossy(&stderr.contents()).into_owned(),
        status,
    }
}

/// Runs `m` in both pointer modes and checks they agree; returns the
/// outcome.
pub fn run(m: &Module) -> Outcome {
    let a = run_with(m, &Options { all_fat: false });
    let b = run_with(m, &Options { all_fat: true });
    assert_eq!(a, b, "all_fat changes the result");
    a
}

/// The text before the first blank line of a panic's stderr.
pub fn panic_text(o: &Outcome) -> &str {
    o.stderr.split("\n\n").next().unwrap_or("")
}

/// A tiny IR building kit over [`FunctionBuilder`].
pub struct B<'f> {
    pub b: FunctionBuilder<'f>,
}

impl<'f> B<'f> {
    pub fn new(f: &'f mut Function) -> Self {
        B {
            b: FunctionBuilder::new(f),
        }
    }

    pub fn ins(&mut self, op: Op, ty: Type) -> Value {
        self.b.ins1(op, ty)
    }

    pub fn op(&mut self, op: Op) {
        self.b.ins(op, &[]);
    }

    pub fn iconst(&mut self, ty: Type, v: i64) -> Value {
        self.b.ins1(Op::Iconst(v), ty)
    }

    pub fn print(&mut self, kind: PrintKind, v: Value) {
        self.b.ins(Op::Print(Fd::Stdout, kind, v), &[]);
    }

    pub fn puts(&mut self, m: &mut Module, s: &str) {
        let st = m.types.string();
        let v = self.b.ins1(Op::Sconst(s.as_bytes().to_vec()), st);
        self.print(PrintKind::Str, v);
    }

    /// Prints an integer value and a newline.
    pub fn println_int(&mut self, m: &mut Module, v: Value) {
        self.print(PrintKind::Int, v);
        self.puts(m, "\n");
    }

    pub fn println_uint(&mut self, m: &mut Module, v: Value) {
        self.print(PrintKind::Uint, v);
        self.puts(m, "\n");
    }

    pub fn finish_ret(mut self) {
        self.b.ret(vec![]);
        self.b.finish();
    }
}

/// A module whose entry is a `main.main` built by `build`.
pub fn main_module(build: impl FnOnce(&mut Module, &mut B)) -> Module {
    let mut m = Module::new();
    let mut f = Function::new("main.main", Signature::default());
    {
        let mut b = B::new(&mut f);
        build(&mut m, &mut b);
        b.finish_ret();
    }
    let id = m.funcs.push(f);
    m.entry = Some(id);
    m
}

/// Adds a function `name` built by `build` (which gets the parameters and
/// must end the function itself).
pub fn add_fn(
    m: &mut Module,
    name: &str,
    params: Vec<Type>,
    results: Vec<Type>,
    build: impl FnOnce(&mut Module, &mut B, Vec<Value>),
) -> gowgc_ir::FuncId {
    let mut f = Function::new(name, Signature { params, results });
    let ps = f.blocks[f.entry].params.clone();
    {
        let mut b = B::new(&mut f);
        build(m, &mut b, ps);
        b.b.finish();
    }
    m.funcs.push(f)
}

/// A struct type with the given fields, named `name`.
pub fn struct_ty(m: &mut Module, name: &str, fields: &[(&str, Type)]) -> Type {
    let t = m.types.intern(gowgc_ir::TypeData::Struct {
        fields: fields
            .iter()
            .map(|(n, t)| gowgc_ir::FieldData {
                name: n.to_string(),
                ty: *t,
            })
            .collect(),
    });
    m.types.set_name(t, name);
    t
}

/// `[len]elem`.
pub fn array_ty(m: &mut Module, elem: Type, len: u64) -> Type {
    m.types.intern(gowgc_ir::TypeData::Array { elem, len })
}

/// Builds `main.main` into an existing module (whose other functions were
/// added first) and makes it the entry.
pub fn set_main(m: &mut Module, build: impl FnOnce(&mut Module, &mut B)) {
    let id = add_fn(m, "main.main", vec![], vec![], |m, b, _| {
        build(m, b);
        b.b.ret(vec![]);
    });
    m.entry = Some(id);
}

impl B<'_> {
    /// `for i := 0; i < n; i++ { body(i) }` with `i` an int64; `vars` are
    /// loop-carried variables the body may redefine.
    pub fn for_range(
        &mut self,
        m: &mut Module,
        n: i64,
        mut body: impl FnMut(&mut Module, &mut B, Value),
    ) {
        let int = m.types.int64();
        let bool_t = m.types.bool();
        let i = self.b.declare_var(int);
        let zero = self.iconst(int, 0);
        self.b.def_var(i, zero);
        let header = self.b.create_block();
        let body_b = self.b.create_block();
        let exit = self.b.create_block();
        self.b.jump(header, vec![]);
        self.b.switch_to_block(header);
        let iv = self.b.use_var(i);
        let nv = self.iconst(int, n);
        let c = self.ins(Op::Binary(gowgc_ir::BinaryOp::Lt, iv, nv), bool_t);
        self.b.brif(c, body_b, exit);
        self.b.switch_to_block(body_b);
        self.b.seal_block(body_b);
        let iv = self.b.use_var(i);
        body(m, self, iv);
        let iv = self.b.use_var(i);
        let one = self.iconst(int, 1);
        let next = self.ins(Op::Binary(gowgc_ir::BinaryOp::Add, iv, one), int);
        self.b.def_var(i, next);
        self.b.jump(header, vec![]);
        self.b.seal_block(header);
        self.b.switch_to_block(exit);
        self.b.seal_block(exit);
    }

    /// `if cond { then() }`.
    pub fn if_then(&mut self, m: &mut Module, cond: Value, then: impl FnOnce(&mut Module, &mut B)) {
        let t = self.b.create_block();
        let join = self.b.create_block();
        self.b.brif(cond, t, join);
        self.b.switch_to_block(t);
        self.b.seal_block(t);
        then(m, self);
        self.b.jump(join, vec![]);
        self.b.switch_to_block(join);
        self.b.seal_block(join);
    }
}
