//! Hostile inputs (issue 7): empty, truncated, binary, deeply nested and
//! huge sources each end in a Go-style diagnostic or a working module —
//! never a panic, an internal compiler error or an invalid module.

use gowgc::Target;

/// Compiles `src` for both backends; returns each result.
fn compile_both(src: &[u8]) -> Vec<Result<Vec<u8>, String>> {
    let text = String::from_utf8_lossy(src).into_owned();
    let files = vec![("prog.go".to_string(), text)];
    [Target::Gc, Target::Linear]
        .iter()
        .map(|t| gowgc::compile(&files, t))
        .collect()
}

/// Every line of the diagnostic is `prog.go:L:C: message`.
fn assert_diagnostic(src: &[u8], what: &str) {
    for r in compile_both(src) {
        let err = match r {
            Ok(_) => panic!("{what}: compiled without a diagnostic"),
            Err(e) => e,
        };
        assert!(!err.contains("internal compiler error"), "{what}: {err}");
        for line in err.lines() {
            let mut parts = line.splitn(4, ':');
            let (file, l, c) = (parts.next(), parts.next(), parts.next());
            assert_eq!(file, Some("prog.go"), "{what}: {line}");
            assert!(
                l.is_some_and(|l| l.parse::<u32>().is_ok())
                    && c.is_some_and(|c| c.parse::<u32>().is_ok()),
                "{what}: no position in {line:?}"
            );
        }
    }
}

fn main_with(body: &str) -> String {
    format!("package main\n\nfunc main() {{\n{body}\n}}\n")
}

#[test]
fn empty_truncated_and_binary_inputs() {
    assert_diagnostic(b"", "empty file");
    assert_diagnostic(b"package", "truncated package clause");
    assert_diagnostic(
        b"package main\n\nfunc main() {\n\tx := []int{1, 2,",
        "truncated literal",
    );
    assert_diagnostic(
        b"package main\n\nfunc main() {\n\tprintln(\"abc",
        "open string",
    );
    assert_diagnostic(
        b"package main\n\nfunc main() {\n\t/* comment",
        "open comment",
    );
    // A fixed pseudo-random byte string (xorshift), NULs and invalid UTF-8
    // included.
    let mut x = 0x9e3779b97f4a7c15u64;
    let bytes: Vec<u8> = (0..100_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    assert_diagnostic(&bytes, "random bytes");
    let mut prefixed = b"package main\n\nfunc main() {\n".to_vec();
    prefixed.extend_from_slice(&bytes);
    assert_diagnostic(&prefixed, "random bytes in a body");
}

#[test]
fn ten_thousand_levels_of_nesting() {
    const N: usize = 10_000;
    let cases = [
        (
            "parentheses",
            main_with(&format!(
                "\tx := {}1{}\n\tprintln(x)",
                "(".repeat(N),
                ")".repeat(N)
            )),
        ),
        (
            "blocks",
            main_with(&format!("{}{}", "{".repeat(N), "}".repeat(N))),
        ),
        (
            "ifs",
            main_with(&format!(
                "\tx := 0\n{}x++\n{}",
                "if x == 0 {\n".repeat(N),
                "}\n".repeat(N)
            )),
        ),
        (
            "calls",
            main_with(&format!(
                "\tprintln({}1{})",
                "len(".repeat(N),
                ")".repeat(N)
            )),
        ),
        (
            "composite literals",
            main_with(&format!("\t_ = {}{}", "[]any{".repeat(N), "}".repeat(N))),
        ),
        (
            "func literals",
            main_with(&format!("\t_ = {}{}", "func() {".repeat(N), "}".repeat(N))),
        ),
        (
            "slice types",
            format!(
                "package main\n\nvar x {}int\n\nfunc main() {{}}\n",
                "[]".repeat(N)
            ),
        ),
        (
            "pointer types",
            format!(
                "package main\n\nvar x {}int\n\nfunc main() {{}}\n",
                "*".repeat(N)
            ),
        ),
        (
            "unary operators",
            main_with(&format!("\tx := {}1\n\tprintln(x)", "^".repeat(N))),
        ),
    ];
    for (what, src) in cases {
        assert_diagnostic(src.as_bytes(), what);
    }
}

#[test]
fn long_binary_chain_compiles() {
    // Left-associative chains are not nesting in the source, but a naive
    // recursive walk of the tree would still go 10,000 levels deep.
    let src = main_with(&format!("\tx := 1{}\n\tprintln(x)", "+1".repeat(10_000)));
    for r in compile_both(src.as_bytes()) {
        r.expect("compiles");
    }
}

#[test]
fn function_with_sixty_thousand_statements_compiles() {
    // One wasm local per IR value would exceed the 50,000 locals engines
    // accept; local coalescing keeps it to a handful.
    let body: String = (0..60_000).map(|i| format!("\tx += {i} ^ y\n")).collect();
    let src = main_with(&format!("\tx, y := 0, 3\n{body}\tprintln(x)"));
    let want: i64 = (0..60_000i64).map(|i| i ^ 3).sum();
    let engine = gowgc::engine::engine().unwrap();
    for r in compile_both(src.as_bytes()) {
        let wasm = r.expect("compiles");
        let out = gowgc::engine::run_wasi(
            &engine,
            &wasm,
            &["prog".into()],
            gowgc::engine::Output::Capture(1 << 10),
        )
        .unwrap();
        assert_eq!(String::from_utf8_lossy(&out.stderr), format!("{want}\n"));
    }
}
