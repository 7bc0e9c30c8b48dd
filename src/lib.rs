//! The gowgc driver as a library: the pipeline from Go sources to a
//! validated module, and the embedded wasmtime that runs it. The CLI
//! (`main.rs`) and the integration tests both use it.
//!
//! ```no_run
//! let files = [("hello.go".to_string(), "package main\nfunc main() { println(\"hi\") }\n".to_string())];
//! let wasm = gowgc::compile(&files, &gowgc::Target::default()).unwrap();
//! let engine = gowgc::engine::engine().unwrap();
//! let r = gowgc::engine::run_wasi(&engine, &wasm, &["hello".into()], gowgc::engine::Output::Capture(1 << 20)).unwrap();
//! assert_eq!(r.stderr, b"hi\n");
//! ```

#[cfg(feature = "run")]
pub mod engine;
pub mod size;

/// Which backend, and its variant switches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Target {
    /// WasmGC (the default); `all_fat` forces every pointer fat.
    #[default]
    Gc,
    /// WasmGC with every pointer fat (golang/go#63904's predicted cost).
    GcAllFat,
    /// Linear memory with gowgc's collector.
    Linear,
    /// Linear memory, collecting very often and verifying the heap after
    /// collections (see `gowgc_backend_linear::runtime`).
    LinearStress,
}

/// The optimization passes, by name; each can be turned off (`gowgc build
/// --disable NAME`, the benchmark harness's `--ablate`) to measure its gain.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Passes {
    pub ir: gowgc_frontend::Passes,
    pub wasm: gowgc_wasmopt::Passes,
}

impl Passes {
    /// Every pass's name, in pipeline order.
    pub const NAMES: [&'static str; 4] = ["hoist", "unread-globals", "stack", "coalesce"];

    /// These passes with `name` turned off, or `None` for an unknown name.
    pub fn without(mut self, name: &str) -> Option<Passes> {
        match name {
            "hoist" => self.ir.hoist = false,
            "unread-globals" => self.ir.unread_globals = false,
            "stack" => self.wasm.stack = false,
            "coalesce" => self.wasm.coalesce = false,
            _ => return None,
        }
        Some(self)
    }
}

/// Frontend only: sources to verified IR, or the rendered diagnostics.
pub fn frontend(files: &[(String, String)]) -> Result<gowgc_ir::Module, String> {
    frontend_with(files, Passes::default())
}

/// [`frontend`] with a choice of passes.
pub fn frontend_with(
    files: &[(String, String)],
    passes: Passes,
) -> Result<gowgc_ir::Module, String> {
    let m = gowgc_frontend::compile_with(files, passes.ir)
        .map_err(|e| e.rendered.trim_end().to_string())?;
    gowgc_ir::verify::verify_module(&m)
        .map_err(|errs| format!("internal compiler error: invalid IR:\n{}", errs.join("\n")))?;
    Ok(m)
}

/// Runs a backend and the shared wasm passes ([`gowgc_wasmopt`]), and
/// validates the result with wasmparser.
pub fn backend(m: &gowgc_ir::Module, target: &Target) -> Result<Vec<u8>, String> {
    backend_with(m, target, Passes::default())
}

/// [`backend`] with a choice of passes.
pub fn backend_with(
    m: &gowgc_ir::Module,
    target: &Target,
    passes: Passes,
) -> Result<Vec<u8>, String> {
    let bytes = match target {
        Target::Gc | Target::GcAllFat => gowgc_backend_gc::compile(
            m,
            &gowgc_backend_gc::Options {
                all_fat: *target == Target::GcAllFat,
            },
        ),
        Target::Linear | Target::LinearStress => gowgc_backend_linear::compile(
            m,
            &gowgc_backend_linear::Options {
                gc_stress: *target == Target::LinearStress,
            },
        ),
    }
    .map_err(|e| format!("internal compiler error: {e}"))?;
    let (bytes, _) = gowgc_wasmopt::optimize_with(&bytes, passes.wasm)
        .map_err(|e| format!("internal compiler error: {e}"))?;
    match validator().validate_all(&bytes) {
        Ok(_) => Ok(bytes),
        Err(e) => Err(limit_diagnostic(m, &bytes, &e).unwrap_or_else(|| invalid(&bytes, &e))),
    }
}

/// A Go function too big for the limits every engine enforces (the JS
/// API's: 7,654,321 bytes of code and 50,000 locals per function) is the
/// program's limit, not a compiler bug: say so at the function.
fn limit_diagnostic(
    m: &gowgc_ir::Module,
    bytes: &[u8],
    e: &wasmparser::BinaryReaderError,
) -> Option<String> {
    let msg = e.message();
    let what = if msg.contains("function body size") {
        "is too large for WebAssembly engines (more than 7654321 bytes of code)"
    } else if msg.contains("too many locals") {
        "is too large for WebAssembly engines (more than 50000 locals)"
    } else {
        return None;
    };
    let name = size::function_at(bytes, e.offset() as usize)?;
    let pos = m
        .funcs
        .values()
        .find(|f| f.name == name)
        .and_then(|f| f.pos.clone());
    let at = pos.map(|p| format!("{p}: ")).unwrap_or_default();
    Some(format!("{at}not supported yet: function {name} {what}"))
}

fn validator() -> wasmparser::Validator {
    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::default())
}

#[cold]
fn invalid(bytes: &[u8], e: &wasmparser::BinaryReaderError) -> String {
    let f = size::function_at(bytes, e.offset() as usize)
        .map(|f| format!(" in function {f}"))
        .unwrap_or_default();
    format!("internal compiler error: invalid module{f}: {e}")
}

/// Go sources to a validated module.
pub fn compile(files: &[(String, String)], target: &Target) -> Result<Vec<u8>, String> {
    compile_with(files, target, Passes::default())
}

/// [`compile`] with a choice of passes.
pub fn compile_with(
    files: &[(String, String)],
    target: &Target,
    passes: Passes,
) -> Result<Vec<u8>, String> {
    let m = frontend_with(files, passes)?;
    backend_with(&m, target, passes)
}

/// Validates a module with the features wasmtime enables (GC, exceptions).
pub fn validate(bytes: &[u8]) -> Result<(), String> {
    validator()
        .validate_all(bytes)
        .map(|_| ())
        .map_err(|e| invalid(bytes, &e))
}
