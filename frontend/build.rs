//! Embeds the Go-source standard library (`std/**/*.go`) in the compiler:
//! writes `$OUT_DIR/std_files.rs`, a table of (import path, file name,
//! contents) in path order.

use std::path::{Path, PathBuf};

fn collect(dir: &Path, root: &Path, out: &mut Vec<(String, String, PathBuf)>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read std dir")
        .map(|e| e.expect("dir entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, root, out);
        } else if p.extension().is_some_and(|e| e == "go")
            && !p.to_string_lossy().ends_with("_test.go")
        {
            let rel = p.parent().unwrap().strip_prefix(root).unwrap();
            let path = rel.to_string_lossy().replace('\\', "/");
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            out.push((path, name, p.canonicalize().unwrap()));
        }
    }
}

fn main() {
    // At run time, not `env!`: a build script binary reused from another
    // checkout of the same target directory must read this one.
    let dir = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let root = Path::new(&dir).join("std");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    let mut src = String::from("/// (import path, file name, source) of every embedded Go file.\n");
    src.push_str("pub static STD_FILES: &[(&str, &str, &str)] = &[\n");
    for (path, name, abs) in &files {
        println!("cargo:rerun-if-changed={}", abs.display());
        src.push_str(&format!(
            "    ({path:?}, {name:?}, include_str!({:?})),\n",
            abs.display().to_string()
        ));
    }
    src.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("std_files.rs");
    std::fs::write(out, src).unwrap();
}
