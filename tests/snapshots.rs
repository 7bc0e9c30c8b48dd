//! insta snapshots of what the compiler produces for small programs: the IR
//! (`tests/run/snap_*.go`, also run against Go's output by the corpus), the
//! user functions of each backend's WAT, and the
//! diagnostics for every `tests/errors` program shown with its source (as
//! Gleam's tests show them). Re-bless with `cargo insta review` or
//! `INSTA_UPDATE=always`.
//!
//! The diagnostics snapshots are also checked against Go's own output
//! (`.err`), so a snapshot can only hold what `go build` prints.

use gowgc::Target;
use std::path::{Path, PathBuf};

/// The `.go` files in `tests/<dir>` whose names start with `prefix`.
fn files(dir: &str, prefix: &str) -> Vec<PathBuf> {
    let root = Path::new(
        &std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").into()),
    )
    .join("tests")
    .join(dir);
    let mut v: Vec<PathBuf> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .collect();
    v.sort();
    v
}

fn source(p: &Path) -> (String, Vec<(String, String)>) {
    let name = p.file_name().unwrap().to_string_lossy().into_owned();
    let text = std::fs::read_to_string(p).unwrap();
    (text.clone(), vec![(name, text)])
}

fn stem(p: &Path) -> String {
    p.file_stem().unwrap().to_string_lossy().into_owned()
}

/// The functions of the program itself (`main.*`), not the runtime.
fn user_functions(wat: &str) -> String {
    let mut out = String::new();
    let mut keep = false;
    for line in wat.lines() {
        let t = line.trim_start();
        if t.starts_with("(func ") {
            keep = t.starts_with("(func $main.") || t.starts_with("(func $\"main.");
        } else if !line.starts_with("    ") && !line.starts_with("  )") {
            keep = false;
        }
        if keep {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[test]
fn ir_snapshots() {
    for p in files("run", "snap_") {
        let (text, src) = source(&p);
        let m = gowgc::frontend(&src).unwrap();
        let ir = gowgc_ir::print::module_to_string(&m);
        insta::assert_snapshot!(
            format!("ir_{}", stem(&p)),
            format!("----- SOURCE CODE\n{text}\n----- IR\n{ir}")
        );
    }
}

#[test]
fn wat_snapshots() {
    for p in files("run", "snap_") {
        let (_, src) = source(&p);
        for (target, name) in [(Target::Gc, "gc"), (Target::Linear, "linear")] {
            let wasm = gowgc::compile(&src, &target).unwrap();
            let wat = wasmprinter::print_bytes(&wasm).unwrap();
            insta::assert_snapshot!(format!("wat_{name}_{}", stem(&p)), user_functions(&wat));
        }
    }
}

#[test]
fn diagnostic_snapshots() {
    for p in files("errors", "") {
        let (text, src) = source(&p);
        let got = gowgc::frontend(&src).err().unwrap_or_default();
        let want = std::fs::read_to_string(p.with_extension("err")).unwrap();
        assert_eq!(
            format!("{got}\n"),
            want,
            "{} differs from go build",
            p.display()
        );
        insta::assert_snapshot!(
            format!("diag_{}", stem(&p)),
            format!("----- SOURCE CODE\n{text}\n----- ERROR\n{got}")
        );
    }
}
