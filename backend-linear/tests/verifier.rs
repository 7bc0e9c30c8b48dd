//! The heap verifier of gc-stress mode can fail: a program keeps a
//! three-node list reachable from a global and prints the nodes'
//! addresses before every allocation; the host, standing in for a
//! collector bug, damages the heap when it reads them, and the verifier
//! must name the damage on stderr and trap. Without the damage the same
//! program runs clean, so the verifier raises no false alarm on it.

mod common;
use common::*;
use gowgc_backend_linear::statics::PAGE_TABLE;
use gowgc_backend_linear::{compile, Options};
use gowgc_ir::{Fd, FieldData, Module, Op, PrintKind, Signature, TypeData};
use std::sync::{Arc, Mutex};
use wasmtime_wasi::p1::{self, WasiP1Ctx};
use wasmtime_wasi::{I32Exit, WasiCtxBuilder};

/// What the host does to the heap when the program prints the nodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Damage {
    /// Nothing: the program must pass the verifier.
    None,
    /// Sets the mark byte of the middle node before every collection, as
    /// a sweep that forgot to clear marks would: the marker then never
    /// scans it and the sweep frees the last node while it is reachable.
    StaleMark,
    /// Clears the first node's descriptor, as an allocator that stored it
    /// in the wrong slot would: the node's pointers go unscanned.
    LostDescriptor,
    /// Decrements the object count in the header of the nodes' span.
    SpanCount,
}

/// `type node struct { next *node; v int }`, `var keep *node`;
/// `keep` = n1 -> n2 -> n3 (values 1, 2, 3), built by `main.build` so no
/// frame of `main` holds the nodes. Then 100 times: print the three
/// addresses on stderr, allocate 100 bytes of garbage (at most one
/// collection each). Finally print n3's value on stdout.
fn list_program() -> Module {
    let mut m = Module::new();
    let int = m.types.int64();
    let node = m.types.reserve();
    let pnode = m.types.pointer(node);
    m.types.define(
        node,
        TypeData::Struct {
            fields: vec![
                FieldData {
                    name: "next".into(),
                    ty: pnode,
                },
                FieldData {
                    name: "v".into(),
                    ty: int,
                },
            ],
        },
    );
    let sig = Signature {
        params: vec![],
        results: vec![pnode],
    };
    let build = func(&mut m, "main.build", sig, |cx, _| {
        let mut next = cx.op(Op::Nil, pnode);
        for v in [3, 2, 1] {
            let n = cx.alloc(node);
            let f = cx.field(n, 0);
            cx.store(f, next);
            let f = cx.field(n, 1);
            let v = cx.int(v);
            cx.store(f, v);
            next = n;
        }
        cx.b.ret(vec![next]);
    });
    let main = func(&mut m, "main.main", Signature::default(), |cx, _| {
        let keep = cx.global("main.keep", pnode);
        let u8t = cx.int_ty(8, false);
        let bytes = cx.t.slice(u8t);
        let sink = cx.global("main.sink", bytes);
        let r = cx.b.ins(Op::Call(build, vec![]), &[pnode]);
        let n1 = cx.b.func.result(r);
        let kp = cx.gaddr(keep);
        cx.store(kp, n1);
        let to = cx.int(100);
        cx.for_range(0, to, |cx, _| {
            let kp = cx.gaddr(keep);
            let mut n = cx.load(kp);
            for end in [" ", " ", "\n"] {
                cx.effect(Op::Print(Fd::Stderr, PrintKind::Pointer, n));
                let s = cx.str(end);
                cx.effect(Op::Print(Fd::Stderr, PrintKind::Str, s));
                let f = cx.field(n, 0);
                n = cx.load(f);
            }
            let junk = cx.make(u8t, 100, 100);
            let sp = cx.gaddr(sink);
            cx.store(sp, junk);
        });
        let kp = cx.gaddr(keep);
        let mut n = cx.load(kp);
        for _ in 0..2 {
            let f = cx.field(n, 0);
            n = cx.load(f);
        }
        let f = cx.field(n, 1);
        let v = cx.load(f);
        cx.show(v, "\n");
    });
    m.entry = Some(main);
    m
}

