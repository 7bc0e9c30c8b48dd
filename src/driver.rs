//! The compilation pipeline as the CLI runs it: read, compile, validate,
//! then write or run. Errors go to stderr in Go's format with status 1.

use crate::{Backend, CompileOpts, Emit};
use std::path::{Path, PathBuf};

/// Reads the source files, naming them as the user gave them (as Go does in
/// its messages, without a leading `./`).
fn read_sources(files: &[PathBuf]) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for f in files {
        let bytes =
            std::fs::read(f).map_err(|e| format!("open {}: {}", f.display(), io_error_text(&e)))?;
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let name = f.display().to_string();
        let name = name.strip_prefix("./").unwrap_or(&name).to_string();
        out.push((name, text));
    }
    Ok(out)
}

/// Frontend: sources to IR, or the rendered diagnostics.
fn frontend(files: &[PathBuf], passes: gowgc::Passes) -> Result<gowgc_ir::Module, String> {
    gowgc::frontend_with(&read_sources(files)?, passes)
}

/// The passes left on by `--disable`.
fn passes(opts: &CompileOpts) -> gowgc::Passes {
    opts.disable
        .iter()
        .fold(gowgc::Passes::default(), |p, name| {
            p.without(name).expect("clap checked the pass name")
        })
}

fn target(opts: &CompileOpts) -> gowgc::Target {
    match (opts.backend, opts.all_fat, opts.gc_stress) {
        (Backend::Gc, false, _) => gowgc::Target::Gc,
        (Backend::Gc, true, _) => gowgc::Target::GcAllFat,
        (Backend::Linear, _, false) => gowgc::Target::Linear,
        (Backend::Linear, _, true) => gowgc::Target::LinearStress,
    }
}

/// Runs the selected backend and validates its output.
fn backend(opts: &CompileOpts, m: &gowgc_ir::Module) -> Result<Vec<u8>, String> {
    gowgc::backend_with(m, &target(opts), passes(opts))
}

fn emit_text(opts: &CompileOpts, m: &gowgc_ir::Module, emit: Emit) -> Result<String, String> {
    match emit {
        Emit::Ir => Ok(gowgc_ir::print::module_to_string(m)),
        Emit::Wat => {
            let bytes = backend(opts, m)?;
            wasmprinter::print_bytes(&bytes).map_err(|e| e.to_string())
        }
    }
}

fn fail(msg: &str) -> i32 {
    eprintln!("{msg}");
    1
}

/// `gowgc check`.
pub fn check(files: &[PathBuf]) -> i32 {
    match frontend(files, gowgc::Passes::default()) {
        Ok(_) => 0,
        Err(e) => fail(&e),
    }
}

/// `gowgc build`.
pub fn build(
    opts: &CompileOpts,
    files: &[PathBuf],
    output: Option<PathBuf>,
    size_report: bool,
) -> i32 {
    let m = match frontend(files, passes(opts)) {
        Ok(m) => m,
        Err(e) => return fail(&e),
    };
    if let Some(emit) = opts.emit {
        return match emit_text(opts, &m, emit) {
            Ok(t) => {
                print!("{t}");
                0
            }
            Err(e) => fail(&e),
        };
    }
    let bytes = match backend(opts, &m) {
        Ok(b) => b,
        Err(e) => return fail(&e),
    };
    if size_report {
        match gowgc::size::size_report(&bytes) {
            Ok(r) => print!("{r}"),
            Err(e) => return fail(&format!("size report: {e}")),
        }
    }
    let out = output.unwrap_or_else(|| default_output(&files[0]));
    match std::fs::write(&out, bytes) {
        Ok(()) => 0,
        Err(e) => fail(&format!("write {}: {e}", out.display())),
    }
}

fn default_output(first: &Path) -> PathBuf {
    first
        .with_extension("wasm")
        .file_name()
        .map(PathBuf::from)
        .unwrap_or_else(|| "out.wasm".into())
}

/// `gowgc run`.
pub fn run(
    opts: &CompileOpts,
    files: &[PathBuf],
    args: &[String],
    limits: gowgc::engine::Limits,
) -> i32 {
    let m = match frontend(files, passes(opts)) {
        Ok(m) => m,
        Err(e) => return fail(&e),
    };
    if let Some(emit) = opts.emit {
        return match emit_text(opts, &m, emit) {
            Ok(t) => {
                print!("{t}");
                0
            }
            Err(e) => fail(&e),
        };
    }
    let bytes = match backend(opts, &m) {
        Ok(b) => b,
        Err(e) => return fail(&e),
    };
    let prog = files[0]
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut argv = vec![prog];
    argv.extend(args.iter().cloned());
    let run = gowgc::engine::engine().and_then(|engine| {
        let module = gowgc::engine::compile_module(&engine, &bytes)?;
        let out = gowgc::engine::Output::Inherit;
        gowgc::engine::run_module(&engine, &module, &argv, out, limits)
    });
    match run {
        Ok(r) => r.code,
        Err(e) => fail(&e),
    }
}

/// An I/O error worded as Go words it (`no such file or directory`).
fn io_error_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::IsADirectory => "is a directory".into(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_lowercase()
        }
    }
}
