//! gowgc's linear-memory backend: IR to a WASI preview 1 command module.
//!
//! Objects live in one linear memory with Go's layout (4-byte pointers,
//! 8-byte `int`), pointers are plain addresses, and a precise non-moving
//! mark-sweep collector manages the heap. This is how Go's own
//! `GOOS=wasip1` port and TinyGo work; the gc backend is the other half of
//! the comparison.
//!
//! The module is generated as WebAssembly text and assembled with `wat`:
//!
//! ```text
//! imports (gowgc-runtime)      memory (exported)   I/O and panics (gowgc-runtime)
//! allocator + collector + helpers (runtime::runtime_wat)
//! exception tag (if used) and $panic_hook (codegen::except)
//! one function per IR function (codegen)           _start
//! table of closure functions (closures)
//! data: size-class tables, descriptors, strings, root table (statics)
//! ```
//!
//! - [`layout`]: Go's sizes and offsets, and how scalars map to locals;
//! - [`closures`]: func values (closure objects, the function table);
//! - [`interfaces`]: interface values (type id and data word, boxing);
//! - [`statics`]: the memory map and static data;
//! - [`frame`]: which values the shadow stack must hold;
//! - [`codegen`]: function bodies;
//! - [`runtime`]: allocator and collector (WAT);
//! - [`sizeclass`]: Go's size classes.
//!
//! ```no_run
//! let m = gowgc_ir::Module::new();
//! let wasm = gowgc_backend_linear::compile(&m, &Default::default()).unwrap();
//! wasmparser::Validator::new().validate_all(&wasm).unwrap();
//! ```

#![warn(missing_docs)]
#![warn(clippy::wildcard_enum_match_arm)]

pub mod closures;
pub mod codegen;
pub mod frame;
pub mod interfaces;
pub mod layout;
pub mod runtime;
pub mod sizeclass;
pub mod statics;

use codegen::{FuncGen, ModuleCtx};
use cranelift_entity::{EntityRef, SecondaryMap};
use gowgc_ir::Module;
use layout::Layouts;
use statics::Statics;
use std::collections::HashSet;
use std::fmt::Write;

/// Code generation options.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Collect very often (to flush out missing roots) and verify the heap
    /// after collections (see [`runtime`]'s "Heap verifier").
    pub gc_stress: bool,
}

/// The parts of the shared runtime spliced into the module: the WASI
/// imports (which must come first) and the module fields for output,
/// number formatting and panics.
#[derive(Clone, Copy, Debug)]
pub struct SharedRuntime<'a> {
    /// `(import ...)` fields.
    pub imports: &'a str,
    /// Functions, globals and data of the shared runtime.
    pub io: &'a str,
}

impl SharedRuntime<'static> {
    /// The gowgc-runtime crate's text.
    pub fn standard() -> Self {
        SharedRuntime {
            imports: gowgc_runtime::IMPORTS_WAT,
            io: gowgc_runtime::IO_WAT,
        }
    }
}

/// The module as WebAssembly text. When the IR cannot be compiled (see
/// [`compile`] for the error), the text is a comment naming the problem.
pub fn emit_wat(m: &Module, opts: &Options) -> String {
    match emit_wat_with(m, opts, SharedRuntime::standard()) {
        Ok(s) => s,
        Err(e) => format!(";; error: {e}\n"),
    }
}

/// Compiles `m` to a wasm binary.
pub fn compile(m: &Module, opts: &Options) -> Result<Vec<u8>, String> {
    compile_with(m, opts, SharedRuntime::standard())
}

/// [`compile`] with an explicit shared runtime.
pub fn compile_with(m: &Module, opts: &Options, rt: SharedRuntime<'_>) -> Result<Vec<u8>, String> {
    let text = emit_wat_with(m, opts, rt)?;
    let text = gowgc_runtime::shake(&text, &["rt_", "go_", "gc_"]);
    wat::parse_str(&text).map_err(|e| e.to_string())
}

/// [`emit_wat`] with an explicit shared runtime.
pub fn emit_wat_with(m: &Module, opts: &Options, rt: SharedRuntime<'_>) -> Result<String, String> {
    let statics = Statics::new(m)?;
    let closures = closures::Closures::new(m)?;
    let mut cx = ModuleCtx {
        m,
        statics,
        go: Layouts::amd64(&m.types),
        names: function_names(m),
        closures,
        errors: Vec::new(),
    };
    let may_alloc = frame::allocating_funcs(m);
    let mut funcs = String::new();
    for (id, f) in m.funcs.iter() {
        let fr = frame::frame(m, f, &may_alloc);
        let name = cx.names[id].clone();
        funcs.push_str(&FuncGen::new(&mut cx, id, fr).emit(&name));
    }
    let exceptions = codegen::except::exception_fields(m, &cx.names, &mut cx.errors);
    if !cx.errors.is_empty() {
        return Err(cx.errors.join("\n"));
    }
    let entry_call = match m.entry {
        Some(e) => format!("    call {}\n", cx.names[e]),
        None => String::new(),
    };
    let (data, info) = cx.statics.finish()?;
    let mut out = String::new();
    out.push_str("(module\n");
    out.push_str(rt.imports);
    let _ = writeln!(
        out,
        "\n  (memory (export \"memory\") {})",
        info.heap_start / 65536
    );
    out.push_str(rt.io);
    out.push('\n');
    out.push_str(&runtime::runtime_wat(&info, opts.gc_stress));
    out.push_str(&exceptions);
    out.push_str(&funcs);
    out.push_str(&cx.closures.table_wat(&cx.names));
    out.push_str("  (func $_start (export \"_start\")\n");
    out.push_str(&entry_call);
    out.push_str("    i32.const 0\n    call $rt_exit)\n");
    out.push_str(&data);
    out.push_str(")\n");
    Ok(out)
}

/// WAT identifiers for the functions: the Go name, quoted (so the name
/// section speaks Go), made unique with the function number if needed.
fn function_names(m: &Module) -> SecondaryMap<gowgc_ir::FuncId, String> {
    let mut names = SecondaryMap::new();
    let mut seen = HashSet::new();
    for (id, f) in m.funcs.iter() {
        let clean: String = f
            .name
            .chars()
            .map(|c| {
                if c == '"' || c == '\\' || c.is_control() {
                    '_'
                } else {
                    c
                }
            })
            .collect();
        let mut n = if clean.contains('.') {
            clean
        } else {
            format!("go.{clean}")
        };
        if !seen.insert(n.clone()) {
            n = format!("{n}#{}", id.index());
            seen.insert(n.clone());
        }
        names[id] = format!("$\"{n}\"");
    }
    names
}