/// The host's view of the run.
#[derive(Default)]
struct Host {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// Where the last complete stderr line ended.
    line_start: usize,
    /// The node addresses, once printed.
    nodes: Option<[u32; 3]>,
    damaged: bool,
}

/// What happened: stdout, stderr, whether `_start` trapped, the node
/// addresses and the initial memory size (the heap's start).
struct Run {
    stdout: String,
    stderr: String,
    trapped: bool,
    nodes: [u32; 3],
    heap_start: u32,
    /// The memory after the run.
    memory: Vec<u8>,
}

fn rd(mem: &[u8], a: u32) -> u32 {
    let a = a as usize;
    u32::from_le_bytes(mem[a..a + 4].try_into().unwrap())
}

fn wr(mem: &mut [u8], a: u32, v: u32) {
    let a = a as usize;
    mem[a..a + 4].copy_from_slice(&v.to_le_bytes());
}

/// The span owning heap address `p`, from the page table.
fn span_of(mem: &[u8], heap_start: u32, p: u32) -> u32 {
    rd(mem, PAGE_TABLE + ((p - heap_start) >> 13) * 4)
}

/// The slot index of object `p` in its small span.
fn slot(mem: &[u8], span: u32, p: u32) -> u32 {
    (p - rd(mem, span + 28)) / rd(mem, span + 8)
}

fn damage(mem: &mut [u8], heap_start: u32, nodes: [u32; 3], d: Damage, first: bool) {
    let [n1, n2, _] = nodes;
    match d {
        Damage::None => {}
        Damage::StaleMark => {
            let span = span_of(mem, heap_start, n2);
            let m = rd(mem, span + 32) + slot(mem, span, n2);
            mem[m as usize] = 1;
        }
        Damage::LostDescriptor if first => {
            let span = span_of(mem, heap_start, n1);
            let d = rd(mem, span + 36) + 4 * slot(mem, span, n1);
            wr(mem, d, 0);
        }
        Damage::SpanCount if first => {
            let span = span_of(mem, heap_start, n2);
            let n = rd(mem, span + 12);
            wr(mem, span + 12, n - 1);
        }
        Damage::LostDescriptor | Damage::SpanCount => {}
    }
}

/// Runs the program in stress mode with `fd_write` intercepted.
fn run_damaged(d: Damage) -> Run {
    let m = list_program();
    gowgc_ir::verify::verify_module(&m).expect("valid IR");
    let wasm = compile(&m, &Options { gc_stress: true }).expect("compiles");
    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::default())
        .validate_all(&wasm)
        .expect("valid wasm");
    let engine = wasmtime::Engine::default();
    let module = wasmtime::Module::new(&engine, &wasm).expect("wasmtime compile");
    let heap_start = module
        .exports()
        .find_map(|e| e.ty().memory().map(|m| m.minimum() as u32 * 65536))
        .expect("exported memory");
    let host = Arc::new(Mutex::new(Host::default()));
    let mut linker: wasmtime::Linker<WasiP1Ctx> = wasmtime::Linker::new(&engine);
    p1::add_to_linker_sync(&mut linker, |t| t).unwrap();
    linker.allow_shadowing(true);
    let h = host.clone();
    linker
        .func_wrap(
            "wasi_snapshot_preview1",
            "fd_write",
            move |mut caller: wasmtime::Caller<'_, WasiP1Ctx>,
                  fd: i32,
                  iovs: i32,
                  n: i32,
                  nwritten: i32|
                  -> i32 {
                let mem = caller.get_export("memory").unwrap().into_memory().unwrap();
                let data = mem.data_mut(&mut caller);
                let mut h = h.lock().unwrap();
                let mut total = 0u32;
                for k in 0..n as u32 {
                    let ptr = rd(data, iovs as u32 + 8 * k);
                    let len = rd(data, iovs as u32 + 8 * k + 4);
                    let bytes = &data[ptr as usize..(ptr + len) as usize];
                    if fd == 1 {
                        h.stdout.extend_from_slice(bytes);
                    } else {
                        h.stderr.extend_from_slice(bytes);
                    }
                    total += len;
                }
                wr(data, nwritten as u32, total);
                // a complete line of three addresses: damage the heap
                while let Some(nl) = h.stderr[h.line_start..].iter().position(|&b| b == b'\n') {
                    let line = String::from_utf8_lossy(&h.stderr[h.line_start..h.line_start + nl])
                        .into_owned();
                    h.line_start += nl + 1;
                    let addrs: Vec<u32> = line
                        .split(' ')
                        .filter_map(|w| u32::from_str_radix(w.strip_prefix("0x")?, 16).ok())
                        .collect();
                    if let [a, b, c] = addrs[..] {
                        h.nodes = Some([a, b, c]);
                        let first = !h.damaged;
                        h.damaged = true;
                        damage(data, heap_start, [a, b, c], d, first);
                    }
                }
                0
            },
        )
        .unwrap();
    let wasi = WasiCtxBuilder::new().build_p1();
    let mut store = wasmtime::Store::new(&engine, wasi);
    let inst = linker
        .instantiate(&mut store, &module)
        .expect("instantiate");
    let start = inst.get_typed_func::<(), ()>(&mut store, "_start").unwrap();
    let trapped = match start.call(&mut store, ()) {
        Ok(()) => false,
        Err(e) => match e.downcast_ref::<I32Exit>() {
            Some(x) => {
                assert_eq!(x.0, 0, "exit status");
                false
            }
            None => true,
        },
    };
    let memory = inst
        .get_memory(&mut store, "memory")
        .unwrap()
        .data(&store)
        .to_vec();
    let h = host.lock().unwrap();
    Run {
        stdout: String::from_utf8_lossy(&h.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&h.stderr).into_owned(),
        trapped,
        nodes: h.nodes.expect("the program printed its nodes"),
        heap_start,
        memory,
    }
}

