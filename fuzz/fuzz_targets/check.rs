//! The whole frontend (parse, type check, lower to IR, IR verifier): any
//! bytes give verified IR or Go-style diagnostics, never a panic or an
//! internal compiler error.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let files = [("prog.go".to_string(), String::from_utf8_lossy(data).into_owned())];
    if let Err(e) = gowgc::frontend(&files) {
        assert!(!e.contains("internal compiler error"), "{e}");
    }
});
