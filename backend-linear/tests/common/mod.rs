//! Test support: build IR with a little DSL, compile, validate with
//! wasmparser, run with wasmtime + WASI p1 and capture what happened.
//!
//! Debugging aids: `GOWGC_DUMP=path` writes the disassembly (with byte
//! offsets, to match trap addresses) of every compiled module to `path`;
//! `GOWGC_MEMDUMP=1` writes linear memory to `/tmp/mem.bin` on a trap.
#![allow(dead_code)]

use gowgc_backend_linear::{compile, Options};
use gowgc_ir::builder::FunctionBuilder;
use gowgc_ir::{
    BinaryOp, Fd, FieldData, FuncId, Function, Global, GlobalData, Module, Op, PrintKind,
    Signature, Type, TypeData, TypeStore, Value,
};
use std::sync::OnceLock;
use wasmtime_wasi::p1::{self, WasiP1Ctx};
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{I32Exit, WasiCtxBuilder};

/// What a program did.
#[derive(Debug)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub status: i32,
    /// Final size of linear memory in bytes.
    pub memory: usize,
}

fn engine() -> &'static wasmtime::Engine {
    static E: OnceLock<wasmtime::Engine> = OnceLock::new();
    E.get_or_init(wasmtime::Engine::default)
}

/// Compiles, validates and runs `m`.
pub fn run_opts(m: &Module, opts: &Options) -> Outcome {
    if let Err(e) = gowgc_ir::verify::verify_module(m) {
        panic!("invalid IR: {e:?}");
    }
    let wasm = match compile(m, opts) {
        Ok(w) => w,
        Err(e) => panic!("compile error: {e}"),
    };
    if let Ok(path) = std::env::var("GOWGC_DUMP") {
        // for debugging traps: the disassembly with byte offsets
        let mut cfg = wasmprinter::Config::new();
        cfg.print_offsets(true);
        let mut text = String::new();
        let _ = cfg.print(&wasm, &mut wasmprinter::PrintFmtWrite(&mut text));
        let _ = std::fs::write(path, text);
    }
    let mut v = wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::default());
    if let Err(e) = v.validate_all(&wasm) {
        panic!("invalid wasm: {e}");
    }
    let module = wasmtime::Module::new(engine(), &wasm).expect("wasmtime compile");
    let mut linker: wasmtime::Linker<WasiP1Ctx> = wasmtime::Linker::new(engine());
    p1::add_to_linker_sync(&mut linker, |t| t).unwrap();
    let stdout = MemoryOutputPipe::new(1 << 26);
    let stderr = MemoryOutputPipe::new(1 << 20);
    let wasi = WasiCtxBuilder::new()
        .stdout(stdout.clone())
        .stderr(stderr.clone())
        .build_p1();
    let mut store = wasmtime::Store::new(engine(), wasi);
    let inst = linker
        .instantiate(&mut store, &module)
        .expect("instantiate");
    let start = inst.get_typed_func::<(), ()>(&mut store, "_start").unwrap();
    let status = match start.call(&mut store, ()) {
        Ok(()) => 0,
        Err(e) => match e.downcast_ref::<I32Exit>() {
            Some(x) => x.0,
            None => {
                if std::env::var("GOWGC_MEMDUMP").is_ok() {
                    let mem = inst.get_memory(&mut store, "memory").unwrap();
                    let _ = std::fs::write("/tmp/mem.bin", mem.data(&store));
                }
                panic!(
                    "trap: {e:?}\nstdout: {}\nstderr: {}",
                    String::from_utf8_lossy(&stdout.contents()),
                    String::from_utf8_lossy(&stderr.contents())
                )
            }
        },
    };
    let memory = inst
        .get_memory(&mut store, "memory")
        .unwrap()
        .data_size(&store);
    Outcome {
        stdout: String::from_utf8_lossy(&stdout.contents()).into_owned(),
        stderr: String::from_utf8_lossy(&stderr.contents()).into_owned(),
        status,
        memory,
    }
}

/// [`run_opts`] in both the normal and the gc-stress mode; both must
/// behave the same. Returns the normal outcome.
pub fn run(m: &Module) -> Outcome {
    let a = run_opts(m, &Options::default());
    let b = run_opts(m, &Options { gc_stress: true });
    assert_eq!(a.stdout, b.stdout, "gc_stress changed stdout");
    assert_eq!(a.stderr, b.stderr, "gc_stress changed stderr");
    assert_eq!(a.status, b.status, "gc_stress changed the exit status");
    a
}

