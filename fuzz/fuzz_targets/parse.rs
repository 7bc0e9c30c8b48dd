//! Lexer and parser: any bytes give a file's AST and diagnostics, never a
//! panic.
#![no_main]

use gowgc_frontend::{ast, diag::Diagnostics, parser, pos::SourceMap};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    // The compiler parses on a thread with a large stack; so do we.
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn_scoped(s, || {
                let mut sources = SourceMap::new();
                let mut diags = Diagnostics::new();
                let mut pkg = ast::Package::default();
                let id = sources.add("prog.go", text);
                parser::parse_file(&mut pkg, &sources, id, &mut diags);
                let _ = diags.render(&sources);
            })
            .unwrap()
            .join()
            .unwrap();
    });
});
