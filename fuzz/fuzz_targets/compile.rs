//! The pipeline to validated wasm on both backends: a program the
//! frontend accepts must give a module wasmparser validates, never a panic
//! or an internal compiler error.
#![no_main]

use gowgc::Target;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let files = [("prog.go".to_string(), String::from_utf8_lossy(data).into_owned())];
    let Ok(m) = gowgc::frontend(&files) else {
        return;
    };
    for t in [Target::Gc, Target::Linear] {
        if let Err(e) = gowgc::backend(&m, &t) {
            assert!(!e.contains("internal compiler error"), "{t:?}: {e}");
        }
    }
});