/// Runs and expects a clean exit with `stdout`.
pub fn expect_stdout(m: &Module, stdout: &str) {
    let o = run(m);
    assert_eq!(o.stderr, "", "stderr");
    assert_eq!(o.status, 0, "status");
    assert_eq!(o.stdout, stdout);
}

/// Runs and expects a panic (status 2) whose first stderr line is `line`.
pub fn expect_panic(m: &Module, stdout: &str, line: &str) {
    let o = run(m);
    assert_eq!(o.stdout, stdout, "stdout");
    assert_eq!(o.status, 2, "status; stderr: {}", o.stderr);
    assert_eq!(
        o.stderr.lines().next().unwrap_or(""),
        line,
        "stderr: {}",
        o.stderr
    );
    assert!(
        o.stderr.contains("goroutine 1 [running]:"),
        "stderr: {}",
        o.stderr
    );
}

/// A function under construction with its module's types at hand.
pub struct Cx<'a> {
    pub b: FunctionBuilder<'a>,
    pub t: &'a mut TypeStore,
    pub globals: &'a mut cranelift_entity::PrimaryMap<Global, GlobalData>,
}

impl Cx<'_> {
    pub fn int_ty(&mut self, bits: u8, signed: bool) -> Type {
        self.t.int(bits, signed)
    }
    pub fn iconst(&mut self, ty: Type, v: i64) -> Value {
        self.b.ins1(Op::Iconst(v), ty)
    }
    /// An `int` constant.
    pub fn int(&mut self, v: i64) -> Value {
        let t = self.t.int64();
        self.iconst(t, v)
    }
    pub fn str(&mut self, s: &str) -> Value {
        let t = self.t.string();
        self.b.ins1(Op::Sconst(s.as_bytes().to_vec()), t)
    }
    pub fn ty(&self, v: Value) -> Type {
        self.b.func.value_type(v)
    }
    pub fn bin(&mut self, op: BinaryOp, a: Value, b: Value) -> Value {
        let ty = if op.is_comparison() {
            self.t.bool()
        } else {
            self.ty(a)
        };
        self.b.ins1(Op::Binary(op, a, b), ty)
    }
    pub fn op(&mut self, op: Op, ty: Type) -> Value {
        self.b.ins1(op, ty)
    }
    pub fn effect(&mut self, op: Op) {
        self.b.ins(op, &[]);
    }
    pub fn print(&mut self, kind: PrintKind, v: Value) {
        self.effect(Op::Print(Fd::Stdout, kind, v));
    }
    pub fn puts(&mut self, s: &str) {
        let v = self.str(s);
        self.print(PrintKind::Str, v);
    }
    /// Prints a signed or unsigned integer by its type, then `end`.
    pub fn show(&mut self, v: Value, end: &str) {
        let kind = match self.t.data(self.ty(v)) {
            TypeData::Int { signed: false, .. } => PrintKind::Uint,
            TypeData::Bool => PrintKind::Bool,
            TypeData::Float { .. } => PrintKind::FloatV,
            TypeData::String => PrintKind::Str,
            TypeData::Pointer(_) => PrintKind::Pointer,
            _ => PrintKind::Int,
        };
        self.print(kind, v);
        self.puts(end);
    }
    pub fn strukt(&mut self, fields: &[(&str, Type)]) -> Type {
        let fields = fields
            .iter()
            .map(|(n, t)| FieldData {
                name: n.to_string(),
                ty: *t,
            })
            .collect();
        self.t.intern(TypeData::Struct { fields })
    }
    pub fn array(&mut self, elem: Type, len: u64) -> Type {
        self.t.intern(TypeData::Array { elem, len })
    }
    pub fn global(&mut self, name: &str, ty: Type) -> Global {
        self.globals.push(GlobalData {
            name: name.into(),
            ty,
        })
    }
    /// `if cond { body }`.
    pub fn if_then(&mut self, cond: Value, body: impl FnOnce(&mut Self)) {
        let then = self.b.create_block();
        let join = self.b.create_block();
        self.b.brif(cond, then, join);
        self.b.seal_block(then);
        self.b.switch_to_block(then);
        body(self);
        self.b.jump(join, vec![]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
    }
    /// Address of global `g`.
    pub fn gaddr(&mut self, g: Global) -> Value {
        let ty = self.globals[g].ty;
        let pt = self.t.pointer(ty);
        self.op(Op::GlobalAddr(g), pt)
    }
    /// `*p`.
    pub fn load(&mut self, p: Value) -> Value {
        let ty = self.t.pointee(self.ty(p));
        self.op(Op::Load(p), ty)
    }
    /// `*p = v`.
    pub fn store(&mut self, p: Value, v: Value) {
        self.effect(Op::Store(p, v));
    }
    /// A new object of type `ty`.
    pub fn alloc(&mut self, ty: Type) -> Value {
        let pt = self.t.pointer(ty);
        self.op(Op::Alloc(ty), pt)
    }
    /// `&p.field`.
    pub fn field(&mut self, p: Value, i: u32) -> Value {
        let st = self.t.pointee(self.ty(p));
        let ft = self.t.field(st, i);
        let pt = self.t.pointer(ft);
        self.op(Op::FieldAddr(p, i), pt)
    }
    /// `&a[i]` of an array pointer.
    pub fn index(&mut self, p: Value, i: Value) -> Value {
        let at = self.t.pointee(self.ty(p));
        let et = self.t.elem(at);
        let pt = self.t.pointer(et);
        self.op(Op::IndexAddr(p, i), pt)
    }
    /// `&s[i]` of a slice.
    pub fn sindex(&mut self, s: Value, i: Value) -> Value {
        let et = self.t.elem(self.ty(s));
        let pt = self.t.pointer(et);
        self.op(Op::SliceIndexAddr(s, i), pt)
    }
    /// `make([]elem, len, cap)`.
    pub fn make(&mut self, elem: Type, len: i64, cap: i64) -> Value {
        let st = self.t.slice(elem);
        let l = self.int(len);
        let c = self.int(cap);
        self.op(Op::MakeSlice(l, c), st)
    }
    pub fn len(&mut self, s: Value) -> Value {
        let int = self.t.int64();
        let op = if matches!(self.t.data(self.ty(s)), TypeData::String) {
            Op::StrLen(s)
        } else {
            Op::SliceLen(s)
        };
        self.op(op, int)
    }
    pub fn cap(&mut self, s: Value) -> Value {
        let int = self.t.int64();
        self.op(Op::SliceCap(s), int)
    }
    /// `for i := from; i < to; i++ { body(i) }`.
    pub fn for_range(&mut self, from: i64, to: Value, body: impl FnOnce(&mut Self, Value)) {
        let int = self.t.int64();
        let head = self.b.create_block();
        let body_b = self.b.create_block();
        let exit = self.b.create_block();
        let i = self.b.func.append_param(head, int);
        let start = self.int(from);
        self.b.jump(head, vec![start]);
        self.b.switch_to_block(head);
        let c = self.bin(BinaryOp::Lt, i, to);
        self.b.brif(c, body_b, exit);
        self.b.seal_block(body_b);
        self.b.switch_to_block(body_b);
        body(self, i);
        let one = self.int(1);
        let next = self.bin(BinaryOp::Add, i, one);
        self.b.jump(head, vec![next]);
        self.b.seal_block(head);
        self.b.seal_block(exit);
        self.b.switch_to_block(exit);
    }
}

/// Adds a function built by `body` to `m`.
pub fn func(
    m: &mut Module,
    name: &str,
    sig: Signature,
    body: impl FnOnce(&mut Cx, &[Value]),
) -> FuncId {
    let mut f = Function::new(name, sig);
    {
        let params = f.blocks[f.entry].params.clone();
        let b = FunctionBuilder::new(&mut f);
        let mut cx = Cx {
            b,
            t: &mut m.types,
            globals: &mut m.globals,
        };
        body(&mut cx, &params);
        if !cx.b.is_terminated() {
            cx.b.ret(vec![]);
        }
        cx.b.finish();
    }
    m.funcs.push(f)
}

/// A module whose `main.main` is built by `body`.
pub fn program(body: impl FnOnce(&mut Cx)) -> Module {
    let mut m = Module::new();
    let id = func(&mut m, "main.main", Signature::default(), |cx, _| body(cx));
    m.entry = Some(id);
    m
}