/// The verifier's line on stderr.
fn report(r: &Run) -> &str {
    r.stderr
        .lines()
        .find(|l| l.starts_with("gowgc: heap verifier: "))
        .unwrap_or_else(|| panic!("no verifier report; stderr:\n{}", r.stderr))
}

#[test]
fn an_intact_heap_passes() {
    let r = run_damaged(Damage::None);
    assert!(!r.trapped, "stderr:\n{}", r.stderr);
    assert_eq!(r.stdout, "3\n");
    assert!(!r.stderr.contains("heap verifier"), "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 100);
}

#[test]
fn a_reachable_object_freed_by_the_sweep_is_reported() {
    let r = run_damaged(Damage::StaleMark);
    assert!(r.trapped, "stderr:\n{}", r.stderr);
    let n3 = r.nodes[2];
    assert_eq!(
        report(&r),
        format!("gowgc: heap verifier: reachable object on a free list at {n3:#x}")
    );
    // it really is on its span's free list
    let span = span_of(&r.memory, r.heap_start, n3);
    let mut fl = rd(&r.memory, span + 16);
    let mut found = false;
    for _ in 0..rd(&r.memory, span + 20) {
        found |= fl == n3;
        fl = rd(&r.memory, fl);
    }
    assert!(found, "n3 {n3:#x} is not on the free list");
}

#[test]
fn a_reachable_object_without_descriptor_is_reported() {
    let r = run_damaged(Damage::LostDescriptor);
    assert!(r.trapped, "stderr:\n{}", r.stderr);
    assert_eq!(
        report(&r),
        format!(
            "gowgc: heap verifier: reachable object in a scan span has no descriptor at {:#x}",
            r.nodes[0]
        )
    );
}

#[test]
fn a_damaged_span_header_is_reported() {
    let r = run_damaged(Damage::SpanCount);
    assert!(r.trapped, "stderr:\n{}", r.stderr);
    let span = span_of(&r.memory, r.heap_start, r.nodes[1]);
    assert_eq!(
        report(&r),
        format!(
            "gowgc: heap verifier: span object count does not match its object size at {span:#x}"
        )
    );
}

/// The verifier exists only in stress mode: normal builds are unchanged.
#[test]
fn normal_builds_carry_no_verifier() {
    let m = list_program();
    let normal = gowgc_backend_linear::emit_wat(&m, &Options::default());
    let stress = gowgc_backend_linear::emit_wat(&m, &Options { gc_stress: true });
    assert!(!normal.contains("gc_verify"));
    assert!(stress.contains("(call $gc_verify)"));
}
