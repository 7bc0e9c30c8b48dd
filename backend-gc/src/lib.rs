//! gowgc's WasmGC backend: IR to a WASI preview 1 command module whose Go
//! objects are WasmGC structs and arrays managed by the engine's collector.
//!
//! The module is written as WebAssembly text and assembled with the `wat`
//! crate, so every type and function carries its Go name into the name
//! section. The pieces:
//!
//! - [`layout`]: Go types to WasmGC types (flattened scalars, two-level
//!   aggregates, cells);
//! - [`pointers`]: the whole-program scan that decides which pointer types
//!   are fat (base + selector) and what their bases can be;
//! - [`func`], [`arith`], [`memory`], [`seq`]: code for one function;
//! - [`closures`]: func values as structs holding a function table index
//!   plus captures, called with `call_indirect`;
//! - [`exceptions`]: Go panics as wasm exceptions (`throw`, `call_catch`,
//!   the runtime's `$panic_hook`);
//! - [`interfaces`]: interface values as a type id plus data (`i31ref`,
//!   a box, or the reference itself);
//! - [`helpers`], [`support`]: per-type and fixed helper functions;
//! - the shared runtime (`gowgc_runtime`) for WASI output and panics, which
//!   owns the first 64 KiB page of linear memory.
//!
//! ```
//! use gowgc_ir::{builder::FunctionBuilder, Function, Module, Op, Signature};
//! let mut m = Module::new();
//! let int = m.types.int64();
//! let mut f = Function::new("main.main", Signature::default());
//! let mut b = FunctionBuilder::new(&mut f);
//! let x = b.ins1(Op::Iconst(42), int);
//! b.ins(Op::Print(gowgc_ir::Fd::Stdout, gowgc_ir::PrintKind::Int, x), &[]);
//! b.ret(vec![]);
//! b.finish();
//! m.entry = Some(m.funcs.push(f));
//! let wasm = gowgc_backend_gc::compile(&m, &Default::default()).unwrap();
//! wasmparser::Validator::new().validate_all(&wasm).unwrap();
//! ```

#![deny(missing_docs)]

mod arith;
mod closures;
mod context;
mod exceptions;
mod func;
mod helpers;
mod interfaces;
mod layout;
mod memory;
mod pointers;
mod seq;
mod support;
mod text;

use context::Ctx;
use func::FnEmitter;
use layout::Layout;
use std::fmt::Write;

/// Code generation options.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Make every pointer to a non-aggregate fat, whether or not the
    /// program takes interior addresses (to measure what fat pointers cost).
    pub all_fat: bool,
}

/// The module as WebAssembly text.
pub fn emit_wat(m: &gowgc_ir::Module, opts: &Options) -> String {
    let mut layout = Layout::new(&m.types, opts.all_fat);
    let ptrs = pointers::scan(m, &mut layout);
    let mut cx = Ctx::new(m, layout, ptrs);

    let mut funcs = String::new();
    for (fid, f) in m.funcs.iter() {
        let name = cx.funcs.get(&fid).cloned().unwrap_or_default();
        funcs.push_str(&FnEmitter::new(&mut cx, fid, f, name).run());
    }

    let mut globals = cx.closure_decls();
    let mut init = String::new();
    for (g, data) in m.globals.iter() {
        let name = cx.globals.get(&g).cloned().unwrap_or_default();
        let (ty, new) = if cx.l.is_aggregate(data.ty) {
            (cx.l.obj_ty(data.ty), cx.new_obj(data.ty))
        } else {
            let cell = cx.l.cell_ty(data.ty);
            (cell.clone(), format!("struct.new_default {cell}"))
        };
        let _ = writeln!(
            globals,
            "  (global {name} (mut (ref null {ty})) (ref.null {ty}))"
        );
        for l in new.lines() {
            let _ = writeln!(init, "    {l}");
        }
        let _ = writeln!(init, "    global.set {name}");
    }
    let mut data = String::new();
    if !cx.strtab.is_empty() {
        let _ = writeln!(
            globals,
            "  (global $gc.strtab (mut (ref null $bytes)) (ref.null $bytes))"
        );
        let _ = writeln!(
            data,
            "  (data $gc.strdata {})",
            text::string_lit(&cx.strtab)
        );
        init = format!(
            "    i32.const 0\n    i32.const {}\n    array.new_data $bytes $gc.strdata\n    global.set $gc.strtab\n{init}",
            cx.strtab.len()
        );
    }
    let entry = match m.entry.and_then(|e| cx.funcs.get(&e)) {
        Some(name) => format!("    call {name}\n"),
        None => String::new(),
    };
    let start = format!(
        "  (func $_start (export \"_start\")\n{init}{entry}    i32.const 0\n    call $rt_exit)\n"
    );

    let mut helpers = String::new();
    while let Some(h) = cx.pending.pop() {
        let name = cx.helper(h);
        helpers.push_str(&helpers::generate(&mut cx, h, &name));
    }
    let support = support::text(&cx.support);
    let exceptions = exceptions::decls(&cx);
    let types = cx.l.finish();

    let mut out = String::from("(module\n");
    out.push_str(gowgc_runtime::IMPORTS_WAT);
    out.push('\n');
    out.push_str(&types);
    let _ = writeln!(
        out,
        "  (memory (export \"memory\") {})",
        support::SCRATCH / 65536 + 1
    );
    out.push_str(gowgc_runtime::IO_WAT);
    out.push('\n');
    for part in [
        &globals,
        &exceptions,
        &data,
        &support,
        &helpers,
        &funcs,
        &start,
    ] {
        out.push_str(part);
    }
    out.push_str(")\n");
    out
}

/// The module as a wasm binary (assembled by the `wat` crate; callers
/// validate it with wasmparser). Fails on control flow that cannot be
/// structured yet (irreducible, made by `goto`), which [`emit_wat`] turns
/// into a trapping function body.
pub fn compile(m: &gowgc_ir::Module, opts: &Options) -> Result<Vec<u8>, String> {
    for (_, f) in m.funcs.iter() {
        if gowgc_ir::structure::structure(f).is_err() {
            return Err(format!(
                "{}: irreducible control flow is not supported yet",
                f.name
            ));
        }
    }
    let wat = emit_wat(m, opts);
    let wat = gowgc_runtime::shake(&wat, &["rt_", "gc."]);
    wat::parse_str(&wat).map_err(|e| e.to_string())
}
