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
    compile_with(files, Passes::default())
}

/// The IR passes the frontend runs after checking; each can be turned off
/// to measure what it gains.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Passes {
    /// [`gowgc_ir::hoist`]: loop-invariant local aggregates allocated once.
    pub hoist: bool,
    /// Unread package variables with pure initializers dropped
    /// ([`gowgc_ir::dce`]).
    pub unread_globals: bool,
}

impl Default for Passes {
    fn default() -> Self {
        Passes {
            hoist: true,
            unread_globals: true,
        }
    }
}

/// [`compile`] with a choice of passes.
pub fn compile_with(
    files: &[(String, String)],
    passes: Passes,
) -> Result<gowgc_ir::Module, CompileError> {
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .name("gowgc-frontend".into())
            .stack_size(256 << 20)
            .spawn_scoped(s, || compile_here(files, passes))
            .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .unwrap_or_else(|_| compile_here(files, passes))
    })
}

mod std_files {
    include!(concat!(env!("OUT_DIR"), "/std_files.rs"));
}

/// The compiler lowers call statements of `fmt.Println`, `fmt.Print` and
/// `os.Exit` itself (by static type, with the same output as the Go
/// code). A program that uses nothing else of `fmt` or `os` does not load
/// those packages at all, so their dependencies (strconv, unicode, ...) and
/// package initialization stay out of its module.
fn only_fast_paths(pkg: &ast::Package) -> Vec<&'static str> {
    // The callees of call statements (and defers), whose results are unused.
    let mut stmt_callees = std::collections::HashSet::new();
    for s in &pkg.stmts {
        if let ast::Stmt::Expr(e) | ast::Stmt::Defer { call: e, .. } = s {
            if let ast::Expr::Call { func, .. } = pkg.expr(*e) {
                stmt_callees.insert(*func);
            }
        }
    }
    // Imported under another name (or dot-imported), a package is used
    // in ways the selectors below do not show.
    let mut other = [false, false];
    for imp in pkg.files.iter().flat_map(|f| &f.imports) {
        let renamed = imp.name.as_ref().is_some_and(|n| n.name != imp.path);
        match imp.path.as_str() {
            "fmt" if renamed => other[0] = true,
            "os" if renamed => other[1] = true,
            _ => {}
        }
    }
    for (i, e) in pkg.exprs.iter().enumerate() {
        if let ast::Expr::Selector { x, sel } = e {
            if let ast::Expr::Ident(p) = pkg.expr(*x) {
                let stmt = stmt_callees.contains(&ast::ExprId(i as u32));
                match (p.name.as_str(), sel.name.as_str()) {
                    ("fmt", "Println" | "Print") | ("os", "Exit") if stmt => {}
                    ("fmt", _) => other[0] = true,
                    ("os", _) => other[1] = true,
                    _ => {}
                }
            }
        }
    }
    [("fmt", other[0]), ("os", other[1])]
        .into_iter()
        .filter(|(_, o)| !o)
        .map(|(p, _)| p)
        .collect()
}

/// Parses the files of embedded package `path`, once.
fn load_std(
    path: &str,
    pkg: &mut ast::Package,
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
    paths: &mut Vec<String>,
    loaded: &mut Vec<String>,
) {
    if loaded.iter().any(|p| p == path) || !is_std_package(path) {
        return;
    }
    loaded.push(path.to_string());
    for (p, name, text) in std_files::STD_FILES {
        if *p == path {
            let id = sources.add(format!("{p}/{name}"), text.to_string());
            parser::parse_file(pkg, sources, id, diags);
            paths.resize(pkg.files.len(), path.to_string());
        }
    }
}

/// Whether `path` is a package of the embedded standard library.
pub fn is_std_package(path: &str) -> bool {
    std_files::STD_FILES.iter().any(|(p, _, _)| *p == path)
}

fn compile_here(
    files: &[(String, String)],
    passes: Passes,
) -> Result<gowgc_ir::Module, CompileError> {
    let mut sources = SourceMap::new();
    let mut diags = Diagnostics::new();
    let mut pkg = ast::Package::default();
    // The import path of each parsed file's package.
    let mut paths: Vec<String> = Vec::new();
    for (name, text) in files {
        let id = sources.add(name.clone(), text.clone());
        parser::parse_file(&mut pkg, &sources, id, &mut diags);
        paths.resize(pkg.files.len(), "main".to_string());
    }
    // The embedded packages the program imports, transitively.
    let mut loaded: Vec<String> = Vec::new();
    let mut next = 0;
    let fast = only_fast_paths(&pkg);
    let user_files = pkg.files.len();
    while next < pkg.files.len() {
        let imports: Vec<String> = pkg.files[next]
            .imports
            .iter()
            .map(|i| i.path.clone())
            .filter(|p| next >= user_files || !fast.contains(&p.as_str()))
            .collect();
        next += 1;
        for i in imports {
            load_std(
                &i,
                &mut pkg,
                &mut sources,
                &mut diags,
                &mut paths,
                &mut loaded,
            );
        }
    }
    // Programs that defer get the Go-source runtime (panics unwind through
    // deferred calls); the others keep panics that print and exit at once,
    // unless the checker finds a panic value only the runtime can print
    // (`panic(nil)`, an `any`): then it checks them again with it.
    let mut with_runtime = pkg
        .stmts
        .iter()
        .any(|s| matches!(s, ast::Stmt::Defer { .. }));
    let module = loop {
        if with_runtime {
            load_std(
                "runtime",
                &mut pkg,
                &mut sources,
                &mut diags,
                &mut paths,
                &mut loaded,
            );
        }
        // Like `go build`, stop before type checking only on syntax errors;
        // other parser and lexer errors are reported with the checker's.
        if parser::has_syntax_errors(&diags) {
            break None;
        }
        let before = diags.clone();
        match check::check_package(&pkg, &paths, &sources, &mut diags) {
            Ok(m) => break m,
            Err(check::NeedsRuntime) if !with_runtime => {
                diags = before;
                with_runtime = true;
            }
            Err(check::NeedsRuntime) => break None,
        }
    };
    match module {
        Some(mut m) if !diags.has_errors() => {
            if !passes.unread_globals {
                m.pure_inits.clear();
            }
            gowgc_ir::dce::remove_dead_functions(&mut m);
            if passes.hoist {
                gowgc_ir::hoist::hoist_loop_allocs(&mut m);
            }
            Ok(m)
        }
        _ => Err(CompileError {
            rendered: diags.render(&sources),
            count: diags.len(),
        }),
    }
}
