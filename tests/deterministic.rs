//! The same program compiles to the same bytes every time (size figures
//! and caches depend on it). The gc backend's fat-pointer fixpoint once
//! iterated a HashMap, so which pointer types came out fat could change
//! from run to run.

use gowgc::Target;

#[test]
fn builds_are_reproducible() {
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or(env!("CARGO_MANIFEST_DIR").into());
    let dir = std::path::Path::new(&root).join("tests/run");
    for name in [
        "ptr_nil_compare.go",
        "ptr_escape_local.go",
        "hunt3_printing.go",
    ] {
        let src = std::fs::read_to_string(dir.join(name)).unwrap();
        let files = vec![(name.to_string(), src)];
        for t in [Target::Gc, Target::Linear] {
            let first = gowgc::compile(&files, &t).unwrap();
            for _ in 0..4 {
                assert!(gowgc::compile(&files, &t).unwrap() == first, "{name} {t:?}");
            }
        }
    }
}
