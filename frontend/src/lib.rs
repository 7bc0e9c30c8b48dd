//! gowgc's frontend: Go source to IR.
//!
//! Lexing (logos, with Go's semicolon insertion), parsing of Go's whole
//! syntax into an arena AST, type checking as `go build` does it for the
//! supported subset, and lowering to [`gowgc_ir`]. Errors are collected as
//! [`diag::Diagnostics`] and rendered in Go's `file:line:col: message` format.
//!
//! ```
//! let files = [("prog.go".to_string(), "package main\nfunc main() { println(1) }\n".to_string())];
//! let module = gowgc_frontend::compile(&files).expect("compiles");
//! assert!(module.entry.is_some());
//! ```

pub mod ast;
mod check;
pub mod constant;
pub mod diag;
pub mod lexer;
pub mod parser;
pub mod pos;
pub mod token;
pub mod types;

use diag::Diagnostics;
use pos::SourceMap;

/// Failure of compilation: the rendered diagnostics.
#[derive(Debug, Clone)]
pub struct CompileError {
    /// Diagnostics rendered as `go build` prints them.
    pub rendered: String,
    /// Number of errors.
    pub count: usize,
}

/// Parses and checks the given `(file name, source)` pairs as one package.
///
/// Runs on a thread with a large stack: the parser allows 1000 levels of
/// nesting, and the checker recurses over the same tree.
pub fn compile(files: &[(String, String)]) -> Result<gowgc_ir::Module, CompileError> {
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .name("gowgc-frontend".into())
            .stack_size(256 << 20)
            .spawn_scoped(s, || compile_here(files))
            .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .unwrap_or_else(|_| compile_here(files))
    })
}

/// The embedded `runtime` package (see `check/intrinsics.rs`).
const RUNTIME: &[(&str, &str)] = &[("runtime/panic.go", include_str!("../std/runtime/panic.go"))];

fn compile_here(files: &[(String, String)]) -> Result<gowgc_ir::Module, CompileError> {
    let mut sources = SourceMap::new();
    let mut diags = Diagnostics::new();
    let mut pkg = ast::Package::default();
    for (name, text) in files {
        let id = sources.add(name.clone(), text.clone());
        parser::parse_file(&mut pkg, &sources, id, &mut diags);
    }
    // Programs that defer get the Go-source runtime (panics unwind through
    // deferred calls); the others keep panics that print and exit at once.
    if pkg
        .stmts
        .iter()
        .any(|s| matches!(s, ast::Stmt::Defer { .. }))
    {
        for (name, text) in RUNTIME {
            let id = sources.add(name.to_string(), text.to_string());
            parser::parse_file(&mut pkg, &sources, id, &mut diags);
        }
    }
    // Like `go build`, stop before type checking only on syntax errors;
    // other parser and lexer errors are reported with the checker's.
    let module = if parser::has_syntax_errors(&diags) {
        None
    } else {
        check::check_package(&pkg, &sources, &mut diags)
    };
    match module {
        Some(m) if !diags.has_errors() => Ok(m),
        _ => Err(CompileError {
            rendered: diags.render(&sources),
            count: diags.len(),
        }),
    }
}
