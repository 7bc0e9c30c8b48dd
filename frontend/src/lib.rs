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
pub fn compile(files: &[(String, String)]) -> Result<gowgc_ir::Module, CompileError> {
    let mut sources = SourceMap::new();
    let mut diags = Diagnostics::new();
    let mut pkg = ast::Package::default();
    for (name, text) in files {
        let id = sources.add(name.clone(), text.clone());
        parser::parse_file(&mut pkg, &sources, id, &mut diags);
    }
    // Like `go build`, report only syntax errors when there are any.
    let module = if diags.has_errors() {
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
